// HttpDirectusClient against a scripted local server: retries only for reads, Retry-After,
// login/refresh, specific errors, and no credentials anywhere but the Authorization header.
#include "fakehttpserver.h"
#include "httpdirectusclient.h"

#include <QtTest>

using namespace syncstudio;
using namespace syncstudio::test;

class tst_HttpDirectusClient final : public QObject
{
    Q_OBJECT

    ApiResponse run(HttpDirectusClient &client, const ApiRequest &request)
    {
        ApiResponse result;
        bool done = false;
        client.send(request, this, [&](const ApiResponse &r) {
            result = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            result.message = QStringLiteral("test timeout");
        return result;
    }

private slots:
    void bearerTokenAndQueryEncoding()
    {
        FakeHttpServer server;
        server.enqueue(FakeHttpServer::json(200, "{\"data\":[]}"));
        HttpDirectusClient client(server.url(), Credentials::fromToken(QStringLiteral("tok")));
        const auto r =
            run(client,
                ApiRequest::get(QStringLiteral("/policies"),
                                {{QStringLiteral("fields"), QStringLiteral("*,roles.role")},
                                 {QStringLiteral("filter"), QStringLiteral("{\"a\":\"b&c\"}")}}));
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(server.requests().size(), 1);
        const auto &req = server.requests().constFirst();
        QCOMPARE(req.headers.value("authorization"), QByteArray("Bearer tok"));
        QVERIFY2(req.target.startsWith("/policies?fields=*,roles.role&filter="),
                 req.target.constData());
        QVERIFY(req.target.contains("b%26c"));
    }

    void basePathPrefix()
    {
        FakeHttpServer server;
        server.enqueue(FakeHttpServer::json(200, "{\"data\":{}}"));
        QUrl base = server.url();
        base.setPath(QStringLiteral("/directus/"));
        HttpDirectusClient client(base, Credentials::fromToken(QStringLiteral("t")));
        QVERIFY(run(client, ApiRequest::get(QStringLiteral("/server/info"))).ok());
        QCOMPARE(server.requests().constFirst().target, QByteArray("/directus/server/info"));
    }

    void readsAreRetried_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("429") << 429;
        QTest::newRow("502") << 502;
        QTest::newRow("503") << 503;
        QTest::newRow("504") << 504;
    }

    void readsAreRetried()
    {
        QFETCH(int, status);
        FakeHttpServer server;
        auto busy = FakeHttpServer::json(status, "{\"errors\":[{\"message\":\"busy\"}]}");
        busy.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
        server.enqueue(busy);
        server.enqueue(FakeHttpServer::json(200, "{\"data\":[1]}"));
        HttpDirectusClient client(server.url(), Credentials::fromToken(QStringLiteral("t")));
        client.setMaxRetryDelay(50);
        const auto r = run(client, ApiRequest::get(QStringLiteral("/roles")));
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.attempts, 2);
        QCOMPARE(server.requests().size(), 2);
    }

    void retriesAreBounded()
    {
        FakeHttpServer server;
        server.setHandler([](const FakeHttpServer::Request &) {
            return FakeHttpServer::json(503, "{\"errors\":[{\"message\":\"down\"}]}");
        });
        HttpDirectusClient client(server.url(), Credentials::fromToken(QStringLiteral("t")));
        client.setMaxRetryDelay(10);
        const auto r = run(client, ApiRequest::get(QStringLiteral("/roles")));
        QCOMPARE(r.error, ApiResponse::Error::Http);
        QCOMPARE(r.status, 503);
        QCOMPARE(server.requests().size(), 3);
        QVERIFY2(r.message.contains(QStringLiteral("503")), qPrintable(r.message));
    }

    void writesAreNeverRetried()
    {
        FakeHttpServer server;
        server.enqueue(FakeHttpServer::json(503, "{\"errors\":[{\"message\":\"down\"}]}"));
        server.enqueue(FakeHttpServer::json(200, "{\"data\":{}}"));
        HttpDirectusClient client(server.url(), Credentials::fromToken(QStringLiteral("t")));
        client.setMaxRetryDelay(10);
        const auto r = run(client, ApiRequest::write("POST", QStringLiteral("/roles"), "{}"));
        QVERIFY(!r.ok());
        QCOMPARE(server.requests().size(), 1);
    }

