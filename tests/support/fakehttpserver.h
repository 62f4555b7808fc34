#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <functional>

namespace syncstudio::test {

// A scriptable HTTP/1.1 server on 127.0.0.1 for fault injection in unit tests: every request is
// recorded and answered by the handler (or the queue of canned answers). Speed and faults only;
// real behaviour is tested against real Directus.
class FakeHttpServer final : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray target;                     // path + query as sent
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = QByteArrayLiteral("application/json; charset=utf-8");
        QList<QPair<QByteArray, QByteArray>> headers;
        bool resetConnection = false; // close without answering
        int truncateAfter = -1;       // send only this many body bytes, then close
    };
    using Handler = std::function<Answer(const Request &)>;

    explicit FakeHttpServer(QObject *parent = nullptr);
    QUrl url() const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void enqueue(const Answer &answer) { m_queue.append(answer); }
    const QList<Request> &requests() const { return m_requests; }

    static Answer json(int status, const QByteArray &body);

private:
    void onConnection();

    QTcpServer m_server;
    Handler m_handler;
    QList<Answer> m_queue;
    QList<Request> m_requests;
};

} // namespace syncstudio::test
