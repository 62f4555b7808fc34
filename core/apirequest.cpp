#include "apirequest.h"

#include <QUrlQuery>

namespace syncstudio {

ApiRequest ApiRequest::get(const QString &path, const QList<QPair<QString, QString>> &query)
{
    ApiRequest request;
    request.path = path;
    request.query = query;
    return request;
}

ApiRequest ApiRequest::write(const QByteArray &method, const QString &path, const QByteArray &body)
{
    ApiRequest request;
    request.method = method;
    request.path = path;
    request.body = body;
    request.retryable = false;
    return request;
}

QString ApiRequest::describe() const
{
    QString text = QString::fromLatin1(method) + QLatin1Char(' ') + path;
    if (!query.isEmpty()) {
        QUrlQuery q;
        q.setQueryItems(query);
        text += QLatin1Char('?') + q.toString(QUrl::PrettyDecoded);
    }
    return text;
}

} // namespace syncstudio
