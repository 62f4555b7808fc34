#pragma once

#include "instancereader.h"
#include "jsonvalue.h"
#include "pushbackup.h"
#include "pushplan.h"
#include "rawitemreader.h"
#include "schemadiffer.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <optional>

namespace syncstudio {

class DirectusClient;

struct StepResult
{
    enum class State {
        Pending,
        Done,
        Failed,    // the server refused it; nothing after it was sent
        Unknown,   // sent, but no answer (timeout, broken connection): never sent again
        Skipped,   // not reached (an earlier step failed, or cancelled)
        Simulated, // simulate: not sent
    };
    int number = 0;
    State state = State::Pending;
    int status = 0;   // HTTP status when one arrived
    QString message;  // translated; why it failed
    JsonValue answer; // the answer's data.id, when it had one
};

QString stepStateName(StepResult::State state); // "done", "failed", "unknown", …

struct PushReport
{
    bool ok = false; // every step done (or simulated)
    bool canceled = false;
    bool simulated = false;
    // The target changed since the comparison: nothing was written.
    bool drift = false;
    QStringList driftItems; // "flows/<syncId>: changed since the comparison"
    QString error;          // translated; empty when ok
    QList<StepResult> steps;
    QString backupFolder; // where the backup went (empty: none written)

    int count(StepResult::State state) const;
};

struct PushExecutorOptions
{
    // Send only reads: re-read, drift check, schema re-diff; no backup, no writes.
    bool simulate = false;
    QString backupFolder; // required unless simulate
    QString targetName;
    // The source's full snapshot, to ask the target again for the schema diff right before a
    // plan with a schema step is applied (the push stops if the answer changed).
    std::optional<JsonValue> sourceSchema;
    bool forceSchema = false;
    NormalizerOptions normalizer; // as used for the comparison
};

// Applies a plan to an instance. Before the first write it re-reads the target and stops if
// any item the plan touches (or would create) changed since the comparison, asks for the
// schema diff again when the plan has a schema step, and saves a backup (raw JSON and mapping
// row of every touched item, the items to be created, the full schema snapshot). Then it runs
// the steps in order, one at a time, and stops at the first error. Cancelling stops between
// steps. A write that got no answer is reported "unknown" and never sent again: read the
// target and plan anew.
class PushExecutor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PushExecutor)

public:
    explicit PushExecutor(DirectusClient *client, QObject *parent = nullptr);
    ~PushExecutor() override;

    void start(const PushPlan &plan, const PushExecutorOptions &options);
    void cancel();
    bool isRunning() const { return m_running; }

    // The drift between a plan and a fresh read of its target (public for tests): one line
    // per item that changed, appeared or vanished.
    static QStringList drift(const PushPlan &plan, const InstanceReadResult &fresh);

signals:
    void progress(int done, int total, const QString &step);
    void stepFinished(const syncstudio::StepResult &result);
    void finished(const syncstudio::PushReport &report);

private:
    void onTargetRead(const InstanceReadResult &fresh);
    void onSchemaChecked(const SchemaDiffResult &result);
    void readBackupItems();
    void onBackupItemsRead(const RawItemsResult &raw);
    void runStep(int index);
    void finish(const QString &error = {});

    QPointer<DirectusClient> m_client;
    PushPlan m_plan;
    PushExecutorOptions m_options;
    PushReport m_report;
    InstanceReadResult m_fresh;
    InstanceReader *m_reader = nullptr;
    SchemaDiffer *m_differ = nullptr;
    RawItemReader *m_rawReader = nullptr;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_cancelRequested = false;
};

} // namespace syncstudio

Q_DECLARE_METATYPE(syncstudio::StepResult)
Q_DECLARE_METATYPE(syncstudio::PushReport)
