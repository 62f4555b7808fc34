// Expected documents below were produced by Node 20.20.2:
// JSON.stringify(JSON.parse(text), null, 2), after stripping a BOM as fs-extra does. Node is
// not needed at run time.

#include "jsonreader.h"
#include "jsonwriter.h"

#include <QtTest>

#include <cstring>

using namespace syncstudio;

namespace {

quint64 bitsOf(double value)
{
    quint64 bits;
    std::memcpy(&bits, &value, sizeof bits);
    return bits;
}

QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

} // namespace

class TestJsonReader final : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void numbers_data();
    void numbers();
    void strings();
    void duplicateKeys();
    void errors_data();
    void errors();
    void invalidUtf8_data();
    void invalidUtf8();
    void depthLimit();
    void errorIsOptional();
    void largeDocument();
};

void TestJsonReader::roundTrip_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("key order")
        << QByteArray(
               "{\"b\":1,\"a\":2,\"10\":3,\"2\":4,\"01\":5,\"-1\":6,\"4294967295\":7,"
               "\"4294967294\":8,\"0\":9,\"1.5\":10,\" 1\":11,\"1e3\":12,\"00\":13,\"+1\":14}")
        << QByteArray(
               "{\n  \"0\": 9,\n  \"2\": 4,\n  \"10\": 3,\n  \"4294967294\": 8,\n  \"b\": 1,\n  "
               "\"a\": 2,\n  \"01\": 5,\n  \"-1\": 6,\n  \"4294967295\": 7,\n  \"1.5\": 10,\n  \" "
               "1\": 11,\n  \"1e3\": 12,\n  \"00\": 13,\n  \"+1\": 14\n}");
    QTest::newRow("duplicate keys")
        << QByteArray("{\"a\":1,\"b\":2,\"a\":3,\"1\":4,\"1\":5,\"b\":{\"x\":1},\"b\":[2]}")
        << QByteArray("{\n  \"1\": 5,\n  \"a\": 3,\n  \"b\": [\n    2\n  ]\n}");
    QTest::newRow("duplicate keys large")
        << QByteArray(
               "{\"k0\":0,\"k1\":1,\"k2\":2,\"k3\":3,\"k4\":4,\"k5\":5,\"k6\":6,\"k7\":7,\"k8\":8,"
               "\"k9\":9,\"k10\":10,\"k11\":11,\"k12\":12,\"k13\":13,\"k14\":14,\"k15\":15,\"k16\":"
               "16,\"k17\":17,\"k18\":18,\"k19\":19,\"k20\":20,\"k21\":21,\"k22\":22,\"k23\":23,"
               "\"k24\":24,\"k0\":25,\"k1\":26,\"k2\":27,\"k3\":28,\"k4\":29,\"k5\":30,\"k6\":31,"
               "\"k7\":32,\"k8\":33,\"k9\":34,\"k10\":35,\"k11\":36,\"k12\":37,\"k13\":38,\"k14\":"
               "39,\"7\":\"i\",\"3\":\"j\",\"7\":\"k\"}")
        << QByteArray("{\n  \"3\": \"j\",\n  \"7\": \"k\",\n  \"k0\": 25,\n  \"k1\": 26,\n  "
                      "\"k2\": 27,\n  \"k3\": 28,\n  \"k4\": 29,\n  \"k5\": 30,\n  \"k6\": 31,\n  "
                      "\"k7\": 32,\n  \"k8\": 33,\n  \"k9\": 34,\n  \"k10\": 35,\n  \"k11\": 36,\n "
                      " \"k12\": 37,\n  \"k13\": 38,\n  \"k14\": 39,\n  \"k15\": 15,\n  \"k16\": "
                      "16,\n  \"k17\": 17,\n  \"k18\": 18,\n  \"k19\": 19,\n  \"k20\": 20,\n  "
                      "\"k21\": 21,\n  \"k22\": 22,\n  \"k23\": 23,\n  \"k24\": 24\n}");
    QTest::newRow("empties")
        << QByteArray("{\"a\":[],\"b\":{},\"c\":[[],[{}],{\"x\":[]}],\"d\":\"\"}")
        << QByteArray("{\n  \"a\": [],\n  \"b\": {},\n  \"c\": [\n    [],\n    [\n      {}\n    "
                      "],\n    {\n      \"x\": []\n    }\n  ],\n  \"d\": \"\"\n}");
    QTest::newRow("numbers")
        << QByteArray("[0,-0,1e21,1E21,1e-7,123e-20,0.1,5e-324,1.7976931348623157e308,100,1.5e300,"
                      "9007199254740993,1e400,-1e400,1e-400,0.0000001,12345678901234567890123,2.5e+"
                      "3,2.5E-3,-0.0]")
        << QByteArray(
               "[\n  0,\n  0,\n  1e+21,\n  1e+21,\n  1e-7,\n  1.23e-18,\n  0.1,\n  5e-324,\n  "
               "1.7976931348623157e+308,\n  100,\n  1.5e+300,\n  9007199254740992,\n  null,\n  "
               "null,\n  0,\n  1e-7,\n  1.2345678901234568e+22,\n  2500,\n  0.0025,\n  0\n]");
    QTest::newRow("unicode")
        << QByteArray("{\"emoji\":\"\xf0\x9f\x98\x80\",\"acc\":\"caf\xc3\xa9\",\"cjk\":"
                      "\"\xe4\xb8\xad\xe6\x96\x87\",\"raw-ls\":\"\xe2\x80\xa8\xe2\x80\xa9\"}")
        << QByteArray(
               "{\n  \"emoji\": \"\xf0\x9f\x98\x80\",\n  \"acc\": \"caf\xc3\xa9\",\n  \"cjk\": "
               "\"\xe4\xb8\xad\xe6\x96\x87\",\n  \"raw-ls\": \"\xe2\x80\xa8\xe2\x80\xa9\"\n}");
    QTest::newRow("escapes")
        << QByteArray("{\"ctl\":\"\\u0001\\u001f\\u007f\\b\\f\\n\\r\\t\",\"slash\":\"a/b\\/"
                      "c\",\"q\":\"\\\"\\\\\",\"lone\":\"\\ud800x\\udc00\\udbff\\ud800\\udc00\","
                      "\"nul\":\"\\u0000\",\"hex\":\"\\u00e9\\u4E2D\\uAbCd\"}")
        << QByteArray(
               "{\n  \"ctl\": \"\\u0001\\u001f\x7f\\b\\f\\n\\r\\t\",\n  \"slash\": \"a/b/c\",\n  "
               "\"q\": \"\\\"\\\\\",\n  \"lone\": \"\\ud800x\\udc00\\udbff\xf0\x90\x80\x80\",\n  "
               "\"nul\": \"\\u0000\",\n  \"hex\": \"\xc3\xa9\xe4\xb8\xad\xea\xaf\x8d\"\n}");
    QTest::newRow("whitespace") << QByteArray(" \x09\x0d\n{ \x09\x0d\n\"a\" \x09\x0d\n: "
                                              "\x09\x0d\n[ 1 , 2 ] \x09\x0d\n} \x09\x0d\n")
                                << QByteArray("{\n  \"a\": [\n    1,\n    2\n  ]\n}");
    QTest::newRow("bom") << QByteArray("\xef\xbb\xbf{\"a\":1}") << QByteArray("{\n  \"a\": 1\n}");
    QTest::newRow("proto key") << QByteArray(
                                      "{\"__proto__\":{\"x\":1},\"constructor\":2,\"toString\":3}")
                               << QByteArray("{\n  \"__proto__\": {\n    \"x\": 1\n  },\n  "
                                             "\"constructor\": 2,\n  \"toString\": 3\n}");
    QTest::newRow("top-level string") << QByteArray("\"hello\"") << QByteArray("\"hello\"");
    QTest::newRow("top-level number") << QByteArray(" 42 ") << QByteArray("42");
    QTest::newRow("top-level null") << QByteArray("null") << QByteArray("null");
    QTest::newRow("deep 100")
        << QByteArray("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["
                      "[[[[[[[[[[[[[[[[[[[[[[[[{\"a\":1}]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]"
                      "]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]")
        << QByteArray(
               "[\n  [\n    [\n      [\n        [\n          [\n            [\n              [\n   "
               "             [\n                  [\n                    [\n                      "
               "[\n                        [\n                          [\n                        "
               "    [\n                              [\n                                [\n        "
               "                          [\n                                    [\n               "
               "                       [\n                                        [\n              "
               "                            [\n                                            [\n     "
               "                                         [\n                                       "
               "         [\n                                                  [\n                  "
               "                                  [\n                                              "
               "        [\n                                                        [\n             "
               "                                             [\n                                   "
               "                         [\n                                                       "
               "       [\n                                                                [\n      "
               "                                                            [\n                    "
               "                                                [\n                                "
               "                                      [\n                                          "
               "                              [\n                                                  "
               "                        [\n                                                        "
               "                    [\n                                                            "
               "                  [\n                                                              "
               "                  [\n                                                              "
               "                    [\n                                                            "
               "                        [\n                                                        "
               "                              [\n                                                  "
               "                                      [\n                                          "
               "                                                [\n                                "
               "                                                            [\n                    "
               "                                                                          [\n      "
               "                                                                                   "
               "       [\n                                                                         "
               "                         [\n                                                       "
               "                                             [\n                                   "
               "                                                                   [\n             "
               "                                                                                   "
               "        [\n                                                                        "
               "                                  [\n                                              "
               "                                                              [\n                  "
               "                                                                                   "
               "         [\n                                                                       "
               "                                         [\n                                       "
               "                                                                           [\n     "
               "                                                                                   "
               "                            [\n                                                    "
               "                                                                  [\n              "
               "                                                                                   "
               "                       [\n                                                         "
               "                                                                 [\n               "
               "                                                                                   "
               "                          [\n                                                      "
               "                                                                        [\n        "
               "                                                                                   "
               "                                     [\n                                           "
               "                                                                                   "
               "    [\n                                                                            "
               "                                                        [\n                        "
               "                                                                                   "
               "                           [\n                                                     "
               "                                                                                   "
               "[\n                                                                                "
               "                                                          [\n                      "
               "                                                                                   "
               "                                   [\n                                             "
               "                                                                                   "
               "              [\n                                                                  "
               "                                                                              [\n  "
               "                                                                                   "
               "                                                             [\n                   "
               "                                                                                   "
               "                                              [\n                                  "
               "                                                                                   "
               "                                 [\n                                               "
               "                                                                                   "
               "                      [\n                                                          "
               "                                                                                   "
               "             [\n                                                                   "
               "                                                                                   "
               "      [\n                                                                          "
               "                                                                                   "
               " [\n                                                                               "
               "                                                                                 "
               "[\n                                                                                "
               "                                                                                  "
               "[\n                                                                                "
               "                                                                                   "
               " [\n                                                                               "
               "                                                                                   "
               "    [\n                                                                            "
               "                                                                                   "
               "         [\n                                                                       "
               "                                                                                   "
               "                [\n                                                                "
               "                                                                                   "
               "                         [\n                                                       "
               "                                                                                   "
               "                                    [\n                                            "
               "                                                                                   "
               "                                                 [\n                               "
               "                                                                                   "
               "                                                                [\n                "
               "                                                                                   "
               "                                                                                 "
               "[\n                                                                                "
               "                                                                                   "
               "                   [\n                                                             "
               "                                                                                   "
               "                                        [\n                                        "
               "                                                                                   "
               "                                                               [\n                 "
               "                                                                                   "
               "                                                                                   "
               "     [\n                                                                           "
               "                                                                                   "
               "                                [\n                                                "
               "                                                                                   "
               "                                                             [\n                   "
               "                                                                                   "
               "                                                                                   "
               "         [\n                                                                       "
               "                                                                                   "
               "                                          [\n                                      "
               "                                                                                   "
               "                                                                             [\n   "
               "                                                                                   "
               "                                                                                   "
               "                               {\n                                                 "
               "                                                                                   "
               "                                                                      \"a\": 1\n   "
               "                                                                                   "
               "                                                                                   "
               "                               }\n                                                 "
               "                                                                                   "
               "                                                                  ]\n              "
               "                                                                                   "
               "                                                                                   "
               "                ]\n                                                                "
               "                                                                                   "
               "                                               ]\n                                 "
               "                                                                                   "
               "                                                                            ]\n    "
               "                                                                                   "
               "                                                                                   "
               "                    ]\n                                                            "
               "                                                                                   "
               "                                             ]\n                                   "
               "                                                                                   "
               "                                                                    ]\n            "
               "                                                                                   "
               "                                                                                   "
               "      ]\n                                                                          "
               "                                                                                   "
               "                         ]\n                                                       "
               "                                                                                   "
               "                                          ]\n                                      "
               "                                                                                   "
               "                                                         ]\n                       "
               "                                                                                   "
               "                                                                      ]\n          "
               "                                                                                   "
               "                                                                                 "
               "]\n                                                                                "
               "                                                                                   "
               "         ]\n                                                                       "
               "                                                                                   "
               "                ]\n                                                                "
               "                                                                                   "
               "                     ]\n                                                           "
               "                                                                                   "
               "                        ]\n                                                        "
               "                                                                                   "
               "                         ]\n                                                       "
               "                                                                                   "
               "                        ]\n                                                        "
               "                                                                                   "
               "                     ]\n                                                           "
               "                                                                                   "
               "                ]\n                                                                "
               "                                                                                   "
               "         ]\n                                                                       "
               "                                                                                   "
               "]\n                                                                                "
               "                                                                        ]\n        "
               "                                                                                   "
               "                                                           ]\n                     "
               "                                                                                   "
               "                                            ]\n                                    "
               "                                                                                   "
               "                           ]\n                                                     "
               "                                                                                   "
               "        ]\n                                                                        "
               "                                                                      ]\n          "
               "                                                                                   "
               "                                               ]\n                                 "
               "                                                                                   "
               "                      ]\n                                                          "
               "                                                                              ]\n  "
               "                                                                                   "
               "                                                 ]\n                               "
               "                                                                                   "
               "                  ]\n                                                              "
               "                                                                    ]\n            "
               "                                                                                   "
               "                                 ]\n                                               "
               "                                                                               ]\n "
               "                                                                                   "
               "                                        ]\n                                        "
               "                                                                                  "
               "]\n                                                                                "
               "                                        ]\n                                        "
               "                                                                              ]\n  "
               "                                                                                   "
               "                               ]\n                                                 "
               "                                                                 ]\n               "
               "                                                                                   "
               "              ]\n                                                                  "
               "                                            ]\n                                    "
               "                                                                        ]\n        "
               "                                                                                   "
               "               ]\n                                                                 "
               "                                       ]\n                                         "
               "                                                             ]\n                   "
               "                                                                                 "
               "]\n                                                                                "
               "                  ]\n                                                              "
               "                                  ]\n                                              "
               "                                                ]\n                                "
               "                                                            ]\n                    "
               "                                                                      ]\n          "
               "                                                                              ]\n  "
               "                                                                                   "
               " ]\n                                                                               "
               "     ]\n                                                                           "
               "       ]\n                                                                         "
               "       ]\n                                                                         "
               "     ]\n                                                                           "
               " ]\n                                                                          ]\n  "
               "                                                                      ]\n          "
               "                                                            ]\n                    "
               "                                                ]\n                                "
               "                                  ]\n                                              "
               "                  ]\n                                                              "
               "]\n                                                            ]\n                 "
               "                                         ]\n                                       "
               "                 ]\n                                                      ]\n      "
               "                                              ]\n                                  "
               "                ]\n                                                ]\n             "
               "                                 ]\n                                            "
               "]\n                                          ]\n                                   "
               "     ]\n                                      ]\n                                  "
               "  ]\n                                  ]\n                                ]\n      "
               "                        ]\n                            ]\n                         "
               " ]\n                        ]\n                      ]\n                    ]\n    "
               "              ]\n                ]\n              ]\n            ]\n          ]\n  "
               "      ]\n      ]\n    ]\n  ]\n]");
    QTest::newRow("utf8 boundaries")
        << QByteArray("[\"\xc2\x80\xdf\xbf\xe0\xa0\x80\xed\x9f\xbf\xee\x80\x80\xef\xbf\xbf\xf0\x90"
                      "\x80\x80\xf4\x8f\xbf\xbf\"]")
        << QByteArray("[\n  "
                      "\"\xc2\x80\xdf\xbf\xe0\xa0\x80\xed\x9f\xbf\xee\x80\x80\xef\xbf\xbf\xf0\x90"
                      "\x80\x80\xf4\x8f\xbf\xbf\"\n]");
}

