#include "dumpfolderreader.h"

#include "collectiondescriptor.h"
#include "jsonreader.h"
#include "normalizer.h"
#include "testenvironment.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

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

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!writeFile(to + QLatin1Char('/') + QDir(from).relativeFilePath(path), readFile(path))) {
            return false;
        }
    }
    return true;
}

// A minimal valid dump: one collection file.
void writeValidBase(const QString &root)
{
    writeFile(root + QStringLiteral("/collections/roles.json"), R"([{"name":"A","_syncId":"r1"}])");
}

} // namespace

class TestDumpFolderReader final : public QObject
{
    Q_OBJECT

private slots:
    void readsRealPull_data();
    void readsRealPull();
    void splitAndSingleSnapshotsAgree();
    void missingFileIsNotPresent();
    void ignoresOtherFiles();
    void snapshotAbsent_data();
    void snapshotAbsent();
    void snapshotReaddirOrder();
    void byteOrderMark();
    void malformed_data();
    void malformed();
    void sizeLimit();
    void sizeLimitFromEnvironment();
    void readsHundredMegabytes();
    void notAFolder();
    void hooksWarning();
    void customPaths();
};

void TestDumpFolderReader::readsRealPull_data()
{
    QTest::addColumn<QString>("variant");
    QTest::newRow("default") << QStringLiteral("default");
    QTest::newRow("sort-json") << QStringLiteral("sort-json");
    QTest::newRow("no-split") << QStringLiteral("no-split");
}

void TestDumpFolderReader::readsRealPull()
{
    QFETCH(QString, variant);
    const QString folder = fixture(QStringLiteral("expected/") + variant);
    DumpReadError error;
    const std::optional<ConfigSnapshot> side = DumpFolderReader::read(folder, {}, &error);
    QVERIFY2(side, qPrintable(error.message));
    QCOMPARE(side->collections.size(), 11);
    QCOMPARE(side->directusVersion, QStringLiteral("11.3.5"));
    QCOMPARE(side->databaseVendor, QStringLiteral("sqlite"));
    QVERIFY(side->warnings.isEmpty());
    QVERIFY(side->schema);
    for (qsizetype i = 0; i < side->collections.size(); ++i) {
        const CollectionData &collection = side->collections.at(i);
        QCOMPARE(collection.name, CollectionDescriptor::all().at(i).name());
        QVERIFY(collection.present);
        QVERIFY(collection.mappingRows.isEmpty());
        const JsonArray file = parse(readFile(folder + QStringLiteral("/collections/") +
                                              collection.name + QStringLiteral(".json")))
                                   .toArray();
        QCOMPARE(collection.items.size(), file.size());
        for (qsizetype k = 0; k < file.size(); ++k) {
            JsonObject expected = file.at(k).toObject();
            const SyncItem &item = collection.items.at(k);
            QCOMPARE(item.syncId, expected.value(QStringLiteral("_syncId")).toString());
            expected.remove(QStringLiteral("_syncId"));
            QCOMPARE(item.data, expected);
            QCOMPARE(item.data.keys(), expected.keys()); // file order, minus _syncId
            QVERIFY(item.localId.isEmpty());
            QVERIFY(item.tracked);
            QCOMPARE(item.origin, SyncIdOrigin::Dump);
        }
    }
    QCOMPARE(side->collection(QStringLiteral("presets"))->items.size(), 2);
}

