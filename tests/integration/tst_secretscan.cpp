// A whole syncstudio-cli session against a real Directus 11.3.5 with a known token and a known
// password, under a private HOME and XDG folders: saved connections (secrets in the keyring),
// connection tests, track, export, compare --format json, push with its backup, restore, and a
// failing login. Afterwards every file under those folders, the dump, the backups and every
// line the CLI printed are scanned: neither secret nor an Authorization header appears anywhere.
#include "directusserver.h"
#include "testenvironment.h"
#include "testrest.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace syncstudio::test;

class tst_SecretScan final : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    TestEnvironment m_env;
    QTemporaryDir m_root; // HOME, XDG folders, TMPDIR, dump: everything the CLI may write
    std::unique_ptr<DirectusServer> m_server;
    QString m_token;    // a static token of a second admin user
    QString m_password; // that user's password
    QString m_email;
    QString m_translation; // id of the item the session tracks, pushes and restores
    QString m_output;      // every line the CLI printed
    QStringList m_scanned;

    QString path(const QString &name) const { return m_root.filePath(name); }

    Run cli(const QStringList &arguments, const QHash<QString, QString> &env = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("SYNCSTUDIO_TOKEN"));
        environment.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
        environment.insert(QStringLiteral("TMPDIR"), path(QStringLiteral("tmp")));
        for (const char *name :
             {"XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"}) {
            environment.insert(QLatin1String(name), path(QString::fromLatin1(name).toLower()));
        }
        for (auto it = env.cbegin(); it != env.cend(); ++it) {
            environment.insert(it.key(), it.value());
        }
        process.setProcessEnvironment(environment);
        process.start(TestEnvironment::buildDir() + QStringLiteral("/app/syncstudio-cli"),
                      arguments);
        if (!process.waitForFinished(300000)) {
            process.kill();
            process.waitForFinished();
        }
        Run run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        // Only what the CLI printed: the arguments are the user's (one of them holds a password
        // on purpose, in a URL the CLI must refuse without echoing it).
        m_output += run.out + run.err;
        return run;
    }

    QHash<QString, QString> tokenEnv() const
    {
        return {{QStringLiteral("SYNCSTUDIO_TOKEN"), m_token}};
    }

    // Why a text would leak: one of the secrets, or an Authorization header, with the text
    // around it.
    QString leak(const QByteArray &text) const
    {
        const auto around = [&text](qsizetype at) -> QString {
            return QString::fromUtf8(text.mid(qMax<qsizetype>(0, at - 80), 200));
        };
        if (const qsizetype at = text.indexOf(m_token.toUtf8()); at >= 0) {
            return QStringLiteral("the token: ") + around(at);
        }
        if (const qsizetype at = text.indexOf(m_password.toUtf8()); at >= 0) {
            return QStringLiteral("the password: ") + around(at);
        }
        // A header with a credential, as a log line ("Authorization: Bearer …") or dumped
        // headers ("authorization": "Bearer …"); OpenAPI's own mention of the scheme is fine.
        static const QRegularExpression header(
            QStringLiteral("authorization[\"']?\\s*[:=]\\s*[\"']?\\s*(bearer|basic)"),
            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch match = header.match(QString::fromUtf8(text));
        if (match.hasMatch()) {
            return QStringLiteral("an Authorization header: ") +
                   QString::fromUtf8(text).mid(qMax<qsizetype>(0, match.capturedStart() - 80), 200);
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        for (const char *name : {"home", "tmp", "xdg_config_home", "xdg_cache_home",
                                 "xdg_data_home", "xdg_state_home"}) {
            QVERIFY(QDir().mkpath(path(QLatin1String(name))));
        }
        QString error;
        m_server = DirectusServer::start({}, &error);
        QVERIFY2(m_server, qPrintable(error));
        TestRest rest(m_server->url(), m_server->token());
        const QString unique = QUuid::createUuid().toString(QUuid::Id128);
        m_token = QStringLiteral("KnownToken-") + unique;
        m_password = QStringLiteral("KnownPassword-") + unique;
        m_email = QStringLiteral("scan-%1@example.com").arg(unique.left(8));
        const auto admin = rest.get(QStringLiteral("/users/me?fields=role"));
        QVERIFY2(admin.ok(), admin.body.constData());
        const auto user =
            rest.post(QStringLiteral("/users"),
                      QJsonObject{{QStringLiteral("email"), m_email},
                                  {QStringLiteral("password"), m_password},
                                  {QStringLiteral("token"), m_token},
                                  {QStringLiteral("role"),
                                   admin.data.toObject().value(QStringLiteral("role"))}});
        QVERIFY2(user.ok(), user.body.constData());
        const auto translation =
            rest.post(QStringLiteral("/translations"),
                      QJsonObject{{QStringLiteral("key"), QStringLiteral("scan")},
                                  {QStringLiteral("language"), QStringLiteral("en-US")},
                                  {QStringLiteral("value"), QStringLiteral("Original")}});
        QVERIFY2(translation.ok(), translation.body.constData());
        m_translation = translation.data.toObject().value(QStringLiteral("id")).toString();
        QVERIFY(!m_translation.isEmpty());
    }

    void session()
    {
        const QString url = m_server->url().toString();
        const QString translation = m_translation;
        const QString dump = path(QStringLiteral("dump"));

        Run r = cli(
            {QStringLiteral("connections"), QStringLiteral("add"), QStringLiteral("Target"), url},
            tokenEnv());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({QStringLiteral("connections"), QStringLiteral("add"), QStringLiteral("Login"), url,
                 QStringLiteral("--email"), m_email, QStringLiteral("--secret-env"),
                 QStringLiteral("SCAN_PASSWORD")},
                {{QStringLiteral("SCAN_PASSWORD"), m_password}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({QStringLiteral("connections"), QStringLiteral("list"), QStringLiteral("--format"),
                 QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const QString &name : {QStringLiteral("Target"), QStringLiteral("Login")}) {
            r = cli({QStringLiteral("connections"), QStringLiteral("test"), name});
            QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        }

        r = cli({QStringLiteral("track"), QStringLiteral("Target"),
                 QStringLiteral("translations/") + translation});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        r = cli({QStringLiteral("export"), QStringLiteral("Target"), dump});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        // The same through the URL with the token from the environment.
        r = cli({QStringLiteral("export"), url, path(QStringLiteral("dump-by-url"))}, tokenEnv());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));

        TestRest rest(m_server->url(), m_server->token());
        QVERIFY(rest.patch(QStringLiteral("/translations/") + translation,
                           QJsonObject{{QStringLiteral("value"), QStringLiteral("Changed")}})
                    .ok());
        r = cli({QStringLiteral("compare"), dump, QStringLiteral("Login"),
                 QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err));
        QString syncId;
        const QJsonArray items = QJsonDocument::fromJson(r.out.toUtf8())
                                     .object()
                                     .value(QStringLiteral("items"))
                                     .toArray();
        for (const QJsonValue &item : items) {
            const QJsonObject object = item.toObject();
            if (object.value(QStringLiteral("status")).toString() == QLatin1String("changed")) {
                syncId = object.value(QStringLiteral("syncId")).toString();
            }
        }
        QVERIFY2(!syncId.isEmpty(), qPrintable(r.out));
        r = cli({QStringLiteral("compare"), url, dump, QStringLiteral("--format"),
                 QStringLiteral("json")},
                tokenEnv());
        QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err));

        r = cli({QStringLiteral("push"), dump, QStringLiteral("Target"), QStringLiteral("--select"),
                 QStringLiteral("translations/") + syncId});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QRegularExpression backupLine(QStringLiteral("Backup of the target: (\\S+)"));
        const QRegularExpressionMatch backup = backupLine.match(r.out);
        QVERIFY2(backup.hasMatch(), qPrintable(r.out));
        const QString backupFolder = backup.captured(1);
        QVERIFY2(backupFolder.startsWith(m_root.path()), qPrintable(backupFolder));
        QCOMPARE(rest.get(QStringLiteral("/translations/") + translation)
                     .data.toObject()
                     .value(QStringLiteral("value"))
                     .toString(),
                 QStringLiteral("Original"));

        r = cli({QStringLiteral("restore"), backupFolder, QStringLiteral("Login")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(rest.get(QStringLiteral("/translations/") + translation)
                     .data.toObject()
                     .value(QStringLiteral("value"))
                     .toString(),
                 QStringLiteral("Changed"));

        // Failures print messages too: a wrong token, and a URL with the token in it.
        r = cli({QStringLiteral("compare"), url, dump},
                {{QStringLiteral("SYNCSTUDIO_TOKEN"), m_token + QStringLiteral("x")}});
        QCOMPARE(r.exitCode, 2);
        r = cli({QStringLiteral("connections"), QStringLiteral("add"), QStringLiteral("Bad"),
                 QStringLiteral("http://user:%1@127.0.0.1:9").arg(m_password)});
        QCOMPARE(r.exitCode, 2);
        r = cli({QStringLiteral("connections"), QStringLiteral("remove"), QStringLiteral("Login")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Plain http to another machine: a warning on stderr before the token is stored (nothing
        // is sent to that address by "add").
        r = cli({QStringLiteral("connections"), QStringLiteral("add"), QStringLiteral("Remote"),
                 QStringLiteral("http://192.0.2.10:8055")},
                tokenEnv());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("warning")) &&
                     r.err.contains(QLatin1String("plain http")),
                 qPrintable(r.err));
        // And before the token is sent to such a URL given as a side (0.0.0.0 is not loopback,
        // but refuses at once here).
        r = cli({QStringLiteral("compare"), QStringLiteral("http://0.0.0.0:9"), dump}, tokenEnv());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QLatin1String("syncstudio-cli: warning: http://0.0.0.0:9 is "
                                                "plain http")),
                 qPrintable(r.err));
    }

    void nothingLeaks()
    {
        const QString found = leak(m_output.toUtf8());
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("CLI output: ") + found));
        int files = 0;
        QDirIterator it(m_root.path(), QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString name = it.next();
            QFile file(name);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(name));
            const QString where = leak(file.readAll());
            QVERIFY2(where.isEmpty(), qPrintable(where + QStringLiteral(" in ") + name));
            ++files;
        }
        // The session really wrote: settings, two dumps, backups.
        QVERIFY2(files > 20, qPrintable(QString::number(files)));
        QVERIFY(QFileInfo::exists(path(QStringLiteral("dump/collections/translations.json"))));
        QDirIterator backups(path(QStringLiteral("xdg_data_home")), {QStringLiteral("backup.json")},
                             QDir::Files, QDirIterator::Subdirectories);
        int backupFiles = 0;
        while (backups.hasNext()) {
            backups.next();
            ++backupFiles;
        }
        QVERIFY2(backupFiles >= 1, "no backup was written under XDG_DATA_HOME");
    }
};

QTEST_GUILESS_MAIN(tst_SecretScan)
#include "tst_secretscan.moc"
