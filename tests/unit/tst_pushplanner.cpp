// Data-driven tests of the push planner on hand-made sides: the exact requests, their order,
// typed references to earlier steps, and the rules directus-sync 3.4.1 applies on push
// (flows created with operation null, resolve/reject uniqueness, translations' key/language
// split, permission de-duplication, settings as PATCH, preserved ids, mapping rows).
// Test JSON uses single quotes (raw string literals upset moc in files with Q_OBJECT).
#include "comparer.h"
#include "jsonreader.h"
#include "pushplanner.h"
#include "restoreplanner.h"

#include <QtTest>

using namespace syncstudio;

namespace {

JsonValue parse(QByteArray json)
{
    json.replace('\'', '"');
    JsonParseError error;
    const std::optional<JsonValue> value = JsonReader::parse(json, &error);
    if (!value) {
        qFatal("test input does not parse: %s (%s)", qPrintable(error.message), json.constData());
    }
    return *value;
}

// {'<collection>': [items with $sync/$local/$origin], '$mapping': [[table, syncId, localId]]}
ConfigSnapshot side(const QByteArray &json, QList<IdMapRow> *rows = nullptr)
{
    const JsonObject root = parse(json).toObject();
    ConfigSnapshot snapshot;
    qint64 id = 1;
    for (const JsonValue &triple : root.value(QStringLiteral("$mapping")).toArray()) {
        IdMapRow row;
        row.id = id++;
        row.table = triple.toArray().value(0).toString();
        row.syncId = triple.toArray().value(1).toString();
        row.localId = triple.toArray().value(2).toString();
        if (rows) {
            rows->append(row);
        }
    }
    for (const auto &[name, value] : root) {
        if (name.startsWith(QLatin1Char('$'))) {
            continue;
        }
        CollectionData data;
        data.name = name;
        data.present = true;
        for (const JsonValue &raw : value.toArray()) {
            JsonObject object = raw.toObject();
            SyncItem item;
            item.syncId = object.value(QStringLiteral("$sync")).toString();
            item.localId = object.value(QStringLiteral("$local")).toString();
            const QString origin = object.value(QStringLiteral("$origin")).toString();
            item.origin = origin == QLatin1String("none")          ? SyncIdOrigin::None
                          : origin == QLatin1String("placeholder") ? SyncIdOrigin::Placeholder
                          : origin == QLatin1String("preserved")   ? SyncIdOrigin::PreservedId
                          : item.localId.isEmpty()                 ? SyncIdOrigin::Dump
                                                                   : SyncIdOrigin::MappingRow;
            item.tracked =
                item.origin == SyncIdOrigin::Dump || item.origin == SyncIdOrigin::MappingRow;
            for (const char *key : {"$sync", "$local", "$origin"}) {
                object.remove(QString::fromLatin1(key));
            }
            item.data = object;
            data.items.append(item);
        }
        if (rows) {
            for (const IdMapRow &row : std::as_const(*rows)) {
                if (row.table == name) {
                    data.mappingRows.append(row);
                }
            }
        }
        snapshot.collections.append(data);
    }
    return snapshot;
}

QStringList requests(const PushPlan &plan)
{
    QStringList lines;
    for (const PlanStep &step : plan.steps) {
        lines.append(step.describe());
    }
    return lines;
}

PushSelection select(const QStringList &items, bool withDependencies = false)
{
    PushSelection selection;
    for (const QString &item : items) {
        selection.items.append(ItemRef::parse(item));
    }
    selection.withDependencies = withDependencies;
    return selection;
}

PushPlan planFor(const QByteArray &source, const QByteArray &target, const PushSelection &selection,
                 PushTarget pushTarget = {})
{
    QList<IdMapRow> rows;
    const ConfigSnapshot targetSide = side(target, &rows);
    pushTarget.mappingRows = rows;
    const CompareResult result = Comparer::compare(side(source), targetSide);
    return PushPlanner::plan(result, selection, pushTarget);
}

QString dump(const PushPlan &plan)
{
    return plan.describe() + QStringLiteral("\nerrors: ") + plan.errors.join(u'|') +
           QStringLiteral("\nwarnings: ") + plan.warnings.join(u'|');
}

const QByteArray FlowSource = "{'flows': [{'$sync': 'f1', 'name': 'F', 'operation': 'o1'}],"
                              " 'operations': ["
                              "  {'$sync': 'o1', 'key': 'check', 'flow': 'f1', 'resolve': 'o2',"
                              "   'reject': 'o3', 'options': {}},"
                              "  {'$sync': 'o2', 'key': 'notify', 'flow': 'f1', 'resolve': null,"
                              "   'reject': null, 'options': {'flow': '{{ $trigger.flow }}'}},"
                              "  {'$sync': 'o3', 'key': 'log', 'flow': 'f1', 'resolve': null,"
                              "   'reject': null, 'options': {}}]}";

} // namespace

