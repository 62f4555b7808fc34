// Expected bytes: tests/data/pull341/expected/ was written by the REAL directus-sync 3.4.1 CLI
// (`pull`, `--sort-json pull`, `pull --no-split --no-specs`) from the raw API responses in
// tests/data/pull341/instance/, served by a fake Directus (generate-expected.js). The CLI ran
// with LC_ALL=C.UTF-8, where Node's collator is en-US; the tests use that collator explicitly.

#include "dumpfolderwriter.h"

#include "collectiondescriptor.h"
#include "dumpfolderreader.h"
#include "jsonreader.h"
#include "normalizer.h"
#include "placeholdercontext.h"
#include "testenvironment.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace syncstudio;

namespace {

JsonValue parse(const QByteArray &json)
{
    const std::optional<JsonValue> value = JsonReader::parse(json);
    if (!value) {
        qFatal("test input does not parse: %s", json.constData());
    }
    return *value;
}

QString fixture(const QString &relative)
{
    return test::TestEnvironment::sourceDir() + QStringLiteral("/tests/data/pull341/") + relative;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

// Every file below root, relative path -> bytes.
QMap<QString, QByteArray> tree(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(root).relativeFilePath(path), readFile(path));
    }
    return files;
}

bool copyTree(const QString &from, const QString &to)
{
    const QMap<QString, QByteArray> files = tree(from);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (!writeFile(to + QLatin1Char('/') + it.key(), it.value())) {
            return false;
        }
    }
    return true;
}

JsCollator nodeCollator()
{
    return JsCollator::forLocale(QStringLiteral("en-US"));
}

DumpWriteOptions baseOptions()
{
    DumpWriteOptions options;
    options.collator = nodeCollator();
    return options;
}

// The fixture instance as our reader would deliver it: normalised collections plus the raw
// schema snapshot (still with directus_sync_id_map, which the writer drops).
ConfigSnapshot instanceSide()
{
    QMap<QString, JsonArray> raw;
    for (const QString &name : CollectionDescriptor::names()) {
        raw.insert(
            name,
            parse(readFile(fixture(QStringLiteral("instance/items/%1.json").arg(name)))).toArray());
    }
    QList<IdMapRow> rows;
    const JsonArray idMap =
        parse(readFile(fixture(QStringLiteral("instance/id-map.json")))).toArray();
    for (const JsonValue &value : idMap) {
        rows.append(*IdMapRow::fromJson(value));
    }
    const JsonObject context =
        parse(readFile(fixture(QStringLiteral("instance/context.json")))).toObject();
    PlaceholderContext placeholders;
    placeholders.adminRoleId = context.value(QStringLiteral("adminRoleId")).toString();
    placeholders.adminPolicyId = context.value(QStringLiteral("adminPolicyId")).toString();
    placeholders.publicPolicyId = context.value(QStringLiteral("publicPolicyId")).toString();
    ConfigSnapshot side;
    side.collections = Normalizer(rows, placeholders).normalize(raw);
    side.schema = parse(readFile(fixture(QStringLiteral("instance/schema-snapshot.json"))));
    return side;
}

SpecTexts instanceSpecs()
{
    SpecTexts specs;
    specs.itemGraphql = readFile(fixture(QStringLiteral("instance/specs/item.graphql")));
    specs.systemGraphql = readFile(fixture(QStringLiteral("instance/specs/system.graphql")));
    specs.openApiJson = readFile(fixture(QStringLiteral("instance/specs/oas.json")));
    return specs;
}

SyncItem item(const QString &syncId, const QByteArray &data)
{
    SyncItem result;
    result.syncId = syncId;
    result.data = parse(data).toObject();
    result.tracked = true;
    result.origin = SyncIdOrigin::Dump;
    return result;
}

ConfigSnapshot rolesOnly(const QList<SyncItem> &items)
{
    ConfigSnapshot side;
    CollectionData roles;
    roles.name = QStringLiteral("roles");
    roles.present = true;
    roles.items = items;
    side.collections.append(roles);
    return side;
}

} // namespace

