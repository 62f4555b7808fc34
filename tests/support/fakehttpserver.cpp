#include "fakehttpserver.h"

#include <QTcpSocket>

namespace syncstudio::test {

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QObject(parent)
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, &FakeHttpServer::onConnection);
}

QUrl FakeHttpServer::url() const
{
    QUrl url(QStringLiteral("http://127.0.0.1"));
    url.setPort(m_server.serverPort());
    return url;
}

FakeHttpServer::Answer FakeHttpServer::json(int status, const QByteArray &body)
{
    Answer answer;
    answer.status = status;
    answer.body = body;
    return answer;
}

void FakeHttpServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer]() {
            buffer->append(socket->readAll());
            for (;;) {
                const int headerEnd = buffer->indexOf("\r\n\r\n");
                if (headerEnd < 0)
                    return;
                Request request;
                const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
                const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
                request.method = first.value(0);
                request.target = first.value(1);
                for (int i = 1; i < lines.size(); ++i) {
                    const int colon = lines.at(i).indexOf(':');
                    if (colon > 0)
                        request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                               lines.at(i).mid(colon + 1).trimmed());
                }
                const int length = request.headers.value("content-length", "0").toInt();
                if (buffer->size() < headerEnd + 4 + length)
                    return;
                request.body = buffer->mid(headerEnd + 4, length);
                buffer->remove(0, headerEnd + 4 + length);
                m_requests.append(request);

                Answer answer;
                if (!m_queue.isEmpty())
                    answer = m_queue.takeFirst();
                else if (m_handler)
                    answer = m_handler(request);
                else
                    answer = json(404, R"({"errors":[{"message":"no handler"}]})");
                if (answer.resetConnection) {
                    socket->abort();
                    return;
                }
                QByteArray out = "HTTP/1.1 " + QByteArray::number(answer.status) + " X\r\n";
                out += "Content-Type: " + answer.contentType + "\r\n";
                out += "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n";
                for (const auto &[name, value] : std::as_const(answer.headers))
                    out += name + ": " + value + "\r\n";
                out += "\r\n";
                if (answer.truncateAfter >= 0) {
                    out += answer.body.left(answer.truncateAfter);
                    socket->write(out);
                    socket->flush();
                    socket->disconnectFromHost();
                    return;
                }
                out += answer.body;
                socket->write(out);
            }
        });
    }
}

} // namespace syncstudio::test
