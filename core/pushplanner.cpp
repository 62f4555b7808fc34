#include "pushplanner.h"

#include "collectiondescriptor.h"
#include "comparer.h"
#include "dependencyclosure.h"
#include "idmapindex.h"
#include "jsonwriter.h"
#include "normalizer.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>

namespace syncstudio {

namespace {

const QString SentinelPrefix = QStringLiteral("\u0001planned:");
const QString MappingBase = QStringLiteral("/directus-extension-sync/table/");
const QString SchemaName = QStringLiteral("schema");

QString sentinelFor(const ItemRef &ref)
{
    return SentinelPrefix + ref.toString();
}

int collectionOrder(const QString &collection)
{
    const int index = int(CollectionDescriptor::names().indexOf(collection));
    return index < 0 ? 1000 : index;
}

// What the selection asks for, resolved against the comparison.
struct Resolved
{
    QList<const ItemComparison *> creates;
    QList<const ItemComparison *> updates;
    QList<const ItemComparison *> deletes;
    QList<const ItemComparison *> danglingRemovals; // selected target dangling rows
    QList<const ItemComparison *> tracks;           // identical, matched by rule, no row
    QSet<QString> schemaCollections;
    bool schemaAll = false;
    QStringList errors;
    QStringList warnings;
};

const ItemComparison *findAny(const CompareResult &compare, const ItemRef &ref)
{
    if (const ItemComparison *item = compare.find(ref.collection, ref.syncId)) {
        return item;
    }
    for (const ItemComparison &item : compare.items) {
        if (item.collection == ref.collection && item.syncId == ref.syncId) {
            return &item;
        }
    }
    return nullptr;
}

Resolved resolve(const CompareResult &compare, const PushSelection &selection,
                 const IdMapIndex &targetRows)
{
    Resolved r;
    QSet<ItemRef> chosen;
    const auto add = [&](const ItemComparison *item) {
        const ItemRef ref{item->collection, item->syncId};
        if (chosen.contains(ref)) {
            return;
        }
        chosen.insert(ref);
        (item->status == ItemStatus::SourceOnly ? r.creates : r.updates).append(item);
    };
    if (selection.all) {
        r.schemaAll = true;
        for (const ItemComparison &item : compare.items) {
            if (item.status == ItemStatus::SourceOnly || item.status == ItemStatus::Changed) {
                add(&item);
            } else if (item.status == ItemStatus::Identical && !item.localId.isEmpty()) {
                const CollectionDescriptor *descriptor =
                    CollectionDescriptor::find(item.collection);
                if (descriptor && !targetRows.bySyncId(descriptor->mappingTable(), item.syncId)) {
                    r.tracks.append(&item);
                }
            }
        }
    }
    for (const ItemRef &ref : selection.items) {
        if (ref.collection == SchemaName) {
            r.schemaCollections.insert(ref.syncId);
            continue;
        }
        const CollectionDescriptor *descriptor = CollectionDescriptor::find(ref.collection);
        const ItemComparison *item = descriptor ? findAny(compare, ref) : nullptr;
        if (!item) {
            r.errors.append(
                PushPlanner::tr("%1 is not an item of the comparison.").arg(ref.toString()));
            continue;
        }
        switch (item->status) {
        case ItemStatus::SourceOnly:
        case ItemStatus::Changed:
            add(item);
            break;
        case ItemStatus::Identical:
            break;
        case ItemStatus::TargetOnly:
            if (!descriptor->deleteEnabled()) {
                r.errors.append(
                    PushPlanner::tr("%1 cannot be deleted: directus-sync never deletes %2.")
                        .arg(ref.toString(), ref.collection));
            } else if (!selection.allowDelete) {
                r.errors.append(PushPlanner::tr("Refused to delete %1 (\"%2\"): deleting needs "
                                                "--allow-delete.")
                                    .arg(ref.toString(), item->name));
            } else if (!chosen.contains(ref)) {
                chosen.insert(ref);
                r.deletes.append(item);
            }
            break;
        case ItemStatus::Dangling:
            if (item->side == CompareSide::Target && !chosen.contains(ref)) {
                chosen.insert(ref);
                r.danglingRemovals.append(item);
            }
            break;
        case ItemStatus::Untracked:
            r.warnings.append(PushPlanner::tr("%1 is untracked and was not pushed; track or "
                                              "adopt it first.")
                                  .arg(ref.toString()));
            break;
        }
    }
    if (selection.withDependencies) {
        QList<ItemRef> picked;
        for (const ItemComparison *item : std::as_const(r.creates)) {
            picked.append({item->collection, item->syncId});
        }
        for (const ItemComparison *item : std::as_const(r.updates)) {
            picked.append({item->collection, item->syncId});
        }
        for (const ClosureEntry &entry : DependencyClosure::compute(compare, picked)) {
            if (const ItemComparison *item =
                    compare.find(entry.item.collection, entry.item.syncId)) {
                add(item);
            }
        }
    }
    return r;
}

// Top-level keys an update changes, in source key order.
QStringList changedKeys(const ItemComparison &item)
{
    QStringList keys;
    for (const FieldChange &change : item.fields) {
        QString key = change.path;
        const qsizetype cut = key.indexOf(QRegularExpression(QStringLiteral("[.\\[]")));
        if (cut > 0) {
            key.truncate(cut);
        }
        if (!keys.contains(key) && change.source) {
            keys.append(key);
        }
    }
    QStringList ordered;
    if (item.sourceData) {
        for (const auto &[key, value] : *item.sourceData) {
            Q_UNUSED(value)
            if (keys.contains(key)) {
                ordered.append(key);
            }
        }
    }
    return ordered;
}

void replaceStrings(JsonValue &value,
                    const std::function<std::optional<QString>(const QString &)> &replacement)
{
    switch (value.type()) {
    case JsonValue::Type::String:
        if (auto replaced = replacement(value.toString())) {
            value = JsonValue(*replaced);
        }
        break;
    case JsonValue::Type::Array:
        for (JsonValue &element : value.array()) {
            replaceStrings(element, replacement);
        }
        break;
    case JsonValue::Type::Object: {
        JsonObject &object = value.object();
        for (const QString &key : object.keys()) {
            replaceStrings(object[key], replacement);
        }
        break;
    }
    default:
        break;
    }
}

bool containsString(const JsonValue &value, const QString &text)
{
    switch (value.type()) {
    case JsonValue::Type::String:
        return value.toString() == text;
    case JsonValue::Type::Array:
        for (const JsonValue &element : value.toArray()) {
            if (containsString(element, text)) {
                return true;
            }
        }
        return false;
    case JsonValue::Type::Object:
        for (const auto &[key, element] : value.toObject()) {
            Q_UNUSED(key)
            if (containsString(element, text)) {
                return true;
            }
        }
        return false;
    default:
        return false;
    }
}

class Builder final
{
public:
    Builder(const CompareResult &compare, const PushSelection &selection, const PushTarget &target)
        : m_compare(compare)
        , m_selection(selection)
        , m_target(target)
        , m_targetRows(target.mappingRows)
    {}

