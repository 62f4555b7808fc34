#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace syncstudio {

// One REST call to a Directus instance, as a value: what the push plan shows the user is exactly
// what gets sent.
struct ApiRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QString path;                         // "/roles", relative to the instance URL
    QList<QPair<QString, QString>> query; // unencoded; encoded once when sent
    QByteArray body;                      // JSON, empty for none
    // Only reads may be sent again after a transient failure; a write that may have reached the
    // server is never repeated (a new plan must read the target again instead).
    bool retryable = true;

    static ApiRequest get(const QString &path, const QList<QPair<QString, QString>> &query = {});
    static ApiRequest write(const QByteArray &method, const QString &path, const QByteArray &body);

    bool isRead() const { return method == "GET"; }
    // "GET /roles?limit=-1" — for logs and plans; never contains credentials.
    QString describe() const;
};

} // namespace syncstudio
