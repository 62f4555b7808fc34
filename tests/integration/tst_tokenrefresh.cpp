// An email/password profile against a real Directus 11.3.5 whose access tokens live 5 s
// (ACCESS_TOKEN_TTL=5s), seen through the fault proxy: the client refreshes the session instead
// of failing or logging in again, a write answered "token expired" is refreshed and sent once
// more, and a refused refresh ends in one specific "login expired" error with nothing written.
#include "directusserver.h"
#include "directussynccli.h"
#include "faultproxy.h"
#include "httpdirectusclient.h"
#include "pushsteps.h"
#include "testenvironment.h"
#include "testrest.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace syncstudio;
using namespace syncstudio::test;

namespace {

constexpr int TokenLifetimeMs = 5000;

int count(const QList<FaultProxy::Recorded> &requests, const QByteArray &method,
          const QByteArray &path)
{
    return int(std::count_if(requests.cbegin(), requests.cend(), [&](const auto &r) {
        return r.method == method && r.target == path;
    }));
}

} // namespace

class tst_TokenRefresh final : public QObject
{
    Q_OBJECT

    TestEnvironment m_env;
    QTemporaryDir m_work;
    std::unique_ptr<DirectusServer> m_server;
    QStringList m_translations; // ids of the two translations the pushes change back

    QString dump() const { return m_work.filePath(QStringLiteral("dump")); }

    // The target drifts from the dump in two translations.
    bool drift(const QString &suffix)
    {
        TestRest rest(m_server->url(), m_server->token());
        for (const QString &id : std::as_const(m_translations)) {
            if (!rest.patch(QStringLiteral("/translations/") + id,
                            QJsonObject{{QStringLiteral("value"),
                                         QString(QStringLiteral("Drift ") + suffix)}})
                     .ok()) {
                return false;
            }
        }
        return true;
    }

    // Compares the dump with the instance through `client` and plans its two changed
    // translations; false (with the reason logged) when that does not work.
    bool compareAndPlan(DirectusClient *client, ComparisonOutcome *outcome, PushPlan *p) const
    {
        *outcome = PushSteps::compare(dump(), client);
        if (!outcome->ok) {
            qWarning("compare: %s", qPrintable(outcome->error));
            return false;
        }
        PushSelection selection;
        for (const ItemComparison &item : outcome->result.items) {
            if (item.status == ItemStatus::Changed) {
                selection.items.append({item.collection, item.syncId});
            }
        }
        *p = PushSteps::plan(*outcome, selection, client);
        if (!p->canApply() || p->steps.size() != 2) {
            qWarning("plan: %s", qPrintable(p->errors.join(u'\n') + u'\n' + p->describe()));
            return false;
        }
        return true;
    }

    Credentials password() const
    {
        return Credentials::fromPassword(m_server->email(), m_server->password());
    }

    // Lets the access token of every session run out (the server's clock decides).
    static void outliveTheToken() { QTest::qWait(TokenLifetimeMs + 1500); }

private slots:
    void initTestCase()
    {
        PushSteps::registerMetaTypes();
        QVERIFY(m_work.isValid());
        QString error;
        DirectusServer::Options options;
        options.env = QStringList{QStringLiteral("ACCESS_TOKEN_TTL=5s")};
        m_server = DirectusServer::start(options, &error);
        QVERIFY2(m_server, qPrintable(error));
        QVERIFY(!m_server->email().isEmpty() && !m_server->password().isEmpty());
        TestRest rest(m_server->url(), m_server->token());
        for (const char *key : {"refresh_one", "refresh_two"}) {
            const auto reply =
                rest.post(QStringLiteral("/translations"),
                          QJsonObject{{QStringLiteral("key"), QLatin1String(key)},
                                      {QStringLiteral("language"), QStringLiteral("en-US")},
                                      {QStringLiteral("value"), QStringLiteral("Original")}});
            QVERIFY2(reply.ok(), reply.body.constData());
            m_translations.append(reply.data.toObject().value(QStringLiteral("id")).toString());
        }
        const auto pull = DirectusSyncCli::run(
            QStringLiteral("pull"), m_server->url(), m_server->token(),
            {QStringLiteral("--dump-path"), dump(), QStringLiteral("--no-specs")});
        QVERIFY2(pull.ok(), qPrintable(pull.output));
    }

    // Compare, let the token expire, compare and push again: the session is refreshed (not a
    // new login), a few times at most, and every write is sent once.
    void expiryBetweenCompareAndPush()
    {
        QVERIFY(drift(QStringLiteral("1")));
        FaultProxy proxy(m_server->url());
        HttpDirectusClient client(proxy.url(), password());
        const ComparisonOutcome first = PushSteps::compare(dump(), &client);
        QVERIFY2(first.ok, qPrintable(first.error));
        QVERIFY(first.result.hasDifferences());
        QCOMPARE(count(proxy.requests(), "POST", "/auth/login"), 1);

        outliveTheToken();
        proxy.clearRequests();
        QElapsedTimer elapsed;
        elapsed.start();
        ComparisonOutcome second;
        PushPlan p;
        QVERIFY(compareAndPlan(&client, &second, &p));
        const PushReport report =
            PushSteps::apply(p, &client, second.source.snapshot.schema,
                             m_work.filePath(QStringLiteral("backup-expiry")));
        QVERIFY2(report.ok, qPrintable(report.error));
        const auto &requests = proxy.requests();
        const int refreshes = count(requests, "POST", "/auth/refresh");
        QVERIFY2(refreshes >= 1, qPrintable(proxy.transcript()));
        // Refreshed about once per token lifetime, not before every request.
        QVERIFY2(refreshes <= 1 + elapsed.elapsed() / (TokenLifetimeMs * 3 / 4),
                 qPrintable(proxy.transcript()));
        QVERIFY2(requests.constFirst().target == "/auth/refresh", qPrintable(proxy.transcript()));
        QCOMPARE(count(requests, "POST", "/auth/login"), 0);
        for (const PlanStep &step : p.steps) {
            QCOMPARE(count(requests, "PATCH", step.request.path.toUtf8()), 1);
        }
        const ComparisonOutcome after = PushSteps::compare(dump(), &client);
        QVERIFY2(after.ok, qPrintable(after.error));
        QVERIFY(!after.result.hasDifferences());
    }

