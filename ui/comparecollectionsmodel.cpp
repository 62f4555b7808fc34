#include "comparecollectionsmodel.h"
#include "compareitemsmodel.h"
#include "comparisonroles.h"

#include <QFont>

namespace syncstudio {

CompareCollectionsModel::CompareCollectionsModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

CompareCollectionsModel::~CompareCollectionsModel() = default;

int CompareCollectionsModel::addNode(Tree &tree, int parent, const QString &label,
                                     const QString &key)
{
    Node node;
    node.label = label;
    node.key = key;
    node.parent = parent;
    const int id = int(tree.nodes.size());
    QList<int> &siblings = parent < 0 ? tree.roots : tree.nodes[parent].children;
    node.row = int(siblings.size());
    siblings.append(id);
    tree.nodes.append(node);
    return id;
}

CompareCollectionsModel::Tree CompareCollectionsModel::prepare(const CompareResult &result)
{
    Tree tree;
    const int all = addNode(tree, -1, tr("All collections"), QString());
    tree.nodes[all].bold = true;
    const int schema = addNode(tree, -1, tr("Schema"), QStringLiteral("schema"));
    const int schemaCollections =
        addNode(tree, schema, tr("Collections"), QStringLiteral("schema/collections"));
    const int schemaFields = addNode(tree, schema, tr("Fields"), QStringLiteral("schema/fields"));
    const int schemaRelations =
        addNode(tree, schema, tr("Relations"), QStringLiteral("schema/relations"));
    QHash<QString, int> byCollection;
    for (const QString &collection : result.collections) {
        if (!byCollection.contains(collection))
            byCollection.insert(collection, addNode(tree, -1, collection, collection));
    }
    // Collections only the items name (not in result.collections) follow, in item order.
    for (const ItemComparison &item : result.items) {
        if (!byCollection.contains(item.collection))
            byCollection.insert(item.collection,
                                addNode(tree, -1, item.collection, item.collection));
    }

    const auto count = [&tree](int node, DiffStatus status) {
        for (int n = node; n >= 0; n = tree.nodes.at(n).parent)
            ++tree.nodes[n].counts[static_cast<std::size_t>(status)];
    };
    for (const SchemaComparison &entry : result.schema) {
        const DiffStatus status = CompareItemsModel::diffStatus(entry.status);
        const int node = entry.kind == SchemaKind::Collection ? schemaCollections
                         : entry.kind == SchemaKind::Field    ? schemaFields
                                                              : schemaRelations;
        count(node, status);
        ++tree.nodes[all].counts[static_cast<std::size_t>(status)];
    }
    for (const ItemComparison &item : result.items) {
        const DiffStatus status = CompareItemsModel::diffStatus(item.status);
        count(byCollection.value(item.collection), status);
        ++tree.nodes[all].counts[static_cast<std::size_t>(status)];
    }
    return tree;
}

void CompareCollectionsModel::adopt(Tree tree)
{
    beginResetModel();
    m_nodes = std::move(tree.nodes);
    m_roots = std::move(tree.roots);
    endResetModel();
}

int CompareCollectionsModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : -1;
}

QModelIndex CompareCollectionsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    const int parentNode = nodeOf(parent);
    const QList<int> &siblings = parentNode < 0 ? m_roots : m_nodes.at(parentNode).children;
    if (row >= siblings.size())
        return {};
    return createIndex(row, 0, quintptr(siblings.at(row)));
}

QModelIndex CompareCollectionsModel::parent(const QModelIndex &child) const
{
    const int node = nodeOf(child);
    if (node < 0)
        return {};
    const int parentNode = m_nodes.at(node).parent;
    if (parentNode < 0)
        return {};
    return createIndex(m_nodes.at(parentNode).row, 0, quintptr(parentNode));
}

int CompareCollectionsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const int node = nodeOf(parent);
    return int(node < 0 ? m_roots.size() : m_nodes.at(node).children.size());
}

int CompareCollectionsModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant CompareCollectionsModel::data(const QModelIndex &index, int role) const
{
    if (!(index.isValid() && index.model() == this))
        return {};
    const Node &node = m_nodes.at(nodeOf(index));
    if (role >= ComparisonRoles::CountRoleBase &&
        role < ComparisonRoles::CountRoleBase + DiffStatusCount)
        return node.counts[static_cast<std::size_t>(role - ComparisonRoles::CountRoleBase)];
    switch (role) {
    case Qt::DisplayRole:
        return node.label;
    case ComparisonRoles::CollectionKeyRole:
        return node.key;
    case Qt::FontRole:
        if (node.bold) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

Qt::ItemFlags CompareCollectionsModel::flags(const QModelIndex &index) const
{
    if (!(index.isValid() && index.model() == this))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_nodes.at(nodeOf(index)).children.isEmpty())
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

} // namespace syncstudio
