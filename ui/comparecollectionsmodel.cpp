#include "comparecollectionsmodel.h"
#include "compareitemsmodel.h"
#include "comparisonroles.h"

#include <QFont>

namespace syncstudio {

CompareCollectionsModel::CompareCollectionsModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

CompareCollectionsModel::~CompareCollectionsModel() = default;

int CompareCollectionsModel::addNode(int parent, const QString &label, const QString &key)
{
    Node node;
    node.label = label;
    node.key = key;
    node.parent = parent;
    const int id = int(m_nodes.size());
    QList<int> &siblings = parent < 0 ? m_roots : m_nodes[parent].children;
    node.row = int(siblings.size());
    siblings.append(id);
    m_nodes.append(node);
    return id;
}

void CompareCollectionsModel::setResult(const CompareResult &result)
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    const int all = addNode(-1, tr("All collections"), QString());
    m_nodes[all].bold = true;
    const int schema = addNode(-1, tr("Schema"), QStringLiteral("schema"));
    const int schemaCollections =
        addNode(schema, tr("Collections"), QStringLiteral("schema/collections"));
    const int schemaFields = addNode(schema, tr("Fields"), QStringLiteral("schema/fields"));
    const int schemaRelations =
        addNode(schema, tr("Relations"), QStringLiteral("schema/relations"));
    QHash<QString, int> byCollection;
    QStringList collections = result.collections;
    for (const ItemComparison &item : result.items) {
        if (!collections.contains(item.collection))
            collections.append(item.collection);
    }
    for (const QString &collection : std::as_const(collections))
        byCollection.insert(collection, addNode(-1, collection, collection));

    const auto count = [this](int node, DiffStatus status) {
        for (int n = node; n >= 0; n = m_nodes.at(n).parent)
            ++m_nodes[n].counts[static_cast<std::size_t>(status)];
    };
    for (const SchemaComparison &entry : result.schema) {
        const DiffStatus status = CompareItemsModel::diffStatus(entry.status);
        const int node = entry.kind == SchemaKind::Collection ? schemaCollections
                         : entry.kind == SchemaKind::Field    ? schemaFields
                                                              : schemaRelations;
        count(node, status);
        ++m_nodes[all].counts[static_cast<std::size_t>(status)];
    }
    for (const ItemComparison &item : result.items) {
        const DiffStatus status = CompareItemsModel::diffStatus(item.status);
        count(byCollection.value(item.collection), status);
        ++m_nodes[all].counts[static_cast<std::size_t>(status)];
    }
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