    void specificErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("401")
            << 401 << QByteArray("application/json")
            << QByteArray("{\"errors\":[{\"message\":\"Invalid user "
                          "credentials.\",\"extensions\":{\"code\":\"INVALID_CREDENTIALS\"}}]}")
            << "rejected the credentials";
        QTest::newRow("403") << 403 << QByteArray("application/json")
                             << QByteArray(
                                    "{\"errors\":[{\"message\":\"You don't have permission to "
                                    "access this.\",\"extensions\":{\"code\":\"FORBIDDEN\"}}]}")
                             << "Permission denied";
        QTest::newRow("404 html") << 404 << QByteArray("text/html")
                                  << QByteArray("<html>nope</html>") << "non-JSON body";
        QTest::newRow("500") << 500 << QByteArray("application/json")
                             << QByteArray("{\"errors\":[{\"message\":\"boom\"}]}") << "boom";
    }

    void specificErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QString, messagePart);
        FakeHttpServer server;
        auto answer = FakeHttpServer::json(status, body);
        answer.contentType = contentType;
        server.enqueue(answer);
        HttpDirectusClient client(server.url(),
                                  Credentials::fromToken(QStringLiteral("secret-tok")));
        const auto r = run(client, ApiRequest::write("PATCH", QStringLiteral("/settings"), "{}"));
        QCOMPARE(r.error, ApiResponse::Error::Http);
        QCOMPARE(r.status, status);
        QVERIFY2(r.message.contains(messagePart), qPrintable(r.message));
        QVERIFY(!r.message.contains(QStringLiteral("secret-tok")));
    }

    void truncatedBodyIsAnError()
    {
        FakeHttpServer server;
        auto answer = FakeHttpServer::json(200, "{\"data\":[{\"id\":1},{\"id\":2}]}");
        answer.truncateAfter = 10;
        server.enqueue(answer);
        server.enqueue(answer);
        server.enqueue(answer);
        HttpDirectusClient client(server.url(), Credentials::fromToken(QStringLiteral("t")));
        client.setMaxRetryDelay(10);
        const auto r = run(client, ApiRequest::get(QStringLiteral("/roles")));
        QVERIFY(!r.ok());
        QVERIFY2(!r.message.isEmpty(), "a failed read has a message");
    }

    void resetIsAnError()
    {
        FakeHttpServer server;
        FakeHttpServer::Answer reset;
        reset.resetConnection = true;
        server.setHandler([reset](const FakeHttpServer::Request &) { return reset; });
        HttpDirectusClient client(server.url(), Credentials::fromToken(QStringLiteral("t")));
        client.setMaxRetryDelay(10);
        const auto r = run(client, ApiRequest::get(QStringLiteral("/roles")));
        QCOMPARE(r.error, ApiResponse::Error::Network);
        // Three attempts of ours; Qt may resend once itself on a reused keep-alive connection.
        QCOMPARE(r.attempts, 3);
        QVERIFY(server.requests().size() >= 3);
    }

    void loginRefreshAndRetryOnce()
    {
        FakeHttpServer server;
        int logins = 0;
        int refreshes = 0;
        server.setHandler([&](const FakeHttpServer::Request &req) {
            if (req.target == "/auth/login") {
                ++logins;
                return FakeHttpServer::json(200, "{\"data\":{\"access_token\":\"A1\",\"refresh_"
                                                 "token\":\"R1\",\"expires\":900000}}");
            }
            if (req.target == "/auth/refresh") {
                ++refreshes;
                return FakeHttpServer::json(200, "{\"data\":{\"access_token\":\"A2\",\"refresh_"
                                                 "token\":\"R2\",\"expires\":900000}}");
            }
            if (req.headers.value("authorization") == "Bearer A1")
                return FakeHttpServer::json(
                    401, "{\"errors\":[{\"message\":\"Token "
                         "expired.\",\"extensions\":{\"code\":\"TOKEN_EXPIRED\"}}]}");
            if (req.headers.value("authorization") == "Bearer A2")
                return FakeHttpServer::json(200, "{\"data\":{\"ok\":true}}");
            return FakeHttpServer::json(401, "{\"errors\":[{\"message\":\"no\"}]}");
        });
        HttpDirectusClient client(
            server.url(), Credentials::fromPassword(QStringLiteral("a@b.c"), QStringLiteral("pw")));
        const auto r = run(client, ApiRequest::get(QStringLiteral("/users/me")));
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(logins, 1);
        QCOMPARE(refreshes, 1);
        const QByteArray loginBody = server.requests().constFirst().body;
        QVERIFY(loginBody.contains("\"email\":\"a@b.c\""));
        QVERIFY(!server.requests().constFirst().headers.contains("authorization"));
    }

    // ACCESS_TOKEN_TTL=5s: the early refresh is bounded by a quarter of the lifetime, so the
    // client does not refresh before every request.
    void shortLivedTokenIsNotRefreshedPerRequest()
    {
        FakeHttpServer server;
        int refreshes = 0;
        server.setHandler([&refreshes](const FakeHttpServer::Request &req) {
            if (req.target == "/auth/login")
                return FakeHttpServer::json(200, "{\"data\":{\"access_token\":\"A1\",\"refresh_"
                                                 "token\":\"R1\",\"expires\":8000}}");
            if (req.target == "/auth/refresh")
                ++refreshes;
            return FakeHttpServer::json(200, "{\"data\":{\"ok\":true}}");
        });
        HttpDirectusClient client(
            server.url(), Credentials::fromPassword(QStringLiteral("a@b.c"), QStringLiteral("pw")));
        for (int i = 0; i < 3; ++i)
            QVERIFY(run(client, ApiRequest::get(QStringLiteral("/roles"))).ok());
        QCOMPARE(refreshes, 0);
        QCOMPARE(server.requests().size(), 4);
    }

    // Refresh refused, and the new login refused as well: one specific "login expired" error,
    // and the request is not sent again.
    void expiredSessionWithRefusedLogin()
    {
        FakeHttpServer server;
        int logins = 0;
        int roles = 0;
        server.setHandler([&](const FakeHttpServer::Request &req) {
            const QByteArray refused =
                "{\"errors\":[{\"message\":\"Invalid user credentials.\",\"extensions\":{"
                "\"code\":\"INVALID_CREDENTIALS\"}}]}";
            if (req.target == "/auth/login") {
                return ++logins == 1
                           ? FakeHttpServer::json(200, "{\"data\":{\"access_token\":\"A1\","
                                                       "\"refresh_token\":\"R1\",\"expires\":"
                                                       "900000}}")
                           : FakeHttpServer::json(401, refused);
            }
            if (req.target == "/auth/refresh")
                return FakeHttpServer::json(401, refused);
            ++roles;
            return FakeHttpServer::json(
                401, "{\"errors\":[{\"message\":\"Token "
                     "expired.\",\"extensions\":{\"code\":\"TOKEN_EXPIRED\"}}]}");
        });
        HttpDirectusClient client(
            server.url(), Credentials::fromPassword(QStringLiteral("a@b.c"), QStringLiteral("pw")));
        const auto r = run(client, ApiRequest::write("PATCH", QStringLiteral("/roles/1"), "{}"));
        QCOMPARE(r.error, ApiResponse::Error::Authentication);
        QVERIFY2(r.message.contains(QLatin1String("login expired")), qPrintable(r.message));
        QVERIFY(!r.message.contains(QLatin1String("pw")));
        QCOMPARE(roles, 1);
        QCOMPARE(logins, 2);
    }

    void badLoginFailsEveryWaitingRequest()
    {
        FakeHttpServer server;
        server.setHandler([](const FakeHttpServer::Request &) {
            return FakeHttpServer::json(
                401, "{\"errors\":[{\"message\":\"Invalid user "
                     "credentials.\",\"extensions\":{\"code\":\"INVALID_CREDENTIALS\"}}]}");
        });
        HttpDirectusClient client(server.url(), Credentials::fromPassword(QStringLiteral("a@b.c"),
                                                                          QStringLiteral("bad")));
        int failures = 0;
        for (int i = 0; i < 3; ++i)
            client.send(ApiRequest::get(QStringLiteral("/roles")), this,
                        [&failures](const ApiResponse &r) {
                            if (r.error == ApiResponse::Error::Authentication)
                                ++failures;
                        });
        QTRY_COMPARE(failures, 3);
        QCOMPARE(server.requests().size(), 1); // one login attempt, not one per request
    }

    void cancelAll()
    {
        FakeHttpServer server; // never answers: the handler is not reached before cancel
        server.setHandler([](const FakeHttpServer::Request &) {
            FakeHttpServer::Answer a;
            a.truncateAfter = 0;
            a.body = QByteArray(100, 'x');
            return a;
        });
        HttpDirectusClient client(server.url(), Credentials::fromToken(QStringLiteral("t")));
        ApiResponse result;
        bool done = false;
        client.send(ApiRequest::get(QStringLiteral("/roles")), this, [&](const ApiResponse &r) {
            result = r;
            done = true;
        });
        client.cancelAll();
        QTRY_VERIFY(done);
        QVERIFY(!result.ok());
    }
};

QTEST_GUILESS_MAIN(tst_HttpDirectusClient)
#include "tst_httpdirectusclient.moc"
