#include "mappingactions.h"

#include "collectiondescriptor.h"
#include "jsonwriter.h"

namespace syncstudio {

namespace {

const QString MappingBase = QStringLiteral("/directus-extension-sync/table/");

PushPlan single(PlanStep::Kind kind, const ItemRef &item, const QString &localId,
                const QByteArray &method, const QString &path, const std::optional<JsonValue> &body,
                const QString &summary)
{
    PushPlan plan;
    PlanStep step;
    step.number = 1;
    step.kind = kind;
    step.item = item;
    step.localId = localId;
    step.name = item.toString();
    step.summary = summary;
    step.body = body;
    step.request =
        ApiRequest::write(method, path, body ? JsonWriter::stringify(*body, 0) : QByteArray());
    plan.steps.append(step);
    return plan;
}

PushPlan unknownCollection(const QString &collection)
{
    PushPlan plan;
    plan.errors.append(
        MappingActions::tr("\"%1\" is not a collection directus-sync tracks.").arg(collection));
    return plan;
}

PushPlan mappingRow(const QString &collection, const QString &localId, const QString &syncId,
                    const QString &summary)
{
    const CollectionDescriptor *descriptor = CollectionDescriptor::find(collection);
    if (!descriptor) {
        return unknownCollection(collection);
    }
    JsonObject body;
    body.insert(QStringLiteral("table"), descriptor->mappingTable());
    body.insert(QStringLiteral("local_id"), localId);
    if (!syncId.isEmpty()) {
        body.insert(QStringLiteral("sync_id"), syncId);
    }
    return single(PlanStep::Kind::CreateMapping, {collection, syncId}, localId, "POST",
                  MappingBase + descriptor->mappingTable(), JsonValue(body), summary);
}

} // namespace

PushPlan MappingActions::track(const QString &collection, const QString &localId,
                               const QString &syncId)
{
    return mappingRow(collection, localId, syncId, tr("Track %1 %2").arg(collection, localId));
}

PushPlan MappingActions::trackUntracked(const ConfigSnapshot &snapshot)
{
    PushPlan plan;
    for (const CollectionData &collection : snapshot.collections) {
        for (const SyncItem &item : collection.items) {
            if (item.tracked || item.localId.isEmpty())
                continue;
            PushPlan one = track(collection.name, item.localId, item.syncId);
            plan.errors += one.errors;
            for (PlanStep &step : one.steps) {
                step.number = int(plan.steps.size()) + 1;
                plan.steps.append(step);
            }
        }
    }
    return plan;
}

QList<MappingActions::UntrackedCount>
MappingActions::untrackedCounts(const ConfigSnapshot &snapshot)
{
    QList<UntrackedCount> counts;
    for (const CollectionData &collection : snapshot.collections) {
        int count = 0;
        for (const SyncItem &item : collection.items)
            if (item.syncId.isEmpty()) // exactly what DumpFolderWriter's skipUntracked leaves out
                ++count;
        if (count > 0)
            counts.append({collection.name, count});
    }
    return counts;
}

PushPlan MappingActions::untrack(const QString &collection, const QString &localId)
{
    const CollectionDescriptor *descriptor = CollectionDescriptor::find(collection);
    if (!descriptor) {
        return unknownCollection(collection);
    }
    return single(PlanStep::Kind::DeleteMapping, {collection, QString()}, localId, "DELETE",
                  MappingBase + descriptor->mappingTable() + QStringLiteral("/local_id/") + localId,
                  std::nullopt, tr("Untrack %1 %2").arg(collection, localId));
}

PushPlan MappingActions::adopt(const QString &collection, const QString &localId,
                               const QString &sourceSyncId)
{
    if (sourceSyncId.isEmpty()) {
        PushPlan plan;
        plan.errors.append(tr("Adopting needs the source item's SyncID."));
        return plan;
    }
    return mappingRow(collection, localId, sourceSyncId,
                      tr("Adopt %1 %2 as %3").arg(collection, localId, sourceSyncId));
}

PushPlan MappingActions::removePermissionDuplicates(bool keepFirst)
{
    JsonObject body;
    body.insert(QStringLiteral("keep"),
                keepFirst ? QStringLiteral("first") : QStringLiteral("last"));
    PushPlan plan = single(
        PlanStep::Kind::Delete, {QStringLiteral("permissions"), QString()}, QString(), "DELETE",
        QStringLiteral("/directus-extension-sync/helpers/permissions/duplicates"), JsonValue(body),
        tr("Delete duplicate permissions (keep the %1 of each)")
            .arg(keepFirst ? tr("first") : tr("last")));
    plan.deleteCount = 1;
    plan.warnings.append(tr("Duplicate permissions are deleted directly in the database: no "
                            "backup, activity or revision records them."));
    return plan;
}

} // namespace syncstudio
