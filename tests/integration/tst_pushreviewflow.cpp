// The GUI push review against a real Directus 11.3.5: compare a directus-sync dump folder with
// the instance, pick one changed flow, then drive PushReviewDialog as a user would (no modal
// exec): plan, Simulate (nothing written), the protected name gate, Apply (only the picked item
// changes, a backup is written), and "Restore this backup" (the change is undone).
#include "appcontroller.h"
#include "compareitemsmodel.h"
#include "comparison.h"
#include "comparisonroles.h"
#include "connectionlistmodel.h"
#include "directusserver.h"
#include "directussynccli.h"
#include "folderside.h"
#include "httpdirectusclient.h"
#include "instanceside.h"
#include "mainwindow.h"
#include "memorytokenstore.h"
#include "profilestore.h"
#include "pushplanmodel.h"
#include "pushreviewdialog.h"
#include "restorepreparer.h"
#include "seeder.h"
#include "testenvironment.h"
#include "testrest.h"

#include "../unit/gittestsupport.h"

#include <QDir>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace syncstudio;
using namespace syncstudio::test;

class tst_PushReviewFlow final : public QObject
{
    Q_OBJECT

    TestEnvironment m_env;
    std::unique_ptr<DirectusServer> m_server;
    QTemporaryDir m_work;
    SeedIds m_ids;
    QString m_nameA; // flow A's name in the dump
    QString m_nameB;

    QString dump() const { return m_work.filePath(QStringLiteral("dump")); }

    QString flowName(const QString &id)
    {
        TestRest rest(m_server->url(), m_server->token());
        return rest.get(QStringLiteral("/flows/") + id)
            .data.toObject()
            .value(QStringLiteral("name"))
            .toString();
    }

    void rename(const QString &id, const QString &name)
    {
        TestRest rest(m_server->url(), m_server->token());
        const auto reply =
            rest.patch(QStringLiteral("/flows/") + id, QJsonObject{{QStringLiteral("name"), name}});
        QVERIFY2(reply.ok(), reply.body.constData());
    }

    // Waits for the dialog's run and returns its report.
    static PushReport waitForRun(QSignalSpy &spy)
    {
        if (spy.isEmpty() && !spy.wait(180000))
            return {};
        return spy.takeFirst().at(0).value<PushReport>();
    }

    template<typename T>
    static T *child(QObject *parent, const char *name)
    {
        return parent->findChild<T *>(QLatin1String(name));
    }

    // The dump (left) compared with the instance behind client (right).
    ComparisonOutcome compare(DirectusClient *client) const
    {
        FolderSide source(dump(), QStringLiteral("dump"));
        InstanceSide target(client, QStringLiteral("Test target"));
        Comparison comparison;
        QSignalSpy compared(&comparison, &Comparison::finished);
        comparison.start(&source, &target);
        if (!compared.wait(180000))
            return {};
        return compared.at(0).at(0).value<ComparisonOutcome>();
    }

    // SyncID -> the flow's name in the dump, for every changed flow.
    static QHash<QString, QString> changedFlows(const ComparisonOutcome &outcome)
    {
        QHash<QString, QString> result;
        for (const ItemComparison &item : outcome.result.items) {
            if (item.collection == QLatin1String("flows") && item.status == ItemStatus::Changed)
                result.insert(item.syncId, item.name);
        }
        return result;
    }

    // The row of the item with that name in the item list; -1 when there is none.
    static int rowNamed(const CompareItemsModel *items, const QString &name)
    {
        for (int row = 0; row < items->rowCount(); ++row) {
            if (items->index(row, ItemColumns::NameColumn).data().toString() == name)
                return row;
        }
        return -1;
    }