void TestJsonReader::roundTrip()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    JsonParseError error;
    const std::optional<JsonValue> value = JsonReader::parse(input, &error);
    QVERIFY2(value.has_value(), qPrintable(error.message));
    QCOMPARE(JsonWriter::stringify(*value, 2), expected);
}

void TestJsonReader::numbers_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<quint64>("bits");

    QTest::newRow("0") << QByteArray("0") << 0x0000000000000000ULL;
    QTest::newRow("-0") << QByteArray("-0") << 0x8000000000000000ULL;
    QTest::newRow("-0.0") << QByteArray("-0.0") << 0x8000000000000000ULL;
    QTest::newRow("0e0") << QByteArray("0e0") << 0x0000000000000000ULL;
    QTest::newRow("1") << QByteArray("1") << 0x3ff0000000000000ULL;
    QTest::newRow("-1") << QByteArray("-1") << 0xbff0000000000000ULL;
    QTest::newRow("0.1") << QByteArray("0.1") << 0x3fb999999999999aULL;
    QTest::newRow("1e21") << QByteArray("1e21") << 0x444b1ae4d6e2ef50ULL;
    QTest::newRow("1E+21") << QByteArray("1E+21") << 0x444b1ae4d6e2ef50ULL;
    QTest::newRow("1e-7") << QByteArray("1e-7") << 0x3e7ad7f29abcaf48ULL;
    QTest::newRow("123e-20") << QByteArray("123e-20") << 0x3c36b082c2148b8eULL;
    QTest::newRow("5e-324") << QByteArray("5e-324") << 0x0000000000000001ULL;
    QTest::newRow("2.4703282292062328e-324")
        << QByteArray("2.4703282292062328e-324") << 0x0000000000000001ULL;
    QTest::newRow("2.4703282292062327e-324")
        << QByteArray("2.4703282292062327e-324") << 0x0000000000000000ULL;
    QTest::newRow("1e-400") << QByteArray("1e-400") << 0x0000000000000000ULL;
    QTest::newRow("-1e-400") << QByteArray("-1e-400") << 0x8000000000000000ULL;
    QTest::newRow("1.7976931348623157e308")
        << QByteArray("1.7976931348623157e308") << 0x7fefffffffffffffULL;
    QTest::newRow("1.7976931348623158e308")
        << QByteArray("1.7976931348623158e308") << 0x7fefffffffffffffULL;
    QTest::newRow("1.7976931348623159e308")
        << QByteArray("1.7976931348623159e308") << 0x7ff0000000000000ULL;
    QTest::newRow("1e400") << QByteArray("1e400") << 0x7ff0000000000000ULL;
    QTest::newRow("-1e400") << QByteArray("-1e400") << 0xfff0000000000000ULL;
    QTest::newRow("1e99999999999999999999")
        << QByteArray("1e99999999999999999999") << 0x7ff0000000000000ULL;
    QTest::newRow("9007199254740993") << QByteArray("9007199254740993") << 0x4340000000000000ULL;
    QTest::newRow("9007199254740995") << QByteArray("9007199254740995") << 0x4340000000000002ULL;
    QTest::newRow("2.2250738585072011e-308")
        << QByteArray("2.2250738585072011e-308") << 0x000fffffffffffffULL;
    QTest::newRow("2.2250738585072012e-308")
        << QByteArray("2.2250738585072012e-308") << 0x0010000000000000ULL;
    QTest::newRow("0.30000000000000004")
        << QByteArray("0.30000000000000004") << 0x3fd3333333333334ULL;
    QTest::newRow("123456789012345678901234567890")
        << QByteArray("123456789012345678901234567890") << 0x45f8ee90ff6c373eULL;
    QTest::newRow("1.00000000000000011102230246251565404236...")
        << QByteArray("1.00000000000000011102230246251565404236316680908203125")
        << 0x3ff0000000000000ULL;
    QTest::newRow("1.00000000000000011102230246251565404236...")
        << QByteArray("1.00000000000000011102230246251565404236316680908203124")
        << 0x3ff0000000000000ULL;
    QTest::newRow("1.00000000000000011102230246251565404236...")
        << QByteArray("1.00000000000000011102230246251565404236316680908203126")
        << 0x3ff0000000000001ULL;
    QTest::newRow("4.9406564584124654e-324")
        << QByteArray("4.9406564584124654e-324") << 0x0000000000000001ULL;
    QTest::newRow("100e-2") << QByteArray("100e-2") << 0x3ff0000000000000ULL;
    QTest::newRow("0.000000000000000000000000000001e30")
        << QByteArray("0.000000000000000000000000000001e30") << 0x3ff0000000000000ULL;
}

