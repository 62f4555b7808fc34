#pragma once

#include "jsonvalue.h"
#include "syncitem.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <functional>
#include <utility>

namespace syncstudio {

enum class IdKind { Integer, Uuid };

// How an untracked item gets a fixed SyncID on pull instead of a random one.
enum class PlaceholderKind {
    AdminRole,    // the role of the connected user (GET /users/me?fields=role)
    AdminPolicy,  // the first policy with admin_access attached to that role
    PublicPolicy, // the first policy with a public-looking access row
    Singleton,    // any item of the collection (settings)
};

struct PlaceholderRule
{
    QString syncId; // "_sync_default_admin_role"
    PlaceholderKind kind = PlaceholderKind::Singleton;
};

// A field holding ids of another tracked collection, translated local id <-> SyncID.
struct RelationField
{
    // Path of object keys from the item root: {"flow"}, {"options", "flow"}, {"roles", "role"}.
    // An array met anywhere on the path is mapped element by element, as directus-sync does.
    QStringList path;
    QString targetCollection;
    // True when the target must exist on an instance before the item can be created there.
    // flows.operation is the one exception: directus-sync creates flows with operation null and
    // sets it by an update once the operation exists (it breaks the flow <-> operation cycle).
    bool dependency = true;

    QString pathText() const { return path.join(QLatin1Char('.')); }
    // The non-null scalar values found at this path in an item, each with its concrete path
    // ("roles[1].role"); arrays met on the way are walked element by element.
    QList<std::pair<QString, JsonValue>> valuesIn(const JsonObject &item) const;
};

// A top-level array of objects that directus-sync's push treats as a set keyed by one field:
// policies' "roles" access rows are updated as an O2M {create, update, delete} keyed by "role"
// (PoliciesDataClient.getRolesDiff), so their order never matters and rows whose key is null
// (public / user access rows) are never created, updated or deleted by an update.
struct KeyedArray
{
    QString field;    // "roles"
    QString keyField; // "role"
};

// Everything directus-sync 3.4.1 does differently per tracked collection, read from its
// dist/lib/services/collections/<name>/ files. All collection-specific behaviour of the app is
// driven by this table; code elsewhere must not test collection names.
class CollectionDescriptor final
{
    Q_DECLARE_TR_FUNCTIONS(CollectionDescriptor)

public:
    // Looks up a display value for a relation (e.g. a policy SyncID -> the policy name); an
    // empty result falls back to the raw value.
    using RelationResolver =
        std::function<QString(const QString &targetCollection, const QString &value)>;

    // The 11 collections in directus-sync's processing order (loader.ts): settings, folders,
    // translations, flows, operations, roles, policies, permissions, dashboards, panels, presets.
    static const QList<CollectionDescriptor> &all();
    static const CollectionDescriptor *find(const QString &name);
    static QStringList names();

    QString name() const { return m_name; }
    // Dump file name in collections/: "<name>.json".
    QString fileName() const { return m_name + QStringLiteral(".json"); }
    // Table name in directus_sync_id_map (also what `helpers untrack --collection` takes).
    QString mappingTable() const { return m_mappingTable; }
    // REST endpoint of the list (settings: the singleton object).
    QString restPath() const { return m_restPath; }
    // The query parameters @directus/sdk 19 sends for `pull`, decoded, in the SDK's order:
    // fields, filter, …, limit. Percent-encode the values when building the URL.
    const QList<std::pair<QString, QString>> &queryItems() const { return m_queryItems; }
    QUrlQuery urlQuery() const;

    const QStringList &ignoredFields() const { return m_ignoredFields; }
    const QList<RelationField> &relations() const { return m_relations; }
    // The relations an item needs on the target before it can be created there.
    QList<RelationField> dependencies() const;