class TestDumpFolderWriter final : public QObject
{
    Q_OBJECT

private slots:
    void realPullBytes_data();
    void realPullBytes();
    void roundTrip_data();
    void roundTrip();
    void stableSort();
    void collectionSubset();
    void keepsUnrelatedContent();
    void replacesSnapshotWhole();
    void leavesPartsUntouched();
    void untrackedItems();
    void invalidInputChangesNothing_data();
    void invalidInputChangesNothing();
    void rollbackOnFailedMove();
    void openApiEnvelope();
    void snapshotFileNames();
    void createsTarget();
};

void TestDumpFolderWriter::realPullBytes_data()
{
    QTest::addColumn<QString>("variant");
    QTest::addColumn<bool>("split");
    QTest::addColumn<bool>("sortJson");
    QTest::addColumn<bool>("specs");
    QTest::newRow("default") << QStringLiteral("default") << true << false << true;
    QTest::newRow("sort-json") << QStringLiteral("sort-json") << true << true << true;
    QTest::newRow("no-split, no-specs") << QStringLiteral("no-split") << false << false << false;
}

void TestDumpFolderWriter::realPullBytes()
{
    QFETCH(QString, variant);
    QTemporaryDir dir;
    DumpWriteOptions options = baseOptions();
    QFETCH(bool, split);
    QFETCH(bool, sortJson);
    QFETCH(bool, specs);
    options.split = split;
    options.sortJson = sortJson;
    options.specs = specs;
    const QString out = dir.filePath(QStringLiteral("directus-config"));
    QString error;
    QVERIFY2(DumpFolderWriter::write(out, instanceSide(), instanceSpecs(), options, &error),
             qPrintable(error));
    const QMap<QString, QByteArray> expected = tree(fixture(QStringLiteral("expected/") + variant));
    const QMap<QString, QByteArray> actual = tree(out);
    QCOMPARE(actual.keys(), expected.keys());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        QVERIFY2(actual.value(it.key()) == it.value(), qPrintable(it.key()));
    }
    // Nothing left behind next to the dump.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("directus-config")});
}

void TestDumpFolderWriter::roundTrip_data()
{
    QTest::addColumn<QString>("variant");
    QTest::addColumn<bool>("split");
    QTest::addColumn<bool>("sortJson");
    QTest::newRow("default") << QStringLiteral("default") << true << false;
    QTest::newRow("sort-json") << QStringLiteral("sort-json") << true << true;
    QTest::newRow("no-split") << QStringLiteral("no-split") << false << false;
}

void TestDumpFolderWriter::roundTrip()
{
    QFETCH(QString, variant);
    QFETCH(bool, split);
    QFETCH(bool, sortJson);
    const QString source = fixture(QStringLiteral("expected/") + variant);
    const std::optional<ConfigSnapshot> first = DumpFolderReader::read(source);
    QVERIFY(first);
    QTemporaryDir dir;
    DumpWriteOptions options = baseOptions();
    options.split = split;
    options.sortJson = sortJson;
    QString error;
    QVERIFY2(DumpFolderWriter::write(dir.path(), *first, {}, options, &error), qPrintable(error));
    const std::optional<ConfigSnapshot> second = DumpFolderReader::read(dir.path());
    QVERIFY(second);
    QCOMPARE(second->collections.size(), first->collections.size());
    for (qsizetype i = 0; i < first->collections.size(); ++i) {
        QCOMPARE(second->collections.at(i).items, first->collections.at(i).items);
        QCOMPARE(second->collections.at(i).present, first->collections.at(i).present);
    }
    if (split) {
        // Read back in readdir order, which the clash suffixes of the new names can change
        // (e.g. "fields/articles/title_2" sorts before "title_3"): same entries, same info.
        const JsonObject before = first->schema->toObject();
        const JsonObject after = second->schema->toObject();
        QCOMPARE(after.keys(), before.keys());
        for (const auto &[key, value] : before) {
            if (!value.isArray()) {
                QCOMPARE(after.value(key), value);
                continue;
            }
            const JsonArray entries = after.value(key).toArray();
            QCOMPARE(entries.size(), value.toArray().size());
            for (const JsonValue &entry : value.toArray()) {
                QVERIFY2(entries.count(entry) == value.toArray().count(entry), qPrintable(key));
            }
        }
    } else {
        QCOMPARE(*second->schema, *first->schema);
    }
    // Collection files come back byte for byte (items are re-sorted the same way).
    for (const QString &name : CollectionDescriptor::names()) {
        const QString file = QStringLiteral("/collections/") + name + QStringLiteral(".json");
        QVERIFY2(readFile(dir.path() + file) == readFile(source + file), qPrintable(name));
    }
    if (!split) {
        QCOMPARE(readFile(dir.filePath(QStringLiteral("snapshot/snapshot.json"))),
                 readFile(source + QStringLiteral("/snapshot/snapshot.json")));
    }
}