class tst_PushPlanner final : public QObject
{
    Q_OBJECT

private slots:
    void flowWithOperationChain()
    {
        const PushPlan plan =
            planFor(FlowSource, "{'flows': [], 'operations': []}", PushSelection::everything());
        QVERIFY2(plan.canApply(), qPrintable(dump(plan)));
        const QStringList expected = {
            // The flow first, with its preserved id and operation null.
            QStringLiteral("POST /flows {\"name\":\"F\",\"operation\":null,\"id\":\"f1\"}"),
            QStringLiteral("POST /directus-extension-sync/table/flows "
                           "{\"table\":\"flows\",\"local_id\":\"f1\",\"sync_id\":\"f1\"}"),
            // Chained operations before the one that points at them; {{ }} passes through.
            QStringLiteral("POST /operations {\"key\":\"notify\",\"flow\":\"f1\",\"resolve\":null,"
                           "\"reject\":null,\"options\":{\"flow\":\"{{ $trigger.flow }}\"}}"),
            QStringLiteral("POST /directus-extension-sync/table/operations {\"table\":"
                           "\"operations\",\"local_id\":\"<step 3 · id>\",\"sync_id\":\"o2\"}"),
            QStringLiteral("POST /operations {\"key\":\"log\",\"flow\":\"f1\",\"resolve\":null,"
                           "\"reject\":null,\"options\":{}}"),
            QStringLiteral("POST /directus-extension-sync/table/operations {\"table\":"
                           "\"operations\",\"local_id\":\"<step 5 · id>\",\"sync_id\":\"o3\"}"),
            QStringLiteral("POST /operations {\"key\":\"check\",\"flow\":\"f1\",\"resolve\":"
                           "\"<step 3 · id>\",\"reject\":\"<step 5 · id>\",\"options\":{}}"),
            QStringLiteral("POST /directus-extension-sync/table/operations {\"table\":"
                           "\"operations\",\"local_id\":\"<step 7 · id>\",\"sync_id\":\"o1\"}"),
            // Then the flow is linked to its first operation.
            QStringLiteral("PATCH /flows/f1 {\"operation\":\"<step 7 · id>\"}")};
        QCOMPARE(requests(plan), expected);
        QCOMPARE(plan.steps.at(6).references.size(), 2);
        QCOMPARE(plan.steps.at(6).references.at(0).step, 3);
        QCOMPARE(plan.created.size(), 4);
        QVERIFY(plan.touched.isEmpty());
    }

