#pragma once

#include "testrest.h"

#include <QString>

namespace syncstudio::test {

// Fills a real Directus instance through REST with a configuration that exercises every rule of
// directus-sync: a role with a parent, a policy with several access rows, permissions with
// filters/validation/presets, two flows whose operations chain by resolve/reject plus a
// "trigger flow" operation pointing at the other flow, a dashboard with panels, a three-level
// folder tree, translations with non-ASCII text, role and global presets with JSON keys that
// collate differently from byte order, settings that reference a folder and a role, and two
// custom collections with a relation (for the schema snapshot).
// coreTier: fits unlicensed Directus 12 (no custom permission rules, at most 5 active flows).
struct SeedIds
{
    QString rootFolder, childFolder, grandchildFolder;
    QString editorRole, juniorRole;
    QString editorPolicy, reviewerPolicy;
    QString flowA, flowB;
    QString opCheck, opNotify, opReject, opTrigger;
    QString dashboard, panel1, panel2;
    int permissionCount = 0;
};

class Seeder final
{
public:
    static bool seedRich(TestRest &rest, bool coreTier, SeedIds *ids, QString *error);
};

} // namespace syncstudio::test
