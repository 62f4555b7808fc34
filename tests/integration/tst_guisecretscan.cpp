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
#include "directussynccli.h"
#include "httpdirectusclient.h"
#include "mainwindow.h"
#include "memorytokenstore.h"
#include "profilestore.h"
#include "pushreviewdialog.h"
#include "pushsteps.h"
#include "testenvironment.h"
#include "testrest.h"

#include <QDirIterator>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
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
    std::unique_ptr<DirectusServer> m_pushTarget; // own instance: the push writes
    QStringList m_secrets;
    QString m_backupFolder; // the review's default one, under the app's data folder

    // Everything the session may have written: the private XDG folders, the test's folder and
    // the app's own folders (QStandardPaths test mode puts them under ~/.qttest).
    QStringList scannedRoots() const
    {
        QStringList roots{m_env.root(), m_work.path()};
        for (const auto location :
             {QStandardPaths::AppLocalDataLocation, QStandardPaths::AppConfigLocation,
              QStandardPaths::CacheLocation, QStandardPaths::GenericConfigLocation}) {
            const QString path = QStandardPaths::writableLocation(location);
            if (!path.isEmpty() && QFileInfo::exists(path)) {
                roots.append(path);
            }
        }
        return roots;
    }

    QString leak(const QString &text) const
    {
        static const QRegularExpression header(
            QStringLiteral("authorization[\"']?\\s*[:=]\\s*[\"']?\\s*(bearer|basic)"),
            QRegularExpression::CaseInsensitiveOption);
        for (const QString &secret : m_secrets) {
            if (text.contains(secret)) {
                return QStringLiteral("a token");
            }
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
        m_secrets.append(m_server->token());
        PushSteps::registerMetaTypes();
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

    // Push one changed item through the push review (backup in its default folder, under the
    // private XDG data folder) and restore that backup from the dialog.
    void pushAndRestoreThroughTheReview()
    {
        QString error;
        m_pushTarget = DirectusServer::start({}, &error);
        QVERIFY2(m_pushTarget, qPrintable(error));
        m_secrets.append(m_pushTarget->token());
        TestRest rest(m_pushTarget->url(), m_pushTarget->token());
        const auto created =
            rest.post(QStringLiteral("/translations"),
                      QJsonObject{{QStringLiteral("key"), QStringLiteral("gui_scan")},
                                  {QStringLiteral("language"), QStringLiteral("en-US")},
                                  {QStringLiteral("value"), QStringLiteral("Original")}});
        QVERIFY2(created.ok(), created.body.constData());
        const QString id = created.data.toObject().value(QStringLiteral("id")).toString();
        const QString dump = m_work.filePath(QStringLiteral("dump"));
        const auto pull = DirectusSyncCli::run(
            QStringLiteral("pull"), m_pushTarget->url(), m_pushTarget->token(),
            {QStringLiteral("--dump-path"), dump, QStringLiteral("--no-specs")});
        QVERIFY2(pull.ok(), qPrintable(pull.output));
        QVERIFY(rest.patch(QStringLiteral("/translations/") + id,
                           QJsonObject{{QStringLiteral("value"), QStringLiteral("Changed")}})
                    .ok());

        HttpDirectusClient client(m_pushTarget->url(),
                                  Credentials::fromToken(m_pushTarget->token()));
        const ComparisonOutcome outcome = PushSteps::compare(dump, &client);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        PushReviewRequest request;
        request.compare = outcome.result;
        for (const ItemComparison &item : outcome.result.items) {
            if (item.status == ItemStatus::Changed) {
                request.selection.items.append({item.collection, item.syncId});
            }
        }
        QCOMPARE(request.selection.items.size(), 1);
        request.target.name = QStringLiteral("Scan target");
        request.target.mappingRows = outcome.target.mappingRows;
        request.target.placeholders = outcome.target.placeholders;
        request.sourceName = QStringLiteral("dump");
        request.sourceSchema = outcome.source.snapshot.schema;

        PushReviewDialog dialog(&client, request);
        QSignalSpy runs(&dialog, &PushReviewDialog::runFinished);
        dialog.startPlanning();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.state(), PushReviewDialog::State::Ready, 120000);
        QVERIFY(dialog.canApply());
        dialog.apply();
        QVERIFY(runs.wait(180000));
        const PushReport pushed = runs.takeFirst().at(0).value<PushReport>();
        QVERIFY2(pushed.ok, qPrintable(pushed.error));
        QVERIFY2(QFileInfo::exists(pushed.backupFolder + QStringLiteral("/backup.json")),
                 qPrintable(pushed.backupFolder));
        m_backupFolder = pushed.backupFolder;
        const auto value = [&rest, &id]() {
            return rest.get(QStringLiteral("/translations/") + id)
                .data.toObject()
                .value(QStringLiteral("value"))
                .toString();
        };
        QCOMPARE(value(), QStringLiteral("Original"));

        dialog.restoreBackup();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.state(), PushReviewDialog::State::Ready, 120000);
        QVERIFY(dialog.isRestore());
        dialog.apply();
        QVERIFY(runs.wait(180000));
        const PushReport restored = runs.takeFirst().at(0).value<PushReport>();
        QVERIFY2(restored.ok, qPrintable(restored.error));
        QCOMPARE(value(), QStringLiteral("Changed"));
    }

    void nothingLeaks()
    {
        QString found = leak(messages());
        QVERIFY2(found.isEmpty(), qPrintable(found + QStringLiteral(" in a log message")));
        int files = 0;
        const QStringList roots = scannedRoots();
        QVERIFY(!m_backupFolder.isEmpty());
        QVERIFY2(std::any_of(roots.cbegin(), roots.cend(),
                             [this](const QString &root) {
                                 return m_backupFolder.startsWith(root + u'/');
                             }),
                 qPrintable(m_backupFolder));
        for (const QString &root : roots) {
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
