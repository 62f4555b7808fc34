#pragma once

#include "jsonvalue.h"

#include <QString>

#include <memory>

namespace syncstudio {

// String.prototype.localeCompare as directus-sync's Node process evaluates it: ICU collation
// in the default locale Node derives from the environment (the first of LC_ALL, LC_MESSAGES,
// LANG that is set, even to ""; unset, "C" or "POSIX" mean en-US; LC_COLLATE is ignored).
// directus-sync sorts dump items by _syncId and, with --sort-json, object keys with it, so our
// dumps are byte-identical only if we collate exactly like Node does for the same environment.
class JsCollator final
{
public:
    // The collator Node would use in the current process environment.
    static JsCollator fromEnvironment();
    // A collator for an explicit BCP 47 / POSIX locale name: exactly what fromEnvironment()
    // gives when LANG holds this name and LC_ALL / LC_MESSAGES are unset.
    static JsCollator forLocale(const QString &localeName);

    JsCollator(const JsCollator &other);
    JsCollator &operator=(const JsCollator &other);
    ~JsCollator();

    // <0, 0, >0 like a.localeCompare(b).
    int compare(const QString &a, const QString &b) const;
    QString localeName() const;

    // directus-sync's sortObjectDeep: every object's keys, at every depth, sorted with
    // localeCompare (arrays keep their order, their elements are sorted deep). Array-index keys
    // still come first in the result, because a JavaScript object always iterates them first.
    JsonValue sortedDeep(const JsonValue &value) const;

private:
    struct Private;
    explicit JsCollator(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace syncstudio
