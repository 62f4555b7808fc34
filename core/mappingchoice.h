#pragma once

#include "compareresult.h"
#include "configsnapshot.h"
#include "itemref.h"
#include "pushplan.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace syncstudio {

// An item of the other side whose SyncID an untracked item could adopt.
struct AdoptOption
{
    QString syncId;
    QString name;
    bool sameName = false; // same collection and display name: the likely counterpart
};

// What Track, Untrack or Adopt would do with one item of a comparison, or why it cannot: the
// side whose mapping table it writes (only an instance has one), the local id there, and for
// Adopt the SyncIDs to choose from. The GUI enables its actions from this and turns the choice
// into a plan (MappingActions) for the push review.
struct MappingChoice
{
    Q_DECLARE_TR_FUNCTIONS(MappingChoice)

public:
    enum class Kind { Track, Untrack, Adopt };

    Kind kind = Kind::Track;
    bool available = false;
    QString reason;                         // translated: why not, or what it does
    CompareSide side = CompareSide::Target; // Source: the left side, Target: the right side
    QString sideName;
    QString collection;
    QString localId;
    QString syncId; // Track: the SyncID to give (empty: the server picks one); Untrack: current
    QString name;
    QList<AdoptOption> adoptOptions; // Adopt: same-named first, then by name

    // The plan for the review; adopt takes the chosen option's SyncID.
    PushPlan plan(const QString &adoptSyncId = {}) const;
};

// The facts about the two sides a choice needs besides the comparison.
struct MappingSides
{
    bool leftIsInstance = false;
    bool rightIsInstance = false;
    QString leftName;
    QString rightName;
    // The left side's local ids of its tracked items (a comparison keeps only the right's).
    QHash<ItemRef, QString> leftLocalIds;

    static QHash<ItemRef, QString> localIds(const ConfigSnapshot &snapshot);
};

class MappingChoices final
{
    Q_DECLARE_TR_FUNCTIONS(MappingChoices)

public:
    // item: index into compare.items (-1: no item, e.g. a schema row).
    static MappingChoice choose(MappingChoice::Kind kind, const CompareResult &compare, int item,
                                const MappingSides &sides);
};

} // namespace syncstudio
