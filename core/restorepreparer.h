#pragma once

#include "instancereader.h"
#include "pushbackup.h"
#include "pushplan.h"
#include "rawitemreader.h"
#include "schemadiffer.h"

#include <QMetaType>
#include <QObject>
#include <QPointer>

namespace syncstudio {

class DirectusClient;

struct RestorePreparation
{
    bool ok = false;
    QString error;
    PushPlan plan; // apply with PushExecutor (sourceSchema = the backup's schema)
    InstanceReadResult current;
};

// Reads the target as it is now (GET and POST /schema/diff only) and plans the restore of a
// push backup with RestorePlanner, for preview and apply like a push.
class RestorePreparer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestorePreparer)

public:
    explicit RestorePreparer(DirectusClient *client, QObject *parent = nullptr);
    ~RestorePreparer() override;

    void start(const PushBackup &backup);

signals:
    void finished(const syncstudio::RestorePreparation &preparation);

private:
    void fail(const QString &error);
    void planWith(const std::optional<JsonValue> &schemaDiff);

    QPointer<DirectusClient> m_client;
    PushBackup m_backup;
    RestorePreparation m_result;
    RawItemsResult m_raw;
    quint64 m_generation = 0;
};

} // namespace syncstudio

Q_DECLARE_METATYPE(syncstudio::RestorePreparation)