    static PushReviewRequest reviewRequest(const ComparisonOutcome &outcome,
                                           const QList<ItemRef> &items, bool isProtected)
    {
        PushReviewRequest request;
        request.compare = outcome.result;
        request.selection.items = items;
        request.selection.withDependencies = true;
        request.target.name = QStringLiteral("Test target");
        request.target.isProtected = isProtected;
        request.target.mappingRows = outcome.target.mappingRows;
        request.target.placeholders = outcome.target.placeholders;
        request.sourceName = QStringLiteral("dump");
        request.sourceSchema = outcome.source.snapshot.schema;
        return request;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ComparisonOutcome>();
        qRegisterMetaType<SideReadResult>();
        qRegisterMetaType<PushReport>();
        QString error;
        m_server = DirectusServer::start({}, &error);
        QVERIFY2(m_server, qPrintable(error));
        TestRest rest(m_server->url(), m_server->token());
        QVERIFY2(Seeder::seedRich(rest, false, &m_ids, &error), qPrintable(error));
        const auto pull = DirectusSyncCli::run(
            QStringLiteral("pull"), m_server->url(), m_server->token(),
            {QStringLiteral("--dump-path"), dump(), QStringLiteral("--no-specs")});
        QVERIFY2(pull.ok(), qPrintable(pull.output));
        m_nameA = flowName(m_ids.flowA);
        m_nameB = flowName(m_ids.flowB);
        QVERIFY(!m_nameA.isEmpty() && !m_nameB.isEmpty());
        // Two flows drift away from the dump; only one will be picked.
        rename(m_ids.flowA, QStringLiteral("Renamed on the server A"));
        rename(m_ids.flowB, QStringLiteral("Renamed on the server B"));
    }

    void simulateApplyAndRestore()
    {
        HttpDirectusClient client(m_server->url(), Credentials::fromToken(m_server->token()));
        const ComparisonOutcome outcome = compare(&client);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        const QHash<QString, QString> changed = changedFlows(outcome);
        QCOMPARE(changed.size(), 2);
        const QString syncIdA = changed.key(m_nameA);
        QVERIFY(!syncIdA.isEmpty());
        const PushReviewRequest request =
            reviewRequest(outcome, {{QStringLiteral("flows"), syncIdA}}, true);

        PushReviewDialog dialog(&client, request);
        const QString backup = m_work.filePath(QStringLiteral("backup-1"));
        dialog.setBackupFolder(backup);
        dialog.show();
        QSignalSpy runs(&dialog, &PushReviewDialog::runFinished);

        dialog.startPlanning();
        QCOMPARE(dialog.state(), PushReviewDialog::State::Planning);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.state(), PushReviewDialog::State::Ready, 120000);
        const PushPlan &plan = dialog.planModel()->plan();
        QVERIFY2(plan.canApply(), qPrintable(plan.errors.join(u'\n')));
        QVERIFY(!plan.isEmpty());
        bool updatesA = false;
        for (const PlanStep &step : plan.steps) {
            QVERIFY2(step.item.collection != QLatin1String("flows") || step.item.syncId == syncIdA,
                     qPrintable(step.summary)); // flow B was not picked
            updatesA = updatesA || (step.kind == PlanStep::Kind::Update &&
                                    step.item == ItemRef{QStringLiteral("flows"), syncIdA});
        }
        QVERIFY2(updatesA, qPrintable(plan.describe()));

        // Simulate: only reads, every step "simulated", nothing changed.
        auto *simulateButton = child<QPushButton>(&dialog, "simulateButton");
        QVERIFY(simulateButton->isEnabled());
        QTest::mouseClick(simulateButton, Qt::LeftButton);
        const PushReport simulated = waitForRun(runs);
        QVERIFY2(simulated.ok, qPrintable(simulated.error));
        QVERIFY(simulated.simulated);
        QVERIFY(simulated.backupFolder.isEmpty());
        for (int row = 0; row < dialog.planModel()->rowCount(); ++row)
            QCOMPARE(dialog.planModel()->stateAt(row), StepResult::State::Simulated);
        QCOMPARE(flowName(m_ids.flowA), QStringLiteral("Renamed on the server A"));
        QVERIFY(!QFileInfo::exists(backup));

        // Protected: Apply only once the exact name is typed.
        auto *applyButton = child<QPushButton>(&dialog, "applyButton");
        QVERIFY(!applyButton->isEnabled());
        QTest::mouseClick(applyButton, Qt::LeftButton);
        QCOMPARE(runs.size(), 0);
        auto *confirm = child<QLineEdit>(&dialog, "confirmEdit");
        QTest::keyClicks(confirm, QStringLiteral("Test target"));
        QVERIFY(applyButton->isEnabled());
        QTest::mouseClick(applyButton, Qt::LeftButton);
        QCOMPARE(dialog.state(), PushReviewDialog::State::Running);
        const PushReport applied = waitForRun(runs);
        QVERIFY2(applied.ok, qPrintable(applied.error + u'\n' + applied.driftItems.join(u'\n')));
        QVERIFY(!applied.simulated);
        QCOMPARE(applied.count(StepResult::State::Done), int(plan.steps.size()));
        QCOMPARE(dialog.planModel()->stateAt(0), StepResult::State::Done);

