#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

namespace syncstudio::test {

// A blocking REST client for seeding and checking real Directus instances in tests. It is
// deliberately independent of core's client, so a bug there cannot hide itself in the checks.
class TestRest final
{
public:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QJsonValue data; // body["data"] when the body is JSON
        QString error;
        bool ok() const { return status >= 200 && status < 300; }
    };

    TestRest(const QUrl &baseUrl, const QString &token);

    Reply get(const QString &pathAndQuery);
    Reply post(const QString &path, const QJsonValue &body);
    Reply patch(const QString &path, const QJsonValue &body);
    Reply del(const QString &path, const QJsonValue &body = {});
    Reply send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body);

    // Number of rows in a collection path such as "/roles" (aggregate count, all rows).
    int count(const QString &collectionPath);

private:
    QUrl m_base;
    QString m_token;
    QNetworkAccessManager m_nam;
};

} // namespace syncstudio::test
