// The fixture tests/data/pull341 holds raw API responses and the dump the REAL directus-sync
// 3.4.1 CLI wrote from them (tests/data/pull341/generate-expected.js). The data-driven cases
// below follow dist/lib/services/collections/base/{directus-collection,data-mapper}.js and
// helpers/apply-mapper.js, and the IdMapperClient overrides in roles/, policies/, settings/.

#include "normalizer.h"

#include "collectiondescriptor.h"
#include "comparer.h"
#include "comparereport.h"
#include "configsnapshot.h"
#include "dumpfolderwriter.h"
#include "jscollator.h"
#include "jsonreader.h"
#include "placeholdercontext.h"
#include "testenvironment.h"

#include <QFile>
#include <QtTest>

using namespace syncstudio;

namespace {

JsonValue parse(const QByteArray &json)
{
    JsonParseError error;
    const std::optional<JsonValue> value = JsonReader::parse(json, &error);
    if (!value) {
        qFatal("test input does not parse: %s (%s)", qPrintable(error.message), json.constData());
    }
    return *value;
}

JsonValue readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(path));
    }
    return parse(file.readAll());
}

QString fixture(const QString &relative)
{
    return test::TestEnvironment::sourceDir() + QStringLiteral("/tests/data/pull341/") + relative;
}

QList<IdMapRow> rowsFrom(const JsonValue &array)
{
    QList<IdMapRow> rows;
    for (const JsonValue &value : array.toArray()) {
        const std::optional<IdMapRow> row = IdMapRow::fromJson(value);
        if (!row) {
            qFatal("bad mapping row in test input");
        }
        rows.append(*row);
    }
    return rows;
}

QMap<QString, JsonArray> rawFrom(const JsonValue &object)
{
    QMap<QString, JsonArray> raw;
    for (const auto &[collection, items] : object.toObject()) {
        raw.insert(collection, items.toArray());
    }
    return raw;
}

QString originName(SyncIdOrigin origin)
{
    switch (origin) {
    case SyncIdOrigin::None:
        return QStringLiteral("none");
    case SyncIdOrigin::MappingRow:
        return QStringLiteral("row");
    case SyncIdOrigin::Placeholder:
        return QStringLiteral("placeholder");
    case SyncIdOrigin::PreservedId:
        return QStringLiteral("preserved");
    case SyncIdOrigin::Dump:
        return QStringLiteral("dump");
    }
    return {};
}

// "path|target|raw|untracked" per unmappable reference.
QStringList describe(const QList<UnmappableReference> &references)
{
    QStringList result;
    for (const UnmappableReference &reference : references) {
        result.append(
            reference.path + QLatin1Char('|') + reference.targetCollection + QLatin1Char('|') +
            reference.rawValue.toScalarText() + QLatin1Char('|') +
            (reference.targetUntracked ? QStringLiteral("untracked") : QStringLiteral("unknown")));
    }
    return result;
}

QStringList strings(const JsonValue &array)
{
    QStringList result;
    for (const JsonValue &value : array.toArray()) {
        result.append(value.toString());
    }
    return result;
}

const CollectionData *find(const QList<CollectionData> &collections, const QString &name)
{
    for (const CollectionData &collection : collections) {
        if (collection.name == name) {
            return &collection;
        }
    }
    return nullptr;
}

} // namespace

class TestNormalizer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void realPullFixture();
    void realPullFixtureSyncIds();
    void deriveFromFixture();
    void normalize_data();
    void normalize();
    void processingOrderAndPresence();
    void warnings_data();
    void warnings();
    void schemaSnapshot();
    void derive_data();
    void derive();
    void toLocal_data();
    void toLocal();
    void localIdFor();
    void ignoredFieldsKeptAside();

private:
    QMap<QString, JsonArray> m_raw;
    QList<IdMapRow> m_rows;
    PlaceholderContext m_context;
};

void TestNormalizer::initTestCase()
{
    for (const QString &name : CollectionDescriptor::names()) {
        m_raw.insert(
            name, readJson(fixture(QStringLiteral("instance/items/%1.json").arg(name))).toArray());
    }
    m_rows = rowsFrom(readJson(fixture(QStringLiteral("instance/id-map.json"))));
    const JsonObject context =
        readJson(fixture(QStringLiteral("instance/context.json"))).toObject();
    m_context.adminRoleId = context.value(QStringLiteral("adminRoleId")).toString();
    m_context.adminPolicyId = context.value(QStringLiteral("adminPolicyId")).toString();
    m_context.publicPolicyId = context.value(QStringLiteral("publicPolicyId")).toString();
}

