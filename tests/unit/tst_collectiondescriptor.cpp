// Expected values are read from directus-sync 3.4.1's dist/lib/services/collections/*/ and
// @directus/sdk 19.1.0's query serialisation (checked with Node against the installed package).

#include "collectiondescriptor.h"
#include "jsonreader.h"

#include <QtTest>

using namespace syncstudio;

namespace {

JsonObject object(const char *json)
{
    const std::optional<JsonValue> value = JsonReader::parse(QByteArray(json));
    if (!value || !value->isObject()) {
        qFatal("test input is not a JSON object: %s", json);
    }
    return value->toObject();
}

QStringList strings(std::initializer_list<const char *> values)
{
    QStringList result;
    for (const char *value : values) {
        result.append(QString::fromUtf8(value));
    }
    return result;
}

QString describeRelations(const QList<RelationField> &relations, bool dependenciesOnly)
{
    QStringList parts;
    for (const RelationField &field : relations) {
        if (!dependenciesOnly || field.dependency) {
            parts.append(field.pathText() + QStringLiteral("->") + field.targetCollection);
        }
    }
    return parts.join(QLatin1Char(' '));
}

QString describeQuery(const CollectionDescriptor &descriptor)
{
    QStringList parts;
    for (const auto &[key, value] : descriptor.queryItems()) {
        parts.append(key + QLatin1Char('=') + value);
    }
    return parts.join(QLatin1Char('&'));
}

QString describePlaceholders(const CollectionDescriptor &descriptor)
{
    QStringList parts;
    for (const PlaceholderRule &rule : descriptor.placeholders()) {
        parts.append(rule.syncId);
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestCollectionDescriptor final : public QObject
{
    Q_OBJECT

private slots:
    void processingOrder();
    void findUnknown();
    void table_data();
    void table();
    void preservationMatchesConfigSchema();
    void urlQueryEncodesLikeTheSdk();
    void sortKey_data();
    void sortKey();
    void naturalKey_data();
    void naturalKey();
    void displayName_data();
    void displayName();
};

void TestCollectionDescriptor::processingOrder()
{
    // loader.ts loadCollections(): the order pull, diff and push walk the collections.
    const QStringList expected = {
        QStringLiteral("settings"), QStringLiteral("folders"),     QStringLiteral("translations"),
        QStringLiteral("flows"),    QStringLiteral("operations"),  QStringLiteral("roles"),
        QStringLiteral("policies"), QStringLiteral("permissions"), QStringLiteral("dashboards"),
        QStringLiteral("panels"),   QStringLiteral("presets")};
    QCOMPARE(CollectionDescriptor::names(), expected);
    QCOMPARE(CollectionDescriptor::all().size(), 11);
    for (const QString &name : expected) {
        const CollectionDescriptor *descriptor = CollectionDescriptor::find(name);
        QVERIFY(descriptor);
        QCOMPARE(descriptor->name(), name);
        QCOMPARE(descriptor->fileName(), name + QStringLiteral(".json"));
    }
}

void TestCollectionDescriptor::findUnknown()
{
    QVERIFY(!CollectionDescriptor::find(QStringLiteral("webhooks")));
    QVERIFY(!CollectionDescriptor::find(QStringLiteral("Flows")));
    QVERIFY(!CollectionDescriptor::find(QString()));
}

void TestCollectionDescriptor::table_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("restPath");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("ignored");
    QTest::addColumn<QString>("relations");
    QTest::addColumn<QString>("dependencies");
    QTest::addColumn<bool>("integerIds");
    QTest::addColumn<bool>("singleton");
    QTest::addColumn<bool>("deleteEnabled");
    QTest::addColumn<bool>("dropsWithoutId");
    QTest::addColumn<QString>("requiredNull");
    QTest::addColumn<QString>("placeholders");
    QTest::addColumn<QStringList>("sortFields");

    const QString limit = QStringLiteral("limit=-1");
    const QStringList bySyncId = {QStringLiteral("_syncId")};
    const QStringList created = {QStringLiteral("date_created"), QStringLiteral("user_created")};

    QTest::newRow("settings") << "settings"
                              << "/settings" << limit
                              << strings({"project_logo", "public_foreground", "public_background",
                                          "public_favicon", "project_url", "project_id"})
                              << "public_registration_role->roles storage_default_folder->folders"
                              << "public_registration_role->roles storage_default_folder->folders"
                              << true << true << false << true << ""
                              << "_sync_default_settings" << bySyncId;
    QTest::newRow("folders") << "folders"
                             << "/folders" << limit << QStringList{} << "parent->folders"
                             << "parent->folders" << false << false << true << false << ""
                             << "" << bySyncId;
    QTest::newRow("translations") << "translations"
                                  << "/translations" << limit << QStringList{} << ""
                                  << "" << false << false << true << false << ""
                                  << "" << bySyncId;
    QTest::newRow("flows") << "flows"
                           << "/flows" << limit << (created + strings({"operations"}))
                           << "operation->operations"
                           << "" << false << false << true << false << ""
                           << "" << bySyncId;
    QTest::newRow("operations")
        << "operations"
        << "/operations" << limit << created
        << "flow->flows resolve->operations reject->operations options.flow->flows"
        << "flow->flows resolve->operations reject->operations options.flow->flows" << false
        << false << true << false << ""
        << "" << strings({"key"});
    QTest::newRow("roles") << "roles"
                           << "/roles" << limit << strings({"users", "children", "policies"})
                           << "parent->roles"
                           << "parent->roles" << false << false << true << false << ""
                           << "_sync_default_admin_role" << bySyncId;
    QTest::newRow("policies") << "policies"
                              << "/policies"
                              << "fields=*,roles.role,roles.sort&limit=-1"
                              << strings({"users", "permissions"}) << "roles.role->roles"
                              << "roles.role->roles" << false << false << true << false << ""
                              << "_sync_default_admin_policy _sync_default_public_policy"
                              << bySyncId;
    QTest::newRow("permissions") << "permissions"
                                 << "/permissions" << limit << QStringList{} << "policy->policies"
                                 << "policy->policies" << true << false << true << true << ""
                                 << "" << strings({"policy", "collection", "action"});
    QTest::newRow("dashboards") << "dashboards"
                                << "/dashboards" << limit << (created + strings({"panels"})) << ""
                                << "" << false << false << true << false << ""
                                << "" << bySyncId;
    QTest::newRow("panels") << "panels"
                            << "/panels" << limit << created << "dashboard->dashboards"
                            << "dashboard->dashboards" << false << false << true << false << ""
                            << "" << bySyncId;
    QTest::newRow("presets") << "presets"
                             << "/presets"
                             << R"(filter={"user":{"_null":true}}&limit=-1)" << strings({"user"})
                             << "role->roles"
                             << "role->roles" << true << false << true << false << "user"
                             << "" << bySyncId;
}

void TestCollectionDescriptor::table()
{
    QFETCH(QString, name);
    const CollectionDescriptor *descriptor = CollectionDescriptor::find(name);
    QVERIFY(descriptor);
    QCOMPARE(descriptor->mappingTable(), name);
    QTEST(descriptor->restPath(), "restPath");
    QTEST(describeQuery(*descriptor), "query");
    QTEST(descriptor->ignoredFields(), "ignored");
    QTEST(describeRelations(descriptor->relations(), false), "relations");
    QTEST(describeRelations(descriptor->dependencies(), false), "dependencies");
    QTEST(descriptor->idKind() == IdKind::Integer, "integerIds");
    QTEST(descriptor->isSingleton(), "singleton");
    QTEST(descriptor->deleteEnabled(), "deleteEnabled");
    QTEST(descriptor->dropsItemsWithoutId(), "dropsWithoutId");
    QTEST(descriptor->requiredNullField(), "requiredNull");
    QTEST(describePlaceholders(*descriptor), "placeholders");
    QTEST(descriptor->sortFields(), "sortFields");
}

void TestCollectionDescriptor::preservationMatchesConfigSchema()
{
    // services/config/schema.ts: CollectionsWithUuidList, CollectionsWithPreservedIdList and
    // CollectionPreservableIdEnum (UUID collections minus the always preserved ones).
    QStringList uuid;
    QStringList always;
    QStringList preservable;
    for (const CollectionDescriptor &descriptor : CollectionDescriptor::all()) {
        if (descriptor.idKind() == IdKind::Uuid) {
            uuid.append(descriptor.name());
        }
        if (descriptor.alwaysPreservesIds()) {
            always.append(descriptor.name());
        }
        if (descriptor.idsPreservable()) {
            preservable.append(descriptor.name());
        }
        QVERIFY2(!(descriptor.alwaysPreservesIds() && descriptor.idsPreservable()),
                 qPrintable(descriptor.name()));
    }
    uuid.sort();
    always.sort();
    preservable.sort();
    QCOMPARE(uuid, (strings({"dashboards", "flows", "folders", "operations", "panels", "policies",
                             "roles", "translations"})));
    QCOMPARE(always, (strings({"flows", "folders"})));
    QCOMPARE(preservable, (strings({"dashboards", "operations", "panels", "policies", "roles",
                                    "translations"})));
}

void TestCollectionDescriptor::urlQueryEncodesLikeTheSdk()
{
    // What @directus/sdk puts on the wire (URLSearchParams encoding), decoded by QUrlQuery the
    // same way; the values must survive the round trip through a QUrl.
    QUrl url(QStringLiteral("http://x/policies"));
    url.setQuery(CollectionDescriptor::find(QStringLiteral("policies"))->urlQuery());
    QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("fields"), QUrl::FullyDecoded),
             QStringLiteral("*,roles.role,roles.sort"));
    url.setQuery(CollectionDescriptor::find(QStringLiteral("presets"))->urlQuery());
    QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded),
             QStringLiteral(R"({"user":{"_null":true}})"));
    QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("limit")), QStringLiteral("-1"));
}

