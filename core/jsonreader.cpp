#include "jsonreader.h"

#include <QCoreApplication>
#include <QHash>

#include <charconv>
#include <locale.h>
#include <stdlib.h>
#include <string>

namespace syncstudio {

namespace {

bool isJsonWhitespace(uchar c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isDigit(uchar c)
{
    return c >= '0' && c <= '9';
}

int hexValue(uchar c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

// One well-formed UTF-8 sequence (Unicode table 3-7: no overlongs, no surrogates, nothing
// above U+10FFFF) starting at p. Returns its length, or 0 when the bytes are not well formed.
int decodeUtf8(const uchar *p, const uchar *end, char32_t *codePoint)
{
    const uchar lead = p[0];
    int length = 0;
    uchar low = 0x80;
    uchar high = 0xBF;
    if (lead < 0x80) {
        *codePoint = lead;
        return 1;
    } else if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        *codePoint = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        *codePoint = lead & 0x0F;
        if (lead == 0xE0) {
            low = 0xA0; // shorter forms are overlong
        } else if (lead == 0xED) {
            high = 0x9F; // U+D800..U+DFFF are not scalar values
        }
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        *codePoint = lead & 0x07;
        if (lead == 0xF0) {
            low = 0x90;
        } else if (lead == 0xF4) {
            high = 0x8F; // nothing above U+10FFFF
        }
    } else {
        return 0;
    }
    if (end - p < length) {
        return 0;
    }
    for (int i = 1; i < length; ++i) {
        const uchar c = p[i];
        if (c < (i == 1 ? low : 0x80) || c > (i == 1 ? high : 0xBF)) {
            return 0;
        }
        *codePoint = (*codePoint << 6) | (c & 0x3F);
    }
    return length;
}

// "'x'" for a printable character, "U+0001" otherwise: error messages must show what is wrong
// even when it is invisible.
QString describeCodePoint(char32_t codePoint)
{
    const QString text = QString::fromUcs4(&codePoint, 1);
    if (!QChar::isPrint(codePoint) || QChar::isSpace(codePoint)) {
        return QStringLiteral("U+%1").arg(uint(codePoint), 4, 16, QLatin1Char('0')).toUpper();
    }
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

// strtod in the "C" locale whatever LC_NUMERIC the application set; only used for the rare
// numbers std::from_chars reports as out of range (overflow to Infinity, underflow to 0).
double strtodC(const char *begin, const char *end)
{
    static const locale_t cLocale = newlocale(LC_ALL_MASK, "C", locale_t(nullptr));
    const std::string text(begin, end);
    return strtod_l(text.c_str(), nullptr, cLocale);
}

// lupdate misreads "std::nullopt_t name(" inside a class (it files the following texts under a
// context "std"), hence the alias.
using Failed = std::nullopt_t;

class Parser final
{
    // Messages belong to the public class's translation context.
    Q_DECLARE_TR_FUNCTIONS(syncstudio::JsonReader)

public:
    Parser(QByteArrayView input)
        : m_begin(reinterpret_cast<const uchar *>(input.data()))
        , m_end(m_begin + input.size())
        , m_p(m_begin)
    {}

    std::optional<JsonValue> parseDocument()
    {
        // fs-extra (jsonfile) removes one leading U+FEFF before JSON.parse sees the text.
        if (m_end - m_p >= 3 && m_p[0] == 0xEF && m_p[1] == 0xBB && m_p[2] == 0xBF) {
            m_p += 3;
        }
        m_textBegin = m_p;
        skipWhitespace();
        if (m_p == m_end) {
            return fail(tr("the input is empty"));
        }
        JsonValue value;
        if (!parseValue(value, 0)) {
            return std::nullopt;
        }
        skipWhitespace();
        if (m_p != m_end) {
            return failUnexpected(tr("unexpected character %1 after the JSON value"));
        }
        return value;
    }

    JsonParseError error() const
    {
        JsonParseError result;
        result.message = m_error;
        result.offset = m_errorAt - m_begin;
        // Line and column are only needed on failure: count them now rather than while parsing.
        int line = 1;
        int column = 1;
        for (const uchar *p = m_textBegin; p < m_errorAt; ++p) {
            if (*p == '\n' || (*p == '\r' && (p + 1 == m_end || p[1] != '\n'))) {
                ++line;
                column = 1;
            } else if (*p != '\r' && (*p & 0xC0) != 0x80) {
                ++column; // continuation bytes belong to the previous character
            }
        }
        result.line = line;
        result.column = column;
        return result;
    }

private:
    Failed fail(const QString &message, const uchar *at = nullptr)
    {
        m_error = message;
        m_errorAt = at ? at : m_p;
        return std::nullopt;
    }

    // "Unexpected character" for whatever is at m_p; %1 in the message is the character.
    Failed failUnexpected(const QString &message)
    {
        if (m_p == m_end) {
            return fail(tr("unexpected end of input"));
        }
        if (*m_p == '/') {
            return fail(tr("comments are not allowed in JSON"));
        }
        char32_t codePoint = 0;
        if (decodeUtf8(m_p, m_end, &codePoint) == 0) {
            return fail(tr("invalid UTF-8"));
        }
        return fail(message.arg(describeCodePoint(codePoint)));
    }

    void skipWhitespace()
    {
        while (m_p < m_end && isJsonWhitespace(*m_p)) {
            ++m_p;
        }
    }

    bool parseValue(JsonValue &out, int depth)
    {
        if (m_p == m_end) {
            fail(tr("unexpected end of input"));
            return false;
        }
        switch (*m_p) {
        case '{':
            return parseObject(out, depth + 1);
        case '[':
            return parseArray(out, depth + 1);
        case '"': {
            QString text;
            if (!parseString(text)) {
                return false;
            }
            out = JsonValue(std::move(text));
            return true;
        }
        case 't':
            return parseLiteral("true", JsonValue(true), out);
        case 'f':
            return parseLiteral("false", JsonValue(false), out);
        case 'n':
            return parseLiteral("null", JsonValue(), out);
        case '-':
        case '0':
        case '1':
        case '2':
        case '3':
        case '4':
        case '5':
        case '6':
        case '7':
        case '8':
        case '9':
            return parseNumber(out);
        case '/':
            fail(tr("comments are not allowed in JSON"));
            return false;
        case '\'':
            fail(tr("strings must be enclosed in double quotes"));
            return false;
        case 'N':
        case 'I':
            fail(tr("NaN and Infinity are not valid JSON numbers"));
            return false;
        default:
            failUnexpected(tr("unexpected character %1"));
            return false;
        }
    }

    bool parseLiteral(const char *word, const JsonValue &value, JsonValue &out)
    {
        for (const char *w = word; *w; ++w, ++m_p) {
            if (m_p == m_end || *m_p != uchar(*w)) {
                failUnexpected(tr("unexpected character %1"));
                return false;
            }
        }
        out = value;
        return true;
    }

    bool parseNumber(JsonValue &out)
    {
        const uchar *const start = m_p;
        if (*m_p == '-') {
            ++m_p;
            if (m_p < m_end && *m_p == 'I') {
                fail(tr("NaN and Infinity are not valid JSON numbers"), start);
                return false;
            }
            if (m_p == m_end || !isDigit(*m_p)) {
                return failDigitExpected(tr("expected a digit after '-'"));
            }
        }
        if (*m_p == '0') {
            ++m_p;
            if (m_p < m_end && isDigit(*m_p)) {
                fail(tr("leading zeros are not allowed in numbers"));
                return false;
            }
        } else {
            while (m_p < m_end && isDigit(*m_p)) {
                ++m_p;
            }
        }
        if (m_p < m_end && *m_p == '.') {
            ++m_p;
            if (m_p == m_end || !isDigit(*m_p)) {
                return failDigitExpected(tr("expected a digit after the decimal point"));
            }
            while (m_p < m_end && isDigit(*m_p)) {
                ++m_p;
            }
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-')) {
                ++m_p;
            }
            if (m_p == m_end || !isDigit(*m_p)) {
                return failDigitExpected(tr("expected a digit in the exponent"));
            }
            while (m_p < m_end && isDigit(*m_p)) {
                ++m_p;
            }
        }

        const char *const first = reinterpret_cast<const char *>(start);
        const char *const last = reinterpret_cast<const char *>(m_p);
        double value = 0;
        const auto result = std::from_chars(first, last, value);
        if (result.ec == std::errc::result_out_of_range) {
            value = strtodC(first, last);
        }
        out = JsonValue(value);
        return true;
    }

    bool failDigitExpected(const QString &message)
    {
        if (m_p == m_end) {
            fail(tr("unexpected end of input"));
        } else {
            fail(message);
        }
        return false;
    }

    bool parseString(QString &out)
    {
        const uchar *const quote = m_p;
        ++m_p;
        // Fast path: plain ASCII without escapes, the bulk of every dump.
        const uchar *p = m_p;
        while (p < m_end && *p != '"' && *p != '\\' && *p >= 0x20 && *p < 0x80) {
            ++p;
        }
        if (p < m_end && *p == '"') {
            out = shared(reinterpret_cast<const char *>(m_p), p - m_p);
            m_p = p + 1;
            return true;
        }
        // Find the closing quote first: the UTF-16 result is never longer than the bytes.
        while (p < m_end && *p != '"') {
            p += (*p == '\\' && p + 1 < m_end) ? 2 : 1;
        }
        if (p == m_end) {
            fail(tr("unterminated string"), quote);
            return false;
        }
        out.resize(p - m_p);
        char16_t *const begin = reinterpret_cast<char16_t *>(out.data());
        char16_t *target = begin;
        while (true) {
            const uchar c = *m_p;
            if (c == '"') {
                ++m_p;
                break;
            }
            if (c == '\\') {
                if (!parseEscape(target)) {
                    return false;
                }
            } else if (c < 0x20) {
                fail(tr("unescaped control character %1 in string").arg(describeCodePoint(c)));
                return false;
            } else if (c < 0x80) {
                *target++ = c;
                ++m_p;
            } else {
                char32_t codePoint = 0;
                const int length = decodeUtf8(m_p, m_end, &codePoint);
                if (length == 0) {
                    fail(tr("invalid UTF-8"));
                    return false;
                }
                if (codePoint >= 0x10000) {
                    *target++ = char16_t(0xD800 + ((codePoint - 0x10000) >> 10));
                    *target++ = char16_t(0xDC00 + ((codePoint - 0x10000) & 0x3FF));
                } else {
                    *target++ = char16_t(codePoint);
                }
                m_p += length;
            }
        }
        out.resize(target - begin);
        return true;
    }

    // Short ASCII strings repeat thousands of times in a large answer (every object's keys,
    // enum-like values, the SyncIDs relations point to): equal ones share one QString instead of
    // each holding its own heap block. Longer ones are rarely repeated and are not worth a lookup.
    QString shared(const char *text, qsizetype length)
    {
        if (length > MaxSharedLength) {
            return QString::fromLatin1(text, length);
        }
        // fromRawData: a lookup key without copying the bytes.
        const auto found = m_shared.constFind(QByteArray::fromRawData(text, length));
        if (found != m_shared.cend()) {
            return found.value();
        }
        QString string = QString::fromLatin1(text, length);
        if (m_shared.size() < MaxSharedCount) {
            m_shared.insert(QByteArray(text, length), string);
        }
        return string;
    }

    bool parseEscape(char16_t *&target)
    {
        const uchar *const backslash = m_p;
        ++m_p;
        switch (*m_p) {
        case '"':
            *target++ = u'"';
            break;
        case '\\':
            *target++ = u'\\';
            break;
        case '/':
            *target++ = u'/';
            break;
        case 'b':
            *target++ = u'\b';
            break;
        case 'f':
            *target++ = u'\f';
            break;
        case 'n':
            *target++ = u'\n';
            break;
        case 'r':
            *target++ = u'\r';
            break;
        case 't':
            *target++ = u'\t';
            break;
        case 'u': {
            // One UTF-16 code unit; pairs combine by themselves, lone surrogates stay as they
            // are (JavaScript strings may hold them).
            char16_t unit = 0;
            for (int i = 1; i <= 4; ++i) {
                const int digit = m_p + i < m_end ? hexValue(m_p[i]) : -1;
                if (digit < 0) {
                    fail(tr("invalid \\u escape: expected four hexadecimal digits"), backslash);
                    return false;
                }
                unit = char16_t((unit << 4) | digit);
            }
            *target++ = unit;
            m_p += 4;
            break;
        }
        default: {
            char32_t codePoint = 0;
            if (decodeUtf8(m_p, m_end, &codePoint) == 0) {
                fail(tr("invalid UTF-8"));
                return false;
            }
            fail(tr("invalid escape sequence \\%1 in string")
                     .arg(codePoint < 0x20 ? describeCodePoint(codePoint)
                                           : QString::fromUcs4(&codePoint, 1)),
                 backslash);
            return false;
        }
        }
        ++m_p;
        return true;
    }

    bool enter(int depth)
    {
        if (depth > JsonReader::MaxDepth) {
            fail(tr("the JSON is nested more than %1 levels deep").arg(JsonReader::MaxDepth));
            return false;
        }
        ++m_p;
        skipWhitespace();
        return true;
    }

    bool parseArray(JsonValue &out, int depth)
    {
        if (!enter(depth)) {
            return false;
        }
        JsonArray array;
        if (m_p < m_end && *m_p == ']') {
            ++m_p;
            out = JsonValue(std::move(array));
            return true;
        }
        while (true) {
            JsonValue element;
            if (!parseValue(element, depth)) {
                return false;
            }
            array.append(std::move(element));
            skipWhitespace();
            if (m_p < m_end && *m_p == ',') {
                const uchar *const comma = m_p;
                ++m_p;
                skipWhitespace();
                if (m_p < m_end && *m_p == ']') {
                    fail(tr("trailing commas are not allowed"), comma);
                    return false;
                }
                continue;
            }
            if (m_p < m_end && *m_p == ']') {
                ++m_p;
                break;
            }
            failUnexpected(tr("expected ',' or ']' but found %1"));
            return false;
        }
        out = JsonValue(std::move(array));
        return true;
    }

    bool parseObject(JsonValue &out, int depth)
    {
        if (!enter(depth)) {
            return false;
        }
        QList<JsonObject::Entry> entries;
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
            out = JsonValue(JsonObject());
            return true;
        }
        while (true) {
            if (m_p == m_end || *m_p != '"') {
                if (m_p < m_end && *m_p == '\'') {
                    fail(tr("strings must be enclosed in double quotes"));
                } else {
                    failUnexpected(tr("expected a property name in double quotes but found %1"));
                }
                return false;
            }
            JsonObject::Entry entry;
            if (!parseString(entry.first)) {
                return false;
            }
            skipWhitespace();
            if (m_p == m_end || *m_p != ':') {
                failUnexpected(tr("expected ':' after the property name but found %1"));
                return false;
            }
            ++m_p;
            skipWhitespace();
            if (!parseValue(entry.second, depth)) {
                return false;
            }
            entries.append(std::move(entry));
            skipWhitespace();
            if (m_p < m_end && *m_p == ',') {
                const uchar *const comma = m_p;
                ++m_p;
                skipWhitespace();
                if (m_p < m_end && *m_p == '}') {
                    fail(tr("trailing commas are not allowed"), comma);
                    return false;
                }
                continue;
            }
            if (m_p < m_end && *m_p == '}') {
                ++m_p;
                break;
            }
            failUnexpected(tr("expected ',' or '}' but found %1"));
            return false;
        }
        // Duplicate keys and JavaScript key order are resolved here, in O(n log n).
        out = JsonValue(JsonObject::fromEntries(std::move(entries)));
        return true;
    }

    const uchar *const m_begin;
    const uchar *const m_end;
    const uchar *m_p;
    const uchar *m_textBegin = nullptr;
    QString m_error;
    const uchar *m_errorAt = nullptr;
    static constexpr qsizetype MaxSharedLength = 40; // a UUID is 36
    static constexpr qsizetype MaxSharedCount = 1 << 18;
    QHash<QByteArray, QString> m_shared;
};

} // namespace

std::optional<JsonValue> JsonReader::parse(QByteArrayView utf8, JsonParseError *error)
{
    Parser parser(utf8);
    std::optional<JsonValue> result = parser.parseDocument();
    if (!result && error) {
        *error = parser.error();
    }
    return result;
}

} // namespace syncstudio
