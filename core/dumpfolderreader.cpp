#include "dumpfolderreader.h"

#include "collectiondescriptor.h"
#include "jsonreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace syncstudio {

namespace {

const QString SyncIdKey = QStringLiteral("_syncId");
const QString JsonSuffix = QStringLiteral(".json");
const QString InfoJson = QStringLiteral("info.json");
const QString SnapshotJson = QStringLiteral("snapshot.json");
const QStringList SnapshotParts = {QStringLiteral("collections"), QStringLiteral("fields"),
                                   QStringLiteral("relations")};

// Offset of the first byte that is not part of well-formed UTF-8 (no overlongs, surrogates or
// code points above U+10FFFF), or -1.
qsizetype invalidUtf8Offset(QByteArrayView bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char min = 0x80;
        unsigned char max = 0xbf;
        if (lead >= 0xc2 && lead <= 0xdf) {
            length = 2;
        } else if (lead >= 0xe0 && lead <= 0xef) {
            length = 3;
            if (lead == 0xe0) {
                min = 0xa0; // overlong
            } else if (lead == 0xed) {
                max = 0x9f; // surrogates
            }
        } else if (lead >= 0xf0 && lead <= 0xf4) {
            length = 4;
            if (lead == 0xf0) {
                min = 0x90; // overlong
            } else if (lead == 0xf4) {
                max = 0x8f; // above U+10FFFF
            }
        } else {
            return i;
        }
        if (i + length > size) {
            return i;
        }
        for (int k = 1; k < length; ++k) {
            const unsigned char c = data[i + k];
            const unsigned char low = k == 1 ? min : 0x80;
            const unsigned char high = k == 1 ? max : 0xbf;
            if (c < low || c > high) {
                return i;
            }
        }
        i += length;
    }
    return -1;
}

// Directory entries (not "." / "..") in the order Node's readdirSync gives them: libuv's
// scandir sorts names with strcmp, i.e. by their bytes.
QStringList readdirOrder(const QString &path)
{
    QStringList names =
        QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return QFile::encodeName(a) < QFile::encodeName(b);
    });
    return names;
}

// loadJsonFilesRecursively's walk: every "*.json" file, directories descended in place.
void listJsonRecursively(const QString &root, const QString &relative, QStringList *files)
{
    const QString absolute = relative.isEmpty() ? root : root + QLatin1Char('/') + relative;
    for (const QString &name : readdirOrder(absolute)) {
        const QString childRelative =
            relative.isEmpty() ? name : relative + QLatin1Char('/') + name;
        const QFileInfo info(root + QLatin1Char('/') + childRelative);
        if (info.isDir()) {
            listJsonRecursively(root, childRelative, files);
        } else if (name.endsWith(JsonSuffix)) {
            files->append(childRelative);
        }
    }
}

class Reading final
{
public:
    Reading(const QString &folder, DumpReadError *error)
        : m_folder(folder)
        , m_error(error)
    {}

    bool fail(const QString &file, const QString &message, qsizetype itemIndex = -1,
              const QString &syncId = {})
    {
        if (m_error) {
            m_error->file = file;
            m_error->itemIndex = itemIndex;
            m_error->syncId = syncId;
            m_error->message = message;
        }
        return false;
    }

    QString absolute(const QString &relative) const
    {
        return m_folder + QLatin1Char('/') + relative;
    }

    std::optional<JsonValue> parseFile(const QString &relative)
    {
        QFile file(absolute(relative));
        if (!file.open(QIODevice::ReadOnly)) {
            fail(relative,
                 DumpFolderReader::tr("%1 cannot be read: %2.").arg(relative, file.errorString()));
            return std::nullopt;
        }
        const QByteArray bytes = file.readAll();
        if (file.error() != QFileDevice::NoError) {
            fail(relative,
                 DumpFolderReader::tr("%1 cannot be read: %2.").arg(relative, file.errorString()));
            return std::nullopt;
        }
        if (const qsizetype offset = invalidUtf8Offset(bytes); offset >= 0) {
            fail(
                relative,
                DumpFolderReader::tr("%1 is not valid UTF-8 (byte %2).").arg(relative).arg(offset));
            return std::nullopt;
        }
        JsonParseError parseError;
        std::optional<JsonValue> value = JsonReader::parse(bytes, &parseError);
        if (!value) {
            fail(relative, DumpFolderReader::tr("%1 is not valid JSON (line %2, column %3): %4")
                               .arg(relative)
                               .arg(parseError.line)
                               .arg(parseError.column)
                               .arg(parseError.message));
        }
        return value;
    }

private:
    QString m_folder;
    DumpReadError *m_error;
};

