#pragma once

#include <QStyledItemDelegate>

namespace syncstudio {

// Paints a collection row of the tree: the name, then one count pill per non-identical status
// (or a check mark when everything below is identical).
class CollectionDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectionDelegate)

public:
    explicit CollectionDelegate(QObject *parent = nullptr);
    ~CollectionDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
};

} // namespace syncstudio
