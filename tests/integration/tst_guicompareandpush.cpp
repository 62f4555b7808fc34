// The desktop app end to end against two real Directus 11.3.5 instances, driven as a user would
// (offscreen, no modal exec left waiting): A is seeded and tracked by the real directus-sync, B
// gets everything from A through the core push engine, then three items change on A. In the
// window the user adds both connections in the connections dialog (each tested), compares A
// with B, keeps only "Changed" in the filter bar, marks two of the three changed items with the
// keyboard, reviews the push, simulates, applies; REST on B shows exactly those two changed.
#include "appcontroller.h"
#include "compareitemsmodel.h"
#include "comparisonroles.h"
#include "comparisonview.h"
#include "connectionlistmodel.h"
#include "connectionsdialog.h"
#include "directusserver.h"
#include "directussynccli.h"
#include "filterbar.h"
#include "httpdirectusclient.h"
#include "instanceside.h"
#include "itemfilterproxymodel.h"
#include "mainwindow.h"
#include "memorytokenstore.h"
#include "profilestore.h"
#include "pushplanmodel.h"
#include "pushreviewdialog.h"
#include "pushsteps.h"
#include "seeder.h"
#include "testenvironment.h"
#include "testrest.h"

#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

using namespace syncstudio;
using namespace syncstudio::test;

class tst_GuiCompareAndPush final : public QObject
{
    Q_OBJECT

    TestEnvironment m_env;
    std::unique_ptr<DirectusServer> m_a;
    std::unique_ptr<DirectusServer> m_b;
    QTemporaryDir m_work;
    SeedIds m_ids;
    QString m_roleName;

    QJsonObject readOne(const DirectusServer &server, const QString &path) const
    {
        TestRest rest(server.url(), server.token());
        const auto reply = rest.get(path);
        return reply.ok() ? reply.data.toObject() : QJsonObject();
    }

    // The editor role on B, found by name (roles get their own ids on each instance).
    QJsonObject roleOnB() const
    {
        TestRest rest(m_b->url(), m_b->token());
        const auto reply = rest.get(QStringLiteral("/roles?filter[name][_eq]=") + m_roleName);
        const QJsonArray roles = reply.data.toArray();
        return roles.size() == 1 ? roles.first().toObject() : QJsonObject();
    }

