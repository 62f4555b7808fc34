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
    : m_value(std::in_place_type<bool>, value)
{}

JsonValue::JsonValue(double value)
    : m_value(std::in_place_type<double>, value)
{}

JsonValue::JsonValue(int value)
    : m_value(std::in_place_type<double>, double(value))
{}

JsonValue::JsonValue(qint64 value)
    : m_value(std::in_place_type<double>, static_cast<double>(value))
{}

JsonValue::JsonValue(const QString &value)
    : m_value(std::in_place_type<QString>, value)
{}

JsonValue::JsonValue(QLatin1StringView value)
    : m_value(std::in_place_type<QString>, value)
{}

JsonValue::JsonValue(const JsonArray &value)
    : m_value(std::make_shared<JsonArray>(value))
{}

JsonValue::JsonValue(const JsonObject &value)
    : m_value(std::make_shared<JsonObject>(value))
{}

JsonValue::JsonValue(JsonArray &&value)
    : m_value(std::make_shared<JsonArray>(std::move(value)))
{}

JsonValue::JsonValue(JsonObject &&value)
    : m_value(std::make_shared<JsonObject>(std::move(value)))
{}

JsonValue::JsonValue(JsonValue &&other) noexcept
    : m_value(std::move(other.m_value))
{
    other.m_value = std::monostate();
}

JsonValue &JsonValue::operator=(JsonValue &&other) noexcept
{
    if (this != &other) {
        m_value = std::move(other.m_value);
        other.m_value = std::monostate();
    }
    return *this;
}

bool JsonValue::toBool(bool defaultValue) const
{
    const bool *value = std::get_if<bool>(&m_value);
    return value ? *value : defaultValue;
}

double JsonValue::toNumber(double defaultValue) const
{
    const double *value = std::get_if<double>(&m_value);
    return value ? *value : defaultValue;
}

QString JsonValue::toString(const QString &defaultValue) const
{
    const QString *value = std::get_if<QString>(&m_value);
    return value ? *value : defaultValue;
}

QString JsonValue::toScalarText() const
{
    switch (type()) {
    case Type::Null:
        return QStringLiteral("null");
    case Type::Bool:
        return std::get<bool>(m_value) ? QStringLiteral("true") : QStringLiteral("false");
    case Type::Number: {
        const double number = std::get<double>(m_value);
        // numberToString() follows JSON.stringify for non-finite numbers; String() does not.
        if (std::isnan(number)) {
            return QStringLiteral("NaN");
        }
        if (std::isinf(number)) {
            return number > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
        }
        return JsonWriter::numberToString(number);
    }
    case Type::String:
        return std::get<QString>(m_value);
    case Type::Array: {
        // Array.prototype.join(","): null elements become empty strings.
        QString text;
        bool first = true;
        for (const JsonValue &element : toArray()) {
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
    const auto *array = std::get_if<std::shared_ptr<JsonArray>>(&m_value);
    return array ? **array : emptyArray();
}

const JsonObject &JsonValue::toObject() const &
{
    const auto *object = std::get_if<std::shared_ptr<JsonObject>>(&m_value);
    return object ? **object : emptyObject();
}

template<typename T>
T &JsonValue::unshared()
{
    auto *pointer = std::get_if<std::shared_ptr<T>>(&m_value);
    if (!pointer) {
        m_value = std::make_shared<T>();
        pointer = std::get_if<std::shared_ptr<T>>(&m_value);
    } else if (pointer->use_count() > 1) {
        // Another JsonValue shares it: copy before the caller mutates it.
        *pointer = std::make_shared<T>(**pointer);
    }
    return **pointer;
}

JsonArray &JsonValue::array()
{
    return unshared<JsonArray>();
}

JsonObject &JsonValue::object()
{
    return unshared<JsonObject>();
}

bool JsonValue::operator==(const JsonValue &other) const
{
    if (type() != other.type()) {
        return false;
    }
    switch (type()) {
    case Type::Null:
        return true;
    case Type::Bool:
        return std::get<bool>(m_value) == std::get<bool>(other.m_value);
    case Type::Number:
        return std::get<double>(m_value) == std::get<double>(other.m_value);
    case Type::String:
        return std::get<QString>(m_value) == std::get<QString>(other.m_value);
    case Type::Array: {
        const auto &a = std::get<std::shared_ptr<JsonArray>>(m_value);
        const auto &b = std::get<std::shared_ptr<JsonArray>>(other.m_value);
        return a == b || *a == *b;
    }
    case Type::Object: {
        const auto &a = std::get<std::shared_ptr<JsonObject>>(m_value);
        const auto &b = std::get<std::shared_ptr<JsonObject>>(other.m_value);
        return a == b || *a == *b;
    }
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
