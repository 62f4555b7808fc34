// PushExecutor against a scripted HTTP server: typed references become the ids earlier answers
// gave, the first error stops the push, a write without an answer is "unknown" and never sent
// again, cancel stops between steps, simulate sends only reads, and a backup comes first.
#include "fakehttpserver.h"
#include "httpdirectusclient.h"
#include "jsonreader.h"
#include "pushbackup.h"
#include "pushexecutor.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace syncstudio;
using namespace syncstudio::test;

namespace {

// Answers every read of an empty Directus 11.3.5 (what InstanceReader asks for).
FakeHttpServer::Answer emptyDirectus(const FakeHttpServer::Request &request)
{
    const QByteArray path = request.target.split('?').value(0);
    if (path == "/server/info") {
        return FakeHttpServer::json(200, "{\"data\":{\"version\":\"11.3.5\"}}");
    }
    if (path == "/users/me") {
        return FakeHttpServer::json(200, "{\"data\":{\"role\":\"admin-role\"}}");
    }
    if (path == "/settings") {
        return FakeHttpServer::json(200, "{\"data\":{\"id\":1,\"project_name\":\"X\"}}");
    }
    if (path == "/schema/snapshot") {
        return FakeHttpServer::json(200, "{\"data\":{\"version\":1,\"directus\":\"11.3.5\","
                                         "\"vendor\":\"sqlite\",\"collections\":[],"
                                         "\"fields\":[],\"relations\":[]}}");
    }
    if (path.startsWith("/directus-extension-sync/table/") && request.method == "GET") {
        return FakeHttpServer::json(200, "[]");
    }
    if (request.method == "GET") {
        return FakeHttpServer::json(200, "{\"data\":[],\"meta\":{\"total_count\":0,"
                                         "\"filter_count\":0}}");
    }
    return FakeHttpServer::json(500, "{\"errors\":[{\"message\":\"unexpected\"}]}");
}

PlanStep step(int number, const QByteArray &method, const QString &path, const QByteArray &body)
{
    PlanStep result;
    result.number = number;
    result.kind = PlanStep::Kind::Create;
    result.item = {QStringLiteral("dashboards"), QStringLiteral("d")};
    result.summary = QStringLiteral("step %1").arg(number);
    if (!body.isEmpty()) {
        result.body = JsonReader::parse(body);
    }
    result.request = ApiRequest::write(method, path, body);
    return result;
}

// Create a dashboard, then track it with the id from the first answer.
PushPlan createAndTrack()
{
    PushPlan plan;
    plan.steps.append(step(1, "POST", QStringLiteral("/dashboards"), "{\"name\":\"D\"}"));
    plan.steps.append(step(2, "POST", QStringLiteral("/directus-extension-sync/table/dashboards"),
                           "{\"table\":\"dashboards\",\"local_id\":\"<step 1 · id>\","
                           "\"sync_id\":\"d\"}"));
    StepReference reference;
    reference.step = 1;
    plan.steps[1].references.append(reference);
    plan.created.append({QStringLiteral("dashboards"), QStringLiteral("d")});
    return plan;
}

int countWrites(const FakeHttpServer &server, const QByteArray &path)
{
    int count = 0;
    for (const FakeHttpServer::Request &request : server.requests()) {
        if (request.method != "GET" && request.target.split('?').value(0) == path) {
            ++count;
        }
    }
    return count;
}

} // namespace

class tst_PushExecutor final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    PushReport run(FakeHttpServer &server, const PushPlan &plan, bool simulate = false,
                   bool cancelAfterFirst = false,
                   const Credentials &credentials = Credentials::fromToken(QStringLiteral("t")))
    {
        HttpDirectusClient client(server.url(), credentials);
        client.setTransferTimeout(3000);
        client.setMaxRetryDelay(10);
        PushExecutor executor(&client);
        QSignalSpy spy(&executor, &PushExecutor::finished);
        if (cancelAfterFirst) {
            connect(&executor, &PushExecutor::stepFinished, this,
                    [&executor](const StepResult &) { executor.cancel(); });
        }
        PushExecutorOptions options;
        options.simulate = simulate;
        options.backupFolder = m_dir.filePath(QStringLiteral("backup-%1").arg(++m_runs));
        executor.start(plan, options);
        if (spy.isEmpty() && !spy.wait(30000)) {
            return {};
        }
        return spy.at(0).at(0).value<PushReport>();
    }
    int m_runs = 0;

