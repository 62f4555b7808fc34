// The compare engine against real Directus 11.3.5 instances: A seeded richly and tracked with
// the real `directus-sync pull`, B fresh. Statuses, placeholders, schema rows, the dependency
// closure, strict read-only behaviour and "a failed read aborts" are checked on real servers.
#include "comparison.h"
#include "dependencyclosure.h"
#include "directusserver.h"
#include "directussynccli.h"
#include "folderside.h"
#include "httpdirectusclient.h"
#include "instanceside.h"
#include "seeder.h"
#include "testenvironment.h"
#include "testrest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace syncstudio;
using namespace syncstudio::test;

namespace {

const QStringList Collections = {
    QStringLiteral("dashboards"), QStringLiteral("flows"),       QStringLiteral("folders"),
    QStringLiteral("operations"), QStringLiteral("panels"),      QStringLiteral("permissions"),
    QStringLiteral("policies"),   QStringLiteral("presets"),     QStringLiteral("roles"),
    QStringLiteral("settings"),   QStringLiteral("translations")};

ComparisonOutcome runComparison(ConfigSide *source, ConfigSide *target,
                                const ComparisonOptions &options = {})
{
    Comparison comparison;
    QSignalSpy spy(&comparison, &Comparison::finished);
    comparison.start(source, target, options);
    if (!spy.wait(180000)) {
        ComparisonOutcome timedOut;
        timedOut.error = QStringLiteral("timed out");
        return timedOut;
    }
    return spy.at(0).at(0).value<ComparisonOutcome>();
}

// Everything a compare could possibly change on an instance, as one comparable value.
QJsonObject fingerprint(TestRest &rest)
{
    QJsonObject result;
    for (const QString &collection : Collections) {
        if (collection == QLatin1String("settings")) {
            result.insert(collection, rest.get(QStringLiteral("/settings")).data);
            const auto rows =
                rest.get(QStringLiteral("/directus-extension-sync/table/") + collection);
            result.insert(QStringLiteral("map:") + collection,
                          QJsonDocument::fromJson(rows.body).array());
            continue;
        }
        result.insert(collection, rest.count(QLatin1Char('/') + collection));
        const auto rows = rest.get(QStringLiteral("/directus-extension-sync/table/") + collection);
        result.insert(QStringLiteral("map:") + collection,
                      QJsonDocument::fromJson(rows.body).array());
    }
    result.insert(QStringLiteral("activity"), rest.count(QStringLiteral("/activity")));
    result.insert(QStringLiteral("revisions"), rest.count(QStringLiteral("/revisions")));
    return result;
}

} // namespace

class tst_CompareEngine final : public QObject
{
    Q_OBJECT

    TestEnvironment m_env;
    std::unique_ptr<DirectusServer> m_a;
    std::unique_ptr<DirectusServer> m_b;
    QTemporaryDir m_work;
    SeedIds m_ids;
    QString m_soloFlow;
    QString m_soloOperation;