    PushPlan build();

private:
    const CollectionDescriptor &descriptorOf(const ItemComparison &item) const
    {
        return *CollectionDescriptor::find(item.collection);
    }
    bool preservesIds(const CollectionDescriptor &descriptor) const
    {
        if (descriptor.alwaysPreservesIds()) {
            return true;
        }
        return descriptor.idsPreservable() &&
               (m_selection.preserveIds.contains(descriptor.name()) ||
                m_selection.preserveIds.contains(QStringLiteral("*")) ||
                m_selection.preserveIds.contains(QStringLiteral("all")));
    }
    PlanStep &addStep(PlanStep::Kind kind, const ItemComparison *item, const QByteArray &method,
                      const QString &path, const std::optional<JsonValue> &body,
                      const QString &summary);
    void prepareMapper(const Resolved &resolved);
    Normalizer::LocalItem toLocal(const QString &collection, const JsonObject &data,
                                  const QString &what);
    void emitSchema(const Resolved &resolved);
    QList<const ItemComparison *> order(const Resolved &resolved);
    void emitCreate(const ItemComparison &item);
    void emitUpdate(const ItemComparison &item, const QString &localId,
                    const JsonObject &targetData, const QStringList &keys, bool needsMappingRow);
    void emitNullify(const ItemComparison &item, const CollectionDescriptor &descriptor,
                     const JsonObject &localData, const QString &selfKey);
    void emitMappingRow(const ItemComparison &item, const JsonValue &localId);
    void emitDeleteMapping(const ItemComparison *item, const QString &table, const QString &syncId);
    void emitLinks();
    // Records an existing target item a side effect changes (for drift, backup and restore).
    void touchByLocalId(const QString &collection, const QString &localId);
    void emitDelete(const ItemComparison &item);
    void resolveReferences();
    bool adopts(const ItemComparison &item) const
    {
        return descriptorOf(item).uniqueNaturalKey() && !item.counterpartLocalId.isEmpty() &&
               m_selection.duplicates == PushSelection::Duplicates::Adopt;
    }

