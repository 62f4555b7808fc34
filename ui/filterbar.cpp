#include "filterbar.h"
#include "theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace syncstudio {

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);

    for (DiffStatus status : allDiffStatuses) {
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        button->setChecked(status != DiffStatus::Identical);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setFocusPolicy(Qt::TabFocus);
        button->setObjectName(QStringLiteral("statusFilter%1").arg(static_cast<int>(status)));
        connect(button, &QToolButton::toggled, this,
                [this, status](bool checked) { emit statusToggled(status, checked); });
        m_buttons[static_cast<std::size_t>(status)] = button;
        layout->addWidget(button);
    }
    layout->addStretch(1);

    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Filter by name…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
    m_search->setMaximumWidth(320);
    connect(m_search, &QLineEdit::textChanged, this, &FilterBar::searchTextChanged);
    layout->addWidget(m_search, 1);

    updateButtonTexts();
    updateIcons();
}

FilterBar::~FilterBar() = default;

void FilterBar::setCounts(const std::array<int, DiffStatusCount> &counts)
{
    m_counts = counts;
    updateButtonTexts();
}

void FilterBar::setStatusChecked(DiffStatus status, bool checked)
{
    statusButton(status)->setChecked(checked);
}

bool FilterBar::isStatusChecked(DiffStatus status) const
{
    return statusButton(status)->isChecked();
}

QToolButton *FilterBar::statusButton(DiffStatus status) const
{
    return m_buttons[static_cast<std::size_t>(status)];
}

void FilterBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        updateButtonTexts();
    else if (event->type() == QEvent::PaletteChange)
        updateIcons();
}

void FilterBar::updateButtonTexts()
{
    for (DiffStatus status : allDiffStatuses) {
        const int count = m_counts[static_cast<std::size_t>(status)];
        QToolButton *button = statusButton(status);
        button->setText(
            QStringLiteral("%1  %2").arg(diffStatusLabel(status), QLocale().toString(count)));
        button->setToolTip(tr("Show or hide items with the status “%1”").arg(diffStatusLabel(status)));
    }
}

void FilterBar::updateIcons()
{
    const Theme theme = Theme::fromPalette(palette());
    for (DiffStatus status : allDiffStatuses)
        statusButton(status)->setIcon(Theme::tagIcon(theme.statusColor(status), 10));
}

} // namespace syncstudio
