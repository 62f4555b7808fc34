#pragma once

#include "jsonvalue.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace syncstudio {

struct JsonParseError
{
    QString message;       // translated, specific ("unexpected character '}'", "invalid UTF-8")
    qsizetype offset = -1; // byte offset in the input
    int line = 0;          // 1-based
    int column = 0;        // 1-based, in characters
};

// Parses JSON text exactly as JavaScript's JSON.parse does (after fs-extra strips a UTF-8
// BOM): numbers become doubles, duplicate keys keep the first position and the last value,
// strings are UTF-16 with lone surrogates from \u escapes kept. Invalid UTF-8 is an error
// (directus-sync would silently read U+FFFD; we refuse rather than guess).
class JsonReader final
{
public:
    static std::optional<JsonValue> parse(QByteArrayView utf8, JsonParseError *error = nullptr);
    // Nesting deeper than this is an error instead of a stack overflow.
    static constexpr int MaxDepth = 512;
};

} // namespace syncstudio
