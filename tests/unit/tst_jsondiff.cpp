// The JSON diff value of core (SideBySideDiff and the printing it uses): line alignment with a
// real diff algorithm, shared key order, changed-word ranges, line numbers and folding. Rows are
// written compactly: "= text", "~ left | right" (changed words in [brackets]), "< left" (left
// only), "> right" (right only), "… N" (N folded lines). Every JSON case is also checked for
// the structural invariants (each printed line shown once, in order, at its line number).

#include "jsonreader.h"
#include "sidebysidediff.h"

#include <QtTest>

using namespace syncstudio;

namespace {

std::optional<JsonValue> parsed(const QByteArray &json)
{
    if (json.isEmpty())
        return std::nullopt;
    JsonParseError error;
    const std::optional<JsonValue> value = JsonReader::parse(json, &error);
    if (!value)
        qFatal("test input does not parse: %s", qPrintable(error.message));
    return value;
}

QString marked(const QString &text, const QList<TextRange> &ranges)
{
    QString result = text;
    for (qsizetype i = ranges.size() - 1; i >= 0; --i) {
        result.insert(ranges.at(i).start + ranges.at(i).length, u']');
        result.insert(ranges.at(i).start, u'[');
    }
    return result;
}

QStringList compact(const SideBySideDiff &diff)
{
    QStringList rows;
    for (const SideBySideRow &row : diff.rows()) {
        switch (row.kind) {
        case SideBySideRow::Kind::Equal:
            rows.append(u"= "_qs + row.left.trimmed());
            break;
        case SideBySideRow::Kind::Changed:
            rows.append(u"~ "_qs + marked(row.left, row.leftRanges).trimmed() + u" | "_qs +
                        marked(row.right, row.rightRanges).trimmed());
            break;
        case SideBySideRow::Kind::LeftOnly:
            rows.append(u"< "_qs + row.left.trimmed());
            break;
        case SideBySideRow::Kind::RightOnly:
            rows.append(u"> "_qs + row.right.trimmed());
            break;
        case SideBySideRow::Kind::Folded:
            rows.append(u"… "_qs + QString::number(row.folded));
            break;
        case SideBySideRow::Kind::Ignored:
            rows.append(u"# "_qs + row.left.trimmed() + u" | "_qs + row.right.trimmed());
            break;
        }
    }
    return rows;
}

QByteArray numbers(int from, int to)
{
    QByteArray json = "[";
    for (int i = from; i <= to; ++i) {
        if (i > from)
            json += ',';
        json += QByteArray::number(i);
    }
    return json + ']';
}

// Objects {"id": i, "name": "item i"} for i in ids, as a JSON array.
QByteArray objects(const QList<int> &ids)
{
    QByteArray json = "[";
    for (const int id : ids) {
        if (json.size() > 1)
            json += ',';
        json += "{\"id\":" + QByteArray::number(id) + ",\"name\":\"item " + QByteArray::number(id) +
                "\"}";
    }
    return json + ']';
}

QList<int> range(int from, int to)
{
    QList<int> ids;
    for (int i = from; i <= to; ++i)
        ids.append(i);
    return ids;
}

// A range boundary between the two halves of a surrogate pair would cut a character in two.
bool splitsSurrogate(const QString &text, const QList<TextRange> &ranges)
{
    for (const TextRange &range : ranges) {
        for (const int at : {range.start, range.start + range.length}) {
            if (at > 0 && at < text.size() && text.at(at - 1).isHighSurrogate() &&
                text.at(at).isLowSurrogate())
                return true;
        }
    }
    return false;
}

// What every diff must satisfy whatever its input: each printed line of each side is shown
// exactly once, in order, in a row that names its line number (folded rows hide the same
// number of lines on both sides); fillers have no line; ranges stay inside their line and
// never split a character.
void checkInvariants(const SideBySideDiff &diff, const QStringList &leftLines,
                     const QStringList &rightLines)
{
    int left = 0;
    int right = 0;
    for (const SideBySideRow &row : diff.rows()) {
        if (row.kind == SideBySideRow::Kind::Folded) {
            QVERIFY(row.folded > 1);
            QCOMPARE(row.leftLine, -1);
            QCOMPARE(row.rightLine, -1);
            for (int k = 0; k < row.folded; ++k)
                QCOMPARE(leftLines.value(left + k), rightLines.value(right + k));
            left += row.folded;
            right += row.folded;
            continue;
        }
        const bool hasLeft = row.kind != SideBySideRow::Kind::RightOnly;
        const bool hasRight = row.kind != SideBySideRow::Kind::LeftOnly;
        if (hasLeft) {
            QCOMPARE(row.leftLine, left);
            QCOMPARE(row.left, leftLines.value(left++));
        } else {
            QCOMPARE(row.leftLine, -1);
            QVERIFY(row.left.isEmpty());
        }
        if (hasRight) {
            QCOMPARE(row.rightLine, right);
            QCOMPARE(row.right, rightLines.value(right++));
        } else {
            QCOMPARE(row.rightLine, -1);
            QVERIFY(row.right.isEmpty());
        }
        if (row.kind == SideBySideRow::Kind::Equal)
            QCOMPARE(row.left, row.right);
        if (row.kind == SideBySideRow::Kind::Changed) {
            QVERIFY(row.left != row.right);
            QVERIFY(!row.leftRanges.isEmpty() || !row.rightRanges.isEmpty());
        } else {
            QVERIFY(row.leftRanges.isEmpty() && row.rightRanges.isEmpty());
        }
        for (const TextRange &range : row.leftRanges)
            QVERIFY(range.length > 0 && range.start + range.length <= row.left.size());
        for (const TextRange &range : row.rightRanges)
            QVERIFY(range.length > 0 && range.start + range.length <= row.right.size());
        QVERIFY(!splitsSurrogate(row.left, row.leftRanges));
        QVERIFY(!splitsSurrogate(row.right, row.rightRanges));
    }
    QCOMPARE(left, int(leftLines.size()));
    QCOMPARE(right, int(rightLines.size()));
}

} // namespace

