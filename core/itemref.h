#pragma once

#include <QHashFunctions>
#include <QString>

namespace syncstudio {

// Names one item of a tracked collection by its SyncID, as the CLI's "collection/syncId" does.
struct ItemRef
{
    QString collection;
    QString syncId;

    // "flows/0b5c…" -> {flows, 0b5c…}; SyncIDs may contain "/" (only the first one splits).
    static ItemRef parse(const QString &text)
    {
        const qsizetype slash = text.indexOf(QLatin1Char('/'));
        if (slash <= 0) {
            return {};
        }
        return {text.left(slash), text.mid(slash + 1)};
    }
    QString toString() const { return collection + QLatin1Char('/') + syncId; }
    bool isValid() const { return !collection.isEmpty() && !syncId.isEmpty(); }

    bool operator==(const ItemRef &other) const
    {
        return collection == other.collection && syncId == other.syncId;
    }
    bool operator!=(const ItemRef &other) const { return !(*this == other); }
    bool operator<(const ItemRef &other) const
    {
        return collection != other.collection ? collection < other.collection
                                              : syncId < other.syncId;
    }
};

inline size_t qHash(const ItemRef &ref, size_t seed = 0)
{
    return qHashMulti(seed, ref.collection, ref.syncId);
}

} // namespace syncstudio
