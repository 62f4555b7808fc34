// The push review dialog with a given plan and report (no server): Apply is gated by errors and,
// on a protected target, by typing its exact name; Enter never applies; Esc closes when idle;
// the report shows per-step states, the summary, drift errors and the backup folder.
#include "pushplanmodel.h"
#include "pushreviewdialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace syncstudio;

namespace {

PushPlan samplePlan()
{
    PushPlan plan;
    for (int i = 1; i <= 3; ++i) {
        PlanStep step;
        step.number = i;
        step.kind = i == 3 ? PlanStep::Kind::Delete : PlanStep::Kind::Update;
        step.item = {u"roles"_qs, QStringLiteral("r%1").arg(i)};
        step.name = QStringLiteral("Role %1").arg(i);
        step.summary = step.name;
        step.request.method = i == 3 ? "DELETE" : "PATCH";
        step.request.path = QStringLiteral("/roles/%1").arg(i);
        plan.steps.append(step);
    }
    plan.deleteCount = 1;
    plan.warnings = {u"1 item(s) will be deleted on the target."_qs};
    return plan;
}

PushReviewRequest request(bool isProtected)
{
    PushReviewRequest r;
    r.sourceName = u"Staging"_qs;
    r.target.name = u"Production"_qs;
    r.target.isProtected = isProtected;
    r.targetColor = u"#d93f3f"_qs;
    r.selection.items = {{u"roles"_qs, u"r1"_qs}, {u"roles"_qs, u"r2"_qs}, {u"roles"_qs, u"r3"_qs}};
    return r;
}

template<typename T>
T *child(QObject *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget)
        qWarning("no child %s", name);
    return widget;
}

StepResult result(int number, StepResult::State state)
{
    StepResult r;
    r.number = number;
    r.state = state;
    return r;
}

} // namespace