void TestDumpFolderReader::splitAndSingleSnapshotsAgree()
{
    const std::optional<ConfigSnapshot> split =
        DumpFolderReader::read(fixture(QStringLiteral("expected/default")));
    const std::optional<ConfigSnapshot> single =
        DumpFolderReader::read(fixture(QStringLiteral("expected/no-split")));
    QVERIFY(split && single && split->schema && single->schema);
    // snapshot.json keeps the API order: it is the instance's snapshot minus the id map.
    const JsonValue instance = Normalizer::normalizeSchemaSnapshot(
        parse(readFile(fixture(QStringLiteral("instance/schema-snapshot.json")))));
    QCOMPARE(*single->schema, instance);
    // The split files come back in readdir order (bytes: "Articles_2" before "articles").
    const JsonObject merged = split->schema->toObject();
    QCOMPARE(merged.keys(), (QStringList{QStringLiteral("version"), QStringLiteral("directus"),
                                         QStringLiteral("vendor"), QStringLiteral("collections"),
                                         QStringLiteral("fields"), QStringLiteral("relations")}));
    const JsonArray collections = merged.value(QStringLiteral("collections")).toArray();
    QCOMPARE(collections.size(), 2);
    QCOMPARE(collections.at(0).toObject().value(QStringLiteral("collection")).toString(),
             QStringLiteral("Articles"));
    QCOMPARE(collections.at(1).toObject().value(QStringLiteral("collection")).toString(),
             QStringLiteral("articles"));
    const JsonObject instanceObject = instance.toObject();
    for (const QString &part :
         {QStringLiteral("collections"), QStringLiteral("fields"), QStringLiteral("relations")}) {
        const JsonArray ours = merged.value(part).toArray();
        const JsonArray theirs = instanceObject.value(part).toArray();
        QCOMPARE(ours.size(), theirs.size());
        for (const JsonValue &entry : theirs) {
            QVERIFY2(ours.contains(entry), qPrintable(part));
        }
    }
    QCOMPARE(merged.value(QStringLiteral("fields"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("collection")),
             JsonValue(QStringLiteral("Articles")));
}

void TestDumpFolderReader::missingFileIsNotPresent()
{
    QTemporaryDir dir;
    QVERIFY(copyTree(fixture(QStringLiteral("expected/default")), dir.path()));
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("collections/flows.json"))));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("collections/presets.json")), "[]\n"));
    const std::optional<ConfigSnapshot> side = DumpFolderReader::read(dir.path());
    QVERIFY(side);
    QCOMPARE(side->collections.size(), 11);
    QVERIFY(!side->collection(QStringLiteral("flows"))->present);
    QVERIFY(side->collection(QStringLiteral("presets"))->present);
    QVERIFY(side->collection(QStringLiteral("presets"))->items.isEmpty());
    QVERIFY(side->collection(QStringLiteral("operations"))->present);

    // No collections folder at all: nothing present, still a valid (schema-only) dump.
    QVERIFY(QDir(dir.filePath(QStringLiteral("collections"))).removeRecursively());
    const std::optional<ConfigSnapshot> schemaOnly = DumpFolderReader::read(dir.path());
    QVERIFY(schemaOnly);
    for (const CollectionData &collection : schemaOnly->collections) {
        QVERIFY(!collection.present);
    }
    QVERIFY(schemaOnly->schema);
}

void TestDumpFolderReader::ignoresOtherFiles()
{
    QTemporaryDir dir;
    writeValidBase(dir.path());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("collections/README.md")), "\xff not json"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("collections/roles.json.bak")), "{"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("collections/old/flows.json")), "{"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("specs/openapi.json")), "{ broken"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("seed/users.json")), "{ broken"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("snapshot/info.json")),
                      R"({"version":1,"directus":"11.3.5","vendor":"postgres"})"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("snapshot/fields/a/notes.txt")), "x"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("snapshot/other.json")), "{ broken"));
    DumpReadError error;
    const std::optional<ConfigSnapshot> side = DumpFolderReader::read(dir.path(), {}, &error);
    QVERIFY2(side, qPrintable(error.message));
    QCOMPARE(side->collection(QStringLiteral("roles"))->items.size(), 1);
    QCOMPARE(*side->schema, parse(R"({"version":1,"directus":"11.3.5","vendor":"postgres",
                                     "collections":[],"fields":[],"relations":[]})"));
    QCOMPARE(side->databaseVendor, QStringLiteral("postgres"));
}

void TestDumpFolderReader::snapshotAbsent_data()
{
    QTest::addColumn<bool>("createFolder");
    QTest::addColumn<bool>("readSnapshot");
    QTest::newRow("no snapshot folder") << false << true;
    QTest::newRow("empty snapshot folder (pull --no-snapshot)") << true << true;
    QTest::newRow("snapshot not wanted") << true << false;
}

