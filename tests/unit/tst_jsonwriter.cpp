// Expected outputs below were produced by Node 20.20.2 (the runtime of directus-sync 3.4.1):
// JSON.stringify(value, null, indent) and String(number); they are literal data so the test
// needs no Node at run time.

#include "jsonreader.h"
#include "jsonwriter.h"

#include <QtTest>

#include <cmath>
#include <cstring>
#include <limits>

using namespace syncstudio;

namespace {

double fromBits(quint64 bits)
{
    double value;
    std::memcpy(&value, &bits, sizeof value);
    return value;
}

JsonValue parsed(const QByteArray &json)
{
    JsonParseError error;
    const std::optional<JsonValue> value = JsonReader::parse(json, &error);
    if (!value) {
        qFatal("test input does not parse: %s", qPrintable(error.message));
    }
    return *value;
}

} // namespace

class TestJsonWriter final : public QObject
{
    Q_OBJECT

private slots:
    void numberToString_data();
    void numberToString();
    void nonFiniteNumbers();
    void stringify_data();
    void stringify();
    void stringEscapes_data();
    void stringEscapes();
    void builtValues();
    void writeFileContent();
};

void TestJsonWriter::numberToString_data()
{
    QTest::addColumn<quint64>("bits");
    QTest::addColumn<QString>("expected");

    QTest::newRow("0") << 0x0000000000000000ULL << QStringLiteral("0");
    QTest::newRow("-0") << 0x8000000000000000ULL << QStringLiteral("0");
    QTest::newRow("1") << 0x3ff0000000000000ULL << QStringLiteral("1");
    QTest::newRow("-1") << 0xbff0000000000000ULL << QStringLiteral("-1");
    QTest::newRow("100") << 0x4059000000000000ULL << QStringLiteral("100");
    QTest::newRow("0.1") << 0x3fb999999999999aULL << QStringLiteral("0.1");
    QTest::newRow("0.1+0.2") << 0x3fd3333333333334ULL << QStringLiteral("0.30000000000000004");
    QTest::newRow("1e21") << 0x444b1ae4d6e2ef50ULL << QStringLiteral("1e+21");
    QTest::newRow("1e21-ulp") << 0x444b1ae4d6e2ef4fULL << QStringLiteral("999999999999999900000");
    QTest::newRow("1e20") << 0x4415af1d78b58c40ULL << QStringLiteral("100000000000000000000");
    QTest::newRow("123456789012345680000")
        << 0x441ac53a7e04bcdaULL << QStringLiteral("123456789012345680000");
    QTest::newRow("1e-7") << 0x3e7ad7f29abcaf48ULL << QStringLiteral("1e-7");
    QTest::newRow("1e-6") << 0x3eb0c6f7a0b5ed8dULL << QStringLiteral("0.000001");
    QTest::newRow("1.1e-6") << 0x3eb27476ca61b882ULL << QStringLiteral("0.0000011");
    QTest::newRow("9.99e-7") << 0x3eb0c2ac1dbbe3d8ULL << QStringLiteral("9.99e-7");
    QTest::newRow("123e-20") << 0x3c36b082c2148b8eULL << QStringLiteral("1.23e-18");
    QTest::newRow("5e-324") << 0x0000000000000001ULL << QStringLiteral("5e-324");
    QTest::newRow("MIN_NORMAL") << 0x0010000000000000ULL
                                << QStringLiteral("2.2250738585072014e-308");
    QTest::newRow("MAX") << 0x7fefffffffffffffULL << QStringLiteral("1.7976931348623157e+308");
    QTest::newRow("1.5e300") << 0x7e41eb2d66005835ULL << QStringLiteral("1.5e+300");
    QTest::newRow("2^53") << 0x4340000000000000ULL << QStringLiteral("9007199254740992");
    QTest::newRow("2^53+2") << 0x4340000000000001ULL << QStringLiteral("9007199254740994");
    QTest::newRow("2^53+1 parsed") << 0x4340000000000000ULL << QStringLiteral("9007199254740992");
    QTest::newRow("-1.5e-300") << 0x81b01297d23ab683ULL << QStringLiteral("-1.5e-300");
    QTest::newRow("EPSILON") << 0x3cb0000000000000ULL << QStringLiteral("2.220446049250313e-16");
    QTest::newRow("4294967295") << 0x41efffffffe00000ULL << QStringLiteral("4294967295");
    QTest::newRow("1/3") << 0x3fd5555555555555ULL << QStringLiteral("0.3333333333333333");
    QTest::newRow("2/3") << 0x3fe5555555555555ULL << QStringLiteral("0.6666666666666666");
    QTest::newRow("123.456") << 0x405edd2f1a9fbe77ULL << QStringLiteral("123.456");
    QTest::newRow("-0.000001234") << 0xbeb4b3fd5942cd96ULL << QStringLiteral("-0.000001234");
    QTest::newRow("1e100") << 0x54b249ad2594c37dULL << QStringLiteral("1e+100");
    QTest::newRow("1.2e21") << 0x445043561a882930ULL << QStringLiteral("1.2e+21");
    QTest::newRow("12e20") << 0x445043561a882930ULL << QStringLiteral("1.2e+21");
    QTest::newRow("0.5") << 0x3fe0000000000000ULL << QStringLiteral("0.5");
    QTest::newRow("1e-5") << 0x3ee4f8b588e368f1ULL << QStringLiteral("0.00001");
    QTest::newRow("25e-8") << 0x3e90c6f7a0b5ed8dULL << QStringLiteral("2.5e-7");
    QTest::newRow("1.7976931348623157e307")
        << 0x7fb9999999999999ULL << QStringLiteral("1.7976931348623158e+307");
    QTest::newRow("random 0") << 0xcfff74c6fc7d6c00ULL << QStringLiteral("-2.2764841469579585e+77");
    QTest::newRow("random 1") << 0x404f5c00b7d28c00ULL << QStringLiteral("62.71877191334352");
    QTest::newRow("random 2") << 0xb34dfc0002fcac00ULL << QStringLiteral("-1.4577595689848232e-61");
    QTest::newRow("random 3") << 0x49fd9c7035461c00ULL << QStringLiteral("2.7047907729446923e+48");
    QTest::newRow("random 4") << 0xb3624c80ff29f200ULL << QStringLiteral("-3.55856192607381e-61");
    QTest::newRow("random 5") << 0x98986800d894a800ULL << QStringLiteral("-3.423608014001566e-190");
    QTest::newRow("random 6") << 0x727be800ef722800ULL << QStringLiteral("2.9772699669448006e+243");
    QTest::newRow("random 7") << 0xabcb68008f4ba800ULL << QStringLiteral("-1.0024002545496254e-97");
    QTest::newRow("random 8") << 0x0066e800f6812872ULL << QStringLiteral("1.019362615280563e-306");
    QTest::newRow("random 9") << 0x897d5400b1f52400ULL
                              << QStringLiteral("-5.8211428114237885e-263");
    QTest::newRow("random 10") << 0x4e58b4009a9d0400ULL << QStringLiteral("2.66398072386407e+69");
    QTest::newRow("random 11") << 0xc4131400c437e400ULL << QStringLiteral("-87982376256391870000");
    QTest::newRow("random 12") << 0xeb447400bf7dc400ULL
                               << QStringLiteral("-5.253236188932322e+208");
    QTest::newRow("random 13") << 0x7244d40097e6a400ULL
                               << QStringLiteral("2.7776459696407767e+242");
    QTest::newRow("random 14") << 0xcb2c340031aa8400ULL
                               << QStringLiteral("-1.3506614949273139e+54");
    QTest::newRow("random 15") << 0x31d29480bae89b00ULL << QStringLiteral("1.0768340841307032e-68");
    QTest::newRow("random 16") << 0x56446000d05d4000ULL << QStringLiteral("3.738405022788186e+107");
    QTest::newRow("random 17") << 0xa134a0006c288000ULL
                               << QStringLiteral("-1.0081293150645304e-148");
    QTest::newRow("random 18") << 0x643ee0001705c000ULL << QStringLiteral("7.636326484880159e+174");
    QTest::newRow("random 19") << 0x0df32080a76c3700ULL << QStringLiteral("1.792790351676572e-241");
    QTest::newRow("random 20") << 0xcbd5cc00b6303c00ULL
                               << QStringLiteral("-2.1378323445825853e+57");
    QTest::newRow("random 21") << 0xacd1ec001349dc00ULL << QStringLiteral("-8.591812997294307e-93");
    QTest::newRow("random 22") << 0xdf7b0c80d033b200ULL
                               << QStringLiteral("-8.854142056110252e+151");
    QTest::newRow("random 23") << 0x123f2a007fb14280ULL << QStringLiteral("8.621391441494034e-221");
    QTest::newRow("decimal 0") << 0x408b978d4fdf3b64ULL << QStringLiteral("882.944");
    QTest::newRow("decimal 1") << 0x40fc100000000000ULL << QStringLiteral("114944");
    QTest::newRow("decimal 2") << 0x3fa248d7e02645e5ULL << QStringLiteral("0.035712");
    QTest::newRow("decimal 3") << 0x402c6dc5d6388659ULL << QStringLiteral("14.2144");
    QTest::newRow("decimal 4") << 0x401cc100e6afcce2ULL << QStringLiteral("7.18848");
    QTest::newRow("decimal 5") << 0x408ccd4fdf3b645aULL << QStringLiteral("921.664");
    QTest::newRow("decimal 6") << 0x3fe66277c45cbbc3ULL << QStringLiteral("0.69952");
    QTest::newRow("decimal 7") << 0x40783a5e353f7ceeULL << QStringLiteral("387.648");
    QTest::newRow("decimal 8") << 0x3f606903cf985928ULL << QStringLiteral("0.0020032");
    QTest::newRow("decimal 9") << 0x40f3ac0000000000ULL << QStringLiteral("80576");
    QTest::newRow("decimal 10") << 0x40e70ccccccccccdULL << QStringLiteral("47206.4");
    QTest::newRow("decimal 11") << 0x40b651eb851eb852ULL << QStringLiteral("5713.92");
}

