#pragma once

#include "collectiondata.h"
#include "collectiondescriptor.h"
#include "idmapindex.h"
#include "idmaprow.h"
#include "jsonvalue.h"
#include "placeholdercontext.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace syncstudio {

struct NormalizerOptions
{
    // Collections given to --preserve-ids ("*" or "all": every eligible one). Names that are
    // not eligible are ignored; flows and folders are always preserved anyway.
    QStringList preserveIds;
    // Keep the values of directus-sync's ignored fields in SyncItem::ignored (View ▸ Show
    // Ignored Fields); off by default, as they cost memory at scale and change no result.
    bool keepIgnored = false;
};

// Turns the raw items an instance's REST API returns into the items `directus-sync pull`
// (3.4.1) would write, without writing anything (no mapping rows are created), and maps
// normalised items back to an instance's local ids for push.
//
// A Normalizer describes ONE instance: its mapping rows (all tables, since relations point
// into other tables) and its placeholder facts.
class Normalizer final
{
    Q_DECLARE_TR_FUNCTIONS(Normalizer)

public:
    // A relation whose SyncID has no local id on the instance yet; directus-sync would defer
    // the item to its next push iteration.
    struct UnresolvedReference
    {
        QString path;             // "roles[0].role"
        QString targetCollection; // "roles"
        JsonValue syncId;         // the value as found in the item
    };
    struct LocalItem
    {
        JsonObject data; // relations as local ids (text, as the extension stores them)
        QList<UnresolvedReference> unresolved;
        QStringList errors; // values directus-sync cannot map at all (it would throw)
        bool isComplete() const { return unresolved.isEmpty() && errors.isEmpty(); }
    };

    Normalizer(const QList<IdMapRow> &mappingRows, const PlaceholderContext &context,
               const NormalizerOptions &options = {});

    // Pull: rawItems maps collection names to the JSON arrays the API returned (API order and
    // key order; settings' object wrapped in an array). Only the collections given are pulled,
    // as with `-o`: relations to untracked items of a collection that is not given keep their
    // raw id. Unknown names are ignored. The result is in processing order. The raw items are
    // taken over and released item by item (pass them with std::move to avoid holding both).
    QList<CollectionData> normalize(QMap<QString, JsonArray> rawItems) const;
    // The same, with the raw items loaded on demand: load(collection, last) is called twice
    // per collection, in processing order — first for the SyncIDs of all collections (the list
    // is only read and then let go), then (last = true) to map it. Loading the same list twice
    // lets a caller keep the compact answers and parse one collection at a time. A load that
    // fails (std::nullopt, or a list shorter than the first time) stops with *error set.
    using RawLoader = std::function<std::optional<JsonArray>(const QString &collection, bool last)>;
    QList<CollectionData> normalize(const QStringList &collections, const RawLoader &load,
                                    QString *error) const;

    // Pull's schema step: drops directus_sync_id_map from collections / fields / relations and
    // makes the three keys arrays (a missing one is appended as []).
    static JsonValue normalizeSchemaSnapshot(const JsonValue &snapshot);

    bool preservesIds(const CollectionDescriptor &descriptor) const;

    // Push: the item's relations as this instance's local ids. Values whose trimmed text starts
    // with "{{" are kept; placeholders without a mapping row resolve through the context, as
    // directus-sync's getBySyncId overrides do.
    LocalItem toLocal(const QString &collection, const JsonObject &data) const;
    // The local id of an item of this instance from its SyncID; empty when unknown.
    QString localIdFor(const QString &collection, const QString &syncId) const;

    const IdMapIndex &index() const { return m_index; }
    const PlaceholderContext &context() const { return m_context; }

private:
    QString proposedSyncId(const CollectionDescriptor &descriptor, const QString &localId) const;
    QString placeholderLocalId(const CollectionDescriptor &descriptor, const QString &syncId) const;

    IdMapIndex m_index;
    PlaceholderContext m_context;
    NormalizerOptions m_options;
};

} // namespace syncstudio
