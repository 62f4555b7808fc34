// The push review's step model: plan order, one request child per step, dependency markers and
// the per-step state the executor reports, under QAbstractItemModelTester.
#include "pushplanmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace syncstudio;

namespace {

PlanStep step(int number, PlanStep::Kind kind, const QString &collection, const QString &syncId,
              const QString &name, const QByteArray &method, const QString &path)
{
    PlanStep s;
    s.number = number;
    s.kind = kind;
    s.item = {collection, syncId};
    s.name = name;
    s.summary = name;
    s.request.method = method;
    s.request.path = path;
    return s;
}

PushPlan samplePlan()
{
    PushPlan plan;
    plan.steps = {
        step(1, PlanStep::Kind::SchemaApply, u"schema"_qs, u"articles"_qs, QString(), "POST",
             u"/schema/apply"_qs),
        step(2, PlanStep::Kind::Create, u"flows"_qs, u"f1"_qs, u"On publish"_qs, "POST",
             u"/flows"_qs),
        step(3, PlanStep::Kind::Create, u"operations"_qs, u"o1"_qs, u"Check"_qs, "POST",
             u"/operations"_qs),
        step(4, PlanStep::Kind::Update, u"roles"_qs, u"r1"_qs, u"Editor"_qs, "PATCH",
             u"/roles/7"_qs),
        step(5, PlanStep::Kind::Delete, u"presets"_qs, u"p1"_qs, u"Old preset"_qs, "DELETE",
             u"/presets/3"_qs),
    };
    plan.steps[3].localId = u"7"_qs;
    return plan;
}

} // namespace