    // Fills the modal connections dialog that "Add Connection…" opens: one profile per
    // server, each saved and tested as a user would, then closes it.
    void addConnectionsInDialog(bool *done)
    {
        auto *dialog = qobject_cast<ConnectionsDialog *>(QApplication::activeModalWidget());
        if (!dialog) { // not open yet
            QTimer::singleShot(50, this, [this, done] { addConnectionsInDialog(done); });
            return;
        }
        const auto add = [dialog](const QString &name, const DirectusServer &server) {
            dialog->addProfile();
            dialog->nameEdit()->setText(name);
            dialog->urlEdit()->setText(server.url().toString());
            dialog->tokenEdit()->setText(server.token());
            if (!dialog->saveCurrent())
                return QStringLiteral("saving %1 failed: %2")
                    .arg(name, dialog->testResult()->text());
            dialog->testCurrent();
            // The check says the version in plain words, or what is wrong.
            QDeadlineTimer deadline(60000);
            while (!dialog->testResult()->text().contains(QStringLiteral("11.3.5")) &&
                   !deadline.hasExpired())
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            const QString result = dialog->testResult()->text();
            return result.contains(QStringLiteral("11.3.5"))
                       ? QString()
                       : QStringLiteral("test of %1: %2").arg(name, result);
        };
        QString error = add(QStringLiteral("Staging A"), *m_a);
        if (error.isEmpty())
            error = add(QStringLiteral("Production B"), *m_b);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        *done = error.isEmpty();
        dialog->accept();
    }

private slots:
    void initTestCase()
    {
        PushSteps::registerMetaTypes();
        QString error;
        m_a = DirectusServer::start({}, &error);
        QVERIFY2(m_a, qPrintable(error));
        m_b = DirectusServer::start({}, &error);
        QVERIFY2(m_b, qPrintable(error));
        TestRest restA(m_a->url(), m_a->token());
        QVERIFY2(Seeder::seedRich(restA, false, &m_ids, &error), qPrintable(error));
        const auto pull = DirectusSyncCli::run(QStringLiteral("pull"), m_a->url(), m_a->token(),
                                               {QStringLiteral("--dump-path"),
                                                m_work.filePath(QStringLiteral("dump-a")),
                                                QStringLiteral("--no-specs")});
        QVERIFY2(pull.ok(), qPrintable(pull.output));
        m_roleName = readOne(*m_a, QStringLiteral("/roles/") + m_ids.editorRole)
                         .value(QStringLiteral("name"))
                         .toString();
        QVERIFY(!m_roleName.isEmpty());

        // Everything from A into B through the core engine; one apply converges.
        HttpDirectusClient clientA(m_a->url(), Credentials::fromToken(m_a->token()));
        HttpDirectusClient clientB(m_b->url(), Credentials::fromToken(m_b->token()));
        InstanceSide sideA(&clientA, QStringLiteral("A"));
        const ComparisonOutcome outcome = PushSteps::compare(&sideA, &clientB);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        const PushPlan plan = PushSteps::plan(outcome, PushSelection::everything(), &clientB);
        QVERIFY2(plan.canApply(), qPrintable(plan.errors.join(u'\n')));
        const PushReport report = PushSteps::apply(plan, &clientB, outcome.source.snapshot.schema,
                                                   m_work.filePath(QStringLiteral("backup-all")));
        QVERIFY2(report.ok, qPrintable(report.error));
        const ComparisonOutcome synced = PushSteps::compare(&sideA, &clientB);
        QVERIFY2(synced.ok, qPrintable(synced.error));
        for (const ItemComparison &item : synced.result.items)
            QVERIFY2(item.status != ItemStatus::Changed,
                     qPrintable(item.collection + QLatin1Char('/') + item.name));

        // Three changes on A.
        QVERIFY(restA
                    .patch(QStringLiteral("/flows/") + m_ids.flowA,
                           QJsonObject{{QStringLiteral("name"), QStringLiteral("Flow A, edited")}})
                    .ok());
        QVERIFY(restA
                    .patch(QStringLiteral("/flows/") + m_ids.flowB,
                           QJsonObject{{QStringLiteral("name"), QStringLiteral("Flow B, edited")}})
                    .ok());
        QVERIFY(restA
                    .patch(QStringLiteral("/roles/") + m_ids.editorRole,
                           QJsonObject{{QStringLiteral("description"),
                                        QStringLiteral("Edited on staging")}})
                    .ok());
    }

    void compareFilterPickTwoSimulateApply()
    {
        const QString flowBBefore = readOne(*m_b, QStringLiteral("/flows/") + m_ids.flowB)
                                        .value(QStringLiteral("name"))
                                        .toString();
        QVERIFY(!flowBBefore.isEmpty());
        QVERIFY(!roleOnB().isEmpty());

        QTemporaryDir dir;
        ProfileStore profiles(dir.filePath(QStringLiteral("connections.ini")));
        MemoryTokenStore keyring;
        MemoryTokenStore fallback;
        MainWindow window;
        AppController controller(&window, &profiles, &keyring, &fallback,
                                 dir.filePath(QStringLiteral("settings.ini")));
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.isWelcomeShown());

        // File ▸ Add Connection… opens the (modal) connections dialog.
        bool added = false;
        QTimer::singleShot(0, this, [this, &added] { addConnectionsInDialog(&added); });
        window.findChild<QAction *>(QStringLiteral("addConnectionAction"))->trigger();
        QVERIFY(added);
        QCOMPARE(profiles.profiles().size(), 2);
        // Tokens went to the keyring, not to the settings file.
        QFile settings(dir.filePath(QStringLiteral("connections.ini")));
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(!settings.readAll().contains(m_a->token().toUtf8()));

        ConnectionListModel *sides = controller.sidesModel();
        int rowA = -1;
        int rowB = -1;
        for (int row = 0; row < sides->rowCount(); ++row) {
            const QString name = sides->index(row).data().toString();
            if (name.contains(QStringLiteral("Staging A")))
                rowA = row;
            else if (name.contains(QStringLiteral("Production B")))
                rowB = row;
        }
        QVERIFY(rowA >= 0 && rowB >= 0);
        window.setSides(rowA, rowB);
        window.findChild<QAction *>(QStringLiteral("compareAction"))->trigger();
        CompareItemsModel *items = controller.itemsModel();
        QTRY_VERIFY_WITH_TIMEOUT(items->rowCount() > 0, 180000);

