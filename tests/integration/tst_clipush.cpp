// syncstudio-cli push and restore against real Directus 11.3.5 instances: dry run writes
// nothing, --all converges, SIGINT mid-push finishes the current step and exits 2, restore
// brings the target back.
#include "directusserver.h"
#include "directussynccli.h"
#include "faultproxy.h"
#include "seeder.h"
#include "testenvironment.h"
#include "testrest.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace syncstudio::test;

class tst_CliPush final : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run cli(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SYNCSTUDIO_TOKEN"), m_a->token());
        process.setProcessEnvironment(env);
        process.start(TestEnvironment::buildDir() + QStringLiteral("/app/syncstudio-cli"),
                      arguments);
        // Keep this thread's event loop running while waiting (a fault proxy may live here).
        QDeadlineTimer deadline(300000);
        while (process.state() != QProcess::NotRunning && !deadline.hasExpired())
            QTest::qWait(50);
        Run run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    QMap<QString, int> counts(const DirectusServer &server)
    {
        TestRest rest(server.url(), server.token());
        QMap<QString, int> result;
        for (const char *c : {"flows", "operations", "roles", "policies", "permissions",
                              "dashboards", "panels", "folders", "translations", "presets"})
            result.insert(QString::fromLatin1(c),
                          rest.count(QStringLiteral("/") + QString::fromLatin1(c)));
        return result;
    }

    TestEnvironment m_env;
    std::unique_ptr<DirectusServer> m_a;
    std::unique_ptr<DirectusServer> m_b;
    SeedIds m_ids;
    QTemporaryDir m_work;

private slots:
    void initTestCase()
    {
        QString error;
        m_a = DirectusServer::start({}, &error);
        QVERIFY2(m_a, qPrintable(error));
        m_b = DirectusServer::start({}, &error);
        QVERIFY2(m_b, qPrintable(error));
        TestRest rest(m_a->url(), m_a->token());
        QVERIFY2(Seeder::seedRich(rest, false, &m_ids, &error), qPrintable(error));
        const auto pull = DirectusSyncCli::run(QStringLiteral("pull"), m_a->url(), m_a->token(),
                                               {QStringLiteral("--dump-path"),
                                                m_work.filePath(QStringLiteral("a")),
                                                QStringLiteral("--no-specs")});
        QVERIFY2(pull.ok(), qPrintable(pull.output));
    }

    void usageErrors()
    {
        auto r = cli({QStringLiteral("push"), m_a->url().toString(), m_b->url().toString()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--select")));
        r = cli({QStringLiteral("push"), m_a->url().toString(),
                 m_work.filePath(QStringLiteral("a")), QStringLiteral("--all")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("must be an instance")));
        r = cli({QStringLiteral("push"), m_a->url().toString(), m_b->url().toString(),
                 QStringLiteral("--select"), QStringLiteral("nonsense")});
        QCOMPARE(r.exitCode, 2);
    }

    void dryRunWritesNothing()
    {
        const auto before = counts(*m_b);
        const auto r = cli({QStringLiteral("push"), m_a->url().toString(), m_b->url().toString(),
                            QStringLiteral("--select"), QStringLiteral("flows/") + m_ids.flowB,
                            QStringLiteral("--with-dependencies"), QStringLiteral("--dry-run")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("simulated")));
        QCOMPARE(counts(*m_b), before);
    }

    void interruptedPushStopsBetweenSteps()
    {
        // Writes to B go through a proxy that delays them, so SIGINT lands mid-push.
        FaultProxy proxy(m_b->url());
        FaultProxy::Rule slow;
        slow.method = "POST";
        slow.path = QRegularExpression(QStringLiteral("^/(roles|folders|translations|flows)$"));
        slow.fault = FaultProxy::Fault::Delay;
        slow.delayMs = 1500;
        proxy.addRule(slow);
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SYNCSTUDIO_TOKEN"), m_a->token());
        process.setProcessEnvironment(env);
        process.start(TestEnvironment::buildDir() + QStringLiteral("/app/syncstudio-cli"),
                      {QStringLiteral("push"), m_a->url().toString(), proxy.url().toString(),
                       QStringLiteral("--all"), QStringLiteral("--backup-dir"),
                       m_work.filePath(QStringLiteral("interrupted-backup"))});
        // Wait until the first delayed write is on its way, then interrupt.
        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(proxy.requests().cbegin(), proxy.requests().cend(),
                        [](const FaultProxy::Recorded &r) { return r.faulted; }),
            120000);
        ::kill(pid_t(process.processId()), SIGINT);
        QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 120000);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 2);
        QVERIFY2(err.contains(QStringLiteral("Interrupted")), qPrintable(err));
        QVERIFY2(out.contains(QStringLiteral("skipped")),
                 qPrintable(out)); // the report lists the rest
        QVERIFY(out.contains(QStringLiteral("done")));
    }

    void pushAllConvergesAfterInterruption()
    {
        // A new plan after the interruption converges in one apply.
        auto r = cli({QStringLiteral("push"), m_a->url().toString(), m_b->url().toString(),
                      QStringLiteral("--all"), QStringLiteral("--backup-dir"),
                      m_work.filePath(QStringLiteral("backup"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(QFileInfo::exists(m_work.filePath(QStringLiteral("backup"))));
        r = cli({QStringLiteral("compare"), m_a->url().toString(), m_b->url().toString(),
                 QStringLiteral("--ignore-untracked")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    }

    void trackAndUntrack()
    {
        TestRest rest(m_b->url(), m_b->token());
        const auto role =
            rest.post(QStringLiteral("/roles"),
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("Loose role")}});
        QVERIFY(role.ok());
        const QString id = role.data.toObject().value(QStringLiteral("id")).toString();
        const auto mapped = [&]() {
            const auto rows =
                rest.get(QStringLiteral("/directus-extension-sync/table/roles/local_id/") + id);
            return rows.status == 200 ? QJsonDocument::fromJson(rows.body)
                                            .object()
                                            .value(QStringLiteral("sync_id"))
                                            .toString()
                                      : QString();
        };
        QVERIFY(mapped().isEmpty());
        auto r = cli({QStringLiteral("track"), m_b->url().toString(), QStringLiteral("roles/") + id,
                      QStringLiteral("--sync-id"), QStringLiteral("loose-role")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(mapped(), QStringLiteral("loose-role"));
        r = cli({QStringLiteral("untrack"), m_b->url().toString(), QStringLiteral("roles/") + id});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(mapped().isEmpty());
        r = cli({QStringLiteral("track"), m_b->url().toString(), QStringLiteral("webhooks/1")});
        QCOMPARE(r.exitCode, 2);
    }

    void restoreBringsTheTargetBack()
    {
        // Change one role on B through the CLI push of a modified A, then restore the backup.
        TestRest restA(m_a->url(), m_a->token());
        QVERIFY(restA
                    .patch(QStringLiteral("/roles/") + m_ids.editorRole,
                           QJsonObject{{QStringLiteral("icon"), QStringLiteral("star")}})
                    .ok());
        const auto before = cli({QStringLiteral("compare"), m_a->url().toString(),
                                 m_b->url().toString(), QStringLiteral("--format"),
                                 QStringLiteral("json"), QStringLiteral("--only-changed")});
        QCOMPARE(before.exitCode, 1);
        auto r = cli({QStringLiteral("push"), m_a->url().toString(), m_b->url().toString(),
                      QStringLiteral("--all"), QStringLiteral("--backup-dir"),
                      m_work.filePath(QStringLiteral("backup2"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        r = cli({QStringLiteral("restore"), m_work.filePath(QStringLiteral("backup2")),
                 m_b->url().toString()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const auto after = cli({QStringLiteral("compare"), m_a->url().toString(),
                                m_b->url().toString(), QStringLiteral("--format"),
                                QStringLiteral("json"), QStringLiteral("--only-changed")});
        QCOMPARE(after.exitCode, 1);
        QCOMPARE(after.out, before.out); // the pre-push comparison, field by field
    }

    void droppingACollectionNamesItsRows()
    {
        // A collection only the target has: dropping it is a delete, shown with its row count.
        TestRest rest(m_b->url(), m_b->token());
        const QJsonObject id{
            {QStringLiteral("field"), QStringLiteral("id")},
            {QStringLiteral("type"), QStringLiteral("integer")},
            {QStringLiteral("schema"), QJsonObject{{QStringLiteral("is_primary_key"), true},
                                                   {QStringLiteral("has_auto_increment"), true}}}};
        QVERIFY(rest.post(QStringLiteral("/collections"),
                          QJsonObject{{QStringLiteral("collection"), QStringLiteral("legacy")},
                                      {QStringLiteral("schema"), QJsonObject{}},
                                      {QStringLiteral("fields"), QJsonArray{id}}})
                    .ok());
        for (int i = 0; i < 3; ++i)
            QVERIFY(rest.post(QStringLiteral("/items/legacy"), QJsonObject{}).ok());
        const QStringList push{QStringLiteral("push"),          m_a->url().toString(),
                               m_b->url().toString(),           QStringLiteral("--select"),
                               QStringLiteral("schema/legacy"), QStringLiteral("--dry-run")};
        auto r = cli(push);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("Dropping the collection legacy")),
                 qPrintable(r.err));
        r = cli(push + QStringList{QStringLiteral("--allow-delete")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(
            r.err.contains(QStringLiteral("Dropping the collection legacy deletes its 3 row(s).")),
            qPrintable(r.err));
        QCOMPARE(rest.count(QStringLiteral("/items/legacy")), 3); // dry run: nothing dropped
    }

    // Last: it tracks every untracked item of B.
    void exportTracksUntrackedItems()
    {
        TestRest rest(m_b->url(), m_b->token());
        const auto role =
            rest.post(QStringLiteral("/roles"),
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("Tracked by export")}});
        QVERIFY(role.ok());
        const QString id = role.data.toObject().value(QStringLiteral("id")).toString();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());

        // Without the option the untracked role is left out, and the user is told so.
        auto r = cli({QStringLiteral("export"), m_b->url().toString(),
                      dir.filePath(QStringLiteral("plain"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(QStringLiteral("untracked items left out")), qPrintable(r.err));
        QVERIFY(!readAll(dir.filePath(QStringLiteral("plain/collections/roles.json")))
                     .contains("Tracked by export"));

        r = cli({QStringLiteral("export"), m_b->url().toString(),
                 dir.filePath(QStringLiteral("tracked")), QStringLiteral("--track-untracked")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("untracked items left out")), qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Backup of the target")));
        const auto row =
            rest.get(QStringLiteral("/directus-extension-sync/table/roles/local_id/") + id);
        QCOMPARE(row.status, 200);
        const QString syncId =
            QJsonDocument::fromJson(row.body).object().value(QStringLiteral("sync_id")).toString();
        QVERIFY(!syncId.isEmpty());
        const QByteArray roles =
            readAll(dir.filePath(QStringLiteral("tracked/collections/roles.json")));
        QVERIFY(roles.contains("Tracked by export"));
        QVERIFY(roles.contains(syncId.toUtf8()));

        // Nothing left to track: a second run writes nothing and says nothing about it.
        r = cli({QStringLiteral("export"), m_b->url().toString(),
                 dir.filePath(QStringLiteral("again")), QStringLiteral("--track-untracked")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(!r.out.contains(QStringLiteral("Backup of the target")), qPrintable(r.out));

        // A folder has no mapping table.
        r = cli({QStringLiteral("export"), dir.filePath(QStringLiteral("tracked")),
                 dir.filePath(QStringLiteral("copy")), QStringLiteral("--track-untracked")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--track-untracked works on an instance")),
                 qPrintable(r.err));
    }

private:
    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
};

QTEST_GUILESS_MAIN(tst_CliPush)
#include "tst_clipush.moc"
