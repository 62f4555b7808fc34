#include "compareitemsmodel.h"
#include "collectiondescriptor.h"
#include "comparisonroles.h"
#include "jsonwriter.h"
#include "sidebysidediff.h"

#include <utility>

namespace syncstudio {

namespace {

QString schemaKindKey(SchemaKind kind)
{
    switch (kind) {
    case SchemaKind::Collection:
        return QStringLiteral("schema/collections");
    case SchemaKind::Field:
        return QStringLiteral("schema/fields");
    case SchemaKind::Relation:
        return QStringLiteral("schema/relations");
    }
    return QStringLiteral("schema");
}

} // namespace

CompareItemsModel::CompareItemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

CompareItemsModel::~CompareItemsModel() = default;

DiffStatus CompareItemsModel::diffStatus(ItemStatus status)
{
    switch (status) {
    case ItemStatus::Identical:
        return DiffStatus::Identical;
    case ItemStatus::Changed:
        return DiffStatus::Changed;
    case ItemStatus::SourceOnly:
        return DiffStatus::OnlyLeft;
    case ItemStatus::TargetOnly:
        return DiffStatus::OnlyRight;
    case ItemStatus::Untracked:
    case ItemStatus::Dangling:
        return DiffStatus::Untracked;
    }
    return DiffStatus::Untracked;
}

CompareItemsModel::Prepared CompareItemsModel::prepare(const CompareResult &result, bool browse)
{
    Prepared prepared;
    prepared.result = result;
    prepared.browse = browse;
    QList<Row> &rows = prepared.rows;
    rows.reserve(result.schema.size() + result.items.size());
    for (qsizetype i = 0; i < result.schema.size(); ++i) {
        const SchemaComparison &schema = result.schema.at(i);
        Row row;
        row.schema = int(i);
        row.collectionKey = schemaKindKey(schema.kind);
        row.collectionLabel = tr("schema");
        row.name =
            schema.field.isEmpty() ? schema.collection : schema.collection + u'.' + schema.field;
        if (schema.versionOnly)
            row.name = tr("%1 (Directus version difference)").arg(row.name);
        row.key = row.collectionKey + u'/' + schema.collection + u'/' + schema.field;
        row.status = diffStatus(schema.status);
        rows.append(std::move(row));
    }
    for (qsizetype i = 0; i < result.items.size(); ++i) {
        const ItemComparison &item = result.items.at(i);
        Row row;
        row.item = int(i);
        row.collectionKey = item.collection;
        row.collectionLabel = item.collection;
        row.name =
            item.name.isEmpty() ? (item.syncId.isEmpty() ? item.localId : item.syncId) : item.name;
        if (item.status == ItemStatus::Dangling)
            row.name = tr("%1 (mapping without item)").arg(row.name);
        row.key =
            item.collection + u'/' + (item.syncId.isEmpty() ? u'#' + item.localId : item.syncId);
        row.status = diffStatus(item.status);
        rows.append(std::move(row));
    }
    indexBySyncId(result, prepared.bySyncId);
    return prepared;
}

void CompareItemsModel::indexBySyncId(const CompareResult &result,
                                      QHash<QString, int> (&bySyncId)[2])
{
    for (qsizetype i = 0; i < result.items.size(); ++i) {
        const ItemComparison &item = result.items.at(i);
        if (item.syncId.isEmpty())
            continue;
        const QString key = item.collection + u'\x1f' + item.syncId;
        if (item.sourceData)
            bySyncId[0].insert(key, int(i));
        if (item.targetData)
            bySyncId[1].insert(key, int(i));
    }
}

CompareItemsModel::Prepared CompareItemsModel::adopt(Prepared prepared)
{
    Prepared previous;
    beginResetModel();
    previous.result = std::exchange(m_result, std::move(prepared.result));
    previous.rows = std::exchange(m_rows, std::move(prepared.rows));
    for (int side = 0; side < 2; ++side) {
        previous.bySyncId[side] =
            std::exchange(m_bySyncId[side], std::move(prepared.bySyncId[side]));
        previous.directions[side] = std::exchange(m_directions[side], prepared.directions[side]);
    }
    previous.browse = std::exchange(m_browse, prepared.browse);
    m_checked.clear();
    endResetModel();
    return previous;
}

void CompareItemsModel::setResult(const CompareResult &result)
{
    Prepared prepared = prepare(result, m_browse);
    prepared.directions[0] = m_directions[0];
    prepared.directions[1] = m_directions[1];
    adopt(std::move(prepared));
}

void CompareItemsModel::setBrowseMode(bool browse)
{
    beginResetModel();
    m_browse = browse;
    m_checked.clear();
    endResetModel();
}

bool CompareItemsModel::isPushable(int row) const
{
    return (m_directions[0] && isPushable(row, Direction::ToRight)) ||
           (m_directions[1] && isPushable(row, Direction::ToLeft));
}

bool CompareItemsModel::isPushable(int row, Direction direction) const
{
    if (m_browse)
        return false;
    if (row < 0 || row >= m_rows.size())
        return false;
    const Row &r = m_rows.at(row);
    if (r.schema >= 0)
        return !m_result.schema.at(r.schema).versionOnly;
    const ItemComparison &item = m_result.items.at(r.item);
    // Only the pushing side has it: a create; only the receiving side: a delete.
    const ItemStatus create =
        direction == Direction::ToRight ? ItemStatus::SourceOnly : ItemStatus::TargetOnly;
    const ItemStatus remove =
        direction == Direction::ToRight ? ItemStatus::TargetOnly : ItemStatus::SourceOnly;
    if (item.status == ItemStatus::Changed || item.status == create)
        return true;
    return item.status == remove && m_allowDelete;
}

void CompareItemsModel::setPushDirections(bool toRight, bool toLeft)
{
    if (m_directions[0] == toRight && m_directions[1] == toLeft)
        return;
    m_directions[0] = toRight;
    m_directions[1] = toLeft;
    dropUnpushable();
}

void CompareItemsModel::dropUnpushable()
{
    for (auto it = m_checked.begin(); it != m_checked.end();) {
        if (!isPushable(*it))
            it = m_checked.erase(it);
        else
            ++it;
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ItemColumns::ColumnCount - 1));
}

