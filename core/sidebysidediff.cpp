#include "sidebysidediff.h"
#include "jsonwriter.h"

#include <QHash>

#include <dtl/dtl.hpp>

#include <vector>

namespace syncstudio {

namespace {

// Maps strings to small integers so dtl compares ints, not strings.
class Interner final
{
public:
    int id(const QString &text)
    {
        const auto it = m_ids.constFind(text);
        if (it != m_ids.cend())
            return *it;
        const int next = int(m_ids.size());
        m_ids.insert(text, next);
        return next;
    }

private:
    QHash<QString, int> m_ids;
};

enum class Op { Common, Delete, Add };

// The edit script of two int sequences, in order (Myers/Wu O(NP) from dtl).
std::vector<Op> editScript(const std::vector<int> &a, const std::vector<int> &b)
{
    std::vector<Op> ops;
    if (a.empty() || b.empty()) {
        ops.insert(ops.end(), a.size(), Op::Delete);
        ops.insert(ops.end(), b.size(), Op::Add);
        return ops;
    }
    dtl::Diff<int> diff(a, b);
    diff.compose();
    const auto sequence = diff.getSes().getSequence();
    ops.reserve(sequence.size());
    for (const auto &entry : sequence) {
        switch (entry.second.type) {
        case dtl::SES_COMMON:
            ops.push_back(Op::Common);
            break;
        case dtl::SES_DELETE:
            ops.push_back(Op::Delete);
            break;
        case dtl::SES_ADD:
            ops.push_back(Op::Add);
            break;
        }
    }
    return ops;
}

int indentOf(const QString &line)
{
    int n = 0;
    while (n < line.size() && line.at(n) == u' ')
        ++n;
    return n;
}

// A block inserted (or deleted) between repeated lines has several equally short positions:
// in an array of objects the diff may pick `"id": 5, … }, {` where a reader sees `{ … },`.
// Each pure insertion or deletion is slid to the position whose first line is least indented
// and opens rather than closes (the start of a whole element), keeping the diff's own position
// on a tie.
void slideHunks(std::vector<Op> &ops, const QStringList &left, const QStringList &right)
{
    const qsizetype count = qsizetype(ops.size());
    qsizetype p = 0;
    qsizetype i = 0; // left line at ops[p]
    qsizetype j = 0; // right line at ops[p]
    while (p < count) {
        if (ops[size_t(p)] == Op::Common) {
            ++p, ++i, ++j;
            continue;
        }
        qsizetype end = p;
        while (end < count && ops[size_t(end)] == ops[size_t(p)])
            ++end;
        const bool isAdd = ops[size_t(p)] == Op::Add;
        const bool pure = end == count || ops[size_t(end)] == Op::Common;
        const qsizetype k = end - p;
        if (!pure || (p > 0 && ops[size_t(p - 1)] != Op::Common)) {
            for (qsizetype q = p; q < end; ++q)
                (ops[size_t(q)] == Op::Add ? j : i)++;
            p = end;
            continue;
        }
        const QStringList &lines = isAdd ? right : left;
        const qsizetype start = isAdd ? j : i; // first line of the block on its side
        // The block can move up while the line before it equals its last line, and down while
        // the line after it equals its first line (both sides hold those lines in common).
        qsizetype up = 0;
        while (start - up - 1 >= 0 && p - up - 1 >= 0 && ops[size_t(p - up - 1)] == Op::Common &&
               lines.at(start - up - 1) == lines.at(start - up - 1 + k))
            ++up;
        qsizetype down = 0;
        while (start + k + down < lines.size() && end + down < count &&
               ops[size_t(end + down)] == Op::Common &&
               lines.at(start + down) == lines.at(start + k + down))
            ++down;
        // Least indented first line wins; among those, one that does not close a bracket
        // ("}," then "{ … }" would cut two elements in half).
        const auto score = [&lines, start](qsizetype shift) {
            const QString &first = lines.at(start + shift);
            const int indent = indentOf(first);
            const bool closes =
                indent < first.size() && (first.at(indent) == u'}' || first.at(indent) == u']');
            return indent * 2 + (closes ? 1 : 0);
        };
        qsizetype best = 0;
        int bestScore = score(0);
        for (qsizetype shift = -up; shift <= down; ++shift) {
            if (score(shift) < bestScore) {
                best = shift;
                bestScore = score(shift);
            }
        }
        if (best != 0) {
            const Op op = ops[size_t(p)];
            std::fill(ops.begin() + p, ops.begin() + end, Op::Common);
            std::fill(ops.begin() + p + best, ops.begin() + end + best, op);
        }
        // Continue after the (possibly moved) block: the lines between its old and new start
        // are common on both sides.
        i += best;
        j += best;
        (isAdd ? j : i) += k;
        p += best + k;
    }
}

enum class TokenClass { Word, Space, Other };

TokenClass classOf(QChar c)
{
    // The zero-width joiner glues emoji sequences ("👩‍💻") into one character on screen.
    if (c.isLetterOrNumber() || c == u'_' || c.isSurrogate() || c.isMark() || c == u'\u200d')
        return TokenClass::Word;
    if (c.isSpace())
        return TokenClass::Space;
    return TokenClass::Other;
}

struct Token
{
    int start = 0;
    int length = 0;
};

// Words (letters, digits, '_', any non-BMP character, combining marks, ZWJ), runs of white space,
// and every other character on its own.
QList<Token> tokenize(const QString &text)
{
    QList<Token> tokens;
    int i = 0;
    const int size = int(text.size());
    while (i < size) {
        const TokenClass cls = classOf(text.at(i));
        int j = i + 1;
        if (cls != TokenClass::Other) {
            while (j < size && classOf(text.at(j)) == cls)
                ++j;
        }
        tokens.append({i, j - i});
        i = j;
    }
    return tokens;
}

void appendRange(QList<TextRange> &ranges, const Token &token)
{
    if (!ranges.isEmpty() && ranges.last().start + ranges.last().length == token.start)
        ranges.last().length += token.length;
    else
        ranges.append({token.start, token.length});
}

JsonValue reorderLike(const JsonValue &value, const JsonValue &model);

JsonObject reorderObject(const JsonObject &object, const JsonObject &model)
{
    QList<JsonObject::Entry> entries;
    entries.reserve(object.size());
    for (const auto &[key, modelValue] : model) {
        if (const JsonValue *own = object.find(key))
            entries.append({key, reorderLike(*own, modelValue)});
    }
    for (const auto &[key, own] : object) {
        if (!model.contains(key))
            entries.append({key, own});
    }
    return JsonObject::fromEntries(std::move(entries));
}

// `value` with the object keys of `model` first, in model's order, at every depth.
JsonValue reorderLike(const JsonValue &value, const JsonValue &model)
{
    if (value.isObject() && model.isObject())
        return reorderObject(value.toObject(), model.toObject());
    if (value.isArray() && model.isArray()) {
        const JsonArray &array = value.toArray();
        const JsonArray &modelArray = model.toArray();
        JsonArray result;
        result.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i)
            result.append(i < modelArray.size() ? reorderLike(array.at(i), modelArray.at(i))
                                                : array.at(i));
        return result;
    }
    return value;
}

using LineString = std::pair<QString, QString>;

// Mirrors JsonWriter's indented layout line by line (see lineStrings()).
void collectLineStrings(const JsonValue &value, QStringList &keys, QList<LineString> &out)
{
    if (value.isObject() && !value.toObject().isEmpty()) {
        out.append(LineString()); // "{"
        for (const auto &[key, member] : value.toObject()) {
            keys.append(key);
            collectLineStrings(member, keys, out);
            keys.removeLast();
        }
        out.append(LineString()); // "}"
    } else if (value.isArray() && !value.toArray().isEmpty()) {
        out.append(LineString()); // "["
        for (const JsonValue &element : value.toArray())
            collectLineStrings(element, keys, out);
        out.append(LineString()); // "]"
    } else if (value.isString()) {
        out.append(LineString(keys.join(u'.'), value.toString()));
    } else {
        out.append(LineString());
    }
}

} // namespace

