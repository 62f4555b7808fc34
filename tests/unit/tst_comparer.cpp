// Data-driven tests of the pure compare engine and the dependency closure on hand-made sides.
// A side is written as JSON: {'version': '11.3.5', 'collections': {'<name>': {'items': [...],
// 'mapping': [[syncId, localId], ...]}}, 'schema': {...}}; an item's '$sync', '$local' and
// '$origin' (row | placeholder | preserved | none | dump) become the SyncItem's fields.
#include "comparer.h"
#include "comparereport.h"
#include "dependencyclosure.h"
#include "jsonreader.h"
#include "jsonwriter.h"

#include <QtTest>

using namespace syncstudio;

namespace {

// Test JSON is written with single quotes (raw string literals upset moc in files with
// Q_OBJECT); no test value contains an apostrophe.
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

SyncIdOrigin originFrom(const QString &name)
{
    if (name == QLatin1String("placeholder")) {
        return SyncIdOrigin::Placeholder;
    }
    if (name == QLatin1String("preserved")) {
        return SyncIdOrigin::PreservedId;
    }
    if (name == QLatin1String("none")) {
        return SyncIdOrigin::None;
    }
    if (name == QLatin1String("dump")) {
        return SyncIdOrigin::Dump;
    }
    return SyncIdOrigin::MappingRow;
}

ConfigSnapshot side(const QByteArray &json)
{
    const JsonObject root = parse(json).toObject();
    ConfigSnapshot snapshot;
    snapshot.directusVersion = root.value(QStringLiteral("version")).toString();
    if (root.contains(QStringLiteral("schema"))) {
        snapshot.schema = root.value(QStringLiteral("schema"));
    }
    for (const auto &[name, value] : root.value(QStringLiteral("collections")).toObject()) {
        CollectionData data;
        data.name = name;
        data.present = true;
        for (const JsonValue &raw : value.toObject().value(QStringLiteral("items")).toArray()) {
            JsonObject object = raw.toObject();
            SyncItem item;
            item.syncId = object.value(QStringLiteral("$sync")).toString();
            item.localId = object.value(QStringLiteral("$local")).toString();
            item.origin = originFrom(object.value(QStringLiteral("$origin")).toString());
            item.tracked =
                item.origin == SyncIdOrigin::MappingRow || item.origin == SyncIdOrigin::Dump;
            for (const char *key : {"$sync", "$local", "$origin"}) {
                object.remove(QString::fromLatin1(key));
            }
            item.data = object;
            data.items.append(item);
        }
        qint64 id = 1;
        for (const JsonValue &pair : value.toObject().value(QStringLiteral("mapping")).toArray()) {
            IdMapRow row;
            row.id = id++;
            row.table = name;
            row.syncId = pair.toArray().value(0).toString();
            row.localId = pair.toArray().value(1).toString();
            data.mappingRows.append(row);
        }
        snapshot.collections.append(data);
    }
    return snapshot;
}

// "flows/f1=changed[options.cron]" lines, sorted, for one compact comparison per case.
QStringList summary(const CompareResult &result)
{
    QStringList lines;
    for (const ItemComparison &item : result.items) {
        QString line = item.collection + QLatin1Char('/') +
                       (item.syncId.isEmpty() ? QStringLiteral("#") + item.localId : item.syncId) +
                       QLatin1Char('=') + itemStatusName(item.status);
        if (!item.fields.isEmpty()) {
            QStringList paths;
            for (const FieldChange &change : item.fields) {
                paths.append(change.path);
            }
            line += QLatin1Char('[') + paths.join(QLatin1Char(',')) + QLatin1Char(']');
        }
        if (!item.counterpartSyncId.isEmpty() || !item.counterpartLocalId.isEmpty()) {
            line += QStringLiteral(" ~") + item.counterpartSyncId + QLatin1Char('|') +
                    item.counterpartLocalId;
        }
        lines.append(line);
    }
    for (const SchemaComparison &row : result.schema) {
        const QString kind = row.kind == SchemaKind::Collection ? QStringLiteral("collection")
                             : row.kind == SchemaKind::Field    ? QStringLiteral("field")
                                                                : QStringLiteral("relation");
        lines.append(QStringLiteral("schema:") + kind + QLatin1Char(':') + row.collection +
                     (row.field.isEmpty() ? QString() : QLatin1Char('.') + row.field) +
                     QLatin1Char('=') + itemStatusName(row.status) +
                     (row.versionOnly ? QStringLiteral(" (version)") : QString()));
    }
    lines.sort();
    return lines;
}

} // namespace

