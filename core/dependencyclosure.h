#pragma once

#include "compareresult.h"
#include "itemref.h"

#include <QList>
#include <QString>

namespace syncstudio {

// One item a picked item needs on the target.
struct ClosureEntry
{
    ItemRef item;
    ItemStatus status = ItemStatus::SourceOnly; // SourceOnly or Changed
    ItemRef neededBy;                           // the item whose relation names it
    QString field; // that relation's concrete path ("options.flow", "roles[0].role")
};

// What picked items need on the target, from the descriptors' relations, transitively:
// operation -> its flow and the operations it chains to (resolve / reject), trigger-flow
// operation -> the flow in options.flow, permission -> policy, policy -> roles, role -> parent,
// panel -> dashboard, preset -> role, folder -> parent, settings -> folder and role, flow -> its
// first operation. Only items that are missing or different on the target are listed (an item
// identical there already satisfies whatever needs it). The result is offered to the user,
// never forced on them.
class DependencyClosure final
{
public:
    static QList<ClosureEntry> compute(const CompareResult &result, const QList<ItemRef> &picked);
};

} // namespace syncstudio