void TestNormalizer::realPullFixture()
{
    const QList<CollectionData> result = Normalizer(m_rows, m_context).normalize(m_raw);
    QCOMPARE(result.size(), 11);
    for (const CollectionData &collection : result) {
        QVERIFY2(collection.warnings.isEmpty(), qPrintable(collection.warnings.join(u'\n')));
        const JsonArray expected =
            readJson(
                fixture(
                    QStringLiteral("expected/default/collections/%1.json").arg(collection.name)))
                .toArray();
        QCOMPARE(collection.items.size(), expected.size());
        for (const JsonValue &expectedValue : expected) {
            JsonObject expectedData = expectedValue.toObject();
            const QString syncId = expectedData.value(QStringLiteral("_syncId")).toString();
            QVERIFY(expectedData.keys().last() == QStringLiteral("_syncId"));
            expectedData.remove(QStringLiteral("_syncId"));
            const SyncItem *item = collection.findBySyncId(syncId);
            QVERIFY2(item, qPrintable(collection.name + QLatin1Char(' ') + syncId));
            QCOMPARE(item->data, expectedData);
            // Key order matters for byte-identical dumps; operator== ignores it.
            QCOMPARE(item->data.keys(), expectedData.keys());
            QVERIFY(item->unmappable.isEmpty());
            QVERIFY(!item->localId.isEmpty());
        }
    }
}

void TestNormalizer::realPullFixtureSyncIds()
{
    // The rows the real CLI created during the pull are exactly the SyncIDs we predicted for
    // the untracked items.
    const QList<IdMapRow> after =
        rowsFrom(readJson(fixture(QStringLiteral("expected/id-map-after-pull.json"))));
    const QList<CollectionData> result = Normalizer(m_rows, m_context).normalize(m_raw);
    int untracked = 0;
    for (const CollectionData &collection : result) {
        for (const SyncItem &item : collection.items) {
            const auto row = std::find_if(after.cbegin(), after.cend(), [&](const IdMapRow &r) {
                return r.table == collection.name && r.localId == item.localId;
            });
            QVERIFY(row != after.cend());
            QCOMPARE(item.syncId, row->syncId);
            QCOMPARE(item.tracked, row->id <= m_rows.size());
            if (!item.tracked) {
                ++untracked;
                const bool placeholder = item.syncId.startsWith(QStringLiteral("_sync_default_"));
                QCOMPARE(item.origin,
                         placeholder ? SyncIdOrigin::Placeholder : SyncIdOrigin::PreservedId);
            } else {
                QCOMPARE(item.origin, SyncIdOrigin::MappingRow);
            }
        }
    }
    QCOMPARE(untracked, after.size() - m_rows.size());
}

void TestNormalizer::deriveFromFixture()
{
    const PlaceholderContext derived =
        PlaceholderContext::derive(m_context.adminRoleId, m_raw.value(QStringLiteral("policies")));
    QCOMPARE(derived.adminRoleId, m_context.adminRoleId);
    QCOMPARE(derived.adminPolicyId, m_context.adminPolicyId);
    QCOMPARE(derived.publicPolicyId, m_context.publicPolicyId);
}

