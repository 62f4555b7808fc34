#include "idmapindex.h"

namespace syncstudio {

IdMapIndex::IdMapIndex(const QList<IdMapRow> &rows)
    : m_rows(rows)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const IdMapRow &row = m_rows.at(i);
        QHash<QString, qsizetype> &bySync = m_bySyncId[row.table];
        if (!bySync.contains(row.syncId)) {
            bySync.insert(row.syncId, i);
        }
        QHash<QString, qsizetype> &byLocal = m_byLocalId[row.table];
        if (!byLocal.contains(row.localId)) {
            byLocal.insert(row.localId, i);
        }
    }
}

const IdMapRow *IdMapIndex::bySyncId(const QString &table, const QString &syncId) const
{
    const auto tableIt = m_bySyncId.constFind(table);
    if (tableIt == m_bySyncId.constEnd()) {
        return nullptr;
    }
    const auto it = tableIt->constFind(syncId);
    return it == tableIt->constEnd() ? nullptr : &m_rows.at(*it);
}

const IdMapRow *IdMapIndex::byLocalId(const QString &table, const QString &localId) const
{
    const auto tableIt = m_byLocalId.constFind(table);
    if (tableIt == m_byLocalId.constEnd()) {
        return nullptr;
    }
    const auto it = tableIt->constFind(localId);
    return it == tableIt->constEnd() ? nullptr : &m_rows.at(*it);
}

QList<IdMapRow> IdMapIndex::rowsOf(const QString &table) const
{
    // Counted first: these lists are kept with every collection read (51,500 rows at scale 5),
    // and appending would leave up to half of each unused.
    qsizetype count = 0;
    for (const IdMapRow &row : m_rows) {
        count += row.table == table ? 1 : 0;
    }
    QList<IdMapRow> result;
    result.reserve(count);
    for (const IdMapRow &row : m_rows) {
        if (row.table == table) {
            result.append(row);
        }
    }
    return result;
}

} // namespace syncstudio
