#pragma once

#include "collectiondata.h"
#include "jsonvalue.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace syncstudio {

// Everything read from one side (a Directus instance or a dump folder).
struct ConfigSnapshot
{
    // In directus-sync's processing order; a collection that was not read is either missing
    // from the list or has present == false.
    QList<CollectionData> collections;
    // The schema snapshot as directus-sync stores it (GET /schema/snapshot's data, or the
    // dump's snapshot folder merged back into one object). nullopt: not read / not in the dump.
    std::optional<JsonValue> schema;
    QString directusVersion; // "11.3.5": /server/info, or the snapshot's info "directus"
    QString databaseVendor;  // "sqlite", "postgres"…: the snapshot's info "vendor"
    QStringList warnings;    // translated, one sentence each

    const CollectionData *collection(const QString &name) const
    {
        for (const CollectionData &data : collections) {
            if (data.name == name) {
                return &data;
            }
        }
        return nullptr;
    }
    CollectionData *collection(const QString &name)
    {
        for (CollectionData &data : collections) {
            if (data.name == name) {
                return &data;
            }
        }
        return nullptr;
    }
};

} // namespace syncstudio