void TestNormalizer::normalize_data()
{
    QTest::addColumn<QByteArray>("raw");  // {"collection": [raw items]}
    QTest::addColumn<QByteArray>("rows"); // mapping rows
    QTest::addColumn<QString>("adminRole");
    QTest::addColumn<QStringList>("preserve");
    QTest::addColumn<QString>("collection");
    // [{"syncId","localId","tracked","origin","data","unmappable":["path|target|raw|kind"]}]
    QTest::addColumn<QByteArray>("expected");

    const QByteArray noRows = "[]";
    QTest::newRow("tracked item, id and ignored fields dropped, key order kept")
        << QByteArray(R"({"dashboards":[{"note":null,"id":"d1","name":"D","panels":["p"],
                         "date_created":"x","icon":"i","user_created":"u"}]})")
        << QByteArray(R"([{"id":1,"table":"dashboards","sync_id":"S1","local_id":"d1"}])") << ""
        << QStringList() << "dashboards"
        << QByteArray(R"([{"syncId":"S1","localId":"d1","tracked":true,"origin":"row",
                         "data":{"note":null,"name":"D","icon":"i"},"unmappable":[]}])");
    QTest::newRow("untracked without rule")
        << QByteArray(R"({"dashboards":[{"id":"d1","name":"D"}]})") << noRows << "" << QStringList()
        << "dashboards"
        << QByteArray(R"([{"syncId":"","localId":"d1","tracked":false,"origin":"none",
                         "data":{"name":"D"},"unmappable":[]}])");
    QTest::newRow("admin role placeholder")
        << QByteArray(R"({"roles":[{"id":"r1","name":"Admin","parent":null}]})") << noRows << "r1"
        << QStringList() << "roles"
        << QByteArray(R"([{"syncId":"_sync_default_admin_role","localId":"r1","tracked":false,
                         "origin":"placeholder","data":{"name":"Admin","parent":null},
                         "unmappable":[]}])");
    QTest::newRow("existing row wins over the placeholder")
        << QByteArray(R"({"roles":[{"id":"r1","name":"Admin"}]})")
        << QByteArray(R"([{"id":1,"table":"roles","sync_id":"mine","local_id":"r1"}])") << "r1"
        << QStringList() << "roles"
        << QByteArray(R"([{"syncId":"mine","localId":"r1","tracked":true,"origin":"row",
                         "data":{"name":"Admin"},"unmappable":[]}])");
    QTest::newRow("no admin role known: no placeholder")
        << QByteArray(R"({"roles":[{"id":"r1","name":"Admin"}]})") << noRows << "" << QStringList()
        << "roles" << QByteArray(R"([{"syncId":"","localId":"r1","tracked":false,"origin":"none",
                         "data":{"name":"Admin"},"unmappable":[]}])");
    QTest::newRow("preserve-ids roles")
        << QByteArray(R"({"roles":[{"id":"r1","name":"A"},{"id":"r2","name":"B"}]})") << noRows
        << "r1" << QStringList{QStringLiteral("roles")} << "roles"
        << QByteArray(R"([{"syncId":"_sync_default_admin_role","localId":"r1","tracked":false,
                         "origin":"placeholder","data":{"name":"A"},"unmappable":[]},
                        {"syncId":"r2","localId":"r2","tracked":false,"origin":"preserved",
                         "data":{"name":"B"},"unmappable":[]}])");
    QTest::newRow("preserve-ids all")
        << QByteArray(R"({"panels":[{"id":"p1","name":"A","dashboard":null}]})") << noRows << ""
        << QStringList{QStringLiteral("all")} << "panels"
        << QByteArray(R"([{"syncId":"p1","localId":"p1","tracked":false,"origin":"preserved",
                         "data":{"name":"A","dashboard":null},"unmappable":[]}])");
    QTest::newRow("preserve-ids ignores ineligible collections")
        << QByteArray(
               R"({"permissions":[{"id":4,"collection":"a","action":"read","policy":null}]})")
        << noRows << "" << QStringList{QStringLiteral("permissions")} << "permissions"
        << QByteArray(R"([{"syncId":"","localId":"4","tracked":false,"origin":"none",
                         "data":{"collection":"a","action":"read","policy":null},
                         "unmappable":[]}])");
    QTest::newRow("flows always preserved")
        << QByteArray(R"({"flows":[{"id":"f1","name":"F","operation":null,"operations":[]}]})")
        << noRows << "" << QStringList() << "flows"
        << QByteArray(R"([{"syncId":"f1","localId":"f1","tracked":false,"origin":"preserved",
                         "data":{"name":"F","operation":null},"unmappable":[]}])");
    QTest::newRow("settings placeholder whatever its id")
        << QByteArray(R"({"settings":[{"id":7,"project_name":"P","project_url":"u"}]})") << noRows
        << "" << QStringList() << "settings"
        << QByteArray(R"([{"syncId":"_sync_default_settings","localId":"7","tracked":false,
                         "origin":"placeholder","data":{"project_name":"P"},"unmappable":[]}])");
    QTest::newRow("settings without id is no item")
        << QByteArray(R"({"settings":[{"id":null,"project_name":"P"}]})") << noRows << ""
        << QStringList() << "settings" << QByteArray("[]");
    QTest::newRow("permissions with falsy id dropped")
        << QByteArray(R"({"permissions":[{"id":null,"collection":"a"},{"collection":"b"},
                         {"id":0,"collection":"c"},{"id":5,"collection":"d"}]})")
        << QByteArray(R"([{"id":1,"table":"permissions","sync_id":"P5","local_id":"5"}])") << ""
        << QStringList() << "permissions"
        << QByteArray(R"([{"syncId":"P5","localId":"5","tracked":true,"origin":"row",
                         "data":{"collection":"d"},"unmappable":[]}])");
    QTest::newRow("presets of users are not tracked")
        << QByteArray(R"({"presets":[{"id":1,"user":"u1","role":null},{"id":2,"user":null,
                         "role":null},{"id":3,"role":null}]})")
        << noRows << "" << QStringList() << "presets"
        << QByteArray(R"([{"syncId":"","localId":"2","tracked":false,"origin":"none",
                         "data":{"role":null},"unmappable":[]},
                        {"syncId":"","localId":"3","tracked":false,"origin":"none",
                         "data":{"role":null},"unmappable":[]}])");
    QTest::newRow("relations: mapped, null, unknown, untracked target, preserved target")
        << QByteArray(R"({"roles":[{"id":"r1","name":"A"},{"id":"r2","name":"B"}],
                         "operations":[{"id":"o1","key":"k","flow":"f9","resolve":"o2",
                           "reject":null,"options":{"flow":"f1"}},
                          {"id":"o2","key":"l","flow":"f1","resolve":null,"reject":"o1",
                           "options":{"flow":"{{$trigger.flow}}","other":"f1"}}],
                         "flows":[{"id":"f1","name":"F"}]})")
        << QByteArray(R"([{"id":1,"table":"operations","sync_id":"O1","local_id":"o1"}])") << ""
        << QStringList() << "operations"
        << QByteArray(R"([{"syncId":"O1","localId":"o1","tracked":true,"origin":"row",
                          "data":{"key":"k","flow":"f9","resolve":"o2","reject":null,
                                  "options":{"flow":"f1"}},
                          "unmappable":["flow|flows|f9|unknown","resolve|operations|o2|untracked"]},
                         {"syncId":"","localId":"o2","tracked":false,"origin":"none",
                          "data":{"key":"l","flow":"f1","resolve":null,"reject":"O1",
                                  "options":{"flow":"{{$trigger.flow}}","other":"f1"}},
                          "unmappable":[]}])");
    QTest::newRow("relation to a collection that is not pulled keeps the raw id")
        << QByteArray(R"({"operations":[{"id":"o1","key":"k","flow":"f1"}]})") << noRows << ""
        << QStringList() << "operations"
        << QByteArray(R"([{"syncId":"","localId":"o1","tracked":false,"origin":"none",
                          "data":{"key":"k","flow":"f1"},"unmappable":["flow|flows|f1|unknown"]}])");
    QTest::newRow("policies access rows as 3.4.1 writes them")
        << QByteArray(R"({"roles":[{"id":"r1","name":"Admin"},{"id":"r2","name":"E"}],
                         "policies":[{"id":"p1","name":"E","admin_access":false,"users":["u"],
                           "permissions":[1],
                           "roles":[{"role":"r2","sort":1},{"role":null,"sort":2},
                                    {"role":"r1","sort":null},{"role":"gone","sort":3}]}]})")
        << QByteArray(R"([{"id":1,"table":"roles","sync_id":"E","local_id":"r2"},
                         {"id":2,"table":"policies","sync_id":"PE","local_id":"p1"}])")
        << "r1" << QStringList() << "policies"
        << QByteArray(R"([{"syncId":"PE","localId":"p1","tracked":true,"origin":"row",
                          "data":{"name":"E","admin_access":false,
                            "roles":[{"role":"E","sort":1},{"role":null,"sort":2},
                                     {"role":"_sync_default_admin_role","sort":null},
                                     {"role":"gone","sort":3}]},
                          "unmappable":["roles[3].role|roles|gone|unknown"]}])");
    QTest::newRow("array of ids: element-wise, null elements dropped")
        << QByteArray(R"({"presets":[{"id":1,"role":["r1",null,"r2"]}]})")
        << QByteArray(R"([{"id":1,"table":"roles","sync_id":"R1","local_id":"r1"},
                         {"id":2,"table":"presets","sync_id":"X","local_id":"1"}])")
        << "" << QStringList() << "presets"
        << QByteArray(R"([{"syncId":"X","localId":"1","tracked":true,"origin":"row",
                          "data":{"role":["R1","r2"]},"unmappable":["role[2]|roles|r2|unknown"]}])");
    QTest::newRow("numeric ids are looked up as text")
        << QByteArray(R"({"presets":[{"id":12,"role":null}]})")
        << QByteArray(R"([{"id":1,"table":"presets","sync_id":"X","local_id":"12"}])") << ""
        << QStringList() << "presets"
        << QByteArray(R"([{"syncId":"X","localId":"12","tracked":true,"origin":"row",
                          "data":{"role":null},"unmappable":[]}])");
    QTest::newRow("operations options null and array")
        << QByteArray(R"({"flows":[{"id":"f1"}],"operations":[{"id":"o1","options":null},
                         {"id":"o2","options":[{"flow":"f1"},null]}]})")
        << noRows << "" << QStringList() << "operations"
        << QByteArray(R"([{"syncId":"","localId":"o1","tracked":false,"origin":"none",
                          "data":{"options":null},"unmappable":[]},
                         {"syncId":"","localId":"o2","tracked":false,"origin":"none",
                          "data":{"options":[{"flow":"f1"},null]},"unmappable":[]}])");
}

