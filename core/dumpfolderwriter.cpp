#include "dumpfolderwriter.h"

#include "jsonreader.h"
#include "jsonwriter.h"
#include "normalizer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>

namespace syncstudio {

namespace {

const QString SyncIdKey = QStringLiteral("_syncId");

struct PlannedFile
{
    QString relative; // to the dump folder
    QByteArray content;
};

void setError(QString *errorString, const QString &message)
{
    if (errorString) {
        *errorString = message;
    }
}

// JavaScript's String(value) in a template literal; a missing key is "undefined".
QString templateText(const JsonValue *value)
{
    return value ? value->toScalarText() : QStringLiteral("undefined");
}

// SnapshotClient.getSuffix: names compared lower-cased (case-insensitive file systems).
QString clashSuffix(const QString &baseName, QSet<QString> *existing)
{
    const QString base = baseName.toLower();
    QString suffix;
    if (existing->contains(base)) {
        int i = 2;
        while (existing->contains(base + QLatin1Char('_') + QString::number(i))) {
            ++i;
        }
        suffix = QLatin1Char('_') + QString::number(i);
    }
    existing->insert(base + suffix);
    return suffix;
}

// directus-sync joins these names into paths unchecked; we refuse anything that would not stay
// one plain path component.
bool isSafeComponent(const QString &name)
{
    return !name.isEmpty() && name != QStringLiteral(".") && name != QStringLiteral("..") &&
           !name.contains(QLatin1Char('/')) && !name.contains(QChar(0));
}

bool writeFile(const QString &path, const QByteArray &content, QString *errorString)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        setError(errorString, DumpFolderWriter::tr("Cannot create the folder %1.")
                                  .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(content) != content.size() || !file.flush()) {
        setError(errorString, DumpFolderWriter::tr("Cannot write %1: %2.")
                                  .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    file.close();
    if (file.error() != QFileDevice::NoError) {
        setError(errorString, DumpFolderWriter::tr("Cannot write %1: %2.")
                                  .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

bool pathExists(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() || info.isSymLink();
}

// Renames that move the new content into place; each old entry is first moved aside so a
// failure can put everything back.
class Swap final
{
public:
    struct Move
    {
        QString staged;
        QString destination;
        QString backup;
        bool hadOld = false;
    };

    explicit Swap(const QString &backupDir)
        : m_backupDir(backupDir)
    {}

    bool apply(const QList<Move> &moves, QString *errorString)
    {
        QDir dir;
        for (Move move : moves) {
            move.backup = m_backupDir + QLatin1Char('/') + QString::number(m_done.size());
            move.hadOld = pathExists(move.destination);
            if (move.hadOld && !dir.rename(move.destination, move.backup)) {
                setError(errorString, DumpFolderWriter::tr("Cannot move %1 aside.")
                                          .arg(QDir::toNativeSeparators(move.destination)));
                rollback();
                return false;
            }
            if (!dir.rename(move.staged, move.destination)) {
                setError(errorString, DumpFolderWriter::tr("Cannot move the new %1 into place.")
                                          .arg(QDir::toNativeSeparators(move.destination)));
                if (move.hadOld) {
                    dir.rename(move.backup, move.destination);
                }
                rollback();
                return false;
            }
            m_done.append(move);
        }
        return true;
    }

private:
    void rollback()
    {
        QDir dir;
        for (qsizetype i = m_done.size() - 1; i >= 0; --i) {
            const Move &move = m_done.at(i);
            dir.rename(move.destination, move.staged);
            if (move.hadOld) {
                dir.rename(move.backup, move.destination);
            }
        }
        m_done.clear();
    }

    QString m_backupDir;
    QList<Move> m_done;
};

} // namespace

QList<SyncItem> DumpFolderWriter::sortedItems(const CollectionDescriptor &descriptor,
                                              const QList<SyncItem> &items,
                                              const JsCollator &collator)
{
    QList<std::pair<QString, qsizetype>> keys;
    keys.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        keys.append({descriptor.sortKey(items.at(i).data, items.at(i).syncId), i});
    }
    // Array.prototype.sort is stable in V8 (TimSort), so equal keys keep their order.
    std::stable_sort(keys.begin(), keys.end(), [&collator](const auto &a, const auto &b) {
        return collator.compare(a.first, b.first) < 0;
    });
    QList<SyncItem> result;
    result.reserve(items.size());
    for (const auto &key : std::as_const(keys)) {
        result.append(items.at(key.second));
    }
    return result;
}

std::optional<QByteArray>
DumpFolderWriter::collectionFileContent(const CollectionDescriptor &descriptor,
                                        const QList<SyncItem> &items, bool sortJson,
                                        const JsCollator &collator, QString *errorString)
{
    QSet<QString> seen;
    for (const SyncItem &item : items) {
        if (item.syncId.isEmpty()) {
            setError(errorString,
                     tr("%1: item %2 (%3) is untracked and has no SyncID yet; track it before "
                        "exporting, or leave untracked items out.")
                         .arg(descriptor.name(), item.localId, descriptor.displayName(item)));
            return std::nullopt;
        }
        if (seen.contains(item.syncId)) {
            setError(
                errorString,
                tr("%1: two items have the SyncID \"%2\".").arg(descriptor.name(), item.syncId));
            return std::nullopt;
        }
        seen.insert(item.syncId);
    }
    JsonArray array;
    array.reserve(items.size());
    for (const SyncItem &item : sortedItems(descriptor, items, collator)) {
        // {...item, _syncId}: API key order with the SyncID appended last.
        JsonObject object = item.data;
        object.insert(SyncIdKey, JsonValue(item.syncId));
        array.append(object);
    }
    const JsonValue value(array);
    return JsonWriter::writeFileContent(sortJson ? collator.sortedDeep(value) : value);
}

std::optional<QList<std::pair<QString, QByteArray>>>
DumpFolderWriter::snapshotFiles(const JsonValue &snapshot, bool split, bool sortJson,
                                const JsCollator &collator, QString *errorString)
{
    if (!snapshot.isObject()) {
        setError(errorString, tr("The schema snapshot is not a JSON object."));
        return std::nullopt;
    }
    const JsonValue cleaned = Normalizer::normalizeSchemaSnapshot(snapshot);
    const auto serialise = [&](const JsonValue &value) {
        return JsonWriter::writeFileContent(sortJson ? collator.sortedDeep(value) : value);
    };
    QList<std::pair<QString, QByteArray>> files;
    if (!split) {
        files.append({QStringLiteral("snapshot.json"), serialise(cleaned)});
        return files;
    }

    // SnapshotClient.decomposeData.
    JsonObject info = cleaned.toObject();
    const JsonArray collections = info.value(QStringLiteral("collections")).toArray();
    const JsonArray fields = info.value(QStringLiteral("fields")).toArray();
    const JsonArray relations = info.value(QStringLiteral("relations")).toArray();
    info.remove(QStringLiteral("collections"));
    info.remove(QStringLiteral("fields"));
    info.remove(QStringLiteral("relations"));
    files.append({QStringLiteral("info.json"), serialise(info)});

    const auto unsafe = [errorString](const QString &kind, qsizetype index) {
        setError(errorString, tr("Schema snapshot: %1 entry %2 has a name that cannot be a file "
                                 "name.")
                                  .arg(kind)
                                  .arg(index));
    };
    QSet<QString> existingCollections;
    for (qsizetype i = 0; i < collections.size(); ++i) {
        const JsonObject &entry = collections.at(i).toObject();
        const QString name = templateText(entry.find(QStringLiteral("collection")));
        const QString stem = name + clashSuffix(name, &existingCollections);
        if (!collections.at(i).isObject() || !isSafeComponent(stem)) {
            unsafe(QStringLiteral("collections"), i);
            return std::nullopt;
        }
        files.append({QStringLiteral("collections/") + stem + QStringLiteral(".json"),
                      serialise(collections.at(i))});
    }
    // Fields and relations: "<collection>/<field>", clashes checked within each list.
    const auto addNested = [&](const QString &kind, const JsonArray &entries) {
        QSet<QString> existing;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const JsonObject &entry = entries.at(i).toObject();
            const QString collection = templateText(entry.find(QStringLiteral("collection")));
            const QString field = templateText(entry.find(QStringLiteral("field")));
            const QString suffix = clashSuffix(collection + QLatin1Char('/') + field, &existing);
            if (!entries.at(i).isObject() || !isSafeComponent(collection) ||
                !isSafeComponent(field + suffix)) {
                unsafe(kind, i);
                return false;
            }
            files.append({kind + QLatin1Char('/') + collection + QLatin1Char('/') + field + suffix +
                              QStringLiteral(".json"),
                          serialise(entries.at(i))});
        }
        return true;
    };
    if (!addNested(QStringLiteral("fields"), fields) ||
        !addNested(QStringLiteral("relations"), relations)) {
        return std::nullopt;
    }
    return files;
}

bool DumpFolderWriter::write(const QString &folder, const ConfigSnapshot &side,
                             const SpecTexts &specs, const DumpWriteOptions &options,
                             QString *errorString)
{
    const JsCollator collator =
        options.collator ? *options.collator : JsCollator::fromEnvironment();
    for (const QString &name : options.collections) {
        if (!CollectionDescriptor::find(name)) {
            setError(errorString, tr("\"%1\" is not a collection directus-sync tracks.").arg(name));
            return false;
        }
    }
    const QString collectionsPath = QDir::cleanPath(options.collectionsPath);
    const QString snapshotPath = QDir::cleanPath(options.snapshotPath);
    const QString specsPath = QDir::cleanPath(options.specsPath);
    // The three parts must be distinct folders inside the dump: the snapshot folder is
    // replaced whole, which would take a nested collections or specs folder with it.
    const QStringList parts = {collectionsPath, snapshotPath, specsPath};
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &part = parts.at(i);
        bool valid = !part.isEmpty() && part != QStringLiteral(".") && QDir::isRelativePath(part) &&
                     part != QStringLiteral("..") && !part.startsWith(QStringLiteral("../"));
        for (qsizetype k = 0; valid && k < parts.size(); ++k) {
            const QString &other = parts.at(k);
            valid = k == i || (part != other && !part.startsWith(other + QLatin1Char('/')) &&
                               !other.startsWith(part + QLatin1Char('/')));
        }
        if (!valid) {
            setError(errorString, tr("The collections, snapshot and specs paths must be three "
                                     "separate folders inside the dump (got \"%1\", \"%2\" and "
                                     "\"%3\").")
                                      .arg(collectionsPath, snapshotPath, specsPath));
            return false;
        }
    }

    // 1. Everything in memory first: a bad item or snapshot fails before the disk is touched.
    QList<PlannedFile> collectionFiles;
    for (const CollectionDescriptor &descriptor : CollectionDescriptor::all()) {
        if (!options.collections.isEmpty() && !options.collections.contains(descriptor.name())) {
            continue;
        }
        const CollectionData *collection = side.collection(descriptor.name());
        if (!collection || !collection->present) {
            continue;
        }
        QList<SyncItem> items;
        for (const SyncItem &item : collection->items) {
            if (!(options.skipUntracked && item.syncId.isEmpty())) {
                items.append(item);
            }
        }
        const std::optional<QByteArray> content =
            collectionFileContent(descriptor, items, options.sortJson, collator, errorString);
        if (!content) {
            return false;
        }
        collectionFiles.append(
            {collectionsPath + QLatin1Char('/') + descriptor.fileName(), *content});
    }
    std::optional<QList<std::pair<QString, QByteArray>>> snapshot;
    if (options.snapshot && side.schema) {
        snapshot =
            snapshotFiles(*side.schema, options.split, options.sortJson, collator, errorString);
        if (!snapshot) {
            return false;
        }
    }
    QList<PlannedFile> specFiles;
    if (options.specs) {
        if (specs.itemGraphql) {
            specFiles.append({specsPath + QStringLiteral("/item.graphql"), *specs.itemGraphql});
        }
        if (specs.systemGraphql) {
            specFiles.append({specsPath + QStringLiteral("/system.graphql"), *specs.systemGraphql});
        }
        if (specs.openApiJson) {
            JsonParseError parseError;
            std::optional<JsonValue> openApi = JsonReader::parse(*specs.openApiJson, &parseError);
            if (!openApi) {
                setError(
                    errorString,
                    tr("The OpenAPI specification is not valid JSON: %1").arg(parseError.message));
                return false;
            }
            // @directus/sdk unwraps a {"data": …} envelope before directus-sync sees it.
            if (const JsonValue *data = openApi->toObject().find(QStringLiteral("data"))) {
                openApi = *data;
            }
            specFiles.append({specsPath + QStringLiteral("/openapi.json"),
                              JsonWriter::writeFileContent(*openApi)});
        }
    }

    // 2. The target and the folders directus-sync always creates (createDumpFolders).
    const QFileInfo targetInfo(folder);
    const QString target = targetInfo.absoluteFilePath();
    if (targetInfo.exists() && !targetInfo.isDir()) {
        setError(errorString,
                 tr("%1 exists and is not a folder.").arg(QDir::toNativeSeparators(target)));
        return false;
    }
    QStringList folders = {target + QLatin1Char('/') + collectionsPath,
                           target + QLatin1Char('/') + snapshotPath};
    if (!specFiles.isEmpty()) {
        folders.append(target + QLatin1Char('/') + specsPath);
    }
    for (const QString &path : std::as_const(folders)) {
        const QFileInfo info(path);
        if ((info.exists() && !info.isDir()) || !QDir().mkpath(path)) {
            setError(errorString,
                     tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(path)));
            return false;
        }
    }