void TestDumpFolderReader::snapshotAbsent()
{
    QFETCH(bool, createFolder);
    QFETCH(bool, readSnapshot);
    QTemporaryDir dir;
    writeValidBase(dir.path());
    if (createFolder) {
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("snapshot"))));
    }
    if (!readSnapshot) {
        QVERIFY(writeFile(dir.filePath(QStringLiteral("snapshot/info.json")), "{ broken"));
    }
    DumpReadOptions options;
    options.readSnapshot = readSnapshot;
    const std::optional<ConfigSnapshot> side = DumpFolderReader::read(dir.path(), options);
    QVERIFY(side);
    QVERIFY(!side->schema);
    QVERIFY(side->directusVersion.isEmpty());
}

void TestDumpFolderReader::snapshotReaddirOrder()
{
    // loadJsonFilesRecursively walks readdirSync order: libuv sorts names by their bytes.
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("snapshot/info.json")), R"({"version":1})"));
    const QStringList files = {QStringLiteral("b/x"), QStringLiteral("B/y"),
                               QStringLiteral("a/z"), QStringLiteral("_/u"),
                               QStringLiteral("a/Z"), QStringLiteral("a/deep/w")};
    for (const QString &file : files) {
        QVERIFY(writeFile(
            dir.filePath(QStringLiteral("snapshot/fields/") + file + QStringLiteral(".json")),
            QStringLiteral(R"({"id":"%1"})").arg(file).toUtf8()));
    }
    const std::optional<ConfigSnapshot> side = DumpFolderReader::read(dir.path());
    QVERIFY(side && side->schema);
    QStringList order;
    const JsonArray fields = side->schema->toObject().value(QStringLiteral("fields")).toArray();
    for (const JsonValue &field : fields) {
        order.append(field.toObject().value(QStringLiteral("id")).toString());
    }
    QCOMPARE(order, (QStringList{QStringLiteral("B/y"), QStringLiteral("_/u"),
                                 QStringLiteral("a/Z"), QStringLiteral("a/deep/w"),
                                 QStringLiteral("a/z"), QStringLiteral("b/x")}));
}

void TestDumpFolderReader::byteOrderMark()
{
    // fs-extra's readJsonSync strips a UTF-8 BOM.
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("collections/roles.json")),
                      "\xef\xbb\xbf[{\"_syncId\":\"r\"}]"));
    const std::optional<ConfigSnapshot> side = DumpFolderReader::read(dir.path());
    QVERIFY(side);
    QCOMPARE(side->collection(QStringLiteral("roles"))->items.first().syncId, QStringLiteral("r"));
}