class TestJsonDiff final : public QObject
{
    Q_OBJECT

private slots:
    void json_data();
    void json();
    void lineNumbers();
    void printLines_data();
    void printLines();
    void lines();
    void wordRanges_data();
    void wordRanges();
    void wordRangeUnits();
    void keyOrder();
    void ignoredFields();
    void relationNotes();
    void lineStrings();
    void changeNavigation();
};

void TestJsonDiff::json_data()
{
    QTest::addColumn<QByteArray>("left");
    QTest::addColumn<QByteArray>("right");
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<int>("changes");

    QTest::newRow("identical, never folded")
        << numbers(1, 10) << numbers(1, 10)
        << QStringList{u"= ["_qs,  u"= 1,"_qs, u"= 2,"_qs, u"= 3,"_qs, u"= 4,"_qs, u"= 5,"_qs,
                       u"= 6,"_qs, u"= 7,"_qs, u"= 8,"_qs, u"= 9,"_qs, u"= 10"_qs, u"= ]"_qs}
        << 0;

    QTest::newRow("changed value")
        << QByteArray("{\"key\":\"check\",\"status\":\"published\"}")
        << QByteArray("{\"key\":\"check\",\"status\":\"draft\"}")
        << QStringList{u"= {"_qs, u"= \"key\": \"check\","_qs,
                       u"~ \"status\": \"[published]\" | \"status\": \"[draft]\""_qs, u"= }"_qs}
        << 1;

    // Same keys in another order: printed in the left's order, so no difference at all.
    QTest::newRow("moved keys") << QByteArray("{\"a\":1,\"b\":{\"x\":1,\"y\":2},\"c\":3}")
                                << QByteArray("{\"c\":3,\"b\":{\"y\":2,\"x\":1},\"a\":1}")
                                << QStringList{u"= {"_qs,        u"= \"a\": 1,"_qs,
                                               u"= \"b\": {"_qs, u"= \"x\": 1,"_qs,
                                               u"= \"y\": 2"_qs, u"= },"_qs,
                                               u"= \"c\": 3"_qs, u"= }"_qs}
                                << 0;

    // A moved key whose value changed: one changed row in the left's position, not a deletion
    // at one place and an insertion at another.
    QTest::newRow("moved key, changed value")
        << QByteArray("{\"name\":\"n\",\"icon\":\"bolt\",\"color\":\"#fff\"}")
        << QByteArray("{\"color\":\"#fff\",\"icon\":\"star\",\"name\":\"n\"}")
        << QStringList{u"= {"_qs, u"= \"name\": \"n\","_qs,
                       u"~ \"icon\": \"[bolt]\", | \"icon\": \"[star]\","_qs,
                       u"= \"color\": \"#fff\""_qs, u"= }"_qs}
        << 1;

    // Moved keys inside array elements follow the left element at the same index.
    QTest::newRow("moved keys in array elements")
        << QByteArray("[{\"role\":\"r1\",\"policy\":\"p1\"},{\"role\":\"r2\",\"policy\":\"p2\"}]")
        << QByteArray("[{\"policy\":\"p1\",\"role\":\"r1\"},{\"policy\":\"p9\",\"role\":\"r2\"}]")
        << QStringList{u"… 5"_qs,
                       u"= {"_qs,
                       u"= \"role\": \"r2\","_qs,
                       u"~ \"policy\": \"[p2]\" | \"policy\": \"[p9]\""_qs,
                       u"= }"_qs,
                       u"= ]"_qs}
        << 1;

    // A key only on the right comes after the shared ones, as a right-only row.
    QTest::newRow("nested, key only right")
        << QByteArray("{\"options\":{\"filter\":{\"status\":\"published\"}},\"name\":\"n\"}")
        << QByteArray("{\"name\":\"n\",\"options\":{\"filter\":{\"status\":\"draft\"},"
                      "\"limit\":5}}")
        << QStringList{u"= {"_qs,
                       u"= \"options\": {"_qs,
                       u"= \"filter\": {"_qs,
                       u"~ \"status\": \"[published]\" | \"status\": \"[draft]\""_qs,
                       u"~ } | }[,]"_qs,
                       u"> \"limit\": 5"_qs,
                       u"= },"_qs,
                       u"= \"name\": \"n\""_qs,
                       u"= }"_qs}
        << 1;

    QTest::newRow("nested, key only left, three levels")
        << QByteArray("{\"a\":{\"b\":{\"c\":{\"d\":1,\"e\":2}}}}")
        << QByteArray("{\"a\":{\"b\":{\"c\":{\"d\":1}}}}")
        << QStringList{u"= {"_qs,
                       u"= \"a\": {"_qs,
                       u"= \"b\": {"_qs,
                       u"= \"c\": {"_qs,
                       u"~ \"d\": 1[,] | \"d\": 1"_qs,
                       u"< \"e\": 2"_qs,
                       u"= }"_qs,
                       u"= }"_qs,
                       u"= }"_qs,
                       u"= }"_qs}
        << 1;

    // A nested object replacing a scalar: the scalar line pairs with the opening brace.
    QTest::newRow("nested, scalar becomes object")
        << QByteArray("{\"options\":null,\"x\":1}")
        << QByteArray("{\"options\":{\"flow\":\"f\"},\"x\":1}")
        << QStringList{u"= {"_qs,
                       u"~ \"options\": [null,] | \"options\": [{]"_qs,
                       u"> \"flow\": \"f\""_qs,
                       u"> },"_qs,
                       u"= \"x\": 1"_qs,
                       u"= }"_qs}
        << 1;

    // One element inserted in a long array: a single right-only row, not a cascade of changes,
    // and the identical runs around it folded with two lines of context.
    QTest::newRow("long array, insertion")
        << numbers(1, 30) << QByteArray(numbers(1, 15).chopped(1) + ",99," + numbers(16, 30).mid(1))
        << QStringList{u"… 14"_qs,  u"= 14,"_qs, u"= 15,"_qs, u"> 99,"_qs,
                       u"= 16,"_qs, u"= 17,"_qs, u"… 14"_qs}
        << 1;

    QTest::newRow("200-element array, insertion in the middle")
        << numbers(1, 200)
        << QByteArray(numbers(1, 100).chopped(1) + ",1000," + numbers(101, 200).mid(1))
        << QStringList{u"… 99"_qs,   u"= 99,"_qs,  u"= 100,"_qs, u"> 1000,"_qs,
                       u"= 101,"_qs, u"= 102,"_qs, u"… 99"_qs}
        << 1;

    QTest::newRow("200-element array, deletion in the middle")
        << numbers(1, 200) << QByteArray(numbers(1, 99).chopped(1) + ',' + numbers(101, 200).mid(1))
        << QStringList{u"… 98"_qs,   u"= 98,"_qs,  u"= 99,"_qs, u"< 100,"_qs,
                       u"= 101,"_qs, u"= 102,"_qs, u"… 99"_qs}
        << 1;

    // Objects repeat the same "{" and "}," lines, so the insertion has several equally short
    // positions; it is shown as the whole element "{ … },", not as "\"id\": … }, {".
    QTest::newRow("array of 200 objects, insertion")
        << objects(range(1, 200)) << objects(range(1, 100) + QList<int>{500} + range(101, 200))
        << QStringList{u"… 399"_qs,          u"= \"name\": \"item 100\""_qs,
                       u"= },"_qs,           u"> {"_qs,
                       u"> \"id\": 500,"_qs, u"> \"name\": \"item 500\""_qs,
                       u"> },"_qs,           u"= {"_qs,
                       u"= \"id\": 101,"_qs, u"… 399"_qs}
        << 1;

    QTest::newRow("array of objects, deletion")
        << objects(range(1, 5)) << objects(QList<int>{1, 2, 4, 5})
        << QStringList{u"… 7"_qs,          u"= \"name\": \"item 2\""_qs,
                       u"= },"_qs,         u"< {"_qs,
                       u"< \"id\": 3,"_qs, u"< \"name\": \"item 3\""_qs,
                       u"< },"_qs,         u"= {"_qs,
                       u"= \"id\": 4,"_qs, u"… 7"_qs}
        << 1;

    QTest::newRow("long array, deletion at end")
        << numbers(1, 20) << numbers(1, 19)
        << QStringList{u"… 17"_qs,         u"= 17,"_qs, u"= 18,"_qs,
                       u"~ 19[,] | 19"_qs, u"< 20"_qs,  u"= ]"_qs}
        << 1;

    QTest::newRow("long array, two changes far apart")
        << numbers(1, 40)
        << QByteArray(numbers(1, 4).chopped(1) + ",-5," + numbers(6, 34).mid(1).chopped(1) +
                      ",-35," + numbers(36, 40).mid(1))
        // Five and six identical lines at the ends stay; 27 in the middle fold to 2 + 25 + 2.
        << QStringList{u"= ["_qs,   u"= 1,"_qs,         u"= 2,"_qs,  u"= 3,"_qs,
                       u"= 4,"_qs,  u"~ 5, | [-]5,"_qs, u"= 6,"_qs,  u"= 7,"_qs,
                       u"… 25"_qs,  u"= 33,"_qs,        u"= 34,"_qs, u"~ 35, | [-]35,"_qs,
                       u"= 36,"_qs, u"= 37,"_qs,        u"= 38,"_qs, u"= 39,"_qs,
                       u"= 40"_qs,  u"= ]"_qs}
        << 2;

    // Folding: more than six identical lines between changes fold (two lines of context kept
    // on each side), six do not.
    QTest::newRow("fold, seven identical lines")
        << QByteArray("[0,1,2,3,4,5,6,7,0]") << QByteArray("[9,1,2,3,4,5,6,7,9]")
        << QStringList{u"= ["_qs,  u"~ [0], | [9],"_qs, u"= 1,"_qs,        u"= 2,"_qs, u"… 3"_qs,
                       u"= 6,"_qs, u"= 7,"_qs,          u"~ [0] | [9]"_qs, u"= ]"_qs}
        << 2;

    QTest::newRow("no fold, six identical lines")
        << QByteArray("[0,1,2,3,4,5,6,0]") << QByteArray("[9,1,2,3,4,5,6,9]")
        << QStringList{u"= ["_qs,  u"~ [0], | [9],"_qs, u"= 1,"_qs, u"= 2,"_qs,        u"= 3,"_qs,
                       u"= 4,"_qs, u"= 5,"_qs,          u"= 6,"_qs, u"~ [0] | [9]"_qs, u"= ]"_qs}
        << 2;

    QTest::newRow("non-ASCII words")
        << QByteArray("{\"note\":\"Grüße aus Köln 🚀 heute\"}")
        << QByteArray("{\"note\":\"Grüße aus Zürich 🚀 heute\"}")
        << QStringList{u"= {"_qs,
                       u"~ \"note\": \"Grüße aus [Köln] 🚀 heute\" | \"note\": \"Grüße aus "
                       u"[Zürich] 🚀 heute\""_qs,
                       u"= }"_qs}
        << 1;

    QTest::newRow("non-ASCII keys and CJK")
        << QByteArray("{\"名前\":\"東京 タワー\",\"größe\":1}")
        << QByteArray("{\"größe\":1,\"名前\":\"大阪 タワー\"}")
        << QStringList{u"= {"_qs,
                       u"~ \"名前\": \"[東京] タワー\", | \"名前\": \"[大阪] タワー\","_qs,
                       u"= \"größe\": 1"_qs, u"= }"_qs}
        << 1;

    QTest::newRow("emoji outside the BMP")
        << QByteArray("{\"icon\":\"😀 🚀 ✓\"}") << QByteArray("{\"icon\":\"😀 🛸 ✓\"}")
        << QStringList{u"= {"_qs,
                       u"~ \"icon\": \"😀 [🚀] ✓\" | \"icon\": \"😀 [🛸] ✓\""_qs,
                       u"= }"_qs}
        << 1;

    QTest::newRow("empty objects")
        << QByteArray("{}") << QByteArray("{}") << QStringList{u"= {}"_qs} << 0;

    QTest::newRow("empty object gains a key")
        << QByteArray("{}") << QByteArray("{\"a\":1}")
        << QStringList{u"~ {[}] | {"_qs, u"> \"a\": 1"_qs, u"> }"_qs} << 1;

    QTest::newRow("empty array gains elements")
        << QByteArray("{\"roles\":[]}") << QByteArray("{\"roles\":[\"r\"]}")
        << QStringList{u"= {"_qs, u"~ \"roles\": [[]] | \"roles\": ["_qs, u"> \"r\""_qs, u"> ]"_qs,
                       u"= }"_qs}
        << 1;

    QTest::newRow("only left") << QByteArray("{\"a\":1}") << QByteArray()
                               << QStringList{u"< {"_qs, u"< \"a\": 1"_qs, u"< }"_qs} << 1;

    QTest::newRow("only right") << QByteArray() << QByteArray("[true]")
                                << QStringList{u"> ["_qs, u"> true"_qs, u"> ]"_qs} << 1;

    // A long item on one side only is never folded: every line is a change.
    QTest::newRow("only right, long")
        << QByteArray() << numbers(1, 9)
        << QStringList{u"> ["_qs,  u"> 1,"_qs, u"> 2,"_qs, u"> 3,"_qs, u"> 4,"_qs, u"> 5,"_qs,
                       u"> 6,"_qs, u"> 7,"_qs, u"> 8,"_qs, u"> 9"_qs,  u"> ]"_qs}
        << 1;

    QTest::newRow("neither side") << QByteArray() << QByteArray() << QStringList() << 0;

    QTest::newRow("type change") << QByteArray("{\"v\":null}") << QByteArray("{\"v\":[1,2]}")
                                 << QStringList{u"= {"_qs,  u"~ \"v\": [null] | \"v\": [[]"_qs,
                                                u"> 1,"_qs, u"> 2"_qs,
                                                u"> ]"_qs,  u"= }"_qs}
                                 << 1;
}

