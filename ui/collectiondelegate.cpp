#include "collectiondelegate.h"
#include "comparisonroles.h"
#include "theme.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

namespace syncstudio {

namespace {

constexpr int PillGap = 4;
constexpr int PillPadding = 6;
constexpr int RightMargin = 6;

// The statuses that get a pill, in the order the filter bar shows them.
constexpr std::array<DiffStatus, 4> pillStatuses = {DiffStatus::Changed, DiffStatus::OnlyLeft,
                                                    DiffStatus::OnlyRight, DiffStatus::Untracked};

struct Pill
{
    DiffStatus status;
    QString text;
    int width;
};

QFont pillFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    font.setPointSizeF(base.pointSizeF() * 0.85);
    return font;
}

QList<Pill> pillsFor(const QModelIndex &index, const QFont &font, int *totalWidth)
{
    const QFontMetrics metrics(pillFont(font));
    QList<Pill> pills;
    int width = 0;
    for (DiffStatus status : pillStatuses) {
        const int count = index.data(ComparisonRoles::countRole(status)).toInt();
        if (count <= 0)
            continue;
        const QString text = QLocale().toString(count);
        const int pillWidth =
            qMax(metrics.horizontalAdvance(text) + 2 * PillPadding, metrics.height() + 4);
        pills.append({status, text, pillWidth});
        width += pillWidth + PillGap;
    }
    *totalWidth = width;
    return pills;
}

} // namespace

CollectionDelegate::CollectionDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

CollectionDelegate::~CollectionDelegate() = default;

void CollectionDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const Theme theme = Theme::fromPalette(opt.palette);

    int pillsWidth = 0;
    const QList<Pill> pills = pillsFor(index, opt.font, &pillsWidth);
    const int identical = index.data(ComparisonRoles::countRole(DiffStatus::Identical)).toInt();
    const bool allIdentical = pills.isEmpty() && identical > 0;
    const QString check = QStringLiteral("\u2713");
    if (allIdentical)
        pillsWidth = opt.fontMetrics.horizontalAdvance(check) + PillGap;

    // Elide the name ourselves so it stops short of the pills instead of running under them.
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const int available = textRect.width() - pillsWidth - RightMargin;
    opt.text = opt.fontMetrics.elidedText(opt.text, Qt::ElideRight, qMax(available, 0));
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    int right = opt.rect.right() - RightMargin;
    if (allIdentical) {
        painter->setPen(theme.mutedText());
        painter->drawText(QRect(right - pillsWidth, opt.rect.top(), pillsWidth, opt.rect.height()),
                          Qt::AlignRight | Qt::AlignVCenter, check);
    }
    const QFont font = pillFont(opt.font);
    const int height = QFontMetrics(font).height() + 2;
    painter->setFont(font);
    for (auto it = pills.crbegin(); it != pills.crend(); ++it) {
        const QRect pill(right - it->width, opt.rect.center().y() - height / 2 + 1, it->width,
                         height);
        painter->setPen(Qt::NoPen);
        painter->setBrush(theme.statusFill(it->status));
        painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
        painter->setPen(theme.statusColor(it->status));
        painter->drawText(pill, Qt::AlignCenter, it->text);
        right -= it->width + PillGap;
    }
    painter->restore();
}

QSize CollectionDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    int pillsWidth = 0;
    pillsFor(index, option.font, &pillsWidth);
    size.rwidth() += pillsWidth + RightMargin;
    size.setHeight(qMax(size.height(), QFontMetrics(option.font).height() + 10));
    return size;
}

bool CollectionDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                   const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    QStringList lines;
    for (DiffStatus status : allDiffStatuses) {
        const int count = index.data(ComparisonRoles::countRole(status)).toInt();
        if (count > 0)
            lines.append(tr("%1: %2").arg(diffStatusLabel(status), QLocale().toString(count)));
    }
    if (lines.isEmpty())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    QToolTip::showText(event->globalPos(), lines.join(u'\n'), view);
    return true;
}

} // namespace syncstudio