class tst_PushReviewDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsThePlan()
    {
        PushReviewDialog dialog(nullptr, request(false));
        dialog.setPlan(samplePlan());
        QCOMPARE(dialog.state(), PushReviewDialog::State::Ready);
        QCOMPARE(dialog.planModel()->rowCount(), 3);
        QVERIFY(child<QLabel>(&dialog, "titleLabel")->text().contains(u"Production"_qs));
        QVERIFY(child<QLabel>(&dialog, "titleLabel")->text().contains(u"Staging"_qs));
        const QString counts = child<QLabel>(&dialog, "countsLabel")->text();
        QVERIFY2(counts.contains(u"3 step"_qs) && counts.contains(u"1 delete"_qs),
                 qPrintable(counts));
        auto *messages = child<QListWidget>(&dialog, "messages");
        QCOMPARE(messages->count(), 1);
        QVERIFY(messages->item(0)->text().contains(u"deleted"_qs));
        QVERIFY(child<QPushButton>(&dialog, "simulateButton")->isEnabled());
        QVERIFY(child<QPushButton>(&dialog, "applyButton")->isEnabled());
        // Not protected: no name to type.
        QVERIFY(child<QWidget>(&dialog, "confirmEdit")->isHidden() ||
                !child<QWidget>(&dialog, "confirmEdit")->parentWidget()->isVisibleTo(&dialog));
    }

    // Track / untrack / adopt come as a ready plan: no planning, no push options, their own
    // title, the protected name gate as for a push, and no backup (only mapping rows change).
    void readyMappingPlan()
    {
        PushReviewRequest r = request(true);
        r.selection = {};
        r.title = u"Track “Editor” on Production"_qs;
        PushPlan plan;
        PlanStep step;
        step.number = 1;
        step.kind = PlanStep::Kind::CreateMapping;
        step.item = {u"roles"_qs, QString()};
        step.localId = u"7"_qs;
        step.summary = u"Track roles 7"_qs;
        step.request = ApiRequest::write("POST", u"/directus-extension-sync/table/roles"_qs, "{}");
        plan.steps.append(step);
        r.plan = plan;
        PushReviewDialog dialog(nullptr, r);
        dialog.show();
        dialog.startPlanning();
        QCOMPARE(dialog.state(), PushReviewDialog::State::Ready);
        QCOMPARE(dialog.planModel()->rowCount(), 1);
        QCOMPARE(child<QLabel>(&dialog, "titleLabel")->text(), r.title);
        QVERIFY(!child<QCheckBox>(&dialog, "withDependencies")->isVisible());
        QVERIFY(!child<QCheckBox>(&dialog, "allowDelete")->isVisible());
        QVERIFY(!dialog.planModel()->index(0, 0).data(PushPlanModel::DependencyRole).toBool());
        const QString backup = child<QLabel>(&dialog, "backupLabel")->text();
        QVERIFY2(backup.contains(u"no backup"_qs), qPrintable(backup));
        QVERIFY(dialog.canSimulate());
        QVERIFY(!dialog.canApply()); // protected: the name first
        QTest::keyClicks(child<QLineEdit>(&dialog, "confirmEdit"), u"Production"_qs);
        QVERIFY(dialog.canApply());
    }

    void errorsDisableApply()
    {
        PushReviewDialog dialog(nullptr, request(false));
        PushPlan plan = samplePlan();
        plan.errors = {u"roles/x is not an item of the comparison."_qs};
        dialog.setPlan(plan);
        QVERIFY(!dialog.canApply());
        QVERIFY(!child<QPushButton>(&dialog, "applyButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, "simulateButton")->isEnabled());
        auto *messages = child<QListWidget>(&dialog, "messages");
        QCOMPARE(messages->count(), 2);
        // Errors come first.
        QCOMPARE(messages->item(0)->text(), plan.errors.constFirst());
    }

    void emptyPlanHasNothingToApply()
    {
        PushReviewDialog dialog(nullptr, request(false));
        dialog.setPlan(PushPlan());
        QVERIFY(!dialog.canApply());
        QVERIFY(!dialog.canSimulate());
        QVERIFY(child<QLabel>(&dialog, "countsLabel")->text().contains(u"Nothing"_qs));
    }

    void protectedTargetNeedsItsExactName()
    {
        PushReviewDialog dialog(nullptr, request(true));
        PushPlan plan = samplePlan();
        plan.needsConfirmation = true;
        dialog.setPlan(plan);
        dialog.show();
        auto *apply = child<QPushButton>(&dialog, "applyButton");
        auto *confirm = child<QLineEdit>(&dialog, "confirmEdit");
        QVERIFY(confirm->isVisible());
        QVERIFY(child<QLabel>(&dialog, "targetLabel")->text().contains(u"protected"_qs));
        QVERIFY(!apply->isEnabled());
        // Simulate sends only reads: no name needed.
        QVERIFY(child<QPushButton>(&dialog, "simulateButton")->isEnabled());

        QTest::keyClicks(confirm, u"production"_qs); // wrong case
        QVERIFY(!apply->isEnabled());
        confirm->clear();
        QTest::keyClicks(confirm, u"Production "_qs); // trailing space
        QVERIFY(!apply->isEnabled());
        confirm->clear();
        QTest::keyClicks(confirm, u"Production"_qs);
        QVERIFY(apply->isEnabled());
        QVERIFY(dialog.canApply());
        confirm->clear();
        QVERIFY(!apply->isEnabled());
    }

    void enterNeverApplies()
    {
        PushReviewDialog dialog(nullptr, request(true));
        dialog.setPlan(samplePlan());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *apply = child<QPushButton>(&dialog, "applyButton");
        for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
            QVERIFY2(!button->isDefault(), qPrintable(button->objectName()));
            QVERIFY2(!button->autoDefault(), qPrintable(button->objectName()));
        }
        QSignalSpy clicked(apply, &QPushButton::clicked);
        auto *confirm = child<QLineEdit>(&dialog, "confirmEdit");
        confirm->setFocus();
        QTest::keyClicks(confirm, u"Production"_qs);
        QVERIFY(apply->isEnabled());
        QTest::keyClick(confirm, Qt::Key_Return);
        apply->setFocus();
        QTest::keyClick(apply, Qt::Key_Enter);
        QCOMPARE(clicked.size(), 0);
        QCOMPARE(dialog.state(), PushReviewDialog::State::Ready);
        QVERIFY(dialog.isVisible());
    }

    void escClosesWhenIdle()
    {
        PushReviewDialog dialog(nullptr, request(false));
        dialog.setPlan(samplePlan());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(rejected.size(), 1);
        QVERIFY(!dialog.isVisible());
    }

    void reportOfASuccessfulApply()
    {
        PushReviewDialog dialog(nullptr, request(false));
        dialog.setPlan(samplePlan());
        PushReport report;
        report.ok = true;
        report.backupFolder = u"/tmp/backups/Production-20260101-120000-000"_qs;
        report.steps = {result(1, StepResult::State::Done), result(2, StepResult::State::Done),
                        result(3, StepResult::State::Done)};
        dialog.show();
        dialog.showReport(report);
        QCOMPARE(dialog.state(), PushReviewDialog::State::Finished);
        const QString summary = child<QLabel>(&dialog, "reportLabel")->text();
        QVERIFY2(summary.contains(u"Applied 3 step"_qs), qPrintable(summary));
        QVERIFY(child<QLabel>(&dialog, "backupLabel")->text().contains(report.backupFolder));
        QVERIFY(child<QPushButton>(&dialog, "openBackupButton")->isVisible());
        QVERIFY(child<QPushButton>(&dialog, "restoreButton")->isVisible());
        for (int row = 0; row < 3; ++row)
            QCOMPARE(dialog.planModel()->index(row, PushPlanModel::StateColumn).data().toString(),
                     u"done"_qs);
        // Finished and idle: Esc closes.
        QVERIFY(child<QPushButton>(&dialog, "closeButton")->isEnabled());
    }

    void reportOfAFailureAndASimulation()
    {
        PushReviewDialog dialog(nullptr, request(false));
        dialog.setPlan(samplePlan());
        dialog.show();
        PushReport failed;
        failed.error = u"Step 2 failed: HTTP 400 Invalid payload"_qs;
        failed.backupFolder = u"/tmp/b"_qs;
        failed.steps = {result(1, StepResult::State::Done), result(2, StepResult::State::Failed),
                        result(3, StepResult::State::Skipped)};
        dialog.showReport(failed);
        QCOMPARE(child<QLabel>(&dialog, "reportLabel")->text(), failed.error);
        QCOMPARE(child<QListWidget>(&dialog, "messages")->item(0)->text(), failed.error);
        QCOMPARE(dialog.planModel()->stateAt(1), StepResult::State::Failed);
        QCOMPARE(dialog.planModel()->stateAt(2), StepResult::State::Skipped);

        PushReport simulated;
        simulated.ok = true;
        simulated.simulated = true;
        simulated.steps = {result(1, StepResult::State::Simulated),
                           result(2, StepResult::State::Simulated),
                           result(3, StepResult::State::Simulated)};
        dialog.setPlan(samplePlan());
        dialog.showReport(simulated);
        QVERIFY(child<QLabel>(&dialog, "reportLabel")->text().contains(u"nothing was written"_qs));
        QVERIFY(!child<QPushButton>(&dialog, "openBackupButton")->isVisible());
        QVERIFY(!child<QPushButton>(&dialog, "restoreButton")->isVisible());
        // After a simulation the plan can still be applied.
        QVERIFY(dialog.canApply());
    }

    void driftIsShownAsErrors()
    {
        PushReviewDialog dialog(nullptr, request(false));
        dialog.setPlan(samplePlan());
        PushReport drift;
        drift.drift = true;
        drift.error = u"The target changed."_qs;
        drift.driftItems = {u"roles/r1: changed since the comparison"_qs,
                            u"roles/r2: deleted since the comparison"_qs};
        dialog.showReport(drift);
        auto *messages = child<QListWidget>(&dialog, "messages");
        QCOMPARE(messages->item(0)->text(), drift.driftItems.at(0));
        QCOMPARE(messages->item(1)->text(), drift.driftItems.at(1));
        QVERIFY(child<QLabel>(&dialog, "reportLabel")->text().contains(u"nothing was written"_qs));
    }

    void defaultBackupFolder()
    {
        const QDateTime when(QDate(2026, 3, 4), QTime(5, 6, 7, 89), Qt::UTC);
        const QString folder = PushReviewDialog::defaultBackupFolder(u"Prod / EU"_qs, when);
        QVERIFY2(folder.endsWith(u"/backups/Prod_EU-20260304-050607-089"_qs), qPrintable(folder));
        QVERIFY(folder.startsWith(
            QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)));
        QVERIFY(PushReviewDialog::defaultBackupFolder(u"../.."_qs, when)
                    .endsWith(u"/backups/target-20260304-050607-089"_qs));
        PushReviewDialog dialog(nullptr, request(false));
        dialog.setBackupFolder(u"/tmp/mine"_qs);
        QCOMPARE(dialog.backupFolder(), u"/tmp/mine"_qs);
    }

    void optionsMirrorTheSelection()
    {
        PushReviewRequest r = request(false);
        r.selection.withDependencies = true;
        PushReviewDialog dialog(nullptr, r);
        QVERIFY(child<QCheckBox>(&dialog, "withDependencies")->isChecked());
        QVERIFY(!child<QCheckBox>(&dialog, "allowDelete")->isChecked());
    }
};

QTEST_MAIN(tst_PushReviewDialog)
#include "tst_pushreviewdialog.moc"