void TestNormalizer::normalize()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, rows);
    QFETCH(QString, adminRole);
    QFETCH(QStringList, preserve);
    QFETCH(QString, collection);
    QFETCH(QByteArray, expected);

    PlaceholderContext context;
    context.adminRoleId = adminRole;
    NormalizerOptions options;
    options.preserveIds = preserve;
    const QList<CollectionData> result =
        Normalizer(rowsFrom(parse(rows)), context, options).normalize(rawFrom(parse(raw)));
    const CollectionData *data = find(result, collection);
    QVERIFY(data);
    QVERIFY(data->present);
    QVERIFY2(data->warnings.isEmpty(), qPrintable(data->warnings.join(u'\n')));
    const JsonArray expectedItems = parse(expected).toArray();
    QCOMPARE(data->items.size(), expectedItems.size());
    for (qsizetype i = 0; i < expectedItems.size(); ++i) {
        const JsonObject want = expectedItems.at(i).toObject();
        const SyncItem &item = data->items.at(i);
        QCOMPARE(item.syncId, want.value(QStringLiteral("syncId")).toString());
        QCOMPARE(item.localId, want.value(QStringLiteral("localId")).toString());
        QCOMPARE(item.tracked, want.value(QStringLiteral("tracked")).toBool());
        QCOMPARE(originName(item.origin), want.value(QStringLiteral("origin")).toString());
        const JsonObject wantData = want.value(QStringLiteral("data")).toObject();
        QCOMPARE(item.data, wantData);
        QCOMPARE(item.data.keys(), wantData.keys());
        QCOMPARE(describe(item.unmappable), strings(want.value(QStringLiteral("unmappable"))));
    }
}