void TestJsonReader::numbers()
{
    QFETCH(QByteArray, text);
    QFETCH(quint64, bits);
    const std::optional<JsonValue> value = JsonReader::parse(text);
    QVERIFY(value.has_value());
    QVERIFY(value->isNumber());
    // Bit for bit: correct rounding, the sign of zero, overflow to Infinity.
    QCOMPARE(QString::number(bitsOf(value->toNumber()), 16), QString::number(bits, 16));
}

void TestJsonReader::strings()
{
    // \u escapes yield UTF-16 code units: pairs combine, lone surrogates stay.
    const std::optional<JsonValue> value =
        JsonReader::parse(R"(["\ud83d\ude00", "a\udc00b\ud800", "\u0000", "\u00E9"])");
    QVERIFY(value.has_value());
    const JsonArray &array = value->toArray();
    QCOMPARE(array.size(), 4);
    QCOMPARE(array.at(0).toString(), QString::fromUtf8("\xf0\x9f\x98\x80"));
    const QString lone = array.at(1).toString();
    QCOMPARE(lone.size(), 4);
    QCOMPARE(lone.at(1).unicode(), char16_t(0xDC00));
    QCOMPARE(lone.at(3).unicode(), char16_t(0xD800));
    QCOMPARE(array.at(2).toString(), QString(QChar(0)));
    QCOMPARE(array.at(3).toString(), QString(QChar(0xE9)));

    // Raw UTF-8 becomes the same UTF-16 text.
    const std::optional<JsonValue> raw = JsonReader::parse("\"caf\xc3\xa9 \xf0\x9f\x98\x80\"");
    QVERIFY(raw.has_value());
    QCOMPARE(raw->toString(), QString::fromUtf8("caf\xc3\xa9 \xf0\x9f\x98\x80"));
}