    void selectionWithAndWithoutDependencies()
    {
        const QByteArray target = "{'flows': [], 'operations': []}";
        const PushPlan alone =
            planFor(FlowSource, target, select({QStringLiteral("operations/o3")}));
        QVERIFY(!alone.canApply());
        QVERIFY2(alone.errors.join(u' ').contains(QStringLiteral("flows/f1")),
                 qPrintable(dump(alone)));
        const PushPlan closed =
            planFor(FlowSource, target, select({QStringLiteral("operations/o3")}, true));
        QVERIFY2(closed.canApply(), qPrintable(dump(closed)));
        // o3 needs its flow, and the flow its first operation with that one's chain.
        QCOMPARE(closed.created.size(), 4);
        QCOMPARE(requests(closed).constLast(),
                 QStringLiteral("PATCH /flows/f1 {\"operation\":\"<step 7 · id>\"}"));

        // A flow pushed without its operations is created unlinked, with a warning.
        const PushPlan flowOnly = planFor(FlowSource, target, select({QStringLiteral("flows/f1")}));
        QVERIFY2(flowOnly.canApply(), qPrintable(dump(flowOnly)));
        QCOMPARE(flowOnly.steps.size(), 2);
        QVERIFY(flowOnly.warnings.join(u' ').contains(QStringLiteral("operations/o1")));
    }

    void settingsAfterWhatTheyName()
    {
        const PushPlan plan =
            planFor("{'settings': [{'$sync': '_sync_default_settings', 'project_name': 'A',"
                    " 'storage_default_folder': 'fo', 'public_registration_role': 'r'}],"
                    " 'folders': [{'$sync': 'fo', 'name': 'Media', 'parent': null}],"
                    " 'roles': [{'$sync': 'r', 'name': 'Junior', 'parent': null}]}",
                    "{'settings': [{'$sync': '_sync_default_settings', '$local': '1', '$origin': "
                    "'placeholder', 'project_name': 'B', 'storage_default_folder': null,"
                    " 'public_registration_role': null}], 'folders': [], 'roles': [],"
                    " '$mapping': [['settings', '_sync_default_settings', '1']]}",
                    PushSelection::everything());
        QVERIFY2(plan.canApply(), qPrintable(dump(plan)));
        const QStringList got = requests(plan);
        QCOMPARE(got.size(), 5);
        QCOMPARE(got.at(0), QStringLiteral("POST /folders {\"name\":\"Media\",\"parent\":null,"
                                           "\"id\":\"fo\"}"));
        QCOMPARE(got.at(2), QStringLiteral("POST /roles {\"name\":\"Junior\",\"parent\":null}"));
        QCOMPARE(got.at(4), QStringLiteral("PATCH /settings {\"project_name\":\"A\","
                                           "\"storage_default_folder\":\"fo\","
                                           "\"public_registration_role\":\"<step 3 · id>\"}"));
        QCOMPARE(plan.touched.size(), 1);
        QCOMPARE(plan.touched.at(0).localId, QStringLiteral("1"));
    }

    void settingsWithoutRowGetTracked()
    {
        const PushPlan plan =
            planFor("{'settings': [{'$sync': '_sync_default_settings', 'project_name': 'A'}]}",
                    "{'settings': []}", PushSelection::everything());
        QVERIFY2(plan.canApply(), qPrintable(dump(plan)));
        QCOMPARE(requests(plan),
                 (QStringList{QStringLiteral("PATCH /settings {\"project_name\":\"A\"}"),
                              QStringLiteral("POST /directus-extension-sync/table/settings "
                                             "{\"table\":\"settings\",\"local_id\":\"<step 1 · "
                                             "id>\",\"sync_id\":\"_sync_default_settings\"}")}));
    }