void TestJsonDiff::json()
{
    QFETCH(QByteArray, left);
    QFETCH(QByteArray, right);
    QFETCH(QStringList, rows);
    QFETCH(int, changes);
    const std::optional<JsonValue> l = parsed(left);
    const std::optional<JsonValue> r = parsed(right);
    const SideBySideDiff diff = SideBySideDiff::compute(l, r);
    QCOMPARE(compact(diff), rows);
    QCOMPARE(diff.changeCount(), changes);
    QCOMPARE(diff.isIdentical(), changes == 0);

    // The printed texts the rows come from: both sides in the left's key order.
    QStringList leftLines;
    QStringList rightLines;
    if (l && r) {
        const auto [al, ar] = SideBySideDiff::alignKeyOrder(*l, *r);
        leftLines = SideBySideDiff::printLines(al);
        rightLines = SideBySideDiff::printLines(ar);
    } else if (l) {
        leftLines = SideBySideDiff::printLines(*l);
    } else if (r) {
        rightLines = SideBySideDiff::printLines(*r);
    }
    checkInvariants(diff, leftLines, rightLines);
    // Unfolded, the same alignment with every line shown.
    SideBySideOptions noFold;
    noFold.foldThreshold = 0;
    const SideBySideDiff full = SideBySideDiff::compute(l, r, noFold);
    checkInvariants(full, leftLines, rightLines);
    QCOMPARE(full.changeCount(), changes);
    for (const SideBySideRow &row : full.rows())
        QVERIFY(row.kind != SideBySideRow::Kind::Folded);
}