void TestJsonReader::duplicateKeys()
{
    // JSON.parse: the first occurrence keeps its position, the last value wins.
    const std::optional<JsonValue> value = JsonReader::parse(R"({"a":1,"b":2,"a":3})");
    QVERIFY(value.has_value());
    const JsonObject &object = value->toObject();
    QCOMPARE(object.keys(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(object.value(QStringLiteral("a")).toNumber(), 3.0);

    // The same above the small-object threshold, where a hash finds the duplicates.
    QByteArray big = "{";
    for (int i = 0; i < 100; ++i) {
        big += "\"k" + QByteArray::number(i % 60) + "\":" + QByteArray::number(i) + ',';
    }
    big += "\"end\":true}";
    const std::optional<JsonValue> large = JsonReader::parse(big);
    QVERIFY(large.has_value());
    const JsonObject &largeObject = large->toObject();
    QCOMPARE(largeObject.size(), 61);
    QCOMPARE(largeObject.at(0).first, QStringLiteral("k0"));
    QCOMPARE(largeObject.value(QStringLiteral("k0")).toNumber(), 60.0);
    QCOMPARE(largeObject.value(QStringLiteral("k59")).toNumber(), 59.0);
    QCOMPARE(largeObject.at(60).first, QStringLiteral("end"));
}

void TestJsonReader::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");
    QTest::addColumn<qsizetype>("offset");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    // Every input here is also rejected by JSON.parse (checked with Node 20).
    auto row = [](const char *name, const QByteArray &input, const char *message, qsizetype offset,
                  int line, int column) {
        QTest::newRow(name) << input << QString::fromUtf8(message) << offset << line << column;
    };
    row("empty", "", "the input is empty", 0, 1, 1);
    row("whitespace only", " \n ", "the input is empty", 3, 2, 2);
    row("trailing comma array", "[1,2,]", "trailing commas are not allowed", 4, 1, 5);
    row("trailing comma object", "{\"a\":1,\n}", "trailing commas are not allowed", 6, 1, 7);
    row("block comment", "{\"a\":1 /* c */}", "comments are not allowed in JSON", 7, 1, 8);
    row("line comment", "// c\n1", "comments are not allowed in JSON", 0, 1, 1);
    row("leading zero", "[01]", "leading zeros are not allowed in numbers", 2, 1, 3);
    row("negative leading zero", "-01", "leading zeros are not allowed in numbers", 2, 1, 3);
    row("NaN", "[NaN]", "NaN and Infinity are not valid JSON numbers", 1, 1, 2);
    row("-Infinity", "[-Infinity]", "NaN and Infinity are not valid JSON numbers", 1, 1, 2);
    row("single quotes", "{'a':1}", "strings must be enclosed in double quotes", 1, 1, 2);
    row("unquoted key", "{a:1}", "expected a property name in double quotes but found 'a'", 1, 1,
        2);
    row("missing colon", "{\"a\" 1}", "expected ':' after the property name but found '1'", 5, 1,
        6);
    row("missing comma", "[1 2]", "expected ',' or ']' but found '2'", 3, 1, 4);
    row("missing brace", "{\"a\":1 \"b\":2}", "expected ',' or '}' but found '\"'", 7, 1, 8);
    row("control character", "[\"a\x01\"]", "unescaped control character U+0001 in string", 3, 1,
        4);
    row("raw tab in string", "[\"a\tb\"]", "unescaped control character U+0009 in string", 3, 1, 4);
    row("invalid escape", "[\"\\x41\"]", "invalid escape sequence \\x in string", 2, 1, 3);
    row("short \\u", "[\"\\u12G4\"]", "invalid \\u escape: expected four hexadecimal digits", 2, 1,
        3);
    row("unterminated string", "[\n  \"abc", "unterminated string", 4, 2, 3);
    row("unclosed array", "[1,2", "unexpected end of input", 4, 1, 5);
    row("two values", "1 2", "unexpected character '2' after the JSON value", 2, 1, 3);
    row("plus sign", "+1", "unexpected character '+'", 0, 1, 1);
    row("leading dot", ".5", "unexpected character '.'", 0, 1, 1);
    row("trailing dot", "1.", "unexpected end of input", 2, 1, 3);
    row("fraction without digit", "1.e5", "expected a digit after the decimal point", 2, 1, 3);
    row("exponent without digit", "1e+]", "expected a digit in the exponent", 3, 1, 4);
    row("lone minus", "-", "unexpected end of input", 1, 1, 2);
    row("minus letter", "-a", "expected a digit after '-'", 1, 1, 2);
    row("hex number", "0x10", "unexpected character 'x' after the JSON value", 1, 1, 2);
    row("True", "True", "unexpected character 'T'", 0, 1, 1);
    row("truncated literal", "tru", "unexpected end of input", 3, 1, 4);
    row("misspelt literal", "nul1", "unexpected character '1'", 3, 1, 4);
    row("form feed is not whitespace",
        "[1,\x0c"
        "2]",
        "unexpected character U+000C", 3, 1, 4);
    row("no-break space is not whitespace",
        "[1,\xc2\xa0"
        "2]",
        "unexpected character U+00A0", 3, 1, 4);
    row("second BOM",
        "\xef\xbb\xbf\xef\xbb\xbf"
        "1",
        "unexpected character U+FEFF", 3, 1, 1);
    row("columns count characters", "{\"\xc3\xa9\xe4\xb8\xad\": x}", "unexpected character 'x'", 10,
        1, 8);
    row("CRLF lines", "[\r\n1,\r\n\r\n  x]", "unexpected character 'x'", 11, 4, 3);
    row("NUL byte", QByteArray("[\0]", 3), "unexpected character U+0000", 1, 1, 2);
}

void TestJsonReader::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    QFETCH(qsizetype, offset);
    QFETCH(int, line);
    QFETCH(int, column);
    JsonParseError error;
    QVERIFY(!JsonReader::parse(input, &error).has_value());
    QCOMPARE(error.message, message);
    QCOMPARE(error.offset, offset);
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
}

