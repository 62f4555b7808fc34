#pragma once

#include "jsonvalue.h"
#include "syncitem.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace syncstudio {

// One vocabulary everywhere (CLI contract, JSON output, GUI): the source is the left side, the
// target the right side.
enum class ItemStatus {
    Identical,
    Changed,
    SourceOnly, // would be created on the target
    TargetOnly, // tracked on the target, absent in the source: deleted only if selected + allowed
    Untracked,  // exists without a mapping row (syncId may be empty)
    Dangling,   // a mapping row whose item does not exist
};

QString itemStatusName(ItemStatus status); // "identical", "source-only", …
std::optional<ItemStatus> itemStatusFromName(const QString &name);

enum class CompareSide { Both, Source, Target };

// A field that differs; path is dotted, with [i] for array elements ("options.filter.status",
// "roles[1].role"). A key missing on one side has that side's value absent (not null).
struct FieldChange
{
    QString path;
    std::optional<JsonValue> source;
    std::optional<JsonValue> target;
};

struct ItemComparison
{
    QString collection;
    QString syncId;  // empty for an untracked item without a deterministic SyncID
    QString localId; // untracked / dangling: the local id on `side`; otherwise the target's id
    CompareSide side = CompareSide::Both;
    ItemStatus status = ItemStatus::Identical;
    QString name; // display name ("On article publish", "Editor policy · articles · read")
    QList<FieldChange> fields;            // Changed only, in source key order
    std::optional<JsonObject> sourceData; // normalised, as compared
    std::optional<JsonObject> targetData;
    // Each side's ignored fields (SyncItem::ignored), for display only: never compared,
    // reported or pushed. Empty for a dump side.
    JsonObject sourceIgnored;
    JsonObject targetIgnored;
    // Untracked: the item on the other side with the same natural key, if any.
    QString counterpartSyncId;
    QString counterpartLocalId;
    QList<UnmappableReference> unmappable; // source side's unmappable relations
};

enum class SchemaKind { Collection, Field, Relation };

struct SchemaComparison
{
    SchemaKind kind = SchemaKind::Collection;
    QString collection;
    QString field;                           // Field and Relation
    ItemStatus status = ItemStatus::Changed; // Changed, SourceOnly or TargetOnly
    // True when the difference exists only because the two Directus versions differ (a system
    // field one version has): shown, never pushed.
    bool versionOnly = false;
    std::optional<JsonValue> source;
    std::optional<JsonValue> target;
};

struct CompareResult
{
    QString left; // the sides as given
    QString right;
    QStringList collections; // the collections compared (present on both sides)
    QList<ItemComparison> items;
    bool schemaCompared = false;
    QList<SchemaComparison> schema;
    // The target's answer to POST /schema/diff for the source's full snapshot ({hash, diff});
    // nullopt when identical or not compared. The push filters and applies it.
    std::optional<JsonValue> schemaDiff;
    QString sourceVersion;
    QString targetVersion;
    QString sourceVendor; // database vendor of the schema snapshot ("sqlite", "postgres")
    QString targetVendor;
    QStringList warnings;

    int count(ItemStatus status) const;
    int count(const QString &collection, ItemStatus status) const;
    // Exit code 1 of `compare`: any item not identical (untracked and dangling count unless
    // ignored) or any schema difference.
    bool hasDifferences(bool ignoreUntracked = false) const;
    const ItemComparison *find(const QString &collection, const QString &syncId) const;
};

} // namespace syncstudio
