#include "aboutdialog.h"
#include "highlighterfactory.h"
#include "version.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace syncstudio {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Directus Sync Studio"));
    setObjectName(QStringLiteral("aboutDialog"));

    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/syncstudio.svg")).pixmap(64, 64));
    logo->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    auto *name = new QLabel(tr("Directus Sync Studio"), this);
    QFont nameFont = name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    nameFont.setBold(true);
    name->setFont(nameFont);

    auto *description = new QLabel(tr("Compare, browse and selectively push the configuration "
                                      "of Directus instances: schema, flows, roles, policies, "
                                      "permissions and more."),
                                   this);
    description->setWordWrap(true);

    auto *facts = new QFormLayout;
    facts->setLabelAlignment(Qt::AlignRight);
    facts->setHorizontalSpacing(12);
    const auto addFact = [this, facts](const QString &label, const QString &value,
                                       const QString &objectName) {
        auto *valueLabel = new QLabel(value, this);
        valueLabel->setObjectName(objectName);
        valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *labelLabel = new QLabel(label, this);
        labelLabel->setForegroundRole(QPalette::PlaceholderText);
        facts->addRow(labelLabel, valueLabel);
    };
    addFact(tr("Version:"), Version::applicationVersion(), QStringLiteral("versionValue"));
    addFact(tr("Qt:"),
            Version::qtVersion() == QLatin1String(QT_VERSION_STR)
                ? Version::qtVersion()
                : tr("%1 (built with %2)").arg(Version::qtVersion(), QLatin1String(QT_VERSION_STR)),
            QStringLiteral("qtVersionValue"));
    addFact(tr("JSON highlighting:"), jsonHighlighterBackendName(),
            QStringLiteral("highlighterValue"));
    addFact(tr("Platform:"), QGuiApplication::platformName(), QStringLiteral("platformValue"));

    auto *text = new QVBoxLayout;
    text->setSpacing(10);
    text->addWidget(name);
    text->addWidget(description);
    text->addLayout(facts);

    auto *body = new QHBoxLayout;
    body->setSpacing(18);
    body->addWidget(logo, 0, Qt::AlignTop);
    body->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 14);
    layout->setSpacing(16);
    layout->addLayout(body);
    layout->addWidget(buttons);

    setMinimumWidth(460);
    setMaximumWidth(560);
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::versionInfo() const
{
    return QStringLiteral("Directus Sync Studio %1\nQt %2\n%3")
        .arg(Version::applicationVersion(), Version::qtVersion(), jsonHighlighterBackendName());
}

} // namespace syncstudio