void TestCollectionDescriptor::sortKey_data()
{
    QTest::addColumn<QString>("collection");
    QTest::addColumn<QString>("data");
    QTest::addColumn<QString>("syncId");
    QTest::addColumn<QString>("expected");

    QTest::newRow("roles by SyncID") << "roles"
                                     << R"({"name":"x"})"
                                     << "abc"
                                     << "abc";
    QTest::newRow("operations by key") << "operations"
                                       << R"({"key":"log_it"})"
                                       << "abc"
                                       << "log_it";
    // PermissionsDataLoader: `${a.policy}-${a.collection}-${a.action}`, String() semantics.
    QTest::newRow("permissions") << "permissions"
                                 << R"({"collection":"articles","action":"read","policy":"p1"})"
                                 << "abc"
                                 << "p1-articles-read";
    QTest::newRow("permissions null policy")
        << "permissions"
        << R"({"collection":"articles","action":"read","policy":null})"
        << "abc"
        << "null-articles-read";
    QTest::newRow("permissions missing action") << "permissions"
                                                << R"({"collection":"articles","policy":"p"})"
                                                << "abc"
                                                << "p-articles-undefined";
    QTest::newRow("permissions number") << "permissions"
                                        << R"({"collection":1e21,"action":"read","policy":"p"})"
                                        << "abc"
                                        << "p-1e+21-read";
}

