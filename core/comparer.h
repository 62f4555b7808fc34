#pragma once

#include "collectiondescriptor.h"
#include "compareresult.h"
#include "configsnapshot.h"
#include "jsonvalue.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace syncstudio {

struct CompareOptions
{
    QString left; // the sides as given, copied into the result
    QString right;
    // Restrict the item comparison to these collections (empty: every collection present on
    // both sides). A collection missing from either side is never compared.
    QStringList collections;
    bool schema = true;
    // For an instance target the schema rows come from its POST /schema/diff answer rather
    // than from comparing the two snapshots: set this and serverSchemaDiff to the answer's
    // "data" ({hash, diff}); nullopt means the server reported no changes.
    bool useServerSchemaDiff = false;
    std::optional<JsonValue> serverSchemaDiff;
};

// Compares two sides item by item, as a pure function: the source (left) is what would be
// pushed, the target (right) what would receive it. Items match by SyncID; placeholder and
// preserved-id SyncIDs of untracked items match by rule (the SyncID a pull would give them).
// Differences follow directus-sync 3.4.1's diff (deep-object-diff of the normalised items)
// with its false positives removed: ignored fields are ignored on both sides, keyed arrays
// (policies' access rows) are compared as sets without their null-key rows, which its push
// never touches, and top-level keys a push cannot change (absent from the source, or absent
// from a target of another Directus version) are not differences.
class Comparer final
{
    Q_DECLARE_TR_FUNCTIONS(Comparer)

public:
    static CompareResult compare(const ConfigSnapshot &source, const ConfigSnapshot &target,
                                 const CompareOptions &options = {});

    // The item as compared and pushed: ignored fields dropped (API key and array order kept).
    static JsonObject comparable(const CollectionDescriptor &descriptor, const JsonObject &data);
    // The form differences are computed on: comparable(), with keyed arrays sorted by their key
    // and without their null-key rows. Field paths into keyed arrays index this form.
    static JsonObject canonical(const CollectionDescriptor &descriptor, const JsonObject &data);
    // Field differences between two comparable items, in source key order (then target-only
    // keys). sameVersion false: top-level keys absent on the target are not differences.
    static QList<FieldChange> diffItems(const JsonObject &source, const JsonObject &target,
                                        bool sameVersion = true);
    // deep-object-diff's equality: like JsonValue ==, but an empty array equals an empty object.
    static bool sameValue(const JsonValue &a, const JsonValue &b);

    // Rows from a POST /schema/diff answer's data ({hash, diff: {collections, fields,
    // relations}}); an absent / null answer gives none.
    static QList<SchemaComparison> schemaRowsFromDiff(const std::optional<JsonValue> &answer,
                                                      bool versionsDiffer);
    // Rows from comparing two snapshot objects (folder targets).
    static QList<SchemaComparison> compareSchemas(const JsonValue &source, const JsonValue &target,
                                                  bool versionsDiffer);
};

} // namespace syncstudio