    void deletesOnlySelectedAndAllowed()
    {
        const QByteArray source = "{'roles': []}";
        const QByteArray target = "{'roles': [{'$sync': 'r9', '$local': 'L9', 'name': 'Old',"
                                  " 'parent': null}], '$mapping': [['roles', 'r9', 'L9']]}";
        QVERIFY(planFor(source, target, PushSelection::everything()).isEmpty());
        const PushPlan refused = planFor(source, target, select({QStringLiteral("roles/r9")}));
        QVERIFY(!refused.canApply());
        QVERIFY(refused.errors.constFirst().contains(QStringLiteral("--allow-delete")));
        PushSelection allowed = select({QStringLiteral("roles/r9")});
        allowed.allowDelete = true;
        const PushPlan plan = planFor(source, target, allowed);
        QVERIFY2(plan.canApply(), qPrintable(dump(plan)));
        QCOMPARE(requests(plan),
                 (QStringList{QStringLiteral("DELETE /roles/L9"),
                              QStringLiteral("DELETE /directus-extension-sync/table/roles/"
                                             "sync_id/r9")}));
        QCOMPARE(plan.deleteCount, 1);
        QVERIFY(plan.touched.constFirst().deleted);
        QVERIFY(!plan.warnings.isEmpty());
    }

    void settingsAreNeverDeleted()
    {
        PushSelection selection = select({QStringLiteral("settings/_sync_default_settings")});
        selection.allowDelete = true;
        const PushPlan plan = planFor(
            "{'settings': []}",
            "{'settings': [{'$sync': '_sync_default_settings', '$local': '1', 'project_name': "
            "'B'}], '$mapping': [['settings', '_sync_default_settings', '1']]}",
            selection);
        QVERIFY(!plan.canApply());
    }

    void permissionAdoptsUntrackedDuplicate()
    {
        const QByteArray source =
            "{'policies': [{'$sync': 'p', 'name': 'P', 'roles': []}],"
            " 'permissions': [{'$sync': 's1', 'policy': 'p', 'collection': 'a', 'action': "
            "'read', 'fields': ['*']}]}";
        const QByteArray target =
            "{'policies': [{'$sync': 'p', '$local': 'P1', 'name': 'P', 'roles': []}],"
            " 'permissions': [{'$local': '42', '$origin': 'none', 'policy': 'p', 'collection': "
            "'a', 'action': 'read', 'fields': ['id']}],"
            " '$mapping': [['policies', 'p', 'P1']]}";
        const PushPlan adopt = planFor(source, target, PushSelection::everything());
        QVERIFY2(adopt.canApply(), qPrintable(dump(adopt)));
        QCOMPARE(requests(adopt),
                 (QStringList{QStringLiteral("POST /directus-extension-sync/table/permissions "
                                             "{\"table\":\"permissions\",\"local_id\":\"42\","
                                             "\"sync_id\":\"s1\"}"),
                              QStringLiteral("PATCH /permissions/42 {\"fields\":[\"*\"]}")}));
        QVERIFY(adopt.created.isEmpty());
        QCOMPARE(adopt.touched.size(), 1);
        QVERIFY(!adopt.touched.constFirst().hadMappingRow);

        PushSelection replace = PushSelection::everything();
        replace.duplicates = PushSelection::Duplicates::Replace;
        QVERIFY(!planFor(source, target, replace).canApply()); // a delete: needs allow-delete
        replace.allowDelete = true;
        const PushPlan replaced = planFor(source, target, replace);
        QVERIFY2(replaced.canApply(), qPrintable(dump(replaced)));
        QCOMPARE(requests(replaced).constFirst(), QStringLiteral("DELETE /permissions/42"));
        QCOMPARE(requests(replaced).at(1),
                 QStringLiteral("POST /permissions {\"policy\":\"P1\",\"collection\":\"a\","
                                "\"action\":\"read\",\"fields\":[\"*\"]}"));
        QCOMPARE(replaced.deleteCount, 1);
    }

    void translationKeyAndLanguageSplit()
    {
        const PushPlan plan = planFor(
            "{'translations': [{'$sync': 't', 'key': 'k2', 'language': 'de-DE', 'value': 'v'}]}",
            "{'translations': [{'$sync': 't', '$local': 'T', 'key': 'k1', 'language': 'en-US',"
            " 'value': 'v'}], '$mapping': [['translations', 't', 'T']]}",
            PushSelection::everything());
        QVERIFY2(plan.canApply(), qPrintable(dump(plan)));
        QCOMPARE(requests(plan),
                 (QStringList{QStringLiteral("PATCH /translations/T {\"key\":\"k2\"}"),
                              QStringLiteral("PATCH /translations/T {\"language\":\"de-DE\"}")}));
    }

