#include "comparer.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace syncstudio {

namespace {

QString childPath(const QString &prefix, const QString &key)
{
    return prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key;
}

QString indexPath(const QString &prefix, qsizetype index)
{
    return prefix + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

bool isEmptyContainer(const JsonValue &value)
{
    return (value.isArray() && value.toArray().isEmpty()) ||
           (value.isObject() && value.toObject().isEmpty());
}

void diffValues(const QString &path, const JsonValue &source, const JsonValue &target,
                QList<FieldChange> &out)
{
    if (Comparer::sameValue(source, target)) {
        return;
    }
    if (source.isObject() && target.isObject()) {
        const JsonObject &s = source.toObject();
        const JsonObject &t = target.toObject();
        for (const auto &[key, value] : s) {
            const JsonValue *other = t.find(key);
            if (!other) {
                out.append({childPath(path, key), value, std::nullopt});
            } else {
                diffValues(childPath(path, key), value, *other, out);
            }
        }
        for (const auto &[key, value] : t) {
            if (!s.contains(key)) {
                out.append({childPath(path, key), std::nullopt, value});
            }
        }
        return;
    }
    if (source.isArray() && target.isArray() &&
        source.toArray().size() == target.toArray().size()) {
        const JsonArray &s = source.toArray();
        const JsonArray &t = target.toArray();
        for (qsizetype i = 0; i < s.size(); ++i) {
            diffValues(indexPath(path, i), s.at(i), t.at(i), out);
        }
        return;
    }
    // Different types, scalars, or arrays of different lengths: the whole value differs.
    out.append({path, source, target});
}

QString keyText(const JsonValue &element, const QString &keyField)
{
    const JsonValue *key = element.toObject().find(keyField);
    return key ? key->toScalarText() : QString();
}

bool hasNullKey(const JsonValue &element, const QString &keyField)
{
    if (!element.isObject()) {
        return false;
    }
    const JsonValue *key = element.toObject().find(keyField);
    return !key || key->isNull();
}

// One side's items indexed for matching and labels.
struct SideIndex
{
    const CollectionData *data = nullptr;
    QHash<QString, qsizetype> bySyncId;
    QHash<QString, qsizetype> byLocalId;
    QHash<QString, qsizetype> byNaturalKey;
};

struct SideIndexes
{
    QHash<QString, SideIndex> collections;

    const SyncItem *item(const QString &collection, const QString &value) const
    {
        const auto it = collections.constFind(collection);
        if (it == collections.constEnd() || !it->data) {
            return nullptr;
        }
        qsizetype index = it->bySyncId.value(value, -1);
        if (index < 0) {
            index = it->byLocalId.value(value, -1);
        }
        return index < 0 ? nullptr : &it->data->items.at(index);
    }
};

SideIndexes indexSide(const ConfigSnapshot &side, QStringList *warnings, const QString &label)
{
    SideIndexes indexes;
    for (const CollectionData &data : side.collections) {
        if (!data.present) {
            continue;
        }
        const CollectionDescriptor *descriptor = CollectionDescriptor::find(data.name);
        SideIndex index;
        index.data = &data;
        for (qsizetype i = 0; i < data.items.size(); ++i) {
            const SyncItem &item = data.items.at(i);
            if (!item.syncId.isEmpty()) {
                if (index.bySyncId.contains(item.syncId)) {
                    warnings->append(Comparer::tr("%1: the %2 side has two items with the SyncID "
                                                  "\"%3\"; only the first one is compared.")
                                         .arg(data.name, label, item.syncId));
                } else {
                    index.bySyncId.insert(item.syncId, i);
                }
            }
            if (!item.localId.isEmpty()) {
                index.byLocalId.insert(item.localId, i);
            }
            if (descriptor) {
                const QString key = descriptor->naturalKey(item);
                if (!key.isEmpty() && !index.byNaturalKey.contains(key)) {
                    index.byNaturalKey.insert(key, i);
                }
            }
        }
        indexes.collections.insert(data.name, index);
    }
    return indexes;
}

QString displayName(const CollectionDescriptor &descriptor, const SyncItem &item,
                    const SideIndexes &indexes)
{
    return descriptor.displayName(
        item, [&indexes](const QString &targetCollection, const QString &value) -> QString {
            const SyncItem *target = indexes.item(targetCollection, value);
            const CollectionDescriptor *targetDescriptor =
                CollectionDescriptor::find(targetCollection);
            if (!target || !targetDescriptor) {
                return {};
            }
            // One level only: a label never recurses through further relations.
            return targetDescriptor->displayName(*target);
        });
}

bool matchedByRule(const SyncItem &item)
{
    return item.origin == SyncIdOrigin::Placeholder || item.origin == SyncIdOrigin::PreservedId;
}

// Objects equal when keys present on only one side are ignored (at any depth).
bool equalIgnoringOneSidedKeys(const JsonValue &a, const JsonValue &b)
{
    if (a.isObject() && b.isObject()) {
        const JsonObject &x = a.toObject();
        for (const auto &[key, value] : x) {
            const JsonValue *other = b.toObject().find(key);
            if (other && !equalIgnoringOneSidedKeys(value, *other)) {
                return false;
            }
        }
        return true;
    }
    if (a.isArray() && b.isArray() && a.toArray().size() == b.toArray().size()) {
        for (qsizetype i = 0; i < a.toArray().size(); ++i) {
            if (!equalIgnoringOneSidedKeys(a.toArray().at(i), b.toArray().at(i))) {
                return false;
            }
        }
        return true;
    }
    return Comparer::sameValue(a, b);
}

QString schemaKey(const JsonObject &entry, bool withField)
{
    const QString collection = entry.value(QStringLiteral("collection")).toString();
    return withField
               ? collection + QLatin1Char('/') + entry.value(QStringLiteral("field")).toString()
               : collection;
}

QString pathText(const JsonValue &path)
{
    QStringList parts;
    for (const JsonValue &part : path.toArray()) {
        parts.append(part.toScalarText());
    }
    return parts.join(QLatin1Char('.'));
}

} // namespace

bool Comparer::sameValue(const JsonValue &a, const JsonValue &b)
{
    if (isEmptyContainer(a) && isEmptyContainer(b)) {
        return true;
    }
    if (a.type() != b.type()) {
        return false;
    }
    if (a.isObject()) {
        const JsonObject &x = a.toObject();
        const JsonObject &y = b.toObject();
        if (x.size() != y.size()) {
            return false;
        }
        for (const auto &[key, value] : x) {
            const JsonValue *other = y.find(key);
            if (!other || !sameValue(value, *other)) {
                return false;
            }
        }
        return true;
    }
    if (a.isArray()) {
        const JsonArray &x = a.toArray();
        const JsonArray &y = b.toArray();
        if (x.size() != y.size()) {
            return false;
        }
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (!sameValue(x.at(i), y.at(i))) {
                return false;
            }
        }
        return true;
    }
    return a == b;
}