    const CompareResult &m_compare;
    const PushSelection &m_selection;
    const PushTarget &m_target;
    IdMapIndex m_targetRows;
    PushPlan m_plan;
    std::optional<Normalizer> m_mapper;
    QSet<ItemRef> m_creates;
    QHash<ItemRef, int> m_answerStep; // item -> the step whose answer holds its new id
    struct PendingLink
    {
        const ItemComparison *item = nullptr;
        QString path; // the item path, may hold a sentinel
        QString field;
        QString targetCollection;
        JsonValue value; // source value (SyncID)
    };
    QList<PendingLink> m_links;
    // Current value of each unique relation field per item key, as the plan leaves it:
    // collection -> field -> item key (local id or sentinel) -> SyncID it points at.
    QHash<QString, QHash<QString, QHash<QString, QString>>> m_unique;
};

PlanStep &Builder::addStep(PlanStep::Kind kind, const ItemComparison *item,
                           const QByteArray &method, const QString &path,
                           const std::optional<JsonValue> &body, const QString &summary)
{
    PlanStep step;
    step.number = int(m_plan.steps.size()) + 1;
    step.kind = kind;
    if (item) {
        step.item = {item->collection, item->syncId};
        step.localId = item->status == ItemStatus::SourceOnly ? QString() : item->localId;
        step.name = item->name;
    } else {
        step.item = {SchemaName, QString()};
    }
    step.summary = summary;
    step.body = body;
    step.request =
        method == "GET" ? ApiRequest::get(path) : ApiRequest::write(method, path, QByteArray());
    m_plan.steps.append(step);
    return m_plan.steps.last();
}

void Builder::prepareMapper(const Resolved &resolved)
{
    // Rows the target will have once the earlier steps ran, first so they win over stale
    // (dangling) rows: planned creates (their id known only from the step's answer, or the
    // preserved id) and items matched by rule that have no row yet.
    QList<IdMapRow> rows;
    for (const ItemComparison *item : resolved.creates) {
        const CollectionDescriptor &descriptor = descriptorOf(*item);
        IdMapRow row;
        row.table = descriptor.mappingTable();
        row.syncId = item->syncId;
        row.localId = adopts(*item) ? item->counterpartLocalId
                      : preservesIds(descriptor) && !descriptor.isSingleton()
                          ? item->syncId
                          : sentinelFor({item->collection, item->syncId});
        rows.append(row);
        m_creates.insert({item->collection, item->syncId});
    }
    for (const ItemComparison &item : m_compare.items) {
        if ((item.status == ItemStatus::Identical || item.status == ItemStatus::Changed) &&
            !item.syncId.isEmpty()) {
            const CollectionDescriptor *descriptor = CollectionDescriptor::find(item.collection);
            IdMapRow row;
            row.table = descriptor->mappingTable();
            row.syncId = item.syncId;
            row.localId =
                item.localId.isEmpty() ? sentinelFor({item.collection, item.syncId}) : item.localId;
            rows.append(row);
        }
        // The plan's view of unique relation fields, from the target's current data.
        if (item.targetData && !item.localId.isEmpty()) {
            const CollectionDescriptor *descriptor = CollectionDescriptor::find(item.collection);
            for (const QString &field : descriptor->uniqueRelationFields()) {
                const JsonValue value = item.targetData->value(field);
                if (!value.isNull()) {
                    m_unique[item.collection][field].insert(item.localId, value.toScalarText());
                }
            }
        }
    }
    rows += m_target.mappingRows;
    m_mapper.emplace(rows, m_target.placeholders);
}

Normalizer::LocalItem Builder::toLocal(const QString &collection, const JsonObject &data,
                                       const QString &what)
{
    Normalizer::LocalItem local = m_mapper->toLocal(collection, data);
    for (const Normalizer::UnresolvedReference &unresolved : local.unresolved) {
        m_plan.errors.append(
            PushPlanner::tr("%1: %2 names %3/%4, which is neither on the target nor part of "
                            "this push. Select it too, or push with dependencies.")
                .arg(what, unresolved.path, unresolved.targetCollection,
                     unresolved.syncId.toScalarText()));
    }
    for (const QString &error : local.errors) {
        m_plan.errors.append(what + QStringLiteral(": ") + error);
    }
    return local;
}

void Builder::emitSchema(const Resolved &resolved)
{
    if (!m_compare.schemaDiff || (!resolved.schemaAll && resolved.schemaCollections.isEmpty())) {
        return;
    }
    const JsonObject answer = m_compare.schemaDiff->toObject();
    const JsonObject diff = answer.value(QStringLiteral("diff")).toObject();
    QSet<QString> versionOnly;
    for (const SchemaComparison &row : m_compare.schema) {
        if (row.versionOnly) {
            versionOnly.insert(row.collection + QLatin1Char('/') + row.field);
        }
    }
    const auto selected = [&](const QString &collection) {
        return resolved.schemaAll || resolved.schemaCollections.contains(collection);
    };
    // Dropping a collection or field is a delete: explicit and allowed only.
    const auto deleteAllowed = [&](const QString &collection) {
        return resolved.schemaCollections.contains(collection) && m_selection.allowDelete;
    };
    const auto isWholeDelete = [](const JsonObject &entry) {
        const JsonObject first = entry.value(QStringLiteral("diff")).toArray().value(0).toObject();
        return first.value(QStringLiteral("kind")).toString() == QLatin1String("D") &&
               !first.contains(QStringLiteral("path"));
    };
    QSet<QString> newCollections;
    for (const JsonValue &entry : diff.value(QStringLiteral("collections")).toArray()) {
        const JsonObject first =
            entry.toObject().value(QStringLiteral("diff")).toArray().value(0).toObject();
        if (first.value(QStringLiteral("kind")).toString() == QLatin1String("N") &&
            !first.contains(QStringLiteral("path"))) {
            newCollections.insert(entry.toObject().value(QStringLiteral("collection")).toString());
        }
    }
    // Start from the whole diff so that what newer Directus versions add is kept (12.x
    // requires "systemFields" in /schema/apply); the lists below are filtered to the selection.
    JsonObject filtered = diff;
    if (const JsonValue *system = diff.find(QStringLiteral("systemFields"));
        system && system->isArray()) {
        JsonArray kept;
        for (const JsonValue &entry : system->toArray()) {
            const JsonValue *collection = entry.toObject().find(QStringLiteral("collection"));
            if (!collection || selected(collection->toString()))
                kept.append(entry);
        }
        filtered.insert(QStringLiteral("systemFields"), kept);
    }
    int deletes = 0;
    QStringList droppedCollections;
    QStringList droppedFields;
    bool any = false;
    for (const QString &list :
         {QStringLiteral("collections"), QStringLiteral("fields"), QStringLiteral("relations")}) {
        JsonArray kept;
        for (const JsonValue &value : diff.value(list).toArray()) {
            const JsonObject entry = value.toObject();
            const QString collection = entry.value(QStringLiteral("collection")).toString();
            const QString field = entry.value(QStringLiteral("field")).toString();
            if (!selected(collection) ||
                versionOnly.contains(collection + QLatin1Char('/') + field)) {
                continue;
            }
            if (isWholeDelete(entry)) {
                if (!deleteAllowed(collection)) {
                    continue;
                }
                ++deletes;
                if (list == QLatin1String("collections"))
                    droppedCollections.append(collection);
                else if (list == QLatin1String("fields"))
                    droppedFields.append(collection + QLatin1Char('.') + field);
            }
            if (list == QLatin1String("relations")) {
                // Only relations whose both ends will exist.
                const JsonValue related = entry.value(QStringLiteral("related_collection"));
                if (!related.isNull() && newCollections.contains(related.toString()) &&
                    !selected(related.toString())) {
                    m_plan.warnings.append(
                        PushPlanner::tr("The relation %1.%2 was left out: it points at %3, whose "
                                        "schema is not part of this push.")
                            .arg(collection, field, related.toString()));
                    continue;
                }
            }
            kept.append(value);
            any = true;
        }
        filtered.insert(list, kept);
    }
    if (!any) {
        return;
    }
    if (!m_compare.sourceVersion.isEmpty() && !m_compare.targetVersion.isEmpty() &&
        m_compare.sourceVersion != m_compare.targetVersion && !m_selection.force) {
        m_plan.errors.append(PushPlanner::tr("The schema comes from Directus %1 and the target "
                                             "runs %2; push with --force to apply it anyway.")
                                 .arg(m_compare.sourceVersion, m_compare.targetVersion));
    }
    if (!m_compare.sourceVendor.isEmpty() && !m_compare.targetVendor.isEmpty() &&
        m_compare.sourceVendor != m_compare.targetVendor && !m_selection.force) {
        m_plan.errors.append(PushPlanner::tr("The schema comes from a %1 database and the target "
                                             "uses %2; push with --force to apply it anyway.")
                                 .arg(m_compare.sourceVendor, m_compare.targetVendor));
    }
    if (deletes > 0) {
        m_plan.deleteCount += deletes;
        m_plan.warnings.append(PushPlanner::tr("The schema changes drop %n collection(s) or "
                                               "field(s) and their data.",
                                               nullptr, deletes));
        const auto rows = [this](const QString &collection) -> QString {
            const int count = m_target.rowCounts.value(collection, -1);
            return count < 0 ? PushPlanner::tr("an unknown number of rows")
                             : PushPlanner::tr("%n row(s)", nullptr, count);
        };
        for (const QString &collection : std::as_const(droppedCollections))
            m_plan.warnings.append(PushPlanner::tr("Dropping the collection %1 deletes its %2.")
                                       .arg(collection, rows(collection)));
        for (const QString &field : std::as_const(droppedFields)) {
            const QString collection = field.section(QLatin1Char('.'), 0, 0);
            if (!droppedCollections.contains(collection))
                m_plan.warnings.append(
                    PushPlanner::tr("Dropping the field %1 deletes its values in %2.")
                        .arg(field, rows(collection)));
        }
    }
    JsonObject body;
    body.insert(QStringLiteral("hash"), answer.value(QStringLiteral("hash")));
    body.insert(QStringLiteral("diff"), filtered);
    m_plan.schemaApply = JsonValue(body);
    addStep(PlanStep::Kind::SchemaApply, nullptr, "POST", QStringLiteral("/schema/apply"),
            JsonValue(body),
            PushPlanner::tr("Apply the schema changes (%1 collection(s), %2 field(s), %3 "
                            "relation(s))")
                .arg(filtered.value(QStringLiteral("collections")).toArray().size())
                .arg(filtered.value(QStringLiteral("fields")).toArray().size())
                .arg(filtered.value(QStringLiteral("relations")).toArray().size()));
}

QList<const ItemComparison *> Builder::order(const Resolved &resolved)
{
    QList<const ItemComparison *> nodes = resolved.creates + resolved.updates;
    // Base order: directus-sync's collection order, then the comparison's order.
    QHash<const ItemComparison *, int> sequence;
    for (qsizetype i = 0; i < m_compare.items.size(); ++i) {
        sequence.insert(&m_compare.items.at(i), int(i));
    }
    std::stable_sort(nodes.begin(), nodes.end(),
                     [&sequence](const ItemComparison *a, const ItemComparison *b) {
                         const int ca = collectionOrder(a->collection);
                         const int cb = collectionOrder(b->collection);
                         return ca != cb ? ca < cb : sequence.value(a) < sequence.value(b);
                     });
    QHash<ItemRef, qsizetype> indexOf;
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        indexOf.insert({nodes.at(i)->collection, nodes.at(i)->syncId}, i);
    }
    // Edges: an item after the planned creates its dependency relations name. (Non-dependency
    // relations such as flows.operation are set by a later link step instead.)
    QList<QList<qsizetype>> after(nodes.size());
    QList<int> blockers(nodes.size(), 0);
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const ItemComparison &item = *nodes.at(i);
        if (!item.sourceData) {
            continue;
        }
        for (const RelationField &relation : descriptorOf(item).dependencies()) {
            for (const auto &[path, value] : relation.valuesIn(*item.sourceData)) {
                Q_UNUSED(path)
                const ItemRef dependency{relation.targetCollection, value.toScalarText()};
                const qsizetype j = indexOf.value(dependency, -1);
                if (j >= 0 && j != i && m_creates.contains(dependency)) {
                    after[j].append(i);
                    ++blockers[i];
                }
            }
        }
    }
    QList<const ItemComparison *> result;
    QList<bool> done(nodes.size(), false);
    while (result.size() < nodes.size()) {
        qsizetype next = -1;
        for (qsizetype i = 0; i < nodes.size(); ++i) {
            if (!done.at(i) && blockers.at(i) == 0) {
                next = i;
                break;
            }
        }
        if (next < 0) {
            QStringList cycle;
            for (qsizetype i = 0; i < nodes.size(); ++i) {
                if (!done.at(i)) {
                    cycle.append(nodes.at(i)->collection + QLatin1Char('/') + nodes.at(i)->syncId);
                }
            }
            m_plan.errors.append(PushPlanner::tr("These items need each other to be created "
                                                 "first, which no order satisfies: %1")
                                     .arg(cycle.join(QStringLiteral(", "))));
            return result;
        }
        done[next] = true;
        result.append(nodes.at(next));
        for (qsizetype j : after.at(next)) {
            --blockers[j];
        }
    }
    return result;
}

