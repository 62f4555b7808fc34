#pragma once

#include "jsonvalue.h"
#include "pushplanner.h"

#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>

namespace syncstudio {

class DirectusClient;

struct RawItemsResult
{
    bool ok = false;
    QString error;
    // collection -> local id -> the item as the API returns it (with "id"; keyed arrays with
    // their row ids, e.g. a policy's roles as {id, role, sort}).
    QHash<QString, QHash<QString, JsonObject>> items;
};

// Reads given target items raw, by id, with GETs only (chunks of 100 ids). Used for what the
// normalised data hides: the ids of a policy's access rows (for the plan) and the exact JSON a
// backup keeps. An item that does not exist is simply absent from the result.
class RawItemReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RawItemReader)

public:
    explicit RawItemReader(DirectusClient *client, QObject *parent = nullptr);
    ~RawItemReader() override;

    void start(const QList<RawItemsRequest> &requests);

    // The query a raw read of one collection sends (public for tests).
    static QList<QPair<QString, QString>> queryFor(const QString &collection,
                                                   const QStringList &ids);

signals:
    void finished(const syncstudio::RawItemsResult &result);

private:
    void done();

    QPointer<DirectusClient> m_client;
    quint64 m_generation = 0;
    int m_pending = 0;
    RawItemsResult m_result;
};

} // namespace syncstudio

Q_DECLARE_METATYPE(syncstudio::RawItemsResult)
