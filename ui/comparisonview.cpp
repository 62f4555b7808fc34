#include "comparisonview.h"
#include "collectiondelegate.h"
#include "comparisonroles.h"
#include "filterbar.h"
#include "itemfilterproxymodel.h"
#include "itemstatusdelegate.h"
#include "jsondiffview.h"

#include <QDataStream>
#include <QHeaderView>
#include <QIODevice>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace syncstudio {

namespace {

// Bumped whenever the layout of saveState() changes, so old settings are ignored, not misread.
constexpr quint8 StateVersion = 1;

QLabel *createPaneTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(8, 8, 8, 6);
    return label;
}

} // namespace

ComparisonView::ComparisonView(QWidget *parent)
    : QWidget(parent)
    , m_proxy(new ItemFilterProxyModel(this))
    , m_outerSplitter(new QSplitter(Qt::Horizontal, this))
    , m_innerSplitter(new QSplitter(Qt::Vertical, this))
    , m_collections(new QTreeView(this))
    , m_items(new QTreeView(this))
    , m_filterBar(new FilterBar(this))
    , m_diff(new JsonDiffView(this))
    , m_collectionDelegate(new CollectionDelegate(this))
    , m_statusDelegate(new ItemStatusDelegate(this))
{
    m_innerSplitter->addWidget(createItemPane());
    m_innerSplitter->addWidget(m_diff);
    m_innerSplitter->setChildrenCollapsible(false);
    m_innerSplitter->setStretchFactor(0, 2);
    m_innerSplitter->setStretchFactor(1, 3);
    // The JSON is what the user reads; give it the larger share from the start.
    m_innerSplitter->setSizes({300, 450});

    m_outerSplitter->addWidget(createCollectionPane());
    m_outerSplitter->addWidget(m_innerSplitter);
    m_outerSplitter->setChildrenCollapsible(false);
    m_outerSplitter->setStretchFactor(0, 0);
    m_outerSplitter->setStretchFactor(1, 1);
    m_outerSplitter->setSizes({250, 1000});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_outerSplitter);

    connect(m_filterBar, &FilterBar::statusToggled, this, [this](DiffStatus status, bool visible) {
        m_proxy->setStatusVisible(status, visible);
    });
    connect(m_filterBar, &FilterBar::searchTextChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        updateCounts();
    });
    m_items->setModel(m_proxy);
    connect(m_items->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                emit currentItemChanged(m_proxy->mapToSource(current));
            });
}

ComparisonView::~ComparisonView() = default;

QWidget *ComparisonView::createCollectionPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createPaneTitle(tr("Collections"), pane));

    m_collections->setObjectName(QStringLiteral("collectionTree"));
    m_collections->setHeaderHidden(true);
    m_collections->setItemDelegate(m_collectionDelegate);
    m_collections->setUniformRowHeights(true);
    m_collections->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_collections->setMinimumWidth(160);
    layout->addWidget(m_collections, 1);
    return pane;
}

QWidget *ComparisonView::createItemPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(0);
    m_filterBar->layout()->setContentsMargins(0, 2, 0, 6);
    layout->addWidget(m_filterBar);

    m_items->setObjectName(QStringLiteral("itemList"));
    m_items->setRootIsDecorated(false);
    m_items->setUniformRowHeights(true);
    m_items->setAlternatingRowColors(true);
    m_items->setSortingEnabled(true);
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Only the checkbox is editable, and the delegate toggles it on click or Space.
    m_items->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_items->setItemDelegateForColumn(ItemColumns::StatusColumn, m_statusDelegate);
    m_items->setMinimumHeight(120);
    m_items->installEventFilter(this);
    layout->addWidget(m_items, 1);
    return pane;
}

void ComparisonView::setModels(QAbstractItemModel *collections, QAbstractItemModel *items)
{
    if (collections == m_collectionModel && items == m_itemModel) {
        // The same models with a new result (they were reset): wiring them again would make
        // the proxy filter every row once more.
        m_proxy->setCollectionFilter({});
        if (collections)
            m_collections->expandToDepth(0);
        if (items)
            configureItemColumns();
        // The counts follow from the reset's recount (scheduleRecount), in an event of their own.
        clearDiff();
        return;
    }
    for (const QMetaObject::Connection &connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();

    m_collectionModel = collections;
    m_itemModel = items;
    m_collections->setModel(collections);
    m_proxy->setSourceModel(items);
    m_proxy->setCollectionFilter({});

    if (collections) {
        m_collections->expandToDepth(0);
        m_modelConnections.append(
            connect(m_collections->selectionModel(), &QItemSelectionModel::currentChanged, this,
                    [this](const QModelIndex &current) { onCollectionSelected(current); }));
    }
    if (items) {
        const auto recount = [this] {
            scheduleRecount();
        };
        m_modelConnections.append(connect(items, &QAbstractItemModel::modelReset, this, recount));
        m_modelConnections.append(connect(items, &QAbstractItemModel::rowsInserted, this, recount));
        m_modelConnections.append(connect(items, &QAbstractItemModel::rowsRemoved, this, recount));
        m_modelConnections.append(
            connect(items, &QAbstractItemModel::dataChanged, this,
                    [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                        if (roles.isEmpty() || roles.contains(ComparisonRoles::StatusRole) ||
                            roles.contains(Qt::CheckStateRole))
                            scheduleRecount();
                    }));
        configureItemColumns();
    }
    updateCounts();
    updateCheckedCount();
    clearDiff();
}

void ComparisonView::configureItemColumns()
{
    QHeaderView *header = m_items->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ItemColumns::StatusColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ItemColumns::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ItemColumns::CollectionColumn, QHeaderView::Interactive);
    header->resizeSection(ItemColumns::StatusColumn,
                          m_statusDelegate->preferredColumnWidth(m_items));
    header->resizeSection(ItemColumns::CollectionColumn, 170);
    // Keep the engine's order (grouped by collection) until the user clicks a header.
    m_items->sortByColumn(-1, Qt::AscendingOrder);
}

