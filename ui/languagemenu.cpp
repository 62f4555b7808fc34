#include "languagemenu.h"

#include "translationloader.h"

#include <QActionGroup>
#include <QMessageBox>

namespace syncstudio {

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("Lan&guage"), parent)
{
    setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(this);
    group->setExclusive(true);
    const QString current = TranslationLoader::languageSetting();
    const auto add = [this, group, &current](const QString &code, const QString &text) {
        QAction *action = addAction(text);
        action->setObjectName(QStringLiteral("languageAction_") +
                              (code.isEmpty() ? QStringLiteral("system") : code));
        action->setData(code);
        action->setCheckable(true);
        action->setChecked(code == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { choose(code); });
    };
    add(QString(), tr("&System Default"));
    addSeparator();
    // Each language by its own name, so it can be found whatever the current language is.
    for (const auto &[code, name] : TranslationLoader::availableLanguages())
        add(code, QLatin1Char('&') + name);
}

void LanguageMenu::choose(const QString &code)
{
    if (code == TranslationLoader::languageSetting())
        return;
    TranslationLoader::setLanguageSetting(code);
    emit languageChosen(code);
    auto *box = new QMessageBox(QMessageBox::Information, tr("Language"),
                                tr("The new language applies the next time you start Directus "
                                   "Sync Studio."),
                                QMessageBox::Ok, parentWidget());
    box->setObjectName(QStringLiteral("languageRestartMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace syncstudio