bool readCollectionFile(Reading &reading, const QString &relative, CollectionData *collection)
{
    std::optional<JsonValue> value = reading.parseFile(relative);
    if (!value) {
        return false;
    }
    if (!value->isArray()) {
        return reading.fail(relative,
                            DumpFolderReader::tr("%1 does not hold a JSON array.").arg(relative));
    }
    // Taken over, element by element: each item's object is moved into its SyncItem rather than
    // copied, so the parsed file and the items never exist side by side.
    JsonArray array = std::move(value->array());
    value.reset();
    QHash<QString, qsizetype> seen;
    collection->items.reserve(collection->items.size() + array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        JsonValue element = std::move(array[i]);
        if (!element.isObject()) {
            return reading.fail(
                relative,
                DumpFolderReader::tr("%1: the item at index %2 is not a JSON object.")
                    .arg(relative)
                    .arg(i),
                i);
        }
        JsonObject data = std::move(element.object());
        const JsonValue *syncId = data.find(SyncIdKey);
        if (!syncId) {
            return reading.fail(relative,
                                DumpFolderReader::tr("%1: the item at index %2 has no \"_syncId\".")
                                    .arg(relative)
                                    .arg(i),
                                i);
        }
        if (!syncId->isString()) {
            return reading.fail(
                relative,
                DumpFolderReader::tr("%1: the \"_syncId\" of the item at index %2 is not a string.")
                    .arg(relative)
                    .arg(i),
                i);
        }
        const QString id = syncId->toString();
        if (id.isEmpty()) {
            return reading.fail(
                relative,
                DumpFolderReader::tr("%1: the \"_syncId\" of the item at index %2 is empty.")
                    .arg(relative)
                    .arg(i),
                i);
        }
        if (const auto previous = seen.constFind(id); previous != seen.constEnd()) {
            return reading.fail(relative,
                                DumpFolderReader::tr("%1: the items at index %2 and %3 have the "
                                                     "same \"_syncId\" \"%4\".")
                                    .arg(relative)
                                    .arg(*previous)
                                    .arg(i)
                                    .arg(id),
                                i, id);
        }
        seen.insert(id, i);
        data.remove(SyncIdKey);
        SyncItem item;
        item.syncId = id;
        item.data = std::move(data);
        item.tracked = true;
        item.origin = SyncIdOrigin::Dump;
        collection->items.append(std::move(item));
    }
    return true;
}

struct SnapshotFiles
{
    bool present = false;
    bool split = true;
    QStringList files; // relative to the dump folder, in reading order (split: info.json first)
    QList<QStringList> partFiles; // split: per part in SnapshotParts, relative to the dump
};

// Decides the layout and lists the files, without reading them.
bool planSnapshot(Reading &reading, const QString &folder, const DumpReadOptions &options,
                  SnapshotFiles *plan)
{
    const QString snapshotRelative = QDir::cleanPath(options.snapshotPath);
    const QFileInfo snapshotInfo(folder + QLatin1Char('/') + snapshotRelative);
    if (!snapshotInfo.exists()) {
        return true;
    }
    if (!snapshotInfo.isDir()) {
        return reading.fail(snapshotRelative,
                            DumpFolderReader::tr("%1 is not a folder.").arg(snapshotRelative));
    }
    const QString snapshotDir = snapshotInfo.absoluteFilePath();
    const QString infoRelative = snapshotRelative + QLatin1Char('/') + InfoJson;
    const QString singleRelative = snapshotRelative + QLatin1Char('/') + SnapshotJson;
    const bool hasInfo = QFileInfo::exists(folder + QLatin1Char('/') + infoRelative);
    const bool hasSingle = QFileInfo::exists(folder + QLatin1Char('/') + singleRelative);
    QList<QStringList> partFiles;
    bool hasParts = false;
    for (const QString &part : SnapshotParts) {
        QStringList files;
        if (QFileInfo(snapshotDir + QLatin1Char('/') + part).isDir()) {
            listJsonRecursively(snapshotDir + QLatin1Char('/') + part, QString(), &files);
        }
        for (QString &file : files) {
            file = snapshotRelative + QLatin1Char('/') + part + QLatin1Char('/') + file;
        }
        hasParts = hasParts || !files.isEmpty();
        partFiles.append(files);
    }

    using Layout = DumpReadOptions::SnapshotLayout;
    Layout layout = options.snapshotLayout;
    if (layout == Layout::Auto) {
        if (hasSingle && (hasInfo || hasParts)) {
            return reading.fail(snapshotRelative,
                                DumpFolderReader::tr("%1 holds both a split snapshot (info.json) "
                                                     "and snapshot.json; remove the one that is "
                                                     "out of date.")
                                    .arg(snapshotRelative));
        }
        layout = hasSingle ? Layout::Single : Layout::Split;
    }
    if (layout == Layout::Single) {
        if (!hasSingle) {
            if (hasInfo || hasParts) {
                return reading.fail(singleRelative,
                                    DumpFolderReader::tr("%1 is missing.").arg(singleRelative));
            }
            return true; // an empty snapshot folder: no snapshot in this dump
        }
        plan->present = true;
        plan->split = false;
        plan->files = {singleRelative};
        return true;
    }
    if (!hasInfo) {
        if (hasParts) {
            return reading.fail(infoRelative,
                                DumpFolderReader::tr("%1 is missing.").arg(infoRelative));
        }
        return true; // directus-sync creates the folder even with --no-snapshot
    }
    plan->present = true;
    plan->split = true;
    plan->files = {infoRelative};
    for (const QStringList &files : partFiles) {
        plan->files.append(files);
    }
    plan->partFiles = partFiles;
    return true;
}

