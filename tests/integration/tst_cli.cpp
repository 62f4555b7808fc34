// syncstudio-cli as users run it: exit codes, specific errors, connections in the real keyring,
// and no token in any output or file.
#include "directusserver.h"
#include "testenvironment.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

    void compareContract()
    {
        const QHash<QString, QString> token{
            {QStringLiteral("SYNCSTUDIO_TOKEN"), m_server->token()}};
        const QString url = m_server->url().toString();
        const QString dump = m_work.filePath(QStringLiteral("cmp"));
        auto r = cli({QStringLiteral("export"), url, dump, QStringLiteral("--no-specs")}, token);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        // The shared instance has an untracked role (the fixture's editor role): a difference.
        r = cli({QStringLiteral("compare"), dump, url, QStringLiteral("--format"),
                 QStringLiteral("json")},
                token);
        QVERIFY2(r.exitCode == 1, qPrintable(r.err));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &parseError);
        QVERIFY2(doc.isObject(), qPrintable(parseError.errorString()));
        const QJsonObject root = doc.object();
        QCOMPARE(root.value(QStringLiteral("left")).toString(), dump);
        QCOMPARE(root.value(QStringLiteral("right")).toString(), url);
        QVERIFY(root.value(QStringLiteral("schema")).isArray());
        bool sawUntracked = false;
        bool sawIdentical = false;
        for (const QJsonValue &v : root.value(QStringLiteral("items")).toArray()) {
            const QJsonObject item = v.toObject();
            QVERIFY(item.contains(QStringLiteral("collection")));
            QVERIFY(item.contains(QStringLiteral("name")));
            const QString status = item.value(QStringLiteral("status")).toString();
            QVERIFY2(QStringList({QStringLiteral("identical"), QStringLiteral("changed"),
                                  QStringLiteral("source-only"), QStringLiteral("target-only"),
                                  QStringLiteral("untracked"), QStringLiteral("dangling")})
                         .contains(status),
                     qPrintable(status));
            if (status == QLatin1String("untracked")) {
                sawUntracked = true;
                QVERIFY(item.value(QStringLiteral("syncId")).isNull() ||
                        item.value(QStringLiteral("syncId")).isString());
                QCOMPARE(item.value(QStringLiteral("side")).toString(), QStringLiteral("target"));
                QVERIFY(!item.value(QStringLiteral("localId")).toString().isEmpty());
            }
            if (status == QLatin1String("identical"))
                sawIdentical = true;
        }
        QVERIFY(sawUntracked);
        QVERIFY(sawIdentical); // the admin role and policies match by placeholder

        // Without untracked items counting, the dump equals the instance.
        r = cli({QStringLiteral("compare"), dump, url, QStringLiteral("--ignore-untracked")},
                token);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));

        // A changed field in the dump shows up with both values.
        QFile roles(dump + QStringLiteral("/collections/roles.json"));
        QVERIFY(roles.open(QIODevice::ReadOnly));
        QByteArray text = roles.readAll();
        roles.close();
        QVERIFY(text.contains("\"icon\": \"verified\""));
        text.replace("\"icon\": \"verified\"", "\"icon\": \"star\"");
        QVERIFY(roles.open(QIODevice::WriteOnly | QIODevice::Truncate));
        roles.write(text);
        roles.close();
        r = cli({QStringLiteral("compare"), dump, url, QStringLiteral("--format"),
                 QStringLiteral("json"), QStringLiteral("--only-changed"),
                 QStringLiteral("--ignore-untracked")},
                token);
        QCOMPARE(r.exitCode, 1);
        const QJsonArray items = QJsonDocument::fromJson(r.out.toUtf8())
                                     .object()
                                     .value(QStringLiteral("items"))
                                     .toArray();
        bool sawChange = false;
        for (const QJsonValue &v : items) {
            const QJsonObject item = v.toObject();
            QVERIFY(item.value(QStringLiteral("status")).toString() != QLatin1String("identical"));
            if (item.value(QStringLiteral("status")).toString() != QLatin1String("changed"))
                continue;
            QCOMPARE(item.value(QStringLiteral("syncId")).toString(),
                     QStringLiteral("_sync_default_admin_role"));
            const QJsonObject field =
                item.value(QStringLiteral("fields")).toArray().at(0).toObject();
            QCOMPARE(field.value(QStringLiteral("path")).toString(), QStringLiteral("icon"));
            QCOMPARE(field.value(QStringLiteral("source")).toString(), QStringLiteral("star"));
            QCOMPARE(field.value(QStringLiteral("target")).toString(), QStringLiteral("verified"));
            sawChange = true;
        }
        QVERIFY(sawChange);

        // Errors: exit 2 with one line.
        r = cli({QStringLiteral("compare"), m_work.filePath(QStringLiteral("missing/")), url},
                token);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("no such folder")), qPrintable(r.err));
        r = cli({QStringLiteral("compare"), dump, url, QStringLiteral("--format"),
                 QStringLiteral("xml")},
                token);
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