void TestJsonDiff::lineNumbers()
{
    // The rows name the printed line of each side; fillers and folded rows have none.
    const SideBySideDiff diff =
        SideBySideDiff::compute(parsed("{\"a\":1,\"c\":3}"), parsed("{\"a\":1,\"x\":0,\"c\":3}"));
    QList<std::tuple<int, int, SideBySideRow::Kind>> rows;
    for (const SideBySideRow &row : diff.rows())
        rows.append({row.leftLine, row.rightLine, row.kind});
    using K = SideBySideRow::Kind;
    // Left: { a c }, right (left order, then its own keys): { a c, x }.
    QCOMPARE(rows, (QList<std::tuple<int, int, K>>{{0, 0, K::Equal},
                                                   {1, 1, K::Equal},
                                                   {2, 2, K::Changed},
                                                   {-1, 3, K::RightOnly},
                                                   {3, 4, K::Equal}}));
}

void TestJsonDiff::printLines_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("lines");

    QTest::newRow("scalar") << QByteArray("1.5") << QStringList{u"1.5"_qs};
    QTest::newRow("empty containers")
        << QByteArray("{\"a\":{},\"b\":[]}")
        << QStringList{u"{"_qs, u"  \"a\": {},"_qs, u"  \"b\": []"_qs, u"}"_qs};
    QTest::newRow("nested, two spaces per level")
        << QByteArray("{\"a\":[{\"b\":null}]}")
        << QStringList{u"{"_qs,     u"  \"a\": ["_qs, u"    {"_qs, u"      \"b\": null"_qs,
                       u"    }"_qs, u"  ]"_qs,        u"}"_qs};
    // A line break inside a string stays escaped: one value, one line.
    QTest::newRow("escapes keep one line")
        << QByteArray("{\"t\":\"a\\nb\\t\\\"c\\\"\"}")
        << QStringList{u"{"_qs, u"  \"t\": \"a\\nb\\t\\\"c\\\"\""_qs, u"}"_qs};
    // Non-ASCII is printed as is (as JSON.stringify does), not as \u escapes.
    QTest::newRow("non-ASCII as is")
        << QByteArray("[\"Grüße\",\"東京\",\"🚀\"]")
        << QStringList{u"["_qs, u"  \"Grüße\","_qs, u"  \"東京\","_qs, u"  \"🚀\""_qs, u"]"_qs};
    // Key order is the object's own (JavaScript's: integer-like keys first).
    QTest::newRow("key order") << QByteArray("{\"b\":1,\"2\":2,\"a\":3,\"1\":4}")
                               << QStringList{u"{"_qs,           u"  \"1\": 4,"_qs,
                                              u"  \"2\": 2,"_qs, u"  \"b\": 1,"_qs,
                                              u"  \"a\": 3"_qs,  u"}"_qs};
}