void TestNormalizer::processingOrderAndPresence()
{
    QMap<QString, JsonArray> raw;
    raw.insert(QStringLiteral("presets"), {});
    raw.insert(QStringLiteral("settings"), {});
    raw.insert(QStringLiteral("flows"), {});
    raw.insert(QStringLiteral("webhooks"), {}); // not tracked since 2.0: ignored
    const QList<CollectionData> result = Normalizer({}, {}).normalize(raw);
    QCOMPARE(result.size(), 3);
    QCOMPARE(result.at(0).name, QStringLiteral("settings"));
    QCOMPARE(result.at(1).name, QStringLiteral("flows"));
    QCOMPARE(result.at(2).name, QStringLiteral("presets"));
    for (const CollectionData &collection : result) {
        QVERIFY(collection.present);
        QVERIFY(collection.items.isEmpty());
    }
}

void TestNormalizer::warnings_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("rows");
    QTest::addColumn<QString>("collection");
    QTest::addColumn<int>("items");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("placeholder SyncID already taken")
        << QByteArray(R"({"roles":[{"id":"new-admin","name":"A"}]})")
        << QByteArray(R"([{"id":1,"table":"roles","sync_id":"_sync_default_admin_role",
                         "local_id":"old-admin"}])")
        << "roles" << 1 << "old-admin";
    QTest::newRow("preserved id already taken")
        << QByteArray(R"({"flows":[{"id":"f1","name":"A"}]})")
        << QByteArray(R"([{"id":1,"table":"flows","sync_id":"f1","local_id":"f0"}])") << "flows"
        << 1 << "\"f1\"";
    QTest::newRow("object where an id is expected")
        << QByteArray(R"({"panels":[{"id":"p1","dashboard":{"id":"d1"}}]})") << QByteArray("[]")
        << "panels" << 1 << "dashboard";
    QTest::newRow("plain value where an object is expected")
        << QByteArray(R"({"policies":[{"id":"p1","roles":["r1"]}]})") << QByteArray("[]")
        << "policies" << 1 << "roles[0]";
    QTest::newRow("item without id") << QByteArray(R"({"roles":[{"name":"A"}]})")
                                     << QByteArray("[]") << "roles" << 0 << "index 0";
    QTest::newRow("not an object")
        << QByteArray(R"({"roles":[42]})") << QByteArray("[]") << "roles" << 0 << "index 0";
    QTest::newRow("same id twice") << QByteArray(R"({"roles":[{"id":"a"},{"id":"a"}]})")
                                   << QByteArray("[]") << "roles" << 1 << "index 1";
}

