#pragma once

#include <QLocale>

QT_BEGIN_NAMESPACE
class QCoreApplication;
QT_END_NAMESPACE

namespace syncstudio {

// Picks the UI language and installs Qt's and our translations.
class TranslationLoader final
{
public:
    // SYNCSTUDIO_LANGUAGE (e.g. "de", "en") wins, then the "ui/language" setting, then the system
    // locale. An empty or unparsable value falls through to the next source.
    static QLocale preferredLocale();

    // Loads qtbase_<lang>.qm from Qt's translation folder and syncstudio_<lang>.qm from :/i18n.
    // The translators become children of app. Returns the locale used.
    static QLocale install(QCoreApplication *app);
};

} // namespace syncstudio