void TestJsonDiff::printLines()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, lines);
    QCOMPARE(SideBySideDiff::printLines(*parsed(json)), lines);
}

void TestJsonDiff::lines()
{
    // A hunk of two deletions and one addition pairs the first deletion with the addition.
    const SideBySideDiff diff = SideBySideDiff::computeLines({u"a"_qs, u"b"_qs, u"c"_qs, u"d"_qs},
                                                             {u"a"_qs, u"x"_qs, u"d"_qs});
    QCOMPARE(compact(diff), (QStringList{u"= a"_qs, u"~ [b] | [x]"_qs, u"< c"_qs, u"= d"_qs}));

    SideBySideOptions noFold;
    noFold.foldThreshold = 0;
    QStringList many;
    for (int i = 0; i < 20; ++i)
        many.append(QString::number(i));
    QStringList changed = many;
    changed[10] = u"ten"_qs;
    QCOMPARE(SideBySideDiff::computeLines(many, changed, noFold).rows().size(), 20);
    // Exactly seven identical lines between two changes fold to 2 + "… 3" + 2.
    QStringList seven{u"x"_qs, u"1"_qs, u"2"_qs, u"3"_qs, u"4"_qs,
                      u"5"_qs, u"6"_qs, u"7"_qs, u"y"_qs};
    QStringList sevenChanged = seven;
    sevenChanged.first() = u"X"_qs;
    sevenChanged.last() = u"Y"_qs;
    QCOMPARE(compact(SideBySideDiff::computeLines(seven, sevenChanged)),
             (QStringList{u"~ [x] | [X]"_qs, u"= 1"_qs, u"= 2"_qs, u"… 3"_qs, u"= 6"_qs, u"= 7"_qs,
                          u"~ [y] | [Y]"_qs}));
    // Six identical lines are never folded.
    seven.removeAt(1);
    sevenChanged.removeAt(1);
    QCOMPARE(SideBySideDiff::computeLines(seven, sevenChanged).rows().size(), 8);
}