void Builder::emitDeleteMapping(const ItemComparison *item, const QString &table,
                                const QString &syncId)
{
    addStep(
        PlanStep::Kind::DeleteMapping, item, "DELETE",
        MappingBase + table + QStringLiteral("/sync_id/") + syncId, std::nullopt,
        PushPlanner::tr("Remove the mapping row %1/%2 (no item on the target)").arg(table, syncId));
}

void Builder::emitMappingRow(const ItemComparison &item, const JsonValue &localId)
{
    const CollectionDescriptor &descriptor = descriptorOf(item);
    JsonObject body;
    // The CLI sends "table" as well; the extension validates {...params, ...body}.
    body.insert(QStringLiteral("table"), descriptor.mappingTable());
    body.insert(QStringLiteral("local_id"), localId);
    body.insert(QStringLiteral("sync_id"), item.syncId);
    addStep(PlanStep::Kind::CreateMapping, &item, "POST", MappingBase + descriptor.mappingTable(),
            JsonValue(body),
            PushPlanner::tr("Track %1 \"%2\" as %3").arg(item.collection, item.name, item.syncId));
}

void Builder::emitNullify(const ItemComparison &item, const CollectionDescriptor &descriptor,
                          const JsonObject &sourceData, const QString &selfKey)
{
    for (const QString &field : descriptor.uniqueRelationFields()) {
        if (!sourceData.contains(field)) {
            continue; // not set by this request
        }
        const JsonValue value = sourceData.value(field);
        auto &state = m_unique[item.collection][field];
        if (value.isNull()) {
            state.remove(selfKey);
            continue;
        }
        const QString target = value.toScalarText();
        JsonArray keys;
        QStringList cleared;
        for (auto it = state.cbegin(); it != state.cend(); ++it) {
            if (it.key() != selfKey && it.value() == target &&
                !it.key().startsWith(SentinelPrefix)) {
                keys.append(it.key());
                cleared.append(it.key());
            }
        }
        for (const QString &key : std::as_const(cleared)) {
            state.remove(key);
            touchByLocalId(item.collection, key);
        }
        state.insert(selfKey, target);
        if (keys.isEmpty()) {
            continue;
        }
        JsonObject data;
        data.insert(field, JsonValue());
        JsonObject body;
        body.insert(QStringLiteral("keys"), keys);
        body.insert(QStringLiteral("data"), data);
        addStep(PlanStep::Kind::Nullify, &item, "PATCH", descriptor.restPath(), JsonValue(body),
                PushPlanner::tr("Clear %1 of the %2 that point where %3 \"%4\" will point (it "
                                "must be unique)")
                    .arg(field, item.collection, item.collection, item.name));
    }
}