JsonObject Comparer::comparable(const CollectionDescriptor &descriptor, const JsonObject &data)
{
    JsonObject result = data;
    for (const QString &field : descriptor.ignoredFields()) {
        result.remove(field);
    }
    return result;
}

JsonObject Comparer::canonical(const CollectionDescriptor &descriptor, const JsonObject &data)
{
    JsonObject result = comparable(descriptor, data);
    for (const KeyedArray &keyed : descriptor.keyedArrays()) {
        const JsonValue *value = result.find(keyed.field);
        if (!value || !value->isArray()) {
            continue;
        }
        JsonArray rows;
        for (const JsonValue &row : value->toArray()) {
            if (!hasNullKey(row, keyed.keyField)) {
                rows.append(row);
            }
        }
        std::stable_sort(rows.begin(), rows.end(),
                         [&keyed](const JsonValue &a, const JsonValue &b) {
                             return keyText(a, keyed.keyField) < keyText(b, keyed.keyField);
                         });
        result.insert(keyed.field, rows);
    }
    return result;
}

QList<FieldChange> Comparer::diffItems(const JsonObject &source, const JsonObject &target,
                                       bool sameVersion)
{
    QList<FieldChange> changes;
    for (const auto &[key, value] : source) {
        const JsonValue *other = target.find(key);
        if (!other) {
            // A key the target's Directus does not have cannot be written there.
            if (sameVersion) {
                changes.append({key, value, std::nullopt});
            }
            continue;
        }
        diffValues(key, value, *other, changes);
    }
    // Keys only the target has are not compared: a push sends source values only, so such a
    // key could never converge (directus-sync#210).
    return changes;
}

