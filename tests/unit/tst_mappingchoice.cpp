// What Track, Untrack and Adopt do with an item of a comparison (or why they cannot): the side
// whose mapping table they write, the local id there, the SyncIDs an untracked item may adopt
// (the same-named one first), and the plan each makes.
#include "mappingchoice.h"

#include <QtTest>

using namespace syncstudio;

namespace {

ItemComparison item(const QString &syncId, ItemStatus status, const QString &name,
                    CompareSide side = CompareSide::Both, const QString &localId = {})
{
    ItemComparison result;
    result.collection = u"roles"_qs;
    result.syncId = syncId;
    result.status = status;
    result.name = name;
    result.side = side;
    result.localId = localId;
    return result;
}

CompareResult sample()
{
    CompareResult result;
    result.items = {
        item(u"s-editor"_qs, ItemStatus::SourceOnly, u"Editor"_qs),                          // 0
        item(u"s-admin"_qs, ItemStatus::SourceOnly, u"Admin"_qs),                            // 1
        item(QString(), ItemStatus::Untracked, u"Editor"_qs, CompareSide::Target, u"7"_qs),  // 2
        item(u"s-both"_qs, ItemStatus::Changed, u"Reviewer"_qs, CompareSide::Both, u"9"_qs), // 3
        item(QString(), ItemStatus::Untracked, u"Guest"_qs, CompareSide::Source, u"3"_qs),   // 4
        item(u"t-old"_qs, ItemStatus::TargetOnly, u"Old"_qs, CompareSide::Both, u"12"_qs),   // 5
    };
    return result;
}

MappingSides bothInstances()
{
    MappingSides sides;
    sides.leftIsInstance = sides.rightIsInstance = true;
    sides.leftName = u"staging"_qs;
    sides.rightName = u"production"_qs;
    sides.leftLocalIds.insert({u"roles"_qs, u"s-both"_qs}, u"41"_qs);
    return sides;
}

} // namespace

class tst_MappingChoice final : public QObject
{
    Q_OBJECT

private slots:
    void track()
    {
        const MappingChoice choice =
            MappingChoices::choose(MappingChoice::Kind::Track, sample(), 2, bothInstances());
        QVERIFY2(choice.available, qPrintable(choice.reason));
        QCOMPARE(choice.side, CompareSide::Target);
        QCOMPARE(choice.sideName, u"production"_qs);
        QCOMPARE(choice.localId, u"7"_qs);
        const PushPlan plan = choice.plan();
        QCOMPARE(plan.steps.size(), 1);
        QCOMPARE(plan.steps.first().kind, PlanStep::Kind::CreateMapping);
        QCOMPARE(plan.steps.first().name, u"Editor"_qs); // as the list shows it
        QCOMPARE(plan.steps.first().request.method, QByteArray("POST"));
        QVERIFY2(
            plan.steps.first().request.path.endsWith(u"/table/directus_sync_id_map"_qs) ||
                plan.steps.first().request.path.contains(u"/directus-extension-sync/table/"_qs),
            qPrintable(plan.steps.first().request.path));
        // No SyncID given: the server picks one.
        QVERIFY(!plan.steps.first().body->toObject().contains(u"sync_id"_qs));

        // An untracked item on the left is tracked there.
        const MappingChoice left =
            MappingChoices::choose(MappingChoice::Kind::Track, sample(), 4, bothInstances());
        QVERIFY(left.available);
        QCOMPARE(left.side, CompareSide::Source);
        QCOMPARE(left.localId, u"3"_qs);

        // A tracked item cannot be tracked; a schema row has no mapping row.
        const MappingChoice tracked =
            MappingChoices::choose(MappingChoice::Kind::Track, sample(), 3, bothInstances());
        QVERIFY(!tracked.available);
        QVERIFY2(tracked.reason.contains(u"already tracked"_qs), qPrintable(tracked.reason));
        QVERIFY(!MappingChoices::choose(MappingChoice::Kind::Track, sample(), -1, bothInstances())
                     .available);
        QVERIFY(!tracked.plan().canApply());
    }

