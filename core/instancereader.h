#pragma once

#include "apirequest.h"
#include "configsnapshot.h"
#include "idmaprow.h"
#include "normalizer.h"
#include "placeholdercontext.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace syncstudio {

class CollectionDescriptor;
class DirectusClient;

struct InstanceReadOptions
{
    QStringList collections; // empty: all eleven tracked collections
    bool schema = true;      // GET /schema/snapshot
    bool specs = false;      // GET /server/specs/* (export writes them to specs/)
    NormalizerOptions normalizer;
};

struct InstanceReadResult
{
    bool ok = false;
    bool canceled = false;
    QString error; // specific: what failed, where, what to do
    ConfigSnapshot snapshot;
    PlaceholderContext placeholders;
    QList<IdMapRow> mappingRows; // every table, server order
    QByteArray specItemGraphql;
    QByteArray specSystemGraphql;
    QByteArray specOpenApi;
    QString userRoleId;
    int queryLimitMax = -1;
    int requestCount = 0;
};

// Reads one Directus instance, strictly read-only and in bulk: per collection one list request
// (or pages of QUERY_LIMIT_MAX rows when the server caps "limit"), one mapping-table request per
// table, the schema snapshot and, on request, the specs — all in parallel. Nothing is silently
// truncated: row counts are checked against the server's own counts (meta / aggregate) and
// nested access rows against count(roles); any mismatch or failed request fails the whole read.
// Parsing and normalising run on a worker thread; results of a superseded or cancelled read are
// dropped.
class InstanceReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceReader)

public:
    explicit InstanceReader(DirectusClient *client, QObject *parent = nullptr);
    ~InstanceReader() override;

    void start(const InstanceReadOptions &options);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void progress(int done, int total, const QString &step);
    void finished(const syncstudio::InstanceReadResult &result);

private:
    struct Page
    {
        QString collection;
        int offset = 0;
        QByteArray body;
    };

    void onBasics();
    void fetchAll();
    void request(const QString &label, const ApiRequest &request,
                 std::function<void(const QByteArray &)> onBody);
    void requestCount(const QString &collection);
    void requestPages(const QString &collection, int expected);
    void fail(const QString &message);
    void requestFinished();
    void startProcessing();
    QList<QPair<QString, QString>> listQuery(const QString &collection) const;

    QPointer<DirectusClient> m_client;
    InstanceReadOptions m_options;
    quint64 m_generation = 0;
    bool m_running = false;
    int m_pending = 0;
    int m_done = 0;
    int m_total = 0;
    int m_requests = 0;

public:
    // Everything the network phase gathered; processed as one value on a worker thread.
    struct RawRead
    {
        InstanceReadOptions options;
        QStringList collections; // the ones to normalise
        QByteArray info;
        QByteArray me;
        QHash<QString, QList<Page>> pages;  // collection -> pages (policies always read)
        QHash<QString, int> expectedCounts; // collection -> rows, from an aggregate count
        QHash<QString, QByteArray> mapping; // table -> rows
        QByteArray schema;
        QByteArray specs[3];
        int queryLimitMax = -1;
        int requestCount = 0;
    };
    // Pure function of the raw answers; public for tests. Each answer is released once parsed
    // (pass the read with std::move so that nothing else holds the bodies).
    static InstanceReadResult process(RawRead raw);

private:
    // The raw items of one collection from its pages (offset order); serverCount gets the
    // count the answers report (meta), if any.
    static std::optional<JsonArray> parsePages(const CollectionDescriptor &descriptor,
                                               const QList<Page> &pages,
                                               std::optional<int> *serverCount, QString *error);
    // Empty, or why the items are not the complete set the server counts.
    static QString checkComplete(const CollectionDescriptor &descriptor, const JsonArray &items,
                                 std::optional<int> serverCount);
    // Removes the count(field) helpers the list query added.
    static void stripCounts(const CollectionDescriptor &descriptor, JsonArray &items);

    RawRead m_raw;
};

} // namespace syncstudio

Q_DECLARE_METATYPE(syncstudio::InstanceReadResult)
