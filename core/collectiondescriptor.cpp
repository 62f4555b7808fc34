#include "collectiondescriptor.h"

#include "jsonwriter.h"

namespace syncstudio {

namespace {

const QString SyncIdToken = QStringLiteral("_syncId");
const QString OwnIdToken = QStringLiteral("$id");

// JavaScript's String(value) for a template literal; a missing key is `undefined`.
QString templateText(const JsonValue *value)
{
    return value ? value->toScalarText() : QStringLiteral("undefined");
}

// A component of a natural key or label: nothing for missing / null / empty values.
QString componentText(const JsonValue *value)
{
    if (!value || value->isNull()) {
        return {};
    }
    if (value->isObject() || value->isArray()) {
        return QString::fromUtf8(JsonWriter::stringify(*value, 0));
    }
    return value->toScalarText();
}

RelationField relation(QStringList path, const QString &target, bool dependency = true)
{
    RelationField field;
    field.path = std::move(path);
    field.targetCollection = target;
    field.dependency = dependency;
    return field;
}

std::pair<QString, QString> limitAll()
{
    // directus-sync's base query is {limit: -1}; the SDK sends it last.
    return {QStringLiteral("limit"), QStringLiteral("-1")};
}

} // namespace

const QList<CollectionDescriptor> &CollectionDescriptor::all()
{
    static const QList<CollectionDescriptor> table = [] {
        QList<CollectionDescriptor> list;
        const auto add = [&list](const QString &name, const QString &restPath) -> auto &
        {
            CollectionDescriptor descriptor;
            descriptor.m_name = name;
            descriptor.m_mappingTable = name;
            descriptor.m_restPath = restPath;
            descriptor.m_queryItems = {limitAll()};
            descriptor.m_sortFields = {SyncIdToken};
            descriptor.m_displayAlternatives = {{QStringLiteral("name")}};
            list.append(descriptor);
            return list.last();
        };
        const QString name = QStringLiteral("name");
        const QString dateCreated = QStringLiteral("date_created");
        const QString userCreated = QStringLiteral("user_created");

        // settings/: singleton read with readSettings (the query's filter is dropped), never
        // deleted, the SyncID is always the placeholder (SettingsIdMapperClient.create).
        {
            auto &d = add(QStringLiteral("settings"), QStringLiteral("/settings"));
            d.m_ignoredFields = {
                QStringLiteral("project_logo"),      QStringLiteral("public_foreground"),
                QStringLiteral("public_background"), QStringLiteral("public_favicon"),
                QStringLiteral("project_url"),       QStringLiteral("project_id")};
            d.m_relations = {
                relation({QStringLiteral("public_registration_role")}, QStringLiteral("roles")),
                relation({QStringLiteral("storage_default_folder")}, QStringLiteral("folders"))};
            d.m_idKind = IdKind::Integer;
            d.m_singleton = true;
            d.m_deleteEnabled = false;
            // DataClient.query: a singleton response without id counts as no item.
            d.m_dropsItemsWithoutId = true;
            d.m_placeholders = {
                {QStringLiteral("_sync_default_settings"), PlaceholderKind::Singleton}};
            d.m_displayAlternatives = {};
        }
        // folders/: ids always preserved so file fields pointing at folders keep working.
        {
            auto &d = add(QStringLiteral("folders"), QStringLiteral("/folders"));
            d.m_relations = {relation({QStringLiteral("parent")}, QStringLiteral("folders"))};
            d.m_alwaysPreservesIds = true;
            d.m_naturalKeyFields = {OwnIdToken};
        }
        {
            auto &d = add(QStringLiteral("translations"), QStringLiteral("/translations"));
            d.m_idsPreservable = true;
            d.m_naturalKeyFields = {QStringLiteral("key"), QStringLiteral("language")};
            // TranslationsDataClient.getUpdateCommand; Directus checks key+language unique.
            d.m_splitUpdateFields = {QStringLiteral("key"), QStringLiteral("language")};
            d.m_uniqueNaturalKey = true;
            d.m_displayAlternatives = {{QStringLiteral("key"), QStringLiteral("language")},
                                       {QStringLiteral("key")}};
        }
        // flows/: ids always preserved (webhook URLs stay the same).
        {
            auto &d = add(QStringLiteral("flows"), QStringLiteral("/flows"));
            d.m_ignoredFields = {dateCreated, userCreated, QStringLiteral("operations")};
            d.m_relations = {
                relation({QStringLiteral("operation")}, QStringLiteral("operations"), false)};
            d.m_alwaysPreservesIds = true;
            d.m_naturalKeyFields = {OwnIdToken};
        }
        // operations/: sorted by key (OperationsDataLoader.getSortFunction); options.flow is the
        // "trigger flow" operation's target.
        {
            auto &d = add(QStringLiteral("operations"), QStringLiteral("/operations"));
            d.m_ignoredFields = {dateCreated, userCreated};
            d.m_relations = {relation({QStringLiteral("flow")}, QStringLiteral("flows")),
                             relation({QStringLiteral("resolve")}, QStringLiteral("operations")),
                             relation({QStringLiteral("reject")}, QStringLiteral("operations")),
                             relation({QStringLiteral("options"), QStringLiteral("flow")},
                                      QStringLiteral("flows"))};
            d.m_idsPreservable = true;
            d.m_sortFields = {QStringLiteral("key")};
            // OperationsDataClient.getCommandsToPreventConflicts.
            d.m_uniqueRelationFields = {QStringLiteral("resolve"), QStringLiteral("reject")};
            d.m_naturalKeyFields = {QStringLiteral("flow"), QStringLiteral("key")};
            d.m_displayAlternatives = {{name}, {QStringLiteral("key")}};
        }
        {
            auto &d = add(QStringLiteral("roles"), QStringLiteral("/roles"));
            d.m_ignoredFields = {QStringLiteral("users"), QStringLiteral("children"),
                                 QStringLiteral("policies")};
            d.m_relations = {relation({QStringLiteral("parent")}, QStringLiteral("roles"))};
            d.m_idsPreservable = true;
            d.m_placeholders = {
                {QStringLiteral("_sync_default_admin_role"), PlaceholderKind::AdminRole}};
            d.m_naturalKeyFields = {name};
        }
        // policies/: 3.4.1 asks for roles.role and roles.sort only (no roles.user), so access
        // rows are {"role","sort"} and rows of users stay as role null.
        {
            auto &d = add(QStringLiteral("policies"), QStringLiteral("/policies"));
            d.m_queryItems = {{QStringLiteral("fields"), QStringLiteral("*,roles.role,roles.sort")},
                              limitAll()};
            d.m_ignoredFields = {QStringLiteral("users"), QStringLiteral("permissions")};
            d.m_relations = {relation({QStringLiteral("roles"), QStringLiteral("role")},
                                      QStringLiteral("roles"))};
            d.m_keyedArrays = {{QStringLiteral("roles"), QStringLiteral("role")}};
            d.m_idsPreservable = true;
            d.m_placeholders = {
                {QStringLiteral("_sync_default_admin_policy"), PlaceholderKind::AdminPolicy},
                {QStringLiteral("_sync_default_public_policy"), PlaceholderKind::PublicPolicy}};
            d.m_naturalKeyFields = {name};
        }
        // permissions/: rows without id are Directus's static admin permissions; sorted by
        // `${policy}-${collection}-${action}` with the policy already a SyncID.
        {
            auto &d = add(QStringLiteral("permissions"), QStringLiteral("/permissions"));
            d.m_relations = {relation({QStringLiteral("policy")}, QStringLiteral("policies"))};
            d.m_idKind = IdKind::Integer;
            d.m_dropsItemsWithoutId = true;
            const QStringList key = {QStringLiteral("policy"), QStringLiteral("collection"),
                                     QStringLiteral("action")};
            d.m_sortFields = key;
            d.m_naturalKeyFields = key;
            // PermissionsDataClient.getInsertCommand deletes same-key rows before creating.
            d.m_uniqueNaturalKey = true;
            d.m_displayAlternatives = {key};
        }
        {
            auto &d = add(QStringLiteral("dashboards"), QStringLiteral("/dashboards"));
            d.m_ignoredFields = {dateCreated, userCreated, QStringLiteral("panels")};
            d.m_idsPreservable = true;
            d.m_naturalKeyFields = {name};
        }
        {
            auto &d = add(QStringLiteral("panels"), QStringLiteral("/panels"));
            d.m_ignoredFields = {dateCreated, userCreated};
            d.m_relations = {relation({QStringLiteral("dashboard")}, QStringLiteral("dashboards"))};
            d.m_idsPreservable = true;
            d.m_naturalKeyFields = {QStringLiteral("dashboard"), name};
            d.m_displayAlternatives = {{name}, {QStringLiteral("type")}};
        }
        // presets/: the query always gets filter {user: {_null: true}} merged in (deepmerge),
        // so user presets are not tracked; "user" is also an ignored field.
        {
            auto &d = add(QStringLiteral("presets"), QStringLiteral("/presets"));
            d.m_queryItems = {
                {QStringLiteral("filter"), QStringLiteral(R"({"user":{"_null":true}})")},
                limitAll()};
            d.m_ignoredFields = {QStringLiteral("user")};
            d.m_relations = {relation({QStringLiteral("role")}, QStringLiteral("roles"))};
            d.m_idKind = IdKind::Integer;
            d.m_requiredNullField = QStringLiteral("user");
            d.m_naturalKeyFields = {QStringLiteral("role"), QStringLiteral("collection"),
                                    QStringLiteral("bookmark")};
            d.m_displayAlternatives = {{QStringLiteral("bookmark")},
                                       {QStringLiteral("collection")}};
        }
        return list;
    }();
    return table;
}

const CollectionDescriptor *CollectionDescriptor::find(const QString &name)
{
    for (const CollectionDescriptor &descriptor : all()) {
        if (descriptor.m_name == name) {
            return &descriptor;
        }
    }
    return nullptr;
}

QStringList CollectionDescriptor::names()
{
    QStringList result;
    for (const CollectionDescriptor &descriptor : all()) {
        result.append(descriptor.m_name);
    }
    return result;
}

QUrlQuery CollectionDescriptor::urlQuery() const
{
    QUrlQuery query;
    for (const auto &[key, value] : m_queryItems) {
        query.addQueryItem(key, value);
    }
    return query;
}

namespace {

void collectValues(const JsonValue &value, const QStringList &path, qsizetype depth,
                   const QString &concrete, QList<std::pair<QString, JsonValue>> &out)
{
    if (value.isArray()) {
        const JsonArray &array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            collectValues(array.at(i), path, depth,
                          concrete + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'), out);
        }
        return;
    }
    if (depth == path.size()) {
        if (!value.isNull() && !value.isObject()) {
            out.append({concrete, value});
        }
        return;
    }
    if (!value.isObject()) {
        return;
    }
    const JsonValue *child = value.toObject().find(path.at(depth));
    if (child) {
        collectValues(*child, path, depth + 1,
                      concrete.isEmpty() ? path.at(depth)
                                         : concrete + QLatin1Char('.') + path.at(depth),
                      out);
    }
}

} // namespace

QList<std::pair<QString, JsonValue>> RelationField::valuesIn(const JsonObject &item) const
{
    QList<std::pair<QString, JsonValue>> result;
    if (!path.isEmpty()) {
        collectValues(JsonValue(item), path, 0, QString(), result);
    }
    return result;
}

const KeyedArray *CollectionDescriptor::keyedArray(const QString &field) const
{
    for (const KeyedArray &array : m_keyedArrays) {
        if (array.field == field) {
            return &array;
        }
    }
    return nullptr;
}

QString CollectionDescriptor::itemPath(const QString &localId) const
{
    return m_singleton ? m_restPath : m_restPath + QLatin1Char('/') + localId;
}

QList<RelationField> CollectionDescriptor::dependencies() const
{
    QList<RelationField> result;
    for (const RelationField &field : m_relations) {
        if (field.dependency) {
            result.append(field);
        }
    }
    return result;
}

QString CollectionDescriptor::sortKey(const JsonObject &data, const QString &syncId) const
{
    QStringList parts;
    for (const QString &field : m_sortFields) {
        parts.append(field == SyncIdToken ? syncId : templateText(data.find(field)));
    }
    return parts.join(QLatin1Char('-'));
}

QString CollectionDescriptor::naturalKey(const SyncItem &item) const
{
    if (m_singleton) {
        return m_name;
    }
    if (m_naturalKeyFields.isEmpty()) {
        return {};
    }
    QStringList parts;
    for (const QString &field : m_naturalKeyFields) {
        QString part;
        if (field == OwnIdToken) {
            part = item.localId.isEmpty() ? item.syncId : item.localId;
        } else {
            part = componentText(item.data.find(field));
        }
        if (part.isEmpty()) {
            return {};
        }
        parts.append(part);
    }
    return parts.join(QChar(0x1f));
}

QString CollectionDescriptor::displayName(const SyncItem &item,
                                          const RelationResolver &resolver) const
{
    if (m_singleton) {
        return tr("Settings");
    }
    for (const QStringList &alternative : m_displayAlternatives) {
        QStringList parts;
        for (const QString &field : alternative) {
            QString part = componentText(item.data.find(field));
            if (part.isEmpty()) {
                break;
            }
            if (resolver) {
                for (const RelationField &relationField : m_relations) {
                    if (relationField.path.size() == 1 && relationField.path.first() == field) {
                        const QString resolved = resolver(relationField.targetCollection, part);
                        if (!resolved.isEmpty()) {
                            part = resolved;
                        }
                        break;
                    }
                }
            }
            parts.append(part);
        }
        if (parts.size() == alternative.size()) {
            return parts.join(QStringLiteral(" · "));
        }
    }
    return item.syncId.isEmpty() ? item.localId : item.syncId;
}

} // namespace syncstudio