    QString dumpA() const { return m_work.filePath(QStringLiteral("dump-a")); }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ComparisonOutcome>();
        qRegisterMetaType<SideReadResult>();
        QString error;
        m_a = DirectusServer::start({}, &error);
        QVERIFY2(m_a, qPrintable(error));
        m_b = DirectusServer::start({}, &error);
        QVERIFY2(m_b, qPrintable(error));
        TestRest rest(m_a->url(), m_a->token());
        QVERIFY2(Seeder::seedRich(rest, false, &m_ids, &error), qPrintable(error));
        // A flow with exactly one operation, for the closure.
        const auto flow =
            rest.post(QStringLiteral("/flows"),
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("Solo")},
                                  {QStringLiteral("icon"), QStringLiteral("bolt")},
                                  {QStringLiteral("status"), QStringLiteral("active")},
                                  {QStringLiteral("trigger"), QStringLiteral("manual")},
                                  {QStringLiteral("options"),
                                   QJsonObject{{QStringLiteral("collections"),
                                                QJsonArray{QStringLiteral("articles")}}}}});
        QVERIFY2(flow.ok(), flow.body.constData());
        m_soloFlow = flow.data.toObject().value(QStringLiteral("id")).toString();
        const auto op = rest.post(
            QStringLiteral("/operations"),
            QJsonObject{{QStringLiteral("name"), QStringLiteral("Solo log")},
                        {QStringLiteral("key"), QStringLiteral("solo_log")},
                        {QStringLiteral("type"), QStringLiteral("log")},
                        {QStringLiteral("position_x"), 19},
                        {QStringLiteral("position_y"), 1},
                        {QStringLiteral("options"),
                         QJsonObject{{QStringLiteral("message"), QStringLiteral("solo")}}},
                        {QStringLiteral("flow"), m_soloFlow}});
        QVERIFY2(op.ok(), op.body.constData());
        m_soloOperation = op.data.toObject().value(QStringLiteral("id")).toString();
        QVERIFY(rest.patch(QStringLiteral("/flows/") + m_soloFlow,
                           QJsonObject{{QStringLiteral("operation"), m_soloOperation}})
                    .ok());

        const auto pull = DirectusSyncCli::run(
            QStringLiteral("pull"), m_a->url(), m_a->token(),
            {QStringLiteral("--dump-path"), dumpA(), QStringLiteral("--no-specs")});
        QVERIFY2(pull.ok(), qPrintable(pull.output));
    }

    void instanceToFreshInstance()
    {
        HttpDirectusClient a(m_a->url(), Credentials::fromToken(m_a->token()));
        HttpDirectusClient b(m_b->url(), Credentials::fromToken(m_b->token()));
        InstanceSide source(&a, m_a->url().toString());
        InstanceSide target(&b, m_b->url().toString());
        const ComparisonOutcome outcome = runComparison(&source, &target);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        const CompareResult &result = outcome.result;
        QCOMPARE(result.collections.size(), 11);

        // Every seeded item would be created on B.
        const QList<std::pair<QString, int>> expected = {
            {QStringLiteral("folders"), 3},      {QStringLiteral("roles"), 2},
            {QStringLiteral("policies"), 2},     {QStringLiteral("permissions"), 12},
            {QStringLiteral("flows"), 3},        {QStringLiteral("operations"), 5},
            {QStringLiteral("dashboards"), 1},   {QStringLiteral("panels"), 2},
            {QStringLiteral("translations"), 4}, {QStringLiteral("presets"), 2}};
        for (const auto &[collection, count] : expected) {
            QCOMPARE(result.count(collection, ItemStatus::SourceOnly), count);
            QCOMPARE(result.count(collection, ItemStatus::TargetOnly), 0);
        }
        QCOMPARE(result.count(ItemStatus::Dangling), 0);
        QCOMPARE(result.count(ItemStatus::Untracked), 0);
        const ItemComparison *settings =
            result.find(QStringLiteral("settings"), QStringLiteral("_sync_default_settings"));
        QVERIFY(settings);
        QCOMPARE(settings->status, ItemStatus::Changed);
        QStringList changedFields;
        for (const FieldChange &change : settings->fields) {
            changedFields.append(change.path);
        }
        QVERIFY2(changedFields.contains(QStringLiteral("project_name")),
                 qPrintable(changedFields.join(u',')));
        QVERIFY(changedFields.contains(QStringLiteral("storage_default_folder")));
        QVERIFY(!changedFields.contains(QStringLiteral("project_id"))); // ignored

        // B's admin role, admin policy and public policy match A's by placeholder.
        for (const auto &[collection, syncId] :
             {std::pair{QStringLiteral("roles"), QStringLiteral("_sync_default_admin_role")},
              std::pair{QStringLiteral("policies"), QStringLiteral("_sync_default_admin_policy")},
              std::pair{QStringLiteral("policies"),
                        QStringLiteral("_sync_default_public_policy")}}) {
            const ItemComparison *item = result.find(collection, syncId);
            QVERIFY2(item, qPrintable(syncId));
            QVERIFY2(item->status == ItemStatus::Identical, qPrintable(syncId));
            QVERIFY(!item->localId.isEmpty());
            QCOMPARE(item->side, CompareSide::Both);
        }

        // Schema: the custom collections exist only on A.
        QVERIFY(result.schemaCompared);
        QVERIFY(result.schemaDiff.has_value());
        bool authors = false;
        bool articlesAuthor = false;
        for (const SchemaComparison &row : result.schema) {
            if (row.kind == SchemaKind::Collection && row.collection == QLatin1String("authors")) {
                authors = row.status == ItemStatus::SourceOnly;
            }
            if (row.kind == SchemaKind::Relation && row.collection == QLatin1String("articles") &&
                row.field == QLatin1String("author")) {
                articlesAuthor = row.status == ItemStatus::SourceOnly;
            }
        }
        QVERIFY(authors);
        QVERIFY(articlesAuthor);
        QVERIFY(result.hasDifferences());

        // A named permission and an untracked-free compare in the other direction.
        bool namedPermission = false;
        for (const ItemComparison &item : result.items) {
            namedPermission =
                namedPermission || (item.collection == QLatin1String("permissions") &&
                                    item.name == QStringLiteral("Editor policy · articles · read"));
        }
        QVERIFY(namedPermission);
    }

    void folderToInstanceMatchesInstanceToInstance()
    {
        HttpDirectusClient a(m_a->url(), Credentials::fromToken(m_a->token()));
        HttpDirectusClient b(m_b->url(), Credentials::fromToken(m_b->token()));
        InstanceSide instanceSource(&a, m_a->url().toString());
        FolderSide folderSource(dumpA(), dumpA());
        InstanceSide target(&b, m_b->url().toString());
        const ComparisonOutcome fromInstance = runComparison(&instanceSource, &target);
        QVERIFY2(fromInstance.ok, qPrintable(fromInstance.error));
        const ComparisonOutcome fromFolder = runComparison(&folderSource, &target);
        QVERIFY2(fromFolder.ok, qPrintable(fromFolder.error));
        QCOMPARE(fromFolder.result.items.size(), fromInstance.result.items.size());
        for (const ItemComparison &item : fromInstance.result.items) {
            const ItemComparison *other = fromFolder.result.find(item.collection, item.syncId);
            QVERIFY2(other, qPrintable(item.collection + u'/' + item.syncId));
            QCOMPARE(itemStatusName(other->status), itemStatusName(item.status));
            QCOMPARE(other->fields.size(), item.fields.size());
        }
        QCOMPARE(fromFolder.result.schema.size(), fromInstance.result.schema.size());

        // Folder against itself: nothing differs; A against its own dump neither.
        FolderSide again(dumpA(), dumpA());
        const ComparisonOutcome same = runComparison(&folderSource, &again);
        QVERIFY2(same.ok, qPrintable(same.error));
        QVERIFY(!same.result.hasDifferences());
        const ComparisonOutcome selfDump = runComparison(&folderSource, &instanceSource);
        QVERIFY2(selfDump.ok, qPrintable(selfDump.error));
        for (const ItemComparison &item : selfDump.result.items) {
            QVERIFY2(item.status == ItemStatus::Identical,
                     qPrintable(item.collection + u'/' + item.syncId + u' ' +
                                itemStatusName(item.status)));
        }
        QVERIFY2(!selfDump.result.hasDifferences(), "a fresh pull equals its instance");
    }

    void compareIsStrictlyReadOnly()
    {
        TestRest restA(m_a->url(), m_a->token());
        TestRest restB(m_b->url(), m_b->token());
        const QJsonObject beforeA = fingerprint(restA);
        const QJsonObject beforeB = fingerprint(restB);

        HttpDirectusClient a(m_a->url(), Credentials::fromToken(m_a->token()));
        HttpDirectusClient b(m_b->url(), Credentials::fromToken(m_b->token()));
        QStringList requests;
        for (HttpDirectusClient *client : {&a, &b}) {
            connect(client, &DirectusClient::requestSent, this,
                    [&requests](const QByteArray &method, const QString &path) {
                        requests.append(QString::fromLatin1(method) + u' ' + path);
                    });
        }
        InstanceSide source(&a, m_a->url().toString());
        InstanceSide target(&b, m_b->url().toString());
        const ComparisonOutcome forward = runComparison(&source, &target);
        QVERIFY2(forward.ok, qPrintable(forward.error));
        const ComparisonOutcome backward = runComparison(&target, &source);
        QVERIFY2(backward.ok, qPrintable(backward.error));
        FolderSide folder(dumpA(), dumpA());
        QVERIFY(runComparison(&folder, &target).ok);

        QVERIFY(requests.size() > 20);
        int schemaDiffs = 0;
        for (const QString &request : std::as_const(requests)) {
            if (request == QLatin1String("POST /schema/diff")) {
                ++schemaDiffs;
                continue;
            }
            QVERIFY2(request.startsWith(QLatin1String("GET ")), qPrintable(request));
        }
        QCOMPARE(schemaDiffs, 3);
        QCOMPARE(fingerprint(restA), beforeA);
        QCOMPARE(fingerprint(restB), beforeB);
    }

    void failedReadAbortsTheCompare()
    {
        // A target that refuses connections: the compare fails, it never says "source-only".
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QUrl deadUrl(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
        closed.close();
        HttpDirectusClient a(m_a->url(), Credentials::fromToken(m_a->token()));
        HttpDirectusClient dead(deadUrl, Credentials::fromToken(QStringLiteral("x")));
        dead.setMaxRetryDelay(10);
        InstanceSide source(&a, m_a->url().toString());
        InstanceSide target(&dead, deadUrl.toString());
        const ComparisonOutcome outcome = runComparison(&source, &target);
        QVERIFY(!outcome.ok);
        QVERIFY(!outcome.canceled);
        QVERIFY2(outcome.error.contains(deadUrl.toString()) ||
                     outcome.error.contains(QStringLiteral("refused")),
                 qPrintable(outcome.error));
        QVERIFY(outcome.result.items.isEmpty());

        // A missing dump folder fails the same way.
        FolderSide missing(m_work.filePath(QStringLiteral("nope")), QStringLiteral("nope"));
        InstanceSide b(&a, m_a->url().toString());
        const ComparisonOutcome noFolder = runComparison(&missing, &b);
        QVERIFY(!noFolder.ok);
        QVERIFY(noFolder.result.items.isEmpty());
    }

    void cancelDropsTheRun()
    {
        HttpDirectusClient a(m_a->url(), Credentials::fromToken(m_a->token()));
        HttpDirectusClient b(m_b->url(), Credentials::fromToken(m_b->token()));
        InstanceSide source(&a, m_a->url().toString());
        InstanceSide target(&b, m_b->url().toString());
        Comparison comparison;
        QSignalSpy spy(&comparison, &Comparison::finished);
        comparison.start(&source, &target);
        comparison.cancel();
        QCOMPARE(spy.size(), 1);
        QVERIFY(spy.at(0).at(0).value<ComparisonOutcome>().canceled);
        // A new run after the cancel delivers exactly one result of its own.
        comparison.start(&source, &target);
        QVERIFY(spy.wait(120000));
        QTest::qWait(500);
        QCOMPARE(spy.size(), 2);
        QVERIFY(spy.at(1).at(0).value<ComparisonOutcome>().ok);
    }

    void dependencyClosure()
    {
        HttpDirectusClient a(m_a->url(), Credentials::fromToken(m_a->token()));
        HttpDirectusClient b(m_b->url(), Credentials::fromToken(m_b->token()));
        InstanceSide source(&a, m_a->url().toString());
        InstanceSide target(&b, m_b->url().toString());
        const ComparisonOutcome outcome = runComparison(&source, &target);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        const CompareResult &result = outcome.result;
        // SyncIDs of A's items, from its mapping rows.
        const auto syncIdOf = [&outcome](const QString &table, const QString &localId) {
            for (const IdMapRow &row : outcome.source.mappingRows) {
                if (row.table == table && row.localId == localId) {
                    return row.syncId;
                }
            }
            return QString();
        };
        const auto names = [](const QList<ClosureEntry> &entries) {
            QStringList list;
            for (const ClosureEntry &entry : entries) {
                list.append(entry.item.toString());
            }
            list.sort();
            return list;
        };

        // The solo operation needs its flow, nothing else.
        const QList<ClosureEntry> solo = DependencyClosure::compute(
            result, {{QStringLiteral("operations"),
                      syncIdOf(QStringLiteral("operations"), m_soloOperation)}});
        QCOMPARE(names(solo), QStringList{QStringLiteral("flows/") + m_soloFlow});

        // The trigger operation brings its own flow and the flow it triggers (with that flow's
        // operation chain) along.
        const QList<ClosureEntry> trigger = DependencyClosure::compute(
            result, {{QStringLiteral("operations"),
                      syncIdOf(QStringLiteral("operations"), m_ids.opTrigger)}});
        QStringList expected{QStringLiteral("flows/") + m_ids.flowA,
                             QStringLiteral("flows/") + m_ids.flowB};
        for (const QString &op : {m_ids.opCheck, m_ids.opNotify, m_ids.opReject}) {
            expected.append(QStringLiteral("operations/") +
                            syncIdOf(QStringLiteral("operations"), op));
        }
        expected.sort();
        QCOMPARE(names(trigger), expected);

        // A permission needs its policy and that policy's roles (Junior editor -> Editor).
        QString permission;
        for (const ItemComparison &item : result.items) {
            if (item.name == QStringLiteral("Reviewer policy · directus_users · read")) {
                permission = item.syncId;
            }
        }
        QVERIFY(!permission.isEmpty());
        const QList<ClosureEntry> perm =
            DependencyClosure::compute(result, {{QStringLiteral("permissions"), permission}});
        QStringList permExpected{
            QStringLiteral("policies/") +
                syncIdOf(QStringLiteral("policies"), m_ids.reviewerPolicy),
            QStringLiteral("roles/") + syncIdOf(QStringLiteral("roles"), m_ids.editorRole),
            QStringLiteral("roles/") + syncIdOf(QStringLiteral("roles"), m_ids.juniorRole)};
        permExpected.sort();
        QCOMPARE(names(perm), permExpected);
    }
};

QTEST_GUILESS_MAIN(tst_CompareEngine)
#include "tst_compareengine.moc"