std::optional<JsonValue> readSnapshot(Reading &reading, const SnapshotFiles &plan)
{
    const QString &first = plan.files.first();
    std::optional<JsonValue> head = reading.parseFile(first);
    if (!head) {
        return std::nullopt;
    }
    if (!head->isObject()) {
        reading.fail(first, DumpFolderReader::tr("%1 does not hold a JSON object.").arg(first));
        return std::nullopt;
    }
    if (!plan.split) {
        return head;
    }
    // SnapshotClient.loadData: {...info, collections, fields, relations}.
    JsonObject snapshot = head->toObject();
    for (qsizetype part = 0; part < SnapshotParts.size(); ++part) {
        JsonArray entries;
        for (const QString &file : plan.partFiles.at(part)) {
            std::optional<JsonValue> entry = reading.parseFile(file);
            if (!entry) {
                return std::nullopt;
            }
            if (!entry->isObject()) {
                reading.fail(file,
                             DumpFolderReader::tr("%1 does not hold a JSON object.").arg(file));
                return std::nullopt;
            }
            entries.append(*entry);
        }
        snapshot.insert(SnapshotParts.at(part), entries);
    }
    return JsonValue(snapshot);
}

} // namespace

qint64 DumpReadOptions::defaultMaxTotalBytes()
{
    bool ok = false;
    const qint64 bytes = qEnvironmentVariable("SYNCSTUDIO_MAX_DUMP_BYTES").toLongLong(&ok);
    return ok && bytes > 0 ? bytes : 512LL * 1024 * 1024;
}

