#pragma once

#include "jsonvalue.h"

#include <QString>

namespace syncstudio {

// The facts about one instance that decide directus-sync's placeholder SyncIDs. Pull only uses
// a placeholder for an item that has no mapping row yet (IdMapperClient.create overrides in
// roles/, policies/, settings/); an existing row always wins. Push resolves the placeholders
// to these ids when the target has no row for them (getBySyncId overrides).
struct PlaceholderContext
{
    // The connected user's role (GET /users/me?fields=role) -> "_sync_default_admin_role".
    QString adminRoleId;
    // -> "_sync_default_admin_policy"; empty when the instance has none.
    QString adminPolicyId;
    // -> "_sync_default_public_policy"; empty when the instance has none.
    QString publicPolicyId;
    // -> "_sync_default_settings" on push (GET /settings?fields=id, or 1 when it has none).
    // Pull gives the placeholder to any untracked settings row whatever its id.
    QString settingsId = QStringLiteral("1");

    // Fills adminPolicyId / publicPolicyId the way PoliciesIdMapperClient finds them, from the
    // policies as GET /policies?fields=*,roles.role,roles.sort&limit=-1 returns them (the
    // API's default order, by primary key, is the order its `limit: 1` queries see):
    //  - admin: the first policy with admin_access true and an access row whose role is
    //    adminRoleId (filter {_and: [{roles: {role: {_eq}}}, {admin_access: {_eq: true}}]});
    //  - public: the first policy with an access row whose role is null and an access row
    //    whose sort is 1 or null. Directus evaluates each condition on a one-to-many field as
    //    "some row matches" on its own, so the two rows need not be the same; in 3.4.1 rows
    //    of users (role null) count as public too.
    static PlaceholderContext derive(const QString &adminRoleId, const JsonArray &rawPolicies);
};

} // namespace syncstudio
