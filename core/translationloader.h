#pragma once

#include <QList>
#include <QLocale>
#include <QString>

#include <utility>

QT_BEGIN_NAMESPACE
class QCoreApplication;
QT_END_NAMESPACE

namespace syncstudio {

// Picks the language of the app and of syncstudio-cli and installs Qt's and our translations
// (Qt Core only, so the CLI shares it).
class TranslationLoader final
{
public:
    // SYNCSTUDIO_LANGUAGE (e.g. "de", "en") wins, then the "ui/language" setting, then the system
    // locale. An empty or unparsable value falls through to the next source.
    static QLocale preferredLocale();

    // Loads qtbase_<lang>.qm from Qt's translation folder and syncstudio_<lang>.qm from :/i18n.
    // The translators become children of app. Returns the locale used.
    static QLocale install(QCoreApplication *app);

    // The languages the app ships: (code, name in that language), English first.
    static QList<std::pair<QString, QString>> availableLanguages();

    // The "ui/language" setting as one of availableLanguages()' codes, or empty for the system
    // language (also when unset or naming a language the app does not ship).
    static QString languageSetting();
    // Stores code (empty: follow the system). Takes effect at the next start.
    static void setLanguageSetting(const QString &code);
};

} // namespace syncstudio