void CompareItemsModel::setAllowDelete(bool allow)
{
    if (m_allowDelete == allow)
        return;
    m_allowDelete = allow;
    dropUnpushable(); // target-only rows checked while deletes were allowed
}

PushSelection CompareItemsModel::selection(Direction direction, int *skipped) const
{
    if (skipped)
        *skipped = 0;
    PushSelection selection;
    selection.allowDelete = m_allowDelete;
    QList<int> rows(m_checked.cbegin(), m_checked.cend());
    std::sort(rows.begin(), rows.end());
    QSet<QString> schemaCollections;
    for (const int row : std::as_const(rows)) {
        if (!isPushable(row, direction)) {
            if (skipped)
                ++*skipped;
            continue;
        }
        const Row &r = m_rows.at(row);
        if (r.schema >= 0) {
            const QString collection = m_result.schema.at(r.schema).collection;
            if (!schemaCollections.contains(collection)) {
                schemaCollections.insert(collection);
                selection.items.append({QStringLiteral("schema"), collection});
            }
        } else {
            const ItemComparison &item = m_result.items.at(r.item);
            selection.items.append({item.collection, item.syncId});
        }
    }
    return selection;
}

DiffPresentation CompareItemsModel::presentation(int row, const QString &leftName,
                                                 const QString &rightName) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const Row &r = m_rows.at(row);
    std::optional<JsonValue> left;
    std::optional<JsonValue> right;
    if (r.schema >= 0) {
        left = m_result.schema.at(r.schema).source;
        right = m_result.schema.at(r.schema).target;
    } else {
        const ItemComparison &item = m_result.items.at(r.item);
        if (item.sourceData)
            left = JsonValue(*item.sourceData);
        if (item.targetData)
            right = JsonValue(*item.targetData);
    }
    SideBySideExtras extras;
    if (r.item >= 0) {
        const ItemComparison &item = m_result.items.at(r.item);
        if (m_showIgnored) {
            extras.leftIgnored = &item.sourceIgnored;
            extras.rightIgnored = &item.targetIgnored;
        }
        if (const CollectionDescriptor *descriptor = CollectionDescriptor::find(item.collection))
            extras.relations = descriptor->relations();
        extras.leftLabels = [this](const QString &collection, const QString &syncId) {
            return itemName(CompareSide::Source, collection, syncId);
        };
        extras.rightLabels = [this](const QString &collection, const QString &syncId) {
            return itemName(CompareSide::Target, collection, syncId);
        };
    }
    const QString path = r.collectionKey + u'/' + r.name;
    if (m_browse) {
        const QString text = left ? QString::fromUtf8(JsonWriter::stringify(*left, 2)) : QString();
        return DiffPresentation::single(tr("%1 · %2").arg(leftName, path), text);
    }
    const auto title = [&path](const QString &side, bool present) -> QString {
        return present ? tr("%1 · %2").arg(side, path) : tr("%1 · not present").arg(side);
    };
    return DiffPresentation::fromDiff(SideBySideDiff::compute(left, right, {}, extras),
                                      title(leftName, left.has_value()),
                                      title(rightName, right.has_value()));
}