void TestJsonReader::invalidUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qsizetype>("offset");

    // Inside a string (offset 2) and, for a few, outside one.
    auto inString = [](const char *name, const QByteArray &sequence) {
        QTest::newRow(name) << QByteArray("[\"" + sequence + "\"]") << qsizetype(2);
    };
    inString("stray continuation", "\x80");
    inString("overlong NUL", "\xc0\x80");
    inString("overlong 2-byte", "\xc1\xbf");
    inString("overlong 3-byte", "\xe0\x80\x80");
    inString("overlong 3-byte max", "\xe0\x9f\xbf");
    inString("overlong 4-byte", "\xf0\x80\x80\x80");
    inString("overlong 4-byte max", "\xf0\x8f\xbf\xbf");
    inString("surrogate D800", "\xed\xa0\x80");
    inString("surrogate DFFF", "\xed\xbf\xbf");
    inString("CESU-8 pair", "\xed\xa0\xbd\xed\xb8\x80");
    inString("above U+10FFFF", "\xf4\x90\x80\x80");
    inString("F5 lead", "\xf5\x80\x80\x80");
    inString("FF byte", "\xff");
    inString("truncated 2-byte", "\xc3");
    inString("truncated 3-byte", "\xe4\xb8");
    inString("truncated 4-byte", "\xf0\x9f\x98");
    inString("lead then ASCII", "\xe4"
                                "a");
    QTest::newRow("outside string") << QByteArray("[1,\xc3]") << qsizetype(3);
    QTest::newRow("in a key") << QByteArray("{\"\xc0\xaf\":1}") << qsizetype(2);
    QTest::newRow("in escape position") << QByteArray("[\"\\\xc3\"]") << qsizetype(3);
}