void TestJsonWriter::numberToString()
{
    QFETCH(quint64, bits);
    QFETCH(QString, expected);
    QCOMPARE(JsonWriter::numberToString(fromBits(bits)), expected);
    // Numbers inside documents are written the same way.
    QCOMPARE(JsonWriter::stringify(JsonValue(fromBits(bits))), expected.toLatin1());
}

void TestJsonWriter::nonFiniteNumbers()
{
    // JSON.stringify(NaN) and JSON.stringify(Infinity) are "null".
    QCOMPARE(JsonWriter::numberToString(std::numeric_limits<double>::quiet_NaN()),
             QStringLiteral("null"));
    QCOMPARE(JsonWriter::numberToString(std::numeric_limits<double>::infinity()),
             QStringLiteral("null"));
    QCOMPARE(JsonWriter::numberToString(-std::numeric_limits<double>::infinity()),
             QStringLiteral("null"));
    const JsonArray array{JsonValue(std::nan("")), JsonValue(HUGE_VAL)};
    QCOMPARE(JsonWriter::stringify(array, 0), QByteArray("[null,null]"));
}

void TestJsonWriter::stringify_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("indent");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("indent 0")
        << QByteArray("{\"b\":[1,[],{},[[]],{\"x\":{}},\"s\"],\"a\":{\"c\":null,\"d\":true,\"e\":"
                      "false},\"10\":-0,\"2\":1e21,\"n\":[0.1,1e-7,-5e-324]}")
        << 0
        << QByteArray("{\"2\":1e+21,\"10\":0,\"b\":[1,[],{},[[]],{\"x\":{}},\"s\"],\"a\":{\"c\":"
                      "null,\"d\":true,\"e\":false},\"n\":[0.1,1e-7,-5e-324]}");
    QTest::newRow("indent 1")
        << QByteArray("{\"b\":[1,[],{},[[]],{\"x\":{}},\"s\"],\"a\":{\"c\":null,\"d\":true,\"e\":"
                      "false},\"10\":-0,\"2\":1e21,\"n\":[0.1,1e-7,-5e-324]}")
        << 1
        << QByteArray(
               "{\n \"2\": 1e+21,\n \"10\": 0,\n \"b\": [\n  1,\n  [],\n  {},\n  [\n   []\n  ],\n  "
               "{\n   \"x\": {}\n  },\n  \"s\"\n ],\n \"a\": {\n  \"c\": null,\n  \"d\": true,\n  "
               "\"e\": false\n },\n \"n\": [\n  0.1,\n  1e-7,\n  -5e-324\n ]\n}");
    QTest::newRow("indent 2")
        << QByteArray("{\"b\":[1,[],{},[[]],{\"x\":{}},\"s\"],\"a\":{\"c\":null,\"d\":true,\"e\":"
                      "false},\"10\":-0,\"2\":1e21,\"n\":[0.1,1e-7,-5e-324]}")
        << 2
        << QByteArray("{\n  \"2\": 1e+21,\n  \"10\": 0,\n  \"b\": [\n    1,\n    [],\n    {},\n    "
                      "[\n      []\n    ],\n    {\n      \"x\": {}\n    },\n    \"s\"\n  ],\n  "
                      "\"a\": {\n    \"c\": null,\n    \"d\": true,\n    \"e\": false\n  },\n  "
                      "\"n\": [\n    0.1,\n    1e-7,\n    -5e-324\n  ]\n}");
    QTest::newRow("indent 4")
        << QByteArray("{\"b\":[1,[],{},[[]],{\"x\":{}},\"s\"],\"a\":{\"c\":null,\"d\":true,\"e\":"
                      "false},\"10\":-0,\"2\":1e21,\"n\":[0.1,1e-7,-5e-324]}")
        << 4
        << QByteArray("{\n    \"2\": 1e+21,\n    \"10\": 0,\n    \"b\": [\n        1,\n        "
                      "[],\n        {},\n        [\n            []\n        ],\n        {\n        "
                      "    \"x\": {}\n        },\n        \"s\"\n    ],\n    \"a\": {\n        "
                      "\"c\": null,\n        \"d\": true,\n        \"e\": false\n    },\n    "
                      "\"n\": [\n        0.1,\n        1e-7,\n        -5e-324\n    ]\n}");
    QTest::newRow("indent 10")
        << QByteArray("{\"b\":[1,[],{},[[]],{\"x\":{}},\"s\"],\"a\":{\"c\":null,\"d\":true,\"e\":"
                      "false},\"10\":-0,\"2\":1e21,\"n\":[0.1,1e-7,-5e-324]}")
        << 10
        << QByteArray(
               "{\n          \"2\": 1e+21,\n          \"10\": 0,\n          \"b\": [\n             "
               "       1,\n                    [],\n                    {},\n                    "
               "[\n                              []\n                    ],\n                    "
               "{\n                              \"x\": {}\n                    },\n               "
               "     \"s\"\n          ],\n          \"a\": {\n                    \"c\": null,\n   "
               "                 \"d\": true,\n                    \"e\": false\n          },\n    "
               "      \"n\": [\n                    0.1,\n                    1e-7,\n              "
               "      -5e-324\n          ]\n}");
    QTest::newRow("indent 11")
        << QByteArray("{\"b\":[1,[],{},[[]],{\"x\":{}},\"s\"],\"a\":{\"c\":null,\"d\":true,\"e\":"
                      "false},\"10\":-0,\"2\":1e21,\"n\":[0.1,1e-7,-5e-324]}")
        << 11
        << QByteArray(
               "{\n          \"2\": 1e+21,\n          \"10\": 0,\n          \"b\": [\n             "
               "       1,\n                    [],\n                    {},\n                    "
               "[\n                              []\n                    ],\n                    "
               "{\n                              \"x\": {}\n                    },\n               "
               "     \"s\"\n          ],\n          \"a\": {\n                    \"c\": null,\n   "
               "                 \"d\": true,\n                    \"e\": false\n          },\n    "
               "      \"n\": [\n                    0.1,\n                    1e-7,\n              "
               "      -5e-324\n          ]\n}");
    QTest::newRow("indent -1")
        << QByteArray("{\"b\":[1,[],{},[[]],{\"x\":{}},\"s\"],\"a\":{\"c\":null,\"d\":true,\"e\":"
                      "false},\"10\":-0,\"2\":1e21,\"n\":[0.1,1e-7,-5e-324]}")
        << -1
        << QByteArray("{\"2\":1e+21,\"10\":0,\"b\":[1,[],{},[[]],{\"x\":{}},\"s\"],\"a\":{\"c\":"
                      "null,\"d\":true,\"e\":false},\"n\":[0.1,1e-7,-5e-324]}");
    QTest::newRow("empty array") << QByteArray("[]") << 2 << QByteArray("[]");
    QTest::newRow("empty object") << QByteArray("{}") << 2 << QByteArray("{}");
    QTest::newRow("nested empties")
        << QByteArray("[[],{},[{}]]") << 2 << QByteArray("[\n  [],\n  {},\n  [\n    {}\n  ]\n]");
    QTest::newRow("scalar string") << QByteArray("\"x\"") << 2 << QByteArray("\"x\"");
    QTest::newRow("scalar number") << QByteArray("1.5") << 2 << QByteArray("1.5");
    QTest::newRow("null") << QByteArray("null") << 2 << QByteArray("null");
    QTest::newRow("true") << QByteArray("true") << 2 << QByteArray("true");
}

