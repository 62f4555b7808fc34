#pragma once

#include "compareresult.h"
#include "diffstatus.h"

#include <QAbstractItemModel>

#include <array>

namespace syncstudio {

// The collection tree of a CompareResult: "All collections", "Schema" (collections, fields,
// relations) and every compared collection, each with its count per status
// (ComparisonRoles::countRole) and its CollectionKeyRole.
class CompareCollectionsModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareCollectionsModel)

public:
    explicit CompareCollectionsModel(QObject *parent = nullptr);
    ~CompareCollectionsModel() override;

    void setResult(const CompareResult &result);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    using Counts = std::array<int, DiffStatusCount>;
    struct Node
    {
        QString label;
        QString key;
        Counts counts{};
        int parent = -1; // index into m_nodes
        int row = 0;     // row under its parent
        QList<int> children;
        bool bold = false;
    };

    int addNode(int parent, const QString &label, const QString &key);
    int nodeOf(const QModelIndex &index) const;

    QList<Node> m_nodes;
    QList<int> m_roots;
};

} // namespace syncstudio
