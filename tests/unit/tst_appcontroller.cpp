// The controller end to end on two dump folders (no server): pick both in the side pickers,
// compare through the engine's Comparison off the GUI thread, then the real models and the
// side-by-side diff of a changed item reach the window.

#include "appcontroller.h"
#include "compareitemsmodel.h"
#include "comparisonroles.h"
#include "comparisonview.h"
#include "connectionlistmodel.h"
#include "exportdialog.h"
#include "mainwindow.h"
#include "memorytokenstore.h"
#include "profilestore.h"
#include "pushreviewdialog.h"
#include "recentcomparisonsmodel.h"
#include "testenvironment.h"

#include "gittestsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDirIterator>
#include <QMessageBox>
#include <QStatusBar>
#include <QtTest>

using namespace syncstudio;
using syncstudio::test::copyTree;

namespace {

bool replaceInFile(const QString &path, const QByteArray &before, const QByteArray &after)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QByteArray content = file.readAll();
    file.close();
    if (!content.contains(before))
        return false;
    content.replace(before, after);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) > 0;
}

} // namespace

class TestAppController final : public QObject
{
    Q_OBJECT

private slots:
    void compareTwoFolders();
    void browseOneFolder();
    void openDemo();
    void compareNamed();
};

void TestAppController::compareTwoFolders()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString source =
        test::TestEnvironment::sourceDir() + u"/tests/data/pull341/expected/default"_qs;
    const QString left = dir.filePath(u"staging"_qs);
    const QString right = dir.filePath(u"production"_qs);
    QVERIFY(copyTree(source, left));
    QVERIFY(copyTree(source, right));
    QVERIFY(replaceInFile(right + u"/collections/flows.json"_qs, "\"cron\": \"0 3 * * *\"",
                          "\"cron\": \"0 4 * * *\""));

    ProfileStore profiles(dir.filePath(u"connections.ini"_qs));
    MemoryTokenStore keyring;
    MemoryTokenStore fallback;
    MainWindow window;
    const QString settings = dir.filePath(u"settings.ini"_qs);
    AppController controller(&window, &profiles, &keyring, &fallback, settings);
    QAbstractItemModelTester recentTester(controller.recentModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(controller.recentModel()->rowCount(), 0);
    const int leftRow = controller.sidesModel()->addFolder(left);
    const int rightRow = controller.sidesModel()->addFolder(right);
    QCOMPARE(controller.sidesModel()->index(leftRow).data().toString(), u"staging"_qs);
    window.setSides(leftRow, rightRow);
    controller.compare();
    CompareItemsModel *items = controller.itemsModel();
    QTRY_VERIFY_WITH_TIMEOUT(items->rowCount() > 0, 20000);
    QVERIFY(!window.isWelcomeShown());

    int changed = -1;
    for (int row = 0; row < items->rowCount(); ++row) {
        const int status = items->index(row, 0).data(ComparisonRoles::StatusRole).toInt();
        if (status == int(DiffStatus::Changed)) {
            QCOMPARE(changed, -1); // exactly one changed item
            changed = row;
        } else {
            QCOMPARE(status, int(DiffStatus::Identical));
        }
    }
    QVERIFY(changed >= 0);
    QCOMPARE(items->index(changed, 0).data(ComparisonRoles::CollectionKeyRole).toString(),
             u"flows"_qs);
    const DiffPresentation diff = items->presentation(changed, u"staging"_qs, u"production"_qs);
    QCOMPARE(diff.changeRows.size(), 1);
    const int row = diff.changeRows.first();
    QVERIFY(diff.left.text.split(u'\n').at(row).contains(u"0 3 * * *"_qs));
    QVERIFY(diff.right.text.split(u'\n').at(row).contains(u"0 4 * * *"_qs));

    // The comparison is remembered, and reopens in one click from another session.
    QCOMPARE(controller.recentModel()->rowCount(), 1);
    QCOMPARE(controller.recentModel()->index(0).data().toString(), u"staging → production"_qs);
    {
        MainWindow second;
        AppController again(&second, &profiles, &keyring, &fallback, settings);
        QCOMPARE(again.recentModel()->rowCount(), 1);
        emit second.recentComparisonActivated(again.recentModel()->index(0));
        QTRY_VERIFY_WITH_TIMEOUT(again.itemsModel()->rowCount() > 0, 20000);
        QCOMPARE(again.itemsModel()->rowCount(), items->rowCount());
        QCOMPARE(again.recentModel()->rowCount(), 1);
    }

    // Checking the item selects it for a push, as a value.
    QVERIFY(items->setData(items->index(changed, 0), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(items->selection().items.size(), 1);
    QCOMPARE(items->selection().items.first().collection, u"flows"_qs);

    // Push Selected into a dump folder: no review, a message that says what to do instead.
    emit window.pushReviewRequested();
    QVERIFY(!controller.pushReviewDialog());
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox *>()) != nullptr);
    QVERIFY2(box->text().contains(u"production is a dump folder"_qs), qPrintable(box->text()));
    box->close();
    QTRY_VERIFY(!window.findChild<QMessageBox *>());

    // Neither way can push into a folder: both actions are off and say why.
    auto *push = window.findChild<QAction *>(u"reviewPushAction"_qs);
    auto *pushLeft = window.findChild<QAction *>(u"reviewPushLeftAction"_qs);
    QTRY_VERIFY(!push->isEnabled());
    QVERIFY(!pushLeft->isEnabled());
    QVERIFY2(pushLeft->toolTip().contains(u"staging is a dump folder"_qs),
             qPrintable(pushLeft->toolTip()));
    QVERIFY2(push->toolTip().contains(u"production is a dump folder"_qs),
             qPrintable(push->toolTip()));
    emit window.pushLeftReviewRequested();
    QVERIFY(!controller.pushReviewDialog());
    QTRY_VERIFY((box = window.findChild<QMessageBox *>()) != nullptr);
    QVERIFY2(box->text().contains(u"staging is a dump folder"_qs), qPrintable(box->text()));
    box->close();

    // Mapping rows live on instances only: Untrack is off for the current item, saying why,
    // and asking anyway leaves a message instead of a review.
    window.comparisonView()->selectItem(items->index(changed, ItemColumns::NameColumn));
    auto *untrack = window.findChild<QAction *>(u"untrackAction"_qs);
    auto *track = window.findChild<QAction *>(u"trackAction"_qs);
    QVERIFY(!untrack->isEnabled());
    QVERIFY2(untrack->toolTip().contains(u"dump folder"_qs), qPrintable(untrack->toolTip()));
    QVERIFY(!track->isEnabled());
    QVERIFY2(track->toolTip().contains(u"already tracked"_qs), qPrintable(track->toolTip()));
    emit window.untrackRequested();
    QVERIFY(!controller.pushReviewDialog());
    QVERIFY2(window.statusBar()->currentMessage().contains(u"dump folder"_qs),
             qPrintable(window.statusBar()->currentMessage()));
}