    void resolveMustStayUnique()
    {
        // B takes over A's resolve target; A moves to another one first (no nullify for it).
        const PushPlan plan = planFor(
            "{'operations': ["
            " {'$sync': 'a', 'key': 'a', 'flow': null, 'resolve': 's', 'reject': null},"
            " {'$sync': 'b', 'key': 'b', 'flow': null, 'resolve': 'r', 'reject': null},"
            " {'$sync': 'r', 'key': 'r', 'flow': null, 'resolve': null, 'reject': null},"
            " {'$sync': 's', 'key': 's', 'flow': null, 'resolve': null, 'reject': null}]}",
            "{'operations': ["
            " {'$sync': 'a', '$local': 'A', 'key': 'a', 'flow': null, 'resolve': 'r', 'reject': "
            "null},"
            " {'$sync': 'b', '$local': 'B', 'key': 'b', 'flow': null, 'resolve': null, 'reject': "
            "null},"
            " {'$sync': 'r', '$local': 'R', 'key': 'r', 'flow': null, 'resolve': null, 'reject': "
            "null},"
            " {'$sync': 's', '$local': 'S', 'key': 's', 'flow': null, 'resolve': null, 'reject': "
            "null},"
            " {'$sync': 'x', '$local': 'X', 'key': 'x', 'flow': null, 'resolve': 's', 'reject': "
            "null}], '$mapping': [['operations', 'a', 'A'], ['operations', 'b', 'B'],"
            " ['operations', 'r', 'R'], ['operations', 's', 'S'], ['operations', 'x', 'X']]}",
            select({QStringLiteral("operations/a"), QStringLiteral("operations/b")}));
        QVERIFY2(plan.canApply(), qPrintable(dump(plan)));
        QCOMPARE(requests(plan),
                 (QStringList{QStringLiteral("PATCH /operations {\"keys\":[\"X\"],\"data\":"
                                             "{\"resolve\":null}}"),
                              QStringLiteral("PATCH /operations/A {\"resolve\":\"S\"}"),
                              QStringLiteral("PATCH /operations/B {\"resolve\":\"R\"}")}));
    }

    void staleMappingRowIsRemovedBeforeCreate()
    {
        const PushPlan plan =
            planFor("{'dashboards': [{'$sync': 'd', 'name': 'D'}]}",
                    "{'dashboards': [], '$mapping': [['dashboards', 'd', 'gone']]}",
                    PushSelection::everything());
        QVERIFY2(plan.canApply(), qPrintable(dump(plan)));
        QCOMPARE(requests(plan).constFirst(),
                 QStringLiteral("DELETE /directus-extension-sync/table/dashboards/sync_id/d"));
        QCOMPARE(requests(plan).at(1), QStringLiteral("POST /dashboards {\"name\":\"D\"}"));
    }

    void selectedDanglingRowOfACreatedItemIsRemovedOnce()
    {
        PushSelection selection = PushSelection::everything();
        selection.items = {ItemRef::parse(QStringLiteral("dashboards/d"))};
        const PushPlan plan =
            planFor("{'dashboards': [{'$sync': 'd', 'name': 'D'}]}",
                    "{'dashboards': [], '$mapping': [['dashboards', 'd', 'gone']]}", selection);
        QVERIFY2(plan.canApply(), qPrintable(dump(plan)));
        QCOMPARE(requests(plan),
                 (QStringList{QStringLiteral("DELETE /directus-extension-sync/table/dashboards/"
                                             "sync_id/d"),
                              QStringLiteral("POST /dashboards {\"name\":\"D\"}"),
                              QStringLiteral("POST /directus-extension-sync/table/dashboards "
                                             "{\"table\":\"dashboards\",\"local_id\":\"<step 2 "
                                             "· id>\",\"sync_id\":\"d\"}")}));
    }

