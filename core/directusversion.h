#pragma once

#include <QString>

namespace syncstudio {

// A Directus server version and whether this build supports it. Supported: 11.x and 12.x
// (tested with 11.3.5 and 12.4.0). Older is refused (directus-sync 3 needs >= 11); newer or
// unparsable is refused unless the connection explicitly allows an untested version.
class DirectusVersion final
{
public:
    enum class Support { Supported, TooOld, Untested, Unparsable };

    static DirectusVersion parse(const QString &text);

    bool isValid() const { return m_major >= 0; }
    int major() const { return m_major; }
    int minor() const { return m_minor; }
    int patch() const { return m_patch; }
    QString text() const { return m_text; }
    Support support() const;
    // true when usable, given the profile's "allow untested version" flag.
    bool isAllowed(bool allowUntested) const;
    // A user-facing explanation for a refused version; empty when supported.
    QString refusal(bool allowUntested) const;

    static constexpr int MinSupportedMajor = 11;
    static constexpr int MaxTestedMajor = 12;

private:
    QString m_text;
    int m_major = -1;
    int m_minor = 0;
    int m_patch = 0;
};

} // namespace syncstudio
