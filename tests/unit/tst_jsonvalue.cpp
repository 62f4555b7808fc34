// Expected key orders below were produced by Node 20.20.2 (Object.keys after the same
// assignments and deletions); Node is not needed at run time.

#include "jsonvalue.h"
#include "jsonwriter.h"

#include <QtTest>

#include <cmath>
#include <limits>

using namespace syncstudio;

class TestJsonValue final : public QObject
{
    Q_OBJECT

private slots:
    void types();
    void accessorsOfOtherTypes();
    void mutableAccessConverts();
    void keyOrder_data();
    void keyOrder();
    void arrayIndexKeys_data();
    void arrayIndexKeys();
    void objectApi();
    void initializerList();
    void fromEntries();
    void largeObject();
    void copyOnWriteArray();
    void copyOnWriteObject();
    void copyOnWriteNested();
    void equality();
    void scalarText_data();
    void scalarText();
};

void TestJsonValue::types()
{
    QCOMPARE(JsonValue().type(), JsonValue::Type::Null);
    QCOMPARE(JsonValue(nullptr).type(), JsonValue::Type::Null);
    QCOMPARE(JsonValue(false).type(), JsonValue::Type::Bool);
    QCOMPARE(JsonValue(1.5).type(), JsonValue::Type::Number);
    QCOMPARE(JsonValue(7).type(), JsonValue::Type::Number);
    QCOMPARE(JsonValue(qint64(1) << 40).type(), JsonValue::Type::Number);
    QCOMPARE(JsonValue(QStringLiteral("s")).type(), JsonValue::Type::String);
    QCOMPARE(JsonValue(QLatin1StringView("s")).type(), JsonValue::Type::String);
    QCOMPARE(JsonValue(JsonArray{}).type(), JsonValue::Type::Array);
    QCOMPARE(JsonValue(JsonObject{}).type(), JsonValue::Type::Object);

    QVERIFY(JsonValue(true).toBool());
    QCOMPARE(JsonValue(7).toNumber(), 7.0);
    QCOMPARE(JsonValue(qint64(1) << 40).toNumber(), 1099511627776.0);
    QCOMPARE(JsonValue(QLatin1StringView("latin")).toString(), QStringLiteral("latin"));
    QCOMPARE(JsonValue(JsonArray{JsonValue(1), JsonValue(2)}).toArray().size(), 2);
}

void TestJsonValue::accessorsOfOtherTypes()
{
    // No conversions: another type gives the default.
    const JsonValue text(QStringLiteral("1"));
    QCOMPARE(text.toNumber(), 0.0);
    QCOMPARE(text.toNumber(-1), -1.0);
    QCOMPARE(text.toBool(true), true);
    QCOMPARE(JsonValue(1).toString(QStringLiteral("d")), QStringLiteral("d"));
    QVERIFY(JsonValue(1).toArray().isEmpty());
    QVERIFY(text.toObject().isEmpty());
    QVERIFY(JsonValue().toString().isNull());
}

void TestJsonValue::mutableAccessConverts()
{
    JsonValue value(3);
    value.array().append(JsonValue(1));
    QVERIFY(value.isArray());
    QCOMPARE(value.toArray().size(), 1);
    value.object().insert(QStringLiteral("a"), JsonValue(true));
    QVERIFY(value.isObject());
    QCOMPARE(value.toObject().keys(), QStringList{QStringLiteral("a")});
    QVERIFY(value.toArray().isEmpty());
}

