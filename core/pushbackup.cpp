#include "pushbackup.h"

#include "jsonreader.h"
#include "jsonwriter.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace syncstudio {

namespace {

const QString BackupFile = QStringLiteral("backup.json");
const QString SchemaFile = QStringLiteral("schema.json");

bool writeFile(const QString &path, const QByteArray &content, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() ||
        !file.commit()) {
        *error = PushBackup::tr("Could not write the backup file %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

std::optional<JsonValue> readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = PushBackup::tr("Could not read the backup file %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    JsonParseError parseError;
    std::optional<JsonValue> value = JsonReader::parse(file.readAll(), &parseError);
    if (!value) {
        *error = PushBackup::tr("The backup file %1 is not valid JSON: %2")
                     .arg(QDir::toNativeSeparators(path), parseError.message);
    }
    return value;
}

JsonObject refJson(const ItemRef &ref)
{
    JsonObject object;
    object.insert(QStringLiteral("collection"), ref.collection);
    object.insert(QStringLiteral("syncId"), ref.syncId);
    return object;
}

ItemRef refFrom(const JsonObject &object)
{
    return {object.value(QStringLiteral("collection")).toString(),
            object.value(QStringLiteral("syncId")).toString()};
}

} // namespace

bool PushBackup::write(const QString &folder, QString *error) const
{
    if (!QDir().mkpath(folder)) {
        *error = tr("Could not create the backup folder %1.").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    JsonObject root;
    root.insert(QStringLiteral("format"), FormatVersion);
    root.insert(QStringLiteral("target"), target);
    root.insert(QStringLiteral("createdAt"), createdAt);
    root.insert(QStringLiteral("directusVersion"), directusVersion);
    JsonArray createdJson;
    for (const ItemRef &ref : created) {
        createdJson.append(refJson(ref));
    }
    root.insert(QStringLiteral("created"), createdJson);
    JsonArray itemsJson;
    for (const BackupItem &item : items) {
        JsonObject object = refJson(item.item);
        object.insert(QStringLiteral("localId"), item.localId);
        object.insert(QStringLiteral("deleted"), item.deleted);
        object.insert(QStringLiteral("raw"), item.raw ? JsonValue(*item.raw) : JsonValue());
        object.insert(QStringLiteral("mappingRow"),
                      item.mappingRow ? JsonValue(item.mappingRow->toJson()) : JsonValue());
        itemsJson.append(object);
    }
    root.insert(QStringLiteral("items"), itemsJson);
    JsonArray planJson;
    for (const QString &line : plan) {
        planJson.append(line);
    }
    root.insert(QStringLiteral("plan"), planJson);
    if (!writeFile(QDir(folder).filePath(BackupFile), JsonWriter::writeFileContent(root), error)) {
        return false;
    }
    return !schema || writeFile(QDir(folder).filePath(SchemaFile),
                                JsonWriter::writeFileContent(*schema), error);
}

std::optional<PushBackup> PushBackup::read(const QString &folder, QString *error)
{
    const std::optional<JsonValue> json = readFile(QDir(folder).filePath(BackupFile), error);
    if (!json) {
        return std::nullopt;
    }
    const JsonObject root = json->toObject();
    if (root.value(QStringLiteral("format")).toNumber() != FormatVersion) {
        *error = tr("%1 is not a push backup this version can read.")
                     .arg(QDir::toNativeSeparators(QDir(folder).filePath(BackupFile)));
        return std::nullopt;
    }
    PushBackup backup;
    backup.target = root.value(QStringLiteral("target")).toString();
    backup.createdAt = root.value(QStringLiteral("createdAt")).toString();
    backup.directusVersion = root.value(QStringLiteral("directusVersion")).toString();
    for (const JsonValue &ref : root.value(QStringLiteral("created")).toArray()) {
        backup.created.append(refFrom(ref.toObject()));
    }
    for (const JsonValue &value : root.value(QStringLiteral("items")).toArray()) {
        const JsonObject object = value.toObject();
        BackupItem item;
        item.item = refFrom(object);
        item.localId = object.value(QStringLiteral("localId")).toString();
        item.deleted = object.value(QStringLiteral("deleted")).toBool();
        if (object.value(QStringLiteral("raw")).isObject()) {
            item.raw = object.value(QStringLiteral("raw")).toObject();
        }
        item.mappingRow = IdMapRow::fromJson(object.value(QStringLiteral("mappingRow")));
        backup.items.append(item);
    }
    for (const JsonValue &line : root.value(QStringLiteral("plan")).toArray()) {
        backup.plan.append(line.toString());
    }
    if (QFile::exists(QDir(folder).filePath(SchemaFile))) {
        backup.schema = readFile(QDir(folder).filePath(SchemaFile), error);
        if (!backup.schema) {
            return std::nullopt;
        }
    }
    return backup;
}

} // namespace syncstudio
