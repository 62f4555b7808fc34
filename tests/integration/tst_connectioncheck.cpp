// Connection check against real Directus 11.3.5: version, admin, extension, and one specific
// message per way a connection can be wrong.
#include "connectioncheck.h"
#include "directusserver.h"
#include "httpdirectusclient.h"
#include "testenvironment.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

using namespace syncstudio;
using namespace syncstudio::test;

class tst_ConnectionCheck final : public QObject
{
    Q_OBJECT

private:
    ConnectionCheckResult check(const QUrl &url, const Credentials &credentials,
                                bool allowUntested = false)
    {
        HttpDirectusClient client(url, credentials);
        client.setTransferTimeout(20000);
        ConnectionCheck check(&client, allowUntested);
        QSignalSpy spy(&check, &ConnectionCheck::finished);
        check.start();
        if (!spy.wait(60000))
            return {};
        return spy.at(0).at(0).value<ConnectionCheckResult>();
    }

    TestEnvironment m_env;
    std::unique_ptr<DirectusServer> m_shared;

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ConnectionCheckResult>();
        QString error;
        m_shared = DirectusServer::shared(QStringLiteral("D11"), &error);
        QVERIFY2(m_shared, qPrintable(error));
    }

    void adminTokenPasses()
    {
        const auto result = check(m_shared->url(), Credentials::fromToken(m_shared->token()));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(result.admin);
        QVERIFY(result.extensionInstalled);
        QCOMPARE(result.version.text(), QStringLiteral("11.3.5"));
        QCOMPARE(result.version.support(), DirectusVersion::Support::Supported);
        QCOMPARE(result.userEmail, m_shared->email());
        QVERIFY(!result.roleId.isEmpty());
        QCOMPARE(result.queryLimitMax, -1);
        QVERIFY(result.summary().contains(QStringLiteral("11.3.5")));
    }

    void emailPasswordPasses()
    {
        const auto result = check(
            m_shared->url(), Credentials::fromPassword(m_shared->email(), m_shared->password()));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(result.admin);
        QVERIFY(result.extensionInstalled);
    }

    void wrongTokenIsRejected()
    {
        const auto result = check(m_shared->url(), Credentials::fromToken(QStringLiteral("nope")));
        QCOMPARE(result.failure, ConnectionCheckResult::Failure::BadCredentials);
        QVERIFY2(result.message.contains(QStringLiteral("rejected the credentials")),
                 qPrintable(result.message));
        QVERIFY(!result.message.contains(QStringLiteral("nope")));
    }

    void wrongPasswordIsRejected()
    {
        const auto result = check(
            m_shared->url(), Credentials::fromPassword(m_shared->email(), QStringLiteral("x")));
        QCOMPARE(result.failure, ConnectionCheckResult::Failure::BadCredentials);
        QVERIFY2(result.message.startsWith(QStringLiteral("Login failed")),
                 qPrintable(result.message));
    }

    void nonAdminIsRefused()
    {
        QFile env(qEnvironmentVariable("SYNCSTUDIO_SERVERS_ENV"));
        QVERIFY(env.open(QIODevice::ReadOnly));
        QString editorToken;
        for (const QByteArray &line : env.readAll().split('\n'))
            if (line.startsWith("D11_EDITOR_TOKEN="))
                editorToken = QString::fromUtf8(line.mid(17));
        QVERIFY(!editorToken.isEmpty());
        const auto result = check(m_shared->url(), Credentials::fromToken(editorToken));
        QCOMPARE(result.failure, ConnectionCheckResult::Failure::NotAdmin);
        QVERIFY2(result.message.contains(QStringLiteral("no admin access")),
                 qPrintable(result.message));
    }

    void refusedPort()
    {
        // A port that was free a moment ago: nothing listens there.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        QUrl url(QStringLiteral("http://127.0.0.1"));
        url.setPort(port);
        const auto result = check(url, Credentials::fromToken(m_shared->token()));
        QCOMPARE(result.failure, ConnectionCheckResult::Failure::Unreachable);
        QVERIFY2(result.message.contains(QStringLiteral("Connection refused")),
                 qPrintable(result.message));
    }

    void notDirectus()
    {
        QUrl url = m_shared->url();
        url.setPath(QStringLiteral("/no-such-prefix"));
        const auto result = check(url, Credentials::fromToken(m_shared->token()));
        QCOMPARE(result.failure, ConnectionCheckResult::Failure::NotDirectus);
        QVERIFY2(result.message.contains(QStringLiteral("does not look like a Directus API")),
                 qPrintable(result.message));
    }

    void missingExtension()
    {
        QString error;
        DirectusServer::Options options;
        options.extension = false;
        auto server = DirectusServer::start(options, &error);
        QVERIFY2(server, qPrintable(error));
        const auto result = check(server->url(), Credentials::fromToken(server->token()));
        QCOMPARE(result.failure, ConnectionCheckResult::Failure::ExtensionMissing);
        QVERIFY2(result.message.contains(QStringLiteral("is not installed")),
                 qPrintable(result.message));
        QVERIFY(result.admin);
        QCOMPARE(result.version.text(), QStringLiteral("11.3.5"));
    }
};

QTEST_GUILESS_MAIN(tst_ConnectionCheck)
#include "tst_connectioncheck.moc"