void TestJsonValue::keyOrder_data()
{
    QTest::addColumn<QStringList>("operations"); // "key" sets key, "!key" removes it
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("plain insertion order")
        << QStringList{QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c")}
        << QStringList{QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c")};
    QTest::newRow("index keys first ascending")
        << QStringList{QStringLiteral("b"), QStringLiteral("10"), QStringLiteral("a"),
                       QStringLiteral("2"), QStringLiteral("0")}
        << QStringList{QStringLiteral("0"), QStringLiteral("2"), QStringLiteral("10"),
                       QStringLiteral("b"), QStringLiteral("a")};
    QTest::newRow("non-canonical numbers are strings")
        << QStringList{QStringLiteral("x"),          QStringLiteral("01"),
                       QStringLiteral("-1"),         QStringLiteral("1.5"),
                       QStringLiteral("1e3"),        QStringLiteral(" 1"),
                       QStringLiteral("+1"),         QStringLiteral("00"),
                       QStringLiteral("4294967295"), QStringLiteral("4294967294"),
                       QStringLiteral("4294967296")}
        << QStringList{
               QStringLiteral("4294967294"), QStringLiteral("x"),         QStringLiteral("01"),
               QStringLiteral("-1"),         QStringLiteral("1.5"),       QStringLiteral("1e3"),
               QStringLiteral(" 1"),         QStringLiteral("+1"),        QStringLiteral("00"),
               QStringLiteral("4294967295"), QStringLiteral("4294967296")};
    QTest::newRow("set existing keeps position")
        << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                       QStringLiteral("a"), QStringLiteral("b")}
        << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    QTest::newRow("remove then re-add goes last")
        << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                       QStringLiteral("!a"), QStringLiteral("a")}
        << QStringList{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a")};
    QTest::newRow("remove index key")
        << QStringList{QStringLiteral("5"), QStringLiteral("3"), QStringLiteral("x"),
                       QStringLiteral("!3"), QStringLiteral("4")}
        << QStringList{QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("x")};
    QTest::newRow("many keys")
        << QStringList{QStringLiteral("k0"),  QStringLiteral("k7"),   QStringLiteral("k14"),
                       QStringLiteral("k21"), QStringLiteral("k5"),   QStringLiteral("k12"),
                       QStringLiteral("k19"), QStringLiteral("k3"),   QStringLiteral("k10"),
                       QStringLiteral("k17"), QStringLiteral("k1"),   QStringLiteral("k8"),
                       QStringLiteral("k15"), QStringLiteral("k22"),  QStringLiteral("k6"),
                       QStringLiteral("k13"), QStringLiteral("k20"),  QStringLiteral("k4"),
                       QStringLiteral("k11"), QStringLiteral("k18"),  QStringLiteral("k2"),
                       QStringLiteral("k9"),  QStringLiteral("k16"),  QStringLiteral("k0"),
                       QStringLiteral("k7"),  QStringLiteral("k14"),  QStringLiteral("k21"),
                       QStringLiteral("k5"),  QStringLiteral("k12"),  QStringLiteral("k19"),
                       QStringLiteral("k3"),  QStringLiteral("k10"),  QStringLiteral("k17"),
                       QStringLiteral("k1"),  QStringLiteral("k8"),   QStringLiteral("k15"),
                       QStringLiteral("k22"), QStringLiteral("k6"),   QStringLiteral("k13"),
                       QStringLiteral("k20"), QStringLiteral("!k3"),  QStringLiteral("k3"),
                       QStringLiteral("17"),  QStringLiteral("!k10"), QStringLiteral("3")}
        << QStringList{QStringLiteral("3"),   QStringLiteral("17"),  QStringLiteral("k0"),
                       QStringLiteral("k7"),  QStringLiteral("k14"), QStringLiteral("k21"),
                       QStringLiteral("k5"),  QStringLiteral("k12"), QStringLiteral("k19"),
                       QStringLiteral("k17"), QStringLiteral("k1"),  QStringLiteral("k8"),
                       QStringLiteral("k15"), QStringLiteral("k22"), QStringLiteral("k6"),
                       QStringLiteral("k13"), QStringLiteral("k20"), QStringLiteral("k4"),
                       QStringLiteral("k11"), QStringLiteral("k18"), QStringLiteral("k2"),
                       QStringLiteral("k9"),  QStringLiteral("k16"), QStringLiteral("k3")};
    QTest::newRow("many index keys descending")
        << QStringList{QStringLiteral("30"), QStringLiteral("29"),  QStringLiteral("28"),
                       QStringLiteral("27"), QStringLiteral("26"),  QStringLiteral("25"),
                       QStringLiteral("24"), QStringLiteral("23"),  QStringLiteral("22"),
                       QStringLiteral("21"), QStringLiteral("20"),  QStringLiteral("19"),
                       QStringLiteral("18"), QStringLiteral("17"),  QStringLiteral("16"),
                       QStringLiteral("15"), QStringLiteral("14"),  QStringLiteral("13"),
                       QStringLiteral("12"), QStringLiteral("11"),  QStringLiteral("10"),
                       QStringLiteral("9"),  QStringLiteral("8"),   QStringLiteral("7"),
                       QStringLiteral("6"),  QStringLiteral("5"),   QStringLiteral("4"),
                       QStringLiteral("3"),  QStringLiteral("2"),   QStringLiteral("1"),
                       QStringLiteral("z"),  QStringLiteral("!15"), QStringLiteral("15"),
                       QStringLiteral("a")}
        << QStringList{QStringLiteral("1"),  QStringLiteral("2"),  QStringLiteral("3"),
                       QStringLiteral("4"),  QStringLiteral("5"),  QStringLiteral("6"),
                       QStringLiteral("7"),  QStringLiteral("8"),  QStringLiteral("9"),
                       QStringLiteral("10"), QStringLiteral("11"), QStringLiteral("12"),
                       QStringLiteral("13"), QStringLiteral("14"), QStringLiteral("15"),
                       QStringLiteral("16"), QStringLiteral("17"), QStringLiteral("18"),
                       QStringLiteral("19"), QStringLiteral("20"), QStringLiteral("21"),
                       QStringLiteral("22"), QStringLiteral("23"), QStringLiteral("24"),
                       QStringLiteral("25"), QStringLiteral("26"), QStringLiteral("27"),
                       QStringLiteral("28"), QStringLiteral("29"), QStringLiteral("30"),
                       QStringLiteral("z"),  QStringLiteral("a")};
}

void TestJsonValue::keyOrder()
{
    QFETCH(QStringList, operations);
    QFETCH(QStringList, expected);

    JsonObject object;
    JsonValue viaValue{JsonObject{}};
    for (const QString &operation : operations) {
        if (operation.startsWith(QLatin1Char('!'))) {
            QVERIFY(object.remove(operation.mid(1)));
            QVERIFY(viaValue.object().remove(operation.mid(1)));
        } else {
            object.insert(operation, JsonValue(operation));
            viaValue.object()[operation] = JsonValue(operation);
        }
    }
    QCOMPARE(object.keys(), expected);
    QCOMPARE(viaValue.toObject().keys(), expected);
    QStringList iterated;
    for (const JsonObject::Entry &entry : object) {
        iterated.append(entry.first);
        QCOMPARE(entry.second.toString(), entry.first);
    }
    QCOMPARE(iterated, expected);
    for (const QString &key : expected) {
        QVERIFY2(object.contains(key), qPrintable(key));
        QCOMPARE(object.value(key).toString(), key);
    }
}

void TestJsonValue::arrayIndexKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("isIndex");

    QTest::newRow("\"0\"") << QStringLiteral("0") << true;
    QTest::newRow("\"1\"") << QStringLiteral("1") << true;
    QTest::newRow("\"9\"") << QStringLiteral("9") << true;
    QTest::newRow("\"10\"") << QStringLiteral("10") << true;
    QTest::newRow("\"01\"") << QStringLiteral("01") << false;
    QTest::newRow("\"00\"") << QStringLiteral("00") << false;
    QTest::newRow("\"-0\"") << QStringLiteral("-0") << false;
    QTest::newRow("\"-1\"") << QStringLiteral("-1") << false;
    QTest::newRow("\"1.0\"") << QStringLiteral("1.0") << false;
    QTest::newRow("\"1e1\"") << QStringLiteral("1e1") << false;
    QTest::newRow("\" 1\"") << QStringLiteral(" 1") << false;
    QTest::newRow("\"1 \"") << QStringLiteral("1 ") << false;
    QTest::newRow("\"+1\"") << QStringLiteral("+1") << false;
    QTest::newRow("\"4294967294\"") << QStringLiteral("4294967294") << true;
    QTest::newRow("\"4294967295\"") << QStringLiteral("4294967295") << false;
    QTest::newRow("\"4294967296\"") << QStringLiteral("4294967296") << false;
    QTest::newRow("\"99999999999\"") << QStringLiteral("99999999999") << false;
    QTest::newRow("\"0x1\"") << QStringLiteral("0x1") << false;
    QTest::newRow("\"\"") << QStringLiteral("") << false;
    QTest::newRow("\"\\u0663\"") << QStringLiteral("\u0663") << false;
    QTest::newRow("\"\\uff11\"") << QStringLiteral("\uff11") << false;
}

