#include "directusversion.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace syncstudio {

DirectusVersion DirectusVersion::parse(const QString &text)
{
    DirectusVersion version;
    version.m_text = text;
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*v?(\\d+)\\.(\\d+)\\.(\\d+)(?:[-+].*)?\\s*$"));
    const auto match = pattern.match(text);
    if (match.hasMatch()) {
        version.m_major = match.captured(1).toInt();
        version.m_minor = match.captured(2).toInt();
        version.m_patch = match.captured(3).toInt();
    }
    return version;
}

DirectusVersion::Support DirectusVersion::support() const
{
    if (!isValid())
        return Support::Unparsable;
    if (m_major < MinSupportedMajor)
        return Support::TooOld;
    if (m_major > MaxTestedMajor)
        return Support::Untested;
    return Support::Supported;
}

bool DirectusVersion::isAllowed(bool allowUntested) const
{
    switch (support()) {
    case Support::Supported:
        return true;
    case Support::TooOld:
        return false;
    case Support::Untested:
    case Support::Unparsable:
        return allowUntested;
    }
    return false;
}

QString DirectusVersion::refusal(bool allowUntested) const
{
    if (isAllowed(allowUntested))
        return {};
    switch (support()) {
    case Support::TooOld:
        return QCoreApplication::translate(
                   "syncstudio::DirectusVersion",
                   "Directus %1 is not supported: Directus 11 or newer is required (directus-sync "
                   "3 and its extension need 11.x).")
            .arg(m_text);
    case Support::Untested:
        return QCoreApplication::translate(
                   "syncstudio::DirectusVersion",
                   "Directus %1 has not been tested with this version of Sync Studio (tested: 11.x "
                   "and 12.x). Allow untested versions in the connection to use it anyway.")
            .arg(m_text);
    case Support::Unparsable:
        return QCoreApplication::translate(
                   "syncstudio::DirectusVersion",
                   "The server reported the version \"%1\", which is not a Directus version "
                   "number. Allow untested versions in the connection to use it anyway.")
            .arg(m_text);
    case Support::Supported:
        break;
    }
    return {};
}

} // namespace syncstudio
