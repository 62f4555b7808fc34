// The desktop app's side of the secret scan, against a real Directus 11.3.5: a connection added
// in the connections dialog (secret to the keyring, here the in-memory store tests use), tested
// there, then compared with a dump folder and browsed through the AppController. Every file the
// session wrote (private XDG folders, profiles, settings) and every log message are scanned: the
// token and an Authorization header appear nowhere, and the window never shows the token.
#include "appcontroller.h"
#include "compareitemsmodel.h"
#include "connectionlistmodel.h"
#include "connectionsdialog.h"
#include "directusserver.h"
#include "mainwindow.h"
#include "memorytokenstore.h"
#include "profilestore.h"
#include "testenvironment.h"

#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace syncstudio;
using namespace syncstudio::test;

namespace {

// Every message of the session, whatever category and level.
QString &messages()
{
    static QString text;
    return text;
}

QtMessageHandler previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    messages() += message + u'\n';
    if (previousHandler) {
        previousHandler(type, context, message);
    }
}

} // namespace

class tst_GuiSecretScan final : public QObject
{
    Q_OBJECT

    TestEnvironment m_env;
    QTemporaryDir m_work;
    std::unique_ptr<DirectusServer> m_server;

    QString leak(const QString &text) const
    {
        static const QRegularExpression header(
            QStringLiteral("authorization[\"']?\\s*[:=]\\s*[\"']?\\s*(bearer|basic)"),
            QRegularExpression::CaseInsensitiveOption);
        if (text.contains(m_server->token())) {
            return QStringLiteral("the token");
        }
        if (text.contains(header)) {
            return QStringLiteral("an Authorization header");
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        QString error;
        m_server = DirectusServer::shared(QStringLiteral("D11"), &error);
        QVERIFY2(m_server, qPrintable(error));
        previousHandler = qInstallMessageHandler(recordMessage);
    }

    void cleanupTestCase() { qInstallMessageHandler(previousHandler); }

    void session()
    {
        ProfileStore profiles(m_work.filePath(QStringLiteral("connections.ini")));
        MemoryTokenStore keyring;
        MemoryTokenStore fallback;
        {
            ConnectionsDialog dialog(&profiles, &keyring, &fallback);
            dialog.addProfile();
            dialog.nameEdit()->setText(QStringLiteral("Real"));
            dialog.urlEdit()->setText(m_server->url().toString());
            dialog.tokenEdit()->setText(m_server->token());
            dialog.testCurrent();
            QTRY_VERIFY_WITH_TIMEOUT(
                dialog.testResult()->text().contains(QLatin1String("Directus 11.3.5")), 60000);
            QVERIFY(leak(dialog.testResult()->text()).isEmpty());
            QVERIFY(dialog.saveCurrent());
            QVERIFY(dialog.tokenEdit()->text().isEmpty());
        }
        QCOMPARE(profiles.profiles().size(), 1);

        MainWindow window;
        AppController controller(&window, &profiles, &keyring, &fallback,
                                 m_work.filePath(QStringLiteral("settings.ini")));
        const int instance = controller.sidesModel()->rowOf(profiles.profiles().constFirst().id);
        QVERIFY(instance >= 0);
        const int folder = controller.sidesModel()->addFolder(
            TestEnvironment::sourceDir() + QStringLiteral("/tests/data/pull341/expected/default"));
        window.setSides(instance, folder);
        controller.compare();
        CompareItemsModel *items = controller.itemsModel();
        QTRY_VERIFY_WITH_TIMEOUT(items->rowCount() > 0, 120000);
        QVERIFY(!items->isBrowseMode());
        // The instance was really read: its own Administrator role is there, the fixture's
        // roles as well (source = the instance on the left).
        const auto hasRole = [items](ItemStatus status) {
            for (const ItemComparison &item : items->result().items) {
                if (item.collection == QLatin1String("roles") && item.status == status) {
                    return true;
                }
            }
            return false;
        };
        QVERIFY(hasRole(ItemStatus::TargetOnly) || hasRole(ItemStatus::Changed));

        controller.browse(instance);
        QTRY_VERIFY_WITH_TIMEOUT(items->isBrowseMode() && items->rowCount() > 0, 120000);

        // Texts on screen: nothing shows the token.
        for (const QWidget *widget : window.findChildren<QWidget *>()) {
            for (const char *property : {"text", "toolTip", "windowTitle", "plainText"}) {
                const QVariant value = widget->property(property);
                if (value.canConvert<QString>()) {
                    QVERIFY2(!value.toString().contains(m_server->token()),
                             qPrintable(widget->objectName()));
                }
            }
        }
    }

    void nothingLeaks()
    {
        QString found = leak(messages());
        QVERIFY2(found.isEmpty(), qPrintable(found + QStringLiteral(" in a log message")));
        int files = 0;
        for (const QString &root : {m_env.root(), m_work.path()}) {
            QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
                found = leak(QString::fromUtf8(file.readAll()));
                QVERIFY2(found.isEmpty(),
                         qPrintable(found + QStringLiteral(" in ") + file.fileName()));
                ++files;
            }
        }
        QVERIFY2(files >= 2, qPrintable(QString::number(files))); // profiles and settings at least
    }
};

QTEST_MAIN(tst_GuiSecretScan)
#include "tst_guisecretscan.moc"