void Builder::touchByLocalId(const QString &collection, const QString &localId)
{
    for (const TouchedItem &touched : std::as_const(m_plan.touched)) {
        if (touched.item.collection == collection && touched.localId == localId) {
            return;
        }
    }
    for (const ItemComparison &other : m_compare.items) {
        if (other.collection == collection && other.localId == localId && other.targetData &&
            other.status != ItemStatus::Dangling) {
            TouchedItem touched;
            touched.item = {collection, other.syncId};
            touched.localId = localId;
            touched.expected = *other.targetData;
            const CollectionDescriptor *descriptor = CollectionDescriptor::find(collection);
            touched.hadMappingRow =
                m_targetRows.byLocalId(descriptor->mappingTable(), localId) != nullptr;
            m_plan.touched.append(touched);
            return;
        }
    }
}

void Builder::emitCreate(const ItemComparison &item)
{
    const CollectionDescriptor &descriptor = descriptorOf(item);
    const ItemRef ref{item.collection, item.syncId};
    const QString what = ref.toString();
    const QString table = descriptor.mappingTable();
    JsonObject data = item.sourceData.value_or(JsonObject());

    // A stale row with this SyncID (its item is gone) would make the new row's POST fail.
    if (const IdMapRow *stale = m_targetRows.bySyncId(table, item.syncId)) {
        emitDeleteMapping(&item, table, stale->syncId);
    }

    if (descriptor.uniqueNaturalKey() && !item.counterpartLocalId.isEmpty()) {
        if (m_selection.duplicates == PushSelection::Duplicates::Adopt) {
            // The target already has "the same" item untracked: adopt it, then update it.
            const ItemComparison *counterpart = nullptr;
            for (const ItemComparison &other : m_compare.items) {
                if (other.collection == item.collection && other.side == CompareSide::Target &&
                    other.status == ItemStatus::Untracked &&
                    other.localId == item.counterpartLocalId) {
                    counterpart = &other;
                }
            }
            m_plan.warnings.append(PushPlanner::tr("%1 \"%2\" already exists untracked on the "
                                                   "target (id %3); it is adopted, not created "
                                                   "again.")
                                       .arg(item.collection, item.name, item.counterpartLocalId));
            emitMappingRow(item, JsonValue(item.counterpartLocalId));
            const JsonObject targetData =
                counterpart && counterpart->targetData ? *counterpart->targetData : JsonObject();
            QStringList keys;
            for (const FieldChange &change :
                 Comparer::diffItems(Comparer::canonical(descriptor, data),
                                     Comparer::canonical(descriptor, targetData))) {
                const QString key =
                    change.path.section(QRegularExpression(QStringLiteral("[.\\[]")), 0, 0);
                if (!keys.contains(key)) {
                    keys.append(key);
                }
            }
            TouchedItem touched;
            touched.item = ref;
            touched.localId = item.counterpartLocalId;
            touched.expected = targetData;
            touched.hadMappingRow = false;
            m_plan.touched.append(touched);
            if (!keys.isEmpty()) {
                emitUpdate(item, item.counterpartLocalId, targetData, keys, false);
            }
            return;
        }
        if (!m_selection.allowDelete) {
            m_plan.errors.append(PushPlanner::tr("%1 \"%2\" would replace the untracked item %3 "
                                                 "on the target, which is a delete: it needs "
                                                 "--allow-delete.")
                                     .arg(item.collection, item.name, item.counterpartLocalId));
            return;
        }
        ++m_plan.deleteCount;
        addStep(PlanStep::Kind::Delete, &item, "DELETE",
                descriptor.itemPath(item.counterpartLocalId), std::nullopt,
                PushPlanner::tr("Delete the untracked %1 %2 that %3 replaces")
                    .arg(item.collection, item.counterpartLocalId, item.name));
    }

    // Relations that are no dependency (flows.operation) are created null and linked later,
    // as directus-sync does to break the flow <-> operation cycle.
    for (const RelationField &relation : descriptor.relations()) {
        if (relation.dependency || relation.path.size() != 1) {
            continue;
        }
        const QString field = relation.path.constFirst();
        const JsonValue value = data.value(field);
        if (data.contains(field)) {
            data.insert(field, JsonValue());
        }
        if (!value.isNull()) {
            const bool known = preservesIds(descriptor) && !descriptor.isSingleton();
            m_links.append({&item, descriptor.itemPath(known ? item.syncId : sentinelFor(ref)),
                            field, relation.targetCollection, value});
        }
    }
    // Keyed rows without a key (public / user access rows of a policy) are not created: a
    // policy attached to a user on the source would otherwise become public on the target.
    for (const KeyedArray &keyed : descriptor.keyedArrays()) {
        if (!data.value(keyed.field).isArray()) {
            continue;
        }
        JsonArray rows;
        bool dropped = false;
        for (const JsonValue &row : data.value(keyed.field).toArray()) {
            if (row.toObject().value(keyed.keyField).isNull()) {
                dropped = true;
            } else {
                rows.append(row);
            }
        }
        data.insert(keyed.field, rows);
        if (dropped) {
            m_plan.warnings.append(
                PushPlanner::tr("%1 \"%2\": its %3 rows without %4 (public or "
                                "user access) are not created.")
                    .arg(item.collection, item.name, keyed.field, keyed.keyField));
        }
    }
    const Normalizer::LocalItem local = toLocal(item.collection, data, what);
    JsonObject body = local.data;
    const bool preserve = preservesIds(descriptor) && !descriptor.isSingleton();
    if (preserve) {
        body.insert(QStringLiteral("id"), item.syncId);
        // A stale row holding that local id would refuse the new row (409).
        if (const IdMapRow *stale = m_targetRows.byLocalId(table, item.syncId)) {
            if (stale->syncId != item.syncId) {
                emitDeleteMapping(&item, table, stale->syncId);
            }
        }
    }
    emitNullify(item, descriptor, data, preserve ? item.syncId : sentinelFor(ref));
    const bool singleton = descriptor.isSingleton();
    PlanStep &step =
        addStep(PlanStep::Kind::Create, &item, singleton ? "PATCH" : "POST", descriptor.restPath(),
                JsonValue(body),
                singleton ? PushPlanner::tr("Set %1").arg(item.name)
                          : PushPlanner::tr("Create %1 \"%2\"").arg(item.collection, item.name));
    if (!m_links.isEmpty() && m_links.constLast().item == &item) {
        step.summary += PushPlanner::tr(" (%1 set later)").arg(m_links.constLast().field);
    }
    m_answerStep.insert(ref, step.number);
    emitMappingRow(item, preserve ? JsonValue(item.syncId) : JsonValue(sentinelFor(ref)));
}

