#pragma once

#include "diffstatus.h"

#include <QSortFilterProxyModel>

#include <array>

namespace syncstudio {

// Filters the flat item list by status toggles, by the collection picked in the tree and by the
// search text. Works on any source model that follows ComparisonRoles.
class ItemFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemFilterProxyModel)

public:
    using StatusCounts = std::array<int, DiffStatusCount>;

    explicit ItemFilterProxyModel(QObject *parent = nullptr);
    ~ItemFilterProxyModel() override;

    void setStatusVisible(DiffStatus status, bool visible);
    bool isStatusVisible(DiffStatus status) const;

    // Empty shows every collection; "schema" also matches "schema/fields".
    void setCollectionFilter(const QString &collectionKey);
    QString collectionFilter() const { return m_collection; }

    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }

    // Items per status within the current collection and search, ignoring the status toggles:
    // the numbers the filter buttons show.
    StatusCounts statusCounts() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool inScope(int sourceRow, const QModelIndex &sourceParent) const;
    DiffStatus statusOf(int sourceRow, const QModelIndex &sourceParent) const;

    std::array<bool, DiffStatusCount> m_visible{};
    QString m_collection;
    QString m_search;
};

} // namespace syncstudio
