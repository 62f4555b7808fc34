#pragma once

#include "idmaprow.h"

#include <QHash>
#include <QList>
#include <QString>

namespace syncstudio {

// Fast lookups in the mapping rows of one instance, both ways, per table. When the rows
// contain duplicates (the server's unique constraints forbid them, but input may be
// hand-made) the first row in server order wins, as the extension's `.first()` does.
class IdMapIndex final
{
public:
    IdMapIndex() = default;
    explicit IdMapIndex(const QList<IdMapRow> &rows);

    const IdMapRow *bySyncId(const QString &table, const QString &syncId) const;
    const IdMapRow *byLocalId(const QString &table, const QString &localId) const;
    // Rows of one table, in the order given (server order).
    QList<IdMapRow> rowsOf(const QString &table) const;
    const QList<IdMapRow> &rows() const { return m_rows; }

private:
    QList<IdMapRow> m_rows;
    QHash<QString, QHash<QString, qsizetype>> m_bySyncId;  // table -> sync_id -> row index
    QHash<QString, QHash<QString, qsizetype>> m_byLocalId; // table -> local_id -> row index
};

} // namespace syncstudio
