#pragma once

#include "apirequest.h"
#include "idmaprow.h"
#include "itemref.h"
#include "jsonvalue.h"
#include "placeholdercontext.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace syncstudio {

// What the user picked to push (CLI: --select / --all and the flags).
struct PushSelection
{
    // Every source-only and changed item, and the schema without its deletes. Never deletes.
    bool all = false;
    // "collection/syncId" items; "schema/<collection>" picks a collection's schema changes.
    QList<ItemRef> items;
    bool withDependencies = false;
    bool allowDelete = false;
    QStringList preserveIds; // --preserve-ids: collection names, "*" or "all"
    bool force = false;      // apply the schema although the Directus versions differ
    // Creating an item whose natural key must be unique on the target (a permission's
    // policy+collection+action, a translation's key+language) while an untracked one exists:
    // adopt that one (mapping row + update), or replace it (a delete, so it needs allowDelete).
    enum class Duplicates { Adopt, Replace };
    Duplicates duplicates = Duplicates::Adopt;
    QString confirm; // --confirm: the protected target's name, typed by the user

    static PushSelection everything()
    {
        PushSelection selection;
        selection.all = true;
        return selection;
    }
};

// What the planner knows about the target besides the comparison.
struct PushTarget
{
    QString name; // as shown to the user; what --confirm must repeat for a protected target
    bool isProtected = false;
    QList<IdMapRow> mappingRows; // every table, as read with the comparison
    PlaceholderContext placeholders;
    // Raw target items (API JSON with local ids) by collection and local id, read just before
    // planning; needed where a request names rows the normalised data hides (the ids of a
    // policy's access rows).
    QHash<QString, QHash<QString, JsonObject>> raw;
    // Rows of the target-only collections a push may drop (read only when deletes are allowed),
    // so the warning can say how much data goes with them.
    QHash<QString, int> rowCounts;
};

// A value in a request that only the answer of an earlier step provides, such as the id
// Directus gives a created item. Shown (and stored in the body) as "<step 3 · id>".
struct StepReference
{
    int step = 0;                         // 1-based number of the step that answers it
    QString field = QStringLiteral("id"); // the answer's data.<field>
    QString text() const { return QStringLiteral("<step %1 · %2>").arg(step).arg(field); }
};

struct PlanStep
{
    enum class Kind {
        SchemaApply,   // POST /schema/apply {hash, diff}
        Create,        // POST (settings: PATCH) the item
        Update,        // PATCH the changed fields
        Link,          // PATCH a relation set after its target was created (flow.operation)
        Nullify,       // PATCH /operations {keys, data}: frees a unique resolve / reject
        Delete,        // DELETE the item
        CreateMapping, // POST a directus_sync_id_map row
        DeleteMapping, // DELETE a directus_sync_id_map row
    };

    int number = 0; // 1-based
    Kind kind = Kind::Create;
    ItemRef item;       // collection + source SyncID ("schema" for schema steps)
    QString localId;    // the target's id when known before the step runs
    QString name;       // display name of the item
    QString summary;    // translated one-liner: "Create flow \"On publish\" (operation set later)"
    ApiRequest request; // path and body may hold StepReference texts
    std::optional<JsonValue> body; // the request body as a value (references as their text)
    QList<StepReference> references;

    bool isWrite() const { return request.method != "GET"; }
    // "POST /flows {...}" with references shown as they are.
    QString describe() const;
};

// An existing target item the plan changes or deletes: re-read before the first write and
// compared with what the comparison saw (drift), and saved in the backup.
struct TouchedItem
{
    ItemRef item; // collection + SyncID
    QString localId;
    JsonObject expected; // normalised target data as compared (Comparer::comparable)
    bool hadMappingRow = true;
    bool deleted = false;
};

struct PushPlan
{
    Q_DECLARE_TR_FUNCTIONS(PushPlan)

public:
    QList<PlanStep> steps;
    QList<ItemRef> created;     // items the plan creates on the target (source SyncIDs)
    QList<TouchedItem> touched; // existing target items it changes or deletes
    QStringList warnings;       // translated; deletes, protected target, adopted duplicates…
    QStringList errors;         // translated; any error blocks the apply
    std::optional<JsonValue> schemaApply; // {hash, diff} as sent, filtered to the selection
    int deleteCount = 0;
    bool needsConfirmation = false;

    bool canApply() const { return errors.isEmpty(); }
    bool isEmpty() const { return steps.isEmpty(); }
    // Human-readable plan: one numbered line per step with its exact request.
    QString describe() const;
};

} // namespace syncstudio

Q_DECLARE_METATYPE(syncstudio::PushPlan)
