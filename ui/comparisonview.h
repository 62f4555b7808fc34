#pragma once

#include "diffpresentation.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
class QItemSelection;
class QModelIndex;
class QSplitter;
class QTreeView;
QT_END_NAMESPACE

namespace syncstudio {

class CollectionDelegate;
class FilterBar;
class ItemFilterProxyModel;
class ItemStatusDelegate;
class JsonDiffView;

// The comparison page: collection tree, filter bar, item list and side-by-side JSON. It shows
// whatever models it is given (see ComparisonRoles) and reports the current item; deciding what
// to compare or how to render an item's diff is the controller's job.
class ComparisonView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonView)

public:
    explicit ComparisonView(QWidget *parent = nullptr);
    ~ComparisonView() override;

    // Neither model is owned. Pass nullptr to detach.
    void setModels(QAbstractItemModel *collections, QAbstractItemModel *items);
    QAbstractItemModel *collectionModel() const { return m_collectionModel; }
    QAbstractItemModel *itemModel() const { return m_itemModel; }

    void setDiffPresentation(const DiffPresentation &presentation);
    void clearDiff();

    // Moves to the next (or previous) visible item that is not identical. Returns false when
    // there is none in that direction.
    bool selectAdjacentChange(bool forward);
    // Makes the item at this source row current (e.g. to restore a selection).
    void selectItem(const QModelIndex &sourceIndex);
    QModelIndex currentItem() const;
    int checkedItemCount() const;
    void focusSearch();

    QTreeView *collectionView() const { return m_collections; }
    QTreeView *itemView() const { return m_items; }
    FilterBar *filterBar() const { return m_filterBar; }
    ItemFilterProxyModel *filterModel() const { return m_proxy; }
    JsonDiffView *diffView() const { return m_diff; }

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

signals:
    // A source-model index (invalid when nothing is selected).
    void currentItemChanged(const QModelIndex &sourceIndex);
    void checkedItemCountChanged(int count);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createCollectionPane();
    void scheduleRecount();
    void toggleSelectedItems();
    QWidget *createItemPane();
    void onCollectionSelected(const QModelIndex &index);
    void updateCounts();
    void updateCheckedCount();
    void configureItemColumns();

    QAbstractItemModel *m_collectionModel = nullptr;
    QAbstractItemModel *m_itemModel = nullptr;
    ItemFilterProxyModel *m_proxy = nullptr;
    QSplitter *m_outerSplitter = nullptr;
    QSplitter *m_innerSplitter = nullptr;
    QTreeView *m_collections = nullptr;
    QTreeView *m_items = nullptr;
    FilterBar *m_filterBar = nullptr;
    JsonDiffView *m_diff = nullptr;
    CollectionDelegate *m_collectionDelegate = nullptr;
    ItemStatusDelegate *m_statusDelegate = nullptr;
    QList<QMetaObject::Connection> m_modelConnections;
    int m_checkedCount = -1;
    bool m_recountPending = false;
};

} // namespace syncstudio
