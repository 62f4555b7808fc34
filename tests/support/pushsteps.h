#pragma once

#include "comparison.h"
#include "pushexecutor.h"
#include "pushplan.h"

#include <QString>

#include <optional>

namespace syncstudio {
class ConfigSide;
class DirectusClient;
} // namespace syncstudio

namespace syncstudio::test {

// The steps of a push as blocking calls for integration tests: compare, plan, apply, restore a
// backup (as `syncstudio-cli restore` does). Each waits for the engine with a timeout generous
// enough for a loaded machine; a timeout comes back as an error in the result, never a hang.
class PushSteps final
{
public:
    // Every metatype the engine's queued signals carry; call once in initTestCase().
    static void registerMetaTypes();

    static ComparisonOutcome compare(ConfigSide *source, DirectusClient *target);
    // A dump folder as the source.
    static ComparisonOutcome compare(const QString &folder, DirectusClient *target);
    static PushPlan plan(const ComparisonOutcome &outcome, const PushSelection &selection,
                         DirectusClient *client);
    static PushReport apply(const PushPlan &plan, DirectusClient *client,
                            const std::optional<JsonValue> &sourceSchema,
                            const QString &backupFolder, bool simulate = false);
    // Empty when the target matches the backup afterwards (or already did); else the error.
    static QString restore(const QString &backupFolder, DirectusClient *client,
                           const QString &backupOfRestore);
};

} // namespace syncstudio::test