QList<std::pair<QString, QString>> SideBySideDiff::lineStrings(const JsonValue &value)
{
    QList<std::pair<QString, QString>> out;
    QStringList keys;
    collectLineStrings(value, keys, out);
    return out;
}

QStringList SideBySideDiff::printLines(const JsonValue &value)
{
    return QString::fromUtf8(JsonWriter::stringify(value, 2)).split(u'\n');
}

std::pair<JsonValue, JsonValue> SideBySideDiff::alignKeyOrder(const JsonValue &left,
                                                              const JsonValue &right)
{
    // The left keeps its order; the right follows it, its own extra keys after the shared ones.
    return {left, reorderLike(right, left)};
}

std::pair<QList<TextRange>, QList<TextRange>> SideBySideDiff::wordRanges(const QString &left,
                                                                         const QString &right)
{
    const QList<Token> leftTokens = tokenize(left);
    const QList<Token> rightTokens = tokenize(right);
    Interner interner;
    std::vector<int> a;
    std::vector<int> b;
    a.reserve(size_t(leftTokens.size()));
    b.reserve(size_t(rightTokens.size()));
    for (const Token &token : leftTokens)
        a.push_back(interner.id(left.mid(token.start, token.length)));
    for (const Token &token : rightTokens)
        b.push_back(interner.id(right.mid(token.start, token.length)));

    std::pair<QList<TextRange>, QList<TextRange>> ranges;
    qsizetype i = 0;
    qsizetype j = 0;
    for (const Op op : editScript(a, b)) {
        switch (op) {
        case Op::Common:
            ++i;
            ++j;
            break;
        case Op::Delete:
            appendRange(ranges.first, leftTokens.at(i++));
            break;
        case Op::Add:
            appendRange(ranges.second, rightTokens.at(j++));
            break;
        }
    }
    return ranges;
}