void TestNormalizer::warnings()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, rows);
    QFETCH(QString, collection);
    QFETCH(int, items);
    QFETCH(QString, fragment);
    PlaceholderContext context;
    context.adminRoleId = QStringLiteral("new-admin");
    const QList<CollectionData> result =
        Normalizer(rowsFrom(parse(rows)), context).normalize(rawFrom(parse(raw)));
    const CollectionData *data = find(result, collection);
    QVERIFY(data);
    QCOMPARE(data->items.size(), items);
    QCOMPARE(data->warnings.size(), 1);
    QVERIFY2(data->warnings.first().contains(fragment), qPrintable(data->warnings.first()));
    QVERIFY(data->warnings.first().startsWith(collection + QLatin1Char(':')));
}

void TestNormalizer::schemaSnapshot()
{
    const JsonValue snapshot = parse(R"({"version":1,"relations":null,"directus":"11.3.5",
        "collections":[{"collection":"a"},{"collection":"directus_sync_id_map"}],
        "vendor":"sqlite"})");
    const JsonValue normalized = Normalizer::normalizeSchemaSnapshot(snapshot);
    const JsonObject object = normalized.toObject();
    // Existing keys keep their place (JavaScript assignment), missing ones are appended.
    QCOMPARE(object.keys(), (QStringList{QStringLiteral("version"), QStringLiteral("relations"),
                                         QStringLiteral("directus"), QStringLiteral("collections"),
                                         QStringLiteral("vendor"), QStringLiteral("fields")}));
    QCOMPARE(normalized, parse(R"({"version":1,"relations":[],"directus":"11.3.5",
        "collections":[{"collection":"a"}],"vendor":"sqlite","fields":[]})"));
    QCOMPARE(Normalizer::normalizeSchemaSnapshot(JsonValue(QStringLiteral("x"))),
             JsonValue(QStringLiteral("x")));
}

void TestNormalizer::derive_data()
{
    QTest::addColumn<QByteArray>("policies");
    QTest::addColumn<QString>("adminPolicy");
    QTest::addColumn<QString>("publicPolicy");

    QTest::newRow("fixture-like") << QByteArray(R"([
        {"id":"p1","admin_access":true,"roles":[{"role":"admin","sort":null}]},
        {"id":"p2","admin_access":false,"roles":[{"role":null,"sort":1}]}])")
                                  << "p1"
                                  << "p2";
    QTest::newRow("admin needs admin_access") << QByteArray(R"([
        {"id":"p1","admin_access":false,"roles":[{"role":"admin","sort":1}]},
        {"id":"p3","admin_access":true,"roles":[{"role":"admin","sort":1}]}])")
                                              << "p3"
                                              << "";
    QTest::newRow("admin needs the admin role") << QByteArray(R"([
        {"id":"p1","admin_access":true,"roles":[{"role":"other","sort":1}]}])")
                                                << ""
                                                << "";
    QTest::newRow("public: sort null") << QByteArray(R"([
        {"id":"p1","roles":[{"role":null,"sort":null}]}])")
                                       << ""
                                       << "p1";
    QTest::newRow("public: sort 2 alone is not public") << QByteArray(R"([
        {"id":"p1","roles":[{"role":null,"sort":2}]}])") << ""
                                                        << "";
    // Each one-to-many condition is its own "some row" test in Directus.
    QTest::newRow("public: conditions on different rows") << QByteArray(R"([
        {"id":"p1","roles":[{"role":null,"sort":2},{"role":"r","sort":1}]}])")
                                                          << ""
                                                          << "p1";
    QTest::newRow("first in API order wins") << QByteArray(R"([
        {"id":"p1","roles":[]},{"id":"p2","roles":[{"role":null,"sort":1}]},
        {"id":"p3","roles":[{"role":null,"sort":1}]}])")
                                             << ""
                                             << "p2";
}

void TestNormalizer::derive()
{
    QFETCH(QByteArray, policies);
    const PlaceholderContext context =
        PlaceholderContext::derive(QStringLiteral("admin"), parse(policies).toArray());
    QTEST(context.adminPolicyId, "adminPolicy");
    QTEST(context.publicPolicyId, "publicPolicy");
}