void Builder::emitUpdate(const ItemComparison &item, const QString &localId,
                         const JsonObject &targetData, const QStringList &keys,
                         bool needsMappingRow)
{
    Q_UNUSED(targetData)
    const CollectionDescriptor &descriptor = descriptorOf(item);
    const ItemRef ref{item.collection, item.syncId};
    const QString what = ref.toString();
    JsonObject diff;
    for (const QString &key : keys) {
        diff.insert(key, item.sourceData->value(key));
    }
    // A non-dependency relation naming an item created later is set by a link step.
    for (const RelationField &relation : descriptor.relations()) {
        if (relation.dependency || relation.path.size() != 1 ||
            !diff.contains(relation.path.constFirst())) {
            continue;
        }
        const QString field = relation.path.constFirst();
        const JsonValue value = diff.value(field);
        const ItemRef named{relation.targetCollection, value.toScalarText()};
        if (!value.isNull() && m_creates.contains(named) && !m_answerStep.contains(named)) {
            diff.remove(field);
            m_links.append({&item,
                            descriptor.itemPath(localId.isEmpty() ? sentinelFor(ref) : localId),
                            field, relation.targetCollection, value});
        }
    }
    Normalizer::LocalItem local = toLocal(item.collection, diff, what);
    JsonObject body = local.data;

    // Keyed arrays (policies' access rows) are sent as O2M alterations keyed by their key,
    // with the target's row ids; null-key rows are left alone (PoliciesDataClient).
    for (const KeyedArray &keyed : descriptor.keyedArrays()) {
        if (!body.contains(keyed.field)) {
            continue;
        }
        const JsonObject raw = m_target.raw.value(item.collection).value(localId);
        if (raw.isEmpty()) {
            m_plan.errors.append(PushPlanner::tr("%1: the target's %2 rows were not read, so "
                                                 "they cannot be updated safely.")
                                     .arg(what, keyed.field));
            continue;
        }
        QHash<QString, JsonValue> existing; // key -> row id
        QStringList existingOrder;
        for (const JsonValue &row : raw.value(keyed.field).toArray()) {
            const JsonValue key = row.toObject().value(keyed.keyField);
            if (!key.isNull()) {
                existing.insert(key.toScalarText(), row.toObject().value(QStringLiteral("id")));
                existingOrder.append(key.toScalarText());
            }
        }
        JsonArray create;
        JsonArray update;
        JsonArray remove;
        QSet<QString> wanted;
        for (const JsonValue &row : body.value(keyed.field).toArray()) {
            const JsonValue key = row.toObject().value(keyed.keyField);
            if (key.isNull()) {
                continue;
            }
            wanted.insert(key.toScalarText());
            if (existing.contains(key.toScalarText())) {
                JsonObject changed = row.toObject();
                changed.insert(QStringLiteral("id"), existing.value(key.toScalarText()));
                update.append(changed);
            } else {
                create.append(row);
            }
        }
        for (const QString &key : std::as_const(existingOrder)) {
            if (!wanted.contains(key)) {
                remove.append(existing.value(key));
            }
        }
        JsonObject alterations;
        alterations.insert(QStringLiteral("create"), create);
        alterations.insert(QStringLiteral("update"), update);
        alterations.insert(QStringLiteral("delete"), remove);
        body.insert(keyed.field, alterations);
    }

    const QString selfKey = localId.isEmpty() ? sentinelFor(ref) : localId;
    emitNullify(item, descriptor, diff, selfKey);

    const QString path = descriptor.itemPath(localId.isEmpty() ? sentinelFor(ref) : localId);
    const QStringList &split = descriptor.splitUpdateFields();
    bool splitFirst = split.size() > 1;
    for (const QString &field : split) {
        splitFirst = splitFirst && body.contains(field);
    }
    if (splitFirst) {
        // Directus refuses key and language changed at once: the key goes first.
        JsonObject first;
        first.insert(split.constFirst(), body.value(split.constFirst()));
        body.remove(split.constFirst());
        addStep(PlanStep::Kind::Update, &item, "PATCH", path, JsonValue(first),
                PushPlanner::tr("Update %1 of %2 \"%3\" (first of two updates)")
                    .arg(split.constFirst(), item.collection, item.name));
    }
    if (!body.isEmpty()) {
        PlanStep &step =
            addStep(PlanStep::Kind::Update, &item, "PATCH", path, JsonValue(body),
                    descriptor.isSingleton()
                        ? PushPlanner::tr("Update %1 (%2)")
                              .arg(item.name, QStringList(body.keys()).join(QStringLiteral(", ")))
                        : PushPlanner::tr("Update %1 \"%2\" (%3)")
                              .arg(item.collection, item.name,
                                   QStringList(body.keys()).join(QStringLiteral(", "))));
        step.localId = localId;
        if (localId.isEmpty()) {
            // A singleton without a row gets one from this PATCH; its answer has the id.
            m_answerStep.insert(ref, step.number);
        }
    }
    if (needsMappingRow) {
        emitMappingRow(item, localId.isEmpty() ? JsonValue(sentinelFor(ref)) : JsonValue(localId));
    }
}