class tst_Comparer final : public QObject
{
    Q_OBJECT

private slots:
    void compare_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("identical and nested change")
            << QByteArray("{'collections': {'flows': {'items': ["
                          "{'$sync': 'f1', '$origin': 'dump', 'name': 'A', 'options': {'cron': '0 "
                          "1 * * *', 'x': [1, 2]}},"
                          "{'$sync': 'f2', '$origin': 'dump', 'name': 'B', 'options': {}}]}}}")
            << QByteArray("{'collections': {'flows': {'items': ["
                          "{'$sync': 'f1', '$local': 'f1', 'name': 'A', 'options': {'cron': '0 3 * "
                          "* *', 'x': [1, 3]}},"
                          "{'$sync': 'f2', '$local': 'f2', 'name': 'B', 'options': []}],"
                          "'mapping': [['f1', 'f1'], ['f2', 'f2']]}}}")
            << QStringList{QStringLiteral("flows/f1=changed[options.cron,options.x[1]]"),
                           QStringLiteral("flows/f2=identical")};

        QTest::newRow("source-only, target-only, untracked with counterpart, dangling")
            << QByteArray("{'collections': {'roles': {'items': ["
                          "{'$sync': 'r1', '$origin': 'dump', 'name': 'Editor'},"
                          "{'$sync': 'r2', '$origin': 'dump', 'name': 'Writer'}]}}}")
            << QByteArray("{'collections': {'roles': {'items': ["
                          "{'$sync': 'r9', '$local': 'L9', 'name': 'Old'},"
                          "{'$local': 'L5', '$origin': 'none', 'name': 'Writer'}],"
                          "'mapping': [['r9', 'L9'], ['r7', 'gone']]}}}")
            << QStringList{QStringLiteral("roles/#L5=untracked ~r2|"),
                           QStringLiteral("roles/r1=source-only"),
                           QStringLiteral("roles/r2=source-only ~|L5"),
                           QStringLiteral("roles/r7=dangling"),
                           QStringLiteral("roles/r9=target-only")};

        QTest::newRow("placeholders match by rule")
            << QByteArray("{'collections': {'roles': {'items': ["
                          "{'$sync': '_sync_default_admin_role', '$origin': 'dump', 'name': "
                          "'Administrator', 'parent': null}]},"
                          "'policies': {'items': ["
                          "{'$sync': '_sync_default_public_policy', '$origin': 'dump', 'name': "
                          "'$t:public_label', 'roles': [{'role': null, 'sort': 1}]}]}}}")
            << QByteArray("{'collections': {'roles': {'items': ["
                          "{'$sync': '_sync_default_admin_role', '$local': 'a1', '$origin': "
                          "'placeholder', 'name': 'Administrator', 'parent': null}]},"
                          "'policies': {'items': ["
                          "{'$sync': '_sync_default_public_policy', '$local': 'p1', '$origin': "
                          "'placeholder', 'name': '$t:public_label', 'roles': [{'role': null, "
                          "'sort': 1}]}]}}}")
            << QStringList{QStringLiteral("policies/_sync_default_public_policy=identical"),
                           QStringLiteral("roles/_sync_default_admin_role=identical")};

        QTest::newRow("ignored fields on both sides (directus-sync#210)")
            << QByteArray("{'collections': {'settings': {'items': ["
                          "{'$sync': '_sync_default_settings', '$origin': 'dump', 'project_name': "
                          "'X', 'project_logo': 'file-a', 'project_url': 'https://a'}]}}}")
            << QByteArray(
                   "{'collections': {'settings': {'items': ["
                   "{'$sync': '_sync_default_settings', '$local': '1', '$origin': 'placeholder', "
                   "'project_name': 'X', 'project_logo': 'file-b', 'project_id': 'abc'}]}}}")
            << QStringList{QStringLiteral("settings/_sync_default_settings=identical")};

        QTest::newRow("access rows are a set keyed by role; null-role rows never differ")
            << QByteArray(
                   "{'collections': {'policies': {'items': ["
                   "{'$sync': 'p1', '$origin': 'dump', 'name': 'P', 'roles': [{'role': 'r1', "
                   "'sort': null}, {'role': 'r2', 'sort': null}, {'role': null, 'sort': 3}]}]}}}")
            << QByteArray("{'collections': {'policies': {'items': ["
                          "{'$sync': 'p1', '$local': 'p1', 'name': 'P', 'roles': [{'role': 'r2', "
                          "'sort': null}, {'role': 'r1', 'sort': null}]}],"
                          "'mapping': [['p1', 'p1']]}}}")
            << QStringList{QStringLiteral("policies/p1=identical")};

