// The models of the main view built from a CompareResult, and the connection list, under
// QAbstractItemModelTester; the checked rows leave as a PushSelection value.

#include "comparecollectionsmodel.h"
#include "compareitemsmodel.h"
#include "comparisonroles.h"
#include "connectionlistmodel.h"
#include "jsondiffview.h"
#include "jsontextview.h"
#include "sidebysidediff.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtConcurrent>
#include <QtTest>

using namespace syncstudio;

namespace {

ItemComparison item(const QString &collection, const QString &syncId, ItemStatus status,
                    const QString &name)
{
    ItemComparison result;
    result.collection = collection;
    result.syncId = syncId;
    result.status = status;
    result.name = name;
    if (status != ItemStatus::TargetOnly)
        result.sourceData = JsonObject{{u"name"_qs, name}, {u"value"_qs, 1}};
    if (status != ItemStatus::SourceOnly)
        result.targetData =
            JsonObject{{u"value"_qs, status == ItemStatus::Changed ? 2 : 1}, {u"name"_qs, name}};
    return result;
}

CompareResult sampleResult()
{
    CompareResult result;
    result.collections = {u"flows"_qs, u"operations"_qs, u"roles"_qs};
    result.items = {
        item(u"flows"_qs, u"f1"_qs, ItemStatus::Changed, u"On publish"_qs),
        item(u"flows"_qs, u"f2"_qs, ItemStatus::Identical, u"Nightly"_qs),
        item(u"operations"_qs, u"o1"_qs, ItemStatus::SourceOnly, u"Check"_qs),
        item(u"roles"_qs, u"r1"_qs, ItemStatus::TargetOnly, u"Old role"_qs),
        item(u"roles"_qs, QString(), ItemStatus::Untracked, u"Editor"_qs),
    };
    SchemaComparison field;
    field.kind = SchemaKind::Field;
    field.collection = u"articles"_qs;
    field.field = u"status"_qs;
    field.status = ItemStatus::Changed;
    field.source = JsonObject{{u"type"_qs, u"string"_qs}};
    field.target = JsonObject{{u"type"_qs, u"text"_qs}};
    SchemaComparison versionOnly = field;
    versionOnly.field = u"sort"_qs;
    versionOnly.versionOnly = true;
    result.schema = {field, versionOnly};
    return result;
}

int count(const QModelIndex &index, DiffStatus status)
{
    return index.data(ComparisonRoles::countRole(status)).toInt();
}

} // namespace

class TestCompareModels final : public QObject
{
    Q_OBJECT

private slots:
    void items();
    void selection();
    void pushDirections();
    void presentation();
    void presentationExtras();
    void collections();
    void preparedOnWorker();
    void connections();
    void diffViewNavigation();
};

void TestCompareModels::items()
{
    CompareItemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResult(sampleResult());
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.columnCount(), int(ItemColumns::ColumnCount));
    // Schema rows first, then the items in the result's order.
    QCOMPARE(model.index(0, ItemColumns::CollectionColumn)
                 .data(ComparisonRoles::CollectionKeyRole)
                 .toString(),
             u"schema/fields"_qs);
    QCOMPARE(model.index(0, ItemColumns::NameColumn).data().toString(), u"articles.status"_qs);
    const QModelIndex flow = model.index(2, ItemColumns::NameColumn);
    QCOMPARE(flow.data().toString(), u"On publish"_qs);
    QCOMPARE(flow.data(ComparisonRoles::ItemKeyRole).toString(), u"flows/f1"_qs);
    QCOMPARE(flow.data(ComparisonRoles::StatusRole).toInt(), int(DiffStatus::Changed));
    QCOMPARE(model.index(6, 0).data(ComparisonRoles::StatusRole).toInt(),
             int(DiffStatus::Untracked));
    // Checkable: changed, source-only, schema changes; not identical, untracked, version-only,
    // and target-only only once deletes are allowed.
    QVERIFY(model.isPushable(0));
    QVERIFY(!model.isPushable(1));
    QVERIFY(model.isPushable(2));
    QVERIFY(!model.isPushable(3));
    QVERIFY(model.isPushable(4));
    QVERIFY(!model.isPushable(5));
    QVERIFY(!model.isPushable(6));
    QVERIFY(!model.index(3, 0).data(Qt::CheckStateRole).isValid());
    model.setAllowDelete(true);
    QVERIFY(model.isPushable(5));
}

