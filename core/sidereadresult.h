#pragma once

#include "configsnapshot.h"
#include "idmaprow.h"
#include "placeholdercontext.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace syncstudio {

// What reading one side gave. A failed read is never a partial snapshot: ok is false and error
// says what failed, so nothing can take "could not read" for "absent".
struct SideReadResult
{
    bool ok = false;
    bool canceled = false;
    QString error; // specific and translated: what failed, where, what to do
    ConfigSnapshot snapshot;
    // Instance sides only: the facts a push to this side needs.
    bool isInstance = false;
    PlaceholderContext placeholders;
    QList<IdMapRow> mappingRows; // every table, server order
    QString userRoleId;
    int requestCount = 0;
};

} // namespace syncstudio

Q_DECLARE_METATYPE(syncstudio::SideReadResult)
