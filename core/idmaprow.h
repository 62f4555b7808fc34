#pragma once

#include "jsonvalue.h"

#include <QString>

#include <optional>

namespace syncstudio {

// One row of the extension's directus_sync_id_map table, as
// GET /directus-extension-sync/table/<table> returns it:
// {"id": 12, "table": "flows", "sync_id": "…", "local_id": "…", "created_at": "…"}.
// local_id is a varchar on the server, so integer ids (settings, permissions, presets) are
// compared as their decimal text, exactly as directus-sync does with `id.toString()`.
struct IdMapRow
{
    qint64 id = 0;
    QString table;
    QString syncId;
    QString localId;
    QString createdAt; // as the server formats it; empty when null

    // nullopt when the value is not an object or lacks table / sync_id / local_id.
    static std::optional<IdMapRow> fromJson(const JsonValue &value);
    JsonObject toJson() const;

    bool operator==(const IdMapRow &other) const;
    bool operator!=(const IdMapRow &other) const { return !(*this == other); }
};

} // namespace syncstudio
