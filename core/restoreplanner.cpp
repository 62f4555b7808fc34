#include "restoreplanner.h"

#include "collectiondescriptor.h"
#include "comparer.h"
#include "idmapindex.h"
#include "jsonwriter.h"

#include <algorithm>

namespace syncstudio {

namespace {

const QString MappingBase = QStringLiteral("/directus-extension-sync/table/");

int collectionOrder(const QString &collection)
{
    const int index = int(CollectionDescriptor::names().indexOf(collection));
    return index < 0 ? 1000 : index;
}

class Steps final
{
public:
    explicit Steps(PushPlan &plan)
        : m_plan(plan)
    {}

    PlanStep &add(PlanStep::Kind kind, const ItemRef &item, const QString &localId,
                  const QByteArray &method, const QString &path,
                  const std::optional<JsonValue> &body, const QString &summary)
    {
        PlanStep step;
        step.number = int(m_plan.steps.size()) + 1;
        step.kind = kind;
        step.item = item;
        step.localId = localId;
        step.name = item.toString();
        step.summary = summary;
        step.body = body;
        step.request =
            ApiRequest::write(method, path, body ? JsonWriter::stringify(*body, 0) : QByteArray());
        m_plan.steps.append(step);
        return m_plan.steps.last();
    }

private:
    PushPlan &m_plan;
};

// Keyed array rows (a policy's access rows) without their own ids, for a create.
JsonValue withoutRowIds(const JsonValue &rows)
{
    JsonArray result;
    for (const JsonValue &row : rows.toArray()) {
        JsonObject object = row.toObject();
        object.remove(QStringLiteral("id"));
        result.append(object);
    }
    return result;
}

} // namespace

QList<RawItemsRequest> RestorePlanner::rawItemsNeeded(const PushBackup &backup)
{
    QList<RawItemsRequest> requests;
    for (const BackupItem &item : backup.items) {
        if (item.deleted) {
            continue;
        }
        auto it = std::find_if(requests.begin(), requests.end(), [&](const RawItemsRequest &r) {
            return r.collection == item.item.collection;
        });
        if (it == requests.end()) {
            requests.append({item.item.collection, {}});
            it = requests.end() - 1;
        }
        if (!item.localId.isEmpty()) {
            it->localIds.append(item.localId);
        }
    }
    return requests;
}

PushPlan RestorePlanner::plan(const PushBackup &backup, const InstanceReadResult &current,
                              const QHash<QString, QHash<QString, JsonObject>> &currentRaw,
                              const std::optional<JsonValue> &schemaDiff)
{
    PushPlan plan;
    Steps steps(plan);
    const IdMapIndex rows(current.mappingRows);
    const auto currentItem = [&current](const QString &collection,
                                        const QString &localId) -> const SyncItem * {
        const CollectionData *data = current.snapshot.collection(collection);
        return data ? data->findByLocalId(localId) : nullptr;
    };
    const auto touch = [&](const ItemRef &ref, const QString &localId, bool deleted) {
        const CollectionDescriptor *descriptor = CollectionDescriptor::find(ref.collection);
        const SyncItem *item = currentItem(ref.collection, localId);
        TouchedItem touched;
        touched.item = ref;
        touched.localId = localId;
        touched.deleted = deleted;
        touched.expected = item ? Comparer::comparable(*descriptor, item->data) : JsonObject();
        touched.hadMappingRow = rows.byLocalId(descriptor->mappingTable(), localId) != nullptr;
        plan.touched.append(touched);
    };

    // 1. Items the push deleted come back first (parents first), with their ids where the id
    // is not a counter, and their mapping rows.
    QList<BackupItem> deleted;
    for (const BackupItem &item : backup.items) {
        if (item.deleted) {
            deleted.append(item);
        }
    }
    std::stable_sort(deleted.begin(), deleted.end(), [](const BackupItem &a, const BackupItem &b) {
        return collectionOrder(a.item.collection) < collectionOrder(b.item.collection);
    });
    for (const BackupItem &item : std::as_const(deleted)) {
        const CollectionDescriptor *descriptor = CollectionDescriptor::find(item.item.collection);
        if (!descriptor || !item.raw) {
            plan.errors.append(
                tr("The backup has no data for the deleted %1.").arg(item.item.toString()));
            continue;
        }
        if (currentItem(item.item.collection, item.localId)) {
            plan.warnings.append(tr("%1 (id %2) exists again; it was not re-created.")
                                     .arg(item.item.toString(), item.localId));
            continue;
        }
        JsonObject body = *item.raw;
        for (const QString &field : descriptor->ignoredFields()) {
            body.remove(field);
        }
        const bool keepsId = descriptor->idKind() == IdKind::Uuid;
        if (!keepsId) {
            body.remove(QStringLiteral("id"));
        }
        for (const KeyedArray &keyed : descriptor->keyedArrays()) {
            if (body.contains(keyed.field)) {
                body.insert(keyed.field, withoutRowIds(body.value(keyed.field)));
            }
        }
        PlanStep &create = steps.add(PlanStep::Kind::Create, item.item, item.localId, "POST",
                                     descriptor->restPath(), JsonValue(body),
                                     tr("Re-create the deleted %1").arg(item.item.toString()));
        const int createStep = create.number;
        if (item.mappingRow) {
            StepReference reference;
            reference.step = createStep;
            JsonObject row;
            row.insert(QStringLiteral("table"), descriptor->mappingTable());
            row.insert(QStringLiteral("local_id"),
                       keepsId ? JsonValue(item.localId) : JsonValue(reference.text()));
            row.insert(QStringLiteral("sync_id"), item.mappingRow->syncId);
            PlanStep &mapping =
                steps.add(PlanStep::Kind::CreateMapping, item.item, QString(), "POST",
                          MappingBase + descriptor->mappingTable(), JsonValue(row),
                          tr("Track the re-created %1").arg(item.item.toString()));
            if (!keepsId) {
                mapping.references.append(reference);
            }
        }
        plan.created.append(item.item);
    }

    // 2. Items the push changed get their old values back (only what differs now).
    for (const BackupItem &item : backup.items) {
        if (item.deleted) {
            continue;
        }
        const CollectionDescriptor *descriptor = CollectionDescriptor::find(item.item.collection);
        if (!descriptor) {
            continue;
        }
        const QString table = descriptor->mappingTable();
        if (!item.raw) {
            plan.warnings.append(tr("%1 had no row before the push; its values cannot be "
                                    "removed again.")
                                     .arg(item.item.toString()));
        } else {
            if (item.localId.isEmpty() && descriptor->isSingleton()) {
                plan.warnings.append(tr("%1 had no row before the push: its default values are "
                                        "put back, but the row stays.")
                                         .arg(item.item.toString()));
            }
            // A singleton is one row whatever its id (the push may have given it its first).
            const QHash<QString, JsonObject> raws = currentRaw.value(item.item.collection);
            const JsonObject now = descriptor->isSingleton() && !raws.isEmpty()
                                       ? raws.cbegin().value()
                                       : raws.value(item.localId);
            if (now.isEmpty()) {
                plan.errors.append(tr("%1 (id %2) no longer exists; restore it by hand from the "
                                      "backup.")
                                       .arg(item.item.toString(), item.localId));
                continue;
            }
            JsonObject body;
            for (const auto &[key, value] : *item.raw) {
                if (key == QLatin1String("id") || descriptor->ignoredFields().contains(key)) {
                    continue;
                }
                const KeyedArray *keyed = descriptor->keyedArray(key);
                if (!keyed) {
                    if (!Comparer::sameValue(value, now.value(key))) {
                        body.insert(key, value);
                    }
                    continue;
                }
                // Access rows: back to the saved set, keyed like the push did it.
                QHash<QString, JsonObject> nowRows;
                for (const JsonValue &row : now.value(key).toArray()) {
                    const JsonValue k = row.toObject().value(keyed->keyField);
                    if (!k.isNull()) {
                        nowRows.insert(k.toScalarText(), row.toObject());
                    }
                }
                JsonArray create;
                JsonArray update;
                JsonArray remove;
                QSet<QString> wanted;
                for (const JsonValue &row : value.toArray()) {
                    const JsonValue k = row.toObject().value(keyed->keyField);
                    if (k.isNull()) {
                        continue; // never touched by a push
                    }
                    wanted.insert(k.toScalarText());
                    JsonObject saved = row.toObject();
                    saved.remove(QStringLiteral("id"));
                    const auto existing = nowRows.constFind(k.toScalarText());
                    if (existing == nowRows.constEnd()) {
                        create.append(saved);
                        continue;
                    }
                    JsonObject compared = *existing;
                    const JsonValue id = compared.value(QStringLiteral("id"));
                    compared.remove(QStringLiteral("id"));
                    if (!Comparer::sameValue(JsonValue(saved), JsonValue(compared))) {
                        saved.insert(QStringLiteral("id"), id);
                        update.append(saved);
                    }
                }
                for (auto it = nowRows.cbegin(); it != nowRows.cend(); ++it) {
                    if (!wanted.contains(it.key())) {
                        remove.append(it.value().value(QStringLiteral("id")));
                    }
                }
                if (!create.isEmpty() || !update.isEmpty() || !remove.isEmpty()) {
                    JsonObject alterations;
                    alterations.insert(QStringLiteral("create"), create);
                    alterations.insert(QStringLiteral("update"), update);
                    alterations.insert(QStringLiteral("delete"), remove);
                    body.insert(key, alterations);
                }
            }
            if (!body.isEmpty()) {
                touch(item.item, item.localId, false);
                steps.add(PlanStep::Kind::Update, item.item, item.localId, "PATCH",
                          descriptor->itemPath(item.localId), JsonValue(body),
                          tr("Put back %1 (%2)")
                              .arg(item.item.toString(),
                                   QStringList(body.keys()).join(QStringLiteral(", "))));
            }
        }
        // Its mapping row as it was.
        const IdMapRow *now = item.localId.isEmpty() ? rows.bySyncId(table, item.item.syncId)
                                                     : rows.byLocalId(table, item.localId);
        const bool same = now && item.mappingRow && now->syncId == item.mappingRow->syncId &&
                          now->localId == item.mappingRow->localId;
        if (now && !same) {
            steps.add(PlanStep::Kind::DeleteMapping, item.item, item.localId, "DELETE",
                      MappingBase + table + QStringLiteral("/sync_id/") + now->syncId, std::nullopt,
                      tr("Remove the mapping row the push added for %1").arg(item.item.toString()));
        }
        if (item.mappingRow && !same) {
            JsonObject row;
            row.insert(QStringLiteral("table"), table);
            row.insert(QStringLiteral("local_id"), item.mappingRow->localId);
            row.insert(QStringLiteral("sync_id"), item.mappingRow->syncId);
            steps.add(PlanStep::Kind::CreateMapping, item.item, item.localId, "POST",
                      MappingBase + table, JsonValue(row),
                      tr("Put back the mapping row of %1").arg(item.item.toString()));
        }
    }

    // 3. Items the push created go away, children first (the reverse of creation order).
    for (auto it = backup.created.crbegin(); it != backup.created.crend(); ++it) {
        const CollectionDescriptor *descriptor = CollectionDescriptor::find(it->collection);
        if (!descriptor) {
            continue;
        }
        const IdMapRow *row = rows.bySyncId(descriptor->mappingTable(), it->syncId);
        if (!row) {
            continue; // never created (the push stopped before), or already gone
        }
        if (currentItem(it->collection, row->localId)) {
            if (!descriptor->deleteEnabled()) {
                plan.warnings.append(tr("%1 cannot be deleted; it stays.").arg(it->toString()));
                continue;
            }
            touch(*it, row->localId, true);
            ++plan.deleteCount;
            steps.add(PlanStep::Kind::Delete, *it, row->localId, "DELETE",
                      descriptor->itemPath(row->localId), std::nullopt,
                      tr("Delete %1, created by the push").arg(it->toString()));
        }
        steps.add(PlanStep::Kind::DeleteMapping, *it, row->localId, "DELETE",
                  MappingBase + descriptor->mappingTable() + QStringLiteral("/sync_id/") +
                      it->syncId,
                  std::nullopt, tr("Untrack %1").arg(it->toString()));
    }

    // 4. The schema back to the saved snapshot.
    if (schemaDiff) {
        plan.schemaApply = schemaDiff;
        plan.warnings.append(tr("The schema is put back to the saved snapshot; collections and "
                                "fields the push added are dropped with their data."));
        steps.add(PlanStep::Kind::SchemaApply, {QStringLiteral("schema"), QString()}, QString(),
                  "POST", QStringLiteral("/schema/apply"), schemaDiff, tr("Put the schema back"));
    }
    if (plan.deleteCount > 0) {
        plan.warnings.append(
            tr("%n item(s) created by the push will be deleted.", nullptr, plan.deleteCount));
    }
    return plan;
}

} // namespace syncstudio