    void restorePlan()
    {
        // The push created role "new", changed dashboard D1 (and tracked it), deleted panel P1.
        PushBackup backup;
        backup.created = {ItemRef::parse(QStringLiteral("roles/new"))};
        BackupItem dashboard;
        dashboard.item = ItemRef::parse(QStringLiteral("dashboards/d"));
        dashboard.localId = QStringLiteral("D1");
        dashboard.raw = parse("{'id': 'D1', 'name': 'Old', 'note': 'n', 'panels': ['P1'], "
                              "'date_created': 'x'}")
                            .toObject();
        BackupItem panel;
        panel.item = ItemRef::parse(QStringLiteral("panels/p"));
        panel.localId = QStringLiteral("P1");
        panel.deleted = true;
        panel.raw = parse("{'id': 'P1', 'name': 'Panel', 'dashboard': 'D1', 'date_created': 'x'}")
                        .toObject();
        IdMapRow panelRow;
        panelRow.table = QStringLiteral("panels");
        panelRow.syncId = QStringLiteral("p");
        panelRow.localId = QStringLiteral("P1");
        panel.mappingRow = panelRow;
        backup.items = {dashboard, panel};

        InstanceReadResult current;
        current.ok = true;
        current.snapshot = side("{'roles': [{'$sync': 'new', '$local': 'R9', 'name': 'New'}],"
                                " 'dashboards': [{'$sync': 'd', '$local': 'D1', 'name': 'Pushed',"
                                " 'note': 'n'}], 'panels': []}");
        current.mappingRows = {IdMapRow{1, QStringLiteral("roles"), QStringLiteral("new"),
                                        QStringLiteral("R9"), QString()},
                               IdMapRow{2, QStringLiteral("dashboards"), QStringLiteral("d"),
                                        QStringLiteral("D1"), QString()}};
        QHash<QString, QHash<QString, JsonObject>> raw;
        raw[QStringLiteral("dashboards")][QStringLiteral("D1")] =
            parse("{'id': 'D1', 'name': 'Pushed', 'note': 'n', 'panels': []}").toObject();
        QCOMPARE(RestorePlanner::rawItemsNeeded(backup).size(), 1);

        const PushPlan plan = RestorePlanner::plan(backup, current, raw, std::nullopt);
        QVERIFY2(plan.canApply(), qPrintable(dump(plan)));
        QCOMPARE(requests(plan),
                 (QStringList{
                     // The deleted panel comes back with its id and row, before anything else.
                     QStringLiteral("POST /panels {\"id\":\"P1\",\"name\":\"Panel\","
                                    "\"dashboard\":\"D1\"}"),
                     QStringLiteral("POST /directus-extension-sync/table/panels {\"table\":"
                                    "\"panels\",\"local_id\":\"P1\",\"sync_id\":\"p\"}"),
                     // The changed dashboard gets its old value; the row the push added goes.
                     QStringLiteral("PATCH /dashboards/D1 {\"name\":\"Old\"}"),
                     QStringLiteral("DELETE /directus-extension-sync/table/dashboards/sync_id/d"),
                     // The created role is deleted with its row.
                     QStringLiteral("DELETE /roles/R9"),
                     QStringLiteral("DELETE /directus-extension-sync/table/roles/sync_id/new")}));
        QCOMPARE(plan.created.size(), 1);
        QCOMPARE(plan.deleteCount, 1);
    }

    void preserveIdsOption()
    {
        PushSelection selection = PushSelection::everything();
        selection.preserveIds = {QStringLiteral("dashboards")};
        const PushPlan plan = planFor("{'dashboards': [{'$sync': 'd', 'name': 'D'}]}",
                                      "{'dashboards': []}", selection);
        QCOMPARE(requests(plan).constFirst(),
                 QStringLiteral("POST /dashboards {\"name\":\"D\",\"id\":\"d\"}"));
        QVERIFY(plan.steps.constFirst().references.isEmpty());
    }