        // Only "Changed" in the filter bar: exactly the three items edited on A.
        ComparisonView *view = window.comparisonView();
        for (int status = 0; status < DiffStatusCount; ++status) {
            QToolButton *chip = view->filterBar()->statusButton(DiffStatus(status));
            if (chip->isChecked() != (DiffStatus(status) == DiffStatus::Changed))
                QTest::mouseClick(chip, Qt::LeftButton);
        }
        ItemFilterProxyModel *shown = view->filterModel();
        QStringList names;
        for (int row = 0; row < shown->rowCount(); ++row)
            names << shown->index(row, ItemColumns::NameColumn).data().toString();
        names.sort();
        QStringList expected{QStringLiteral("Flow A, edited"), QStringLiteral("Flow B, edited"),
                             m_roleName};
        expected.sort();
        QCOMPARE(names, expected);

        // Mark two of them with the keyboard: select the row, Space.
        QTreeView *list = view->itemView();
        list->setFocus();
        const auto rowOf = [shown](const QString &name) {
            for (int row = 0; row < shown->rowCount(); ++row) {
                if (shown->index(row, ItemColumns::NameColumn).data().toString() == name)
                    return row;
            }
            return -1;
        };
        for (const QString &name : {QStringLiteral("Flow A, edited"), m_roleName}) {
            const int row = rowOf(name);
            QVERIFY(row >= 0);
            list->setCurrentIndex(shown->index(row, ItemColumns::NameColumn));
            QTest::keyClick(list, Qt::Key_Space);
        }
        QCOMPARE(view->checkedItemCount(), 2);

        // Push Selected →: review, Simulate (reads only), Apply.
        QAction *push = window.findChild<QAction *>(QStringLiteral("reviewPushAction"));
        QTRY_VERIFY(push->isEnabled()); // the count is updated once back in the event loop
        push->trigger();
        PushReviewDialog *dialog = controller.pushReviewDialog();
        QVERIFY(dialog);
        QPointer<PushReviewDialog> guard(dialog);
        QSignalSpy runs(dialog, &PushReviewDialog::runFinished);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), PushReviewDialog::State::Ready, 120000);
        const PushPlan &plan = dialog->planModel()->plan();
        QVERIFY2(plan.canApply(), qPrintable(plan.errors.join(u'\n')));
        for (const PlanStep &step : plan.steps)
            QVERIFY2(step.name != QStringLiteral("Flow B, edited"), qPrintable(plan.describe()));

        auto *simulate = dialog->findChild<QPushButton *>(QStringLiteral("simulateButton"));
        QTest::mouseClick(simulate, Qt::LeftButton);
        QVERIFY(runs.wait(180000));
        const PushReport simulated = runs.takeFirst().at(0).value<PushReport>();
        QVERIFY2(simulated.ok && simulated.simulated, qPrintable(simulated.error));
        QCOMPARE(readOne(*m_b, QStringLiteral("/flows/") + m_ids.flowA)
                     .value(QStringLiteral("name"))
                     .toString()
                     .contains(QStringLiteral("edited")),
                 false);

        dialog->setBackupFolder(m_work.filePath(QStringLiteral("backup-gui")));
        auto *apply = dialog->findChild<QPushButton *>(QStringLiteral("applyButton"));
        QVERIFY(apply->isEnabled()); // B is not protected: no name to type
        QTest::mouseClick(apply, Qt::LeftButton);
        QVERIFY(runs.wait(180000));
        const PushReport applied = runs.takeFirst().at(0).value<PushReport>();
        QVERIFY2(applied.ok && !applied.simulated, qPrintable(applied.error));

        // REST on B: exactly the two marked items changed.
        QCOMPARE(readOne(*m_b, QStringLiteral("/flows/") + m_ids.flowA)
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("Flow A, edited"));
        QCOMPARE(roleOnB().value(QStringLiteral("description")).toString(),
                 QStringLiteral("Edited on staging"));
        QCOMPARE(readOne(*m_b, QStringLiteral("/flows/") + m_ids.flowB)
                     .value(QStringLiteral("name"))
                     .toString(),
                 flowBBefore);

        // Closing the review compares again: only flow B is still changed.
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("closeButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(guard.isNull());
        QTRY_VERIFY_WITH_TIMEOUT(shown->rowCount() == 1 &&
                                     shown->index(0, ItemColumns::NameColumn).data().toString() ==
                                         QStringLiteral("Flow B, edited"),
                                 180000);
    }
};

QTEST_MAIN(tst_GuiCompareAndPush)
#include "tst_guicompareandpush.moc"