void TestDumpFolderWriter::stableSort()
{
    // V8's sort is stable: operations sharing a key keep their API order, whatever their SyncID.
    const CollectionDescriptor &operations =
        *CollectionDescriptor::find(QStringLiteral("operations"));
    const QList<SyncItem> items = {
        item(QStringLiteral("z"), R"({"key":"b"})"), item(QStringLiteral("c"), R"({"key":"a"})"),
        item(QStringLiteral("a"), R"({"key":"b"})"), item(QStringLiteral("b"), R"({"key":"A"})"),
        item(QStringLiteral("y"), R"({"key":"a"})")};
    QStringList order;
    for (const SyncItem &sorted :
         DumpFolderWriter::sortedItems(operations, items, nodeCollator())) {
        order.append(sorted.syncId);
    }
    QCOMPARE(order, (QStringList{QStringLiteral("c"), QStringLiteral("y"), QStringLiteral("b"),
                                 QStringLiteral("z"), QStringLiteral("a")}));

    const CollectionDescriptor &roles = *CollectionDescriptor::find(QStringLiteral("roles"));
    const std::optional<QByteArray> content = DumpFolderWriter::collectionFileContent(
        roles, {item(QStringLiteral("b"), R"({"name":"B"})"), item(QStringLiteral("_a"), "{}")},
        false, nodeCollator());
    QVERIFY(content);
    QCOMPARE(*content,
             QByteArray("[\n  {\n    \"_syncId\": \"_a\"\n  },\n  {\n    \"name\": \"B\",\n"
                        "    \"_syncId\": \"b\"\n  }\n]\n"));
    QCOMPARE(*DumpFolderWriter::collectionFileContent(roles, {}, false, nodeCollator()),
             QByteArray("[]\n"));
}

void TestDumpFolderWriter::collectionSubset()
{
    QTemporaryDir dir;
    QVERIFY(copyTree(fixture(QStringLiteral("expected/default")), dir.path()));
    const QMap<QString, QByteArray> before = tree(dir.path());
    DumpWriteOptions options = baseOptions();
    options.collections = {QStringLiteral("roles"), QStringLiteral("flows")};
    options.snapshot = false;
    options.specs = false;
    ConfigSnapshot side = rolesOnly({item(QStringLiteral("new"), R"({"name":"New"})")});
    QString error;
    QVERIFY2(DumpFolderWriter::write(dir.path(), side, {}, options, &error), qPrintable(error));
    const QMap<QString, QByteArray> after = tree(dir.path());
    QCOMPARE(after.keys(), before.keys());
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (it.key() == QStringLiteral("collections/roles.json")) {
            QCOMPARE(
                after.value(it.key()),
                QByteArray("[\n  {\n    \"name\": \"New\",\n    \"_syncId\": \"new\"\n  }\n]\n"));
        } else {
            // flows is selected but not in the side: left as it was.
            QVERIFY2(after.value(it.key()) == it.value(), qPrintable(it.key()));
        }
    }

    options.collections = {QStringLiteral("webhooks")};
    QVERIFY(!DumpFolderWriter::write(dir.path(), side, {}, options, &error));
    QVERIFY(error.contains(QStringLiteral("webhooks")));
}