QString CompareItemsModel::itemName(CompareSide side, const QString &collection,
                                    const QString &syncId) const
{
    const bool source = side != CompareSide::Target;
    const int index = m_bySyncId[source ? 0 : 1].value(collection + u'\x1f' + syncId, -1);
    if (index < 0)
        return {};
    const ItemComparison &item = m_result.items.at(index);
    // The compare names an item from the source when it has one; the target's own data may
    // name it differently (renamed), and the label must be the one of this side.
    if (source || item.side == CompareSide::Target || !item.targetData)
        return item.name;
    const CollectionDescriptor *descriptor = CollectionDescriptor::find(collection);
    if (!descriptor)
        return item.name;
    SyncItem target;
    target.syncId = item.syncId;
    target.data = *item.targetData;
    // One level only, as the compare's names: a label never recurses through relations.
    return descriptor->displayName(
        target, [this](const QString &targetCollection, const QString &value) -> QString {
            const int other = m_bySyncId[1].value(targetCollection + u'\x1f' + value, -1);
            return other < 0 ? QString() : m_result.items.at(other).name;
        });
}

int CompareItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CompareItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ItemColumns::ColumnCount;
}

QVariant CompareItemsModel::data(const QModelIndex &index, int role) const
{
    if (!(index.isValid() && index.model() == this))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case ComparisonRoles::StatusRole:
        return static_cast<int>(row.status);
    case ComparisonRoles::CollectionKeyRole:
        return row.collectionKey;
    case ComparisonRoles::ItemKeyRole:
        return row.key;
    default:
        break;
    }
    switch (index.column()) {
    case ItemColumns::StatusColumn:
        if (role == Qt::DisplayRole && m_browse && row.status == DiffStatus::Identical)
            return tr("Tracked");
        if (role == Qt::DisplayRole)
            return diffStatusLabel(row.status);
        if (role == Qt::ToolTipRole && m_browse)
            return row.status == DiffStatus::Untracked ? tr("Untracked: no SyncID mapping")
                                                       : tr("Tracked");
        if (role == Qt::CheckStateRole && isPushable(index.row()))
            return m_checked.contains(index.row()) ? Qt::Checked : Qt::Unchecked;
        break;
    case ItemColumns::NameColumn:
        if (role == Qt::DisplayRole)
            return row.name;
        if (role == Qt::ToolTipRole) {
            const QString syncId = row.item >= 0 ? m_result.items.at(row.item).syncId : QString();
            return syncId.isEmpty() ? row.name : tr("%1\nSyncID: %2").arg(row.name, syncId);
        }
        break;
    case ItemColumns::CollectionColumn:
        if (role == Qt::DisplayRole)
            return row.collectionLabel;
        break;
    default:
        break;
    }
    return {};
}

bool CompareItemsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!(index.isValid() && index.model() == this) || role != Qt::CheckStateRole ||
        index.column() != ItemColumns::StatusColumn || !isPushable(index.row()))
        return false;
    const bool checked = value.toInt() == Qt::Checked;
    if (checked == m_checked.contains(index.row()))
        return true;
    if (checked)
        m_checked.insert(index.row());
    else
        m_checked.remove(index.row());
    emit dataChanged(index, index, {Qt::CheckStateRole});
    return true;
}

Qt::ItemFlags CompareItemsModel::flags(const QModelIndex &index) const
{
    if (!(index.isValid() && index.model() == this))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == ItemColumns::StatusColumn && isPushable(index.row()))
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant CompareItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ItemColumns::StatusColumn:
        return tr("Status");
    case ItemColumns::NameColumn:
        return tr("Name");
    case ItemColumns::CollectionColumn:
        return tr("Collection");
    default:
        return {};
    }
}

} // namespace syncstudio