        // Exactly the picked flow came back to the dump's value.
        QCOMPARE(flowName(m_ids.flowA), m_nameA);
        QCOMPARE(flowName(m_ids.flowB), QStringLiteral("Renamed on the server B"));
        QCOMPARE(applied.backupFolder, backup);
        QVERIFY(QFileInfo::exists(backup + QStringLiteral("/backup.json")));
        QVERIFY(child<QPushButton>(&dialog, "openBackupButton")->isVisible());
        // The plan is spent: no second apply of the same plan.
        QVERIFY(!applyButton->isEnabled());
        QVERIFY(!simulateButton->isEnabled());

        // Restore this backup: planned, reviewed, confirmed with the name, applied.
        auto *restoreButton = child<QPushButton>(&dialog, "restoreButton");
        QVERIFY(restoreButton->isVisible() && restoreButton->isEnabled());
        QTest::mouseClick(restoreButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.state(), PushReviewDialog::State::Ready, 120000);
        QVERIFY(dialog.isRestore());
        const PushPlan &restorePlan = dialog.planModel()->plan();
        QVERIFY2(restorePlan.canApply(), qPrintable(restorePlan.errors.join(u'\n')));
        QVERIFY(!restorePlan.isEmpty());
        QVERIFY(!applyButton->isEnabled());
        QVERIFY(confirm->text().isEmpty());
        QTest::keyClicks(confirm, QStringLiteral("Test target"));
        QTest::mouseClick(applyButton, Qt::LeftButton);
        const PushReport restored = waitForRun(runs);
        QVERIFY2(restored.ok, qPrintable(restored.error + u'\n' + restorePlan.describe()));
        QCOMPARE(flowName(m_ids.flowA), QStringLiteral("Renamed on the server A"));
        QVERIFY(restored.backupFolder.startsWith(backup + QStringLiteral("-before-restore-")));
        QVERIFY(QFileInfo::exists(restored.backupFolder + QStringLiteral("/backup.json")));

