#include "translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace syncstudio {

namespace {

const QString LanguageKey = QStringLiteral("ui/language");

// QLocale turns anything it cannot parse into "C"; treat that as "not set".
bool isUsable(const QString &name)
{
    return !name.trimmed().isEmpty() && QLocale(name.trimmed()).language() != QLocale::C;
}

} // namespace

QLocale TranslationLoader::preferredLocale()
{
    const QString fromEnvironment = qEnvironmentVariable("SYNCSTUDIO_LANGUAGE");
    if (isUsable(fromEnvironment))
        return QLocale(fromEnvironment.trimmed());
    const QString fromSettings = QSettings().value(LanguageKey).toString();
    if (isUsable(fromSettings))
        return QLocale(fromSettings.trimmed());
    return QLocale::system();
}

QLocale TranslationLoader::install(QCoreApplication *app)
{
    const QLocale locale = preferredLocale();
    // Numbers and dates follow the chosen language too, not only the words.
    QLocale::setDefault(locale);

    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    auto *appTranslator = new QTranslator(app);
    if (appTranslator->load(locale, QStringLiteral("syncstudio"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(appTranslator);
    else
        delete appTranslator;
    return locale;
}

QList<std::pair<QString, QString>> TranslationLoader::availableLanguages()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")}};
}

QString TranslationLoader::languageSetting()
{
    const QString stored = QSettings().value(LanguageKey).toString().trimmed();
    if (!isUsable(stored))
        return {};
    const QLocale::Language language = QLocale(stored).language();
    for (const auto &[code, name] : availableLanguages()) {
        if (QLocale(code).language() == language)
            return code;
    }
    return {};
}

void TranslationLoader::setLanguageSetting(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(LanguageKey);
    else
        settings.setValue(LanguageKey, code);
}

} // namespace syncstudio
