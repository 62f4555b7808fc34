#include "placeholdercontext.h"

#include <functional>

namespace syncstudio {

namespace {

bool anyAccessRow(const JsonObject &policy, const std::function<bool(const JsonObject &)> &test)
{
    const JsonValue *roles = policy.find(QStringLiteral("roles"));
    if (!roles || !roles->isArray()) {
        return false;
    }
    for (const JsonValue &row : roles->toArray()) {
        if (row.isObject() && test(row.toObject())) {
            return true;
        }
    }
    return false;
}

bool isNullOrAbsent(const JsonValue *value)
{
    return !value || value->isNull();
}

} // namespace

PlaceholderContext PlaceholderContext::derive(const QString &adminRoleId,
                                              const JsonArray &rawPolicies)
{
    PlaceholderContext context;
    context.adminRoleId = adminRoleId;
    for (const JsonValue &value : rawPolicies) {
        if (!value.isObject()) {
            continue;
        }
        const JsonObject &policy = value.toObject();
        const JsonValue *id = policy.find(QStringLiteral("id"));
        if (isNullOrAbsent(id)) {
            continue;
        }
        if (context.adminPolicyId.isEmpty() && !adminRoleId.isEmpty()) {
            const JsonValue *adminAccess = policy.find(QStringLiteral("admin_access"));
            const bool isAdmin = adminAccess && adminAccess->isBool() && adminAccess->toBool();
            if (isAdmin && anyAccessRow(policy, [&adminRoleId](const JsonObject &row) {
                    const JsonValue *role = row.find(QStringLiteral("role"));
                    return !isNullOrAbsent(role) && role->toScalarText() == adminRoleId;
                })) {
                context.adminPolicyId = id->toScalarText();
            }
        }
        if (context.publicPolicyId.isEmpty()) {
            const bool roleNull = anyAccessRow(policy, [](const JsonObject &row) {
                return isNullOrAbsent(row.find(QStringLiteral("role")));
            });
            const bool sortOneOrNull = anyAccessRow(policy, [](const JsonObject &row) {
                const JsonValue *sort = row.find(QStringLiteral("sort"));
                return isNullOrAbsent(sort) || (sort->isNumber() && sort->toNumber() == 1);
            });
            if (roleNull && sortOneOrNull) {
                context.publicPolicyId = id->toScalarText();
            }
        }
    }
    return context;
}

} // namespace syncstudio