void TestJsonWriter::stringify()
{
    QFETCH(QByteArray, json);
    QFETCH(int, indent);
    QFETCH(QByteArray, expected);
    QCOMPARE(JsonWriter::stringify(parsed(json), indent), expected);
}

void TestJsonWriter::stringEscapes_data()
{
    QTest::addColumn<QList<char16_t>>("units");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("all ASCII")
        << QList<char16_t>{0x0,  0x1,  0x2,  0x3,  0x4,  0x5,  0x6,  0x7,  0x8,  0x9,  0xa,  0xb,
                           0xc,  0xd,  0xe,  0xf,  0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17,
                           0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x21, 0x22, 0x23,
                           0x24, 0x25, 0x26, 0x27, 0x28, 0x29, 0x2a, 0x2b, 0x2c, 0x2d, 0x2e, 0x2f,
                           0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x3a, 0x3b,
                           0x3c, 0x3d, 0x3e, 0x3f, 0x40, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47,
                           0x48, 0x49, 0x4a, 0x4b, 0x4c, 0x4d, 0x4e, 0x4f, 0x50, 0x51, 0x52, 0x53,
                           0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x5a, 0x5b, 0x5c, 0x5d, 0x5e, 0x5f,
                           0x60, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x6b,
                           0x6c, 0x6d, 0x6e, 0x6f, 0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77,
                           0x78, 0x79, 0x7a, 0x7b, 0x7c, 0x7d, 0x7e, 0x7f}
        << QByteArray("\"\\u0000\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007\\b\\t\\n\\u000b\\"
                      "f\\r\\u000e\\u000f\\u0010\\u0011\\u0012\\u0013\\u0014\\u0015\\u0016\\u0017\\"
                      "u0018\\u0019\\u001a\\u001b\\u001c\\u001d\\u001e\\u001f "
                      "!\\\"#$%&'()*+,-./"
                      "0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\\\]^_`"
                      "abcdefghijklmnopqrstuvwxyz{|}~\x7f\"");
    QTest::newRow("latin and cjk")
        << QList<char16_t>{0x63, 0x61, 0x66, 0xe9, 0x20, 0x4e2d, 0x6587, 0x20, 0xdf}
        << QByteArray("\"caf\xc3\xa9 \xe4\xb8\xad\xe6\x96\x87 \xc3\x9f\"");
    QTest::newRow("emoji pair") << QList<char16_t>{0xd83d, 0xde00, 0xd83d, 0xdc4d, 0xd83c, 0xdffd}
                                << QByteArray(
                                       "\"\xf0\x9f\x98\x80\xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd\"");
    QTest::newRow("lone high") << QList<char16_t>{0x61, 0xd800, 0x62}
                               << QByteArray("\"a\\ud800b\"");
    QTest::newRow("lone low") << QList<char16_t>{0x61, 0xdc00, 0x62} << QByteArray("\"a\\udc00b\"");
    QTest::newRow("reversed pair")
        << QList<char16_t>{0xdc00, 0xd800} << QByteArray("\"\\udc00\\ud800\"");
    QTest::newRow("high at end") << QList<char16_t>{0x78, 0xdbff} << QByteArray("\"x\\udbff\"");
    QTest::newRow("pair then lone")
        << QList<char16_t>{0xd83d, 0xde00, 0xd83d} << QByteArray("\"\xf0\x9f\x98\x80\\ud83d\"");
    QTest::newRow("C1 and separators")
        << QList<char16_t>{0x80, 0x9f, 0xa0, 0x2028, 0x2029, 0xfeff, 0xffff}
        << QByteArray(
               "\"\xc2\x80\xc2\x9f\xc2\xa0\xe2\x80\xa8\xe2\x80\xa9\xef\xbb\xbf\xef\xbf\xbf\"");
    QTest::newRow("DEL") << QList<char16_t>{0x7f} << QByteArray("\"\x7f\"");
}

