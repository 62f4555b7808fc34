#pragma once

#include "compareresult.h"
#include "diffpresentation.h"
#include "diffstatus.h"
#include "pushplan.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace syncstudio {

// The items (and schema differences) of a CompareResult as the flat item list of the main
// view (see ComparisonRoles / ItemColumns). Pushable rows are checkable; the checked rows leave
// as a PushSelection value.
class CompareItemsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareItemsModel)

public:
    explicit CompareItemsModel(QObject *parent = nullptr);
    ~CompareItemsModel() override;

    // One row of the list: the texts the view and the filters read, built once per result.
    struct Row
    {
        int item = -1;   // index into result().items, or
        int schema = -1; // index into result().schema
        QString key;
        QString collectionKey;
        QString collectionLabel;
        QString name;
        DiffStatus status = DiffStatus::Identical;
    };
    // Everything the model shows for one result, built by prepare() on any thread (plain
    // values and tr() only) so that a result of 50,000 items reaches the GUI thread ready to
    // show: adopt() then costs one model reset, whatever the size.
    struct Prepared
    {
        CompareResult result;
        QList<Row> rows;
        // "collection\x1fsyncId" -> index into result.items, per side (0 source, 1 target).
        QHash<QString, int> bySyncId[2];
        bool browse = false;
        bool directions[2] = {true, false}; // ToRight, ToLeft
    };
    static Prepared prepare(const CompareResult &result, bool browse = false);
    // Shows prepared rows (one reset, nothing checked) and hands back what was shown before, so
    // the caller can free a large previous result away from the GUI thread.
    Prepared adopt(Prepared prepared);
    // prepare() and adopt() in one go, keeping the browse mode and push directions.
    void setResult(const CompareResult &result);
    // Browse mode: one side only (its items as the source data; Identical = tracked), nothing
    // is pushable and the presentation is the single JSON document.
    void setBrowseMode(bool browse);
    bool isBrowseMode() const { return m_browse; }
    const CompareResult &result() const { return m_result; }

    // Which way a push may go: → into the right side, ← into the left side (each needs that
    // side to be an instance). A row is checkable when it is pushable in a direction allowed.
    enum class Direction { ToRight, ToLeft };
    void setPushDirections(bool toRight, bool toLeft);
    bool canPush(Direction direction) const { return m_directions[int(direction)]; }

    // Changed items, schema changes (not version-only) and the items only the pushing side has;
    // with allowDelete also the items only the receiving side has (their push deletes them).
    bool isPushable(int row) const;
    bool isPushable(int row, Direction direction) const;
    void setAllowDelete(bool allow);
    // The checked rows pushable in that direction (statuses read from the receiving side);
    // skipped, when given, counts the checked rows left out (deletes not allowed).
    PushSelection selection(Direction direction = Direction::ToRight, int *skipped = nullptr) const;
    int checkedCount() const { return int(m_checked.size()); }
    // The index into result().items of a row; -1 for a schema row.
    int itemIndex(int row) const
    {
        return row >= 0 && row < m_rows.size() ? m_rows.at(row).item : -1;
    }

    // The side-by-side diff of a row, computed in core (both sides in one key order), with
    // the name of the referenced item beside each relation value (looked up on the same side)
    // and, when shown, the fields directus-sync ignores.
    DiffPresentation presentation(int row, const QString &leftName, const QString &rightName) const;
    // Ignored fields (ItemComparison::sourceIgnored / targetIgnored) greyed in the diff.
    void setShowIgnored(bool show) { m_showIgnored = show; }
    bool showIgnored() const { return m_showIgnored; }
    // The display name of an item of one side, by collection and SyncID; empty when unknown.
    QString itemName(CompareSide side, const QString &collection, const QString &syncId) const;

    static DiffStatus diffStatus(ItemStatus status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // Unchecks the rows no longer pushable (and repaints).
    void dropUnpushable();

    // Both "collection\x1fsyncId" indexes of result.items (prepare() builds them).
    static void indexBySyncId(const CompareResult &result, QHash<QString, int> (&bySyncId)[2]);

    CompareResult m_result;
    QList<Row> m_rows;
    QSet<int> m_checked;
    bool m_allowDelete = false;
    bool m_browse = false;
    bool m_directions[2] = {true, false}; // ToRight, ToLeft
    bool m_showIgnored = false;
    // "collection\x1fsyncId" -> index into m_result.items, per side (0 source, 1 target).
    QHash<QString, int> m_bySyncId[2];
};

} // namespace syncstudio
