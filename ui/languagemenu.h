#pragma once

#include <QMenu>

namespace syncstudio {

// "Language" submenu: System Default and every shipped language. The choice is stored in the
// "ui/language" setting (TranslationLoader::setLanguageSetting); translations are installed at
// start-up, so the menu says that the change applies after a restart.
class LanguageMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageMenu)

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

signals:
    // After a different language was stored; code is empty for the system language.
    void languageChosen(const QString &code);

private:
    void choose(const QString &code);
};

} // namespace syncstudio