    void untrack()
    {
        // On both sides: the right side (the target) unless it is a folder.
        MappingChoice choice =
            MappingChoices::choose(MappingChoice::Kind::Untrack, sample(), 3, bothInstances());
        QVERIFY2(choice.available, qPrintable(choice.reason));
        QCOMPARE(choice.side, CompareSide::Target);
        QCOMPARE(choice.localId, u"9"_qs);
        const PushPlan plan = choice.plan();
        QCOMPARE(plan.steps.first().kind, PlanStep::Kind::DeleteMapping);
        QCOMPARE(plan.steps.first().request.method, QByteArray("DELETE"));
        QVERIFY(plan.steps.first().request.path.endsWith(u"/local_id/9"_qs));

        MappingSides rightFolder = bothInstances();
        rightFolder.rightIsInstance = false;
        choice = MappingChoices::choose(MappingChoice::Kind::Untrack, sample(), 3, rightFolder);
        QVERIFY(choice.available);
        QCOMPARE(choice.side, CompareSide::Source);
        QCOMPARE(choice.localId, u"41"_qs); // the left's own id, not the right's

        // Only the right has it and the right is a folder: disabled, saying why.
        choice = MappingChoices::choose(MappingChoice::Kind::Untrack, sample(), 5, rightFolder);
        QVERIFY(!choice.available);
        QVERIFY2(choice.reason.contains(u"dump folder"_qs), qPrintable(choice.reason));
        // Untracked: nothing to forget.
        QVERIFY(!MappingChoices::choose(MappingChoice::Kind::Untrack, sample(), 2, bothInstances())
                     .available);
    }

    void adopt()
    {
        const MappingChoice choice =
            MappingChoices::choose(MappingChoice::Kind::Adopt, sample(), 2, bothInstances());
        QVERIFY2(choice.available, qPrintable(choice.reason));
        QCOMPARE(choice.side, CompareSide::Target);
        // The left-only roles, the same-named one first.
        QCOMPARE(choice.adoptOptions.size(), 2);
        QCOMPARE(choice.adoptOptions.at(0).syncId, u"s-editor"_qs);
        QVERIFY(choice.adoptOptions.at(0).sameName);
        QCOMPARE(choice.adoptOptions.at(1).syncId, u"s-admin"_qs);
        QVERIFY(!choice.adoptOptions.at(1).sameName);
        const PushPlan plan = choice.plan(u"s-editor"_qs);
        QVERIFY(plan.canApply());
        const JsonObject body = plan.steps.first().body->toObject();
        QCOMPARE(body.value(u"sync_id"_qs).toString(), u"s-editor"_qs);
        QCOMPARE(body.value(u"local_id"_qs).toString(), u"7"_qs);
        // Without a SyncID the plan refuses.
        QVERIFY(!choice.plan().canApply());

        // The untracked left item: only right-only items qualify.
        const MappingChoice left =
            MappingChoices::choose(MappingChoice::Kind::Adopt, sample(), 4, bothInstances());
        QVERIFY(left.available);
        QCOMPARE(left.adoptOptions.size(), 1);
        QCOMPARE(left.adoptOptions.first().syncId, u"t-old"_qs);

        // The untracked item's side is a folder: disabled with the reason.
        MappingSides rightFolder = bothInstances();
        rightFolder.rightIsInstance = false;
        const MappingChoice folder =
            MappingChoices::choose(MappingChoice::Kind::Adopt, sample(), 2, rightFolder);
        QVERIFY(!folder.available);
        QVERIFY2(folder.reason.contains(u"production"_qs), qPrintable(folder.reason));
    }
};

QTEST_MAIN(tst_MappingChoice)
#include "tst_mappingchoice.moc"
