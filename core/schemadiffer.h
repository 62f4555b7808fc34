#pragma once

#include "jsonvalue.h"

#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

namespace syncstudio {

class DirectusClient;

struct SchemaDiffResult
{
    bool ok = false;
    bool canceled = false;
    QString error;
    // The instance refused the snapshot because its Directus version or database vendor
    // differs (HTTP 400 from validateSnapshot); only ?force=true gets a diff then.
    bool versionMismatch = false;
    // The answer's "data" ({hash, diff}) without directus_sync_id_map entries; nullopt when
    // the instance reports no changes (204, or three empty lists).
    std::optional<JsonValue> diff;
};

// Asks an instance how its schema differs from a snapshot: POST /schema/diff, which reads and
// never writes (so it is sent as a retryable request). `?force=true` only when asked.
class SchemaDiffer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchemaDiffer)

public:
    explicit SchemaDiffer(DirectusClient *client, QObject *parent = nullptr);
    ~SchemaDiffer() override;

    void start(const JsonValue &snapshot, bool force = false);
    void cancel();

    // Parses an answer body (public for tests): empty or all-empty lists give no diff.
    static SchemaDiffResult parseAnswer(int status, const QByteArray &body);
    // The diff's hash ("" when none).
    static QString hashOf(const std::optional<JsonValue> &diff);

signals:
    void finished(const syncstudio::SchemaDiffResult &result);

private:
    QPointer<DirectusClient> m_client;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace syncstudio

Q_DECLARE_METATYPE(syncstudio::SchemaDiffResult)
