// Reading a real Directus 11.3.5 through a fault-injecting proxy: every fault gives a specific
// error and no partial result (a failed read is never "absent"); transient faults on reads are
// retried; the version guard refuses a rewritten /server/info.
#include "connectioncheck.h"
#include "directusserver.h"
#include "faultproxy.h"
#include "httpdirectusclient.h"
#include "instancereader.h"
#include "testenvironment.h"

#include <QSignalSpy>
#include <QtTest>

using namespace syncstudio;
using namespace syncstudio::test;

Q_DECLARE_METATYPE(FaultProxy::Fault)

class tst_ReadFaults final : public QObject
{
    Q_OBJECT

    TestEnvironment m_env;
    std::unique_ptr<DirectusServer> m_server;

    InstanceReadResult read(const QUrl &url, int timeoutMs = 20000)
    {
        HttpDirectusClient client(url, Credentials::fromToken(m_server->token()));
        client.setTransferTimeout(timeoutMs);
        client.setMaxRetryDelay(100);
        InstanceReader reader(&client);
        QSignalSpy spy(&reader, &InstanceReader::finished);
        reader.start({});
        if (!spy.wait(120000))
            return {};
        return spy.at(0).at(0).value<InstanceReadResult>();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<InstanceReadResult>();
        qRegisterMetaType<ConnectionCheckResult>();
        QString error;
        m_server = DirectusServer::shared(QStringLiteral("D11"), &error);
        QVERIFY2(m_server, qPrintable(error));
    }

    void faultsAbortTheRead_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<FaultProxy::Fault>("fault");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("messagePart");
        using F = FaultProxy::Fault;
        QTest::newRow("500 permissions")
            << QByteArray("^/permissions$") << F::Status << 500 << "HTTP 500";
        QTest::newRow("502 html flows") << QByteArray("^/flows$") << F::Html << 502 << "non-JSON";
        QTest::newRow("404 html mapping") << QByteArray("^/directus-extension-sync/table/roles$")
                                          << F::Html << 404 << "SyncID mapping of roles";
        QTest::newRow("401 roles")
            << QByteArray("^/roles$") << F::Status << 401 << "rejected the credentials";
        QTest::newRow("403 schema")
            << QByteArray("^/schema/snapshot$") << F::Status << 403 << "Permission denied";
        QTest::newRow("truncated operations")
            << QByteArray("^/operations$") << F::Truncate << 0 << "operations";
        QTest::newRow("reset policies") << QByteArray("^/policies$") << F::Reset << 0 << "policies";
        QTest::newRow("timeout dashboards")
            << QByteArray("^/dashboards$") << F::Delay << 0 << "No answer";
    }

    void faultsAbortTheRead()
    {
        QFETCH(QByteArray, path);
        QFETCH(FaultProxy::Fault, fault);
        QFETCH(int, status);
        QFETCH(QString, messagePart);
        FaultProxy proxy(m_server->url());
        FaultProxy::Rule rule;
        rule.path = QRegularExpression(QString::fromLatin1(path));
        rule.fault = fault;
        rule.status = status;
        rule.body = QByteArrayLiteral(
            "{\"errors\":[{\"message\":\"injected\",\"extensions\":{\"code\":\"X\"}}]}");
        rule.truncateAfter = 25;
        rule.delayMs = 4000;
        proxy.addRule(rule);
        const auto result = read(proxy.url(), 1500);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(messagePart), qPrintable(result.error));
        // Nothing inferred from a failed read: no collections, no items.
        QVERIFY(result.snapshot.collections.isEmpty());
        // The faulty request really was made and retried at most 3 times by us (Qt itself
        // resends once on a connection reset before any byte arrived, hence up to 6 hits).
        int hits = 0;
        for (const auto &r : proxy.requests())
            hits += r.faulted ? 1 : 0;
        QVERIFY2(hits >= 1 && hits <= 6, qPrintable(QString::number(hits)));
    }

    void transientFaultsAreRetried_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::newRow("503") << 503 << QByteArray();
        QTest::newRow("429 Retry-After") << 429 << QByteArray("1");
        QTest::newRow("502") << 502 << QByteArray();
    }

    void transientFaultsAreRetried()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, retryAfter);
        FaultProxy proxy(m_server->url());
        FaultProxy::Rule rule;
        rule.path = QRegularExpression(QStringLiteral("^/roles$"));
        rule.fault = FaultProxy::Fault::Status;
        rule.status = status;
        rule.body = QByteArrayLiteral("{\"errors\":[{\"message\":\"busy\"}]}");
        if (!retryAfter.isEmpty())
            rule.headers.append(qMakePair(QByteArray("Retry-After"), retryAfter));
        rule.times = 1;
        proxy.addRule(rule);
        const auto result = read(proxy.url());
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.snapshot.collection(QStringLiteral("roles")));
        QVERIFY(!result.snapshot.collection(QStringLiteral("roles"))->items.isEmpty());
    }

    void readIsReadOnly()
    {
        FaultProxy proxy(m_server->url());
        const auto result = read(proxy.url());
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(proxy.requests().size() > 20);
        for (const auto &r : proxy.requests())
            QVERIFY2(r.method == "GET", QByteArray(r.method + " " + r.target).constData());
    }

    void versionGuard_data()
    {
        QTest::addColumn<QByteArray>("version");
        QTest::addColumn<bool>("allowUntested");
        QTest::addColumn<bool>("ok");
        QTest::newRow("13 refused") << QByteArray("13.0.0") << false << true;
        QTest::newRow("13 allowed") << QByteArray("13.0.0") << true << false;
        QTest::newRow("10 refused") << QByteArray("10.13.4") << true << true;
        QTest::newRow("garbage refused") << QByteArray("banana") << false << true;
    }

    void versionGuard()
    {
        QFETCH(QByteArray, version);
        QFETCH(bool, allowUntested);
        QFETCH(bool, ok);
        const bool refused = ok; // column reads "refused"
        FaultProxy proxy(m_server->url());
        FaultProxy::Rule rule;
        rule.path = QRegularExpression(QStringLiteral("^/server/info$"));
        rule.fault = FaultProxy::Fault::Rewrite;
        rule.from = "\"version\":\"11.3.5\"";
        rule.to = "\"version\":\"" + version + '"';
        proxy.addRule(rule);
        HttpDirectusClient client(proxy.url(), Credentials::fromToken(m_server->token()));
        ConnectionCheck check(&client, allowUntested);
        QSignalSpy spy(&check, &ConnectionCheck::finished);
        check.start();
        QVERIFY(spy.wait(30000));
        const auto result = spy.at(0).at(0).value<ConnectionCheckResult>();
        QCOMPARE(result.version.text(), QString::fromLatin1(version));
        QCOMPARE(result.failure == ConnectionCheckResult::Failure::UnsupportedVersion, refused);
        if (refused)
            QVERIFY2(result.message.contains(QString::fromLatin1(version)),
                     qPrintable(result.message));
    }
};

QTEST_GUILESS_MAIN(tst_ReadFaults)
#include "tst_readfaults.moc"
