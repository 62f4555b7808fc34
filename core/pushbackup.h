#pragma once

#include "idmaprow.h"
#include "itemref.h"
#include "jsonvalue.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace syncstudio {

// One existing target item a push changed or deleted, as it was right before the push.
struct BackupItem
{
    ItemRef item;
    QString localId;
    std::optional<JsonObject> raw; // the API's JSON (nullopt: the item had no row, e.g. settings)
    std::optional<IdMapRow> mappingRow; // its row before the push (nullopt: untracked)
    bool deleted = false;               // the push deleted it
};

// What a push saves before its first write, in <folder>/backup.json (plus schema.json): enough
// to put the target back. Restore plans from it like a push (RestorePlanner).
struct PushBackup
{
    Q_DECLARE_TR_FUNCTIONS(PushBackup)

public:
    static constexpr int FormatVersion = 1;

    QString target;    // the target as given
    QString createdAt; // ISO 8601, UTC
    QString directusVersion;
    QList<ItemRef> created; // items the push was to create (source SyncIDs), in plan order
    QList<BackupItem> items;
    std::optional<JsonValue> schema; // the target's full schema snapshot before the push
    QStringList plan;                // the plan's steps as text, for people

    bool write(const QString &folder, QString *error) const;
    static std::optional<PushBackup> read(const QString &folder, QString *error);
};

} // namespace syncstudio