void TestCompareModels::selection()
{
    CompareItemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResult(sampleResult());
    QVERIFY(model.setData(model.index(2, 0), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model.setData(model.index(4, 0), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model.setData(model.index(0, 0), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(!model.setData(model.index(3, 0), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(model.checkedCount(), 3);
    const PushSelection selection = model.selection();
    QVERIFY(!selection.all);
    QVERIFY(!selection.allowDelete);
    QCOMPARE(selection.items, (QList<ItemRef>{{u"schema"_qs, u"articles"_qs},
                                              {u"flows"_qs, u"f1"_qs},
                                              {u"operations"_qs, u"o1"_qs}}));
    QVERIFY(model.setData(model.index(2, 0), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(model.checkedCount(), 2);
    // Target-only rows checked while deletes were allowed are dropped when they no longer are.
    model.setAllowDelete(true);
    QVERIFY(model.setData(model.index(5, 0), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model.selection().allowDelete);
    model.setAllowDelete(false);
    QCOMPARE(model.checkedCount(), 2);
}

// Push ← reads the statuses from the left side: right-only rows are creates there, left-only
// rows deletes (left out unless deletes are allowed); with both sides instances, a row
// pushable either way is checkable.
void TestCompareModels::pushDirections()
{
    CompareItemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResult(sampleResult());
    using Direction = CompareItemsModel::Direction;
    QVERIFY(model.canPush(Direction::ToRight));
    QVERIFY(!model.canPush(Direction::ToLeft));
    QVERIFY(!model.isPushable(5)); // right-only: a delete for →
    QVERIFY(model.isPushable(5, Direction::ToLeft));
    QVERIFY(!model.isPushable(4, Direction::ToLeft)); // left-only: a delete for ←
    QVERIFY(model.isPushable(2, Direction::ToLeft));  // changed: either way
    QVERIFY(!model.isPushable(6, Direction::ToLeft)); // untracked: never
    QVERIFY(!model.isPushable(1, Direction::ToLeft)); // version-only schema: never

    // Only the left side is an instance: the right-only row becomes checkable.
    model.setPushDirections(false, true);
    QVERIFY(!model.canPush(Direction::ToRight));
    QVERIFY(model.isPushable(5));
    QVERIFY(!model.isPushable(4));
    QVERIFY(model.setData(model.index(5, 0), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model.setData(model.index(2, 0), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(!model.setData(model.index(4, 0), Qt::Checked, Qt::CheckStateRole));

    // Both instances: both checkable; each direction takes only what it may push.
    model.setPushDirections(true, true);
    QVERIFY(model.setData(model.index(4, 0), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(model.checkedCount(), 3);
    int skipped = -1;
    PushSelection left = model.selection(Direction::ToLeft, &skipped);
    QCOMPARE(skipped, 1);
    QCOMPARE(left.items, (QList<ItemRef>{{u"flows"_qs, u"f1"_qs}, {u"roles"_qs, u"r1"_qs}}));
    PushSelection right = model.selection(Direction::ToRight, &skipped);
    QCOMPARE(skipped, 1);
    QCOMPARE(right.items, (QList<ItemRef>{{u"flows"_qs, u"f1"_qs}, {u"operations"_qs, u"o1"_qs}}));
    model.setAllowDelete(true);
    left = model.selection(Direction::ToLeft, &skipped);
    QCOMPARE(skipped, 0);
    QVERIFY(left.allowDelete);
    QCOMPARE(left.items.size(), 3);

    // Back to → only: rows only ← could push are unchecked.
    model.setAllowDelete(false);
    model.setPushDirections(true, false);
    QCOMPARE(model.checkedCount(), 2);
    QCOMPARE(model.selection().items,
             (QList<ItemRef>{{u"flows"_qs, u"f1"_qs}, {u"operations"_qs, u"o1"_qs}}));
}

void TestCompareModels::presentation()
{
    CompareItemsModel model;
    model.setResult(sampleResult());
    // The target's keys come in the source's order, so only the value differs.
    const DiffPresentation changed = model.presentation(2, u"Staging"_qs, u"Production"_qs);
    QCOMPARE(changed.left.title, u"Staging · flows/On publish"_qs);
    QCOMPARE(changed.left.text, u"{\n  \"name\": \"On publish\",\n  \"value\": 1\n}"_qs);
    QCOMPARE(changed.right.text, u"{\n  \"name\": \"On publish\",\n  \"value\": 2\n}"_qs);
    QCOMPARE(changed.left.marks.size(), 1);
    QCOMPARE(changed.left.marks.first().line, 2);
    QCOMPARE(changed.left.marks.first().kind, LineMark::Changed);
    QCOMPARE(changed.changeRows, QList<int>{2});
    const DiffPresentation onlyLeft = model.presentation(4, u"Staging"_qs, u"Production"_qs);
    QCOMPARE(onlyLeft.right.title, u"Production · not present"_qs);
    QCOMPARE(onlyLeft.right.marks.first().kind, LineMark::Filler);
    QCOMPARE(onlyLeft.left.marks.first().kind, LineMark::Added);
}

void TestCompareModels::presentationExtras()
{
    CompareResult result;
    result.collections = {u"flows"_qs, u"operations"_qs};
    ItemComparison flow = item(u"flows"_qs, u"f1"_qs, ItemStatus::Changed, u"On publish"_qs);
    flow.sourceData = JsonObject{{u"name"_qs, u"On publish"_qs}};
    flow.targetData = JsonObject{{u"name"_qs, u"On publish v2"_qs}};
    ItemComparison operation = item(u"operations"_qs, u"o1"_qs, ItemStatus::Changed, u"Check"_qs);
    operation.sourceData =
        JsonObject{{u"name"_qs, u"Check"_qs}, {u"flow"_qs, u"f1"_qs}, {u"resolve"_qs, u"o9"_qs}};
    operation.targetData =
        JsonObject{{u"name"_qs, u"Check"_qs}, {u"flow"_qs, u"f1"_qs}, {u"resolve"_qs, JsonValue()}};
    operation.sourceIgnored = JsonObject{{u"date_created"_qs, u"2026-11-25"_qs}};
    result.items = {flow, operation};
    CompareItemsModel model;
    model.setResult(result);
    QCOMPARE(model.itemName(CompareSide::Source, u"flows"_qs, u"f1"_qs), u"On publish"_qs);
    QCOMPARE(model.itemName(CompareSide::Target, u"flows"_qs, u"f1"_qs), u"On publish v2"_qs);
    QVERIFY(model.itemName(CompareSide::Source, u"operations"_qs, u"o9"_qs).isEmpty());

    // Each side names the referenced flow as that side has it; an unknown target gets nothing.
    const DiffPresentation plain = model.presentation(1, u"Staging"_qs, u"Production"_qs);
    const QStringList left = plain.left.text.split(u'\n');
    const QStringList right = plain.right.text.split(u'\n');
    QCOMPARE(left.at(2), u"  \"flow\": \"f1\",   \u2190 On publish (flows)"_qs);
    QCOMPARE(right.at(2), u"  \"flow\": \"f1\",   \u2190 On publish v2 (flows)"_qs);
    QCOMPARE(left.at(3), u"  \"resolve\": \"o9\""_qs);
    QCOMPARE(plain.left.muted.size(), 1);
    QCOMPARE(plain.left.muted.first().line, 2);
    QCOMPARE(left.at(2).mid(plain.left.muted.first().start, plain.left.muted.first().length),
             u"\u2190 On publish (flows)"_qs);
    QCOMPARE(plain.changeRows, QList<int>{3});
    QVERIFY(!plain.left.text.contains(u"date_created"_qs));

    // Ignored fields on request: greyed rows before the closing brace, no new change, and the
    // dump-like right side shows nothing there.
    model.setShowIgnored(true);
    const DiffPresentation shown = model.presentation(1, u"Staging"_qs, u"Production"_qs);
    const QStringList shownLeft = shown.left.text.split(u'\n');
    const QStringList shownRight = shown.right.text.split(u'\n');
    QCOMPARE(shownLeft.size(), left.size() + 1);
    QCOMPARE(shownLeft.at(4), u"  \"date_created\": \"2026-11-25\""_qs);
    QCOMPARE(shownRight.at(4), QString());
    QCOMPARE(shownLeft.last(), u"}"_qs);
    QCOMPARE(shown.changeRows, plain.changeRows);
    bool ignoredMark = false;
    for (const LineMark &mark : shown.left.marks)
        ignoredMark = ignoredMark || (mark.line == 4 && mark.kind == LineMark::Ignored);
    QVERIFY(ignoredMark);
    QCOMPARE(shown.left.muted.size(), 2);
    QCOMPARE(shown.left.muted.last().line, 4);
    QCOMPARE(shown.left.muted.last().length, int(shownLeft.at(4).size()));
    // Nothing of it reaches the compare result or the push selection.
    QVERIFY(!model.result().items.at(1).sourceData->contains(u"date_created"_qs));
}

void TestCompareModels::collections()
{
    CompareCollectionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResult(sampleResult());
    QCOMPARE(model.rowCount(), 5); // All, Schema, flows, operations, roles
    const QModelIndex all = model.index(0, 0);
    QCOMPARE(all.data(ComparisonRoles::CollectionKeyRole).toString(), QString());
    QCOMPARE(count(all, DiffStatus::Changed), 3); // f1 and both schema fields
    QCOMPARE(count(all, DiffStatus::Identical), 1);
    QCOMPARE(count(all, DiffStatus::Untracked), 1);
    const QModelIndex schema = model.index(1, 0);
    QCOMPARE(model.rowCount(schema), 3);
    QCOMPARE(count(schema, DiffStatus::Changed), 2);
    const QModelIndex fields = model.index(1, 0, schema);
    QCOMPARE(fields.data(ComparisonRoles::CollectionKeyRole).toString(), u"schema/fields"_qs);
    QCOMPARE(model.parent(fields), schema);
    QCOMPARE(count(fields, DiffStatus::Changed), 2);
    const QModelIndex roles = model.index(4, 0);
    QCOMPARE(roles.data().toString(), u"roles"_qs);
    QCOMPARE(count(roles, DiffStatus::OnlyRight), 1);
    QCOMPARE(count(roles, DiffStatus::Untracked), 1);
    model.setResult({});
    QCOMPARE(model.rowCount(), 2);
}

void TestCompareModels::preparedOnWorker()
{
    // The rows of both models are built on a worker thread and adopted with one reset each;
    // adopt() hands back what was shown before (to be freed elsewhere).
    CompareItemsModel items;
    QAbstractItemModelTester itemsTester(&items,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    CompareCollectionsModel collections;
    QAbstractItemModelTester collectionsTester(
        &collections, QAbstractItemModelTester::FailureReportingMode::QtTest);
    items.setResult(sampleResult());
    QVERIFY(items.setData(items.index(2, 0), Qt::Checked, Qt::CheckStateRole));

    CompareResult next = sampleResult();
    next.items.removeLast();
    auto future = QtConcurrent::run([next]() {
        CompareItemsModel::Prepared prepared = CompareItemsModel::prepare(next);
        prepared.directions[0] = false;
        prepared.directions[1] = true;
        return std::make_pair(std::move(prepared), CompareCollectionsModel::prepare(next));
    });
    auto [prepared, tree] = future.takeResult();
    QCOMPARE(prepared.rows.size(), 6);
    QCOMPARE(prepared.rows.at(2).name, u"On publish"_qs);
    QCOMPARE(prepared.rows.at(2).key, u"flows/f1"_qs);

    QSignalSpy resets(&items, &QAbstractItemModel::modelReset);
    const CompareItemsModel::Prepared previous = items.adopt(std::move(prepared));
    QCOMPARE(resets.count(), 1);
    QCOMPARE(previous.rows.size(), 7);
    QCOMPARE(previous.result.items.size(), 5);
    QCOMPARE(items.rowCount(), 6);
    QCOMPARE(items.checkedCount(), 0);
    // The directions came with the rows: ← only, so a source-only row is not pushable but a
    // target-only row is (a create on the left).
    QVERIFY(!items.canPush(CompareItemsModel::Direction::ToRight));
    QVERIFY(items.canPush(CompareItemsModel::Direction::ToLeft));
    QVERIFY(!items.isPushable(4));
    QVERIFY(items.isPushable(5));
    // The SyncID index came along: names resolve on both sides.
    QCOMPARE(items.itemName(CompareSide::Source, u"flows"_qs, u"f2"_qs), u"Nightly"_qs);
    QCOMPARE(items.itemName(CompareSide::Target, u"roles"_qs, u"r1"_qs), u"Old role"_qs);
    QVERIFY(items.itemName(CompareSide::Source, u"roles"_qs, u"r1"_qs).isEmpty());

    QSignalSpy treeResets(&collections, &QAbstractItemModel::modelReset);
    collections.adopt(std::move(tree));
    QCOMPARE(treeResets.count(), 1);
    QCOMPARE(collections.rowCount(), 5);
    QCOMPARE(count(collections.index(4, 0), DiffStatus::Untracked), 0);
    QCOMPARE(count(collections.index(4, 0), DiffStatus::OnlyRight), 1);
}

void TestCompareModels::connections()
{
    ConnectionListModel model(true);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.index(0).data(ConnectionListModel::OpenFolderRole).toBool());
    ConnectionProfile production =
        ConnectionProfile::create(u"Production"_qs, QUrl(u"https://cms.example.com"_qs));
    production.isProtected = true;
    production.color = u"#d93f3f"_qs;
    QCOMPARE(model.upsert(production), 0);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data().toString(), u"Production"_qs);
    QVERIFY(model.index(0).data(ConnectionListModel::ProtectedRole).toBool());
    QVERIFY(!model.index(0).data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(model.index(0).data(Qt::ToolTipRole).toString().contains(u"cms.example.com"_qs));
    production.name = u"Prod"_qs;
    QCOMPARE(model.upsert(production), 0);
    QCOMPARE(model.index(0).data().toString(), u"Prod"_qs);
    model.removeProfile(production.id);
    QCOMPARE(model.rowCount(), 1);
}

void TestCompareModels::diffViewNavigation()
{
    QStringList left;
    for (int i = 0; i < 30; ++i)
        left.append(QString::number(i));
    QStringList right = left;
    right[3] = u"three"_qs;
    right[25] = u"twenty-five"_qs;
    const DiffPresentation presentation =
        DiffPresentation::fromDiff(SideBySideDiff::computeLines(left, right), u"L"_qs, u"R"_qs);
    QCOMPARE(presentation.changeRows.size(), 2);
    // The folded run between the changes is one row on both sides.
    QVERIFY(presentation.left.text.contains(u"⋯"_qs));
    QCOMPARE(presentation.left.text.count(u'\n'), presentation.right.text.count(u'\n'));

    JsonDiffView view;
    view.resize(400, 200);
    view.setPresentation(presentation);
    QVERIFY(view.goToChange(true));
    QCOMPARE(view.leftView()->textCursor().blockNumber(), presentation.changeRows.at(0));
    QVERIFY(view.goToChange(true));
    QCOMPARE(view.rightView()->textCursor().blockNumber(), presentation.changeRows.at(1));
    QVERIFY(!view.goToChange(true));
    QVERIFY(view.goToChange(false));
    QCOMPARE(view.currentChange(), 0);
    QVERIFY(!view.goToChange(false));
    // A single document (browse) hides the right pane.
    view.setPresentation(DiffPresentation::single(u"Staging · flows/x"_qs, u"{}"_qs));
    QVERIFY(view.rightView()->parentWidget()->isHidden());
    QVERIFY(!view.goToChange(true));
}

QTEST_MAIN(TestCompareModels)
#include "tst_comparemodels.moc"
