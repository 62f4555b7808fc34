#pragma once

#include "idmaprow.h"
#include "syncitem.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace syncstudio {

// The content of one tracked collection on one side.
struct CollectionData
{
    QString name; // "flows", as in CollectionDescriptor::name()
    // False means "not part of this side" (no file in the dump, collection not read): it must
    // never be taken for "empty", which would make a push delete every tracked item.
    bool present = false;
    QList<SyncItem> items;       // API order (instance) or file order (dump)
    QList<IdMapRow> mappingRows; // this collection's table on an instance; empty for dumps
    QStringList warnings;        // translated, one sentence each

    const SyncItem *findBySyncId(const QString &syncId) const
    {
        for (const SyncItem &item : items) {
            if (!item.syncId.isEmpty() && item.syncId == syncId) {
                return &item;
            }
        }
        return nullptr;
    }
    const SyncItem *findByLocalId(const QString &localId) const
    {
        for (const SyncItem &item : items) {
            if (!item.localId.isEmpty() && item.localId == localId) {
                return &item;
            }
        }
        return nullptr;
    }
};

} // namespace syncstudio