void TestNormalizer::toLocal_data()
{
    QTest::addColumn<QString>("collection");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QStringList>("unresolved");

    QTest::newRow("mapped and unresolved")
        << "operations" << QByteArray(R"({"key":"k","flow":"F1","resolve":"O9","reject":null,
                         "options":{"flow":"F1","x":"F1"}})")
        << QByteArray(R"({"key":"k","flow":"f1","resolve":"O9","reject":null,
                         "options":{"flow":"f1","x":"F1"}})")
        << QStringList{QStringLiteral("resolve")};
    QTest::newRow("dynamic values are kept")
        << "operations" << QByteArray(R"({"options":{"flow":"  {{ $last.flow }}"}})")
        << QByteArray(R"({"options":{"flow":"  {{ $last.flow }}"}})") << QStringList();
    QTest::newRow("placeholders resolve through the context")
        << "policies" << QByteArray(R"({"roles":[{"role":"_sync_default_admin_role","sort":null},
                         {"role":null,"sort":1}]})")
        << QByteArray(R"({"roles":[{"role":"admin-role","sort":null},{"role":null,"sort":1}]})")
        << QStringList();
    QTest::newRow("permission policy placeholder")
        << "permissions" << QByteArray(R"({"policy":"_sync_default_public_policy"})")
        << QByteArray(R"({"policy":"public-policy"})") << QStringList();
    QTest::newRow("admin policy unknown on target")
        << "permissions" << QByteArray(R"({"policy":"_sync_default_admin_policy"})")
        << QByteArray(R"({"policy":"_sync_default_admin_policy"})")
        << QStringList{QStringLiteral("policy")};
    QTest::newRow("array elements")
        << "presets" << QByteArray(R"({"role":["R1",null,"R2"]})")
        << QByteArray(R"({"role":["r1","R2"]})") << QStringList{QStringLiteral("role[2]")};
}

void TestNormalizer::toLocal()
{
    QFETCH(QString, collection);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, expected);
    QFETCH(QStringList, unresolved);
    PlaceholderContext context;
    context.adminRoleId = QStringLiteral("admin-role");
    context.publicPolicyId = QStringLiteral("public-policy");
    const Normalizer target(rowsFrom(parse(R"([
        {"id":1,"table":"flows","sync_id":"F1","local_id":"f1"},
        {"id":2,"table":"roles","sync_id":"R1","local_id":"r1"},
        {"id":3,"table":"operations","sync_id":"O1","local_id":"o1"}])")),
                            context);
    const Normalizer::LocalItem local = target.toLocal(collection, parse(data).toObject());
    QCOMPARE(local.data, parse(expected).toObject());
    QStringList paths;
    for (const Normalizer::UnresolvedReference &reference : local.unresolved) {
        paths.append(reference.path);
    }
    QCOMPARE(paths, unresolved);
    QVERIFY(local.errors.isEmpty());
    QCOMPARE(local.isComplete(), unresolved.isEmpty());
}

void TestNormalizer::localIdFor()
{
    PlaceholderContext context;
    context.adminRoleId = QStringLiteral("admin-role");
    context.settingsId = QStringLiteral("3");
    const Normalizer target(
        rowsFrom(parse(R"([{"id":1,"table":"roles","sync_id":"_sync_default_admin_role",
                           "local_id":"mapped-admin"},
                          {"id":2,"table":"flows","sync_id":"F1","local_id":"f1"}])")),
        context);
    QCOMPARE(target.localIdFor(QStringLiteral("flows"), QStringLiteral("F1")),
             QStringLiteral("f1"));
    QCOMPARE(target.localIdFor(QStringLiteral("flows"), QStringLiteral("F2")), QString());
    // A row for the placeholder wins over the context.
    QCOMPARE(target.localIdFor(QStringLiteral("roles"), QStringLiteral("_sync_default_admin_role")),
             QStringLiteral("mapped-admin"));
    QCOMPARE(
        target.localIdFor(QStringLiteral("settings"), QStringLiteral("_sync_default_settings")),
        QStringLiteral("3"));
    QCOMPARE(target.localIdFor(QStringLiteral("policies"),
                               QStringLiteral("_sync_default_public_policy")),
             QString());
    const Normalizer::LocalItem unknown =
        target.toLocal(QStringLiteral("webhooks"), JsonObject{{QStringLiteral("a"), 1}});
    QVERIFY(!unknown.isComplete());
    QCOMPARE(unknown.errors.size(), 1);
}

