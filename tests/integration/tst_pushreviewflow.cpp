// The GUI push review against a real Directus 11.3.5: compare a directus-sync dump folder with
// the instance, pick one changed flow, then drive PushReviewDialog as a user would (no modal
// exec): plan, Simulate (nothing written), the protected name gate, Apply (only the picked item
// changes, a backup is written), and "Restore this backup" (the change is undone). File ▸
// Export… with "Track them first" writes the mapping rows through the same review.
#include "appcontroller.h"
#include "compareitemsmodel.h"
#include "comparison.h"
#include "comparisonroles.h"
#include "comparisonview.h"
#include "connectionlistmodel.h"
#include "directusserver.h"
#include "directussynccli.h"
#include "exportdialog.h"
#include "filterbar.h"
#include "folderside.h"
#include "httpdirectusclient.h"
#include "instanceside.h"
#include "itemfilterproxymodel.h"
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

#include <QAction>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
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
    int m_backups = 0;

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

    // The app with a saved protected connection to the server (token in a memory keyring) on
    // one side and the dump folder on the other; nullptr when the token could not be stored.
    struct App
    {
        QTemporaryDir dir;
        ProfileStore profiles{dir.filePath(QStringLiteral("connections.ini"))};
        MemoryTokenStore keyring;
        MemoryTokenStore fallback;
        MainWindow window;
        std::unique_ptr<AppController> controller;
    };
    std::unique_ptr<App> makeApp(const QString &name, bool instanceLeft) const
    {
        auto app = std::make_unique<App>();
        ConnectionProfile profile = ConnectionProfile::create(name, m_server->url());
        profile.isProtected = true;
        profile.color = QStringLiteral("#d93f3f");
        app->profiles.save(profile);
        if (!app->keyring.writeSync(profile.secretKey(), m_server->token()).ok())
            return nullptr;
        app->controller = std::make_unique<AppController>(
            &app->window, &app->profiles, &app->keyring, &app->fallback,
            app->dir.filePath(QStringLiteral("settings.ini")));
        const int folder = app->controller->sidesModel()->addFolder(dump());
        const int instance = app->controller->sidesModel()->rowOf(profile.id);
        app->window.setSides(instanceLeft ? instance : folder, instanceLeft ? folder : instance);
        return app;
    }

    // The item list row whose ItemKeyRole is key ("flows/<syncId>", "roles/#<localId>").
    static int rowOfKey(const CompareItemsModel *items, const QString &key)
    {
        for (int row = 0; row < items->rowCount(); ++row) {
            if (items->index(row, 0).data(ComparisonRoles::ItemKeyRole).toString() == key)
                return row;
        }
        return -1;
    }

    static int statusOfKey(const CompareItemsModel *items, const QString &key)
    {
        const int row = rowOfKey(items, key);
        return row < 0 ? -1 : items->index(row, 0).data(ComparisonRoles::StatusRole).toInt();
    }

    // The SyncID of an item on the server (its mapping row); empty when untracked.
    QString syncIdOf(const QString &table, const QString &localId) const
    {
        TestRest rest(m_server->url(), m_server->token());
        const auto reply = rest.get(
            QStringLiteral("/directus-extension-sync/table/%1/local_id/%2").arg(table, localId));
        if (!reply.ok())
            return {};
        return QJsonDocument::fromJson(reply.body)
            .object()
            .value(QStringLiteral("sync_id"))
            .toString();
    }

    // The review the controller opened: waits for its plan, types the protected name, applies,
    // closes it and waits until the controller compared again. The plan lands in *plan.
    void applyOpenReview(AppController &controller, const QString &name, PushPlan *plan)
    {
        QTRY_VERIFY_WITH_TIMEOUT(controller.pushReviewDialog(), 120000);
        PushReviewDialog *dialog = controller.pushReviewDialog();
        QPointer<PushReviewDialog> guard(dialog);
        QSignalSpy runs(dialog, &PushReviewDialog::runFinished);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), PushReviewDialog::State::Ready, 120000);
        *plan = dialog->planModel()->plan();
        QVERIFY2(plan->canApply() && !plan->isEmpty(),
                 qPrintable(plan->errors.join(u'\n') + plan->describe()));
        dialog->setBackupFolder(m_work.filePath(QStringLiteral("backup-%1").arg(++m_backups)));
        auto *apply = child<QPushButton>(dialog, "applyButton");
        QVERIFY(!apply->isEnabled()); // protected: the name first
        QTest::keyClicks(child<QLineEdit>(dialog, "confirmEdit"), name);
        QTest::mouseClick(apply, Qt::LeftButton);
        const PushReport applied = waitForRun(runs);
        QVERIFY2(applied.ok, qPrintable(applied.error + u'\n' + applied.driftItems.join(u'\n')));
        QCOMPARE(applied.count(StepResult::State::Done), int(plan->steps.size()));
        QTest::mouseClick(child<QPushButton>(dialog, "closeButton"), Qt::LeftButton);
        QTRY_VERIFY(guard.isNull());
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
        const std::unique_ptr<App> app = makeApp(QStringLiteral("Test target"), false);
        QVERIFY(app);
        MainWindow &window = app->window;
        AppController &controller = *app->controller;
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

    // The instance on the LEFT, the dump on the right: Push ← plans from the right side's view
    // and changes exactly the picked flow on the left; then Track, Untrack and Adopt from the
    // item list, each through the review, each checked in directus_sync_id_map over REST, and
    // the next comparison shows the result (adopt pairs the role with the dump's).
    void leftInstanceFromTheMainWindow()
    {
        TestRest rest(m_server->url(), m_server->token());
        rename(m_ids.flowA, QStringLiteral("Left A"));
        rename(m_ids.flowB, QStringLiteral("Left B"));
        const auto created =
            rest.post(QStringLiteral("/roles"),
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("Adoptee")}});
        QVERIFY2(created.ok(), created.body.constData());
        const QString adoptee = created.data.toObject().value(QStringLiteral("id")).toString();
        const QString syncA = syncIdOf(QStringLiteral("flows"), m_ids.flowA);
        const QString syncB = syncIdOf(QStringLiteral("flows"), m_ids.flowB);
        const QString junior = syncIdOf(QStringLiteral("roles"), m_ids.juniorRole);
        QVERIFY(!syncA.isEmpty() && !syncB.isEmpty() && !junior.isEmpty());
        QVERIFY(syncIdOf(QStringLiteral("roles"), adoptee).isEmpty());

        const std::unique_ptr<App> app = makeApp(QStringLiteral("Test left"), true);
        QVERIFY(app);
        MainWindow &window = app->window;
        AppController &controller = *app->controller;
        CompareItemsModel *items = controller.itemsModel();
        const QString flowA = QStringLiteral("flows/") + syncA;
        const QString flowB = QStringLiteral("flows/") + syncB;
        controller.compare();
        QTRY_COMPARE_WITH_TIMEOUT(statusOfKey(items, flowA), int(DiffStatus::Changed), 180000);
        QCOMPARE(statusOfKey(items, flowB), int(DiffStatus::Changed));

        // Push ←: the left is the instance, the right a folder.
        auto *pushLeft = window.findChild<QAction *>(QStringLiteral("reviewPushLeftAction"));
        auto *push = window.findChild<QAction *>(QStringLiteral("reviewPushAction"));
        QVERIFY(items->setData(items->index(rowOfKey(items, flowA), 0), Qt::Checked,
                               Qt::CheckStateRole));
        QTRY_VERIFY(pushLeft->isEnabled());
        QVERIFY(!push->isEnabled());
        pushLeft->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(controller.pushReviewDialog(), 120000);
        QVERIFY(child<QLabel>(controller.pushReviewDialog(), "targetLabel")
                    ->text()
                    .contains(QStringLiteral("Test left")));
        PushPlan plan;
        applyOpenReview(controller, QStringLiteral("Test left"), &plan);
        if (QTest::currentTestFailed())
            return;
        for (const PlanStep &step : plan.steps)
            QVERIFY2(step.item.collection != QLatin1String("flows") || step.item.syncId == syncA,
                     qPrintable(plan.describe()));
        QCOMPARE(flowName(m_ids.flowA), m_nameA); // the dump's name, written on the left
        QCOMPARE(flowName(m_ids.flowB), QStringLiteral("Left B"));
        QTRY_COMPARE_WITH_TIMEOUT(statusOfKey(items, flowA), int(DiffStatus::Identical), 180000);
        QCOMPARE(statusOfKey(items, flowB), int(DiffStatus::Changed));

        // Track the untracked role: the server gives it a SyncID.
        const QString untrackedKey = QStringLiteral("roles/#") + adoptee;
        QCOMPARE(statusOfKey(items, untrackedKey), int(DiffStatus::Untracked));
        auto *track = window.findChild<QAction *>(QStringLiteral("trackAction"));
        auto *untrack = window.findChild<QAction *>(QStringLiteral("untrackAction"));
        auto *adopt = window.findChild<QAction *>(QStringLiteral("adoptAction"));
        window.comparisonView()->selectItem(
            items->index(rowOfKey(items, untrackedKey), ItemColumns::NameColumn));
        QVERIFY2(track->isEnabled(), qPrintable(track->toolTip()));
        QVERIFY(!untrack->isEnabled());
        QVERIFY2(!adopt->isEnabled(), qPrintable(adopt->toolTip())); // no role only on the right
        track->trigger();
        applyOpenReview(controller, QStringLiteral("Test left"), &plan);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(plan.steps.size(), 1);
        QCOMPARE(plan.steps.first().kind, PlanStep::Kind::CreateMapping);
        const QString given = syncIdOf(QStringLiteral("roles"), adoptee);
        QVERIFY(!given.isEmpty());
        const QString trackedKey = QStringLiteral("roles/") + given;
        QTRY_COMPARE_WITH_TIMEOUT(statusOfKey(items, trackedKey), int(DiffStatus::OnlyLeft),
                                  180000);
        QCOMPARE(rowOfKey(items, untrackedKey), -1);

        // Untrack it again: the row goes, the role stays.
        window.comparisonView()->selectItem(
            items->index(rowOfKey(items, trackedKey), ItemColumns::NameColumn));
        QVERIFY2(untrack->isEnabled(), qPrintable(untrack->toolTip()));
        QVERIFY(!track->isEnabled());
        untrack->trigger();
        applyOpenReview(controller, QStringLiteral("Test left"), &plan);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(plan.steps.first().kind, PlanStep::Kind::DeleteMapping);
        QVERIFY(syncIdOf(QStringLiteral("roles"), adoptee).isEmpty());
        QVERIFY(rest.get(QStringLiteral("/roles/") + adoptee).ok());
        QTRY_COMPARE_WITH_TIMEOUT(statusOfKey(items, untrackedKey), int(DiffStatus::Untracked),
                                  180000);

        // Adopt: untrack the junior role, then let it take the dump's SyncID back.
        const QString juniorKey = QStringLiteral("roles/") + junior;
        const QString juniorUntracked = QStringLiteral("roles/#") + m_ids.juniorRole;
        // The junior role is identical on both sides: show identical items, as the user would.
        window.comparisonView()->filterBar()->setStatusChecked(DiffStatus::Identical, true);
        window.comparisonView()->filterModel()->setStatusVisible(DiffStatus::Identical, true);
        window.comparisonView()->selectItem(
            items->index(rowOfKey(items, juniorKey), ItemColumns::NameColumn));
        QVERIFY2(untrack->isEnabled(), qPrintable(untrack->toolTip()));
        untrack->trigger();
        applyOpenReview(controller, QStringLiteral("Test left"), &plan);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(syncIdOf(QStringLiteral("roles"), m_ids.juniorRole).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(statusOfKey(items, juniorUntracked), int(DiffStatus::Untracked),
                                  180000);
        QCOMPARE(statusOfKey(items, juniorKey), int(DiffStatus::OnlyRight));
        window.comparisonView()->selectItem(
            items->index(rowOfKey(items, juniorUntracked), ItemColumns::NameColumn));
        QVERIFY2(adopt->isEnabled(), qPrintable(adopt->toolTip()));
        adopt->trigger(); // one same-named role on the right: no question asked
        QTRY_VERIFY_WITH_TIMEOUT(controller.pushReviewDialog(), 10000);
        QVERIFY(
            child<QLabel>(controller.pushReviewDialog(), "titleLabel")->text().contains(junior));
        applyOpenReview(controller, QStringLiteral("Test left"), &plan);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(syncIdOf(QStringLiteral("roles"), m_ids.juniorRole), junior);
        // The next comparison pairs them again.
        QTRY_COMPARE_WITH_TIMEOUT(statusOfKey(items, juniorKey), int(DiffStatus::Identical),
                                  180000);
        QCOMPARE(rowOfKey(items, juniorUntracked), -1);
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

    // File ▸ Export… of the instance (left) with "Track them first": the review writes a
    // mapping row per untracked item (protected name typed), the side is read again and the
    // dump has the new role with its SyncID.
    void trackThenExport()
    {
        TestRest rest(m_server->url(), m_server->token());
        const auto created =
            rest.post(QStringLiteral("/roles"),
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("Exported later")}});
        QVERIFY2(created.ok(), created.body.constData());
        const QString role = created.data.toObject().value(QStringLiteral("id")).toString();
        QVERIFY(syncIdOf(QStringLiteral("roles"), role).isEmpty());

        const std::unique_ptr<App> app = makeApp(QStringLiteral("Test export"), true);
        QVERIFY(app);
        AppController &controller = *app->controller;
        CompareItemsModel *items = controller.itemsModel();
        controller.compare();
        QTRY_COMPARE_WITH_TIMEOUT(statusOfKey(items, QStringLiteral("roles/#") + role),
                                  int(DiffStatus::Untracked), 180000);

        controller.exportShownSide();
        ExportDialog *dialog = controller.exportDialog();
        QVERIFY(dialog);
        QVERIFY2(dialog->untrackedText().contains(QStringLiteral("roles ")),
                 qPrintable(dialog->untrackedText()));
        auto *trackFirst = child<QRadioButton>(dialog, "trackFirst");
        QVERIFY2(trackFirst->isEnabled(), qPrintable(trackFirst->toolTip()));
        const QString folder = m_work.filePath(QStringLiteral("exported"));
        dialog->setFolder(folder);
        dialog->setTrackFirst(true);
        dialog->startExport();
        QVERIFY(dialog->isTracking());
        PushPlan plan;
        applyOpenReview(controller, QStringLiteral("Test export"), &plan);
        if (QTest::currentTestFailed())
            return;
        for (const PlanStep &step : plan.steps)
            QCOMPARE(step.kind, PlanStep::Kind::CreateMapping);
        const QString given = syncIdOf(QStringLiteral("roles"), role);
        QVERIFY(!given.isEmpty());

        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 180000);
        QVERIFY2(dialog->outcomeText().startsWith(QStringLiteral("Tracked ")),
                 qPrintable(dialog->outcomeText()));
        QVERIFY(dialog->untrackedText().isEmpty());
        QFile roles(folder + QStringLiteral("/collections/roles.json"));
        QVERIFY(roles.open(QIODevice::ReadOnly));
        const QByteArray written = roles.readAll();
        const QByteArray entry = QByteArray("\"_syncId\": \"") + given.toUtf8() + '"';
        QVERIFY2(written.contains(entry), written.constData());
        QVERIFY(written.contains("Exported later"));
        // The main window shows the new read too: the role is tracked there now.
        QCOMPARE(statusOfKey(items, QStringLiteral("roles/#") + role), -1);
    }
};

QTEST_MAIN(tst_PushReviewFlow)
#include "tst_pushreviewflow.moc"
