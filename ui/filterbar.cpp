#include "filterbar.h"
#include "theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QToolButton>

namespace syncstudio {

namespace {

constexpr int SearchMinimumWidth = 140;

} // namespace

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
    m_search->setMinimumWidth(SearchMinimumWidth);
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

QString FilterBar::buttonText(DiffStatus status, bool compact) const
{
    const QString count = QLocale().toString(m_counts[static_cast<std::size_t>(status)]);
    return compact ? count : QStringLiteral("%1  %2").arg(diffStatusLabel(status), count);
}

int FilterBar::requiredWidth(bool compact) const
{
    const QMargins margins = layout()->contentsMargins();
    const int spacing = layout()->spacing();
    int width = margins.left() + margins.right() + SearchMinimumWidth + spacing;
    for (DiffStatus status : allDiffStatuses) {
        const QToolButton *button = statusButton(status);
        const QFontMetrics metrics = button->fontMetrics();
        // Everything but the text (icon, padding, border) is the same in both modes.
        const int chrome = button->sizeHint().width() - metrics.horizontalAdvance(button->text());
        width += chrome + metrics.horizontalAdvance(buttonText(status, compact)) + spacing;
    }
    return width;
}

QSize FilterBar::minimumSizeHint() const
{
    return {requiredWidth(true), QWidget::minimumSizeHint().height()};
}

void FilterBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const bool compact = width() < requiredWidth(false);
    if (compact != m_compact) {
        m_compact = compact;
        updateButtonTexts();
    }
}

void FilterBar::updateButtonTexts()
{
    for (DiffStatus status : allDiffStatuses) {
        QToolButton *button = statusButton(status);
        button->setText(buttonText(status, m_compact));
        button->setToolTip(
            tr("Show or hide items with the status “%1”").arg(diffStatusLabel(status)));
    }
}

void FilterBar::updateIcons()
{
    // Toggle "chips": outlined when off, tinted in the status colour when on, so the state
    // reads at a glance (the stock checked tool button is hard to tell from an unchecked one).
    const Theme theme = Theme::fromPalette(palette());
    const QPalette &pal = palette();
    const QString border = pal.color(QPalette::Mid).name();
    const QString base = pal.color(QPalette::Base).name();
    const QString muted = theme.mutedText().name();
    for (DiffStatus status : allDiffStatuses) {
        QToolButton *button = statusButton(status);
        button->setIcon(Theme::tagIcon(theme.statusColor(status), 10));
        button->setStyleSheet(
            QStringLiteral("QToolButton { border: 1px solid %1; border-radius: 11px;"
                           " padding: 2px 10px 2px 7px; background: %2; color: %3; }"
                           "QToolButton:hover { border-color: %4; }"
                           "QToolButton:checked { background: %5; border-color: %4; color: %6; }"
                           "QToolButton:focus { border-width: 2px; padding: 1px 9px 1px 6px; }")
                .arg(
                    border, base, muted, theme.statusColor(status).name(),
                    theme.statusFill(status).name(),
                    Theme::mix(theme.statusColor(status), pal.color(QPalette::Text), 0.35).name()));
    }
}

} // namespace syncstudio
