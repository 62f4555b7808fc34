#include "itemstatusdelegate.h"
#include "comparisonroles.h"
#include "theme.h"

#include <QApplication>
#include <QPainter>

namespace syncstudio {

namespace {

constexpr int DotSize = 7;
constexpr int BadgePadding = 7;
constexpr int DotGap = 5;

int badgeWidth(const QFontMetrics &metrics, const QString &label)
{
    return BadgePadding + DotSize + DotGap + metrics.horizontalAdvance(label) + BadgePadding;
}

} // namespace

ItemStatusDelegate::ItemStatusDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

ItemStatusDelegate::~ItemStatusDelegate() = default;

void ItemStatusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const DiffStatus status = diffStatusFromInt(index.data(ComparisonRoles::StatusRole).toInt());
    // The model's own label when it has one (browse mode says "Tracked").
    const QString modelLabel = index.data(Qt::DisplayRole).toString();
    const QString label = modelLabel.isEmpty() ? diffStatusLabel(status) : modelLabel;
    opt.text.clear(); // the badge replaces the text; background and checkbox stay standard

    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const Theme theme = Theme::fromPalette(opt.palette);
    const QFontMetrics metrics(opt.font);
    const int height = metrics.height() + 2;
    const QRect badge(textRect.left() + 2, textRect.center().y() - height / 2 + 1,
                      qMin(badgeWidth(metrics, label), textRect.width() - 2), height);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(theme.statusFill(status));
    painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
    painter->setBrush(theme.statusColor(status));
    painter->drawEllipse(QRectF(badge.left() + BadgePadding,
                                badge.center().y() - DotSize / 2.0 + 0.5, DotSize, DotSize));
    painter->setPen(theme.statusColor(status));
    painter->setFont(opt.font);
    const QRect labelRect =
        badge.adjusted(BadgePadding + DotSize + DotGap, 0, -BadgePadding + 2, 0);
    painter->drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(label, Qt::ElideRight, labelRect.width()));
    painter->restore();
}

QSize ItemStatusDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics(option.font);
    size.setHeight(qMax(size.height(), metrics.height() + 10));
    return size;
}

int ItemStatusDelegate::preferredColumnWidth(const QWidget *view) const
{
    const QFontMetrics metrics(view->font());
    int widest = 0;
    for (DiffStatus status : allDiffStatuses)
        widest = qMax(widest, badgeWidth(metrics, diffStatusLabel(status)));
    QStyleOptionButton check;
    const int indicator =
        view->style()->pixelMetric(QStyle::PM_IndicatorWidth, &check, view) +
        2 * view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 8;
    return indicator + widest + 16;
}

} // namespace syncstudio
