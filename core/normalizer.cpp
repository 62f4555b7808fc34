#include "normalizer.h"

#include <QHash>
#include <QSet>

#include <functional>

namespace syncstudio {

namespace {

const QString IdKey = QStringLiteral("id");
const QString IdMapCollection = QStringLiteral("directus_sync_id_map");

// One relation of the descriptor, matched up to `depth` path segments so far.
struct MapperRef
{
    const RelationField *field = nullptr;
    qsizetype depth = 0;
};

enum class MappingProblem { NestedValueForId, PlainValueForObject };

struct MapperCallbacks
{
    // Maps one scalar id (never null, never an object or array).
    std::function<JsonValue(const JsonValue &value, const QString &path, const QString &target)>
        leaf;
    // directus-sync's applyMappers would throw here; the value is kept as it is.
    std::function<void(const QString &path, MappingProblem problem)> problem;
};

QString childPath(const QString &prefix, const QString &key)
{
    return prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key;
}

QString indexPath(const QString &path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

// Object.entries() of an array, which is what applyMappers iterates when a sub-mapper meets
// an array element that is itself an array.
JsonObject arrayAsObject(const JsonArray &array)
{
    JsonObject object;
    for (qsizetype i = 0; i < array.size(); ++i) {
        object.insert(QString::number(i), array.at(i));
    }
    return object;
}

JsonObject applyMappers(const JsonObject &input, const QList<MapperRef> &mappers,
                        const QString &prefix, const MapperCallbacks &callbacks,
                        const QStringList *skippedKeys = nullptr);

// A key whose mapper is a function (base/helpers/apply-mapper.ts): arrays element-wise with
// null elements dropped, null stays null, objects are an error.
JsonValue applyLeaf(const JsonValue &value, const RelationField &field, const QString &path,
                    const MapperCallbacks &callbacks)
{
    if (value.isArray()) {
        JsonArray output;
        const JsonArray &input = value.toArray();
        for (qsizetype i = 0; i < input.size(); ++i) {
            const JsonValue &element = input.at(i);
            if (element.isNull()) {
                continue;
            }
            if (element.isObject() || element.isArray()) {
                callbacks.problem(indexPath(path, i), MappingProblem::NestedValueForId);
                output.append(element);
                continue;
            }
            output.append(callbacks.leaf(element, indexPath(path, i), field.targetCollection));
        }
        return output;
    }
    if (value.isNull()) {
        return JsonValue();
    }
    if (value.isObject()) {
        callbacks.problem(path, MappingProblem::NestedValueForId);
        return value;
    }
    return callbacks.leaf(value, path, field.targetCollection);
}

// A key whose mapper is a tree: objects recursed, arrays element-wise (null elements kept as
// null, as `typeof null === 'object'` lets them through), plain values are an error.
JsonValue applySubMappers(const JsonValue &value, const QList<MapperRef> &mappers,
                          const QString &path, const MapperCallbacks &callbacks)
{
    if (value.isArray()) {
        JsonArray output;
        const JsonArray &input = value.toArray();
        for (qsizetype i = 0; i < input.size(); ++i) {
            const JsonValue &element = input.at(i);
            const QString elementPath = indexPath(path, i);
            if (element.isNull()) {
                output.append(JsonValue());
            } else if (element.isObject()) {
                output.append(applyMappers(element.toObject(), mappers, elementPath, callbacks));
            } else if (element.isArray()) {
                output.append(applyMappers(arrayAsObject(element.toArray()), mappers, elementPath,
                                           callbacks));
            } else {
                callbacks.problem(elementPath, MappingProblem::PlainValueForObject);
                output.append(element);
            }
        }
        return output;
    }
    if (value.isNull()) {
        return JsonValue();
    }
    if (value.isObject()) {
        return applyMappers(value.toObject(), mappers, path, callbacks);
    }
    callbacks.problem(path, MappingProblem::PlainValueForObject);
    return value;
}

// skippedKeys: top-level keys left out of the output, as if removed from the input first.
JsonObject applyMappers(const JsonObject &input, const QList<MapperRef> &mappers,
                        const QString &prefix, const MapperCallbacks &callbacks,
                        const QStringList *skippedKeys)
{
    JsonObject output;
    output.reserve(input.size());
    for (const auto &[key, value] : input) {
        if (skippedKeys && skippedKeys->contains(key)) {
            continue;
        }
        const RelationField *leaf = nullptr;
        QList<MapperRef> subMappers;
        for (const MapperRef &mapper : mappers) {
            if (mapper.field->path.at(mapper.depth) != key) {
                continue;
            }
            if (mapper.depth + 1 == mapper.field->path.size()) {
                leaf = mapper.field;
            } else {
                subMappers.append({mapper.field, mapper.depth + 1});
            }
        }
        const QString path = childPath(prefix, key);
        if (leaf) {
            output.insert(key, applyLeaf(value, *leaf, path, callbacks));
        } else if (!subMappers.isEmpty()) {
            output.insert(key, applySubMappers(value, subMappers, path, callbacks));
        } else {
            output.insert(key, value);
        }
    }
    return output;
}

QList<MapperRef> rootMappers(const QList<RelationField> &relations)
{
    QList<MapperRef> mappers;
    for (const RelationField &field : relations) {
        if (!field.path.isEmpty()) {
            mappers.append({&field, 0});
        }
    }
    return mappers;
}

// JavaScript truthiness of a property (undefined, null, false, 0, NaN and "" are falsy).
bool isTruthy(const JsonValue *value)
{
    if (!value) {
        return false;
    }
    switch (value->type()) {
    case JsonValue::Type::Null:
        return false;
    case JsonValue::Type::Bool:
        return value->toBool();
    case JsonValue::Type::Number: {
        const double number = value->toNumber();
        return number == number && number != 0;
    }
    case JsonValue::Type::String:
        return !value->toString().isEmpty();
    case JsonValue::Type::Array:
    case JsonValue::Type::Object:
        return true;
    }
    return false;
}

// DataMapper.isDynamicId: `id.toString().trim().startsWith('{{')`.
bool isDynamicId(const JsonValue &value)
{
    const QString text = value.toScalarText();
    qsizetype start = 0;
    while (start < text.size() && (text.at(start).isSpace() || text.at(start) == QChar(0xfeff))) {
        ++start;
    }
    return QStringView(text).mid(start).startsWith(u"{{");
}

} // namespace

Normalizer::Normalizer(const QList<IdMapRow> &mappingRows, const PlaceholderContext &context,
                       const NormalizerOptions &options)
    : m_index(mappingRows)
    , m_context(context)
    , m_options(options)
{}

bool Normalizer::preservesIds(const CollectionDescriptor &descriptor) const
{
    if (descriptor.alwaysPreservesIds()) {
        return true;
    }
    if (!descriptor.idsPreservable()) {
        return false;
    }
    return m_options.preserveIds.contains(QStringLiteral("*")) ||
           m_options.preserveIds.contains(QStringLiteral("all")) ||
           m_options.preserveIds.contains(descriptor.name());
}

QString Normalizer::proposedSyncId(const CollectionDescriptor &descriptor,
                                   const QString &localId) const
{
    // The IdMapperClient.create overrides check the placeholders before the preserved id.
    for (const PlaceholderRule &rule : descriptor.placeholders()) {
        QString placeholderOwner;
        switch (rule.kind) {
        case PlaceholderKind::AdminRole:
            placeholderOwner = m_context.adminRoleId;
            break;
        case PlaceholderKind::AdminPolicy:
            placeholderOwner = m_context.adminPolicyId;
            break;
        case PlaceholderKind::PublicPolicy:
            placeholderOwner = m_context.publicPolicyId;
            break;
        case PlaceholderKind::Singleton:
            return rule.syncId;
        }
        if (!placeholderOwner.isEmpty() && placeholderOwner == localId) {
            return rule.syncId;
        }
    }
    return preservesIds(descriptor) ? localId : QString();
}

QString Normalizer::placeholderLocalId(const CollectionDescriptor &descriptor,
                                       const QString &syncId) const
{
    for (const PlaceholderRule &rule : descriptor.placeholders()) {
        if (rule.syncId != syncId) {
            continue;
        }
        switch (rule.kind) {
        case PlaceholderKind::AdminRole:
            return m_context.adminRoleId;
        case PlaceholderKind::AdminPolicy:
            return m_context.adminPolicyId;
        case PlaceholderKind::PublicPolicy:
            return m_context.publicPolicyId;
        case PlaceholderKind::Singleton:
            return m_context.settingsId;
        }
    }
    return {};
}

QList<CollectionData> Normalizer::normalize(QMap<QString, JsonArray> rawItems) const
{
    const QStringList collections = rawItems.keys();
    // Phase 1 gets a shared copy (it only reads); phase 2 takes the list over, so each raw item
    // is released once mapped.
    const RawLoader load = [&rawItems](const QString &collection,
                                       bool last) -> std::optional<JsonArray> {
        if (!last)
            return rawItems.value(collection);
        return rawItems.take(collection);
    };
    return normalize(collections, load, nullptr);
}

QList<CollectionData> Normalizer::normalize(const QStringList &collections, const RawLoader &load,
                                            QString *error) const
{
    struct Pending
    {
        const CollectionDescriptor *descriptor = nullptr;
        CollectionData data;
        // rawIndex[i] is where data.items[i] came from in the collection's raw list. Phase 1
        // reads the raw items and lets them go; phase 2 loads them again and maps each one and
        // releases it, so the raw items of all collections never exist at once.
        QList<qsizetype> rawIndex;
    };
    QList<Pending> pending;
    // table -> local id -> the SyncID a pull gives an untracked item (empty: a random UUID).
    QHash<QString, QHash<QString, QString>> untracked;

    // Phase 1, as DirectusCollection.pull() runs it for every collection before phase 2: who
    // gets which SyncID. A pull creates the missing mapping rows here, so relations to
    // untracked items are resolved in phase 2 (we use the SyncID when it is predictable).
    for (const CollectionDescriptor &descriptor : CollectionDescriptor::all()) {
        if (!collections.contains(descriptor.name())) {
            continue;
        }
        std::optional<JsonArray> loaded = load(descriptor.name(), false);
        if (!loaded) {
            if (error)
                *error = tr("The raw items of %1 could not be read.").arg(descriptor.name());
            return {};
        }
        Pending collection;
        const JsonArray *raw = &*loaded;
        collection.descriptor = &descriptor;
        collection.data.name = descriptor.name();
        collection.data.present = true;
        collection.data.mappingRows = m_index.rowsOf(descriptor.mappingTable());
        collection.data.items.reserve(raw->size());
        collection.rawIndex.reserve(raw->size());
        QHash<QString, QString> &untrackedHere = untracked[descriptor.mappingTable()];
        QSet<QString> seenLocalIds;

        for (qsizetype i = 0; i < raw->size(); ++i) {
            const JsonValue &value = raw->at(i);
            if (!value.isObject()) {
                collection.data.warnings.append(
                    tr("%1: the API returned something that is not an object at index %2; it "
                       "was skipped.")
                        .arg(descriptor.name())
                        .arg(i));
                continue;
            }
            const JsonObject &object = value.toObject();
            const JsonValue *id = object.find(IdKey);
            if (descriptor.dropsItemsWithoutId() && !isTruthy(id)) {
                continue;
            }
            if (!descriptor.requiredNullField().isEmpty()) {
                const JsonValue *field = object.find(descriptor.requiredNullField());
                if (field && !field->isNull()) {
                    continue;
                }
            }
            if (!id || id->isNull() || id->isObject() || id->isArray()) {
                collection.data.warnings.append(
                    tr("%1: the item at index %2 has no id; directus-sync pull would stop with "
                       "an error. It was skipped.")
                        .arg(descriptor.name())
                        .arg(i));
                continue;
            }
            SyncItem item;
            item.localId = id->toScalarText();
            if (seenLocalIds.contains(item.localId)) {
                collection.data.warnings.append(
                    tr("%1: the API returned the item with id %2 twice; the copy at index %3 was "
                       "skipped.")
                        .arg(descriptor.name(), item.localId)
                        .arg(i));
                continue;
            }
            seenLocalIds.insert(item.localId);

            if (const IdMapRow *row = m_index.byLocalId(descriptor.mappingTable(), item.localId)) {
                item.syncId = row->syncId;
                item.tracked = true;
                item.origin = SyncIdOrigin::MappingRow;
            } else {
                item.syncId = proposedSyncId(descriptor, item.localId);
                const bool isPlaceholder = !item.syncId.isEmpty() && item.syncId != item.localId;
                item.origin = item.syncId.isEmpty() ? SyncIdOrigin::None
                              : isPlaceholder       ? SyncIdOrigin::Placeholder
                                                    : SyncIdOrigin::PreservedId;
                if (!item.syncId.isEmpty()) {
                    // The extension's UNIQUE(table, sync_id) makes that POST fail.
                    if (const IdMapRow *clash =
                            m_index.bySyncId(descriptor.mappingTable(), item.syncId)) {
                        collection.data.warnings.append(
                            tr("%1: item %2 would get the SyncID \"%3\", which the mapping table "
                               "already gives to local id %4; directus-sync pull would stop with "
                               "an error.")
                                .arg(descriptor.name(), item.localId, item.syncId, clash->localId));
                    }
                }
                untrackedHere.insert(item.localId, item.syncId);
            }
            collection.rawIndex.append(i);
            collection.data.items.append(std::move(item));
        }
        pending.append(std::move(collection));
    }

    // Phase 2, postProcessPull(): drop the ignored fields, then map relations local -> SyncID.
    QList<CollectionData> result;
    for (Pending &collection : pending) {
        const CollectionDescriptor &descriptor = *collection.descriptor;
        const QList<MapperRef> mappers = rootMappers(descriptor.relations());
        // "id" and the ignored fields are left out while mapping (no copy with them removed).
        QStringList skipped = descriptor.ignoredFields();
        skipped.prepend(IdKey);
        std::optional<JsonArray> loaded = load(descriptor.name(), true);
        if (!loaded || loaded->size() <=
                           (collection.rawIndex.isEmpty() ? -1 : collection.rawIndex.constLast())) {
            if (error)
                *error = tr("The raw items of %1 could not be read.").arg(descriptor.name());
            return {};
        }
        JsonArray &rawItems = *loaded;
        for (qsizetype i = 0; i < collection.rawIndex.size(); ++i) {
            // Taken out of the raw list: released once mapped (unless the caller still shares it).
            const JsonValue raw = std::move(rawItems[collection.rawIndex.at(i)]);
            const JsonObject &object = raw.toObject();
            SyncItem &item = collection.data.items[i];
            // Kept aside for the GUI's diff view only (the CLI and the benchmarks leave it off):
            // values are shared with the raw item, and nothing is stored for absent fields.
            if (m_options.keepIgnored) {
                for (const QString &field : descriptor.ignoredFields()) {
                    if (const JsonValue *value = object.find(field))
                        item.ignored.insert(field, *value);
                }
            }
            MapperCallbacks callbacks;
            callbacks.leaf = [&](const JsonValue &value, const QString &path,
                                 const QString &target) -> JsonValue {
                const CollectionDescriptor *targetDescriptor = CollectionDescriptor::find(target);
                const QString table = targetDescriptor ? targetDescriptor->mappingTable() : target;
                const QString key = value.toScalarText();
                if (const IdMapRow *row = m_index.byLocalId(table, key)) {
                    return JsonValue(row->syncId);
                }
                const auto untrackedTable = untracked.constFind(table);
                if (untrackedTable != untracked.constEnd() && untrackedTable->contains(key)) {
                    const QString proposed = untrackedTable->value(key);
                    if (!proposed.isEmpty()) {
                        return JsonValue(proposed);
                    }
                    item.unmappable.append({path, target, value, true});
                    return value;
                }
                // A "{{ … }}" template is no id: directus-sync's lookup misses and keeps it.
                if (!isDynamicId(value)) {
                    item.unmappable.append({path, target, value, false});
                }
                return value;
            };
            callbacks.problem = [&](const QString &path, MappingProblem problem) {
                collection.data.warnings.append(
                    problem == MappingProblem::NestedValueForId
                        ? tr("%1: item %2, field %3 holds an object where an id is expected; "
                             "directus-sync pull would stop with an error.")
                              .arg(descriptor.name(), item.localId, path)
                        : tr("%1: item %2, field %3 holds a plain value where an object is "
                             "expected; directus-sync pull would stop with an error.")
                              .arg(descriptor.name(), item.localId, path));
            };
            item.data = applyMappers(object, mappers, QString(), callbacks, &skipped);
        }
        loaded.reset();
        result.append(std::move(collection.data));
    }
    return result;
}

JsonValue Normalizer::normalizeSchemaSnapshot(const JsonValue &snapshot)
{
    if (!snapshot.isObject()) {
        return snapshot;
    }
    JsonObject object = snapshot.toObject();
    for (const QString &key :
         {QStringLiteral("collections"), QStringLiteral("fields"), QStringLiteral("relations")}) {
        JsonArray kept;
        const JsonValue *entries = object.find(key);
        if (entries && entries->isArray()) {
            for (const JsonValue &entry : entries->toArray()) {
                const JsonValue *collection = entry.toObject().find(QStringLiteral("collection"));
                if (!(collection && collection->isString() &&
                      collection->toString() == IdMapCollection)) {
                    kept.append(entry);
                }
            }
        }
        // Assigning keeps an existing key's position; a missing key is appended.
        object.insert(key, kept);
    }
    return object;
}

Normalizer::LocalItem Normalizer::toLocal(const QString &collection, const JsonObject &data) const
{
    LocalItem result;
    const CollectionDescriptor *descriptor = CollectionDescriptor::find(collection);
    if (!descriptor) {
        result.data = data;
        result.errors.append(
            tr("\"%1\" is not a collection directus-sync tracks.").arg(collection));
        return result;
    }
    MapperCallbacks callbacks;
    callbacks.leaf = [&](const JsonValue &value, const QString &path,
                         const QString &target) -> JsonValue {
        if (isDynamicId(value)) {
            return value;
        }
        const QString localId = localIdFor(target, value.toScalarText());
        if (localId.isEmpty()) {
            result.unresolved.append({path, target, value});
            return value;
        }
        return JsonValue(localId);
    };
    callbacks.problem = [&](const QString &path, MappingProblem problem) {
        result.errors.append(
            problem == MappingProblem::NestedValueForId
                ? tr("Field %1 holds an object where a SyncID is expected.").arg(path)
                : tr("Field %1 holds a plain value where an object is expected.").arg(path));
    };
    result.data = applyMappers(data, rootMappers(descriptor->relations()), QString(), callbacks);
    return result;
}

QString Normalizer::localIdFor(const QString &collection, const QString &syncId) const
{
    const CollectionDescriptor *descriptor = CollectionDescriptor::find(collection);
    const QString table = descriptor ? descriptor->mappingTable() : collection;
    if (const IdMapRow *row = m_index.bySyncId(table, syncId)) {
        return row->localId;
    }
    return descriptor ? placeholderLocalId(*descriptor, syncId) : QString();
}

} // namespace syncstudio
