#pragma once

#include "jsonvalue.h"

#include <QByteArray>

namespace syncstudio {

// Serialises like JavaScript: stringify() is JSON.stringify(value, null, indent) byte for byte
// (UTF-8 out), writeFileContent() is what fs-extra's writeJsonSync(file, value, {spaces: 2})
// writes (stringify + "\n"). Empty containers are "[]" / "{}", numbers use JavaScript's
// Number.prototype.toString, strings use JSON.stringify's escapes (control characters as
// \u00xx, lone surrogates as \udxxx, everything else raw).
class JsonWriter final
{
public:
    static QByteArray stringify(const JsonValue &value, int indent = 2);
    static QByteArray writeFileContent(const JsonValue &value);
    // JavaScript's Number.prototype.toString(): 1e21 -> "1e+21", 1e-7 -> "1e-7", -0 -> "0",
    // 0.1+0.2 -> "0.30000000000000004". NaN/Infinity give "null" as JSON.stringify does.
    static QString numberToString(double value);
};

} // namespace syncstudio
