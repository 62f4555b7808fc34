// SideBySideDiff: line alignment with a real diff algorithm, shared key order, changed-word
// ranges and folding. Rows are written compactly: "= text", "~ left | right" (changed words in
// [brackets]), "< left" (left only), "> right" (right only), "… N" (N folded lines).

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

} // namespace

class TestSideBySideDiff final : public QObject
{
    Q_OBJECT

private slots:
    void json_data();
    void json();
    void lines();
    void wordRanges_data();
    void wordRanges();
    void keyOrder();
    void changeNavigation();
};

void TestSideBySideDiff::json_data()
{
    QTest::addColumn<QByteArray>("left");
    QTest::addColumn<QByteArray>("right");
    QTest::addColumn<QStringList>("rows");

    QTest::newRow("identical, never folded")
        << numbers(1, 10) << numbers(1, 10)
        << QStringList{u"= ["_qs,  u"= 1,"_qs, u"= 2,"_qs, u"= 3,"_qs, u"= 4,"_qs, u"= 5,"_qs,
                       u"= 6,"_qs, u"= 7,"_qs, u"= 8,"_qs, u"= 9,"_qs, u"= 10"_qs, u"= ]"_qs};

    QTest::newRow("changed value")
        << QByteArray("{\"key\":\"check\",\"status\":\"published\"}")
        << QByteArray("{\"key\":\"check\",\"status\":\"draft\"}")
        << QStringList{u"= {"_qs, u"= \"key\": \"check\","_qs,
                       u"~ \"status\": \"[published]\" | \"status\": \"[draft]\""_qs, u"= }"_qs};

    // Same keys in another order: printed in the left's order, so no difference at all.
    QTest::newRow("moved keys") << QByteArray("{\"a\":1,\"b\":{\"x\":1,\"y\":2},\"c\":3}")
                                << QByteArray("{\"c\":3,\"b\":{\"y\":2,\"x\":1},\"a\":1}")
                                << QStringList{u"= {"_qs,        u"= \"a\": 1,"_qs,
                                               u"= \"b\": {"_qs, u"= \"x\": 1,"_qs,
                                               u"= \"y\": 2"_qs, u"= },"_qs,
                                               u"= \"c\": 3"_qs, u"= }"_qs};

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
                       u"= }"_qs};

    // One element inserted in a long array: a single right-only row, not a cascade of changes,
    // and the identical runs around it folded with two lines of context.
    QTest::newRow("long array, insertion")
        << numbers(1, 30) << QByteArray(numbers(1, 15).chopped(1) + ",99," + numbers(16, 30).mid(1))
        << QStringList{u"… 14"_qs,  u"= 14,"_qs, u"= 15,"_qs, u"> 99,"_qs,
                       u"= 16,"_qs, u"= 17,"_qs, u"… 14"_qs};

    QTest::newRow("long array, deletion at end")
        << numbers(1, 20) << numbers(1, 19)
        << QStringList{u"… 17"_qs,         u"= 17,"_qs, u"= 18,"_qs,
                       u"~ 19[,] | 19"_qs, u"< 20"_qs,  u"= ]"_qs};

    QTest::newRow("non-ASCII words")
        << QByteArray("{\"note\":\"Grüße aus Köln 🚀 heute\"}")
        << QByteArray("{\"note\":\"Grüße aus Zürich 🚀 heute\"}")
        << QStringList{u"= {"_qs,
                       u"~ \"note\": \"Grüße aus [Köln] 🚀 heute\" | \"note\": \"Grüße aus "
                       u"[Zürich] 🚀 heute\""_qs,
                       u"= }"_qs};

    QTest::newRow("only left") << QByteArray("{\"a\":1}") << QByteArray()
                               << QStringList{u"< {"_qs, u"< \"a\": 1"_qs, u"< }"_qs};

    QTest::newRow("only right") << QByteArray() << QByteArray("[true]")
                                << QStringList{u"> ["_qs, u"> true"_qs, u"> ]"_qs};

    QTest::newRow("type change") << QByteArray("{\"v\":null}") << QByteArray("{\"v\":[1,2]}")
                                 << QStringList{u"= {"_qs,  u"~ \"v\": [null] | \"v\": [[]"_qs,
                                                u"> 1,"_qs, u"> 2"_qs,
                                                u"> ]"_qs,  u"= }"_qs};
}

void TestSideBySideDiff::json()
{
    QFETCH(QByteArray, left);
    QFETCH(QByteArray, right);
    QFETCH(QStringList, rows);
    const SideBySideDiff diff = SideBySideDiff::compute(parsed(left), parsed(right));
    QCOMPARE(compact(diff), rows);
}

void TestSideBySideDiff::lines()
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

void TestSideBySideDiff::wordRanges_data()
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
    QTest::newRow("empty") << QString() << u"x"_qs << QString() << u"[x]"_qs;
}

void TestSideBySideDiff::wordRanges()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(QString, leftMarked);
    QFETCH(QString, rightMarked);
    const auto [leftRanges, rightRanges] = SideBySideDiff::wordRanges(left, right);
    QCOMPARE(marked(left, leftRanges), leftMarked);
    QCOMPARE(marked(right, rightRanges), rightMarked);
}

void TestSideBySideDiff::keyOrder()
{
    const auto [left, right] = SideBySideDiff::alignKeyOrder(
        *parsed("{\"b\":1,\"a\":[{\"y\":1,\"x\":2}],\"c\":0}"),
        *parsed("{\"z\":1,\"a\":[{\"x\":2,\"w\":0,\"y\":1}],\"b\":2}"));
    QCOMPARE(left.toObject().keys(), (QStringList{u"b"_qs, u"a"_qs, u"c"_qs}));
    QCOMPARE(right.toObject().keys(), (QStringList{u"b"_qs, u"a"_qs, u"z"_qs}));
    QCOMPARE(right.toObject().value(u"a"_qs).toArray().first().toObject().keys(),
             (QStringList{u"y"_qs, u"x"_qs, u"w"_qs}));
}

void TestSideBySideDiff::changeNavigation()
{
    const SideBySideDiff diff = SideBySideDiff::computeLines({u"a"_qs, u"b"_qs, u"c"_qs, u"d"_qs},
                                                             {u"A"_qs, u"b"_qs, u"C"_qs, u"D"_qs});
    QCOMPARE(diff.changeStarts(), (QList<int>{0, 2}));
    QCOMPARE(diff.changeCount(), 2);
    QVERIFY(SideBySideDiff::computeLines({u"a"_qs}, {u"a"_qs}).isIdentical());
}

QTEST_GUILESS_MAIN(TestSideBySideDiff)
#include "tst_sidebysidediff.moc"
