// Faults during a push to a real Directus 11.3.5, injected by the fault proxy at the second of
// four writes: no crash, a report that says which steps were applied, nothing sent after the
// failed step, a new plan that converges in one apply, and a backup that restores the target.
// A fault while the target is read again before the first write aborts before any write.
#include "directusserver.h"
#include "directussynccli.h"
#include "faultproxy.h"
#include "httpdirectusclient.h"
#include "pushsteps.h"
#include "seeder.h"
#include "testenvironment.h"
#include "testrest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace syncstudio;
using namespace syncstudio::test;

Q_DECLARE_METATYPE(FaultProxy::Fault)
Q_DECLARE_METATYPE(StepResult::State)

namespace {

// The collections the push touches: one changed item each, so the plan has four PATCH steps
// with four different paths.
const QStringList Touched = {QStringLiteral("translations"), QStringLiteral("flows"),
                             QStringLiteral("dashboards"), QStringLiteral("folders")};

// Every item and mapping row of the touched collections, as the REST API returns them: equal
// before the push and after the restore.
QJsonObject targetState(TestRest &rest)
{
    QJsonObject result;
    for (const QString &collection : Touched) {
        result.insert(collection,
                      rest.get(u'/' + collection + QStringLiteral("?limit=-1&sort=id")).data);
        const auto mapping =
            rest.get(QStringLiteral("/directus-extension-sync/table/") + collection);
        result.insert(QStringLiteral("map:") + collection,
                      QJsonDocument::fromJson(mapping.body).array());
    }
    return result;
}

QString firstId(TestRest &rest, const QString &pathAndQuery)
{
    const QJsonValue id =
        rest.get(pathAndQuery).data.toArray().at(0).toObject().value(QStringLiteral("id"));
    return id.isDouble() ? QString::number(id.toInteger()) : id.toString();
}

bool isWrite(const FaultProxy::Recorded &request)
{
    return request.method != "GET" && request.method != "HEAD";
}

QString describe(const PushReport &report)
{
    QStringList lines{report.error};
    for (const StepResult &step : report.steps) {
        lines.append(QStringLiteral("%1 %2 %3 %4")
                         .arg(step.number)
                         .arg(stepStateName(step.state))
                         .arg(step.status)
                         .arg(step.message));
    }
    return lines.join(u'\n');
}

} // namespace

class tst_PushFaults final : public QObject
{
    Q_OBJECT

    TestEnvironment m_env;
    QTemporaryDir m_work;
    std::unique_ptr<DirectusServer> m_template; // seeded, pulled, then changed; stopped
    QList<ItemRef> m_selection;                 // the four changed items (source SyncIDs)

    // The target of the current test row: a copy of the template, reused by the next row only
    // when this row proved it restored the target to the template's state.
    std::unique_ptr<DirectusServer> m_target;
    bool m_targetClean = false;

    QString dump() const { return m_work.filePath(QStringLiteral("dump")); }

    DirectusServer *cleanTarget()
    {
        if (!m_target || !m_targetClean) {
            m_target.reset();
            QString error;
            DirectusServer::Options options;
            options.copyDataFrom = m_template->dataDir();
            m_target = DirectusServer::start(options, &error);
            if (!m_target) {
                qWarning("%s", qPrintable(error));
            }
        }
        m_targetClean = false;
        return m_target.get();
    }

    // Compares with the dump through `client` and plans the four items.
    bool prepare(DirectusClient *client, ComparisonOutcome *outcome, PushPlan *p)
    {
        *outcome = PushSteps::compare(dump(), client);
        if (!outcome->ok) {
            qWarning("compare: %s", qPrintable(outcome->error));
            return false;
        }
        PushSelection selection;
        selection.items = m_selection;
        *p = PushSteps::plan(*outcome, selection, client);
        if (!p->canApply()) {
            qWarning("plan: %s", qPrintable(p->errors.join(u'\n')));
            return false;
        }
        return true;
    }