void TestCollectionDescriptor::sortKey()
{
    QFETCH(QString, collection);
    QFETCH(QString, data);
    QFETCH(QString, syncId);
    QTEST(
        CollectionDescriptor::find(collection)->sortKey(object(data.toUtf8().constData()), syncId),
        "expected");
}

void TestCollectionDescriptor::naturalKey_data()
{
    QTest::addColumn<QString>("collection");
    QTest::addColumn<QString>("data");
    QTest::addColumn<QString>("syncId");
    QTest::addColumn<QString>("localId");
    QTest::addColumn<QString>("expected");

    const QString sep(QChar(0x1f));
    QTest::newRow("role name") << "roles"
                               << R"({"name":"Editor"})"
                               << "s"
                               << ""
                               << "Editor";
    QTest::newRow("policy name") << "policies"
                                 << R"({"name":"P"})"
                                 << ""
                                 << "l"
                                 << "P";
    QTest::newRow("dashboard name") << "dashboards"
                                    << R"({"name":"D"})"
                                    << "s"
                                    << ""
                                    << "D";
    QTest::newRow("permission") << "permissions"
                                << R"({"policy":"p","collection":"c","action":"read"})"
                                << "s"
                                << "" << QStringLiteral("p%1c%1read").arg(sep);
    QTest::newRow("permission missing action") << "permissions"
                                               << R"({"policy":"p","collection":"c"})"
                                               << "s"
                                               << ""
                                               << "";
    QTest::newRow("flow local id") << "flows"
                                   << R"({"name":"F"})"
                                   << "sync"
                                   << "local"
                                   << "local";
    QTest::newRow("flow from dump") << "flows"
                                    << R"({"name":"F"})"
                                    << "sync"
                                    << ""
                                    << "sync";
    QTest::newRow("folder") << "folders"
                            << R"({"name":"F"})"
                            << "sync"
                            << ""
                            << "sync";
    QTest::newRow("translation") << "translations"
                                 << R"({"key":"k","language":"fr-FR"})"
                                 << "s"
                                 << "" << QStringLiteral("k%1fr-FR").arg(sep);
    QTest::newRow("operation") << "operations"
                               << R"({"flow":"f","key":"k"})"
                               << "s"
                               << "" << QStringLiteral("f%1k").arg(sep);
    QTest::newRow("operation null flow") << "operations"
                                         << R"({"flow":null,"key":"k"})"
                                         << "s"
                                         << ""
                                         << "";
    QTest::newRow("settings") << "settings"
                              << R"({})"
                              << "s"
                              << ""
                              << "settings";
}

