#pragma once

#include "instancereader.h"
#include "pushbackup.h"
#include "pushplan.h"
#include "pushplanner.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace syncstudio {

// Plans putting a target back to what a push backup recorded, as a pure function of the
// backup and a fresh read of the target. The plan runs through PushExecutor like a push (drift
// check, its own backup, step results): deleted items are re-created with their ids and
// mapping rows, changed items get their old values back, created items are deleted with their
// rows, and the schema is diffed back to the saved snapshot.
class RestorePlanner final
{
    Q_DECLARE_TR_FUNCTIONS(RestorePlanner)

public:
    // schemaDiff: the target's answer to POST /schema/diff with the backup's schema snapshot
    // (nullopt: no schema changes to undo).
    static PushPlan plan(const PushBackup &backup, const InstanceReadResult &current,
                         const QHash<QString, QHash<QString, JsonObject>> &currentRaw,
                         const std::optional<JsonValue> &schemaDiff);

    // The target items to read raw before planning (PushBackup items that still exist).
    static QList<RawItemsRequest> rawItemsNeeded(const PushBackup &backup);
};

} // namespace syncstudio
