#pragma once

#include "jsonvalue.h"

#include <QList>
#include <QString>

namespace syncstudio {

// Where an item's SyncID comes from.
enum class SyncIdOrigin {
    None,        // untracked: `directus-sync pull` would give it a fresh random UUID
    MappingRow,  // the instance's directus_sync_id_map has a row for it
    Placeholder, // untracked, but pull would give it a fixed placeholder (_sync_default_*)
    PreservedId, // untracked, but pull would use its own id (flows, folders, --preserve-ids)
    Dump,        // read from a dump file's "_syncId"
};

// A relation value that could not be written as a SyncID: directus-sync keeps the raw local id
// in the dump, which no other instance can resolve.
struct UnmappableReference
{
    QString path; // concrete path in the item: "policy", "roles[2].role", "options.flow"
    QString targetCollection; // the collection the relation points into ("roles")
    JsonValue rawValue;       // the local id as the API returned it
    // True when the target exists on this side but is untracked: a real pull would first give
    // it a random SyncID and write that instead. False: no item or mapping row is known.
    bool targetUntracked = false;

    bool operator==(const UnmappableReference &other) const
    {
        return path == other.path && targetCollection == other.targetCollection &&
               rawValue == other.rawValue && targetUntracked == other.targetUntracked;
    }
    bool operator!=(const UnmappableReference &other) const { return !(*this == other); }
};

// One item of a tracked collection, normalised exactly as `directus-sync pull` writes it,
// minus "_syncId" (the dump writer appends it last, as directus-sync does).
struct SyncItem
{
    // Empty only for origin None. Placeholder and PreservedId items are untracked (tracked ==
    // false) but already carry the SyncID a pull would give them.
    QString syncId;
    QString localId; // the instance's id as text; empty for items read from a dump
    // API key order, no "id", ignored fields dropped, relations as SyncIDs, no "_syncId".
    JsonObject data;
    // The values of directus-sync's ignored fields (CollectionDescriptor::ignoredFields) as the
    // instance returned them, only those present, relations as raw ids: shown greyed on
    // request, never compared, dumped or pushed. Always empty for items read from a dump.
    // Not part of ==: an item is the same whether or not they were kept.
    JsonObject ignored;
    bool tracked = false; // has a mapping row (instance) or a "_syncId" (dump)
    SyncIdOrigin origin = SyncIdOrigin::None;
    QList<UnmappableReference> unmappable;

    bool operator==(const SyncItem &other) const
    {
        return syncId == other.syncId && localId == other.localId && data == other.data &&
               tracked == other.tracked && origin == other.origin && unmappable == other.unmappable;
    }
    bool operator!=(const SyncItem &other) const { return !(*this == other); }
};

} // namespace syncstudio
