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
};

void TestConnectionsDialog::addSaveRemove()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(u"connections.ini"_qs));
    MemoryTokenStore keyring;
    MemoryTokenStore fallback;
    ConnectionsDialog dialog(&store, &keyring, &fallback);
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

QTEST_MAIN(TestConnectionsDialog)
#include "tst_connectionsdialog.moc"