        QTest::newRow("access row change is reported")
            << QByteArray("{'collections': {'policies': {'items': ["
                          "{'$sync': 'p1', '$origin': 'dump', 'name': 'P', 'roles': [{'role': "
                          "'r1', 'sort': 1}, {'role': 'r2', 'sort': null}]}]}}}")
            << QByteArray("{'collections': {'policies': {'items': ["
                          "{'$sync': 'p1', '$local': 'p1', 'name': 'P', 'roles': [{'role': 'r2', "
                          "'sort': null}, {'role': 'r1', 'sort': 2}]}],"
                          "'mapping': [['p1', 'p1']]}}}")
            << QStringList{QStringLiteral("policies/p1=changed[roles[0].sort]")};

        QTest::newRow("permission fields order is significant")
            << QByteArray("{'collections': {'permissions': {'items': ["
                          "{'$sync': '1', '$origin': 'dump', 'policy': 'p', 'collection': 'a', "
                          "'action': 'read', 'fields': ['a', 'b']}]}}}")
            << QByteArray("{'collections': {'permissions': {'items': ["
                          "{'$sync': '1', '$local': '7', 'policy': 'p', 'collection': 'a', "
                          "'action': 'read', 'fields': ['b', 'a', 'c']}],"
                          "'mapping': [['1', '7']]}}}")
            << QStringList{QStringLiteral("permissions/1=changed[fields]")};

        QTest::newRow("keys a push cannot change are no difference")
            << QByteArray("{'version': '11.3.5', 'collections': {'dashboards': {'items': ["
                          "{'$sync': 'd1', '$origin': 'dump', 'name': 'D', 'note': 'n'}]}}}")
            << QByteArray("{'version': '11.3.5', 'collections': {'dashboards': {'items': ["
                          "{'$sync': 'd1', '$local': 'd1', 'name': 'D', 'note': 'n', "
                          "'added_in_a_later_version': true}],"
                          "'mapping': [['d1', 'd1']]}}}")
            << QStringList{QStringLiteral("dashboards/d1=identical")};

        QTest::newRow("key missing on the target, same version: a change")
            << QByteArray("{'version': '11.3.5', 'collections': {'dashboards': {'items': ["
                          "{'$sync': 'd1', '$origin': 'dump', 'name': 'D', 'color': '#fff'}]}}}")
            << QByteArray(
                   "{'version': '11.3.5', 'collections': {'dashboards': {'items': ["
                   "{'$sync': 'd1', '$local': 'd1', 'name': 'D'}], 'mapping': [['d1', 'd1']]}}}")
            << QStringList{QStringLiteral("dashboards/d1=changed[color]")};

        QTest::newRow("key missing on a target of another version: not a change")
            << QByteArray("{'version': '12.4.0', 'collections': {'dashboards': {'items': ["
                          "{'$sync': 'd1', '$origin': 'dump', 'name': 'D', 'color': '#fff'}]}}}")
            << QByteArray(
                   "{'version': '11.3.5', 'collections': {'dashboards': {'items': ["
                   "{'$sync': 'd1', '$local': 'd1', 'name': 'D'}], 'mapping': [['d1', 'd1']]}}}")
            << QStringList{QStringLiteral("dashboards/d1=identical")};

        QTest::newRow("a collection missing on one side is never compared")
            << QByteArray("{'collections': {'flows': {'items': ["
                          "{'$sync': 'f1', '$origin': 'dump', 'name': 'A'}]}}}")
            << QByteArray(
                   "{'collections': {'roles': {'items': ["
                   "{'$sync': 'r1', '$local': 'r1', 'name': 'R'}], 'mapping': [['r1', 'r1']]}}}")
            << QStringList{};

        QTest::newRow("preserved ids match untracked flows")
            << QByteArray("{'collections': {'flows': {'items': ["
                          "{'$sync': 'f1', '$origin': 'dump', 'name': 'A'}]}}}")
            << QByteArray(
                   "{'collections': {'flows': {'items': ["
                   "{'$sync': 'f1', '$local': 'f1', '$origin': 'preserved', 'name': 'B'},"
                   "{'$sync': 'f2', '$local': 'f2', '$origin': 'preserved', 'name': 'C'}]}}}")
            << QStringList{QStringLiteral("flows/f1=changed[name]"),
                           QStringLiteral("flows/f2=untracked")};