        // Idle again: Esc closes.
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(rejected.size(), 1);
    }

    // The same through the app: a saved protected connection as the right side, Push Selected,
    // Apply, Close; the controller compares again and the pushed flow is identical now.
    void fromTheMainWindow()
    {
        QTemporaryDir dir;
        ProfileStore profiles(dir.filePath(QStringLiteral("connections.ini")));
        ConnectionProfile profile =
            ConnectionProfile::create(QStringLiteral("Test target"), m_server->url());
        profile.isProtected = true;
        profile.color = QStringLiteral("#d93f3f");
        profiles.save(profile);
        MemoryTokenStore keyring;
        QVERIFY(keyring.writeSync(profile.secretKey(), m_server->token()).ok());
        MemoryTokenStore fallback;
        MainWindow window;
        AppController controller(&window, &profiles, &keyring, &fallback,
                                 dir.filePath(QStringLiteral("settings.ini")));
        const int folderRow = controller.sidesModel()->addFolder(dump());
        window.setSides(folderRow, controller.sidesModel()->rowOf(profile.id));
        CompareItemsModel *items = controller.itemsModel();
        const auto statusOf = [items](const QString &name) {
            for (int row = 0; row < items->rowCount(); ++row) {
                if (items->index(row, ItemColumns::NameColumn).data().toString() == name)
                    return items->index(row, 0).data(ComparisonRoles::StatusRole).toInt();
            }
            return -1;
        };
        const auto rowOf = [items](const QString &name) {
            return rowNamed(items, name);
        };
        controller.compare();
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(m_nameA), int(DiffStatus::Changed), 180000);
        QCOMPARE(statusOf(m_nameB), int(DiffStatus::Changed));
        QVERIFY(items->setData(items->index(rowOf(m_nameA), 0), Qt::Checked, Qt::CheckStateRole));

        emit window.pushReviewRequested();
        PushReviewDialog *dialog = controller.pushReviewDialog();
        QVERIFY(dialog);
        QPointer<PushReviewDialog> guard(dialog);
        QSignalSpy runs(dialog, &PushReviewDialog::runFinished);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), PushReviewDialog::State::Ready, 120000);
        QVERIFY2(dialog->planModel()->plan().canApply(),
                 qPrintable(dialog->planModel()->plan().errors.join(u'\n')));
        dialog->setBackupFolder(m_work.filePath(QStringLiteral("backup-app")));
        QTest::keyClicks(child<QLineEdit>(dialog, "confirmEdit"), QStringLiteral("Test target"));
        QTest::mouseClick(child<QPushButton>(dialog, "applyButton"), Qt::LeftButton);
        const PushReport applied = waitForRun(runs);
        QVERIFY2(applied.ok, qPrintable(applied.error));
        QCOMPARE(flowName(m_ids.flowA), m_nameA);

        QTest::mouseClick(child<QPushButton>(dialog, "closeButton"), Qt::LeftButton);
        QTRY_VERIFY(guard.isNull()); // closed and deleted
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(m_nameA), int(DiffStatus::Identical), 180000);
        QCOMPARE(statusOf(m_nameB), int(DiffStatus::Changed));
    }

    // Cancel while the push runs: Esc and Close do nothing then; the Cancel button stops after
    // the step under way, and the report says which step was done and which skipped.
    void cancelBetweenSteps()
    {
        rename(m_ids.flowA, QStringLiteral("Renamed again A"));
        HttpDirectusClient client(m_server->url(), Credentials::fromToken(m_server->token()));
        const ComparisonOutcome outcome = compare(&client);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        const QHash<QString, QString> changed = changedFlows(outcome);
        QCOMPARE(changed.size(), 2);
        QList<ItemRef> picked;
        for (auto it = changed.cbegin(); it != changed.cend(); ++it)
            picked.append({QStringLiteral("flows"), it.key()});
        {
            // Esc while planning closes the review; the plan that arrives later is dropped.
            PushReviewDialog early(&client, reviewRequest(outcome, picked, false));
            early.show();
            QSignalSpy rejected(&early, &QDialog::rejected);
            early.startPlanning();
            QCOMPARE(early.state(), PushReviewDialog::State::Planning);
            QTest::keyClick(&early, Qt::Key_Escape);
            QCOMPARE(rejected.size(), 1);
            QVERIFY(!early.isVisible());
            QTest::qWait(3000);
            QCOMPARE(early.planModel()->stepCount(), 0);
        }
        PushReviewDialog dialog(&client, reviewRequest(outcome, picked, false));
        dialog.setBackupFolder(m_work.filePath(QStringLiteral("backup-cancel")));
        dialog.show();
        QSignalSpy runs(&dialog, &PushReviewDialog::runFinished);
        dialog.startPlanning();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.state(), PushReviewDialog::State::Ready, 120000);
        const int steps = dialog.planModel()->stepCount();
        QVERIFY2(steps >= 2, qPrintable(dialog.planModel()->plan().describe()));

        auto *cancelButton = child<QPushButton>(&dialog, "cancelButton");
        bool pressed = false;
        connect(dialog.planModel(), &QAbstractItemModel::dataChanged, &dialog,
                [&dialog, cancelButton, &pressed] {
                    if (!pressed && dialog.planModel()->stateAt(0) == StepResult::State::Done) {
                        pressed = true;
                        cancelButton->click();
                    }
                });
        QTest::mouseClick(child<QPushButton>(&dialog, "applyButton"), Qt::LeftButton);
        QCOMPARE(dialog.state(), PushReviewDialog::State::Running);
        QVERIFY(cancelButton->isVisible());
        QVERIFY(!child<QPushButton>(&dialog, "closeButton")->isEnabled());
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.state(), PushReviewDialog::State::Running);

        const PushReport report = waitForRun(runs);
        QVERIFY(pressed);
        QVERIFY2(report.canceled, qPrintable(report.error));
        QCOMPARE(report.count(StepResult::State::Done), 1);
        QCOMPARE(dialog.planModel()->stateAt(0), StepResult::State::Done);
        for (int row = 1; row < steps; ++row)
            QCOMPARE(dialog.planModel()->stateAt(row), StepResult::State::Skipped);
        const QString summary = child<QLabel>(&dialog, "reportLabel")->text();
        QVERIFY2(summary.contains(QStringLiteral("Cancelled")), qPrintable(summary));
        // Exactly one of the two flows is back to the dump's name.
        const int back =
            int(flowName(m_ids.flowA) == m_nameA) + int(flowName(m_ids.flowB) == m_nameB);
        QCOMPARE(back, 1);
        QVERIFY(child<QPushButton>(&dialog, "closeButton")->isEnabled());
    }

    // A dump folder at a git revision (a picker entry from the history) is the source of the
    // push review: the flow renamed on the server goes back to its committed name.
    void fromAGitRevision()
    {
        const QString root = m_work.filePath(QStringLiteral("repo"));
        const QString folder = root + QStringLiteral("/config");
        QVERIFY(test::copyTree(dump(), folder));
        const QStringList identity = {
            QStringLiteral("-c"), QStringLiteral("user.name=Ada"),
            QStringLiteral("-c"), QStringLiteral("user.email=ada@example.com"),
            QStringLiteral("-c"), QStringLiteral("commit.gpgSign=false")};
        QCOMPARE(test::runGit(root, {QStringLiteral("init"), QStringLiteral("-q")}).exitCode, 0);
        QCOMPARE(test::runGit(root, {QStringLiteral("add"), QStringLiteral(".")}).exitCode, 0);
        QCOMPARE(test::runGit(root,
                              identity + QStringList{QStringLiteral("commit"),
                                                     QStringLiteral("-qm"), QStringLiteral("pull")})
                     .exitCode,
                 0);
        const QString commit =
            test::runGit(root, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}).out;
        // The working tree moves on; the revision does not.
        QVERIFY(QDir(folder + QStringLiteral("/collections")).removeRecursively());
        rename(m_ids.flowB, QStringLiteral("Renamed after the commit"));

        QTemporaryDir dir;
        ProfileStore profiles(dir.filePath(QStringLiteral("connections.ini")));
        const ConnectionProfile profile =
            ConnectionProfile::create(QStringLiteral("Test target"), m_server->url());
        profiles.save(profile);
        MemoryTokenStore keyring;
        QVERIFY(keyring.writeSync(profile.secretKey(), m_server->token()).ok());
        MainWindow window;
        AppController controller(&window, &profiles, &keyring, nullptr,
                                 dir.filePath(QStringLiteral("settings.ini")));
        const int revisionRow = controller.sidesModel()->addRevision(folder, commit);
        window.setSides(revisionRow, controller.sidesModel()->rowOf(profile.id));
        CompareItemsModel *items = controller.itemsModel();
        const auto rowOf = [items](const QString &name) {
            return rowNamed(items, name);
        };
        controller.compare();
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(m_nameB) >= 0, 180000);
        const int row = rowOf(m_nameB);
        QCOMPARE(items->index(row, 0).data(ComparisonRoles::StatusRole).toInt(),
                 int(DiffStatus::Changed));
        QVERIFY(items->setData(items->index(row, 0), Qt::Checked, Qt::CheckStateRole));

        emit window.pushReviewRequested();
        PushReviewDialog *dialog = controller.pushReviewDialog();
        QVERIFY(dialog);
        QSignalSpy runs(dialog, &PushReviewDialog::runFinished);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), PushReviewDialog::State::Ready, 120000);
        QVERIFY2(dialog->planModel()->plan().canApply(),
                 qPrintable(dialog->planModel()->plan().errors.join(u'\n')));
        dialog->setBackupFolder(m_work.filePath(QStringLiteral("backup-revision")));
        QTest::mouseClick(child<QPushButton>(dialog, "applyButton"), Qt::LeftButton);
        const PushReport applied = waitForRun(runs);
        QVERIFY2(applied.ok, qPrintable(applied.error));
        QCOMPARE(flowName(m_ids.flowB), m_nameB);
        QTest::mouseClick(child<QPushButton>(dialog, "closeButton"), Qt::LeftButton);
    }
};

QTEST_MAIN(tst_PushReviewFlow)
#include "tst_pushreviewflow.moc"