    // 3. Stage in a sibling folder (same file system, so the renames are atomic); fall back to
    // a hidden folder inside the target when the parent is not writable.
    std::optional<QTemporaryDir> staging;
    staging.emplace(QFileInfo(target).absolutePath() + QStringLiteral("/.") +
                    QFileInfo(target).fileName() + QStringLiteral(".syncstudio-XXXXXX"));
    if (!staging->isValid()) {
        staging.emplace(target + QStringLiteral("/.syncstudio-staging-XXXXXX"));
    }
    if (!staging->isValid()) {
        setError(errorString, tr("Cannot create a temporary folder next to %1: %2.")
                                  .arg(QDir::toNativeSeparators(target), staging->errorString()));
        return false;
    }
    const QString stagedRoot = staging->path() + QStringLiteral("/new");
    const QString backupRoot = staging->path() + QStringLiteral("/old");
    if (!QDir().mkpath(stagedRoot) || !QDir().mkpath(backupRoot)) {
        setError(errorString, tr("Cannot create a temporary folder next to %1.")
                                  .arg(QDir::toNativeSeparators(target)));
        return false;
    }
    QList<Swap::Move> moves;
    for (const QList<PlannedFile> *files : {&collectionFiles, &specFiles}) {
        for (const PlannedFile &file : *files) {
            const QString staged = stagedRoot + QLatin1Char('/') + file.relative;
            if (!writeFile(staged, file.content, errorString)) {
                return false;
            }
            moves.append({staged, target + QLatin1Char('/') + file.relative, {}, false});
        }
    }
    if (snapshot) {
        const QString stagedSnapshot = stagedRoot + QLatin1Char('/') + snapshotPath;
        if (!QDir().mkpath(stagedSnapshot)) {
            setError(errorString, tr("Cannot create a temporary folder next to %1.")
                                      .arg(QDir::toNativeSeparators(target)));
            return false;
        }
        for (const auto &[relative, content] : std::as_const(*snapshot)) {
            if (!writeFile(stagedSnapshot + QLatin1Char('/') + relative, content, errorString)) {
                return false;
            }
        }
        moves.append({stagedSnapshot, target + QLatin1Char('/') + snapshotPath, {}, false});
    }

    // 4. Swap; the staging folder (with the old content) is removed when it goes out of scope.
    Swap swap(backupRoot);
    return swap.apply(moves, errorString);
}

} // namespace syncstudio