void TestCollectionDescriptor::naturalKey()
{
    QFETCH(QString, collection);
    QFETCH(QString, data);
    SyncItem item;
    item.data = object(data.toUtf8().constData());
    QFETCH(QString, syncId);
    QFETCH(QString, localId);
    item.syncId = syncId;
    item.localId = localId;
    QTEST(CollectionDescriptor::find(collection)->naturalKey(item), "expected");
}

void TestCollectionDescriptor::displayName_data()
{
    QTest::addColumn<QString>("collection");
    QTest::addColumn<QString>("data");
    QTest::addColumn<bool>("resolve");
    QTest::addColumn<QString>("expected");

    QTest::newRow("flow") << "flows"
                          << R"({"name":"Nightly"})" << false << "Nightly";
    QTest::newRow("role") << "roles"
                          << R"({"name":"Editor"})" << false << "Editor";
    QTest::newRow("permission raw") << "permissions"
                                    << R"({"policy":"p1","collection":"articles","action":"read"})"
                                    << false << "p1 · articles · read";
    QTest::newRow("permission resolved")
        << "permissions"
        << R"({"policy":"p1","collection":"articles","action":"read"})" << true
        << "Policy p1 · articles · read";
    QTest::newRow("operation without name") << "operations"
                                            << R"({"name":null,"key":"k"})" << false << "k";
    QTest::newRow("translation") << "translations"
                                 << R"({"key":"k","language":"en"})" << false << "k · en";
    QTest::newRow("settings") << "settings"
                              << R"({"project_name":"x"})" << false << "Settings";
    QTest::newRow("fallback SyncID") << "dashboards"
                                     << R"({"name":""})" << false << "sync-1";
}

void TestCollectionDescriptor::displayName()
{
    QFETCH(QString, collection);
    QFETCH(QString, data);
    QFETCH(bool, resolve);
    SyncItem item;
    item.syncId = QStringLiteral("sync-1");
    item.data = object(data.toUtf8().constData());
    const CollectionDescriptor::RelationResolver resolver = [](const QString &target,
                                                               const QString &value) {
        return target == QStringLiteral("policies") ? QStringLiteral("Policy ") + value : QString();
    };
    QTEST(CollectionDescriptor::find(collection)->displayName(item, resolve ? resolver : nullptr),
          "expected");
}

QTEST_GUILESS_MAIN(TestCollectionDescriptor)
#include "tst_collectiondescriptor.moc"