void TestDumpFolderWriter::keepsUnrelatedContent()
{
    QTemporaryDir dir;
    const QMap<QString, QByteArray> unrelated = {
        {QStringLiteral("seed/users.json"), "[]"},
        {QStringLiteral("directus-sync.config.js"), "module.exports = {};\n"},
        {QStringLiteral("collections/README.md"), "notes"},
        {QStringLiteral("collections/archive/flows.json"), "old"},
        {QStringLiteral("specs/custom.txt"), "mine"},
        {QStringLiteral(".git/HEAD"), "ref: refs/heads/main\n"}};
    for (auto it = unrelated.cbegin(); it != unrelated.cend(); ++it) {
        QVERIFY(writeFile(dir.filePath(it.key()), it.value()));
    }
    QString error;
    QVERIFY2(
        DumpFolderWriter::write(dir.path(), instanceSide(), instanceSpecs(), baseOptions(), &error),
        qPrintable(error));
    const QMap<QString, QByteArray> after = tree(dir.path());
    for (auto it = unrelated.cbegin(); it != unrelated.cend(); ++it) {
        QCOMPARE(after.value(it.key()), it.value());
    }
    QCOMPARE(after.value(QStringLiteral("collections/flows.json")),
             readFile(fixture(QStringLiteral("expected/default/collections/flows.json"))));
    QCOMPARE(after.size(),
             tree(fixture(QStringLiteral("expected/default"))).size() + unrelated.size());
}

void TestDumpFolderWriter::replacesSnapshotWhole()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("snapshot/fields/gone/x.json")), "{}"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("snapshot/snapshot.json")), "{}"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("snapshot/notes.txt")), "x"));
    QString error;
    QVERIFY2(DumpFolderWriter::write(dir.path(), instanceSide(), {}, baseOptions(), &error),
             qPrintable(error));
    QStringList snapshotFiles;
    for (const QString &file : tree(dir.path()).keys()) {
        if (file.startsWith(QStringLiteral("snapshot/"))) {
            snapshotFiles.append(file);
        }
    }
    QStringList expected;
    for (const QString &file : tree(fixture(QStringLiteral("expected/default"))).keys()) {
        if (file.startsWith(QStringLiteral("snapshot/"))) {
            expected.append(file);
        }
    }
    QCOMPARE(snapshotFiles, expected);
}

void TestDumpFolderWriter::leavesPartsUntouched()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("snapshot/info.json")), "old snapshot"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("specs/openapi.json")), "old spec"));
    DumpWriteOptions options = baseOptions();
    options.snapshot = false;
    options.specs = false;
    QString error;
    QVERIFY2(DumpFolderWriter::write(dir.path(), instanceSide(), instanceSpecs(), options, &error),
             qPrintable(error));
    QCOMPARE(readFile(dir.filePath(QStringLiteral("snapshot/info.json"))),
             QByteArray("old snapshot"));
    QCOMPARE(readFile(dir.filePath(QStringLiteral("specs/openapi.json"))), QByteArray("old spec"));

    // A side without schema (or without specs) leaves them alone as well.
    ConfigSnapshot side = instanceSide();
    side.schema.reset();
    QVERIFY2(DumpFolderWriter::write(dir.path(), side, {}, baseOptions(), &error),
             qPrintable(error));
    QCOMPARE(readFile(dir.filePath(QStringLiteral("snapshot/info.json"))),
             QByteArray("old snapshot"));
    QCOMPARE(readFile(dir.filePath(QStringLiteral("specs/openapi.json"))), QByteArray("old spec"));

    // directus-sync always creates the collections and snapshot folders.
    QTemporaryDir fresh;
    QVERIFY(DumpFolderWriter::write(fresh.path(), rolesOnly({}), {}, baseOptions(), &error));
    QVERIFY(QFileInfo(fresh.filePath(QStringLiteral("snapshot"))).isDir());
    QVERIFY(!QFileInfo::exists(fresh.filePath(QStringLiteral("specs"))));
    QCOMPARE(tree(fresh.path()).keys(), QStringList{QStringLiteral("collections/roles.json")});
}

