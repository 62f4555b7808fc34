#pragma once

#include "comparer.h"
#include "compareresult.h"
#include "schemadiffer.h"
#include "sidereadresult.h"

#include <QList>
#include <QMetaObject>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>

namespace syncstudio {

class ConfigSide;
class DirectusClient;

struct ComparisonOptions
{
    CompareOptions compare; // left / right are filled from the sides' descriptions
    // Send ?force=true with the schema diff (different Directus version or database vendor).
    bool forceSchema = false;
};

struct ComparisonOutcome
{
    bool ok = false;
    bool canceled = false;
    QString error;
    CompareResult result;
    // What was read, for the push planner (mapping rows, placeholders of the target).
    SideReadResult source;
    SideReadResult target;
};

// Reads two sides in parallel (with progress and cancel), asks an instance target for the
// schema diff of the source's full snapshot, and compares on a worker thread. Strictly
// read-only. A side that cannot be read aborts the whole comparison with its error; nothing is
// reported for what could not be read. Starting again or cancelling drops the results of the
// run in flight.
class Comparison final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Comparison)

public:
    explicit Comparison(QObject *parent = nullptr);
    ~Comparison() override;

    // The sides are not owned and must outlive the run.
    void start(ConfigSide *source, ConfigSide *target, const ComparisonOptions &options = {});
    // Compares two sides already read (no reading again), asking targetClient for the schema
    // diff when given: the other direction of a comparison (push ←) from the same reads.
    void startFromRead(const SideReadResult &source, const SideReadResult &target,
                       DirectusClient *targetClient, const ComparisonOptions &options = {});
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void progress(int done, int total, const QString &step);
    void finished(const syncstudio::ComparisonOutcome &outcome);

private:
    void onSideFinished(bool isSource, const SideReadResult &result);
    void onBothRead();
    void runCompare(const std::optional<SchemaDiffResult> &schema);
    void fail(const QString &error, bool canceled = false);
    void disconnectSides();
    void emitProgress(const QString &step);

    QPointer<ConfigSide> m_source;
    QPointer<ConfigSide> m_target;
    QPointer<DirectusClient> m_targetClient; // asked for the schema diff
    ComparisonOptions m_options;
    QList<QMetaObject::Connection> m_connections;
    SchemaDiffer *m_differ = nullptr;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_sourceDone = false;
    bool m_targetDone = false;
    SideReadResult m_sourceResult;
    SideReadResult m_targetResult;
    int m_progress[2][2] = {{0, 1}, {0, 1}}; // [side][done, total]
    int m_extraDone = 0;
    int m_extraTotal = 1;
};

} // namespace syncstudio

Q_DECLARE_METATYPE(syncstudio::ComparisonOutcome)
