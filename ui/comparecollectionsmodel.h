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

    using Counts = std::array<int, DiffStatusCount>;
    struct Node
    {
        QString label;
        QString key;
        Counts counts{};
        int parent = -1; // index into Tree::nodes
        int row = 0;     // row under its parent
        QList<int> children;
        bool bold = false;
    };
    // The whole tree of one result, built by prepare() on any thread (walking every item to
    // count it is too slow for the GUI thread at 50,000 items); adopt() shows it with one reset.
    struct Tree
    {
        QList<Node> nodes;
        QList<int> roots;
    };
    static Tree prepare(const CompareResult &result);
    void adopt(Tree tree);
    void setResult(const CompareResult &result) { adopt(prepare(result)); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    static int addNode(Tree &tree, int parent, const QString &label, const QString &key);
    int nodeOf(const QModelIndex &index) const;

    QList<Node> m_nodes;
    QList<int> m_roots;
};

} // namespace syncstudio
