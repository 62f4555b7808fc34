// The token stores. The keyring test talks to the real Secret Service that scripts/test starts
// (gnome-keyring inside dbus-run-session): it fails, never skips, when no keyring answers.
#include "keychaintokenstore.h"
#include "memorytokenstore.h"

#include <QtTest>

using namespace syncstudio;

class tst_TokenStore final : public QObject
{
    Q_OBJECT

    void exercise(TokenStore &store)
    {
        const QString key =
            QStringLiteral("syncstudio/test/%1").arg(QCoreApplication::applicationPid());
        const QString secret = QStringLiteral("s3cr3t-\u00e9-token");
        auto written = store.writeSync(key, secret);
        QVERIFY2(written.ok(), qPrintable(written.message));
        auto read = store.readSync(key);
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.secret, secret);
        QVERIFY(store.writeSync(key, QStringLiteral("other")).ok());
        QCOMPARE(store.readSync(key).secret, QStringLiteral("other"));
        QVERIFY(store.removeSync(key).ok());
        const auto gone = store.readSync(key);
        QCOMPARE(gone.status, TokenStore::Result::Status::NotFound);
        QVERIFY(gone.secret.isEmpty());
    }

private slots:
    void memoryStore()
    {
        MemoryTokenStore store;
        QVERIFY(!store.isPersistent());
        exercise(store);
    }

    void keyringStore()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("No D-Bus session: run the tests through scripts/test, which starts "
                  "dbus-run-session with an unlocked gnome-keyring.");
        KeychainTokenStore store;
        QVERIFY(store.isPersistent());
        exercise(store);
    }
};

QTEST_GUILESS_MAIN(tst_TokenStore)
#include "tst_tokenstore.moc"
