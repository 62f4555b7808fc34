#pragma once

#include <QStyledItemDelegate>

namespace syncstudio {

// Paints the status column of the item list: the push checkbox (drawn and toggled by the base
// class) followed by a coloured status badge.
class ItemStatusDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemStatusDelegate)

public:
    explicit ItemStatusDelegate(QObject *parent = nullptr);
    ~ItemStatusDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Column width that fits the widest translated badge, so no label is ever clipped.
    int preferredColumnWidth(const QWidget *view) const;
};

} // namespace syncstudio
