#include "idmaprow.h"

namespace syncstudio {

std::optional<IdMapRow> IdMapRow::fromJson(const JsonValue &value)
{
    if (!value.isObject()) {
        return std::nullopt;
    }
    const JsonObject &object = value.toObject();
    const JsonValue *table = object.find(QStringLiteral("table"));
    const JsonValue *syncId = object.find(QStringLiteral("sync_id"));
    const JsonValue *localId = object.find(QStringLiteral("local_id"));
    if (!table || !table->isString() || !syncId || !syncId->isString() || !localId ||
        !(localId->isString() || localId->isNumber())) {
        return std::nullopt;
    }
    IdMapRow row;
    row.table = table->toString();
    row.syncId = syncId->toString();
    // The extension accepts numbers on POST and stores their text; accept both on read.
    row.localId = localId->toScalarText();
    if (const JsonValue *id = object.find(QStringLiteral("id")); id && id->isNumber()) {
        row.id = static_cast<qint64>(id->toNumber());
    }
    if (const JsonValue *createdAt = object.find(QStringLiteral("created_at"));
        createdAt && createdAt->isString()) {
        row.createdAt = createdAt->toString();
    }
    return row;
}

JsonObject IdMapRow::toJson() const
{
    return JsonObject{
        {QStringLiteral("id"), JsonValue(id)},
        {QStringLiteral("table"), JsonValue(table)},
        {QStringLiteral("sync_id"), JsonValue(syncId)},
        {QStringLiteral("local_id"), JsonValue(localId)},
        {QStringLiteral("created_at"), createdAt.isEmpty() ? JsonValue() : JsonValue(createdAt)},
    };
}

bool IdMapRow::operator==(const IdMapRow &other) const
{
    return id == other.id && table == other.table && syncId == other.syncId &&
           localId == other.localId && createdAt == other.createdAt;
}

} // namespace syncstudio