void TestDumpFolderWriter::untrackedItems()
{
    SyncItem untracked = item(QString(), R"({"name":"Loose"})");
    untracked.localId = QStringLiteral("r-42");
    untracked.tracked = false;
    untracked.origin = SyncIdOrigin::None;
    const ConfigSnapshot side =
        rolesOnly({item(QStringLiteral("kept"), R"({"name":"Kept"})"), untracked});
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("collections/roles.json")), "before"));
    QString error;
    QVERIFY(!DumpFolderWriter::write(dir.path(), side, {}, baseOptions(), &error));
    QVERIFY2(error.contains(QStringLiteral("r-42")) && error.contains(QStringLiteral("Loose")),
             qPrintable(error));
    QCOMPARE(readFile(dir.filePath(QStringLiteral("collections/roles.json"))),
             QByteArray("before"));

    DumpWriteOptions options = baseOptions();
    options.skipUntracked = true;
    QVERIFY2(DumpFolderWriter::write(dir.path(), side, {}, options, &error), qPrintable(error));
    QCOMPARE(readFile(dir.filePath(QStringLiteral("collections/roles.json"))),
             QByteArray("[\n  {\n    \"name\": \"Kept\",\n    \"_syncId\": \"kept\"\n  }\n]\n"));
}

void TestDumpFolderWriter::invalidInputChangesNothing_data()
{
    QTest::addColumn<int>("problem");
    QTest::newRow("duplicate SyncID") << 0;
    QTest::newRow("schema not an object") << 1;
    QTest::newRow("unsafe field name") << 2;
    QTest::newRow("openapi not JSON") << 3;
    QTest::newRow("overlapping paths") << 4;
    QTest::newRow("path outside the dump") << 5;
    QTest::newRow("collections folder is a file") << 6;
}

void TestDumpFolderWriter::invalidInputChangesNothing()
{
    QFETCH(int, problem);
    QTemporaryDir dir;
    QVERIFY(copyTree(fixture(QStringLiteral("expected/default")), dir.path()));
    ConfigSnapshot side = instanceSide();
    SpecTexts specs = instanceSpecs();
    DumpWriteOptions options = baseOptions();
    switch (problem) {
    case 0:
        side.collection(QStringLiteral("roles"))->items[1].syncId =
            side.collection(QStringLiteral("roles"))->items[0].syncId;
        break;
    case 1:
        side.schema = JsonValue(JsonArray{});
        break;
    case 2:
        side.schema = parse(R"({"version":1,"fields":[{"collection":"a","field":"../../x"}]})");
        break;
    case 3:
        specs.openApiJson = QByteArray("{not json");
        break;
    case 4:
        options.collectionsPath = QStringLiteral("snapshot/collections");
        break;
    case 5:
        options.specsPath = QStringLiteral("../specs");
        break;
    case 6:
        QVERIFY(QDir(dir.filePath(QStringLiteral("collections"))).removeRecursively());
        QVERIFY(writeFile(dir.filePath(QStringLiteral("collections")), "a file"));
        break;
    }
    const QMap<QString, QByteArray> before = tree(dir.path());
    QString error;
    QVERIFY(!DumpFolderWriter::write(dir.path(), side, specs, options, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(tree(dir.path()), before);
    QCOMPARE(QDir(QFileInfo(dir.path()).absolutePath())
                 .entryList({QStringLiteral(".") + QFileInfo(dir.path()).fileName() +
                             QStringLiteral(".syncstudio-*")},
                            QDir::AllEntries | QDir::Hidden),
             QStringList());
}

void TestDumpFolderWriter::rollbackOnFailedMove()
{
    if (::geteuid() == 0) {
        QSKIP("root ignores the folder permission this test relies on");
    }
    QTemporaryDir dir;
    QVERIFY(copyTree(fixture(QStringLiteral("expected/default")), dir.path()));
    const QMap<QString, QByteArray> before = tree(dir.path());
    // Collections are moved first; the specs folder refuses, so they must be put back.
    QFile::Permissions original = QFile::permissions(dir.filePath(QStringLiteral("specs")));
    QVERIFY(QFile::setPermissions(dir.filePath(QStringLiteral("specs")),
                                  QFile::ReadOwner | QFile::ExeOwner));
    ConfigSnapshot side = instanceSide();
    side.collection(QStringLiteral("roles"))->items.removeFirst();
    QString error;
    const bool written =
        DumpFolderWriter::write(dir.path(), side, instanceSpecs(), baseOptions(), &error);
    QVERIFY(QFile::setPermissions(dir.filePath(QStringLiteral("specs")), original));
    QVERIFY(!written);
    QVERIFY(error.contains(QStringLiteral("specs")));
    QCOMPARE(tree(dir.path()), before);
}

void TestDumpFolderWriter::openApiEnvelope()
{
    QTemporaryDir dir;
    SpecTexts specs;
    specs.openApiJson = QByteArray(R"({"data":{"openapi":"3.0.1","b":1,"a":[]}})");
    DumpWriteOptions options = baseOptions();
    options.sortJson = true; // never applies to openapi.json
    QString error;
    QVERIFY2(DumpFolderWriter::write(dir.path(), rolesOnly({}), specs, options, &error),
             qPrintable(error));
    QCOMPARE(readFile(dir.filePath(QStringLiteral("specs/openapi.json"))),
             QByteArray("{\n  \"openapi\": \"3.0.1\",\n  \"b\": 1,\n  \"a\": []\n}\n"));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("specs/item.graphql"))));
}

