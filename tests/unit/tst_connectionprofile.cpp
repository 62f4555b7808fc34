#include "connectionprofile.h"
#include "profilestore.h"
#include "testenvironment.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace syncstudio;

class tst_ConnectionProfile final : public QObject
{
    Q_OBJECT

    test::TestEnvironment m_env;

private slots:
    void normaliseUrl_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("plain") << "https://cms.example.com"
                               << "https://cms.example.com"
                               << "";
        QTest::newRow("trailing slash") << "https://cms.example.com/"
                                        << "https://cms.example.com"
                                        << "";
        QTest::newRow("slashes") << "https://cms.example.com/api//"
                                 << "https://cms.example.com/api"
                                 << "";
        QTest::newRow("spaces") << "  http://127.0.0.1:8055  "
                                << "http://127.0.0.1:8055"
                                << "";
        QTest::newRow("upper scheme") << "HTTPS://cms.example.com"
                                      << "https://cms.example.com"
                                      << "";
        QTest::newRow("empty") << ""
                               << ""
                               << "Enter the URL";
        QTest::newRow("no scheme") << "cms.example.com"
                                   << ""
                                   << "scheme";
        QTest::newRow("ftp") << "ftp://cms.example.com"
                             << ""
                             << "Only http";
        QTest::newRow("file") << "file:///etc/passwd"
                              << ""
                              << "Only http";
        QTest::newRow("credentials") << "https://admin:secret@cms.example.com"
                                     << ""
                                     << "credentials";
        QTest::newRow("user only") << "https://admin@cms.example.com"
                                   << ""
                                   << "credentials";
        QTest::newRow("query") << "https://cms.example.com/?access_token=x"
                               << ""
                               << "query";
        QTest::newRow("fragment") << "https://cms.example.com/#x"
                                  << ""
                                  << "fragment";
        QTest::newRow("no host") << "https://"
                                 << ""
                                 << "";
        QTest::newRow("bad port") << "http://host:99999"
                                  << ""
                                  << "";
    }

    void normaliseUrl()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QFETCH(QString, errorPart);
        QString error;
        const QUrl url = ConnectionUrl::normalise(input, &error);
        QCOMPARE(url.toString(), expected);
        QCOMPARE(error.isEmpty(), !expected.isEmpty());
        if (!errorPart.isEmpty())
            QVERIFY2(error.contains(errorPart), qPrintable(error));
        // An error message never repeats a secret typed into the URL.
        QVERIFY(!error.contains(QStringLiteral("secret")));
    }

    void insecureRemote_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("insecure");
        QTest::newRow("https") << "https://cms.example.com" << false;
        QTest::newRow("http remote") << "http://cms.example.com" << true;
        QTest::newRow("http private ip") << "http://10.0.0.5:8055" << true;
        QTest::newRow("http loopback") << "http://127.0.0.1:8055" << false;
        QTest::newRow("http localhost") << "http://localhost:8055" << false;
        QTest::newRow("http ipv6 loopback") << "http://[::1]:8055" << false;
    }

    void insecureRemote()
    {
        QFETCH(QString, url);
        QFETCH(bool, insecure);
        QCOMPARE(ConnectionUrl::isInsecureRemote(QUrl(url)), insecure);
    }

    void storeRoundTrip()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("settings.ini"));
        ProfileStore store(file);
        QVERIFY(store.profiles().isEmpty());
        auto prod = ConnectionProfile::create(QStringLiteral("Production"),
                                              QUrl(QStringLiteral("https://cms.example.com")));
        prod.isProtected = true;
        prod.color = QStringLiteral("#d32f2f");
        auto stage = ConnectionProfile::create(QStringLiteral("Staging"),
                                               QUrl(QStringLiteral("http://127.0.0.1:8055")));
        stage.authKind = Credentials::Kind::Password;
        stage.email = QStringLiteral("admin@example.com");
        stage.allowUntestedVersion = true;
        QString error;
        QVERIFY2(store.save(prod, &error), qPrintable(error));
        QVERIFY2(store.save(stage, &error), qPrintable(error));
        QCOMPARE(store.profiles(), (QList<ConnectionProfile>{prod, stage}));
        QCOMPARE(store.find(QStringLiteral("production")).value(), prod);
        QCOMPARE(store.find(stage.id).value(), stage);
        QVERIFY(!store.find(QStringLiteral("nope")).has_value());

        // Duplicate names are refused, edits keep the position.
        auto dup = ConnectionProfile::create(QStringLiteral("PRODUCTION"), prod.url);
        QVERIFY(!store.save(dup, &error));
        QVERIFY(error.contains(QStringLiteral("already exists")));
        prod.name = QStringLiteral("Prod");
        QVERIFY(store.save(prod));
        QCOMPARE(store.profiles().constFirst().name, QStringLiteral("Prod"));

        QVERIFY(store.remove(prod.id));
        QVERIFY(!store.remove(prod.id));
        QCOMPARE(store.profiles(), (QList<ConnectionProfile>{stage}));

        // The settings file never holds a secret: there is no field for one.
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("Staging"));
        QVERIFY(!text.contains("token="));
        QVERIFY(!text.contains("password="));
    }

    void invalidProfileRefused()
    {
        QTemporaryDir dir;
        ProfileStore store(dir.filePath(QStringLiteral("s.ini")));
        QString error;
        auto p = ConnectionProfile::create(QStringLiteral(""), QUrl(QStringLiteral("https://x.y")));
        QVERIFY(!store.save(p, &error));
        p.name = QStringLiteral("X");
        p.url = QUrl(QStringLiteral("ftp://x.y"));
        QVERIFY(!store.save(p, &error));
        QVERIFY(error.contains(QStringLiteral("Only http")));
        QVERIFY(store.profiles().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ConnectionProfile)
#include "tst_connectionprofile.moc"