void Builder::emitLinks()
{
    for (const PendingLink &link : std::as_const(m_links)) {
        JsonObject data;
        data.insert(link.field, link.value);
        const Normalizer::LocalItem local = m_mapper->toLocal(link.item->collection, data);
        if (!local.isComplete()) {
            // Not a dependency: the item works without it, so it stays null (never guessed).
            m_plan.warnings.append(
                PushPlanner::tr("%1/%2: %3 stays empty because %4/%5 is neither on the target "
                                "nor part of this push.")
                    .arg(link.item->collection, link.item->syncId, link.field,
                         link.targetCollection, link.value.toScalarText()));
            continue;
        }
        addStep(PlanStep::Kind::Link, link.item, "PATCH", link.path, JsonValue(local.data),
                PushPlanner::tr("Link %1 \"%2\": set %3")
                    .arg(link.item->collection, link.item->name, link.field));
    }
}

void Builder::emitDelete(const ItemComparison &item)
{
    const CollectionDescriptor &descriptor = descriptorOf(item);
    ++m_plan.deleteCount;
    TouchedItem touched;
    touched.item = {item.collection, item.syncId};
    touched.localId = item.localId;
    touched.expected = item.targetData.value_or(JsonObject());
    touched.deleted = true;
    m_plan.touched.append(touched);
    addStep(
        PlanStep::Kind::Delete, &item, "DELETE", descriptor.itemPath(item.localId), std::nullopt,
        PushPlanner::tr("Delete %1 \"%2\" (id %3)").arg(item.collection, item.name, item.localId));
    addStep(PlanStep::Kind::DeleteMapping, &item, "DELETE",
            MappingBase + descriptor.mappingTable() + QStringLiteral("/sync_id/") + item.syncId,
            std::nullopt,
            PushPlanner::tr("Untrack the deleted %1 \"%2\"").arg(item.collection, item.name));
}

void Builder::resolveReferences()
{
    for (PlanStep &step : m_plan.steps) {
        QSet<int> used;
        const auto replacement = [&](const QString &text) -> std::optional<QString> {
            if (!text.contains(SentinelPrefix)) {
                return std::nullopt;
            }
            QString result = text;
            qsizetype at = result.indexOf(SentinelPrefix);
            while (at >= 0) {
                // A sentinel is always the whole value or the end of a path.
                const qsizetype end = result.size();
                const ItemRef ref = ItemRef::parse(
                    result.mid(at + SentinelPrefix.size(), end - at - SentinelPrefix.size()));
                const int answer = m_answerStep.value(ref, 0);
                if (answer <= 0 || answer >= step.number) {
                    m_plan.errors.append(PushPlanner::tr("Step %1 needs the id of %2 before it "
                                                         "exists.")
                                             .arg(step.number)
                                             .arg(ref.toString()));
                    return std::nullopt;
                }
                StepReference reference;
                reference.step = answer;
                if (!used.contains(answer)) {
                    used.insert(answer);
                    step.references.append(reference);
                }
                result.replace(at, end - at, reference.text());
                at = result.indexOf(SentinelPrefix);
            }
            return result;
        };
        if (step.body) {
            replaceStrings(*step.body, replacement);
        }
        if (auto path = replacement(step.request.path)) {
            step.request.path = *path;
        }
        if (step.body) {
            step.request.body = JsonWriter::stringify(*step.body, 0);
        }
    }
}

