#include "jsonwriter.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

namespace syncstudio {

namespace {

constexpr char HexDigits[] = "0123456789abcdef";

// Number::toString(x) from ECMA-262 (radix 10), appended to out as ASCII. The digits are the
// shortest that round-trip, which std::to_chars produces just as V8 does; the rest is the
// specification's choice between plain decimal and exponent notation.
void appendNumber(QByteArray &out, double value)
{
    if (!std::isfinite(value)) {
        out.append("null");
        return;
    }
    if (value == 0) { // also -0, which JavaScript prints as "0"
        out.append('0');
        return;
    }
    if (value < 0) {
        out.append('-');
        value = -value;
    }

    // Scientific form gives the digits and the exponent without any formatting decisions:
    // "d[.ddd]e±x".
    char buffer[64];
    const auto result =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    const char *const end = result.ptr;
    const char *const e = static_cast<const char *>(std::memchr(buffer, 'e', end - buffer));

    char digits[32];
    int k = 0; // number of significant digits
    for (const char *p = buffer; p < e; ++p) {
        if (*p != '.') {
            digits[k++] = *p;
        }
    }
    int exponent = 0;
    std::from_chars(e + (e[1] == '+' ? 2 : 1), end, exponent);
    const int n = exponent + 1; // value = 0.digits × 10^n

    if (k <= n && n <= 21) {
        out.append(digits, k);
        out.append(n - k, '0');
    } else if (0 < n && n <= 21) {
        out.append(digits, n);
        out.append('.');
        out.append(digits + n, k - n);
    } else if (-6 < n && n <= 0) {
        out.append("0.");
        out.append(-n, '0');
        out.append(digits, k);
    } else {
        out.append(digits[0]);
        if (k > 1) {
            out.append('.');
            out.append(digits + 1, k - 1);
        }
        out.append('e');
        out.append(n - 1 >= 0 ? '+' : '-');
        char exponentText[8];
        const auto written =
            std::to_chars(exponentText, exponentText + sizeof exponentText, std::abs(n - 1));
        out.append(exponentText, written.ptr - exponentText);
    }
}

void appendUnicodeEscape(QByteArray &out, char16_t unit)
{
    const char escape[] = {'\\',
                           'u',
                           HexDigits[(unit >> 12) & 0xF],
                           HexDigits[(unit >> 8) & 0xF],
                           HexDigits[(unit >> 4) & 0xF],
                           HexDigits[unit & 0xF]};
    out.append(escape, sizeof escape);
}

// JSON.stringify's QuoteJSONString (ES2019 "well-formed JSON.stringify"), encoded as UTF-8.
void appendString(QByteArray &out, const QString &text)
{
    out.append('"');
    const char16_t *p = reinterpret_cast<const char16_t *>(text.constData());
    const char16_t *const end = p + text.size();
    while (p < end) {
        // Copy runs of plain ASCII in one go: by far the common case.
        const char16_t *run = p;
        while (p < end && *p >= 0x20 && *p < 0x80 && *p != u'"' && *p != u'\\') {
            ++p;
        }
        if (p > run) {
            const qsizetype length = p - run;
            const qsizetype start = out.size();
            out.resize(start + length);
            char *target = out.data() + start;
            for (qsizetype i = 0; i < length; ++i) {
                target[i] = static_cast<char>(run[i]);
            }
        }
        if (p == end) {
            break;
        }
        const char16_t c = *p++;
        switch (c) {
        case u'"':
            out.append("\\\"");
            continue;
        case u'\\':
            out.append("\\\\");
            continue;
        case u'\b':
            out.append("\\b");
            continue;
        case u'\f':
            out.append("\\f");
            continue;
        case u'\n':
            out.append("\\n");
            continue;
        case u'\r':
            out.append("\\r");
            continue;
        case u'\t':
            out.append("\\t");
            continue;
        default:
            break;
        }
        if (c < 0x20) {
            appendUnicodeEscape(out, c);
        } else if (c < 0x800) {
            out.append(static_cast<char>(0xC0 | (c >> 6)));
            out.append(static_cast<char>(0x80 | (c & 0x3F)));
        } else if (c >= 0xD800 && c <= 0xDFFF) {
            if (c <= 0xDBFF && p < end && *p >= 0xDC00 && *p <= 0xDFFF) {
                const char32_t codePoint = 0x10000 + ((char32_t(c) - 0xD800) << 10) + (*p - 0xDC00);
                ++p;
                out.append(static_cast<char>(0xF0 | (codePoint >> 18)));
                out.append(static_cast<char>(0x80 | ((codePoint >> 12) & 0x3F)));
                out.append(static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F)));
                out.append(static_cast<char>(0x80 | (codePoint & 0x3F)));
            } else {
                // A lone surrogate has no UTF-8 form; JSON.stringify escapes it.
                appendUnicodeEscape(out, c);
            }
        } else {
            out.append(static_cast<char>(0xE0 | (c >> 12)));
            out.append(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
            out.append(static_cast<char>(0x80 | (c & 0x3F)));
        }
    }
    out.append('"');
}

class Writer final
{
public:
    Writer(QByteArray &out, int indent)
        : m_out(out)
        , m_indent(indent)
    {}