void TestDumpFolderReader::malformed_data()
{
    QTest::addColumn<QByteArrayList>("files"); // path, content, path, content…
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("syncId");
    QTest::addColumn<QString>("fragment");

    const QByteArray flows = "collections/flows.json";
    QTest::newRow("invalid JSON") << QByteArrayList{flows, "[\n  {\"_syncId\": \"a\",\n]"}
                                  << "collections/flows.json" << -1 << ""
                                  << "line 3";
    QTest::newRow("not an array") << QByteArrayList{flows, R"({"_syncId":"a"})"}
                                  << "collections/flows.json" << -1 << ""
                                  << "array";
    QTest::newRow("item not an object")
        << QByteArrayList{flows, R"([{"_syncId":"a"},null])"} << "collections/flows.json" << 1 << ""
        << "index 1";
    QTest::newRow("missing _syncId") << QByteArrayList{flows, R"([{"_syncId":"a"},{"name":"b"}])"}
                                     << "collections/flows.json" << 1 << ""
                                     << "_syncId";
    QTest::newRow("_syncId not a string")
        << QByteArrayList{flows, R"([{"_syncId":12}])"} << "collections/flows.json" << 0 << ""
        << "string";
    QTest::newRow("_syncId empty")
        << QByteArrayList{flows, R"([{"_syncId":""}])"} << "collections/flows.json" << 0 << ""
        << "empty";
    QTest::newRow("duplicate _syncId")
        << QByteArrayList{flows, R"([{"_syncId":"a"},{"_syncId":"b"},{"_syncId":"a"}])"}
        << "collections/flows.json" << 2 << "a"
        << "index 0 and 2";
    QTest::newRow("not UTF-8") << QByteArrayList{flows, "[{\"_syncId\":\"a\xc3\x28\"}]"}
                               << "collections/flows.json" << -1 << ""
                               << "byte 14";
    QTest::newRow("overlong UTF-8")
        << QByteArrayList{flows, "[\"\xc0\xaf\"]"} << "collections/flows.json" << -1 << ""
        << "UTF-8";
    QTest::newRow("unknown json file") << QByteArrayList{"collections/webhooks.json", "[]"}
                                       << "collections/webhooks.json" << -1 << ""
                                       << "webhooks";
    QTest::newRow("wrong case file name")
        << QByteArrayList{"collections/Flows.json", "[]"} << "collections/Flows.json" << -1 << ""
        << "Flows";
    QTest::newRow("collection file is a folder")
        << QByteArrayList{"collections/roles.json/x", "[]"} << "collections/roles.json" << -1 << ""
        << "not a file";
    QTest::newRow("collections is a file")
        << QByteArrayList{"collections", "[]"} << "collections" << -1 << ""
        << "not a folder";
    QTest::newRow("info.json invalid")
        << QByteArrayList{"snapshot/info.json", "{"} << "snapshot/info.json" << -1 << ""
        << "JSON";
    QTest::newRow("info.json not an object")
        << QByteArrayList{"snapshot/info.json", "[]"} << "snapshot/info.json" << -1 << ""
        << "object";
    QTest::newRow("field file invalid")
        << QByteArrayList{"snapshot/info.json", "{}", "snapshot/fields/articles/title.json",
                          "{\"a\":}"}
        << "snapshot/fields/articles/title.json" << -1 << ""
        << "JSON";
    QTest::newRow("relation file not an object")
        << QByteArrayList{"snapshot/info.json", "{}", "snapshot/relations/a/b.json", "42"}
        << "snapshot/relations/a/b.json" << -1 << ""
        << "object";
    QTest::newRow("split files without info.json")
        << QByteArrayList{"snapshot/collections/a.json", "{}"} << "snapshot/info.json" << -1 << ""
        << "missing";
    QTest::newRow("both snapshot layouts")
        << QByteArrayList{"snapshot/info.json", "{}", "snapshot/snapshot.json", "{}"} << "snapshot"
        << -1 << ""
        << "snapshot.json";
    QTest::newRow("snapshot.json invalid")
        << QByteArrayList{"snapshot/snapshot.json", "nul"} << "snapshot/snapshot.json" << -1 << ""
        << "JSON";
    QTest::newRow("snapshot.json not an object")
        << QByteArrayList{"snapshot/snapshot.json", "[]"} << "snapshot/snapshot.json" << -1 << ""
        << "object";
    QTest::newRow("snapshot is a file")
        << QByteArrayList{"snapshot", "{}"} << "snapshot" << -1 << ""
        << "not a folder";
}

void TestDumpFolderReader::malformed()
{
    QFETCH(QByteArrayList, files);
    QTemporaryDir dir;
    for (qsizetype i = 0; i + 1 < files.size(); i += 2) {
        QVERIFY(writeFile(dir.filePath(QString::fromUtf8(files.at(i))), files.at(i + 1)));
    }
    DumpReadError error;
    const std::optional<ConfigSnapshot> side = DumpFolderReader::read(dir.path(), {}, &error);
    QVERIFY(!side);
    QTEST(error.file, "file");
    QTEST(int(error.itemIndex), "index");
    QTEST(error.syncId, "syncId");
    QFETCH(QString, fragment);
    QVERIFY2(error.message.contains(fragment), qPrintable(error.message));
    // The message always names the file, so it stands alone in a log or dialog.
    QVERIFY2(error.message.contains(error.file), qPrintable(error.message));
}