    void placeholdersResolveThroughTheTarget()
    {
        PushTarget target;
        target.placeholders.adminRoleId = QStringLiteral("ADMIN");
        const PushPlan plan = planFor(
            "{'roles': [{'$sync': '_sync_default_admin_role', 'name': 'Administrator'}],"
            " 'presets': [{'$sync': 'pr', 'bookmark': 'B', 'role': '_sync_default_admin_role'}]}",
            "{'roles': [{'$sync': '_sync_default_admin_role', '$local': 'ADMIN', '$origin': "
            "'placeholder', 'name': 'Administrator'}], 'presets': []}",
            PushSelection::everything(), target);
        QVERIFY2(plan.canApply(), qPrintable(dump(plan)));
        QCOMPARE(requests(plan).constFirst(),
                 QStringLiteral("POST /presets {\"bookmark\":\"B\",\"role\":\"ADMIN\"}"));
    }

    void policyAccessRowsAsAlterations()
    {
        const QByteArray source =
            "{'roles': [{'$sync': 'r1', 'name': 'R1'}, {'$sync': 'r2', 'name': 'R2'}],"
            " 'policies': [{'$sync': 'p', 'name': 'P', 'roles': [{'role': 'r1', 'sort': 2},"
            " {'role': 'r2', 'sort': null}]}]}";
        const QByteArray targetJson =
            "{'roles': [{'$sync': 'r1', '$local': 'R1', 'name': 'R1'},"
            " {'$sync': 'r2', '$local': 'R2', 'name': 'R2'},"
            " {'$sync': 'r3', '$local': 'R3', 'name': 'R3'}],"
            " 'policies': [{'$sync': 'p', '$local': 'P', 'name': 'P', 'roles': [{'role': 'r1',"
            " 'sort': 1}, {'role': 'r3', 'sort': null}]}],"
            " '$mapping': [['roles', 'r1', 'R1'], ['roles', 'r2', 'R2'], ['roles', 'r3', 'R3'],"
            " ['policies', 'p', 'P']]}";
        const PushSelection selection = select({QStringLiteral("policies/p")});
        QVERIFY(!planFor(source, targetJson, selection).canApply()); // raw rows not read
        QList<IdMapRow> rows;
        const CompareResult result = Comparer::compare(side(source), side(targetJson, &rows));
        const QList<RawItemsRequest> needed = PushPlanner::rawItemsNeeded(result, selection);
        QCOMPARE(needed.size(), 1);
        QCOMPARE(needed.constFirst().localIds, QStringList{QStringLiteral("P")});
        PushTarget target;
        target.mappingRows = rows;
        target.raw[QStringLiteral("policies")][QStringLiteral("P")] =
            parse("{'id': 'P', 'roles': [{'id': 7, 'role': 'R1', 'sort': 1},"
                  " {'id': 8, 'role': 'R3', 'sort': null}, {'id': 9, 'role': null, 'sort': 2}]}")
                .toObject();
        const PushPlan plan = PushPlanner::plan(result, selection, target);
        QVERIFY2(plan.canApply(), qPrintable(dump(plan)));
        QCOMPARE(requests(plan),
                 QStringList{QStringLiteral(
                     "PATCH /policies/P {\"roles\":{\"create\":[{\"role\":\"R2\",\"sort\":null}],"
                     "\"update\":[{\"role\":\"R1\",\"sort\":2,\"id\":7}],\"delete\":[8]}}")});
    }

