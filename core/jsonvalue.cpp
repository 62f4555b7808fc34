#include "jsonvalue.h"

#include "jsonwriter.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace syncstudio {

namespace {

// The numeric value of an array-index key ("0", "17", never "01", "-1" or "4294967295"),
// as ECMAScript's CanonicalNumericIndexString / ToUint32 test defines array indices.
std::optional<quint32> arrayIndexOf(const QString &key)
{
    const qsizetype length = key.size();
    if (length == 0 || length > 10) {
        return std::nullopt;
    }
    const QChar *chars = key.constData();
    if (chars[0] == u'0') {
        return length == 1 ? std::optional<quint32>(0) : std::nullopt;
    }
    quint64 value = 0;
    for (qsizetype i = 0; i < length; ++i) {
        const char16_t c = chars[i].unicode();
        if (c < u'0' || c > u'9') {
            return std::nullopt;
        }
        value = value * 10 + (c - u'0');
    }
    // 2^32 - 1 is not an index: JavaScript array lengths are at most 2^32 - 1.
    if (value > 4294967294ULL) {
        return std::nullopt;
    }
    return static_cast<quint32>(value);
}

const JsonArray &emptyArray()
{
    static const JsonArray empty;
    return empty;
}

const JsonObject &emptyObject()
{
    static const JsonObject empty;
    return empty;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// JsonValue

JsonValue::JsonValue(bool value)
    : m_type(Type::Bool)
    , m_bool(value)
{}

JsonValue::JsonValue(double value)
    : m_type(Type::Number)
    , m_number(value)
{}

JsonValue::JsonValue(int value)
    : m_type(Type::Number)
    , m_number(value)
{}

JsonValue::JsonValue(qint64 value)
    : m_type(Type::Number)
    , m_number(static_cast<double>(value))
{}

JsonValue::JsonValue(const QString &value)
    : m_type(Type::String)
    , m_string(value)
{}

JsonValue::JsonValue(QLatin1StringView value)
    : m_type(Type::String)
    , m_string(value)
{}

JsonValue::JsonValue(const JsonArray &value)
    : m_type(Type::Array)
    , m_array(std::make_shared<JsonArray>(value))
{}

JsonValue::JsonValue(const JsonObject &value)
    : m_type(Type::Object)
    , m_object(std::make_shared<JsonObject>(value))
{}

bool JsonValue::toBool(bool defaultValue) const
{
    return m_type == Type::Bool ? m_bool : defaultValue;
}

double JsonValue::toNumber(double defaultValue) const
{
    return m_type == Type::Number ? m_number : defaultValue;
}

QString JsonValue::toString(const QString &defaultValue) const
{
    return m_type == Type::String ? m_string : defaultValue;
}

QString JsonValue::toScalarText() const
{
    switch (m_type) {
    case Type::Null:
        return QStringLiteral("null");
    case Type::Bool:
        return m_bool ? QStringLiteral("true") : QStringLiteral("false");
    case Type::Number:
        // numberToString() follows JSON.stringify for non-finite numbers; String() does not.
        if (std::isnan(m_number)) {
            return QStringLiteral("NaN");
        }
        if (std::isinf(m_number)) {
            return m_number > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
        }
        return JsonWriter::numberToString(m_number);
    case Type::String:
        return m_string;
    case Type::Array: {
        // Array.prototype.join(","): null elements become empty strings.
        QString text;
        bool first = true;
        for (const JsonValue &element : *m_array) {
            if (!first) {
                text += QLatin1Char(',');
            }
            first = false;
            if (!element.isNull()) {
                text += element.toScalarText();
            }
        }
        return text;
    }
    case Type::Object:
        return QStringLiteral("[object Object]");
    }
    return {};
}

JsonArray JsonValue::toArray() &&
{
    return static_cast<const JsonValue &>(*this).toArray();
}

JsonObject JsonValue::toObject() &&
{
    return static_cast<const JsonValue &>(*this).toObject();
}

const JsonArray &JsonValue::toArray() const &
{
    return m_type == Type::Array ? *m_array : emptyArray();
}

const JsonObject &JsonValue::toObject() const &
{
    return m_type == Type::Object ? *m_object : emptyObject();
}

JsonArray &JsonValue::array()
{
    if (m_type != Type::Array) {
        *this = JsonValue(JsonArray());
    } else if (m_array.use_count() > 1) {
        // Another JsonValue shares this array: copy before the caller mutates it.
        m_array = std::make_shared<JsonArray>(*m_array);
    }
    return *m_array;
}

JsonObject &JsonValue::object()
{
    if (m_type != Type::Object) {
        *this = JsonValue(JsonObject());
    } else if (m_object.use_count() > 1) {
        m_object = std::make_shared<JsonObject>(*m_object);
    }
    return *m_object;
}

bool JsonValue::operator==(const JsonValue &other) const
{
    if (m_type != other.m_type) {
        return false;
    }
    switch (m_type) {
    case Type::Null:
        return true;
    case Type::Bool:
        return m_bool == other.m_bool;
    case Type::Number:
        return m_number == other.m_number;
    case Type::String:
        return m_string == other.m_string;
    case Type::Array:
        return m_array == other.m_array || *m_array == *other.m_array;
    case Type::Object:
        return m_object == other.m_object || *m_object == *other.m_object;
    }
    return false;
}

// ---------------------------------------------------------------------------------------------
// JsonObject

JsonObject::JsonObject(std::initializer_list<Entry> entries)
    : JsonObject(fromEntries(QList<Entry>(entries)))
{}

JsonObject JsonObject::fromEntries(QList<Entry> entries)
{
    JsonObject result;
    QList<Entry> &out = result.m_entries;
    out.reserve(entries.size());

    // First position, last value, as repeated CreateDataProperty calls behave.
    if (entries.size() <= HashThreshold) {
        for (Entry &entry : entries) {
            const auto existing = std::find_if(
                out.begin(), out.end(), [&](const Entry &e) { return e.first == entry.first; });
            if (existing != out.end()) {
                existing->second = std::move(entry.second);
            } else {
                out.append(std::move(entry));
            }
        }
    } else {
        QHash<QString, qsizetype> positions;
        positions.reserve(entries.size());
        for (Entry &entry : entries) {
            const auto found = positions.constFind(entry.first);
            if (found != positions.cend()) {
                out[found.value()].second = std::move(entry.second);
            } else {
                positions.insert(entry.first, out.size());
                out.append(std::move(entry));
            }
        }
    }

    // Array-index keys first, ascending by value; the others keep their order.
    QList<std::pair<quint32, qsizetype>> indexKeys;
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (const auto index = arrayIndexOf(out.at(i).first)) {
            indexKeys.append({*index, i});
        }
    }
    if (!indexKeys.isEmpty()) {
        QList<Entry> ordered;
        ordered.reserve(out.size());
        QList<bool> isIndexKey(out.size(), false);
        std::sort(indexKeys.begin(), indexKeys.end());
        for (const auto &indexKey : indexKeys) {
            ordered.append(std::move(out[indexKey.second]));
            isIndexKey[indexKey.second] = true;
        }
        for (qsizetype i = 0; i < out.size(); ++i) {
            if (!isIndexKey.at(i)) {
                ordered.append(std::move(out[i]));
            }
        }
        out = std::move(ordered);
        result.m_arrayIndexCount = indexKeys.size();
    }
    result.rebuildIndex();
    return result;
}

const JsonValue *JsonObject::find(const QString &key) const
{
    const qsizetype index = indexOf(key);
    return index >= 0 ? &m_entries.at(index).second : nullptr;
}

JsonValue JsonObject::value(const QString &key) const
{
    const JsonValue *found = find(key);
    return found ? *found : JsonValue();
}

JsonValue &JsonObject::operator[](const QString &key)
{
    qsizetype index = indexOf(key);
    if (index < 0) {
        insert(key, JsonValue());
        index = indexOf(key);
    }
    return m_entries[index].second;
}

void JsonObject::insert(const QString &key, const JsonValue &value)
{
    const qsizetype existing = indexOf(key);
    if (existing >= 0) {
        m_entries[existing].second = value;
        return;
    }
    // Copies: key or value may refer into m_entries, which the insertion can reallocate.
    Entry entry(key, value);
    const qsizetype position = insertionPoint(entry.first);
    if (arrayIndexOf(entry.first)) {
        ++m_arrayIndexCount;
    }
    m_entries.insert(position, std::move(entry));
    if (position == m_entries.size() - 1 && m_entries.size() > HashThreshold + 1) {
        m_index.insert(m_entries.at(position).first, position);
    } else {
        rebuildIndex();
    }
}

bool JsonObject::remove(const QString &key)
{
    const qsizetype index = indexOf(key);
    if (index < 0) {
        return false;
    }
    if (index < m_arrayIndexCount) {
        --m_arrayIndexCount;
    }
    m_entries.removeAt(index);
    rebuildIndex();
    return true;
}

QStringList JsonObject::keys() const
{
    QStringList result;
    result.reserve(m_entries.size());
    for (const Entry &entry : m_entries) {
        result.append(entry.first);
    }
    return result;
}

bool JsonObject::operator==(const JsonObject &other) const
{
    if (m_entries.size() != other.m_entries.size()) {
        return false;
    }
    for (const Entry &entry : m_entries) {
        const JsonValue *theirs = other.find(entry.first);
        if (!theirs || *theirs != entry.second) {
            return false;
        }
    }
    return true;
}

bool JsonObject::isArrayIndexKey(const QString &key)
{
    return arrayIndexOf(key).has_value();
}

qsizetype JsonObject::indexOf(const QString &key) const
{
    if (m_entries.size() > HashThreshold) {
        return m_index.value(key, -1);
    }
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).first == key) {
            return i;
        }
    }
    return -1;
}

qsizetype JsonObject::insertionPoint(const QString &key) const
{
    const auto index = arrayIndexOf(key);
    if (!index) {
        return m_entries.size();
    }
    // The leading array-index keys are sorted: binary search for the first larger one.
    const auto begin = m_entries.cbegin();
    const auto end = begin + m_arrayIndexCount;
    const auto upper = std::upper_bound(begin, end, *index, [](quint32 value, const Entry &e) {
        return value < *arrayIndexOf(e.first);
    });
    return upper - begin;
}

void JsonObject::rebuildIndex()
{
    m_index.clear();
    if (m_entries.size() <= HashThreshold) {
        return;
    }
    m_index.reserve(m_entries.size());
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        m_index.insert(m_entries.at(i).first, i);
    }
}

} // namespace syncstudio