CompareResult Comparer::compare(const ConfigSnapshot &source, const ConfigSnapshot &target,
                                const CompareOptions &options)
{
    CompareResult result;
    result.left = options.left;
    result.right = options.right;
    result.sourceVersion = source.directusVersion;
    result.targetVersion = target.directusVersion;
    result.sourceVendor = source.databaseVendor;
    result.targetVendor = target.databaseVendor;
    const bool versionsDiffer = !source.directusVersion.isEmpty() &&
                                !target.directusVersion.isEmpty() &&
                                source.directusVersion != target.directusVersion;

    const SideIndexes sourceIndex = indexSide(source, &result.warnings, tr("source"));
    const SideIndexes targetIndex = indexSide(target, &result.warnings, tr("target"));

    // Room for every row up front: tens of thousands of rows would otherwise grow by moving
    // into ever larger blocks, both alive at each step (issue 7: peak RSS). Counted as below,
    // an upper bound when SyncIDs repeat.
    qsizetype rowCount = 0;
    for (const CollectionDescriptor &descriptor : CollectionDescriptor::all()) {
        const QString name = descriptor.name();
        const CollectionData *s = source.collection(name);
        const CollectionData *t = target.collection(name);
        if ((!options.collections.isEmpty() && !options.collections.contains(name)) || !s || !t ||
            !s->present || !t->present) {
            continue;
        }
        const SideIndex sIndex = sourceIndex.collections.value(name);
        const SideIndex tIndex = targetIndex.collections.value(name);
        rowCount += s->items.size() + t->items.size();
        for (const SyncItem &item : s->items) {
            if (!item.syncId.isEmpty() && tIndex.bySyncId.contains(item.syncId)) {
                --rowCount;
            }
        }
        for (const auto &[data, index] : {std::pair(s, &sIndex), std::pair(t, &tIndex)}) {
            for (const IdMapRow &mappingRow : data->mappingRows) {
                if (!index->byLocalId.contains(mappingRow.localId)) {
                    ++rowCount;
                }
            }
        }
    }
    result.items.reserve(rowCount);

    for (const CollectionDescriptor &descriptor : CollectionDescriptor::all()) {
        const QString name = descriptor.name();
        if (!options.collections.isEmpty() && !options.collections.contains(name)) {
            continue;
        }
        const CollectionData *s = source.collection(name);
        const CollectionData *t = target.collection(name);
        if (!s || !t || !s->present || !t->present) {
            // Never "empty": a collection that was not read is not compared at all.
            if ((s && s->present) != (t && t->present)) {
                result.warnings.append(
                    tr("%1 is only on the %2 side and was not compared.")
                        .arg(name, (s && s->present) ? tr("source") : tr("target")));
            }
            continue;
        }
        result.collections.append(name);
        const SideIndex &sIndex = sourceIndex.collections[name];
        const SideIndex &tIndex = targetIndex.collections[name];
        QSet<qsizetype> targetMatched;

        for (qsizetype i = 0; i < s->items.size(); ++i) {
            const SyncItem &item = s->items.at(i);
            ItemComparison row;
            row.collection = name;
            row.syncId = item.syncId;
            row.name = displayName(descriptor, item, sourceIndex);
            row.sourceData = comparable(descriptor, item.data);
            row.unmappable = item.unmappable;
            row.sourceIgnored = item.ignored;
            if (item.syncId.isEmpty()) {
                // Untracked on the source: no SyncID a push could carry.
                row.status = ItemStatus::Untracked;
                row.side = CompareSide::Source;
                row.localId = item.localId;
                const qsizetype other = tIndex.byNaturalKey.value(descriptor.naturalKey(item), -1);
                if (other >= 0) {
                    row.counterpartSyncId = t->items.at(other).syncId;
                    row.counterpartLocalId = t->items.at(other).localId;
                }
                result.items.append(row);
                continue;
            }
            if (sIndex.bySyncId.value(item.syncId) != i) {
                continue; // a duplicate SyncID, warned about above
            }
            const qsizetype match = tIndex.bySyncId.value(item.syncId, -1);
            if (match < 0 && descriptor.isSingleton() && t->items.isEmpty()) {
                // A singleton always exists on an instance: without a row it has its defaults
                // (GET /settings answers id null) and a push patches it, never creates it.
                // Every source value is then a change.
                row.status = ItemStatus::Changed;
                row.side = CompareSide::Both;
                row.targetData = JsonObject();
                for (const auto &[key, value] : *row.sourceData) {
                    row.fields.append({key, value, std::nullopt});
                }
                result.items.append(row);
                continue;
            }
            if (match < 0) {
                row.status = ItemStatus::SourceOnly;
                row.side = CompareSide::Source;
                // An untracked target item that is "the same thing": the push adopts it
                // instead of creating a duplicate where the collection requires that.
                const QString key = descriptor.naturalKey(item);
                const qsizetype other = key.isEmpty() ? -1 : tIndex.byNaturalKey.value(key, -1);
                if (other >= 0 && !t->items.at(other).tracked &&
                    !matchedByRule(t->items.at(other))) {
                    row.counterpartLocalId = t->items.at(other).localId;
                }
                result.items.append(row);
                continue;
            }
            targetMatched.insert(match);
            const SyncItem &other = t->items.at(match);
            row.localId = other.localId;
            row.targetData = comparable(descriptor, other.data);
            row.targetIgnored = other.ignored;
            row.fields = diffItems(canonical(descriptor, *row.sourceData),
                                   canonical(descriptor, *row.targetData), !versionsDiffer);
            row.status = row.fields.isEmpty() ? ItemStatus::Identical : ItemStatus::Changed;
            result.items.append(row);
        }

        for (qsizetype i = 0; i < t->items.size(); ++i) {
            if (targetMatched.contains(i)) {
                continue;
            }
            const SyncItem &item = t->items.at(i);
            if (!item.syncId.isEmpty() && tIndex.bySyncId.value(item.syncId) != i) {
                continue;
            }
            ItemComparison row;
            row.collection = name;
            row.syncId = item.syncId;
            row.localId = item.localId;
            row.side = CompareSide::Target;
            row.name = displayName(descriptor, item, targetIndex);
            row.targetData = comparable(descriptor, item.data);
            row.targetIgnored = item.ignored;
            if (item.tracked) {
                row.status = ItemStatus::TargetOnly;
            } else {
                row.status = ItemStatus::Untracked;
                const qsizetype other = sIndex.byNaturalKey.value(descriptor.naturalKey(item), -1);
                if (other >= 0) {
                    row.counterpartSyncId = s->items.at(other).syncId;
                    row.counterpartLocalId = s->items.at(other).localId;
                }
            }
            result.items.append(row);
        }

        // Mapping rows without an item, on each instance side.
        const auto addDangling = [&](const CollectionData &data, const SideIndex &index,
                                     CompareSide side) {
            for (const IdMapRow &mappingRow : data.mappingRows) {
                if (index.byLocalId.contains(mappingRow.localId)) {
                    continue;
                }
                ItemComparison row;
                row.collection = name;
                row.syncId = mappingRow.syncId;
                row.localId = mappingRow.localId;
                row.side = side;
                row.status = ItemStatus::Dangling;
                row.name = mappingRow.syncId;
                result.items.append(row);
            }
        };
        addDangling(*s, sIndex, CompareSide::Source);
        addDangling(*t, tIndex, CompareSide::Target);
    }

    if (options.schema) {
        if (options.useServerSchemaDiff) {
            result.schemaCompared = true;
            result.schemaDiff = options.serverSchemaDiff;
            result.schema = schemaRowsFromDiff(options.serverSchemaDiff, versionsDiffer);
        } else if (source.schema && target.schema) {
            result.schemaCompared = true;
            result.schema = compareSchemas(*source.schema, *target.schema, versionsDiffer);
        } else if (source.schema || target.schema) {
            result.warnings.append(tr("Only one side has a schema snapshot; the schema was not "
                                      "compared."));
        }
    }
    return result;
}