    // One test row: the target, its state before the push, the fault proxy in front of it, a
    // client through the proxy, and the plan of the four items made through that client.
    struct Row
    {
        DirectusServer *target = nullptr;
        std::unique_ptr<TestRest> rest;
        QJsonObject before;
        std::unique_ptr<FaultProxy> proxy;
        std::unique_ptr<HttpDirectusClient> client;
        ComparisonOutcome outcome;
        PushPlan plan;
    };

    bool setUp(Row *row, int transferTimeoutMs)
    {
        row->target = cleanTarget();
        if (!row->target) {
            return false;
        }
        row->rest = std::make_unique<TestRest>(row->target->url(), row->target->token());
        row->before = targetState(*row->rest);
        row->proxy = std::make_unique<FaultProxy>(row->target->url());
        row->client = std::make_unique<HttpDirectusClient>(
            row->proxy->url(), Credentials::fromToken(row->target->token()));
        row->client->setTransferTimeout(transferTimeoutMs);
        row->client->setMaxRetryDelay(200);
        return prepare(row->client.get(), &row->outcome, &row->plan);
    }

private slots:
    void initTestCase()
    {
        PushSteps::registerMetaTypes();
        QVERIFY(m_work.isValid());
        QString error;
        m_template = DirectusServer::start({}, &error);
        QVERIFY2(m_template, qPrintable(error));
        TestRest rest(m_template->url(), m_template->token());
        SeedIds ids;
        QVERIFY2(Seeder::seedRich(rest, false, &ids, &error), qPrintable(error));
        const auto pull = DirectusSyncCli::run(
            QStringLiteral("pull"), m_template->url(), m_template->token(),
            {QStringLiteral("--dump-path"), dump(), QStringLiteral("--no-specs")});
        QVERIFY2(pull.ok(), qPrintable(pull.output));

        // The target drifts from the dump in four items; pushing the dump changes them back.
        const QString translation = firstId(rest, QStringLiteral("/translations?sort=id"));
        QVERIFY(!translation.isEmpty());
        const QList<QPair<QString, QPair<QString, QJsonObject>>> changes = {
            {QStringLiteral("translations"),
             {translation, QJsonObject{{QStringLiteral("value"), QStringLiteral("Changed")}}}},
            {QStringLiteral("flows"),
             {ids.flowA, QJsonObject{{QStringLiteral("name"), QStringLiteral("Changed flow")}}}},
            {QStringLiteral("dashboards"),
             {ids.dashboard,
              QJsonObject{{QStringLiteral("name"), QStringLiteral("Changed dashboard")}}}},
            {QStringLiteral("folders"),
             {ids.rootFolder,
              QJsonObject{{QStringLiteral("name"), QStringLiteral("Changed folder")}}}},
        };
        HttpDirectusClient client(m_template->url(), Credentials::fromToken(m_template->token()));
        for (const auto &[collection, change] : changes) {
            const auto reply = rest.patch(u'/' + collection + u'/' + change.first, change.second);
            QVERIFY2(reply.ok(), reply.body.constData());
        }
        const ComparisonOutcome outcome = PushSteps::compare(dump(), &client);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        for (const ItemComparison &item : outcome.result.items) {
            if (item.status != ItemStatus::Identical) {
                QCOMPARE(item.status, ItemStatus::Changed);
                m_selection.append({item.collection, item.syncId});
            }
        }
        QCOMPARE(m_selection.size(), 4);
        m_template->stop();
    }

    void faultAtTheSecondWrite_data()
    {
        QTest::addColumn<FaultProxy::Fault>("fault");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<StepResult::State>("state");
        QTest::addColumn<QString>("messagePart");
        using F = FaultProxy::Fault;
        using S = StepResult::State;
        const QByteArray none;
        QTest::newRow("500") << F::Status << 500 << none << S::Failed << "HTTP 500: injected";
        QTest::newRow("503") << F::Status << 503 << none << S::Failed << "HTTP 503: injected";
        QTest::newRow("401") << F::Status << 401 << none << S::Failed << "rejected the credentials";
        QTest::newRow("403") << F::Status << 403 << none << S::Failed << "Permission denied";
        QTest::newRow("404 non-JSON") << F::Html << 404 << none << S::Failed << "non-JSON body";
        QTest::newRow("429 Retry-After")
            << F::Status << 429 << QByteArray("1") << S::Failed << "HTTP 429: injected";
        QTest::newRow("502 HTML page") << F::Html << 502 << none << S::Failed << "non-JSON body";
        QTest::newRow("truncated body") << F::Truncate << 0 << none << S::Unknown << "broke off";
        QTest::newRow("connection reset") << F::Reset << 0 << none << S::Unknown << "Step 2";
        QTest::newRow("no answer") << F::Delay << 0 << none << S::Unknown << "No answer from";
    }