void TestDumpFolderWriter::snapshotFileNames()
{
    const JsonValue snapshot = parse(R"({"version":1,"directus":"11.3.5","vendor":"sqlite",
        "collections":[{"collection":"a"},{"collection":"A"},{"collection":"a_2"},
                       {"collection":"directus_sync_id_map"}],
        "fields":[{"collection":"a","field":"x"},{"collection":"A","field":"X"},
                  {"collection":"a","field":"X"}],
        "relations":[{"collection":"a","field":"x"}]})");
    const auto files = DumpFolderWriter::snapshotFiles(snapshot, true, false, nodeCollator());
    QVERIFY(files);
    QStringList names;
    for (const auto &[name, content] : *files) {
        names.append(name);
        QVERIFY(content.endsWith("}\n"));
    }
    // SnapshotClient.getSuffix: "A" clashes with "a" -> _2, then "a_2" clashes with that -> _2.
    QCOMPARE(names,
             (QStringList{
                 QStringLiteral("info.json"), QStringLiteral("collections/a.json"),
                 QStringLiteral("collections/A_2.json"), QStringLiteral("collections/a_2_2.json"),
                 QStringLiteral("fields/a/x.json"), QStringLiteral("fields/A/X_2.json"),
                 QStringLiteral("fields/a/X_3.json"), QStringLiteral("relations/a/x.json")}));
    QCOMPARE(
        files->first().second,
        QByteArray(
            "{\n  \"version\": 1,\n  \"directus\": \"11.3.5\",\n  \"vendor\": \"sqlite\"\n}\n"));
    const auto single = DumpFolderWriter::snapshotFiles(snapshot, false, false, nodeCollator());
    QVERIFY(single);
    QCOMPARE(single->size(), 1);
    QCOMPARE(single->first().first, QStringLiteral("snapshot.json"));
    QVERIFY(!single->first().second.contains("directus_sync_id_map"));
}

void TestDumpFolderWriter::createsTarget()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("a/b/dump"));
    QString error;
    QVERIFY2(DumpFolderWriter::write(target, rolesOnly({}), {}, baseOptions(), &error),
             qPrintable(error));
    QCOMPARE(readFile(target + QStringLiteral("/collections/roles.json")), QByteArray("[]\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("file")), "x"));
    QVERIFY(!DumpFolderWriter::write(dir.filePath(QStringLiteral("file")), rolesOnly({}), {},
                                     baseOptions(), &error));
    QCOMPARE(readFile(dir.filePath(QStringLiteral("file"))), QByteArray("x"));
}

QTEST_GUILESS_MAIN(TestDumpFolderWriter)
#include "tst_dumpfolderwriter.moc"