void TestNormalizer::ignoredFieldsKeptAside()
{
    // The ignored fields the API returned are kept in SyncItem::ignored for the diff view,
    // exactly those present, and nothing else changes: the item data, the dump files and the
    // compare are the same as with them dropped.
    NormalizerOptions keep;
    keep.keepIgnored = true;
    const QList<CollectionData> kept = Normalizer(m_rows, m_context, keep).normalize(m_raw);
    // Off by default (the CLI): nothing kept aside.
    for (const CollectionData &collection : Normalizer(m_rows, m_context).normalize(m_raw)) {
        for (const SyncItem &item : collection.items)
            QVERIFY(item.ignored.isEmpty());
    }
    QList<CollectionData> dropped = kept;
    int keptValues = 0;
    for (CollectionData &collection : dropped) {
        const CollectionDescriptor *descriptor = CollectionDescriptor::find(collection.name);
        QVERIFY(descriptor);
        // Some raw items are dropped (no id, user presets): match the rest by id.
        QHash<QString, JsonObject> raw;
        for (const JsonValue &value : m_raw.value(collection.name))
            raw.insert(value.toObject().value(QStringLiteral("id")).toScalarText(),
                       value.toObject());
        for (qsizetype i = 0; i < collection.items.size(); ++i) {
            SyncItem &item = collection.items[i];
            QVERIFY(raw.contains(item.localId));
            const JsonObject rawObject = raw.value(item.localId);
            for (const QString &field : descriptor->ignoredFields()) {
                QVERIFY(!item.data.contains(field));
                const JsonValue *value = rawObject.find(field);
                QCOMPARE(item.ignored.contains(field), value != nullptr);
                if (value) {
                    QCOMPARE(item.ignored.value(field), *value);
                    ++keptValues;
                }
            }
            for (const QString &key : item.ignored.keys())
                QVERIFY(descriptor->ignoredFields().contains(key));
            item.ignored = JsonObject();
        }
    }
    QVERIFY(keptValues > 10); // the fixture has them (date_created, user_created, …)
    QCOMPARE(kept.size(), dropped.size());

    const JsCollator collator = JsCollator::forLocale(QStringLiteral("en-US"));
    for (qsizetype c = 0; c < kept.size(); ++c) {
        const CollectionDescriptor *descriptor = CollectionDescriptor::find(kept.at(c).name);
        QCOMPARE(kept.at(c).items, dropped.at(c).items); // == leaves ignored out on purpose
        const auto withIgnored =
            DumpFolderWriter::collectionFileContent(*descriptor, kept.at(c).items, false, collator);
        const auto without = DumpFolderWriter::collectionFileContent(
            *descriptor, dropped.at(c).items, false, collator);
        QCOMPARE(withIgnored.has_value(), without.has_value());
        if (withIgnored)
            QCOMPARE(*withIgnored, *without);
    }

    // Compare each against the other side with a changed copy: same report either way.
    ConfigSnapshot source;
    source.collections = kept;
    ConfigSnapshot target = source;
    for (CollectionData &collection : target.collections) {
        for (SyncItem &item : collection.items) {
            if (item.data.contains(QStringLiteral("name")))
                item.data.insert(QStringLiteral("name"), QStringLiteral("renamed"));
        }
    }
    ConfigSnapshot sourceDropped;
    sourceDropped.collections = dropped;
    ConfigSnapshot targetDropped = target;
    for (CollectionData &collection : targetDropped.collections) {
        for (SyncItem &item : collection.items)
            item.ignored = JsonObject();
    }
    const CompareResult a = Comparer::compare(source, target);
    const CompareResult b = Comparer::compare(sourceDropped, targetDropped);
    QVERIFY(a.hasDifferences());
    QCOMPARE(CompareReport::toJson(a, false), CompareReport::toJson(b, false));
    QCOMPARE(CompareReport::toText(a, false), CompareReport::toText(b, false));
    bool carried = false;
    for (qsizetype i = 0; i < a.items.size(); ++i) {
        QCOMPARE(a.items.at(i).sourceData, b.items.at(i).sourceData);
        QCOMPARE(a.items.at(i).targetData, b.items.at(i).targetData);
        QCOMPARE(a.items.at(i).fields.size(), b.items.at(i).fields.size());
        carried = carried || !a.items.at(i).sourceIgnored.isEmpty();
        QVERIFY(b.items.at(i).sourceIgnored.isEmpty());
    }
    QVERIFY(carried); // and the compare hands them to the view
}

QTEST_GUILESS_MAIN(TestNormalizer)
#include "tst_normalizer.moc"
