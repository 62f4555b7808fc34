#pragma once

#include "compareresult.h"
#include "pushplan.h"

#include <QCoreApplication>
#include <QList>

namespace syncstudio {

// Raw target items a plan needs read first (PushTarget::raw): collection + local ids.
struct RawItemsRequest
{
    QString collection;
    QStringList localIds;
};

// Turns a comparison and a selection into an ordered plan of exact requests; a pure function.
// The order is topological from the descriptors' relations: parents before children, a flow
// created with operation null and linked once its operation exists, settings after the
// folders and roles they name, deletes last (children first). One apply converges: every
// request a plan makes is answered by what the plan itself created or what the target already
// has, so no second pass is ever needed.
class PushPlanner final
{
    Q_DECLARE_TR_FUNCTIONS(PushPlanner)

public:
    static PushPlan plan(const CompareResult &compare, const PushSelection &selection,
                         const PushTarget &target);

    // The existing target items the selection would change or delete, resolved like plan()
    // does (dependencies included); read them raw into PushTarget::raw before planning.
    static QList<RawItemsRequest> rawItemsNeeded(const CompareResult &compare,
                                                 const PushSelection &selection);
};

} // namespace syncstudio
