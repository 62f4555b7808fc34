// syncstudio-cli as users run it: exit codes, specific errors, connections in the real keyring,
// and no token in any output or file.
#include "directusserver.h"
#include "testenvironment.h"

#include <QDirIterator>
#include <QProcess>
#include <QtTest>

using namespace syncstudio::test;

class tst_Cli final : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run cli(const QStringList &arguments, const QHash<QString, QString> &env = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("SYNCSTUDIO_TOKEN"));
        for (auto it = env.cbegin(); it != env.cend(); ++it)
            environment.insert(it.key(), it.value());
        process.setProcessEnvironment(environment);
        process.start(TestEnvironment::buildDir() + QStringLiteral("/app/syncstudio-cli"),
                      arguments);
        process.waitForFinished(300000);
        Run run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        m_allOutput += run.out + run.err;
        return run;
    }

    TestEnvironment m_env;
    std::unique_ptr<DirectusServer> m_server;
    QString m_allOutput;
    QTemporaryDir m_work;

private slots:
    void initTestCase()
    {
        QString error;
        m_server = DirectusServer::shared(QStringLiteral("D11"), &error);
        QVERIFY2(m_server, qPrintable(error));
    }

    void version()
    {
        const auto r = cli({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("syncstudio-cli ")));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("no command") << QStringList{} << "No command";
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << "Unknown command";
        QTest::newRow("export args")
            << QStringList{QStringLiteral("export")} << "takes a side and a folder";
        QTest::newRow("no token") << QStringList{QStringLiteral("export"),
                                                 QStringLiteral("http://127.0.0.1:9"),
                                                 QStringLiteral("/tmp/x")}
                                  << "SYNCSTUDIO_TOKEN";
        QTest::newRow("unknown profile")
            << QStringList{QStringLiteral("export"), QStringLiteral("nosuchprofile"),
                           QStringLiteral("/tmp/x")}
            << "neither a folder";
        QTest::newRow("bad collection")
            << QStringList{QStringLiteral("export"), QStringLiteral("dir:/tmp"),
                           QStringLiteral("/tmp/x"), QStringLiteral("--collections"),
                           QStringLiteral("webhooks")}
            << "Unknown collection \"webhooks\"";
        QTest::newRow("credentials in url")
            << QStringList{QStringLiteral("connections"), QStringLiteral("add"),
                           QStringLiteral("X"), QStringLiteral("https://a:b@example.com")}
            << "credentials";
    }

    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, messagePart);
        const auto r = cli(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(messagePart), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one specific line
    }

    void refusedPortIsSpecific()
    {
        const auto r = cli({QStringLiteral("export"), QStringLiteral("http://127.0.0.1:9"),
                            m_work.filePath(QStringLiteral("x"))},
                           {{QStringLiteral("SYNCSTUDIO_TOKEN"), m_server->token()}});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Connection refused")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(m_work.filePath(QStringLiteral("x"))));
    }

    void connectionsLifecycle()
    {
        const QHash<QString, QString> token{
            {QStringLiteral("SYNCSTUDIO_TOKEN"), m_server->token()}};
        auto r =
            cli({QStringLiteral("connections"), QStringLiteral("add"), QStringLiteral("Staging"),
                 m_server->url().toString(), QStringLiteral("--protected")},
                token);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("NOT stored")),
                 qPrintable(r.err)); // the keyring took it
        r = cli({QStringLiteral("connections"), QStringLiteral("add"), QStringLiteral("staging"),
                 m_server->url().toString()},
                token);
        QCOMPARE(r.exitCode, 2);
        r = cli({QStringLiteral("connections"), QStringLiteral("list")});
        QVERIFY(r.out.contains(QStringLiteral("Staging")));
        QVERIFY(r.out.contains(QStringLiteral("protected")));
        // The secret comes from the keyring now: no token in the environment.
        r = cli({QStringLiteral("connections"), QStringLiteral("test"), QStringLiteral("Staging")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("11.3.5")));
        QVERIFY(r.out.contains(QStringLiteral("sync extension installed")));
        r = cli({QStringLiteral("export"), QStringLiteral("conn:Staging"),
                 m_work.filePath(QStringLiteral("dump")), QStringLiteral("--no-specs")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFileInfo::exists(m_work.filePath(QStringLiteral("dump/collections/roles.json"))));
        r = cli(
            {QStringLiteral("connections"), QStringLiteral("remove"), QStringLiteral("Staging")});
        QCOMPARE(r.exitCode, 0);
        r = cli({QStringLiteral("connections"), QStringLiteral("test"), QStringLiteral("Staging")});
        QCOMPARE(r.exitCode, 2);
    }

    void noTokenAnywhere()
    {
        const QString token = m_server->token();
        QVERIFY(!m_allOutput.isEmpty());
        QVERIFY2(!m_allOutput.contains(token), "a token appeared in CLI output");
        for (const QString &root : {m_env.root(), m_work.path()}) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                QVERIFY2(!file.readAll().contains(token.toUtf8()), qPrintable(file.fileName()));
            }
        }
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