QList<SchemaComparison> Comparer::schemaRowsFromDiff(const std::optional<JsonValue> &answer,
                                                     bool versionsDiffer)
{
    QList<SchemaComparison> rows;
    if (!answer || !answer->isObject()) {
        return rows;
    }
    const JsonObject diff = answer->toObject().value(QStringLiteral("diff")).toObject();
    const struct
    {
        const char16_t *list;
        SchemaKind kind;
    } lists[] = {{u"collections", SchemaKind::Collection},
                 {u"fields", SchemaKind::Field},
                 {u"relations", SchemaKind::Relation}};
    for (const auto &list : lists) {
        for (const JsonValue &entry : diff.value(QString::fromUtf16(list.list)).toArray()) {
            const JsonObject object = entry.toObject();
            if (object.value(QStringLiteral("collection")).toString() ==
                QLatin1String("directus_sync_id_map")) {
                continue; // directus-sync drops it from every diff
            }
            SchemaComparison row;
            row.kind = list.kind;
            row.collection = object.value(QStringLiteral("collection")).toString();
            if (list.kind != SchemaKind::Collection) {
                row.field = object.value(QStringLiteral("field")).toString();
            }
            const JsonArray changes = object.value(QStringLiteral("diff")).toArray();
            const JsonObject first = changes.value(0).toObject();
            const QString kind = first.value(QStringLiteral("kind")).toString();
            // deep-diff: lhs is the target's current schema, rhs the source's snapshot.
            if (changes.size() == 1 && !first.contains(QStringLiteral("path")) &&
                kind == QLatin1String("N")) {
                row.status = ItemStatus::SourceOnly;
                row.source = first.value(QStringLiteral("rhs"));
            } else if (changes.size() == 1 && !first.contains(QStringLiteral("path")) &&
                       kind == QLatin1String("D")) {
                row.status = ItemStatus::TargetOnly;
                row.target = first.value(QStringLiteral("lhs"));
            } else {
                row.status = ItemStatus::Changed;
                JsonObject sourceValues;
                JsonObject targetValues;
                bool onlyKeysAddedOrRemoved = true;
                for (const JsonValue &change : changes) {
                    const JsonObject c = change.toObject();
                    QString path = pathText(c.value(QStringLiteral("path")));
                    JsonObject values = c;
                    const QString changeKind = c.value(QStringLiteral("kind")).toString();
                    if (changeKind == QLatin1String("A")) {
                        path =
                            indexPath(path, qsizetype(c.value(QStringLiteral("index")).toNumber()));
                        values = c.value(QStringLiteral("item")).toObject();
                    }
                    if (const JsonValue *rhs = values.find(QStringLiteral("rhs"))) {
                        sourceValues.insert(path, *rhs);
                    }
                    if (const JsonValue *lhs = values.find(QStringLiteral("lhs"))) {
                        targetValues.insert(path, *lhs);
                    }
                    if (!(changeKind == QLatin1String("N") || changeKind == QLatin1String("D")) ||
                        path.isEmpty()) {
                        onlyKeysAddedOrRemoved = false;
                    }
                }
                row.source = sourceValues;
                row.target = targetValues;
                row.versionOnly = versionsDiffer && onlyKeysAddedOrRemoved;
            }
            rows.append(row);
        }
    }
    return rows;
}

