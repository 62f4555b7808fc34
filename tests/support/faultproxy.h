#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QRegularExpression>
#include <QString>
#include <QTcpServer>
#include <QUrl>

namespace syncstudio::test {

// An HTTP proxy for tests that sits between the client and a REAL Directus instance: it forwards
// every request and, for requests matching a rule, injects a fault instead — a delay, an HTTP
// status (JSON, HTML or with Retry-After), a body cut after N bytes, a reset connection, or a
// rewritten answer. It also records every request, which proves read-only behaviour.
// Connections are closed after each answer, so every request is seen and handled on its own.
class FaultProxy final : public QObject
{
    Q_OBJECT

public:
    enum class Fault {
        None,     // forward unchanged (used to count/record)
        Delay,    // forward after delayMs
        Status,   // answer status with body (JSON unless html) without forwarding
        Html,     // answer status with an HTML error page
        Truncate, // forward, but send only truncateAfter bytes of the answer body
        Reset,    // close the connection without answering
        Rewrite,  // forward and replace `from` with `to` in the answer body
    };
    struct Rule
    {
        QByteArray method;       // empty: any
        QRegularExpression path; // matched against the path (without query)
        Fault fault = Fault::None;
        int status = 500;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers; // e.g. Retry-After
        int delayMs = 0;
        int truncateAfter = 0;
        QByteArray from;
        QByteArray to;
        int times = -1; // how many matching requests it applies to; -1: all
    };
    struct Recorded
    {
        QByteArray method;
        QByteArray target;
        bool faulted = false;
    };

    explicit FaultProxy(const QUrl &upstream, QObject *parent = nullptr);
    QUrl url() const;
    void addRule(const Rule &rule) { m_rules.append(rule); }
    void clearRules() { m_rules.clear(); }
    const QList<Recorded> &requests() const { return m_requests; }
    // One line per recorded request ("PATCH /flows/1 [fault]"), for failure messages.
    QString transcript() const;
    void clearRequests() { m_requests.clear(); }

private:
    void onConnection();
    void handle(class QTcpSocket *client, const QByteArray &head, const QByteArray &body);
    Rule *match(const QByteArray &method, const QByteArray &target);

    QUrl m_upstream;
    QTcpServer m_server;
    QList<Rule> m_rules;
    QList<Recorded> m_requests;
};

} // namespace syncstudio::test