void TestJsonValue::arrayIndexKeys()
{
    QFETCH(QString, key);
    QFETCH(bool, isIndex);
    QCOMPARE(JsonObject::isArrayIndexKey(key), isIndex);
    JsonObject object;
    object.insert(QStringLiteral("z"), JsonValue(1));
    object.insert(key, JsonValue(2));
    QCOMPARE(object.at(0).first == key, isIndex);
}

void TestJsonValue::objectApi()
{
    JsonObject object;
    QVERIFY(object.isEmpty());
    QVERIFY(!object.contains(QStringLiteral("a")));
    QCOMPARE(object.find(QStringLiteral("a")), nullptr);
    QVERIFY(object.value(QStringLiteral("a")).isNull());
    QVERIFY(!object.remove(QStringLiteral("a")));

    // operator[] inserts null, and null is different from absent.
    object[QStringLiteral("a")];
    QVERIFY(object.contains(QStringLiteral("a")));
    QVERIFY(object.find(QStringLiteral("a")) != nullptr);
    QVERIFY(object.find(QStringLiteral("a"))->isNull());
    object[QStringLiteral("a")] = JsonValue(5);
    QCOMPARE(object.value(QStringLiteral("a")).toNumber(), 5.0);
    QCOMPARE(object.size(), 1);

    // Inserting a value that lives inside the same object.
    object.insert(QStringLiteral("b"), *object.find(QStringLiteral("a")));
    QCOMPARE(object.value(QStringLiteral("b")).toNumber(), 5.0);
    QVERIFY(object.remove(QStringLiteral("a")));
    QCOMPARE(object.keys(), QStringList{QStringLiteral("b")});
    QCOMPARE(object.at(0).second.toNumber(), 5.0);
}