SideBySideDiff SideBySideDiff::compute(const std::optional<JsonValue> &left,
                                       const std::optional<JsonValue> &right,
                                       const SideBySideOptions &options,
                                       const SideBySideExtras &extras)
{
    std::optional<JsonValue> l = left;
    std::optional<JsonValue> r = right;
    if (left && right)
        std::tie(l, r) = alignKeyOrder(*left, *right);
    SideBySideOptions noFold = options;
    noFold.foldThreshold = 0;
    SideBySideDiff diff = computeLines(l ? printLines(*l) : QStringList(),
                                       r ? printLines(*r) : QStringList(), noFold);
    // Extras go in before folding, which sees their rows as neither equal nor changed.
    diff.insertIgnored(l ? extras.leftIgnored : nullptr, r ? extras.rightIgnored : nullptr);
    diff.addNotes(l ? &*l : nullptr, r ? &*r : nullptr, extras);
    diff.fold(options);
    return diff;
}

void SideBySideDiff::insertIgnored(const JsonObject *left, const JsonObject *right)
{
    const bool hasLeft = left && !left->isEmpty();
    const bool hasRight = right && !right->isEmpty();
    if (!hasLeft && !hasRight)
        return;
    // Inside the item, before its closing brace: the last row of an object document.
    if (m_rows.isEmpty())
        return;
    const SideBySideRow &last = m_rows.last();
    if (last.left != QLatin1String("}") && last.right != QLatin1String("}"))
        return;
    // Aligned by key, not by a line diff: each field on the same rows on both sides (the
    // left's key order, then the right's own keys), printed without commas.
    const auto memberLines = [](const QString &key, const JsonValue &value) {
        const QStringList lines = printLines(JsonObject{{key, value}});
        return lines.mid(1, lines.size() - 2);
    };
    QStringList keys = hasLeft ? left->keys() : QStringList();
    if (hasRight) {
        for (const QString &key : right->keys()) {
            if (!keys.contains(key))
                keys.append(key);
        }
    }
    QList<SideBySideRow> rows;
    for (const QString &key : std::as_const(keys)) {
        const JsonValue *l = hasLeft ? left->find(key) : nullptr;
        const JsonValue *r = hasRight ? right->find(key) : nullptr;
        const QStringList leftLines = l ? memberLines(key, *l) : QStringList();
        const QStringList rightLines =
            r ? memberLines(key, l ? reorderLike(*r, *l) : *r) : QStringList();
        for (qsizetype k = 0; k < qMax(leftLines.size(), rightLines.size()); ++k) {
            SideBySideRow row;
            row.kind = SideBySideRow::Kind::Ignored;
            row.left = leftLines.value(k);
            row.right = rightLines.value(k);
            rows.append(std::move(row));
        }
    }
    m_rows.insert(m_rows.size() - 1, rows.size(), SideBySideRow());
    std::move(rows.begin(), rows.end(), m_rows.end() - 1 - rows.size());
}

void SideBySideDiff::addNotes(const JsonValue *left, const JsonValue *right,
                              const SideBySideExtras &extras)
{
    if (extras.relations.isEmpty())
        return;
    QHash<QString, QString> targets; // relation path -> target collection
    for (const RelationField &relation : extras.relations)
        targets.insert(relation.pathText(), relation.targetCollection);
    const auto notes = [&targets](const JsonValue *value, const ItemLabeler &labels) {
        QHash<int, QString> byLine;
        if (!value || !labels)
            return byLine;
        const QList<std::pair<QString, QString>> strings = lineStrings(*value);
        for (qsizetype line = 0; line < strings.size(); ++line) {
            const auto &[path, text] = strings.at(line);
            if (path.isEmpty())
                continue;
            const auto target = targets.constFind(path);
            if (target == targets.cend())
                continue;
            const QString name = labels(*target, text);
            if (!name.isEmpty())
                byLine.insert(int(line), name + u" ("_qs + *target + u')');
        }
        return byLine;
    };
    const QHash<int, QString> leftNotes = notes(left, extras.leftLabels);
    const QHash<int, QString> rightNotes = notes(right, extras.rightLabels);
    for (SideBySideRow &row : m_rows) {
        if (row.kind == SideBySideRow::Kind::Ignored)
            continue;
        if (row.leftLine >= 0)
            row.leftNote = leftNotes.value(row.leftLine);
        if (row.rightLine >= 0)
            row.rightNote = rightNotes.value(row.rightLine);
    }
}

