#include "faultproxy.h"

#include <QPointer>
#include <QStringList>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace syncstudio::test {

namespace {

QByteArray statusLine(int status)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " Injected\r\n";
}

void answer(QTcpSocket *client, int status, const QByteArray &contentType, const QByteArray &body,
            const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QByteArray out = statusLine(status);
    out += "Content-Type: " + contentType +
           "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n" + body;
    client->write(out);
    client->disconnectFromHost();
}

// Splits a complete HTTP response into head and body (Content-Length or read-to-close).
void splitResponse(const QByteArray &raw, QByteArray *head, QByteArray *body)
{
    const int end = raw.indexOf("\r\n\r\n");
    *head = end < 0 ? raw : raw.left(end);
    *body = end < 0 ? QByteArray() : raw.mid(end + 4);
}

QByteArray withContentLength(QByteArray head, qsizetype length)
{
    QList<QByteArray> lines = head.split('\n');
    QByteArray out;
    for (QByteArray line : lines) {
        const QByteArray lower = line.trimmed().toLower();
        if (lower.startsWith("content-length:") || lower.startsWith("transfer-encoding:") ||
            lower.startsWith("connection:"))
            continue;
        out += line.trimmed() + "\r\n";
    }
    out += "Content-Length: " + QByteArray::number(length) + "\r\nConnection: close\r\n";
    return out;
}

QByteArray dechunk(const QByteArray &head, const QByteArray &body)
{
    if (!head.toLower().contains("transfer-encoding: chunked"))
        return body;
    QByteArray out;
    qsizetype pos = 0;
    while (pos < body.size()) {
        const qsizetype lineEnd = body.indexOf("\r\n", pos);
        if (lineEnd < 0)
            break;
        bool ok = false;
        const qsizetype size = body.mid(pos, lineEnd - pos).trimmed().toLongLong(&ok, 16);
        if (!ok || size == 0)
            break;
        out += body.mid(lineEnd + 2, size);
        pos = lineEnd + 2 + size + 2;
    }
    return out;
}

} // namespace

FaultProxy::FaultProxy(const QUrl &upstream, QObject *parent)
    : QObject(parent)
    , m_upstream(upstream)
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::onConnection);
}

QUrl FaultProxy::url() const
{
    QUrl url(QStringLiteral("http://127.0.0.1"));
    url.setPort(m_server.serverPort());
    return url;
}

QString FaultProxy::transcript() const
{
    QStringList lines;
    for (const Recorded &request : m_requests) {
        lines.append(QString::fromLatin1(request.method + ' ' + request.target) +
                     (request.faulted ? QStringLiteral(" [fault]") : QString()));
    }
    return lines.join(QLatin1Char('\n'));
}

FaultProxy::Rule *FaultProxy::match(const QByteArray &method, const QByteArray &target)
{
    const QString path = QString::fromUtf8(
        target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?')));
    for (Rule &rule : m_rules) {
        if (rule.times == 0)
            continue;
        if (!rule.method.isEmpty() && rule.method != method)
            continue;
        if (!rule.path.match(path).hasMatch())
            continue;
        if (rule.times > 0)
            --rule.times;
        return &rule;
    }
    return nullptr;
}

void FaultProxy::onConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        client->setParent(this);
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        auto buffer = std::make_shared<QByteArray>();
        connect(client, &QTcpSocket::readyRead, this, [this, client, buffer]() {
            buffer->append(client->readAll());
            const int headEnd = buffer->indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            const QByteArray head = buffer->left(headEnd);
            qsizetype length = 0;
            for (const QByteArray &line : head.split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            if (buffer->size() < headEnd + 4 + length)
                return;
            const QByteArray body = buffer->mid(headEnd + 4, length);
            buffer->clear();
            client->disconnect(this); // one request per connection
            handle(client, head, body);
        });
    }
}

void FaultProxy::handle(QTcpSocket *client, const QByteArray &head, const QByteArray &body)
{
    const QList<QByteArray> requestLine = head.left(head.indexOf('\r')).split(' ');
    const QByteArray method = requestLine.value(0);
    const QByteArray target = requestLine.value(1);
    const Rule *rule = match(method, target);
    const Rule active = rule ? *rule : Rule{};
    m_requests.append({method, target, rule && active.fault != Fault::None});

    switch (active.fault) {
    case Fault::Status:
        answer(client, active.status, "application/json; charset=utf-8", active.body,
               active.headers);
        return;
    case Fault::Html:
        answer(client, active.status, "text/html; charset=utf-8",
               "<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>",
               active.headers);
        return;
    case Fault::Reset:
        client->abort();
        return;
    default:
        break;
    }

    // Forward with "Connection: close" so the whole answer ends with the upstream connection.
    QByteArray forwardedHead;
    for (const QByteArray &line : head.split('\n')) {
        const QByteArray lower = line.trimmed().toLower();
        if (lower.startsWith("connection:") || lower.startsWith("host:") || lower.isEmpty())
            continue;
        forwardedHead += line.trimmed() + "\r\n";
    }
    forwardedHead += "Host: " + m_upstream.host().toUtf8() + ':' +
                     QByteArray::number(m_upstream.port()) + "\r\nConnection: close\r\n\r\n";
    auto *upstream = new QTcpSocket(client);
    auto response = std::make_shared<QByteArray>();
    QPointer<QTcpSocket> guard(client);
    connect(upstream, &QTcpSocket::readyRead, client,
            [upstream, response]() { response->append(upstream->readAll()); });
    connect(upstream, &QTcpSocket::disconnected, client, [guard, upstream, response, active]() {
        response->append(upstream->readAll());
        if (!guard)
            return;
        QByteArray responseHead;
        QByteArray responseBody;
        splitResponse(*response, &responseHead, &responseBody);
        responseBody = dechunk(responseHead, responseBody);
        const auto send = [guard, responseHead, responseBody, active]() {
            if (!guard)
                return;
            QByteArray bodyOut = responseBody;
            if (active.fault == Fault::Rewrite)
                bodyOut.replace(active.from, active.to);
            if (active.fault == Fault::Truncate) {
                // Announce the full length, send less, then close: a body that breaks off.
                guard->write(withContentLength(responseHead, bodyOut.size()) + "\r\n" +
                             bodyOut.left(active.truncateAfter));
                guard->flush();
                guard->abort();
                return;
            }
            guard->write(withContentLength(responseHead, bodyOut.size()) + "\r\n" + bodyOut);
            guard->disconnectFromHost();
        };
        if (active.fault == Fault::Delay)
            QTimer::singleShot(active.delayMs, guard.data(), send);
        else
            send();
    });
    upstream->connectToHost(m_upstream.host(), quint16(m_upstream.port()));
    upstream->write(forwardedHead + body);
}

} // namespace syncstudio::test
