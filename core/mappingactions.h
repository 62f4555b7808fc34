#pragma once

#include "configsnapshot.h"
#include "pushplan.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace syncstudio {

// Plans for mapping-table work on one instance, per item (CLI: track / untrack / adopt,
// helpers). They only write directus_sync_id_map rows (or, for the duplicates helper, let the
// extension remove duplicate permissions) and run through PushExecutor like any plan.
class MappingActions final
{
    Q_DECLARE_TR_FUNCTIONS(MappingActions)

public:
    // Track an untracked item: the server picks a random SyncID unless one is given (a
    // placeholder or preserved id a pull would use).
    static PushPlan track(const QString &collection, const QString &localId,
                          const QString &syncId = {});
    // Track every untracked item of a side read from an instance, as `directus-sync pull` does:
    // the predictable SyncID where pull would use one, else a random one from the server
    // (syncstudio-cli export --track-untracked, File ▸ Export… "Track them first").
    static PushPlan trackUntracked(const ConfigSnapshot &snapshot);
    // How many items per collection an export leaves out because they have no SyncID yet, in
    // the snapshot's collection order; collections without any are not listed.
    struct UntrackedCount
    {
        QString collection;
        int count = 0;
    };
    static QList<UntrackedCount> untrackedCounts(const ConfigSnapshot &snapshot);
    // Forget an item's mapping row (the item itself stays).
    static PushPlan untrack(const QString &collection, const QString &localId);
    // Give an untracked target item the source's SyncID, so that it counts as the same item.
    static PushPlan adopt(const QString &collection, const QString &localId,
                          const QString &sourceSyncId);
    // directus-extension-sync's helper: delete duplicate permissions (same policy, collection
    // and action), keeping the first or last by id.
    static PushPlan removePermissionDuplicates(bool keepFirst);
};

} // namespace syncstudio
