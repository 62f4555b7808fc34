// The connections dialog with a throw-away profile file and in-memory secrets: validation,
// the plain-http warning, saving the secret to the store, the keyring notice, removal.

#include "connectionlistmodel.h"
#include "connectionsdialog.h"
#include "memorytokenstore.h"
#include "profilestore.h"

#include <QLabel>
#include <QLineEdit>
#include <QtTest>

using namespace syncstudio;

class TestConnectionsDialog final : public QObject
{
    Q_OBJECT

private slots:
    void addSaveRemove();
    void rejectsInvalidUrl();
    void plainHttpNeedsConfirmation();
};

void TestConnectionsDialog::addSaveRemove()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(u"connections.ini"_qs));
    MemoryTokenStore keyring;
    MemoryTokenStore fallback;
    ConnectionsDialog dialog(&store, &keyring, &fallback);
    int asked = 0;
    dialog.setInsecureConfirmation([&asked](const QUrl &) {
        ++asked;
        return true;
    });
    // A store that forgets secrets at exit is said so, visibly.
    QVERIFY(!dialog.keyringNotice()->isHidden());

    dialog.nameEdit()->setText(u"Office"_qs);
    dialog.urlEdit()->setText(u"http://10.0.0.5:8055/"_qs);
    QVERIFY(!dialog.urlWarning()->isHidden());
    QVERIFY(dialog.urlWarning()->text().contains(u"https"_qs));
    // A new profile needs its secret.
    QVERIFY(!dialog.saveCurrent());
    QVERIFY(!dialog.testResult()->text().isEmpty());
    dialog.tokenEdit()->setText(u"secret-token"_qs);
    QSignalSpy changed(&dialog, &ConnectionsDialog::profilesChanged);
    QVERIFY(dialog.saveCurrent());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(asked, 1); // plain http to another machine: confirmed before the secret was kept

    const QList<ConnectionProfile> profiles = store.profiles();
    QCOMPARE(profiles.size(), 1);
    QCOMPARE(profiles.first().name, u"Office"_qs);
    QCOMPARE(profiles.first().url, QUrl(u"http://10.0.0.5:8055"_qs));
    QCOMPARE(dialog.model()->rowCount(), 1);
    QTRY_COMPARE(keyring.readSync(profiles.first().secretKey()).secret, u"secret-token"_qs);
    QVERIFY(dialog.tokenEdit()->text().isEmpty()); // never left on screen

    dialog.removeCurrent();
    QVERIFY(store.profiles().isEmpty());
    QCOMPARE(dialog.model()->rowCount(), 0);
    QCOMPARE(keyring.readSync(profiles.first().secretKey()).status,
             TokenStore::Result::Status::NotFound);
}

void TestConnectionsDialog::rejectsInvalidUrl()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(u"connections.ini"_qs));
    MemoryTokenStore keyring;
    ConnectionsDialog dialog(&store, &keyring, nullptr);
    dialog.nameEdit()->setText(u"Bad"_qs);
    dialog.urlEdit()->setText(u"ftp://cms.example.com"_qs);
    QVERIFY(!dialog.urlWarning()->isHidden());
    dialog.tokenEdit()->setText(u"x"_qs);
    QVERIFY(!dialog.saveCurrent());
    QVERIFY(store.profiles().isEmpty());
    dialog.urlEdit()->setText(u"https://cms.example.com"_qs);
    QVERIFY(dialog.urlWarning()->isHidden());
}

// Plain http to another machine: a visible warning under the URL, and the user is asked once
// before the token is first sent (test) or kept to be sent later (save); "no" sends and
// stores nothing. Loopback http and https are never asked about.
void TestConnectionsDialog::plainHttpNeedsConfirmation()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(u"connections.ini"_qs));
    MemoryTokenStore keyring;
    ConnectionsDialog dialog(&store, &keyring, nullptr);
    QList<QUrl> asked;
    bool answer = false;
    dialog.setInsecureConfirmation([&](const QUrl &url) {
        asked.append(url);
        return answer;
    });
    dialog.nameEdit()->setText(u"Remote"_qs);
    dialog.urlEdit()->setText(u"http://cms.example.com"_qs);
    QVERIFY(!dialog.urlWarning()->isHidden());
    QVERIFY(dialog.urlWarning()->text().contains(u"unencrypted"_qs));
    dialog.tokenEdit()->setText(u"known-secret"_qs);

    dialog.testCurrent();
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.constFirst(), QUrl(u"http://cms.example.com"_qs));
    QVERIFY2(dialog.testResult()->text().contains(u"Nothing was sent"_qs),
             qPrintable(dialog.testResult()->text()));
    QVERIFY(!dialog.saveCurrent());
    QCOMPARE(asked.size(), 2);
    QVERIFY(store.profiles().isEmpty());

    answer = true;
    QVERIFY(dialog.saveCurrent());
    QCOMPARE(asked.size(), 3);
    QCOMPARE(store.profiles().size(), 1);
    dialog.tokenEdit()->setText(u"known-secret-2"_qs);
    QVERIFY(dialog.saveCurrent()); // once per URL
    QCOMPARE(asked.size(), 3);

    for (const QString &url : {u"http://127.0.0.1:8055"_qs, u"http://localhost:8055"_qs,
                               u"https://cms.example.com"_qs}) {
        dialog.addProfile();
        dialog.nameEdit()->setText(url);
        dialog.urlEdit()->setText(url);
        QVERIFY(dialog.urlWarning()->isHidden());
        dialog.tokenEdit()->setText(u"t"_qs);
        QVERIFY(dialog.saveCurrent());
    }
    QCOMPARE(asked.size(), 3);
}

QTEST_MAIN(TestConnectionsDialog)
#include "tst_connectionsdialog.moc"