    void schemaFilteredToTheSelection()
    {
        CompareResult result;
        result.schemaDiff = parse(
            "{'hash': 'h', 'diff': {'collections': ["
            " {'collection': 'a', 'diff': [{'kind': 'N', 'rhs': {'collection': 'a'}}]},"
            " {'collection': 'b', 'diff': [{'kind': 'N', 'rhs': {'collection': 'b'}}]},"
            " {'collection': 'old', 'diff': [{'kind': 'D', 'lhs': {'collection': 'old'}}]}],"
            " 'fields': [{'collection': 'a', 'field': 'id', 'diff': [{'kind': 'N', 'rhs': {}}]}],"
            " 'relations': [{'collection': 'a', 'field': 'b', 'related_collection': 'b',"
            "  'diff': [{'kind': 'N', 'rhs': {}}]}]}}");
        result.schema = Comparer::schemaRowsFromDiff(result.schemaDiff, false);
        const PushPlan all = PushPlanner::plan(result, PushSelection::everything(), {});
        QCOMPARE(all.steps.size(), 1);
        QCOMPARE(all.steps.constFirst().request.path, QStringLiteral("/schema/apply"));
        const JsonObject allDiff =
            all.schemaApply->toObject().value(QStringLiteral("diff")).toObject();
        QCOMPARE(allDiff.value(QStringLiteral("collections")).toArray().size(), 2); // no drop
        QCOMPARE(allDiff.value(QStringLiteral("relations")).toArray().size(), 1);
        QCOMPARE(all.schemaApply->toObject().value(QStringLiteral("hash")).toString(),
                 QStringLiteral("h"));

        const PushPlan onlyA = PushPlanner::plan(result, select({QStringLiteral("schema/a")}), {});
        const JsonObject aDiff =
            onlyA.schemaApply->toObject().value(QStringLiteral("diff")).toObject();
        QCOMPARE(aDiff.value(QStringLiteral("collections")).toArray().size(), 1);
        QCOMPARE(aDiff.value(QStringLiteral("fields")).toArray().size(), 1);
        QCOMPARE(aDiff.value(QStringLiteral("relations")).toArray().size(), 0); // b is missing

        PushSelection drop = select({QStringLiteral("schema/old")});
        QVERIFY(PushPlanner::plan(result, drop, {}).isEmpty());
        drop.allowDelete = true;
        const PushPlan dropped = PushPlanner::plan(result, drop, {});
        QCOMPARE(dropped.deleteCount, 1);

        result.sourceVersion = QStringLiteral("12.4.0");
        result.targetVersion = QStringLiteral("11.3.5");
        QVERIFY(!PushPlanner::plan(result, PushSelection::everything(), {}).canApply());
        PushSelection forced = PushSelection::everything();
        forced.force = true;
        QVERIFY(PushPlanner::plan(result, forced, {}).canApply());
    }

    void protectedTargetNeedsConfirmation()
    {
        PushTarget target;
        target.name = QStringLiteral("production");
        target.isProtected = true;
        const QByteArray source = "{'dashboards': [{'$sync': 'd', 'name': 'D'}]}";
        const QByteArray targetJson = "{'dashboards': []}";
        const PushPlan refused = planFor(source, targetJson, PushSelection::everything(), target);
        QVERIFY(!refused.canApply());
        QVERIFY(refused.needsConfirmation);
        PushSelection confirmed = PushSelection::everything();
        confirmed.confirm = QStringLiteral("production");
        QVERIFY(planFor(source, targetJson, confirmed, target).canApply());
    }

    void untrackedAndIdenticalAreNotPushed()
    {
        const PushPlan plan = planFor(
            "{'roles': [{'$sync': 'r', 'name': 'R'}]}",
            "{'roles': [{'$sync': 'r', '$local': 'r1', 'name': 'R'}, {'$local': 'u', '$origin': "
            "'none', 'name': 'U'}], '$mapping': [['roles', 'r', 'r1']]}",
            select({QStringLiteral("roles/r")}));
        QVERIFY(plan.isEmpty());
        QVERIFY(plan.canApply());
    }
};

QTEST_GUILESS_MAIN(tst_PushPlanner)
#include "tst_pushplanner.moc"