        QTest::newRow("schema snapshots compared directly")
            << QByteArray(
                   "{'version': '11.3.5', 'collections': {}, 'schema': {"
                   "'collections': [{'collection': 'a', 'meta': {'icon': 'x'}}, {'collection': "
                   "'b', 'meta': {}}],"
                   "'fields': [{'collection': 'a', 'field': 'id', 'meta': {'width': 'full'}},"
                   "{'collection': 'a', 'field': 't', 'meta': {'note': '1'}}],"
                   "'relations': []}}")
            << QByteArray("{'version': '11.3.5', 'collections': {}, 'schema': {"
                          "'collections': [{'collection': 'a', 'meta': {'icon': 'x'}}, "
                          "{'collection': 'c', 'meta': {}}],"
                          "'fields': [{'collection': 'a', 'field': 't', 'meta': {'note': '2'}},"
                          "{'collection': 'a', 'field': 'id', 'meta': {'width': 'full'}}],"
                          "'relations': []}}")
            << QStringList{QStringLiteral("schema:collection:b=source-only"),
                           QStringLiteral("schema:collection:c=target-only"),
                           QStringLiteral("schema:field:a.t=changed")};

        QTest::newRow("schema keys of another version only")
            << QByteArray("{'version': '12.4.0', 'collections': {}, 'schema': {"
                          "'collections': [], 'fields': [{'collection': 'a', 'field': 'id', "
                          "'meta': {'width': 'full', 'searchable': true}}],"
                          "'relations': []}}")
            << QByteArray("{'version': '11.3.5', 'collections': {}, 'schema': {"
                          "'collections': [], 'fields': [{'collection': 'a', 'field': 'id', "
                          "'meta': {'width': 'full'}}],"
                          "'relations': []}}")
            << QStringList{QStringLiteral("schema:field:a.id=changed (version)")};
    }

    void compare()
    {
        QFETCH(QByteArray, source);
        QFETCH(QByteArray, target);
        QFETCH(QStringList, expected);
        const CompareResult result = Comparer::compare(side(source), side(target));
        QCOMPARE(summary(result), expected);
    }

    void fieldValues()
    {
        const CompareResult result = Comparer::compare(
            side("{'collections': {'flows': {'items': ["
                 "{'$sync': 'f1', '$origin': 'dump', 'name': 'A', 'options': {'a': 1}}]}}}"),
            side("{'collections': {'flows': {'items': ["
                 "{'$sync': 'f1', '$local': 'f1', 'name': 'A', 'options': {'b': 2}}],"
                 "'mapping': [['f1', 'f1']]}}}"));
        QCOMPARE(result.items.size(), 1);
        const QList<FieldChange> &fields = result.items.at(0).fields;
        QCOMPARE(fields.size(), 2);
        QCOMPARE(fields.at(0).path, QStringLiteral("options.a"));
        QVERIFY(fields.at(0).source == JsonValue(1));
        QVERIFY(!fields.at(0).target);
        QCOMPARE(fields.at(1).path, QStringLiteral("options.b"));
        QVERIFY(!fields.at(1).source);
        QVERIFY(fields.at(1).target == JsonValue(2));
        QVERIFY(result.hasDifferences());
        QCOMPARE(result.count(ItemStatus::Changed), 1);
        QVERIFY(result.find(QStringLiteral("flows"), QStringLiteral("f1")));
    }

    // The report is written item by item; it must be exactly JSON.stringify(report, null, 2)
    // of the whole document (the CLI contract), with and without items.
    void reportJson()
    {
        CompareResult result = Comparer::compare(
            side("{'collections': {'flows': {'items': ["
                 "{'$sync': 'f1', '$origin': 'dump', 'name': 'A', 'options': {'a': [1, {'x': "
                 "'line\\nbreak'}]}},"
                 "{'$sync': 'f2', '$origin': 'dump', 'name': 'B'}]}}}"),
            side("{'collections': {'flows': {'items': ["
                 "{'$sync': 'f1', '$local': 'f1', 'name': 'A', 'options': {'b': 2}}],"
                 "'mapping': [['f1', 'f1']]}}}"));
        result.warnings.append(QStringLiteral("a warning"));
        const QByteArray text = CompareReport::toJson(result, false);
        const auto parsed = JsonReader::parse(text);
        QVERIFY(parsed);
        QCOMPARE(text, JsonWriter::stringify(*parsed, 2) + '\n');
        QCOMPARE(parsed->toObject().value(QStringLiteral("items")).toArray().size(), 2);
        QVERIFY(text.contains("\"x\": \"line\\nbreak\""));
        QByteArray pieces;
        int count = 0;
        CompareReport::writeJson(result, false, [&](const QByteArray &chunk) {
            pieces += chunk;
            ++count;
        });
        QCOMPARE(pieces, text);
        QVERIFY(count >= 1);

        const QByteArray onlyChanged = CompareReport::toJson(result, true);
        QCOMPARE(onlyChanged, JsonWriter::stringify(*JsonReader::parse(onlyChanged), 2) + '\n');

        const QByteArray empty = CompareReport::toJson(CompareResult(), false);
        QVERIFY(empty.contains("\n  \"items\": [],\n"));
        QCOMPARE(empty, JsonWriter::stringify(*JsonReader::parse(empty), 2) + '\n');
    }

    void displayNamesResolveRelations()
    {
        const CompareResult result = Comparer::compare(
            side("{'collections': {'policies': {'items': [{'$sync': 'p1', '$origin': 'dump', "
                 "'name': 'Editors'}]},"
                 "'permissions': {'items': [{'$sync': '9', '$origin': 'dump', 'policy': 'p1', "
                 "'collection': 'articles', 'action': 'read'}]}}}"),
            side("{'collections': {'policies': {'items': []}, 'permissions': {'items': []}}}"));
        const ItemComparison *permission =
            result.find(QStringLiteral("permissions"), QStringLiteral("9"));
        QVERIFY(permission);
        QCOMPARE(permission->name, QStringLiteral("Editors · articles · read"));
    }

    void untrackedIgnorable()
    {
        const CompareResult result =
            Comparer::compare(side("{'collections': {'roles': {'items': []}}}"),
                              side("{'collections': {'roles': {'items': [{'$local': 'x', "
                                   "'$origin': 'none', 'name': 'R'}]}}}"));
        QVERIFY(result.hasDifferences());
        QVERIFY(!result.hasDifferences(true));
    }

    void serverSchemaDiff()
    {
        const JsonValue answer = parse(
            "{'hash': 'h1', 'diff': {"
            "'collections': [{'collection': 'authors', 'diff': [{'kind': 'N', 'rhs': "
            "{'collection': 'authors'}}]},"
            "{'collection': 'legacy', 'diff': [{'kind': 'D', 'lhs': {'collection': 'legacy'}}]}],"
            "'fields': [{'collection': 'articles', 'field': 'title', 'diff': [{'kind': 'E', "
            "'path': ['meta', 'note'], 'lhs': 'a', 'rhs': 'b'}]},"
            "{'collection': 'articles', 'field': 'id', 'diff': [{'kind': 'N', 'path': ['meta', "
            "'searchable'], 'rhs': true}]}],"
            "'relations': [{'collection': 'articles', 'field': 'author', 'related_collection': "
            "'authors',"
            "'diff': [{'kind': 'A', 'path': ['meta', 'one_allowed'], 'index': 0, 'item': {'kind': "
            "'N', 'rhs': 'x'}}]}]}}");
        const QList<SchemaComparison> rows = Comparer::schemaRowsFromDiff(answer, true);
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows.at(0).status, ItemStatus::SourceOnly);
        QCOMPARE(rows.at(1).status, ItemStatus::TargetOnly);
        QCOMPARE(rows.at(2).status, ItemStatus::Changed);
        QVERIFY(!rows.at(2).versionOnly);
        QVERIFY(rows.at(2).source->toObject().value(QStringLiteral("meta.note")) ==
                JsonValue(QStringLiteral("b")));
        QVERIFY(rows.at(3).versionOnly);
        QCOMPARE(rows.at(4).kind, SchemaKind::Relation);
        QCOMPARE(rows.at(4).field, QStringLiteral("author"));
        QVERIFY(Comparer::schemaRowsFromDiff(std::nullopt, false).isEmpty());
    }

    void closure_data()
    {
        QTest::addColumn<QStringList>("picked");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("operation brings its flow and chained operations")
            << QStringList{QStringLiteral("operations/o1")}
            << QStringList{QStringLiteral("flows/f1"), QStringLiteral("operations/o2")};
        QTest::newRow("trigger operation brings the flow it triggers along")
            << QStringList{QStringLiteral("operations/t1")}
            << QStringList{QStringLiteral("flows/f2"), QStringLiteral("flows/f1"),
                           QStringLiteral("operations/o1"), QStringLiteral("operations/o2")};
        QTest::newRow("permission -> policy -> roles -> parent, identical ones left out")
            << QStringList{QStringLiteral("permissions/9")}
            << QStringList{QStringLiteral("policies/p1"), QStringLiteral("roles/r2"),
                           QStringLiteral("roles/r1")};
        QTest::newRow("settings -> folder chain and role")
            << QStringList{QStringLiteral("settings/_sync_default_settings")}
            << QStringList{QStringLiteral("roles/r2"), QStringLiteral("folders/c"),
                           QStringLiteral("roles/r1"), QStringLiteral("folders/root")};
        QTest::newRow("dynamic values are no dependency")
            << QStringList{QStringLiteral("operations/t2")} << QStringList{};
    }

    void closure()
    {
        QFETCH(QStringList, picked);
        QFETCH(QStringList, expected);
        const ConfigSnapshot source =
            side("{'collections': {"
                 "'folders': {'items': [{'$sync': 'root', '$origin': 'dump', 'name': 'R', "
                 "'parent': null},"
                 "{'$sync': 'c', '$origin': 'dump', 'name': 'C', 'parent': 'root'}]},"
                 "'flows': {'items': [{'$sync': 'f1', '$origin': 'dump', 'name': 'F1', "
                 "'operation': 'o1'},"
                 "{'$sync': 'f2', '$origin': 'dump', 'name': 'F2', 'operation': 't1'},"
                 "{'$sync': 'f3', '$origin': 'dump', 'name': 'F3', 'operation': 't2'}]},"
                 "'operations': {'items': ["
                 "{'$sync': 'o1', '$origin': 'dump', 'key': 'a', 'flow': 'f1', 'resolve': 'o2', "
                 "'reject': null, 'options': {}},"
                 "{'$sync': 'o2', '$origin': 'dump', 'key': 'b', 'flow': 'f1', 'resolve': null, "
                 "'reject': null, 'options': {}},"
                 "{'$sync': 't1', '$origin': 'dump', 'key': 't', 'flow': 'f2', 'resolve': null, "
                 "'reject': null, 'options': {'flow': 'f1'}},"
                 "{'$sync': 't2', '$origin': 'dump', 'key': 'u', 'flow': 'f3', 'resolve': null, "
                 "'reject': null, 'options': {'flow': '{{ $last.id }}'}}]},"
                 "'roles': {'items': [{'$sync': 'r1', '$origin': 'dump', 'name': 'Editor', "
                 "'parent': null},"
                 "{'$sync': 'r2', '$origin': 'dump', 'name': 'Junior', 'parent': 'r1'},"
                 "{'$sync': 'r3', '$origin': 'dump', 'name': 'Same', 'parent': null}]},"
                 "'policies': {'items': [{'$sync': 'p1', '$origin': 'dump', 'name': 'P', 'roles': "
                 "[{'role': 'r2', 'sort': 1}, {'role': 'r3', 'sort': 2}]}]},"
                 "'permissions': {'items': [{'$sync': '9', '$origin': 'dump', 'policy': 'p1', "
                 "'collection': 'a', 'action': 'read'}]},"
                 "'settings': {'items': [{'$sync': '_sync_default_settings', '$origin': 'dump', "
                 "'storage_default_folder': 'c', 'public_registration_role': 'r2'}]}}}");
        const ConfigSnapshot target = side(
            "{'collections': {"
            "'folders': {'items': []}, 'operations': {'items': []},"
            "'flows': {'items': [{'$sync': 'f3', '$local': 'f3', 'name': 'F3', 'operation': "
            "'t2'}], 'mapping': [['f3', 'f3']]},"
            "'roles': {'items': [{'$sync': 'r3', '$local': 'r3', 'name': 'Same', 'parent': null}], "
            "'mapping': [['r3', 'r3']]},"
            "'policies': {'items': []}, 'permissions': {'items': []},"
            "'settings': {'items': [{'$sync': '_sync_default_settings', '$local': '1', '$origin': "
            "'placeholder', 'storage_default_folder': null, 'public_registration_role': null}]}}}");
        const CompareResult result = Comparer::compare(source, target);
        QList<ItemRef> refs;
        for (const QString &text : picked) {
            refs.append(ItemRef::parse(text));
        }
        QStringList got;
        for (const ClosureEntry &entry : DependencyClosure::compute(result, refs)) {
            got.append(entry.item.toString());
        }
        QCOMPARE(got, expected);
    }
};

QTEST_GUILESS_MAIN(tst_Comparer)
#include "tst_comparer.moc"