QList<SchemaComparison> Comparer::compareSchemas(const JsonValue &source, const JsonValue &target,
                                                 bool versionsDiffer)
{
    QList<SchemaComparison> rows;
    const struct
    {
        const char16_t *list;
        SchemaKind kind;
    } lists[] = {{u"collections", SchemaKind::Collection},
                 {u"fields", SchemaKind::Field},
                 {u"relations", SchemaKind::Relation}};
    for (const auto &list : lists) {
        const QString key = QString::fromUtf16(list.list);
        const bool withField = list.kind != SchemaKind::Collection;
        QHash<QString, JsonObject> targetEntries;
        QStringList targetOrder;
        for (const JsonValue &entry : target.toObject().value(key).toArray()) {
            const QString k = schemaKey(entry.toObject(), withField);
            if (!targetEntries.contains(k)) {
                targetEntries.insert(k, entry.toObject());
                targetOrder.append(k);
            }
        }
        QSet<QString> seen;
        const auto makeRow = [&](const JsonObject &entry) {
            SchemaComparison row;
            row.kind = list.kind;
            row.collection = entry.value(QStringLiteral("collection")).toString();
            if (withField) {
                row.field = entry.value(QStringLiteral("field")).toString();
            }
            return row;
        };
        for (const JsonValue &value : source.toObject().value(key).toArray()) {
            const JsonObject entry = value.toObject();
            const QString k = schemaKey(entry, withField);
            if (seen.contains(k)) {
                continue;
            }
            seen.insert(k);
            SchemaComparison row = makeRow(entry);
            const auto other = targetEntries.constFind(k);
            if (other == targetEntries.constEnd()) {
                row.status = ItemStatus::SourceOnly;
                row.source = entry;
            } else if (!sameValue(entry, *other)) {
                row.status = ItemStatus::Changed;
                row.source = entry;
                row.target = *other;
                row.versionOnly = versionsDiffer && equalIgnoringOneSidedKeys(entry, *other);
            } else {
                continue;
            }
            rows.append(row);
        }
        for (const QString &k : std::as_const(targetOrder)) {
            if (seen.contains(k)) {
                continue;
            }
            SchemaComparison row = makeRow(targetEntries.value(k));
            row.status = ItemStatus::TargetOnly;
            row.target = targetEntries.value(k);
            rows.append(row);
        }
    }
    return rows;
}

} // namespace syncstudio
