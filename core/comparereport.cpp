#include "comparereport.h"

#include "collectiondescriptor.h"
#include "jsonwriter.h"

namespace syncstudio {

namespace {

QString schemaKindName(SchemaKind kind)
{
    switch (kind) {
    case SchemaKind::Collection:
        return QStringLiteral("collection");
    case SchemaKind::Field:
        return QStringLiteral("field");
    case SchemaKind::Relation:
        return QStringLiteral("relation");
    }
    return {};
}

QString sideName(CompareSide side)
{
    switch (side) {
    case CompareSide::Source:
        return QStringLiteral("source");
    case CompareSide::Target:
        return QStringLiteral("target");
    case CompareSide::Both:
        break;
    }
    return QStringLiteral("both");
}

// "(absent)" for a missing key, otherwise compact JSON shortened for one line.
QString shortValue(const std::optional<JsonValue> &value)
{
    if (!value)
        return CompareReport::tr("(absent)");
    QString text = QString::fromUtf8(JsonWriter::stringify(*value, 0));
    if (text.size() > 60)
        text = text.left(57) + QStringLiteral("…");
    return text;
}

// One entry of "items".
JsonObject itemObject(const ItemComparison &item)
{
    JsonObject o;
    o.insert(QStringLiteral("collection"), item.collection);
    o.insert(QStringLiteral("syncId"),
             item.syncId.isEmpty() ? JsonValue() : JsonValue(item.syncId));
    const bool oneSided =
        item.status == ItemStatus::Untracked || item.status == ItemStatus::Dangling;
    if (oneSided) {
        o.insert(QStringLiteral("localId"), item.localId);
        o.insert(QStringLiteral("side"), sideName(item.side));
    }
    o.insert(QStringLiteral("status"), itemStatusName(item.status));
    o.insert(QStringLiteral("name"), item.name);
    if (item.status == ItemStatus::Changed) {
        JsonArray fields;
        for (const FieldChange &change : item.fields) {
            JsonObject f;
            f.insert(QStringLiteral("path"), change.path);
            // An absent key is omitted, so "null" and "absent" stay distinguishable.
            if (change.source)
                f.insert(QStringLiteral("source"), *change.source);
            if (change.target)
                f.insert(QStringLiteral("target"), *change.target);
            fields.append(f);
        }
        o.insert(QStringLiteral("fields"), fields);
    }
    if (item.status == ItemStatus::Untracked && !item.counterpartSyncId.isEmpty())
        o.insert(QStringLiteral("counterpartSyncId"), item.counterpartSyncId);
    return o;
}

} // namespace

QByteArray CompareReport::toJson(const CompareResult &result, bool onlyChanged)
{
    QByteArray text;
    writeJson(result, onlyChanged, [&text](const QByteArray &chunk) { text += chunk; });
    return text;
}

void CompareReport::writeJson(const CompareResult &result, bool onlyChanged,
                              const std::function<void(const QByteArray &)> &write)
{
    // Everything but the items as one document with "items": [] in their place; the items are
    // written one by one into that place, each indented to its depth (JSON.stringify breaks
    // lines only between tokens, never inside a string). Neither a tree of the whole report
    // nor its whole text exists at once (issue 7: peak RSS at scale 5).
    JsonObject root;
    root.insert(QStringLiteral("left"), result.left);
    root.insert(QStringLiteral("right"), result.right);
    root.insert(QStringLiteral("items"), JsonArray());
    JsonArray schema;
    for (const SchemaComparison &entry : result.schema) {
        JsonObject o;
        o.insert(QStringLiteral("kind"), schemaKindName(entry.kind));
        o.insert(QStringLiteral("collection"), entry.collection);
        if (entry.kind != SchemaKind::Collection)
            o.insert(QStringLiteral("field"), entry.field);
        o.insert(QStringLiteral("status"), itemStatusName(entry.status));
        if (entry.versionOnly)
            o.insert(QStringLiteral("versionOnly"), true);
        schema.append(o);
    }
    root.insert(QStringLiteral("schema"), schema);
    if (!result.warnings.isEmpty()) {
        JsonArray warnings;
        for (const QString &w : result.warnings)
            warnings.append(w);
        root.insert(QStringLiteral("warnings"), warnings);
    }
    const QByteArray text = JsonWriter::stringify(root, 2) + '\n';
    // The first match is ours: "left" and "right" before it are one-line strings.
    const QByteArray empty = QByteArrayLiteral("\n  \"items\": []");
    const qsizetype at = text.indexOf(empty);
    Q_ASSERT(at >= 0);
    QByteArray chunk = text.left(at + empty.size() - 2);
    bool first = true;
    for (const ItemComparison &item : result.items) {
        if (onlyChanged && item.status == ItemStatus::Identical)
            continue;
        chunk += first ? QByteArrayLiteral("[\n    ") : QByteArrayLiteral(",\n    ");
        first = false;
        chunk += JsonWriter::stringify(itemObject(item), 2)
                     .replace(QByteArrayView("\n"), QByteArrayView("\n    "));
        if (chunk.size() >= 64 * 1024) {
            write(chunk);
            chunk.clear();
        }
    }
    chunk += first ? QByteArrayLiteral("[]") : QByteArrayLiteral("\n  ]");
    chunk += QByteArrayView(text).sliced(at + empty.size());
    write(chunk);
}

QString CompareReport::toText(const CompareResult &result, bool onlyChanged)
{
    QString out;
    out += tr("Comparing %1 (source) with %2 (target)").arg(result.left, result.right) +
           QLatin1Char('\n');
    for (const QString &collection : CollectionDescriptor::names()) {
        QList<const ItemComparison *> items;
        for (const ItemComparison &item : result.items)
            if (item.collection == collection &&
                (!onlyChanged || item.status != ItemStatus::Identical))
                items.append(&item);
        const int identical = result.count(collection, ItemStatus::Identical);
        if (items.isEmpty() && identical == 0)
            continue;
        out += QLatin1Char('\n') + collection + QLatin1Char(' ') +
               tr("(%1 identical)").arg(identical) + QLatin1Char('\n');
        for (const ItemComparison *item : std::as_const(items)) {
            if (item->status == ItemStatus::Identical)
                continue;
            out +=
                QStringLiteral("  %1  %2").arg(itemStatusName(item->status), -12).arg(item->name);
            if (item->status == ItemStatus::Untracked || item->status == ItemStatus::Dangling)
                out += QStringLiteral("  [%1 %2]").arg(sideName(item->side), item->localId);
            else
                out += QStringLiteral("  [%1]").arg(item->syncId);
            out += QLatin1Char('\n');
            for (const FieldChange &change : item->fields)
                out += QStringLiteral("      %1: %2 → %3\n")
                           .arg(change.path, shortValue(change.source), shortValue(change.target));
        }
    }
    if (result.schemaCompared) {
        out += QLatin1Char('\n') + tr("schema") + QLatin1Char('\n');
        if (result.schema.isEmpty())
            out += QStringLiteral("  ") + tr("no differences") + QLatin1Char('\n');
        for (const SchemaComparison &entry : result.schema)
            out +=
                QStringLiteral("  %1  %2 %3%4\n")
                    .arg(itemStatusName(entry.status), -12)
                    .arg(schemaKindName(entry.kind),
                         entry.kind == SchemaKind::Collection
                             ? entry.collection
                             : entry.collection + QLatin1Char('.') + entry.field,
                         entry.versionOnly ? QStringLiteral("  ") +
                                                 tr("(only because the Directus versions differ)")
                                           : QString());
    }
    for (const QString &warning : result.warnings)
        out += tr("warning: %1").arg(warning) + QLatin1Char('\n');
    const int differing = int(result.items.size()) - result.count(ItemStatus::Identical);
    out += QLatin1Char('\n') +
           tr("%1 items compared, %2 differ, %3 schema differences.")
               .arg(result.items.size())
               .arg(differing)
               .arg(result.schema.size()) +
           QLatin1Char('\n');
    return out;
}

} // namespace syncstudio
