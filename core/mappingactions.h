#pragma once

#include "pushplan.h"

#include <QCoreApplication>
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