void TestJsonDiff::wordRanges_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<QString>("leftMarked");
    QTest::addColumn<QString>("rightMarked");

    QTest::newRow("same") << u"a b"_qs << u"a b"_qs << u"a b"_qs << u"a b"_qs;
    QTest::newRow("one word") << u"\"role\": \"editor\","_qs << u"\"role\": \"admin\","_qs
                              << u"\"role\": \"[editor]\","_qs << u"\"role\": \"[admin]\","_qs;
    QTest::newRow("adjacent tokens merge")
        << u"x = foo bar;"_qs << u"x = baz;"_qs << u"x = [foo bar];"_qs << u"x = [baz];"_qs;
    QTest::newRow("inserted word")
        << u"read items"_qs << u"read all items"_qs << u"read items"_qs << u"read [all ]items"_qs;
    QTest::newRow("surrogate pair kept whole")
        << u"a 😀 b"_qs << u"a 😎 b"_qs << u"a [😀] b"_qs << u"a [😎] b"_qs;
    QTest::newRow("emoji next to letters")
        << u"ab😀 c"_qs << u"ab😎 c"_qs << u"[ab😀] c"_qs << u"[ab😎] c"_qs;
    // A ZWJ sequence is one emoji on screen: never highlight half of it.
    QTest::newRow("ZWJ sequence kept whole")
        << u"x 👩\u200d💻 y"_qs << u"x 👩\u200d🔬 y"_qs << u"x [👩\u200d💻] y"_qs << u"x [👩\u200d🔬] y"_qs;
    // A combining mark belongs to its letter ("é" written as e + U+0301).
    QTest::newRow("combining mark kept with its letter")
        << u"Cafe\u0301 ok"_qs << u"Cafe ok"_qs << u"[Cafe\u0301] ok"_qs << u"[Cafe] ok"_qs;
    QTest::newRow("umlauts are letters") << u"\"Grüße\": 1"_qs << u"\"Grüßen\": 1"_qs
                                         << u"\"[Grüße]\": 1"_qs << u"\"[Grüßen]\": 1"_qs;
    QTest::newRow("CJK words") << u"東京 タワー"_qs << u"大阪 タワー"_qs << u"[東京] タワー"_qs
                               << u"[大阪] タワー"_qs;
    QTest::newRow("punctuation alone")
        << u"\"a\": 1,"_qs << u"\"a\": 1"_qs << u"\"a\": 1[,]"_qs << u"\"a\": 1"_qs;
    QTest::newRow("empty") << QString() << u"x"_qs << QString() << u"[x]"_qs;
}

