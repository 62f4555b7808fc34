#pragma once

#include <QDialog>

namespace syncstudio {

// Name, version, the Qt it runs on and the highlighting backend: what a bug report needs.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    // The plain-text facts shown, one per line (also handy for "copy to clipboard").
    QString versionInfo() const;
};

} // namespace syncstudio