    void faultAtTheSecondWrite()
    {
        QFETCH(FaultProxy::Fault, fault);
        QFETCH(int, status);
        QFETCH(QByteArray, retryAfter);
        QFETCH(StepResult::State, state);
        QFETCH(QString, messagePart);

        // A timeout short enough for the "no answer" row, long enough for a loaded machine:
        // reads that time out are retried, writes are not.
        Row row;
        QVERIFY(setUp(&row, 8000));
        const PushPlan &p = row.plan;
        FaultProxy &proxy = *row.proxy;
        QCOMPARE(p.steps.size(), 4);
        for (const PlanStep &step : std::as_const(p.steps)) {
            QVERIFY2(step.request.method == "PATCH" && step.references.isEmpty(),
                     qPrintable(p.describe()));
        }
        const QByteArray secondPath = p.steps.at(1).request.path.toUtf8();

        FaultProxy::Rule rule;
        rule.method = "PATCH";
        rule.path = QRegularExpression(
            u'^' + QRegularExpression::escape(QString::fromUtf8(secondPath)) + u'$');
        rule.fault = fault;
        rule.status = status;
        rule.body = QByteArrayLiteral(
            "{\"errors\":[{\"message\":\"injected\",\"extensions\":{\"code\":\"INJECTED\"}}]}");
        if (!retryAfter.isEmpty()) {
            rule.headers.append(qMakePair(QByteArray("Retry-After"), retryAfter));
        }
        rule.truncateAfter = 10;
        rule.delayMs = 30000;
        proxy.addRule(rule);
        proxy.clearRequests();

        const QString backupFolder = m_work.filePath(
            QStringLiteral("backup-%1")
                .arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        const PushReport report =
            PushSteps::apply(p, row.client.get(), row.outcome.source.snapshot.schema, backupFolder);

        // The report: step 1 applied, step 2 failed or unknown with a specific message, the
        // rest skipped.
        QVERIFY2(!report.ok, qPrintable(describe(report)));
        QCOMPARE(report.backupFolder, backupFolder);
        QCOMPARE(report.steps.size(), 4);
        QCOMPARE(report.steps.at(0).state, StepResult::State::Done);
        QVERIFY2(report.steps.at(1).state == state, qPrintable(describe(report)));
        QVERIFY2(report.steps.at(1).message.contains(messagePart) ||
                     report.error.contains(messagePart),
                 qPrintable(describe(report)));
        QVERIFY2(!report.steps.at(1).message.isEmpty(), qPrintable(describe(report)));
        QVERIFY2(report.error.contains(QLatin1String("Step 2")), qPrintable(report.error));
        if (state == StepResult::State::Failed) {
            QCOMPARE(report.steps.at(1).status, status);
        }
        QCOMPARE(report.steps.at(2).state, StepResult::State::Skipped);
        QCOMPARE(report.steps.at(3).state, StepResult::State::Skipped);

        // The wire: exactly the first two writes, the second once (never resent), nothing after.
        QList<FaultProxy::Recorded> writes;
        for (const auto &request : proxy.requests()) {
            if (isWrite(request)) {
                writes.append(request);
            }
        }
        QVERIFY2(writes.size() == 2, qPrintable(proxy.transcript()));
        QCOMPARE(writes.at(0).target, p.steps.at(0).request.path.toUtf8());
        QVERIFY(!writes.at(0).faulted);
        QCOMPARE(writes.at(1).target, secondPath);
        QVERIFY(writes.at(1).faulted);
        QVERIFY2(isWrite(proxy.requests().constLast()), qPrintable(proxy.transcript()));

        // A new plan, made after the fault, converges in one apply.
        HttpDirectusClient direct(row.target->url(), Credentials::fromToken(row.target->token()));
        ComparisonOutcome again;
        PushPlan next;
        QVERIFY(prepare(&direct, &again, &next));
        // It knows what the fault left behind: the step that was done is not planned again, nor
        // the write that got no answer but reached the server (cut body, no answer); a write the
        // proxy answered itself (statuses, reset) is.
        const bool reachedServer =
            fault == FaultProxy::Fault::Truncate || fault == FaultProxy::Fault::Delay;
        const auto planned = [&next](const ItemRef &item) {
            return std::any_of(next.steps.cbegin(), next.steps.cend(),
                               [&item](const PlanStep &step) { return step.item == item; });
        };
        QVERIFY2(!planned(p.steps.at(0).item), qPrintable(next.describe()));
        QVERIFY2(planned(p.steps.at(1).item) != reachedServer, qPrintable(next.describe()));
        QCOMPARE(next.steps.size(), reachedServer ? 2 : 3);
        const PushReport converged = PushSteps::apply(next, &direct, again.source.snapshot.schema,
                                                      backupFolder + QStringLiteral("-again"));
        QVERIFY2(converged.ok, qPrintable(describe(converged)));
        const ComparisonOutcome after = PushSteps::compare(dump(), &direct);
        QVERIFY2(after.ok, qPrintable(after.error));
        for (const ItemRef &ref : std::as_const(m_selection)) {
            const ItemComparison *item = after.result.find(ref.collection, ref.syncId);
            QVERIFY(item);
            QVERIFY2(item->status == ItemStatus::Identical, qPrintable(ref.toString()));
        }

        // The backup of the failed push brings the target back to its state before it.
        const QString restored = PushSteps::restore(
            backupFolder, &direct, backupFolder + QStringLiteral("-before-restore"));
        QVERIFY2(restored.isEmpty(), qPrintable(restored));
        QCOMPARE(targetState(*row.rest), row.before);
        m_targetClean = true;
    }

    void faultWhileReadingAgainWritesNothing_data()
    {
        QTest::addColumn<FaultProxy::Fault>("fault");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("messagePart");
        using F = FaultProxy::Fault;
        QTest::newRow("500 flows") << F::Status << 500 << "HTTP 500";
        QTest::newRow("reset flows") << F::Reset << 0 << "flows";
        QTest::newRow("truncated flows") << F::Truncate << 0 << "flows";
    }

    void faultWhileReadingAgainWritesNothing()
    {
        QFETCH(FaultProxy::Fault, fault);
        QFETCH(int, status);
        QFETCH(QString, messagePart);
        Row row;
        QVERIFY(setUp(&row, 20000));
        const PushPlan &p = row.plan;
        FaultProxy &proxy = *row.proxy;

        FaultProxy::Rule rule;
        rule.method = "GET";
        rule.path = QRegularExpression(QStringLiteral("^/flows$"));
        rule.fault = fault;
        rule.status = status;
        rule.body = QByteArrayLiteral("{\"errors\":[{\"message\":\"injected\"}]}");
        rule.truncateAfter = 10;
        proxy.addRule(rule);
        proxy.clearRequests();
        const PushReport report =
            PushSteps::apply(p, row.client.get(), row.outcome.source.snapshot.schema,
                             m_work.filePath(QStringLiteral("backup-reread")));
        QVERIFY(!report.ok);
        QVERIFY2(report.error.contains(QLatin1String("Could not read the target again")),
                 qPrintable(report.error));
        QVERIFY2(report.error.contains(messagePart), qPrintable(report.error));
        QCOMPARE(report.count(StepResult::State::Skipped), int(p.steps.size()));
        QVERIFY(report.backupFolder.isEmpty());
        bool faulted = false;
        for (const auto &request : proxy.requests()) {
            QVERIFY2(!isWrite(request), qPrintable(proxy.transcript()));
            faulted = faulted || request.faulted;
        }
        QVERIFY(faulted);
        QCOMPARE(targetState(*row.rest), row.before);
        m_targetClean = true;
    }
};

QTEST_GUILESS_MAIN(tst_PushFaults)
#include "tst_pushfaults.moc"
