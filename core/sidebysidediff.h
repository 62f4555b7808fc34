#pragma once

#include "collectiondescriptor.h"
#include "jsonvalue.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace syncstudio {

// A range of changed characters inside one line, in UTF-16 code units (QString positions).
struct TextRange
{
    int start = 0;
    int length = 0;

    bool operator==(const TextRange &other) const
    {
        return start == other.start && length == other.length;
    }
};

// One aligned row of a side-by-side diff. A side without a line (LeftOnly / RightOnly) holds an
// empty string there: the view draws a filler row.
struct SideBySideRow
{
    enum class Kind {
        Equal,     // same line on both sides
        Changed,   // a line on each side that differ; the ranges say which words
        LeftOnly,  // a line only on the left (source) side
        RightOnly, // a line only on the right (target) side
        Folded,    // `folded` identical lines hidden; both texts are empty
        // A field directus-sync ignores (SideBySideExtras): shown greyed, never a change. A
        // side without it holds an empty string.
        Ignored,
    };

    Kind kind = Kind::Equal;
    // 0-based line of each side's printed text shown in this row; -1 for a filler (and for
    // both sides of a folded row).
    int leftLine = -1;
    int rightLine = -1;
    QString left;
    QString right;
    QList<TextRange> leftRanges;
    QList<TextRange> rightRanges;
    int folded = 0;
    // Beside a relation value written as a SyncID: the referenced item on the same side,
    // "Editor (roles)"; empty when there is no relation here or the item is unknown.
    QString leftNote;
    QString rightNote;
};

struct SideBySideOptions
{
    // Runs of more than this many identical lines are folded (0 disables folding). A document
    // without any difference is never folded.
    int foldThreshold = 6;
    // Identical lines kept visible next to a change on either side of a folded run.
    int context = 2;
};

// Looks up the display name of an item of one side by collection and SyncID; empty: unknown.
using ItemLabeler = std::function<QString(const QString &collection, const QString &syncId)>;

// What a diff shows besides the compared values. None of it changes the rows of the compared
// values or the changes: ignored fields are extra rows of their own kind, labels are notes.
struct SideBySideExtras
{
    // directus-sync's ignored fields of each side (nullptr: none to show, e.g. a dump), shown
    // as Ignored rows before the closing brace of the item, aligned by key.
    const JsonObject *leftIgnored = nullptr;
    const JsonObject *rightIgnored = nullptr;
    // The relation fields of the item's collection, and each side's item names: a string value
    // at a relation path (or each string of an array there) gets the name as a note.
    QList<RelationField> relations;
    ItemLabeler leftLabels;
    ItemLabeler rightLabels;
};

// The side-by-side diff of two JSON documents (or two texts), computed with a real diff
// algorithm (Myers/Wu O(NP) via dtl) on lines, then on words inside each changed line pair.
// A plain value: compute it on any thread, hand it to a view that only renders it.
class SideBySideDiff final
{
public:
    // Prints both values with the same key order (the left's order, then right-only keys, at
    // every depth) and diffs the printed texts. An absent side (nullopt) has no lines.
    static SideBySideDiff compute(const std::optional<JsonValue> &left,
                                  const std::optional<JsonValue> &right,
                                  const SideBySideOptions &options = {},
                                  const SideBySideExtras &extras = {});
    static SideBySideDiff computeLines(const QStringList &left, const QStringList &right,
                                       const SideBySideOptions &options = {});

    // Copies of the two values with their object keys in one shared order.
    static std::pair<JsonValue, JsonValue> alignKeyOrder(const JsonValue &left,
                                                         const JsonValue &right);
    // Changed-word ranges of two lines (tokens: words, runs of spaces, single punctuation).
    static std::pair<QList<TextRange>, QList<TextRange>> wordRanges(const QString &left,
                                                                    const QString &right);
    static QStringList printLines(const JsonValue &value);
    // For each line of printLines(value): the object keys leading to the string value on that
    // line, joined with "." ("roles.role"; array indices skipped, as in RelationField), and
    // that string; both empty for a line without a string value.
    static QList<std::pair<QString, QString>> lineStrings(const JsonValue &value);

    const QList<SideBySideRow> &rows() const { return m_rows; }
    // Number of changes: maximal runs of non-equal (and non-folded) rows.
    int changeCount() const;
    // First row of each change, ascending.
    QList<int> changeStarts() const;
    bool isIdentical() const { return changeCount() == 0; }

private:
    void fold(const SideBySideOptions &options);
    void insertIgnored(const JsonObject *left, const JsonObject *right);
    void addNotes(const JsonValue *left, const JsonValue *right, const SideBySideExtras &extras);

    QList<SideBySideRow> m_rows;
};

} // namespace syncstudio