    void write(const JsonValue &value, int depth)
    {
        switch (value.type()) {
        case JsonValue::Type::Null:
            m_out.append("null");
            return;
        case JsonValue::Type::Bool:
            m_out.append(value.toBool() ? "true" : "false");
            return;
        case JsonValue::Type::Number:
            appendNumber(m_out, value.toNumber());
            return;
        case JsonValue::Type::String:
            appendString(m_out, value.toString());
            return;
        case JsonValue::Type::Array:
            writeArray(value.toArray(), depth);
            return;
        case JsonValue::Type::Object:
            writeObject(value.toObject(), depth);
            return;
        }
    }

private:
    void newline(int depth)
    {
        if (m_indent > 0) {
            m_out.append('\n');
            m_out.append(qsizetype(depth) * m_indent, ' ');
        }
    }

    void writeArray(const JsonArray &array, int depth)
    {
        if (array.isEmpty()) {
            m_out.append("[]");
            return;
        }
        m_out.append('[');
        bool first = true;
        for (const JsonValue &element : array) {
            if (!first) {
                m_out.append(',');
            }
            first = false;
            newline(depth + 1);
            write(element, depth + 1);
        }
        newline(depth);
        m_out.append(']');
    }

    void writeObject(const JsonObject &object, int depth)
    {
        if (object.isEmpty()) {
            m_out.append("{}");
            return;
        }
        m_out.append('{');
        bool first = true;
        for (const JsonObject::Entry &entry : object) {
            if (!first) {
                m_out.append(',');
            }
            first = false;
            newline(depth + 1);
            appendString(m_out, entry.first);
            m_out.append(m_indent > 0 ? ": " : ":");
            write(entry.second, depth + 1);
        }
        newline(depth);
        m_out.append('}');
    }

    QByteArray &m_out;
    const int m_indent;
};

} // namespace

QByteArray JsonWriter::stringify(const JsonValue &value, int indent)
{
    // JSON.stringify clamps a numeric space argument to 0..10.
    QByteArray out;
    Writer(out, std::clamp(indent, 0, 10)).write(value, 0);
    return out;
}

QByteArray JsonWriter::writeFileContent(const JsonValue &value)
{
    // jsonfile (behind fs-extra's writeJsonSync) appends the platform EOL: "\n" on Linux.
    QByteArray out = stringify(value, 2);
    out.append('\n');
    return out;
}

QString JsonWriter::numberToString(double value)
{
    QByteArray out;
    appendNumber(out, value);
    return QString::fromLatin1(out);
}

} // namespace syncstudio