void ComparisonView::onCollectionSelected(const QModelIndex &index)
{
    m_proxy->setCollectionFilter(index.data(ComparisonRoles::CollectionKeyRole).toString());
    updateCounts();
}

void ComparisonView::scheduleRecount()
{
    // Both counts walk the whole model; checking 4,000 rows one by one must not walk it 4,000
    // times, so changes are coalesced into one recount when control returns to the event loop.
    if (m_recountPending)
        return;
    m_recountPending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_recountPending = false;
            updateCounts();
            updateCheckedCount();
        },
        Qt::QueuedConnection);
}

bool ComparisonView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_items && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
            toggleSelectedItems();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ComparisonView::toggleSelectedItems()
{
    // Space marks every selected row, whichever column is current: if any of them is
    // unmarked all become marked, otherwise all are unmarked (as in GitHub Desktop).
    const QModelIndexList rows = m_items->selectionModel()->selectedRows(ItemColumns::StatusColumn);
    if (rows.isEmpty())
        return;
    const bool anyUnchecked = std::any_of(rows.cbegin(), rows.cend(), [](const QModelIndex &row) {
        return row.data(Qt::CheckStateRole).toInt() != Qt::Checked;
    });
    for (const QModelIndex &row : rows) {
        if (row.flags().testFlag(Qt::ItemIsUserCheckable))
            m_proxy->setData(row, anyUnchecked ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
    }
}

void ComparisonView::updateCounts()
{
    m_filterBar->setCounts(m_proxy->statusCounts());
}

void ComparisonView::updateCheckedCount()
{
    const int count = checkedItemCount();
    if (count == m_checkedCount)
        return;
    m_checkedCount = count;
    emit checkedItemCountChanged(count);
}

int ComparisonView::checkedItemCount() const
{
    if (!m_itemModel)
        return 0;
    int count = 0;
    const int rows = m_itemModel->rowCount();
    for (int row = 0; row < rows; ++row) {
        if (m_itemModel->index(row, ItemColumns::StatusColumn).data(Qt::CheckStateRole).toInt() ==
            Qt::Checked)
            ++count;
    }
    return count;
}

void ComparisonView::setDiffPresentation(const DiffPresentation &presentation)
{
    m_diff->setPresentation(presentation);
}

void ComparisonView::clearDiff()
{
    m_diff->clear();
}

bool ComparisonView::selectAdjacentChange(bool forward)
{
    const int rows = m_proxy->rowCount();
    const QModelIndex current = m_items->currentIndex();
    int row = current.isValid() ? current.row() : (forward ? -1 : rows);
    for (row += forward ? 1 : -1; row >= 0 && row < rows; row += forward ? 1 : -1) {
        const QModelIndex index = m_proxy->index(row, ItemColumns::NameColumn);
        const auto status = diffStatusFromInt(m_proxy->index(row, ItemColumns::StatusColumn)
                                                  .data(ComparisonRoles::StatusRole)
                                                  .toInt());
        if (status != DiffStatus::Identical) {
            m_items->setCurrentIndex(index);
            m_items->scrollTo(index);
            return true;
        }
    }
    return false;
}

void ComparisonView::selectItem(const QModelIndex &sourceIndex)
{
    const QModelIndex index = m_proxy->mapFromSource(sourceIndex);
    if (!index.isValid())
        return;
    m_items->setCurrentIndex(index.siblingAtColumn(ItemColumns::NameColumn));
    // Before the first layout the viewport is a few pixels high and scrolling would hide the
    // top rows for no reason; a not-yet-shown list starts at the top.
    if (m_items->isVisible())
        m_items->scrollTo(index);
}

QModelIndex ComparisonView::currentItem() const
{
    return m_proxy->mapToSource(m_items->currentIndex());
}

void ComparisonView::focusSearch()
{
    m_filterBar->searchField()->setFocus(Qt::ShortcutFocusReason);
    m_filterBar->searchField()->selectAll();
}

QByteArray ComparisonView::saveState() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream << StateVersion << m_outerSplitter->saveState() << m_innerSplitter->saveState();
    return state;
}

void ComparisonView::restoreState(const QByteArray &state)
{
    QDataStream stream(state);
    quint8 version = 0;
    QByteArray outer;
    QByteArray inner;
    stream >> version >> outer >> inner;
    if (stream.status() != QDataStream::Ok || version != StateVersion)
        return;
    m_outerSplitter->restoreState(outer);
    m_innerSplitter->restoreState(inner);
}

} // namespace syncstudio
