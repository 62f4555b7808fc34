// Smoke test against real Directus 12.4.0 (Node 22), seeded within the unlicensed Core tier:
// connect, and export byte-identical to the real directus-sync pull.
#include "connectioncheck.h"
#include "directusserver.h"
#include "directussynccli.h"
#include "httpdirectusclient.h"
#include "seeder.h"
#include "testenvironment.h"

#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace syncstudio;
using namespace syncstudio::test;

class tst_Smoke12 final : public QObject
{
    Q_OBJECT

    TestEnvironment m_env;
    std::unique_ptr<DirectusServer> m_server;
    QTemporaryDir m_work;

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ConnectionCheckResult>();
        QString error;
        DirectusServer::Options options;
        options.version = 12;
        m_server = DirectusServer::start(options, &error);
        QVERIFY2(m_server, qPrintable(error));
        TestRest rest(m_server->url(), m_server->token());
        QVERIFY2(Seeder::seedRich(rest, true, nullptr, &error), qPrintable(error));
    }

    void connect()
    {
        HttpDirectusClient client(m_server->url(), Credentials::fromToken(m_server->token()));
        ConnectionCheck check(&client, false);
        QSignalSpy spy(&check, &ConnectionCheck::finished);
        check.start();
        QVERIFY(spy.wait(60000));
        const auto result = spy.at(0).at(0).value<ConnectionCheckResult>();
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.version.text(), QStringLiteral("12.4.0"));
        QVERIFY(result.admin);
        QVERIFY(result.extensionInstalled);
    }

    void exportMatchesDirectusSync()
    {
        const QString theirs = m_work.filePath(QStringLiteral("ds"));
        const QString ours = m_work.filePath(QStringLiteral("ss"));
        const auto pull = DirectusSyncCli::run(
            QStringLiteral("pull"), m_server->url(), m_server->token(),
            {QStringLiteral("--dump-path"), theirs, QStringLiteral("--no-specs")});
        QVERIFY2(pull.ok(), qPrintable(pull.output));
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SYNCSTUDIO_TOKEN"), m_server->token());
        cli.setProcessEnvironment(env);
        cli.setProcessChannelMode(QProcess::MergedChannels);
        cli.start(TestEnvironment::buildDir() + QStringLiteral("/app/syncstudio-cli"),
                  {QStringLiteral("export"), m_server->url().toString(), ours,
                   QStringLiteral("--no-specs")});
        QVERIFY(cli.waitForFinished(300000));
        QVERIFY2(cli.exitCode() == 0, cli.readAll().constData());
        int files = 0;
        QDirIterator it(theirs, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = path.mid(theirs.size());
            QFile a(path);
            QFile b(ours + relative);
            QVERIFY2(b.open(QIODevice::ReadOnly),
                     qPrintable(QStringLiteral("missing ") + relative));
            QVERIFY(a.open(QIODevice::ReadOnly));
            QVERIFY2(a.readAll() == b.readAll(),
                     qPrintable(QStringLiteral("differs: ") + relative));
            ++files;
        }
        QVERIFY(files >= 12);
    }

    // One push into a fresh 12.4.0 (after the export above tracked A with directus-sync), then
    // compare: identical.
    void pushThenCompare()
    {
        QString error;
        DirectusServer::Options options;
        options.version = 12;
        auto target = DirectusServer::start(options, &error);
        QVERIFY2(target, qPrintable(error));
        const auto run = [this](const QStringList &arguments) {
            QProcess cli;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("SYNCSTUDIO_TOKEN"), m_server->token());
            cli.setProcessEnvironment(env);
            cli.setProcessChannelMode(QProcess::MergedChannels);
            cli.start(TestEnvironment::buildDir() + QStringLiteral("/app/syncstudio-cli"),
                      arguments);
            cli.waitForFinished(300000);
            return std::make_pair(cli.exitCode(), QString::fromUtf8(cli.readAll()));
        };
        auto [code, output] =
            run({QStringLiteral("compare"), m_server->url().toString(), target->url().toString()});
        QVERIFY2(code == 1, qPrintable(output));
        std::tie(code, output) =
            run({QStringLiteral("push"), m_server->url().toString(), target->url().toString(),
                 QStringLiteral("--all"), QStringLiteral("--backup-dir"),
                 m_work.filePath(QStringLiteral("backup"))});
        if (code != 0)
            for (const QString &line : output.split(QLatin1Char('\n')))
                if (line.contains(QStringLiteral("FAILED")) ||
                    line.contains(QStringLiteral("syncstudio-cli:")))
                    qWarning().noquote() << line;
        QVERIFY2(code == 0, "push failed (output above)");
        std::tie(code, output) =
            run({QStringLiteral("compare"), m_server->url().toString(), target->url().toString(),
                 QStringLiteral("--ignore-untracked")});
        QVERIFY2(code == 0, qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(tst_Smoke12)
#include "tst_smoke12.moc"
