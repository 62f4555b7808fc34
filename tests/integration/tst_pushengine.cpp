// Selective push against real Directus 11.3.5 instances and the real directus-sync 3.4.1 CLI:
// one apply converges (directus-sync's own diff finds nothing afterwards), closure, delete
// rules, read-only simulate, drift detection before any write, and restore from the backup.
#include "comparison.h"
#include "directusserver.h"
#include "directussynccli.h"
#include "folderside.h"
#include "httpdirectusclient.h"
#include "instanceside.h"
#include "jsonreader.h"
#include "jsonwriter.h"
#include "mappingactions.h"
#include "pushbackup.h"
#include "pushexecutor.h"
#include "pushpreparer.h"
#include "pushsteps.h"
#include "restorepreparer.h"
#include "seeder.h"
#include "testenvironment.h"
#include "testrest.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
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

// Item counts (settings: its JSON), mapping rows per table and activity, for "unchanged".
QJsonObject fingerprint(TestRest &rest)
{
    QJsonObject result;
    int rows = 0;
    for (const QString &collection : Collections) {
        result.insert(collection, collection == QLatin1String("settings")
                                      ? rest.get(QStringLiteral("/settings")).data
                                      : QJsonValue(rest.count(QLatin1Char('/') + collection)));
        const auto mapping =
            rest.get(QStringLiteral("/directus-extension-sync/table/") + collection);
        const QJsonArray array = QJsonDocument::fromJson(mapping.body).array();
        result.insert(QStringLiteral("map:") + collection, array);
        rows += int(array.size());
    }
    result.insert(QStringLiteral("mappingRows"), rows);
    result.insert(QStringLiteral("activity"), rest.count(QStringLiteral("/activity")));
    return result;
}

// One line per item and schema row, with the changed fields and both values: two compares are
// equal "field by field" when these lists are.
QStringList signature(const CompareResult &result)
{
    QStringList lines;
    for (const ItemComparison &item : result.items) {
        QString line = item.collection + u'/' +
                       (item.syncId.isEmpty() ? item.localId : item.syncId) + u' ' +
                       itemStatusName(item.status);
        for (const FieldChange &change : item.fields) {
            line += u' ' + change.path + u'=' +
                    (change.source ? QString::fromUtf8(JsonWriter::stringify(*change.source, 0))
                                   : QStringLiteral("-")) +
                    QStringLiteral("->") +
                    (change.target ? QString::fromUtf8(JsonWriter::stringify(*change.target, 0))
                                   : QStringLiteral("-"));
        }
        lines.append(line);
    }
    for (const SchemaComparison &row : result.schema) {
        lines.append(QStringLiteral("schema ") + row.collection + u'.' + row.field + u' ' +
                     itemStatusName(row.status));
    }
    lines.sort();
    return lines;
}

QStringList differences(const CompareResult &result)
{
    QStringList lines;
    for (const QString &line : signature(result)) {
        if (!line.contains(QLatin1String(" identical"))) {
            lines.append(line);
        }
    }
    return lines;
}

QString syncIdOf(const QList<IdMapRow> &rows, const QString &table, const QString &localId)
{
    for (const IdMapRow &row : rows) {
        if (row.table == table && row.localId == localId) {
            return row.syncId;
        }
    }
    return {};
}

QString localIdOf(TestRest &rest, const QString &table, const QString &syncId)
{
    const auto reply =
        rest.get(QStringLiteral("/directus-extension-sync/table/%1/sync_id/%2").arg(table, syncId));
    const QJsonValue id =
        QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("local_id"));
    return id.isDouble() ? QString::number(id.toInteger()) : id.toString();
}

// The id of the first item matching a filter ("/dashboards?filter[name][_eq]=Editorial"): the
// copies of the synced target have their own ids for collections that do not preserve them.
QString firstId(TestRest &rest, const QString &pathAndQuery)
{
    const QJsonValue id =
        rest.get(pathAndQuery).data.toArray().at(0).toObject().value(QStringLiteral("id"));
    return id.isDouble() ? QString::number(id.toInteger()) : id.toString();
}

} // namespace

