#include "mappingchoice.h"

#include "collectiondescriptor.h"
#include "mappingactions.h"

#include <algorithm>

namespace syncstudio {

PushPlan MappingChoice::plan(const QString &adoptSyncId) const
{
    if (!available) {
        PushPlan none;
        none.errors.append(reason);
        return none;
    }
    PushPlan plan = kind == Kind::Track ? MappingActions::track(collection, localId, syncId)
                    : kind == Kind::Untrack
                        ? MappingActions::untrack(collection, localId)
                        : MappingActions::adopt(collection, localId, adoptSyncId);
    // The review lists the item by the name the comparison shows, not "roles/" + nothing.
    for (PlanStep &step : plan.steps) {
        if (!name.isEmpty())
            step.name = name;
        if (step.item.syncId.isEmpty())
            step.item.syncId = kind == Kind::Untrack ? syncId : QString();
    }
    return plan;
}

QHash<ItemRef, QString> MappingSides::localIds(const ConfigSnapshot &snapshot)
{
    QHash<ItemRef, QString> ids;
    for (const CollectionData &collection : snapshot.collections) {
        for (const SyncItem &item : collection.items) {
            if (item.tracked && !item.syncId.isEmpty() && !item.localId.isEmpty())
                ids.insert({collection.name, item.syncId}, item.localId);
        }
    }
    return ids;
}

namespace {

bool existsOn(const ItemComparison &item, CompareSide side)
{
    switch (item.status) {
    case ItemStatus::Identical:
    case ItemStatus::Changed:
        return true;
    case ItemStatus::SourceOnly:
        return side == CompareSide::Source;
    case ItemStatus::TargetOnly:
        return side == CompareSide::Target;
    case ItemStatus::Untracked:
    case ItemStatus::Dangling:
        return item.side == side;
    }
    return false;
}

} // namespace

MappingChoice MappingChoices::choose(MappingChoice::Kind kind, const CompareResult &compare,
                                     int index, const MappingSides &sides)
{
    MappingChoice choice;
    choice.kind = kind;
    if (index < 0 || index >= compare.items.size()) {
        choice.reason = tr("Choose an item in the list: the schema has no mapping rows.");
        return choice;
    }
    const ItemComparison &item = compare.items.at(index);
    choice.collection = item.collection;
    choice.name = item.name.isEmpty() ? item.localId : item.name;
    const auto isInstance = [&sides](CompareSide side) {
        return side == CompareSide::Source ? sides.leftIsInstance : sides.rightIsInstance;
    };
    const auto nameOf = [&sides](CompareSide side) {
        return side == CompareSide::Source ? sides.leftName : sides.rightName;
    };
    const auto notInstance = [&](CompareSide side) {
        choice.side = side;
        choice.sideName = nameOf(side);
        choice.reason = tr("%1 is a dump folder or a git revision: only an instance has "
                           "mapping rows. Compare with a connection on that side.")
                            .arg(choice.sideName);
        return choice;
    };
    if (!CollectionDescriptor::find(item.collection)) {
        choice.reason = tr("%1 is not a collection directus-sync tracks.").arg(item.collection);
        return choice;
    }

    if (kind == MappingChoice::Kind::Untrack) {
        if (item.status == ItemStatus::Untracked) {
            choice.reason =
                tr("“%1” is not tracked: there is no mapping row to forget.").arg(choice.name);
            return choice;
        }
        // The right side (the target) first: that is where pushes write.
        CompareSide side = CompareSide::Target;
        if (!existsOn(item, CompareSide::Target) ||
            (!sides.rightIsInstance && existsOn(item, CompareSide::Source)))
            side = CompareSide::Source;
        if (!isInstance(side))
            return notInstance(side);
        choice.side = side;
        choice.sideName = nameOf(side);
        choice.syncId = item.syncId;
        if (item.status == ItemStatus::Dangling || side == CompareSide::Target)
            choice.localId = item.localId;
        else
            choice.localId = sides.leftLocalIds.value({item.collection, item.syncId});
        if (choice.localId.isEmpty()) {
            choice.reason = tr("The local id of “%1” on %2 is not known: compare again.")
                                .arg(choice.name, choice.sideName);
            return choice;
        }
        choice.available = true;
        choice.reason = tr("Forget the mapping row of “%1” on %2 (the item stays).")
                            .arg(choice.name, choice.sideName);
        return choice;
    }

    // Track and Adopt both start from an untracked item.
    if (item.status != ItemStatus::Untracked) {
        choice.reason =
            kind == MappingChoice::Kind::Track
                ? tr("“%1” is already tracked (it has a SyncID).").arg(choice.name)
                : tr("Only an untracked item can adopt a SyncID; “%1” has one.").arg(choice.name);
        return choice;
    }
    if (!isInstance(item.side))
        return notInstance(item.side);
    choice.side = item.side;
    choice.sideName = nameOf(item.side);
    choice.localId = item.localId;
    if (kind == MappingChoice::Kind::Track) {
        choice.syncId = item.syncId; // a placeholder or preserved id; else the server picks
        choice.available = true;
        choice.reason =
            tr("Give “%1” on %2 a SyncID (a mapping row).").arg(choice.name, choice.sideName);
        return choice;
    }

    // Adopt: the items of the same collection that only the other side has.
    const CompareSide other =
        item.side == CompareSide::Target ? CompareSide::Source : CompareSide::Target;
    const ItemStatus onlyOther =
        other == CompareSide::Source ? ItemStatus::SourceOnly : ItemStatus::TargetOnly;
    for (const ItemComparison &candidate : compare.items) {
        if (candidate.collection != item.collection || candidate.status != onlyOther ||
            candidate.syncId.isEmpty())
            continue;
        AdoptOption option;
        option.syncId = candidate.syncId;
        option.name = candidate.name;
        option.sameName = (!item.name.isEmpty() && candidate.name == item.name) ||
                          candidate.syncId == item.counterpartSyncId;
        choice.adoptOptions.append(option);
    }
    std::stable_sort(choice.adoptOptions.begin(), choice.adoptOptions.end(),
                     [](const AdoptOption &a, const AdoptOption &b) {
                         if (a.sameName != b.sameName)
                             return a.sameName;
                         return a.name.localeAwareCompare(b.name) < 0;
                     });
    if (choice.adoptOptions.isEmpty()) {
        choice.reason = tr("No %1 item exists only on %2: there is no SyncID to adopt.")
                            .arg(item.collection, nameOf(other));
        return choice;
    }
    choice.available = true;
    choice.reason = tr("Give “%1” on %2 the SyncID of an item of %3, so both count as the same.")
                        .arg(choice.name, choice.sideName, nameOf(other));
    return choice;
}

} // namespace syncstudio