class tst_PushPlanModel final : public QObject
{
    Q_OBJECT

private slots:
    void emptyModel()
    {
        PushPlanModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(PushPlanModel::ColumnCount));
    }

    void stepsInPlanOrder()
    {
        PushPlanModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The operation was picked; its flow came along as a dependency.
        model.setPlan(
            samplePlan(),
            {{u"operations"_qs, u"o1"_qs}, {u"roles"_qs, u"r1"_qs}, {u"presets"_qs, u"p1"_qs}});
        QCOMPARE(model.rowCount(), 5);
        const auto text = [&model](int row, int column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(model.index(0, PushPlanModel::NumberColumn).data().toInt(), 1);
        QCOMPARE(text(0, PushPlanModel::ActionColumn), u"schema"_qs);
        QCOMPARE(text(0, PushPlanModel::SyncIdColumn), QString()); // a collection, no SyncID
        QCOMPARE(text(1, PushPlanModel::ActionColumn), u"create"_qs);
        QCOMPARE(text(1, PushPlanModel::CollectionColumn), u"flows"_qs);
        QCOMPARE(text(1, PushPlanModel::ItemColumn), u"On publish"_qs);
        QCOMPARE(text(1, PushPlanModel::SyncIdColumn), u"f1"_qs);
        QCOMPARE(text(3, PushPlanModel::ActionColumn), u"update"_qs);
        QCOMPARE(text(4, PushPlanModel::ActionColumn), u"delete"_qs);
        QVERIFY(model.index(3, PushPlanModel::SyncIdColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"7"_qs));

        // Dependency marker: only the flow, never the schema step.
        QCOMPARE(model.index(1, 0).data(PushPlanModel::DependencyRole).toBool(), true);
        QCOMPARE(text(1, PushPlanModel::OriginColumn), u"dependency"_qs);
        QCOMPARE(model.index(0, 0).data(PushPlanModel::DependencyRole).toBool(), false);
        QCOMPARE(model.index(2, 0).data(PushPlanModel::DependencyRole).toBool(), false);
        QCOMPARE(text(2, PushPlanModel::OriginColumn), QString());
        QCOMPARE(model.index(4, 0).data(PushPlanModel::KindRole).toInt(),
                 int(PlanStep::Kind::Delete));

        // Nothing ran yet: the state column stays empty.
        QCOMPARE(text(1, PushPlanModel::StateColumn), QString());
        QCOMPARE(model.index(1, 0).data(PushPlanModel::StateRole).toInt(),
                 int(StepResult::State::Pending));
    }

    void eachStepExpandsToItsRequest()
    {
        PushPlanModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlan(samplePlan());
        const QModelIndex update = model.index(3, 0);
        QCOMPARE(model.rowCount(update), 1);
        QCOMPARE(model.rowCount(model.index(3, 2)), 0);
        const QModelIndex request = model.index(0, 0, update);
        QVERIFY(request.isValid());
        QCOMPARE(request.parent(), update);
        QVERIFY(request.data(PushPlanModel::IsRequestRowRole).toBool());
        QVERIFY2(request.data().toString().startsWith(u"PATCH /roles/7"_qs),
                 qPrintable(request.data().toString()));
        QCOMPARE(model.rowCount(request), 0);
        QVERIFY(model.flags(request).testFlag(Qt::ItemNeverHasChildren));
        // A push of everything marks nothing as a dependency.
        QCOMPARE(model.index(1, 0).data(PushPlanModel::DependencyRole).toBool(), false);
    }

    void stepStatesFollowTheExecutor()
    {
        PushPlanModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlan(samplePlan());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        StepResult done;
        done.number = 2;
        done.state = StepResult::State::Done;
        done.status = 200;
        model.setStepResult(done);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
        QCOMPARE(model.stateAt(1), StepResult::State::Done);
        QCOMPARE(model.index(1, PushPlanModel::StateColumn).data().toString(), u"done"_qs);

        StepResult failed;
        failed.number = 3;
        failed.state = StepResult::State::Failed;
        failed.status = 400;
        failed.message = u"Invalid payload"_qs;
        model.setStepResult(failed);
        QCOMPARE(model.index(2, PushPlanModel::StateColumn).data().toString(), u"failed"_qs);
        QCOMPARE(model.index(2, PushPlanModel::StateColumn).data(Qt::ToolTipRole).toString(),
                 u"Invalid payload"_qs);
        QVERIFY(
            model.index(2, PushPlanModel::StateColumn).data(Qt::FontRole).value<QFont>().bold());

        // Out-of-range numbers are ignored, not a crash.
        StepResult stray;
        stray.number = 42;
        model.setStepResult(stray);
        stray.number = 0;
        model.setStepResult(stray);
        QCOMPARE(changed.size(), 2);

        // A whole report: the rest skipped / unknown.
        PushReport report;
        report.steps = {done, failed};
        StepResult unknown;
        unknown.number = 4;
        unknown.state = StepResult::State::Unknown;
        StepResult skipped;
        skipped.number = 5;
        skipped.state = StepResult::State::Skipped;
        report.steps << unknown << skipped;
        model.setReport(report);
        QCOMPARE(model.index(3, PushPlanModel::StateColumn).data().toString(), u"unknown"_qs);
        QCOMPARE(model.index(4, PushPlanModel::StateColumn).data().toString(), u"skipped"_qs);

        model.resetStates();
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.stateAt(row), StepResult::State::Pending);

        StepResult simulated;
        simulated.number = 1;
        simulated.state = StepResult::State::Simulated;
        model.setStepResult(simulated);
        QCOMPARE(model.index(0, PushPlanModel::StateColumn).data().toString(), u"simulated"_qs);
    }

    void newPlanResetsTheModel()
    {
        PushPlanModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlan(samplePlan());
        StepResult done;
        done.number = 1;
        done.state = StepResult::State::Done;
        model.setStepResult(done);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        PushPlan smaller;
        smaller.steps = {samplePlan().steps.at(3)};
        smaller.steps[0].number = 1;
        model.setPlan(smaller);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.stateAt(0), StepResult::State::Pending);
        QCOMPARE(model.plan().steps.size(), 1);
    }

    void headers()
    {
        PushPlanModel model;
        for (int column = 0; column < PushPlanModel::ColumnCount; ++column)
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
        QVERIFY(!model.headerData(PushPlanModel::ColumnCount, Qt::Horizontal).isValid());
    }
};

QTEST_MAIN(tst_PushPlanModel)
#include "tst_pushplanmodel.moc"