void TestJsonWriter::stringEscapes()
{
    QFETCH(QList<char16_t>, units);
    QFETCH(QByteArray, expected);
    const QString text(reinterpret_cast<const QChar *>(units.constData()), units.size());
    QCOMPARE(JsonWriter::stringify(JsonValue(text)), expected);
    // Keys are escaped exactly like values.
    const JsonObject object{{text, JsonValue(1)}};
    QCOMPARE(JsonWriter::stringify(object, 0), QByteArray('{' + expected + ":1}"));
}

void TestJsonWriter::builtValues()
{
    // Values built in code, not parsed: key order is JavaScript's, whatever the insertion order.
    JsonObject item;
    item.insert(QStringLiteral("name"), JsonValue(QStringLiteral("x")));
    item.insert(QStringLiteral("10"), JsonValue(1));
    item.insert(QStringLiteral("id"), JsonValue(qint64(9007199254740991)));
    item.insert(QStringLiteral("2"), JsonValue(true));
    item.insert(QStringLiteral("tags"), JsonArray{});
    item.insert(QStringLiteral("meta"), JsonObject{});
    item.insert(QStringLiteral("name"), JsonValue()); // keeps its position
    // Node: JSON.stringify({name:"x",10:1,id:9007199254740991,2:true,tags:[],meta:{},name:null},
    //                      null, 2)
    QCOMPARE(JsonWriter::stringify(item),
             QByteArray("{\n  \"2\": true,\n  \"10\": 1,\n  \"name\": null,\n  \"id\": "
                        "9007199254740991,\n  \"tags\": [],\n  \"meta\": {}\n}"));
    QCOMPARE(JsonWriter::stringify(JsonValue(QLatin1StringView("plain")), 2),
             QByteArray("\"plain\""));
}

void TestJsonWriter::writeFileContent()
{
    // fs-extra's writeJsonSync(file, value, {spaces: 2}): stringify plus one "\n".
    const JsonValue value = parsed("[{\"_syncId\":\"a\",\"x\":[]}]");
    QCOMPARE(JsonWriter::writeFileContent(value),
             QByteArray("[\n  {\n    \"_syncId\": \"a\",\n    \"x\": []\n  }\n]\n"));
    QCOMPARE(JsonWriter::writeFileContent(JsonArray{}), QByteArray("[]\n"));
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
