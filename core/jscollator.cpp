#include "jscollator.h"

#include <QByteArray>

#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/strenum.h>
#include <unicode/uloc.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

// How Node (V8 + ICU) arrives at the collator behind a.localeCompare(b), and how this file
// reproduces each step with the system ICU:
//  1. Node never calls setlocale(), so ICU's setlocale(LC_MESSAGES, NULL) answers "C" and
//     ICU reads the environment itself: the first of LC_ALL, LC_MESSAGES, LANG that is set
//     (set to "" counts as set). Unset, "C" or "POSIX" gives "en_US_POSIX".
//  2. ICU cuts ".codeset" and turns a POSIX "@modifier" into a variant ("de_DE@euro" ->
//     "de_DE_euro", "@nynorsk" -> "NY"), then canonicalises the ID (uloc_canonicalize).
//  3. V8's DefaultLocale() maps "en_US_POSIX" and "c" to "en-US", a bogus locale to "und",
//     anything else to its BCP 47 tag.
//  4. Intl.Collator keeps only the co/kn/kf Unicode extensions (co=search/standard dropped),
//     creates an ICU collator for that locale, turns normalisation on and forces tertiary
//     strength (usage "sort", sensitivity "variant"); other attributes are the locale's own.

namespace syncstudio {

struct JsCollator::Private
{
    QString localeName;
    std::shared_ptr<const icu::Collator> collator;
};

namespace {

// Step 2: uprv_getDefaultLocaleID() for a POSIX locale value (nullopt: nothing was set).
std::string icuIdFromPosix(const std::optional<QByteArray> &posixValue)
{
    std::string posix = posixValue ? posixValue->toStdString() : std::string("en_US_POSIX");
    if (posix == "C" || posix == "POSIX") {
        posix = "en_US_POSIX";
    }
    std::string corrected = posix.substr(0, posix.find('.'));
    corrected = corrected.substr(0, corrected.find('@'));
    if (corrected == "C" || corrected == "POSIX") {
        corrected = "en_US_POSIX";
    }
    const std::string::size_type at = posix.rfind('@');
    if (at != std::string::npos) {
        std::string modifier = posix.substr(at + 1);
        if (modifier == "nynorsk") {
            modifier = "NY";
        }
        corrected += corrected.find('_') == std::string::npos ? "__" : "_";
        corrected += modifier.substr(0, modifier.find('.'));
    }
    return corrected;
}

// Steps 2 (canonicalisation) and 3: the language tag V8 uses as its default locale.
std::string v8DefaultLocaleTag(const std::string &icuId)
{
    UErrorCode status = U_ZERO_ERROR;
    char canonical[ULOC_FULLNAME_CAPACITY + 1] = {};
    uloc_canonicalize(icuId.c_str(), canonical, ULOC_FULLNAME_CAPACITY, &status);
    if (U_FAILURE(status)) {
        return "und";
    }
    const icu::Locale locale = icu::Locale::createFromName(canonical);
    if (std::strcmp(locale.getName(), "en_US_POSIX") == 0 ||
        std::strcmp(locale.getName(), "c") == 0) {
        return "en-US";
    }
    if (locale.isBogus()) {
        return "und";
    }
    status = U_ZERO_ERROR;
    const std::string tag = locale.toLanguageTag<std::string>(status);
    return U_SUCCESS(status) && !tag.empty() ? tag : std::string("und");
}

// Step 4: the ICU collator V8's Intl.Collator builds for that tag with default options.
// Drops from tag what resolvedOptions().locale would not show.
std::shared_ptr<const icu::Collator> createV8Collator(std::string &tag)
{
    UErrorCode status = U_ZERO_ERROR;
    icu::Locale locale = icu::Locale::forLanguageTag(tag, status);
    if (U_FAILURE(status) || locale.isBogus()) {
        locale = icu::Locale::getRoot();
    }

    // Only the collator's relevant extension keys survive ResolveLocale.
    status = U_ZERO_ERROR;
    std::unique_ptr<icu::StringEnumeration> keywords(locale.createKeywords(status));
    if (keywords && U_SUCCESS(status)) {
        std::vector<std::string> drop;
        while (const char *keyword = keywords->next(nullptr, status)) {
            const std::string key(keyword);
            if (key == "collation") {
                UErrorCode valueStatus = U_ZERO_ERROR;
                const std::string value = locale.getKeywordValue<std::string>(key, valueStatus);
                if (value == "search" || value == "standard") {
                    drop.push_back(key);
                }
            } else if (key != "colnumeric" && key != "colcasefirst") {
                drop.push_back(key);
            }
        }
        for (const std::string &key : drop) {
            UErrorCode dropStatus = U_ZERO_ERROR;
            locale.setKeywordValue(key.c_str(), nullptr, dropStatus);
        }
        if (!drop.empty()) {
            UErrorCode tagStatus = U_ZERO_ERROR;
            const std::string resolved = locale.toLanguageTag<std::string>(tagStatus);
            if (U_SUCCESS(tagStatus) && !resolved.empty()) {
                tag = resolved;
            }
        }
    }

    status = U_ZERO_ERROR;
    std::unique_ptr<icu::Collator> collator(icu::Collator::createInstance(locale, status));
    if (U_FAILURE(status) || !collator) {
        // V8 retries without extensions, as do we.
        status = U_ZERO_ERROR;
        collator.reset(icu::Collator::createInstance(icu::Locale(locale.getBaseName()), status));
    }
    if (U_FAILURE(status) || !collator) {
        status = U_ZERO_ERROR;
        collator.reset(icu::Collator::createInstance(icu::Locale::getRoot(), status));
    }
    if (!collator) {
        return nullptr;
    }
    // ECMA-402: canonically equivalent strings compare equal; usage "sort" has sensitivity
    // "variant", i.e. tertiary strength even where the locale defaults to quaternary (ja).
    status = U_ZERO_ERROR;
    collator->setAttribute(UCOL_NORMALIZATION_MODE, UCOL_ON, status);
    collator->setStrength(icu::Collator::TERTIARY);
    return std::shared_ptr<const icu::Collator>(std::move(collator));
}

std::pair<QString, std::shared_ptr<const icu::Collator>>
resolve(const std::optional<QByteArray> &posixValue)
{
    std::string tag = v8DefaultLocaleTag(icuIdFromPosix(posixValue));
    std::shared_ptr<const icu::Collator> collator = createV8Collator(tag);
    return {QString::fromStdString(tag), std::move(collator)};
}

} // namespace

JsCollator JsCollator::fromEnvironment()
{
    // ICU's order (LC_CTYPE and LC_COLLATE play no part); an empty value still counts as set.
    std::optional<QByteArray> posixValue;
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        if (qEnvironmentVariableIsSet(name)) {
            posixValue = qgetenv(name);
            break;
        }
    }
    auto [name, collator] = resolve(posixValue);
    return JsCollator(std::make_unique<Private>(Private{name, collator}));
}