void TestAppController::browseOneFolder()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"staging"_qs);
    QVERIFY(copyTree(
        test::TestEnvironment::sourceDir() + u"/tests/data/pull341/expected/default"_qs, folder));
    ProfileStore profiles(dir.filePath(u"connections.ini"_qs));
    MemoryTokenStore keyring;
    MainWindow window;
    AppController controller(&window, &profiles, &keyring, nullptr,
                             dir.filePath(u"settings.ini"_qs));
    window.setSides(controller.sidesModel()->addFolder(folder), -1);
    controller.compare(); // one side chosen: browse it
    CompareItemsModel *items = controller.itemsModel();
    QTRY_VERIFY_WITH_TIMEOUT(items->rowCount() > 0, 20000);
    QVERIFY(items->isBrowseMode());
    int flow = -1;
    for (int row = 0; row < items->rowCount(); ++row) {
        // A dump's items all carry a SyncID: tracked.
        QCOMPARE(items->index(row, 0).data(ComparisonRoles::StatusRole).toInt(),
                 int(DiffStatus::Identical));
        QVERIFY(!items->isPushable(row));
        if (items->index(row, ItemColumns::NameColumn).data().toString() == u"Nightly cleanup"_qs)
            flow = row;
    }
    QVERIFY(flow >= 0);
    // The schema is listed too: every collection, field and relation of the snapshot.
    QHash<QString, int> schemaRows;
    int articlesTitle = -1;
    for (int row = 0; row < items->rowCount(); ++row) {
        const QString key =
            items->index(row, 0).data(ComparisonRoles::CollectionKeyRole).toString();
        if (key.startsWith(u"schema/"_qs))
            ++schemaRows[key];
        if (key == u"schema/fields"_qs &&
            items->index(row, ItemColumns::NameColumn).data().toString() == u"articles.title"_qs)
            articlesTitle = row;
    }
    QVERIFY2(schemaRows.value(u"schema/collections"_qs) > 0, "no schema collections");
    QVERIFY2(schemaRows.value(u"schema/fields"_qs) > 0, "no schema fields");
    QVERIFY(articlesTitle >= 0);
    const DiffPresentation field = items->presentation(articlesTitle, u"staging"_qs, QString());
    QVERIFY(field.left.text.contains(u"\"field\": \"title\""_qs));
    const DiffPresentation single = items->presentation(flow, u"staging"_qs, QString());
    QVERIFY(single.right.text.isEmpty());
    QVERIFY(single.left.marks.isEmpty());
    QVERIFY(single.left.text.contains(u"\"cron\": \"0 3 * * *\""_qs));
    // Not remembered as a comparison.
    QCOMPARE(controller.recentModel()->rowCount(), 0);
}

