#pragma once

#include "jsonvalue.h"

#include <QList>
#include <QString>
#include <QStringList>

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
    };

    Kind kind = Kind::Equal;
    QString left;
    QString right;
    QList<TextRange> leftRanges;
    QList<TextRange> rightRanges;
    int folded = 0;
};

struct SideBySideOptions
{
    // Runs of more than this many identical lines are folded (0 disables folding). A document
    // without any difference is never folded.
    int foldThreshold = 6;
    // Identical lines kept visible next to a change on either side of a folded run.
    int context = 2;
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
                                  const SideBySideOptions &options = {});
    static SideBySideDiff computeLines(const QStringList &left, const QStringList &right,
                                       const SideBySideOptions &options = {});

    // Copies of the two values with their object keys in one shared order.
    static std::pair<JsonValue, JsonValue> alignKeyOrder(const JsonValue &left,
                                                         const JsonValue &right);
    // Changed-word ranges of two lines (tokens: words, runs of spaces, single punctuation).
    static std::pair<QList<TextRange>, QList<TextRange>> wordRanges(const QString &left,
                                                                    const QString &right);
    static QStringList printLines(const JsonValue &value);

    const QList<SideBySideRow> &rows() const { return m_rows; }
    // Number of changes: maximal runs of non-equal (and non-folded) rows.
    int changeCount() const;
    // First row of each change, ascending.
    QList<int> changeStarts() const;
    bool isIdentical() const { return changeCount() == 0; }

private:
    void fold(const SideBySideOptions &options);

    QList<SideBySideRow> m_rows;
};

} // namespace syncstudio