PushPlan Builder::build()
{
    Resolved resolved = resolve(m_compare, m_selection, m_targetRows);
    m_plan.errors += resolved.errors;
    m_plan.warnings += resolved.warnings;
    if (m_target.isProtected) {
        m_plan.needsConfirmation = true;
        if (m_selection.confirm != m_target.name) {
            m_plan.errors.append(PushPlanner::tr("%1 is protected: confirm the push by typing "
                                                 "its name (--confirm \"%1\").")
                                     .arg(m_target.name));
        } else {
            m_plan.warnings.append(PushPlanner::tr("%1 is a protected target.").arg(m_target.name));
        }
    }
    prepareMapper(resolved);
    for (const ItemComparison *item : std::as_const(resolved.creates)) {
        if (!adopts(*item)) {
            m_plan.created.append({item->collection, item->syncId});
        }
        for (const UnmappableReference &reference : item->unmappable) {
            m_plan.warnings.append(PushPlanner::tr("%1/%2: %3 holds the source's raw id %4, "
                                                   "which no other instance can resolve.")
                                       .arg(item->collection, item->syncId, reference.path,
                                            reference.rawValue.toScalarText()));
        }
    }

    emitSchema(resolved);
    for (const ItemComparison *item : order(resolved)) {
        if (item->status == ItemStatus::SourceOnly) {
            emitCreate(*item);
            continue;
        }
        const CollectionDescriptor &descriptor = descriptorOf(*item);
        const bool hasRow =
            !item->localId.isEmpty() &&
            m_targetRows.bySyncId(descriptor.mappingTable(), item->syncId) != nullptr;
        TouchedItem touched;
        touched.item = {item->collection, item->syncId};
        touched.localId = item->localId;
        touched.expected = item->targetData.value_or(JsonObject());
        touched.hadMappingRow = hasRow;
        const bool known = std::any_of(
            m_plan.touched.cbegin(), m_plan.touched.cend(), [&touched](const TouchedItem &other) {
                return other.item.collection == touched.item.collection &&
                       !touched.localId.isEmpty() && other.localId == touched.localId;
            });
        if (!known) {
            m_plan.touched.append(touched);
        }
        for (const UnmappableReference &reference : item->unmappable) {
            m_plan.warnings.append(PushPlanner::tr("%1/%2: %3 holds the source's raw id %4, "
                                                   "which no other instance can resolve.")
                                       .arg(item->collection, item->syncId, reference.path,
                                            reference.rawValue.toScalarText()));
        }
        emitUpdate(*item, item->localId, touched.expected, changedKeys(*item), !hasRow);
    }
    emitLinks();
    for (const ItemComparison *item : std::as_const(resolved.tracks)) {
        emitMappingRow(*item, JsonValue(item->localId));
    }
    // Deletes last, children first.
    QList<const ItemComparison *> deletes = resolved.deletes;
    std::stable_sort(deletes.begin(), deletes.end(),
                     [](const ItemComparison *a, const ItemComparison *b) {
                         return collectionOrder(a->collection) > collectionOrder(b->collection);
                     });
    for (const ItemComparison *item : std::as_const(deletes)) {
        emitDelete(*item);
    }
    for (const ItemComparison *item : std::as_const(resolved.danglingRemovals)) {
        // A create with this SyncID already removed the row first (and made a new one).
        if (!m_creates.contains({item->collection, item->syncId})) {
            emitDeleteMapping(item, descriptorOf(*item).mappingTable(), item->syncId);
        }
    }
    if (!resolved.deletes.isEmpty()) {
        m_plan.warnings.append(PushPlanner::tr("%n item(s) will be deleted on the target.", nullptr,
                                               int(resolved.deletes.size())));
    }
    resolveReferences();
    m_plan.errors.removeDuplicates();
    m_plan.warnings.removeDuplicates();
    return m_plan;
}

} // namespace

PushPlan PushPlanner::plan(const CompareResult &compare, const PushSelection &selection,
                           const PushTarget &target)
{
    return Builder(compare, selection, target).build();
}

QList<RawItemsRequest> PushPlanner::rawItemsNeeded(const CompareResult &compare,
                                                   const PushSelection &selection)
{
    const Resolved resolved = resolve(compare, selection, IdMapIndex());
    QHash<QString, QStringList> ids;
    QStringList order;
    const auto add = [&](const QString &collection, const QString &localId) {
        if (localId.isEmpty()) {
            return;
        }
        if (!ids.contains(collection)) {
            order.append(collection);
        }
        if (!ids[collection].contains(localId)) {
            ids[collection].append(localId);
        }
    };
    for (const ItemComparison *item : resolved.updates) {
        const CollectionDescriptor *descriptor = CollectionDescriptor::find(item->collection);
        for (const KeyedArray &keyed : descriptor->keyedArrays()) {
            if (changedKeys(*item).contains(keyed.field)) {
                add(item->collection, item->localId);
            }
        }
    }
    for (const ItemComparison *item : resolved.creates) {
        const CollectionDescriptor *descriptor = CollectionDescriptor::find(item->collection);
        if (!descriptor->keyedArrays().isEmpty() && descriptor->uniqueNaturalKey()) {
            add(item->collection, item->counterpartLocalId);
        }
    }
    QList<RawItemsRequest> result;
    for (const QString &collection : std::as_const(order)) {
        result.append({collection, ids.value(collection)});
    }
    return result;
}

} // namespace syncstudio