void TestJsonDiff::wordRanges()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(QString, leftMarked);
    QFETCH(QString, rightMarked);
    const auto [leftRanges, rightRanges] = SideBySideDiff::wordRanges(left, right);
    QCOMPARE(marked(left, leftRanges), leftMarked);
    QCOMPARE(marked(right, rightRanges), rightMarked);
}

void TestJsonDiff::wordRangeUnits()
{
    // Ranges count UTF-16 code units (QString positions), as the view's text cursor does: an
    // emoji outside the BMP is two units wide.
    const auto [left, right] = SideBySideDiff::wordRanges(u"\"😀 Köln\""_qs, u"\"😀 Zürich\""_qs);
    QCOMPARE(left, (QList<TextRange>{{4, 4}}));
    QCOMPARE(right, (QList<TextRange>{{4, 6}}));
    const auto [emojiLeft, emojiRight] = SideBySideDiff::wordRanges(u"a 🚀"_qs, u"a 🛸"_qs);
    QCOMPARE(emojiLeft, (QList<TextRange>{{2, 2}}));
    QCOMPARE(emojiRight, (QList<TextRange>{{2, 2}}));
}

void TestJsonDiff::keyOrder()
{
    const auto [left, right] = SideBySideDiff::alignKeyOrder(
        *parsed("{\"b\":1,\"a\":[{\"y\":1,\"x\":2}],\"c\":0}"),
        *parsed("{\"z\":1,\"a\":[{\"x\":2,\"w\":0,\"y\":1}],\"b\":2}"));
    QCOMPARE(left.toObject().keys(), (QStringList{u"b"_qs, u"a"_qs, u"c"_qs}));
    QCOMPARE(right.toObject().keys(), (QStringList{u"b"_qs, u"a"_qs, u"z"_qs}));
    QCOMPARE(right.toObject().value(u"a"_qs).toArray().first().toObject().keys(),
             (QStringList{u"y"_qs, u"x"_qs, u"w"_qs}));
}

void TestJsonDiff::changeNavigation()
{
    const SideBySideDiff diff = SideBySideDiff::computeLines({u"a"_qs, u"b"_qs, u"c"_qs, u"d"_qs},
                                                             {u"A"_qs, u"b"_qs, u"C"_qs, u"D"_qs});
    QCOMPARE(diff.changeStarts(), (QList<int>{0, 2}));
    QCOMPARE(diff.changeCount(), 2);
    QVERIFY(SideBySideDiff::computeLines({u"a"_qs}, {u"a"_qs}).isIdentical());
}

void TestJsonDiff::ignoredFields()
{
    const std::optional<JsonValue> left = parsed("{\"name\":\"a\",\"role\":\"r1\"}");
    const std::optional<JsonValue> right = parsed("{\"name\":\"b\",\"role\":\"r1\"}");
    const JsonObject leftIgnored =
        parsed("{\"user_created\":\"u1\",\"date_created\":\"2024\"}")->toObject();
    const JsonObject rightIgnored =
        parsed("{\"date_created\":\"2025\",\"users\":[\"x\"]}")->toObject();
    const SideBySideDiff plain = SideBySideDiff::compute(left, right);

    // Instance against instance: aligned by key in the left's order, before the closing brace.
    SideBySideExtras extras;
    extras.leftIgnored = &leftIgnored;
    extras.rightIgnored = &rightIgnored;
    const SideBySideDiff both = SideBySideDiff::compute(left, right, {}, extras);
    QCOMPARE(compact(both),
             (QStringList{u"= {"_qs, u"~ \"name\": \"[a]\", | \"name\": \"[b]\","_qs,
                          u"= \"role\": \"r1\""_qs, u"# \"user_created\": \"u1\" | "_qs,
                          u"# \"date_created\": \"2024\" | \"date_created\": \"2025\""_qs,
                          u"#  | \"users\": ["_qs, u"#  | \"x\""_qs, u"#  | ]"_qs, u"= }"_qs}));
    // Never a difference: the same changes, at the same rows.
    QCOMPARE(both.changeStarts(), plain.changeStarts());
    QCOMPARE(both.changeCount(), 1);
    for (const SideBySideRow &row : both.rows()) {
        if (row.kind == SideBySideRow::Kind::Ignored)
            QVERIFY(row.leftRanges.isEmpty() && row.rightRanges.isEmpty() && row.leftLine < 0 &&
                    row.rightLine < 0);
    }

    // Against a dump (none on the right): the right shows nothing; an identical item stays
    // identical.
    SideBySideExtras dump;
    dump.leftIgnored = &leftIgnored;
    const SideBySideDiff same = SideBySideDiff::compute(left, left, {}, dump);
    QCOMPARE(compact(same),
             (QStringList{u"= {"_qs, u"= \"name\": \"a\","_qs, u"= \"role\": \"r1\""_qs,
                          u"# \"user_created\": \"u1\" | "_qs,
                          u"# \"date_created\": \"2024\" | "_qs, u"= }"_qs}));
    QVERIFY(same.isIdentical());

    // An item only on the left, and a non-object value: nothing to place them in.
    QCOMPARE(compact(SideBySideDiff::compute(left, std::nullopt, {}, extras)).size(), 6);
    QCOMPARE(compact(SideBySideDiff::compute(parsed("[1]"), parsed("[2]"), {}, extras)),
             (QStringList{u"= ["_qs, u"~ [1] | [2]"_qs, u"= ]"_qs}));
    // Empty objects add nothing.
    const JsonObject none;
    SideBySideExtras empty;
    empty.leftIgnored = &none;
    empty.rightIgnored = &none;
    QCOMPARE(compact(SideBySideDiff::compute(left, right, {}, empty)), compact(plain));
}