class tst_PushEngine final : public QObject
{
    Q_OBJECT

    TestEnvironment m_env;
    std::unique_ptr<DirectusServer> m_a;
    std::unique_ptr<DirectusServer> m_synced; // B after "push --all", stopped: copied per test
    QTemporaryDir m_work;
    SeedIds m_ids;
    QString m_soloFlow;
    QString m_soloOperation;

    QString dumpA() const { return m_work.filePath(QStringLiteral("dump-a")); }

    std::unique_ptr<DirectusServer> start(bool syncedCopy = false)
    {
        QString error;
        DirectusServer::Options options;
        if (syncedCopy) {
            options.copyDataFrom = m_synced->dataDir();
        }
        auto server = DirectusServer::start(options, &error);
        if (!server) {
            qWarning("%s", qPrintable(error));
        }
        return server;
    }

    // The shared blocking steps (tests/support/pushsteps), with a client made per call.
    static ComparisonOutcome compare(ConfigSide *source, const DirectusServer &target)
    {
        HttpDirectusClient client(target.url(), Credentials::fromToken(target.token()));
        return PushSteps::compare(source, &client);
    }

    static ComparisonOutcome compare(const DirectusServer &source, const DirectusServer &target)
    {
        HttpDirectusClient client(source.url(), Credentials::fromToken(source.token()));
        InstanceSide side(&client, source.url().toString());
        return compare(&side, target);
    }

    static PushPlan plan(const ComparisonOutcome &outcome, const PushSelection &selection,
                         HttpDirectusClient &client)
    {
        return PushSteps::plan(outcome, selection, &client);
    }

    static PushReport apply(const PushPlan &plan, HttpDirectusClient &client,
                            const std::optional<JsonValue> &sourceSchema,
                            const QString &backupFolder, bool simulate = false)
    {
        return PushSteps::apply(plan, &client, sourceSchema, backupFolder, simulate);
    }