void TestJsonReader::invalidUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qsizetype, offset);
    JsonParseError error;
    QVERIFY(!JsonReader::parse(bytes, &error).has_value());
    QCOMPARE(error.message, QStringLiteral("invalid UTF-8"));
    QCOMPARE(error.offset, offset);
    QCOMPARE(error.line, 1);
}

void TestJsonReader::depthLimit()
{
    QVERIFY(JsonReader::parse(nested(JsonReader::MaxDepth)).has_value());
    JsonParseError error;
    QVERIFY(!JsonReader::parse(nested(JsonReader::MaxDepth + 1), &error).has_value());
    QCOMPARE(error.message, QStringLiteral("the JSON is nested more than 512 levels deep"));
    QCOMPARE(error.offset, qsizetype(JsonReader::MaxDepth));
    // Objects count as levels too.
    QByteArray objects;
    for (int i = 0; i <= JsonReader::MaxDepth; ++i) {
        objects += "{\"a\":";
    }
    QVERIFY(
        !JsonReader::parse(QByteArray(objects + '1' + QByteArray(JsonReader::MaxDepth + 1, '}')))
             .has_value());
}

void TestJsonReader::errorIsOptional()
{
    QVERIFY(!JsonReader::parse("[").has_value());
    QVERIFY(JsonReader::parse("[]").has_value());
    JsonParseError untouched;
    QVERIFY(JsonReader::parse("{}", &untouched).has_value());
    QCOMPARE(untouched.offset, qsizetype(-1));
}

void TestJsonReader::largeDocument()
{
    // 10,000 items as directus-sync dumps them: parsing and writing must stay linear.
    QByteArray json = "[";
    for (int i = 0; i < 10000; ++i) {
        if (i > 0) {
            json += ',';
        }
        json += "{\"_syncId\":\"id-" + QByteArray::number(i) +
                "\",\"name\":\"item\",\"sort\":" + QByteArray::number(i) +
                ",\"meta\":{\"a\":[1,2,3],\"b\":null}}";
    }
    json += ']';
    const std::optional<JsonValue> value = JsonReader::parse(json);
    QVERIFY(value.has_value());
    QCOMPARE(value->toArray().size(), 10000);
    QCOMPARE(value->toArray().at(9999).toObject().value(QStringLiteral("sort")).toNumber(), 9999.0);
    QCOMPARE(JsonWriter::stringify(*value, 0), json);
}

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