void TestJsonDiff::relationNotes()
{
    const std::optional<JsonValue> left =
        parsed("{\"role\":\"r1\",\"name\":\"r1\",\"options\":{\"flow\":\"f1\"},"
               "\"roles\":[{\"role\":\"r2\"},{\"role\":\"gone\"}],\"policies\":[\"p1\",\"p2\"]}");
    const std::optional<JsonValue> right =
        parsed("{\"role\":\"r1\",\"name\":\"r9\",\"options\":{\"flow\":\"f1\"}}");
    SideBySideExtras extras;
    extras.relations = {{{u"role"_qs}, u"roles"_qs},
                        {{u"options"_qs, u"flow"_qs}, u"flows"_qs},
                        {{u"roles"_qs, u"role"_qs}, u"roles"_qs},
                        {{u"policies"_qs}, u"policies"_qs}};
    const QHash<QString, QString> leftNames{{u"roles/r1"_qs, u"Editor"_qs},
                                            {u"roles/r2"_qs, u"Viewer"_qs},
                                            {u"flows/f1"_qs, u"On publish"_qs},
                                            {u"policies/p2"_qs, u"Öffentlich 🌍"_qs}};
    extras.leftLabels = [&leftNames](const QString &collection, const QString &syncId) {
        return leftNames.value(collection + u'/' + syncId);
    };
    // The right side has its own names: the same SyncID may be named differently there.
    extras.rightLabels = [](const QString &collection, const QString &syncId) -> QString {
        return collection == u"roles" && syncId == u"r1" ? u"Editor (renamed)"_qs : QString();
    };
    const SideBySideDiff plain = SideBySideDiff::compute(left, right);
    const SideBySideDiff diff = SideBySideDiff::compute(left, right, {}, extras);
    // Notes change nothing else.
    QCOMPARE(compact(diff), compact(plain));
    QCOMPARE(diff.changeStarts(), plain.changeStarts());

    QStringList notes;
    for (const SideBySideRow &row : diff.rows()) {
        if (!row.leftNote.isEmpty() || !row.rightNote.isEmpty())
            notes.append(row.left.trimmed() + u" ← "_qs + row.leftNote + u" | "_qs +
                         row.right.trimmed() + u" ← "_qs + row.rightNote);
    }
    // "name" is no relation even with a known value; "gone" and "p1" are unknown: no note.
    QCOMPARE(notes, (QStringList{
                        u"\"role\": \"r1\", ← Editor (roles) | \"role\": \"r1\", ← Editor "
                        u"(renamed) (roles)"_qs,
                        u"\"flow\": \"f1\" ← On publish (flows) | \"flow\": \"f1\" ← "_qs,
                        u"\"role\": \"r2\" ← Viewer (roles) |  ← "_qs,
                        u"\"p2\" ← Öffentlich 🌍 (policies) |  ← "_qs,
                    }));
}

void TestJsonDiff::lineStrings()
{
    // One entry per printed line, in step with printLines at any depth.
    const JsonValue value =
        *parsed("{\"a\":{\"b\":[\"x\",{\"c\":\"y\"},[]]},\"d\":1,\"e\":{},\"f\":\"z\"}");
    const QList<std::pair<QString, QString>> strings = SideBySideDiff::lineStrings(value);
    const QStringList lines = SideBySideDiff::printLines(value);
    QCOMPARE(strings.size(), lines.size());
    QStringList found;
    for (qsizetype i = 0; i < strings.size(); ++i) {
        if (!strings.at(i).first.isEmpty()) {
            found.append(strings.at(i).first + u'=' + strings.at(i).second);
            QVERIFY(lines.at(i).contains(u'"' + strings.at(i).second + u'"'));
        }
    }
    QCOMPARE(found, (QStringList{u"a.b=x"_qs, u"a.b.c=y"_qs, u"f=z"_qs}));
}

QTEST_GUILESS_MAIN(TestJsonDiff)
#include "tst_jsondiff.moc"
