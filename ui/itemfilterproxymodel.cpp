#include "itemfilterproxymodel.h"
#include "comparisonroles.h"

namespace syncstudio {

ItemFilterProxyModel::ItemFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Identical items are the noise a comparison is meant to hide.
    m_visible.fill(true);
    m_visible[static_cast<std::size_t>(DiffStatus::Identical)] = false;
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

ItemFilterProxyModel::~ItemFilterProxyModel() = default;

void ItemFilterProxyModel::setStatusVisible(DiffStatus status, bool visible)
{
    bool &slot = m_visible[static_cast<std::size_t>(status)];
    if (slot == visible)
        return;
    slot = visible;
    invalidateFilter();
}

bool ItemFilterProxyModel::isStatusVisible(DiffStatus status) const
{
    return m_visible[static_cast<std::size_t>(status)];
}

void ItemFilterProxyModel::setCollectionFilter(const QString &collectionKey)
{
    if (m_collection == collectionKey)
        return;
    m_collection = collectionKey;
    invalidateFilter();
}

void ItemFilterProxyModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_search == trimmed)
        return;
    m_search = trimmed;
    invalidateFilter();
}

ItemFilterProxyModel::StatusCounts ItemFilterProxyModel::statusCounts() const
{
    StatusCounts counts{};
    const QAbstractItemModel *source = sourceModel();
    if (!source)
        return counts;
    const int rows = source->rowCount();
    for (int row = 0; row < rows; ++row) {
        if (inScope(row, {}))
            ++counts[static_cast<std::size_t>(statusOf(row, {}))];
    }
    return counts;
}

bool ItemFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return isStatusVisible(statusOf(sourceRow, sourceParent)) && inScope(sourceRow, sourceParent);
}

bool ItemFilterProxyModel::inScope(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (!m_collection.isEmpty()) {
        const QString key = source->index(sourceRow, ItemColumns::StatusColumn, sourceParent)
                                .data(ComparisonRoles::CollectionKeyRole)
                                .toString();
        if (key != m_collection && !key.startsWith(m_collection + u'/'))
            return false;
    }
    if (!m_search.isEmpty()) {
        const QString name = source->index(sourceRow, ItemColumns::NameColumn, sourceParent)
                                 .data(Qt::DisplayRole)
                                 .toString();
        if (!name.contains(m_search, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

DiffStatus ItemFilterProxyModel::statusOf(int sourceRow, const QModelIndex &sourceParent) const
{
    return diffStatusFromInt(sourceModel()
                                 ->index(sourceRow, ItemColumns::StatusColumn, sourceParent)
                                 .data(ComparisonRoles::StatusRole)
                                 .toInt());
}

} // namespace syncstudio