void TestDumpFolderReader::sizeLimit()
{
    QTemporaryDir dir;
    QVERIFY(copyTree(fixture(QStringLiteral("expected/default")), dir.path()));
    qint64 total = 0;
    for (const QString &part : {QStringLiteral("collections"), QStringLiteral("snapshot")}) {
        QDirIterator it(dir.filePath(part), {QStringLiteral("*.json")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            total += QFileInfo(it.next()).size();
        }
    }
    DumpReadOptions options;
    options.maxTotalBytes = total;
    QVERIFY(DumpFolderReader::read(dir.path(), options));
    options.maxTotalBytes = total - 1;
    DumpReadError error;
    QVERIFY(!DumpFolderReader::read(dir.path(), options, &error));
    QVERIFY2(error.message.contains(QString::number(total)), qPrintable(error.message));
    // It names the biggest file, the one to look at first.
    QVERIFY(!error.file.isEmpty());
    QVERIFY2(error.message.contains(error.file), qPrintable(error.message));
    QVERIFY2(error.message.contains(QLatin1String("SYNCSTUDIO_MAX_DUMP_BYTES")),
             qPrintable(error.message));
    qint64 largest = 0;
    for (const QString &part : {QStringLiteral("collections"), QStringLiteral("snapshot")}) {
        QDirIterator it(dir.filePath(part), {QStringLiteral("*.json")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo info(it.next());
            largest = qMax(largest, info.size());
        }
    }
    QCOMPARE(QFileInfo(dir.filePath(error.file)).size(), largest);
    QCOMPARE(DumpReadOptions().maxTotalBytes, 512LL * 1024 * 1024);
}

// SYNCSTUDIO_MAX_DUMP_BYTES overrides the default for every reader (CLI and app).
void TestDumpFolderReader::sizeLimitFromEnvironment()
{
    QTemporaryDir dir;
    writeValidBase(dir.path());
    const auto restore = qScopeGuard([]() { qunsetenv("SYNCSTUDIO_MAX_DUMP_BYTES"); });
    qputenv("SYNCSTUDIO_MAX_DUMP_BYTES", "10");
    QCOMPARE(DumpReadOptions().maxTotalBytes, 10);
    DumpReadError error;
    QVERIFY(!DumpFolderReader::read(dir.path(), {}, &error));
    QCOMPARE(error.file, QStringLiteral("collections/roles.json"));
    QVERIFY2(error.message.contains(QLatin1String("limit of 10 bytes")), qPrintable(error.message));
    for (const char *ignored : {"", "0", "-5", "lots"}) {
        qputenv("SYNCSTUDIO_MAX_DUMP_BYTES", ignored);
        QCOMPARE(DumpReadOptions().maxTotalBytes, 512LL * 1024 * 1024);
    }
    qputenv("SYNCSTUDIO_MAX_DUMP_BYTES", "1000000");
    QVERIFY(DumpFolderReader::read(dir.path(), {}, &error));
}

// A valid dump of about 100 MB (big translations and presets, non-ASCII text and escapes) is
// read, far below the default limit. Nothing is timed: it must only work.
void TestDumpFolderReader::readsHundredMegabytes()
{
    QTemporaryDir dir;
    QVERIFY(copyTree(fixture(QStringLiteral("expected/default")), dir.path()));
    QByteArray text;
    while (text.size() < 10000) {
        text += "Gr\\u00fc\\u00dfe \\u20ac \\\\ \\\"zitiert\\\" \\n Zeile café € ";
    }
    const int translations = 6000;
    const int presets = 4000;
    const auto writeItems = [&](const QString &name, int count, auto item) {
        QFile file(dir.filePath(QStringLiteral("collections/") + name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return false;
        }
        file.write("[\n");
        for (int i = 0; i < count; ++i) {
            file.write(item(i));
            file.write(i + 1 < count ? ",\n" : "\n");
        }
        file.write("]\n");
        return file.error() == QFile::NoError;
    };
    QVERIFY(writeItems(QStringLiteral("translations.json"), translations, [&](int i) -> QByteArray {
        const QByteArray n = QByteArray::number(i);
        return "  {\n    \"language\": \"de-DE\",\n    \"key\": \"big_" + n +
               "\",\n    \"value\": \"" + n + ' ' + text + "\",\n    \"_syncId\": \"t-" + n +
               "\"\n  }";
    }));
    QVERIFY(writeItems(QStringLiteral("presets.json"), presets, [&](int i) -> QByteArray {
        const QByteArray n = QByteArray::number(i);
        return "  {\n    \"bookmark\": \"" + text + n +
               "\",\n    \"role\": null,\n    \"collection\": \"articles\",\n    "
               "\"search\": null,\n    \"layout\": \"tabular\",\n    \"layout_query\": "
               "null,\n    \"layout_options\": {\"tabular\": {\"widths\": {\"title\": " +
               n +
               "}}},\n    \"refresh_interval\": null,\n    \"filter\": null,\n    "
               "\"icon\": \"bookmark\",\n    \"color\": null,\n    \"_syncId\": \"p-" +
               n + "\"\n  }";
    }));
    const qint64 size =
        QFileInfo(dir.filePath(QStringLiteral("collections/translations.json"))).size() +
        QFileInfo(dir.filePath(QStringLiteral("collections/presets.json"))).size();
    QVERIFY2(size > 100LL * 1000 * 1000, qPrintable(QString::number(size)));

    DumpReadError error;
    const std::optional<ConfigSnapshot> side = DumpFolderReader::read(dir.path(), {}, &error);
    QVERIFY2(side, qPrintable(error.message));
    const CollectionData *read = side->collection(QStringLiteral("translations"));
    QVERIFY(read);
    QCOMPARE(read->items.size(), translations);
    const SyncItem *last = read->findBySyncId(QStringLiteral("t-5999"));
    QVERIFY(last);
    const QString value = last->data.value(QStringLiteral("value")).toString();
    QVERIFY(value.startsWith(QStringLiteral("5999 Grüße € \\ \"zitiert\" \n")));
    QCOMPARE(side->collection(QStringLiteral("presets"))->items.size(), presets);
}

void TestDumpFolderReader::notAFolder()
{
    QTemporaryDir dir;
    DumpReadError error;
    QVERIFY(!DumpFolderReader::read(dir.filePath(QStringLiteral("missing")), {}, &error));
    QVERIFY(error.message.contains(QStringLiteral("missing")));
}

void TestDumpFolderReader::hooksWarning()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("project"));
    const QString dump = project + QStringLiteral("/directus-config");
    writeValidBase(dump);
    QVERIFY(writeFile(project + QStringLiteral("/directus-sync.config.js"),
                      "module.exports = {\n  hooks: { flows: { onDump: (f) => f } },\n};\n"));
    std::optional<ConfigSnapshot> side = DumpFolderReader::read(dump);
    QVERIFY(side);
    QCOMPARE(side->warnings.size(), 1);
    QVERIFY(side->warnings.first().contains(QStringLiteral("directus-sync.config.js")));

    DumpReadOptions quiet;
    quiet.checkConfigHooks = false;
    QVERIFY(DumpFolderReader::read(dump, quiet)->warnings.isEmpty());

    // The nearest folder with a config file decides; a JSON config needs a "hooks" key.
    QVERIFY(writeFile(dump + QStringLiteral("/directus-sync.config.json"),
                      R"({"dumpPath":".","comment":"no hooks here"})"));
    side = DumpFolderReader::read(dump);
    QVERIFY(side);
    QVERIFY(side->warnings.isEmpty());
    QVERIFY(writeFile(dump + QStringLiteral("/directus-sync.config.json"),
                      R"({"hooks":{"snapshot":{}}})"));
    QCOMPARE(DumpFolderReader::read(dump)->warnings.size(), 1);
    QCOMPARE(DumpFolderReader::configFilesWithHooks(dump).size(), 1);
}

void TestDumpFolderReader::customPaths()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("data/roles.json")),
                      R"([{"name":"A","_syncId":"r1"}])"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("schema/snapshot.json")), R"({"version":1})"));
    DumpReadOptions options;
    options.collectionsPath = QStringLiteral("data");
    options.snapshotPath = QStringLiteral("schema");
    options.snapshotLayout = DumpReadOptions::SnapshotLayout::Single;
    const std::optional<ConfigSnapshot> side = DumpFolderReader::read(dir.path(), options);
    QVERIFY(side);
    QVERIFY(side->collection(QStringLiteral("roles"))->present);
    QCOMPARE(*side->schema, parse(R"({"version":1})"));
}

QTEST_GUILESS_MAIN(TestDumpFolderReader)
#include "tst_dumpfolderreader.moc"
