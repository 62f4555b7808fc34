#include "testrest.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace syncstudio::test {

TestRest::TestRest(const QUrl &baseUrl, const QString &token)
    : m_base(baseUrl)
    , m_token(token)
{}

TestRest::Reply TestRest::send(const QByteArray &method, const QString &pathAndQuery,
                               const QByteArray &body)
{
    QUrl url = m_base;
    const int q = pathAndQuery.indexOf(QLatin1Char('?'));
    url.setPath(m_base.path() + (q < 0 ? pathAndQuery : pathAndQuery.left(q)));
    if (q >= 0)
        url.setQuery(pathAndQuery.mid(q + 1));
    QNetworkRequest request(url);
    request.setTransferTimeout(60000);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    if (reply->error() != QNetworkReply::NoError && result.status == 0)
        result.error = reply->errorString();
    const QJsonDocument doc = QJsonDocument::fromJson(result.body);
    if (doc.isObject())
        result.data = doc.object().value(QStringLiteral("data"));
    reply->deleteLater();
    return result;
}

TestRest::Reply TestRest::get(const QString &pathAndQuery)
{
    return send("GET", pathAndQuery, {});
}

static QByteArray toBytes(const QJsonValue &value)
{
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return {};
}

TestRest::Reply TestRest::post(const QString &path, const QJsonValue &body)
{
    return send("POST", path, toBytes(body));
}

TestRest::Reply TestRest::patch(const QString &path, const QJsonValue &body)
{
    return send("PATCH", path, toBytes(body));
}

TestRest::Reply TestRest::del(const QString &path, const QJsonValue &body)
{
    return send("DELETE", path, toBytes(body));
}

int TestRest::count(const QString &collectionPath)
{
    const Reply reply = get(collectionPath + QStringLiteral("?aggregate[count]=*"));
    if (!reply.ok())
        return -1;
    const QJsonValue first = reply.data.toArray().at(0);
    const QJsonValue count = first.toObject().value(QStringLiteral("count"));
    // Directus returns the count as a number or, for some drivers, a string.
    return count.isString() ? count.toString().toInt() : count.toInt(-1);
}

} // namespace syncstudio::test