private slots:
    void initTestCase()
    {
        qRegisterMetaType<PushReport>();
        qRegisterMetaType<StepResult>();
        qRegisterMetaType<InstanceReadResult>();
        qRegisterMetaType<RawItemsResult>();
    }

    void referencesBecomeEarlierAnswers()
    {
        FakeHttpServer server;
        server.setHandler([](const FakeHttpServer::Request &request) {
            if (request.method == "POST" && request.target == "/dashboards") {
                return FakeHttpServer::json(200, "{\"data\":{\"id\":\"new-id\",\"name\":\"D\"}}");
            }
            if (request.method == "POST") {
                return FakeHttpServer::json(200, "{\"sync_id\":\"d\"}");
            }
            return emptyDirectus(request);
        });
        const PushReport report = run(server, createAndTrack());
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.count(StepResult::State::Done), 2);
        QVERIFY(report.steps.at(0).answer == JsonValue(QStringLiteral("new-id")));
        const FakeHttpServer::Request &track = server.requests().constLast();
        QCOMPARE(track.body, QByteArray("{\"table\":\"dashboards\",\"local_id\":\"new-id\","
                                        "\"sync_id\":\"d\"}"));
        // The backup came first, with the item to be created.
        QString error;
        const auto backup = PushBackup::read(report.backupFolder, &error);
        QVERIFY2(backup, qPrintable(error));
        QCOMPARE(backup->created.size(), 1);
        QVERIFY(backup->schema.has_value());
    }

    void writeWithoutAnswerIsUnknownAndNeverResent()
    {
        FakeHttpServer server;
        server.setHandler([](const FakeHttpServer::Request &request) {
            if (request.method == "POST") {
                FakeHttpServer::Answer reset;
                reset.resetConnection = true; // the request arrived; no answer comes back
                return reset;
            }
            return emptyDirectus(request);
        });
        const PushReport report = run(server, createAndTrack());
        QVERIFY(!report.ok);
        QCOMPARE(report.steps.at(0).state, StepResult::State::Unknown);
        QCOMPARE(report.steps.at(1).state, StepResult::State::Skipped);
        QCOMPARE(countWrites(server, "/dashboards"), 1);
        QCOMPARE(countWrites(server, "/directus-extension-sync/table/dashboards"), 0);
        QVERIFY(report.error.contains(QStringLiteral("not sent again")));
    }

    // The session expired on a write and neither refresh nor a new login works: the write was
    // refused (401), so the step failed (not "unknown"), with the login named, and it is not
    // sent again.
    void expiredLoginFailsTheStep()
    {
        FakeHttpServer server;
        int logins = 0;
        server.setHandler([&logins](const FakeHttpServer::Request &request) {
            const QByteArray refused =
                "{\"errors\":[{\"message\":\"Invalid user credentials.\",\"extensions\":{"
                "\"code\":\"INVALID_CREDENTIALS\"}}]}";
            if (request.target == "/auth/login") {
                return ++logins == 1 ? FakeHttpServer::json(200, "{\"data\":{\"access_token\":"
                                                                 "\"A\",\"refresh_token\":\"R\","
                                                                 "\"expires\":900000}}")
                                     : FakeHttpServer::json(401, refused);
            }
            if (request.target == "/auth/refresh") {
                return FakeHttpServer::json(401, refused);
            }
            if (request.method == "POST") {
                return FakeHttpServer::json(401, "{\"errors\":[{\"message\":\"Token expired.\","
                                                 "\"extensions\":{\"code\":\"TOKEN_EXPIRED\"}}]}");
            }
            return emptyDirectus(request);
        });
        const PushReport report =
            run(server, createAndTrack(), false, false,
                Credentials::fromPassword(QStringLiteral("a@b.c"), QStringLiteral("pw")));
        QVERIFY(!report.ok);
        QCOMPARE(report.steps.at(0).state, StepResult::State::Failed);
        QVERIFY2(report.steps.at(0).message.contains(QLatin1String("login expired")),
                 qPrintable(report.steps.at(0).message));
        QCOMPARE(report.steps.at(1).state, StepResult::State::Skipped);
        QCOMPARE(countWrites(server, "/dashboards"), 1);
        QCOMPARE(logins, 2);
    }

    void firstErrorStops()
    {
        FakeHttpServer server;
        server.setHandler([](const FakeHttpServer::Request &request) {
            if (request.method == "POST") {
                return FakeHttpServer::json(
                    400, "{\"errors\":[{\"message\":\"Invalid payload\",\"extensions\":"
                         "{\"code\":\"INVALID_PAYLOAD\"}}]}");
            }
            return emptyDirectus(request);
        });
        const PushReport report = run(server, createAndTrack());
        QVERIFY(!report.ok);
        QCOMPARE(report.steps.at(0).state, StepResult::State::Failed);
        QCOMPARE(report.steps.at(0).status, 400);
        QCOMPARE(report.steps.at(1).state, StepResult::State::Skipped);
        QCOMPARE(countWrites(server, "/dashboards"), 1);
    }

    void cancelStopsBetweenSteps()
    {
        FakeHttpServer server;
        server.setHandler([](const FakeHttpServer::Request &request) {
            if (request.method == "POST") {
                return FakeHttpServer::json(200, "{\"data\":{\"id\":\"x\"}}");
            }
            return emptyDirectus(request);
        });
        const PushReport report = run(server, createAndTrack(), false, true);
        QVERIFY(!report.ok);
        QVERIFY(report.canceled);
        QCOMPARE(report.steps.at(0).state, StepResult::State::Done);
        QCOMPARE(report.steps.at(1).state, StepResult::State::Skipped);
        QCOMPARE(countWrites(server, "/directus-extension-sync/table/dashboards"), 0);
    }

    void simulateSendsOnlyReads()
    {
        FakeHttpServer server;
        server.setHandler(&emptyDirectus);
        const PushReport report = run(server, createAndTrack(), true);
        QVERIFY2(report.ok, qPrintable(report.error));
        QVERIFY(report.simulated);
        QCOMPARE(report.count(StepResult::State::Simulated), 2);
        for (const FakeHttpServer::Request &request : server.requests()) {
            QCOMPARE(request.method, QByteArray("GET"));
        }
    }

    void driftStopsBeforeWriting()
    {
        FakeHttpServer server;
        server.setHandler([](const FakeHttpServer::Request &request) {
            // The dashboard the plan would create exists (tracked) by now.
            if (request.target.startsWith("/dashboards")) {
                return FakeHttpServer::json(200, "{\"data\":[{\"id\":\"L\",\"name\":\"D\"}],"
                                                 "\"meta\":{\"total_count\":1}}");
            }
            if (request.target == "/directus-extension-sync/table/dashboards") {
                return FakeHttpServer::json(
                    200, "[{\"id\":1,\"table\":\"dashboards\",\"sync_id\":\"d\",\"local_id\":\"L\","
                         "\"created_at\":null}]");
            }
            return emptyDirectus(request);
        });
        const PushReport report = run(server, createAndTrack());
        QVERIFY(!report.ok);
        QVERIFY(report.drift);
        QCOMPARE(report.driftItems.size(), 1);
        QCOMPARE(countWrites(server, "/dashboards"), 0);
        QVERIFY(report.backupFolder.isEmpty());
    }

    void unplannablePlanIsNotApplied()
    {
        FakeHttpServer server;
        server.setHandler(&emptyDirectus);
        PushPlan plan = createAndTrack();
        plan.errors.append(QStringLiteral("no"));
        const PushReport report = run(server, plan);
        QVERIFY(!report.ok);
        QVERIFY(server.requests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_PushExecutor)
#include "tst_pushexecutor.moc"