void TestJsonValue::initializerList()
{
    // Like an object literal: duplicates keep the first position and the last value.
    const JsonObject object{{QStringLiteral("b"), JsonValue(1)},
                            {QStringLiteral("1"), JsonValue(2)},
                            {QStringLiteral("b"), JsonValue(3)},
                            {QStringLiteral("a"), JsonValue(4)}};
    QCOMPARE(object.keys(),
             (QStringList{QStringLiteral("1"), QStringLiteral("b"), QStringLiteral("a")}));
    QCOMPARE(object.value(QStringLiteral("b")).toNumber(), 3.0);
}

void TestJsonValue::fromEntries()
{
    // Object.fromEntries([["x",1],["5",2],["x",3],["y",4],["0",5]]) -> {"0":5,"5":2,"x":3,"y":4}
    QList<JsonObject::Entry> entries{{QStringLiteral("x"), JsonValue(1)},
                                     {QStringLiteral("5"), JsonValue(2)},
                                     {QStringLiteral("x"), JsonValue(3)},
                                     {QStringLiteral("y"), JsonValue(4)},
                                     {QStringLiteral("0"), JsonValue(5)}};
    const JsonObject small = JsonObject::fromEntries(entries);
    QCOMPARE(JsonWriter::stringify(small, 0), QByteArray(R"({"0":5,"5":2,"x":3,"y":4})"));

    // Above the hash threshold the same rules hold.
    QList<JsonObject::Entry> many;
    for (int i = 0; i < 50; ++i) {
        many.append({QStringLiteral("k%1").arg(i % 20), JsonValue(i)});
        if (i % 10 == 0) {
            many.append({QString::number(100 - i), JsonValue(-i)});
        }
    }
    const JsonObject large = JsonObject::fromEntries(many);
    QCOMPARE(large.size(), 25);
    QCOMPARE(large.at(0).first, QStringLiteral("60"));
    QCOMPARE(large.at(4).first, QStringLiteral("100"));
    QCOMPARE(large.at(5).first, QStringLiteral("k0"));
    QCOMPARE(large.value(QStringLiteral("k0")).toNumber(), 40.0);
    QCOMPARE(large.value(QStringLiteral("k19")).toNumber(), 39.0);
    QCOMPARE(large.at(24).first, QStringLiteral("k19"));
}

