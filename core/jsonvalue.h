#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <utility>
#include <variant>

namespace syncstudio {

class JsonObject;
class JsonValue;
using JsonArray = QList<JsonValue>;

// A JSON value with the semantics of a JavaScript value produced by JSON.parse: numbers are
// doubles, objects keep the key order JavaScript would give them. QJsonObject sorts its keys,
// which makes byte-identical output to directus-sync impossible; this type does not.
// Copies are cheap (arrays and objects are shared and detached on write).
class JsonValue final
{
public:
    enum class Type { Null, Bool, Number, String, Array, Object };

    JsonValue() = default; // null
    JsonValue(std::nullptr_t) {}
    JsonValue(bool value);
    JsonValue(double value);
    JsonValue(int value);
    JsonValue(qint64 value);
    JsonValue(const QString &value);
    JsonValue(QLatin1StringView value);
    JsonValue(const JsonArray &value);
    JsonValue(const JsonObject &value);
    JsonValue(JsonArray &&value);
    JsonValue(JsonObject &&value);

    JsonValue(const JsonValue &other) = default;
    JsonValue &operator=(const JsonValue &other) = default;
    // A moved-from value is null (never a half-moved array or object).
    JsonValue(JsonValue &&other) noexcept;
    JsonValue &operator=(JsonValue &&other) noexcept;
    ~JsonValue() = default;

    Type type() const { return Type(m_value.index()); }
    bool isNull() const { return type() == Type::Null; }
    bool isBool() const { return type() == Type::Bool; }
    bool isNumber() const { return type() == Type::Number; }
    bool isString() const { return type() == Type::String; }
    bool isArray() const { return type() == Type::Array; }
    bool isObject() const { return type() == Type::Object; }

    bool toBool(bool defaultValue = false) const;
    double toNumber(double defaultValue = 0) const;
    // The string of a String value; other types give defaultValue (no conversion).
    QString toString(const QString &defaultValue = {}) const;
    // A scalar as the text JavaScript's String(value) gives (numbers as JS formats them,
    // true/false, "null"); used for ids, which Directus returns as numbers or strings.
    QString toScalarText() const;
    // Empty array / object for other types.
    // On a temporary they return a copy (cheap: shared), so that
    // `for (const JsonValue &v : object.value(key).toArray())` does not iterate freed memory.
    const JsonArray &toArray() const &;
    const JsonObject &toObject() const &;
    JsonArray toArray() &&;
    JsonObject toObject() &&;

    // Mutable access; converts the value to an empty array / object when it is another type.
    JsonArray &array();
    JsonObject &object();

    // Deep equality with JavaScript value semantics: object key order is not significant,
    // array order is; numbers compare as doubles.
    bool operator==(const JsonValue &other) const;
    bool operator!=(const JsonValue &other) const { return !(*this == other); }

private:
    // The array / object to mutate: made this type and unshared first.
    template<typename T>
    T &unshared();

    // One alternative per Type, in the enum's order (type() is the index): 32 bytes instead of
    // a member per type. Values and object entries dominate a large read's memory.
    using Storage = std::variant<std::monostate, bool, double, QString, std::shared_ptr<JsonArray>,
                                 std::shared_ptr<JsonObject>>;
    Storage m_value;
};

// A JSON object that iterates its keys in JavaScript's own-property order: keys that are array
// indices (canonical decimal integers 0 .. 2^32-2) first, ascending, then every other key in
// insertion order. Setting an existing key keeps its position (as in JavaScript).
class JsonObject final
{
public:
    using Entry = std::pair<QString, JsonValue>;
    using const_iterator = QList<Entry>::const_iterator;

    JsonObject() = default;
    JsonObject(std::initializer_list<Entry> entries);
    // Object.fromEntries(entries): a repeated key keeps its first position and takes the last
    // value; array-index keys move to the front. O(n log n), unlike n calls to insert().
    static JsonObject fromEntries(QList<Entry> entries);

    // Room for this many keys without reallocating (for objects built key by key).
    void reserve(qsizetype size) { m_entries.reserve(size); }

    qsizetype size() const { return m_entries.size(); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    bool contains(const QString &key) const { return indexOf(key) >= 0; }
    // nullptr when absent ("undefined" in JavaScript terms).
    const JsonValue *find(const QString &key) const;
    // Null when absent; use contains()/find() to tell null from absent.
    JsonValue value(const QString &key) const;
    JsonValue &operator[](const QString &key); // inserts null when absent
    void insert(const QString &key, const JsonValue &value);
    bool remove(const QString &key);
    QStringList keys() const;

    const Entry &at(qsizetype index) const { return m_entries.at(index); }
    const_iterator begin() const { return m_entries.cbegin(); }
    const_iterator end() const { return m_entries.cend(); }

    // Order-insensitive deep equality.
    bool operator==(const JsonObject &other) const;
    bool operator!=(const JsonObject &other) const { return !(*this == other); }

    // True when JavaScript treats the key as an array index (ordered first, numerically).
    static bool isArrayIndexKey(const QString &key);

private:
    qsizetype indexOf(const QString &key) const;
    // Where a new key goes: after the array-index keys that are smaller, or at the end.
    qsizetype insertionPoint(const QString &key) const;
    void rebuildIndex();

    // Objects with more keys than this get a key -> position hash, so that lookups in large
    // objects stay O(1) and parsing or comparing them stays linear. Smaller objects are scanned,
    // which is faster at that size and saves the memory of a hash per object.
    static constexpr qsizetype HashThreshold = 16;

    QList<Entry> m_entries;
    // Number of leading array-index keys in m_entries (they always come first, ascending).
    qsizetype m_arrayIndexCount = 0;
    // Valid exactly when size() > HashThreshold; kept up to date by every mutation, never
    // built lazily in a const function, so concurrent readers of a shared object are safe.
    QHash<QString, qsizetype> m_index;
};

} // namespace syncstudio