JsCollator JsCollator::forLocale(const QString &localeName)
{
    // Exactly what Node does when LANG holds this name and LC_ALL/LC_MESSAGES are unset.
    auto [name, collator] = resolve(localeName.toLatin1());
    return JsCollator(std::make_unique<Private>(Private{name, collator}));
}

JsCollator::JsCollator(std::unique_ptr<Private> d)
    : d(std::move(d))
{}

// Copies share the ICU collator: it is never modified after creation, and ICU collators are
// safe for concurrent use through their const API.
JsCollator::JsCollator(const JsCollator &other)
    : d(std::make_unique<Private>(*other.d))
{}

JsCollator &JsCollator::operator=(const JsCollator &other)
{
    if (this != &other) {
        *d = *other.d;
    }
    return *this;
}

JsCollator::~JsCollator() = default;

int JsCollator::compare(const QString &a, const QString &b) const
{
    if (!d->collator) {
        // Only if ICU has no data at all: code unit order is still a total order.
        return a.compare(b);
    }
    UErrorCode status = U_ZERO_ERROR;
    const UCollationResult result = d->collator->compare(
        reinterpret_cast<const char16_t *>(a.constData()), int32_t(a.size()),
        reinterpret_cast<const char16_t *>(b.constData()), int32_t(b.size()), status);
    return result == UCOL_LESS ? -1 : result == UCOL_GREATER ? 1 : 0;
}

QString JsCollator::localeName() const
{
    return d->localeName;
}

JsonValue JsCollator::sortedDeep(const JsonValue &value) const
{
    switch (value.type()) {
    case JsonValue::Type::Array: {
        JsonArray result;
        result.reserve(value.toArray().size());
        for (const JsonValue &element : value.toArray()) {
            result.append(sortedDeep(element));
        }
        return result;
    }
    case JsonValue::Type::Object: {
        const JsonObject &object = value.toObject();
        QList<JsonObject::Entry> entries(object.begin(), object.end());
        // Array.prototype.sort is stable: keys comparing equal keep Object.entries order.
        std::stable_sort(entries.begin(), entries.end(),
                         [this](const JsonObject::Entry &a, const JsonObject::Entry &b) {
                             return compare(a.first, b.first) < 0;
                         });
        for (JsonObject::Entry &entry : entries) {
            entry.second = sortedDeep(entry.second);
        }
        // Object.fromEntries: array-index keys come first again, as in JavaScript.
        return JsonObject::fromEntries(std::move(entries));
    }
    default:
        return value;
    }
}

} // namespace syncstudio