void TestJsonValue::largeObject()
{
    // Crosses the hash threshold in both directions; lookups must stay right throughout.
    JsonObject object;
    for (int i = 0; i < 300; ++i) {
        object.insert(QStringLiteral("key%1").arg(i), JsonValue(i));
        QCOMPARE(object.value(QStringLiteral("key%1").arg(i)).toNumber(), double(i));
    }
    object.insert(QStringLiteral("7"), JsonValue(-7)); // shifts every position
    object.insert(QStringLiteral("3"), JsonValue(-3));
    QCOMPARE(object.at(0).first, QStringLiteral("3"));
    QCOMPARE(object.at(2).first, QStringLiteral("key0"));
    for (int i = 0; i < 300; i += 7) {
        QCOMPARE(object.value(QStringLiteral("key%1").arg(i)).toNumber(), double(i));
    }
    for (int i = 0; i < 290; ++i) {
        QVERIFY(object.remove(QStringLiteral("key%1").arg(i)));
    }
    QCOMPARE(object.size(), 12);
    QCOMPARE(object.value(QStringLiteral("7")).toNumber(), -7.0);
    QCOMPARE(object.value(QStringLiteral("key295")).toNumber(), 295.0);
    QVERIFY(!object.contains(QStringLiteral("key5")));
    object[QStringLiteral("key295")] = JsonValue(0);
    QCOMPARE(object.at(7).first, QStringLiteral("key295"));
    QCOMPARE(object.at(7).second.toNumber(), 0.0);
}

void TestJsonValue::copyOnWriteArray()
{
    JsonValue original(JsonArray{JsonValue(1), JsonValue(2)});
    JsonValue copy = original;
    copy.array().append(JsonValue(3));
    QCOMPARE(original.toArray().size(), 2);
    QCOMPARE(copy.toArray().size(), 3);
    original.array()[0] = JsonValue(QStringLiteral("x"));
    QCOMPARE(copy.toArray().at(0).toNumber(), 1.0);
    QCOMPARE(original.toArray().at(0).toString(), QStringLiteral("x"));
}

void TestJsonValue::copyOnWriteObject()
{
    JsonValue original(JsonObject{{QStringLiteral("a"), JsonValue(1)}});
    const JsonValue copy = original;
    original.object().insert(QStringLiteral("b"), JsonValue(2));
    original.object()[QStringLiteral("a")] = JsonValue(10);
    QCOMPARE(copy.toObject().keys(), QStringList{QStringLiteral("a")});
    QCOMPARE(copy.toObject().value(QStringLiteral("a")).toNumber(), 1.0);
    QCOMPARE(original.toObject().value(QStringLiteral("a")).toNumber(), 10.0);
    QVERIFY(original != copy);
}

void TestJsonValue::copyOnWriteNested()
{
    JsonValue item(JsonObject{{QStringLiteral("meta"), JsonObject{{QStringLiteral("x"), 1}}}});
    JsonValue document(JsonArray{item});
    const JsonValue snapshot = document;

    // Mutating deep inside one copy leaves every other holder untouched.
    document.array()[0].object()[QStringLiteral("meta")].object().insert(QStringLiteral("x"),
                                                                         JsonValue(2));
    QCOMPARE(document.toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("meta"))
                 .toObject()
                 .value(QStringLiteral("x"))
                 .toNumber(),
             2.0);
    QCOMPARE(snapshot.toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("meta"))
                 .toObject()
                 .value(QStringLiteral("x"))
                 .toNumber(),
             1.0);
    QCOMPARE(item.toObject().value(QStringLiteral("meta")).toObject().value(QStringLiteral("x")),
             JsonValue(1));

    // A JsonArray copied out of a value does not alias it either.
    JsonArray detached = snapshot.toArray();
    detached[0].object().remove(QStringLiteral("meta"));
    QVERIFY(snapshot.toArray().at(0).toObject().contains(QStringLiteral("meta")));
}

