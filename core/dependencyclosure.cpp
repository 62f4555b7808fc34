#include "dependencyclosure.h"

#include "collectiondescriptor.h"

#include <QQueue>
#include <QSet>

namespace syncstudio {

QList<ClosureEntry> DependencyClosure::compute(const CompareResult &result,
                                               const QList<ItemRef> &picked)
{
    QList<ClosureEntry> entries;
    QSet<ItemRef> seen(picked.cbegin(), picked.cend());
    QQueue<ItemRef> queue;
    for (const ItemRef &ref : picked) {
        queue.enqueue(ref);
    }
    while (!queue.isEmpty()) {
        const ItemRef current = queue.dequeue();
        const ItemComparison *item = result.find(current.collection, current.syncId);
        const CollectionDescriptor *descriptor = CollectionDescriptor::find(current.collection);
        if (!item || !descriptor || !item->sourceData) {
            continue;
        }
        for (const RelationField &relation : descriptor->relations()) {
            for (const auto &[path, value] : relation.valuesIn(*item->sourceData)) {
                const ItemRef needed{relation.targetCollection, value.toScalarText()};
                if (seen.contains(needed)) {
                    continue;
                }
                const ItemComparison *target = result.find(needed.collection, needed.syncId);
                if (!target || (target->status != ItemStatus::SourceOnly &&
                                target->status != ItemStatus::Changed)) {
                    continue;
                }
                seen.insert(needed);
                entries.append({needed, target->status, current, path});
                queue.enqueue(needed);
            }
        }
    }
    return entries;
}

} // namespace syncstudio