    // Compare, plan and apply in one go; fails the test on any error.
    PushReport push(const DirectusServer &source, const DirectusServer &target,
                    const PushSelection &selection, const QString &backupName,
                    PushPlan *planOut = nullptr)
    {
        const ComparisonOutcome outcome = compare(source, target);
        if (!outcome.ok) {
            PushReport failed;
            failed.error = outcome.error;
            return failed;
        }
        HttpDirectusClient client(target.url(), Credentials::fromToken(target.token()));
        const PushPlan p = plan(outcome, selection, client);
        if (planOut) {
            *planOut = p;
        }
        return apply(p, client, outcome.source.snapshot.schema, m_work.filePath(backupName));
    }

private slots:
    void initTestCase()
    {
        PushSteps::registerMetaTypes();
        QString error;
        m_a = DirectusServer::start({}, &error);
        QVERIFY2(m_a, qPrintable(error));
        TestRest rest(m_a->url(), m_a->token());
        QVERIFY2(Seeder::seedRich(rest, false, &m_ids, &error), qPrintable(error));
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

    void pushAllOnceConverges()
    {
        m_synced = start();
        QVERIFY(m_synced);
        // Stopped (also on failure) so the following tests can copy a consistent database.
        const auto stop = qScopeGuard([this]() { m_synced->stop(); });
        PushPlan p;
        const PushReport report =
            push(*m_a, *m_synced, PushSelection::everything(), QStringLiteral("backup-all"), &p);
        QVERIFY2(report.ok, qPrintable(report.error + u'\n' + p.describe()));
        QVERIFY(p.schemaApply.has_value());
        QCOMPARE(report.count(StepResult::State::Done), int(p.steps.size()));
        QVERIFY(QFile::exists(m_work.filePath(QStringLiteral("backup-all/backup.json"))));

        // Our own compare finds nothing left to do.
        const ComparisonOutcome after = compare(*m_a, *m_synced);
        QVERIFY2(after.ok, qPrintable(after.error));
        QVERIFY2(!after.result.hasDifferences(), qPrintable(differences(after.result).join(u'\n')));

        // And so does the real directus-sync diff with A's dump.
        const auto diff =
            DirectusSyncCli::run(QStringLiteral("diff"), m_synced->url(), m_synced->token(),
                                 {QStringLiteral("--dump-path"), dumpA()});
        QVERIFY2(diff.ok(), qPrintable(diff.output));
        for (const char *marker :
             {"To create:", "To update:", "To delete:", "Found ", "Dangling id maps:"}) {
            QVERIFY2(!diff.output.contains(QLatin1String(marker)), qPrintable(diff.output));
        }
    }

    void simulateSendsOnlyReads()
    {
        auto b = start();
        QVERIFY(b);
        const ComparisonOutcome outcome = compare(*m_a, *b);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        HttpDirectusClient client(b->url(), Credentials::fromToken(b->token()));
        const PushPlan p = plan(outcome, PushSelection::everything(), client);
        QVERIFY2(p.canApply(), qPrintable(p.errors.join(u'\n')));
        TestRest rest(b->url(), b->token());
        const QJsonObject before = fingerprint(rest);
        QStringList requests;
        connect(&client, &DirectusClient::requestSent, this,
                [&requests](const QByteArray &method, const QString &path) {
                    requests.append(QString::fromLatin1(method) + u' ' + path);
                });
        const PushReport report = apply(p, client, outcome.source.snapshot.schema, QString(), true);
        QVERIFY2(report.ok, qPrintable(report.error));
        QVERIFY(report.simulated);
        QCOMPARE(report.count(StepResult::State::Simulated), int(p.steps.size()));
        QVERIFY(report.backupFolder.isEmpty());
        for (const QString &request : std::as_const(requests)) {
            QVERIFY2(request.startsWith(QLatin1String("GET ")) ||
                         request == QLatin1String("POST /schema/diff"),
                     qPrintable(request));
        }
        QCOMPARE(fingerprint(rest), before);
    }

    void closureIntoFreshTarget()
    {
        auto b = start();
        QVERIFY(b);
        TestRest rest(b->url(), b->token());
        const QJsonObject before = fingerprint(rest);
        const ComparisonOutcome outcome = compare(*m_a, *b);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        const QString soloOp =
            syncIdOf(outcome.source.mappingRows, QStringLiteral("operations"), m_soloOperation);
        QVERIFY(!soloOp.isEmpty());
        PushSelection selection;
        selection.items = {{QStringLiteral("operations"), soloOp}};
        selection.withDependencies = true;
        HttpDirectusClient client(b->url(), Credentials::fromToken(b->token()));
        const PushPlan p = plan(outcome, selection, client);
        QVERIFY2(p.canApply(), qPrintable(p.errors.join(u'\n')));
        QVERIFY(!p.schemaApply); // the closure never drags the schema along
        const PushReport report = apply(p, client, outcome.source.snapshot.schema,
                                        m_work.filePath(QStringLiteral("b-solo")));
        QVERIFY2(report.ok, qPrintable(report.error + u'\n' + p.describe()));

        const QJsonObject after = fingerprint(rest);
        QCOMPARE(after.value(QStringLiteral("flows")).toInt(),
                 before.value(QStringLiteral("flows")).toInt() + 1);
        QCOMPARE(after.value(QStringLiteral("operations")).toInt(),
                 before.value(QStringLiteral("operations")).toInt() + 1);
        for (const QString &collection : Collections) {
            if (collection != QLatin1String("flows") && collection != QLatin1String("operations")) {
                QCOMPARE(after.value(collection), before.value(collection));
            }
        }
        QCOMPARE(after.value(QStringLiteral("mappingRows")).toInt(),
                 before.value(QStringLiteral("mappingRows")).toInt() + 2);
        const QString createdOp = localIdOf(rest, QStringLiteral("operations"), soloOp);
        QVERIFY(!createdOp.isEmpty());
        const auto flow = rest.get(QStringLiteral("/flows/") + m_soloFlow);
        QVERIFY2(flow.ok(), flow.body.constData()); // the flow kept its id
        QCOMPARE(flow.data.toObject().value(QStringLiteral("operation")).toString(), createdOp);

        // A trigger-flow operation brings its own flow and the flow it triggers along.
        const ComparisonOutcome second = compare(*m_a, *b);
        QVERIFY2(second.ok, qPrintable(second.error));
        PushSelection trigger;
        trigger.items = {
            {QStringLiteral("operations"),
             syncIdOf(second.source.mappingRows, QStringLiteral("operations"), m_ids.opTrigger)}};
        trigger.withDependencies = true;
        const PushPlan p2 = plan(second, trigger, client);
        QVERIFY2(p2.canApply(), qPrintable(p2.errors.join(u'\n')));
        const PushReport report2 = apply(p2, client, second.source.snapshot.schema,
                                         m_work.filePath(QStringLiteral("b-trigger")));
        QVERIFY2(report2.ok, qPrintable(report2.error + u'\n' + p2.describe()));
        const QJsonObject third = fingerprint(rest);
        QCOMPARE(third.value(QStringLiteral("flows")).toInt(),
                 after.value(QStringLiteral("flows")).toInt() + 2);
        QCOMPARE(third.value(QStringLiteral("operations")).toInt(),
                 after.value(QStringLiteral("operations")).toInt() + 4);
        const auto triggerOp =
            rest.get(QStringLiteral("/operations/") +
                     localIdOf(rest, QStringLiteral("operations"),
                               syncIdOf(second.source.mappingRows, QStringLiteral("operations"),
                                        m_ids.opTrigger)));
        QCOMPARE(triggerOp.data.toObject()
                     .value(QStringLiteral("options"))
                     .toObject()
                     .value(QStringLiteral("flow"))
                     .toString(),
                 m_ids.flowA);
    }

    void deleteRefusedUnlessSelectedAndAllowed()
    {
        auto b = start(true);
        QVERIFY(b);
        // A dump like A's, without one panel: on B that panel is tracked but not in the source.
        const QString folder = m_work.filePath(QStringLiteral("dump-without-panel"));
        QDirIterator it(dumpA(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString target = folder + u'/' + QDir(dumpA()).relativeFilePath(path);
            QDir().mkpath(QFileInfo(target).absolutePath());
            QVERIFY(QFile::copy(path, target));
        }
        const QString panelsFile = folder + QStringLiteral("/collections/panels.json");
        QFile file(panelsFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        JsonArray panels = JsonReader::parse(file.readAll())->toArray();
        file.close();
        QString removed;
        for (qsizetype i = 0; i < panels.size(); ++i) {
            if (panels.at(i).toObject().value(QStringLiteral("name")).toString() ==
                QLatin1String("Hinweis")) {
                removed = panels.at(i).toObject().value(QStringLiteral("_syncId")).toString();
                panels.removeAt(i);
                break;
            }
        }
        QVERIFY(!removed.isEmpty());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(JsonWriter::writeFileContent(panels));
        file.close();

        FolderSide source(folder, folder);
        const ComparisonOutcome outcome = compare(&source, *b);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        const ItemComparison *panel = outcome.result.find(QStringLiteral("panels"), removed);
        QVERIFY(panel);
        QCOMPARE(panel->status, ItemStatus::TargetOnly);
        HttpDirectusClient client(b->url(), Credentials::fromToken(b->token()));

        // --all never deletes; a selected delete without --allow-delete is refused.
        const PushPlan all = plan(outcome, PushSelection::everything(), client);
        QVERIFY(all.canApply());
        QCOMPARE(all.deleteCount, 0);
        PushSelection selected;
        selected.items = {{QStringLiteral("panels"), removed}};
        const PushPlan refused = plan(outcome, selected, client);
        QVERIFY(!refused.canApply());
        const PushReport notApplied =
            apply(refused, client, std::nullopt, m_work.filePath(QStringLiteral("never")));
        QVERIFY(!notApplied.ok);
        TestRest rest(b->url(), b->token());
        QCOMPARE(rest.count(QStringLiteral("/panels")), 2);

        selected.allowDelete = true;
        const PushPlan allowed = plan(outcome, selected, client);
        QVERIFY2(allowed.canApply(), qPrintable(allowed.errors.join(u'\n')));
        QCOMPARE(allowed.deleteCount, 1);
        const PushReport report =
            apply(allowed, client, std::nullopt, m_work.filePath(QStringLiteral("backup-delete")));
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(rest.count(QStringLiteral("/panels")), 1);
        QVERIFY(localIdOf(rest, QStringLiteral("panels"), removed).isEmpty());
    }

    void driftStopsThePushBeforeAnyWrite()
    {
        auto a = start(true);
        auto b = start(true);
        QVERIFY(a && b);
        TestRest restA(a->url(), a->token());
        TestRest restB(b->url(), b->token());
        const auto translations = restA.get(QStringLiteral("/translations?filter[key][_eq]=welcome"
                                                           "&filter[language][_eq]=de-DE"));
        const QString id =
            translations.data.toArray().at(0).toObject().value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        QVERIFY(restA
                    .patch(QStringLiteral("/translations/") + id,
                           QJsonObject{{QStringLiteral("value"), QStringLiteral("Hallo A")}})
                    .ok());
        const ComparisonOutcome outcome = compare(*a, *b);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(differences(outcome.result).size(), 1);
        const QString syncId =
            syncIdOf(outcome.target.mappingRows, QStringLiteral("translations"), id);
        HttpDirectusClient client(b->url(), Credentials::fromToken(b->token()));
        PushSelection selection;
        selection.items = {{QStringLiteral("translations"), syncId}};
        const PushPlan p = plan(outcome, selection, client);
        QVERIFY2(p.canApply(), qPrintable(p.errors.join(u'\n')));

        // Someone edits the item on B between the compare and the apply.
        QVERIFY(restB
                    .patch(QStringLiteral("/translations/") + id,
                           QJsonObject{{QStringLiteral("value"), QStringLiteral("Hallo B")}})
                    .ok());
        const QJsonObject before = fingerprint(restB);
        QStringList requests;
        connect(&client, &DirectusClient::requestSent, this,
                [&requests](const QByteArray &method, const QString &path) {
                    requests.append(QString::fromLatin1(method) + u' ' + path);
                });
        const PushReport report = apply(p, client, outcome.source.snapshot.schema,
                                        m_work.filePath(QStringLiteral("backup-drift")));
        QVERIFY(!report.ok);
        QVERIFY(report.drift);
        QCOMPARE(report.driftItems.size(), 1);
        QVERIFY2(report.driftItems.constFirst().contains(syncId),
                 qPrintable(report.driftItems.join(u'\n')));
        QCOMPARE(report.count(StepResult::State::Done), 0);
        for (const QString &request : std::as_const(requests)) {
            QVERIFY2(request.startsWith(QLatin1String("GET ")), qPrintable(request));
        }
        QCOMPARE(fingerprint(restB), before);
        QCOMPARE(restB.get(QStringLiteral("/translations/") + id)
                     .data.toObject()
                     .value(QStringLiteral("value"))
                     .toString(),
                 QStringLiteral("Hallo B"));
    }

    void restoreGivesBackThePrePushCompare()
    {
        auto a = start(true);
        auto b = start(true);
        QVERIFY(a && b);
        TestRest restA(a->url(), a->token());
        TestRest restB(b->url(), b->token());
        // On A: a new role, a renamed dashboard, a changed operation; on B: a tracked folder A
        // does not have (a target-only item to delete).
        const QString dashboard =
            firstId(restA, QStringLiteral("/dashboards?filter[name][_eq]=Editorial"));
        const QString notify =
            firstId(restA, QStringLiteral("/operations?filter[key][_eq]=notify"));
        QVERIFY(!dashboard.isEmpty() && !notify.isEmpty());
        const auto role =
            restA.post(QStringLiteral("/roles"),
                       QJsonObject{{QStringLiteral("name"), QStringLiteral("Restorer")}});
        QVERIFY(role.ok());
        // Tracked on A (as a pull would do), so it is a source-only item.
        QVERIFY(restA
                    .post(QStringLiteral("/directus-extension-sync/table/roles"),
                          QJsonObject{{QStringLiteral("local_id"),
                                       role.data.toObject().value(QStringLiteral("id"))}})
                    .ok());
        QVERIFY(restA
                    .patch(QStringLiteral("/dashboards/") + dashboard,
                           QJsonObject{{QStringLiteral("name"), QStringLiteral("Editorial 2")}})
                    .ok());
        QVERIFY(restA
                    .patch(QStringLiteral("/operations/") + notify,
                           QJsonObject{{QStringLiteral("options"),
                                        QJsonObject{{QStringLiteral("message"),
                                                     QStringLiteral("changed")}}}})
                    .ok());
        const auto folder =
            restB.post(QStringLiteral("/folders"),
                       QJsonObject{{QStringLiteral("name"), QStringLiteral("B only")}});
        QVERIFY(folder.ok());
        const QString folderId = folder.data.toObject().value(QStringLiteral("id")).toString();
        QVERIFY(restB
                    .post(QStringLiteral("/directus-extension-sync/table/folders"),
                          QJsonObject{{QStringLiteral("local_id"), folderId},
                                      {QStringLiteral("sync_id"), folderId}})
                    .ok());
        const ComparisonOutcome before = compare(*a, *b);
        QVERIFY2(before.ok, qPrintable(before.error));
        const QStringList changed = differences(before.result);
        QCOMPARE(changed.size(), 4);

        PushSelection selection;
        for (const ItemComparison &item : before.result.items) {
            if (item.status != ItemStatus::Identical) {
                selection.items.append({item.collection, item.syncId});
            }
        }
        selection.allowDelete = true;
        HttpDirectusClient client(b->url(), Credentials::fromToken(b->token()));
        const PushPlan p = plan(before, selection, client);
        QVERIFY2(p.canApply(), qPrintable(p.errors.join(u'\n')));
        const QString backupFolder = m_work.filePath(QStringLiteral("backup-restore"));
        const PushReport report = apply(p, client, before.source.snapshot.schema, backupFolder);
        QVERIFY2(report.ok, qPrintable(report.error + u'\n' + p.describe()));
        const ComparisonOutcome pushed = compare(*a, *b);
        QVERIFY2(pushed.ok, qPrintable(pushed.error));
        QVERIFY2(!pushed.result.hasDifferences(),
                 qPrintable(differences(pushed.result).join(u'\n')));

        QString error;
        const std::optional<PushBackup> backup = PushBackup::read(backupFolder, &error);
        QVERIFY2(backup, qPrintable(error));
        QCOMPARE(backup->created.size(), 1);
        QCOMPARE(backup->items.size(), 3);
        const QString restoreError = PushSteps::restore(
            backupFolder, &client, m_work.filePath(QStringLiteral("backup-of-the-restore")));
        QVERIFY2(restoreError.isEmpty(), qPrintable(restoreError));

        const ComparisonOutcome after = compare(*a, *b);
        QVERIFY2(after.ok, qPrintable(after.error));
        QCOMPARE(signature(after.result), signature(before.result));
    }

    void mappingActionsOnOneInstance()
    {
        auto a = start(true);
        auto b = start(true);
        QVERIFY(a && b);
        TestRest restB(b->url(), b->token());
        HttpDirectusClient client(b->url(), Credentials::fromToken(b->token()));
        const QString dashboard =
            firstId(restB, QStringLiteral("/dashboards?filter[name][_eq]=Editorial"));
        const QString syncId =
            syncIdOf(compare(*a, *b).target.mappingRows, QStringLiteral("dashboards"), dashboard);
        QVERIFY(!syncId.isEmpty());

        // Untrack: the item stays, its row goes; the compare sees it untracked with A's twin.
        PushReport report = apply(MappingActions::untrack(QStringLiteral("dashboards"), dashboard),
                                  client, std::nullopt, QString());
        QVERIFY2(report.ok, qPrintable(report.error));
        ComparisonOutcome outcome = compare(*a, *b);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.result.find(QStringLiteral("dashboards"), syncId)->status,
                 ItemStatus::SourceOnly);
        bool suggested = false;
        for (const ItemComparison &item : outcome.result.items) {
            suggested =
                suggested || (item.status == ItemStatus::Untracked && item.localId == dashboard &&
                              item.counterpartSyncId == syncId);
        }
        QVERIFY(suggested);

        // Adopt: it takes A's SyncID again and the two sides match.
        report = apply(MappingActions::adopt(QStringLiteral("dashboards"), dashboard, syncId),
                       client, std::nullopt, QString());
        QVERIFY2(report.ok, qPrintable(report.error));
        outcome = compare(*a, *b);
        QVERIFY2(!outcome.result.hasDifferences(),
                 qPrintable(differences(outcome.result).join(u'\n')));

        // Track: an untracked role gets a row with a SyncID from the server.
        const auto role =
            restB.post(QStringLiteral("/roles"),
                       QJsonObject{{QStringLiteral("name"), QStringLiteral("Extra")}});
        QVERIFY(role.ok());
        const QString roleId = role.data.toObject().value(QStringLiteral("id")).toString();
        report = apply(MappingActions::track(QStringLiteral("roles"), roleId), client, std::nullopt,
                       QString());
        QVERIFY2(report.ok, qPrintable(report.error));
        QVERIFY(!syncIdOf(compare(*a, *b).target.mappingRows, QStringLiteral("roles"), roleId)
                     .isEmpty());

        // The extension's helper removes a duplicate permission.
        const int permissions = restB.count(QStringLiteral("/permissions"));
        const auto existing =
            restB.get(QStringLiteral("/permissions?filter[collection][_eq]=authors"
                                     "&filter[action][_eq]=create&fields=policy"));
        const QString policy =
            existing.data.toArray().at(0).toObject().value(QStringLiteral("policy")).toString();
        QVERIFY(restB
                    .post(QStringLiteral("/permissions"),
                          QJsonObject{{QStringLiteral("policy"), policy},
                                      {QStringLiteral("collection"), QStringLiteral("authors")},
                                      {QStringLiteral("action"), QStringLiteral("create")}})
                    .ok());
        QCOMPARE(restB.count(QStringLiteral("/permissions")), permissions + 1);
        report = apply(MappingActions::removePermissionDuplicates(true), client, std::nullopt,
                       QString());
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(restB.count(QStringLiteral("/permissions")), permissions);
    }

    void changeThreeOnSourceAndOneOnTarget()
    {
        auto a = start(true);
        auto b = start(true);
        QVERIFY(a && b);
        TestRest restA(a->url(), a->token());
        TestRest restB(b->url(), b->token());
        const ComparisonOutcome same = compare(*a, *b);
        QVERIFY2(same.ok, qPrintable(same.error));
        QVERIFY2(!same.result.hasDifferences(), qPrintable(differences(same.result).join(u'\n')));

        QVERIFY(restA
                    .patch(QStringLiteral("/flows/") + m_ids.flowA,
                           QJsonObject{{QStringLiteral("name"), QStringLiteral("Renamed")}})
                    .ok());
        const auto welcome = restA.get(QStringLiteral("/translations?filter[key][_eq]=welcome"
                                                      "&filter[language][_eq]=fr-FR"));
        const QString translation =
            welcome.data.toArray().at(0).toObject().value(QStringLiteral("id")).toString();
        QVERIFY(restA
                    .patch(QStringLiteral("/translations/") + translation,
                           QJsonObject{{QStringLiteral("value"), QStringLiteral("Salut")}})
                    .ok());
        const auto permissions = restA.get(QStringLiteral(
            "/permissions?filter[collection][_eq]=authors&filter[action][_eq]=create"));
        const QString permission = QString::number(
            permissions.data.toArray().at(0).toObject().value(QStringLiteral("id")).toInteger());
        QVERIFY(restA
                    .patch(QStringLiteral("/permissions/") + permission,
                           QJsonObject{{QStringLiteral("fields"),
                                        QJsonArray{QStringLiteral("name"), QStringLiteral("id")}}})
                    .ok());
        const QString dashboard =
            firstId(restB, QStringLiteral("/dashboards?filter[name][_eq]=Editorial"));
        QVERIFY(!dashboard.isEmpty());
        QVERIFY(restB
                    .patch(QStringLiteral("/dashboards/") + dashboard,
                           QJsonObject{{QStringLiteral("note"), QStringLiteral("B's note")}})
                    .ok());

        const ComparisonOutcome outcome = compare(*a, *b);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        const QList<IdMapRow> &rows = outcome.target.mappingRows;
        const QString flowSync = syncIdOf(rows, QStringLiteral("flows"), m_ids.flowA);
        const QString translationSync = syncIdOf(rows, QStringLiteral("translations"), translation);
        const QString permissionSync = syncIdOf(rows, QStringLiteral("permissions"), permission);
        const QString dashboardSync = syncIdOf(rows, QStringLiteral("dashboards"), dashboard);
        QStringList expected{QStringLiteral("flows/%1 changed name").arg(flowSync),
                             QStringLiteral("translations/%1 changed value").arg(translationSync),
                             QStringLiteral("permissions/%1 changed fields").arg(permissionSync),
                             QStringLiteral("dashboards/%1 changed note").arg(dashboardSync)};
        expected.sort();
        const auto brief = [](const CompareResult &result) {
            QStringList lines;
            for (const ItemComparison &item : result.items) {
                if (item.status == ItemStatus::Identical) {
                    continue;
                }
                QStringList paths;
                for (const FieldChange &change : item.fields) {
                    paths.append(change.path);
                }
                lines.append(item.collection + u'/' + item.syncId + u' ' +
                             itemStatusName(item.status) + u' ' + paths.join(u','));
            }
            lines.sort();
            return lines;
        };
        QCOMPARE(brief(outcome.result), expected);
        const ItemComparison *note =
            outcome.result.find(QStringLiteral("dashboards"), dashboardSync);
        QVERIFY(note->fields.constFirst().target == JsonValue(QStringLiteral("B's note")));

        PushSelection two;
        two.items = {{QStringLiteral("flows"), flowSync},
                     {QStringLiteral("translations"), translationSync}};
        HttpDirectusClient client(b->url(), Credentials::fromToken(b->token()));
        const PushPlan p = plan(outcome, two, client);
        QVERIFY2(p.canApply(), qPrintable(p.errors.join(u'\n')));
        QCOMPARE(p.steps.size(), 2);
        const PushReport report = apply(p, client, outcome.source.snapshot.schema,
                                        m_work.filePath(QStringLiteral("backup-two")));
        QVERIFY2(report.ok, qPrintable(report.error));
        const ComparisonOutcome after = compare(*a, *b);
        QVERIFY2(after.ok, qPrintable(after.error));
        QCOMPARE(
            brief(after.result),
            (QStringList{QStringLiteral("dashboards/%1 changed note").arg(dashboardSync),
                         QStringLiteral("permissions/%1 changed fields").arg(permissionSync)}));
    }
};

QTEST_GUILESS_MAIN(tst_PushEngine)
#include "tst_pushengine.moc"