void TestJsonValue::equality()
{
    const JsonObject ab{{QStringLiteral("a"), 1}, {QStringLiteral("b"), JsonArray{1, 2}}};
    const JsonObject ba{{QStringLiteral("b"), JsonArray{1, 2}}, {QStringLiteral("a"), 1.0}};
    QVERIFY(JsonValue(ab) == JsonValue(ba)); // key order does not matter
    QVERIFY(ab == ba);
    const JsonObject reversed{{QStringLiteral("a"), 1}, {QStringLiteral("b"), JsonArray{2, 1}}};
    QVERIFY(ab != reversed); // array order does
    const JsonObject extra{
        {QStringLiteral("a"), 1}, {QStringLiteral("b"), JsonArray{1, 2}}, {QStringLiteral("c"), 0}};
    QVERIFY(ab != extra);
    QVERIFY(extra != ab);
    const JsonObject otherKey{{QStringLiteral("a"), 1}, {QStringLiteral("c"), JsonArray{1, 2}}};
    QVERIFY(ab != otherKey);

    QVERIFY(JsonValue(0.0) == JsonValue(-0.0)); // as === does
    QVERIFY(JsonValue(1) == JsonValue(1.0));
    QVERIFY(JsonValue(1) != JsonValue(QStringLiteral("1")));
    QVERIFY(JsonValue() != JsonValue(false));
    QVERIFY(JsonValue() == JsonValue(nullptr));
    QVERIFY(JsonValue(JsonArray{}) != JsonValue(JsonObject{}));
    QVERIFY(JsonValue(QStringLiteral("a")) != JsonValue(QStringLiteral("b")));
    QVERIFY(JsonValue(true) != JsonValue(false));

    // Large objects (hash lookups) compare the same way.
    JsonObject left;
    JsonObject right;
    for (int i = 0; i < 40; ++i) {
        left.insert(QStringLiteral("k%1").arg(i), JsonValue(i));
        right.insert(QStringLiteral("k%1").arg(39 - i), JsonValue(39 - i));
    }
    QVERIFY(left == right);
    right.insert(QStringLiteral("k0"), JsonValue(-1));
    QVERIFY(left != right);
}

void TestJsonValue::scalarText_data()
{
    QTest::addColumn<JsonValue>("value");
    QTest::addColumn<QString>("expected");

    // String(value) in Node.
    QTest::newRow("null") << JsonValue() << QStringLiteral("null");
    QTest::newRow("true") << JsonValue(true) << QStringLiteral("true");
    QTest::newRow("false") << JsonValue(false) << QStringLiteral("false");
    QTest::newRow("integer") << JsonValue(42) << QStringLiteral("42");
    QTest::newRow("negative zero") << JsonValue(-0.0) << QStringLiteral("0");
    QTest::newRow("fraction") << JsonValue(0.1) << QStringLiteral("0.1");
    QTest::newRow("big") << JsonValue(1e21) << QStringLiteral("1e+21");
    QTest::newRow("2^53") << JsonValue(qint64(9007199254740992))
                          << QStringLiteral("9007199254740992");
    QTest::newRow("NaN") << JsonValue(std::nan("")) << QStringLiteral("NaN");
    QTest::newRow("Infinity") << JsonValue(std::numeric_limits<double>::infinity())
                              << QStringLiteral("Infinity");
    QTest::newRow("-Infinity") << JsonValue(-std::numeric_limits<double>::infinity())
                               << QStringLiteral("-Infinity");
    QTest::newRow("string") << JsonValue(QStringLiteral("a-uuid")) << QStringLiteral("a-uuid");
    QTest::newRow("array") << JsonValue(
                                  JsonArray{1, JsonValue(), QStringLiteral("x"), JsonArray{2, 3}})
                           << QStringLiteral("1,,x,2,3");
    QTest::newRow("object") << JsonValue(JsonObject{}) << QStringLiteral("[object Object]");
}

void TestJsonValue::scalarText()
{
    QFETCH(JsonValue, value);
    QFETCH(QString, expected);
    QCOMPARE(value.toScalarText(), expected);
}

QTEST_GUILESS_MAIN(TestJsonValue)
#include "tst_jsonvalue.moc"