void TestAppController::openDemo()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    ProfileStore profiles(dir.filePath(u"connections.ini"_qs));
    MemoryTokenStore keyring;
    MainWindow window;
    AppController controller(&window, &profiles, &keyring, nullptr,
                             dir.filePath(u"settings.ini"_qs));
    emit window.openDemoRequested();
    CompareItemsModel *items = controller.itemsModel();
    QTRY_VERIFY_WITH_TIMEOUT(items->rowCount() > 0, 20000);
    QCOMPARE(window.leftSide() >= 0 && window.rightSide() >= 0, true);
    QCOMPARE(controller.sidesModel()->index(window.leftSide()).data().toString(), u"staging"_qs);
    QCOMPARE(controller.sidesModel()->index(window.rightSide()).data().toString(),
             u"production"_qs);
    // The sample dumps differ the way scripts/make-demo-dumps changed staging: a changed role,
    // a new dashboard (only on staging), a deleted folder (only on production).
    QHash<int, QStringList> byStatus;
    for (int row = 0; row < items->rowCount(); ++row) {
        const QModelIndex index = items->index(row, 0);
        byStatus[index.data(ComparisonRoles::StatusRole).toInt()].append(
            index.data(ComparisonRoles::CollectionKeyRole).toString());
    }
    QVERIFY(byStatus.value(int(DiffStatus::Changed)).contains(u"roles"_qs));
    QVERIFY(byStatus.value(int(DiffStatus::OnlyLeft)).contains(u"dashboards"_qs));
    QVERIFY(byStatus.value(int(DiffStatus::OnlyRight)).contains(u"folders"_qs));
    QVERIFY(byStatus.value(int(DiffStatus::Identical)).size() > 20);

    // Deleting needs an explicit switch: only then can a target-only item be checked.
    int targetOnly = -1;
    for (int row = 0; row < items->rowCount() && targetOnly < 0; ++row)
        if (items->index(row, 0).data(ComparisonRoles::StatusRole).toInt() ==
            int(DiffStatus::OnlyRight))
            targetOnly = row;
    QVERIFY(targetOnly >= 0);
    const QModelIndex checkCell = items->index(targetOnly, 0);
    QVERIFY(!(items->flags(checkCell) & Qt::ItemIsUserCheckable));
    auto *allowDelete = window.findChild<QAction *>(u"allowDeleteAction"_qs);
    QVERIFY(allowDelete);
    QVERIFY(!allowDelete->isChecked());
    allowDelete->trigger();
    QVERIFY(items->flags(checkCell) & Qt::ItemIsUserCheckable);
    QVERIFY(items->setData(checkCell, Qt::Checked, Qt::CheckStateRole));
    QVERIFY(items->selection().allowDelete);
    allowDelete->trigger();
    QCOMPARE(items->checkedCount(), 0);

    // File > Export… exports the left side as it was read.
    QVERIFY(!controller.exportDialog());
    emit window.exportRequested();
    QVERIFY(controller.exportDialog());
    QVERIFY(controller.exportDialog()->windowTitle().contains(u"staging"_qs));
    controller.exportDialog()->reject();
}

// The command line's --left/--right: a saved connection by name (any case) or a folder path.
void TestAppController::compareNamed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString source =
        test::TestEnvironment::sourceDir() + u"/tests/data/pull341/expected/default"_qs;
    const QString folder = dir.filePath(u"staging"_qs);
    QVERIFY(copyTree(source, folder));
    ProfileStore profiles(dir.filePath(u"connections.ini"_qs));
    profiles.save(ConnectionProfile::create(u"Demo production"_qs, QUrl(u"http://127.0.0.1:9"_qs)));
    MemoryTokenStore keyring;
    MainWindow window;
    AppController controller(&window, &profiles, &keyring, nullptr,
                             dir.filePath(u"settings.ini"_qs));

    QString error;
    QVERIFY(!controller.compareNamed(u"Nowhere"_qs, QString(), &error));
    QVERIFY2(error.contains(u"Nowhere"_qs), qPrintable(error));
    QCOMPARE(window.leftSide(), -1);

    // Only a left side: browse it.
    error.clear();
    QVERIFY2(controller.compareNamed(folder, QString(), &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(controller.itemsModel()->rowCount() > 0, 20000);
    QVERIFY(controller.itemsModel()->isBrowseMode());
    QCOMPARE(controller.sidesModel()->index(window.leftSide()).data().toString(), u"staging"_qs);

    QVERIFY(!controller.compareNamed(folder, u"demo staging"_qs, &error));
    QVERIFY2(error.contains(u"demo staging"_qs), qPrintable(error));
    QVERIFY2(controller.compareNamed(folder, u"demo PRODUCTION"_qs, &error), qPrintable(error));
    const auto right = controller.sidesModel()->profileAt(window.rightSide());
    QVERIFY(right.has_value());
    QCOMPARE(right->name, u"Demo production"_qs);
    controller.cancel();
}

QTEST_MAIN(TestAppController)
#include "tst_appcontroller.moc"