    // A write answered 401 TOKEN_EXPIRED was not applied: one refresh, the write once more.
    void expiredWriteIsRefreshedAndSentOnceMore()
    {
        QVERIFY(drift(QStringLiteral("2")));
        FaultProxy proxy(m_server->url());
        HttpDirectusClient client(proxy.url(), password());
        ComparisonOutcome outcome;
        PushPlan p;
        QVERIFY(compareAndPlan(&client, &outcome, &p));
        const QByteArray first = p.steps.at(0).request.path.toUtf8();
        FaultProxy::Rule rule;
        rule.method = "PATCH";
        rule.path =
            QRegularExpression(u'^' + QRegularExpression::escape(QString::fromUtf8(first)) + u'$');
        rule.fault = FaultProxy::Fault::Status;
        rule.status = 401;
        rule.body = QByteArrayLiteral("{\"errors\":[{\"message\":\"Token expired.\",\"extensions\""
                                      ":{\"code\":\"TOKEN_EXPIRED\"}}]}");
        rule.times = 1;
        proxy.addRule(rule);
        proxy.clearRequests();
        const PushReport report = PushSteps::apply(p, &client, outcome.source.snapshot.schema,
                                                   m_work.filePath(QStringLiteral("backup-401")));
        QVERIFY2(report.ok, qPrintable(report.error + u'\n' + proxy.transcript()));
        const auto &requests = proxy.requests();
        QCOMPARE(count(requests, "PATCH", first), 2);
        QCOMPARE(count(requests, "PATCH", p.steps.at(1).request.path.toUtf8()), 1);
        QCOMPARE(count(requests, "POST", "/auth/login"), 0);
        // The refresh came between the refused write and its second sending.
        qsizetype refused = -1;
        qsizetype resent = -1;
        for (qsizetype i = 0; i < requests.size(); ++i) {
            if (requests.at(i).method == "PATCH" && requests.at(i).target == first) {
                (refused < 0 ? refused : resent) = i;
            }
        }
        QVERIFY(requests.at(refused).faulted);
        bool refreshed = false;
        for (qsizetype i = refused + 1; i < resent; ++i) {
            refreshed = refreshed || requests.at(i).target == "/auth/refresh";
        }
        QVERIFY2(refreshed, qPrintable(proxy.transcript()));
    }

    // The session expired and the server refuses both refresh and login: the push stops with
    // one specific error before any write.
    void refusedRefreshStopsBeforeWriting()
    {
        QVERIFY(drift(QStringLiteral("3")));
        FaultProxy proxy(m_server->url());
        HttpDirectusClient client(proxy.url(), password());
        ComparisonOutcome outcome;
        PushPlan p;
        QVERIFY(compareAndPlan(&client, &outcome, &p));
        outliveTheToken();
        for (const char *path : {"^/auth/refresh$", "^/auth/login$"}) {
            FaultProxy::Rule rule;
            rule.path = QRegularExpression(QLatin1String(path));
            rule.fault = FaultProxy::Fault::Status;
            rule.status = 401;
            rule.body =
                QByteArrayLiteral("{\"errors\":[{\"message\":\"Invalid user credentials."
                                  "\",\"extensions\":{\"code\":\"INVALID_CREDENTIALS\"}}]}");
            proxy.addRule(rule);
        }
        proxy.clearRequests();
        const PushReport report =
            PushSteps::apply(p, &client, outcome.source.snapshot.schema,
                             m_work.filePath(QStringLiteral("backup-refused")));
        QVERIFY(!report.ok);
        QVERIFY2(report.error.contains(QLatin1String("login expired")), qPrintable(report.error));
        QVERIFY(!report.error.contains(m_server->password()));
        QCOMPARE(report.count(StepResult::State::Skipped), int(p.steps.size()));
        const auto &requests = proxy.requests();
        // One refresh, one login, and no other request at all (nothing sent without a session).
        QCOMPARE(count(requests, "POST", "/auth/refresh"), 1);
        QCOMPARE(count(requests, "POST", "/auth/login"), 1);
        QVERIFY2(requests.size() == 2, qPrintable(proxy.transcript()));

        // The target still differs from the dump: nothing was written.
        HttpDirectusClient direct(m_server->url(), Credentials::fromToken(m_server->token()));
        const ComparisonOutcome after = PushSteps::compare(dump(), &direct);
        QVERIFY2(after.ok, qPrintable(after.error));
        QVERIFY(after.result.hasDifferences());
    }
};

QTEST_GUILESS_MAIN(tst_TokenRefresh)
#include "tst_tokenrefresh.moc"