std::optional<ConfigSnapshot>
DumpFolderReader::read(const QString &folder, const DumpReadOptions &options, DumpReadError *error)
{
    const QFileInfo folderInfo(folder);
    const QString root = folderInfo.absoluteFilePath();
    Reading reading(root, error);
    if (!folderInfo.isDir()) {
        reading.fail(QString(), tr("%1 is not a folder.").arg(QDir::toNativeSeparators(folder)));
        return std::nullopt;
    }

    // Collection files: the 11 known names; any other *.json there is a mistake we refuse to
    // guess about (directus-sync would silently ignore it).
    const QString collectionsRelative = QDir::cleanPath(options.collectionsPath);
    const QString collectionsDir = root + QLatin1Char('/') + collectionsRelative;
    QStringList knownFiles;
    for (const CollectionDescriptor &descriptor : CollectionDescriptor::all()) {
        knownFiles.append(descriptor.fileName());
    }
    qint64 totalBytes = 0;
    qint64 largestBytes = -1;
    QString largestFile; // named in the size error: usually the one to look at
    QHash<QString, bool> collectionFilePresent;
    if (QFileInfo(collectionsDir).isDir()) {
        for (const QString &name : readdirOrder(collectionsDir)) {
            const QFileInfo info(collectionsDir + QLatin1Char('/') + name);
            const QString relative = collectionsRelative + QLatin1Char('/') + name;
            if (!name.endsWith(JsonSuffix)) {
                continue;
            }
            if (!knownFiles.contains(name)) {
                reading.fail(relative,
                             tr("%1 is not a collection directus-sync tracks; remove or rename "
                                "it (the tracked collections are: %2).")
                                 .arg(relative, CollectionDescriptor::names().join(u", ")));
                return std::nullopt;
            }
            if (!info.isFile()) {
                reading.fail(relative, tr("%1 is not a file.").arg(relative));
                return std::nullopt;
            }
            totalBytes += info.size();
            if (info.size() > largestBytes) {
                largestBytes = info.size();
                largestFile = relative;
            }
            collectionFilePresent.insert(name, true);
        }
    } else if (QFileInfo::exists(collectionsDir)) {
        reading.fail(collectionsRelative, tr("%1 is not a folder.").arg(collectionsRelative));
        return std::nullopt;
    }

    SnapshotFiles snapshotPlan;
    if (options.readSnapshot && !planSnapshot(reading, root, options, &snapshotPlan)) {
        return std::nullopt;
    }
    for (const QString &file : std::as_const(snapshotPlan.files)) {
        const qint64 size = QFileInfo(root + QLatin1Char('/') + file).size();
        totalBytes += size;
        if (size > largestBytes) {
            largestBytes = size;
            largestFile = file;
        }
    }
    if (totalBytes > options.maxTotalBytes) {
        reading.fail(largestFile,
                     tr("The dump in %1 holds %2 bytes of JSON, more than the limit of %3 bytes "
                        "(the largest file is %4 with %5 bytes). SYNCSTUDIO_MAX_DUMP_BYTES "
                        "raises the limit.")
                         .arg(QDir::toNativeSeparators(folder))
                         .arg(totalBytes)
                         .arg(options.maxTotalBytes)
                         .arg(largestFile)
                         .arg(largestBytes));
        return std::nullopt;
    }

    ConfigSnapshot side;
    for (const CollectionDescriptor &descriptor : CollectionDescriptor::all()) {
        CollectionData collection;
        collection.name = descriptor.name();
        if (collectionFilePresent.value(descriptor.fileName())) {
            collection.present = true;
            if (!readCollectionFile(reading,
                                    collectionsRelative + QLatin1Char('/') + descriptor.fileName(),
                                    &collection)) {
                return std::nullopt;
            }
        }
        side.collections.append(std::move(collection));
    }

    if (snapshotPlan.present) {
        std::optional<JsonValue> snapshot = readSnapshot(reading, snapshotPlan);
        if (!snapshot) {
            return std::nullopt;
        }
        const JsonObject &object = snapshot->toObject();
        if (const JsonValue *directus = object.find(QStringLiteral("directus"));
            directus && directus->isString()) {
            side.directusVersion = directus->toString();
        }
        if (const JsonValue *vendor = object.find(QStringLiteral("vendor"));
            vendor && vendor->isString()) {
            side.databaseVendor = vendor->toString();
        }
        side.schema = *snapshot;
    }

    if (options.checkConfigHooks) {
        for (const QString &config : configFilesWithHooks(root)) {
            side.warnings.append(
                tr("%1 defines hooks. Sync Studio does not run them, so what it reads and writes "
                   "can differ from what directus-sync does with this configuration.")
                    .arg(QDir::toNativeSeparators(config)));
        }
    }
    return side;
}

QStringList DumpFolderReader::configFilesWithHooks(const QString &folder)
{
    // The config file is code (.js / .cjs) or JSON; we cannot run code, so a plain "hooks"
    // word is taken as a sign. A JSON file must have a top-level "hooks" key.
    static const QRegularExpression hooksWord(QStringLiteral("\\bhooks\\b"));
    constexpr qint64 MaxConfigBytes = 4 * 1024 * 1024;
    QStringList result;
    QDir dir(QFileInfo(folder).absoluteFilePath());
    while (true) {
        const QFileInfoList configs = dir.entryInfoList({QStringLiteral("directus-sync.config.*")},
                                                        QDir::Files | QDir::Hidden, QDir::Name);
        if (!configs.isEmpty()) {
            for (const QFileInfo &config : configs) {
                QFile file(config.absoluteFilePath());
                if (config.size() > MaxConfigBytes || !file.open(QIODevice::ReadOnly)) {
                    continue;
                }
                const QByteArray bytes = file.readAll();
                bool hasHooks = false;
                if (config.suffix() == QStringLiteral("json")) {
                    const std::optional<JsonValue> value = JsonReader::parse(bytes);
                    hasHooks = value && value->toObject().contains(QStringLiteral("hooks"));
                } else {
                    hasHooks = hooksWord.match(QString::fromUtf8(bytes)).hasMatch();
                }
                if (hasHooks) {
                    result.append(config.absoluteFilePath());
                }
            }
            break;
        }
        if (!dir.cdUp()) {
            break;
        }
    }
    return result;
}

} // namespace syncstudio