SideBySideDiff SideBySideDiff::computeLines(const QStringList &left, const QStringList &right,
                                            const SideBySideOptions &options)
{
    Interner interner;
    std::vector<int> a;
    std::vector<int> b;
    a.reserve(size_t(left.size()));
    b.reserve(size_t(right.size()));
    for (const QString &line : left)
        a.push_back(interner.id(line));
    for (const QString &line : right)
        b.push_back(interner.id(line));

    SideBySideDiff diff;
    QList<qsizetype> deleted;
    QList<qsizetype> added;
    // A hunk's deleted and added lines pair up in order as changed rows; the rest stand alone.
    const auto flush = [&] {
        const qsizetype paired = qMin(deleted.size(), added.size());
        for (qsizetype k = 0; k < paired; ++k) {
            SideBySideRow row;
            row.kind = SideBySideRow::Kind::Changed;
            row.leftLine = int(deleted.at(k));
            row.rightLine = int(added.at(k));
            row.left = left.at(deleted.at(k));
            row.right = right.at(added.at(k));
            std::tie(row.leftRanges, row.rightRanges) = wordRanges(row.left, row.right);
            diff.m_rows.append(std::move(row));
        }
        for (qsizetype k = paired; k < deleted.size(); ++k) {
            SideBySideRow row;
            row.kind = SideBySideRow::Kind::LeftOnly;
            row.leftLine = int(deleted.at(k));
            row.left = left.at(deleted.at(k));
            diff.m_rows.append(std::move(row));
        }
        for (qsizetype k = paired; k < added.size(); ++k) {
            SideBySideRow row;
            row.kind = SideBySideRow::Kind::RightOnly;
            row.rightLine = int(added.at(k));
            row.right = right.at(added.at(k));
            diff.m_rows.append(std::move(row));
        }
        deleted.clear();
        added.clear();
    };

    std::vector<Op> ops = editScript(a, b);
    slideHunks(ops, left, right);
    qsizetype i = 0;
    qsizetype j = 0;
    for (const Op op : ops) {
        switch (op) {
        case Op::Common: {
            flush();
            SideBySideRow row;
            row.leftLine = int(i);
            row.rightLine = int(j);
            row.left = left.at(i++);
            row.right = right.at(j++);
            diff.m_rows.append(std::move(row));
            break;
        }
        case Op::Delete:
            deleted.append(i++);
            break;
        case Op::Add:
            added.append(j++);
            break;
        }
    }
    flush();
    diff.fold(options);
    return diff;
}

void SideBySideDiff::fold(const SideBySideOptions &options)
{
    if (options.foldThreshold <= 0 || isIdentical())
        return;
    const int context = qMax(0, options.context);
    QList<SideBySideRow> rows;
    rows.reserve(m_rows.size());
    const qsizetype count = m_rows.size();
    qsizetype i = 0;
    while (i < count) {
        if (m_rows.at(i).kind != SideBySideRow::Kind::Equal) {
            rows.append(m_rows.at(i++));
            continue;
        }
        qsizetype end = i;
        while (end < count && m_rows.at(end).kind == SideBySideRow::Kind::Equal)
            ++end;
        const qsizetype run = end - i;
        const qsizetype keepBefore = i == 0 ? 0 : context;
        const qsizetype keepAfter = end == count ? 0 : context;
        const qsizetype hidden = run - keepBefore - keepAfter;
        if (run > options.foldThreshold && hidden > 1) {
            for (qsizetype k = i; k < i + keepBefore; ++k)
                rows.append(m_rows.at(k));
            SideBySideRow folded;
            folded.kind = SideBySideRow::Kind::Folded;
            folded.folded = int(hidden);
            rows.append(std::move(folded));
            for (qsizetype k = end - keepAfter; k < end; ++k)
                rows.append(m_rows.at(k));
        } else {
            for (qsizetype k = i; k < end; ++k)
                rows.append(m_rows.at(k));
        }
        i = end;
    }
    m_rows = std::move(rows);
}

QList<int> SideBySideDiff::changeStarts() const
{
    QList<int> starts;
    bool inChange = false;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const SideBySideRow::Kind kind = m_rows.at(i).kind;
        // Ignored rows are shown, never differences: they do not split or start a change.
        if (kind == SideBySideRow::Kind::Ignored)
            continue;
        const bool change =
            kind != SideBySideRow::Kind::Equal && kind != SideBySideRow::Kind::Folded;
        if (change && !inChange)
            starts.append(int(i));
        inChange = change;
    }
    return starts;
}

int SideBySideDiff::changeCount() const
{
    return int(changeStarts().size());
}

} // namespace syncstudio