    IdKind idKind() const { return m_idKind; }
    // Pull uses the item's own id as SyncID (flows, folders: webhook URLs and file folders).
    bool alwaysPreservesIds() const { return m_alwaysPreservesIds; }
    // Accepted by --preserve-ids (the UUID collections that are not always preserved).
    bool idsPreservable() const { return m_idsPreservable; }
    bool isSingleton() const { return m_singleton; }
    // False for settings: directus-sync never deletes it.
    bool deleteEnabled() const { return m_deleteEnabled; }
    // Items whose id is falsy are not real rows and are dropped (settings without a row,
    // Directus's static admin permissions).
    bool dropsItemsWithoutId() const { return m_dropsItemsWithoutId; }
    // Items where this field is set are not tracked (presets: only global and role presets,
    // the API query's filter {"user":{"_null":true}}). Empty: none.
    QString requiredNullField() const { return m_requiredNullField; }
    const QList<PlaceholderRule> &placeholders() const { return m_placeholders; }

    // Arrays compared as sets and updated as keyed O2M alterations (see KeyedArray).
    const QList<KeyedArray> &keyedArrays() const { return m_keyedArrays; }
    const KeyedArray *keyedArray(const QString &field) const;
    // Fields that must be sent in separate updates, in this order, when they change together
    // (translations: key first, then language, else Directus refuses the "duplicate key and
    // language combination").
    const QStringList &splitUpdateFields() const { return m_splitUpdateFields; }
    // Relation fields whose value must be unique across the collection (operations' resolve /
    // reject): before setting one, other items pointing at the same value are set to null.
    const QStringList &uniqueRelationFields() const { return m_uniqueRelationFields; }
    // True when the target must not get two items with the same natural key (permissions:
    // directus-sync deletes same policy+collection+action rows before creating; translations:
    // Directus refuses a duplicate key+language). Creating such an item where an untracked
    // one exists adopts (or replaces) that one instead.
    bool uniqueNaturalKey() const { return m_uniqueNaturalKey; }
    // The item path of one item ("/flows/<id>"); singletons have none ("/settings").
    QString itemPath(const QString &localId) const;

    // Fields joined with "-" as directus-sync's sort function builds its localeCompare key; the
    // entry "_syncId" stands for the item's SyncID. Ties keep the input order (stable sort).
    const QStringList &sortFields() const { return m_sortFields; }
    QString sortKey(const JsonObject &data, const QString &syncId) const;

    // Fields that identify "the same thing" on two instances when one side is untracked (used
    // to suggest a counterpart). "$id" stands for the item's own id (local id, or the SyncID of
    // a dump item, equal to the id for always-preserved collections). Empty for singletons.
    const QStringList &naturalKeyFields() const { return m_naturalKeyFields; }
    // The natural key as one string (components separated by U+001F); empty when a component
    // is missing or null. Singletons give their collection name: there is only one.
    QString naturalKey(const SyncItem &item) const;

    // Alternatives of fields for a human label; the first alternative whose fields are all
    // non-empty wins, its values joined with " · ".
    const QList<QStringList> &displayFieldAlternatives() const { return m_displayAlternatives; }
    QString displayName(const SyncItem &item, const RelationResolver &resolver = {}) const;

private:
    CollectionDescriptor() = default;

    QString m_name;
    QString m_mappingTable;
    QString m_restPath;
    QList<std::pair<QString, QString>> m_queryItems;
    QStringList m_ignoredFields;
    QList<RelationField> m_relations;
    IdKind m_idKind = IdKind::Uuid;
    bool m_alwaysPreservesIds = false;
    bool m_idsPreservable = false;
    bool m_singleton = false;
    bool m_deleteEnabled = true;
    bool m_dropsItemsWithoutId = false;
    QString m_requiredNullField;
    QList<PlaceholderRule> m_placeholders;
    QList<KeyedArray> m_keyedArrays;
    QStringList m_splitUpdateFields;
    QStringList m_uniqueRelationFields;
    bool m_uniqueNaturalKey = false;
    QStringList m_sortFields;
    QStringList m_naturalKeyFields;
    QList<QStringList> m_displayAlternatives;
};

} // namespace syncstudio
