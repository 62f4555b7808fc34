#include "comparisonroles.h"
#include "comparisonview.h"
#include "democontent.h"
#include "filterbar.h"
#include "itemfilterproxymodel.h"
#include "jsondiffview.h"
#include "jsontextview.h"
#include "mainwindow.h"
#include "screenshotrenderer.h"
#include "testenvironment.h"
#include "welcomepage.h"

#include <QAction>
#include <QComboBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QProcess>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <memory>
#include <numeric>

using namespace syncstudio;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void windowBuilds();
    void shortcuts_data();
    void shortcuts();
    void shortcutsAreUnique();
    void pushLeftFollowsTheSides();
    void itemContextMenu();
    void welcomePageShownInitially();
    void grabHasWindowSize();
    void renderScreens_data();
    void renderScreens();
    void renderUnknownScreen();
    void screenAliases_data();
    void screenAliases();

    void demoShowsComparison();
    void nextAndPreviousChange();
    void pushActionCountsCheckedItems();
    void spaceTogglesSelectedItems();
    void statusFilterAndSearch();
    void collectionFilter();
    void unconnectedActionsExplainThemselves();
    void settingsRoundTrip();

    void screenshotCommandLine_data();
    void screenshotCommandLine();
    void screenshotUnknownScreen();
    void helpListsScreens();
    void germanTranslationIsEmbedded();

private:
    QString appPath() const;
    std::unique_ptr<test::TestEnvironment> m_environment;
};

void TestMainWindow::initTestCase()
{
    m_environment = std::make_unique<test::TestEnvironment>();
    QCoreApplication::setOrganizationName(QStringLiteral("SyncStudio"));
    QCoreApplication::setApplicationName(QStringLiteral("syncstudio"));
}

QString TestMainWindow::appPath() const
{
    const QString buildDir = test::TestEnvironment::buildDir();
    return buildDir.isEmpty() ? QString() : buildDir + QStringLiteral("/app/syncstudio");
}

void TestMainWindow::windowBuilds()
{
    MainWindow window;
    QVERIFY(window.welcomePage());
    QVERIFY(window.comparisonView());
    QCOMPARE(window.windowTitle(), QStringLiteral("Directus Sync Studio"));
    QVERIFY(window.findChild<QComboBox *>(QStringLiteral("leftSidePicker")));
    QVERIFY(window.findChild<QComboBox *>(QStringLiteral("rightSidePicker")));
    QVERIFY(!window.windowIcon().isNull());
}

void TestMainWindow::shortcuts_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QKeySequence>("shortcut");
    QTest::newRow("compare") << "compareAction" << QKeySequence(Qt::Key_F5);
    QTest::newRow("next change") << "nextChangeAction" << QKeySequence(Qt::Key_F7);
    QTest::newRow("previous change")
        << "previousChangeAction" << QKeySequence(Qt::SHIFT | Qt::Key_F7);
    QTest::newRow("review push (Return)")
        << "reviewPushAction" << QKeySequence(Qt::CTRL | Qt::Key_Return);
    QTest::newRow("review push (keypad Enter)")
        << "reviewPushAction" << QKeySequence(Qt::CTRL | Qt::Key_Enter);
    QTest::newRow("review push ←")
        << "reviewPushLeftAction" << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Left);
    QTest::newRow("review push ← (Return)")
        << "reviewPushLeftAction" << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return);
    QTest::newRow("review push → (arrow)")
        << "reviewPushAction" << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right);
    QTest::newRow("track") << "trackAction" << QKeySequence(Qt::CTRL | Qt::Key_T);
    QTest::newRow("untrack") << "untrackAction" << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T);
    QTest::newRow("adopt") << "adoptAction" << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A);
    QTest::newRow("quit") << "quitAction" << QKeySequence(Qt::CTRL | Qt::Key_Q);
    QTest::newRow("find") << "findAction" << QKeySequence(Qt::CTRL | Qt::Key_F);
    QTest::newRow("show ignored fields")
        << "showIgnoredAction" << QKeySequence(Qt::CTRL | Qt::Key_I);
}

void TestMainWindow::shortcuts()
{
    QFETCH(QString, action);
    QFETCH(QKeySequence, shortcut);
    MainWindow window;
    const auto *found = window.findChild<QAction *>(action);
    QVERIFY2(found, qPrintable(action));
    QVERIFY2(
        found->shortcuts().contains(shortcut),
        qPrintable(found->shortcut().toString() + QStringLiteral(" lacks ") + shortcut.toString()));
    QVERIFY(!found->text().isEmpty());
}

void TestMainWindow::shortcutsAreUnique()
{
    MainWindow window;
    QSet<QKeySequence> seen;
    const QList<QAction *> actions = window.findChildren<QAction *>();
    for (const QAction *action : actions) {
        for (const QKeySequence &shortcut : action->shortcuts()) {
            QVERIFY2(!seen.contains(shortcut), qPrintable(shortcut.toString()));
            seen.insert(shortcut);
        }
    }
    QVERIFY(seen.size() >= 7);
}

void TestMainWindow::welcomePageShownInitially()
{
    MainWindow window;
    QVERIFY(window.isWelcomeShown());
    const auto *pages = qobject_cast<QStackedWidget *>(window.centralWidget());
    QVERIFY(pages);
    QCOMPARE(pages->currentWidget(), window.welcomePage());
    // Nothing to navigate or push yet.
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("nextChangeAction"))->isEnabled());
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("reviewPushAction"))->isEnabled());
    // The recent list is empty, so its placeholder is what the user sees.
    auto *empty = window.findChild<QWidget *>(QStringLiteral("recentComparisonsEmpty"));
    QVERIFY(empty);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(empty->isVisible());
    QVERIFY(!window.welcomePage()->recentList()->isVisible());
}

void TestMainWindow::grabHasWindowSize()
{
    MainWindow window;
    window.resize(1000, 640);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QPixmap pixmap = window.grab();
    QVERIFY(!pixmap.isNull());
    QCOMPARE(pixmap.deviceIndependentSize().toSize(), QSize(1000, 640));
}

void TestMainWindow::renderScreens_data()
{
    QTest::addColumn<QString>("screen");
    QTest::addColumn<bool>("demo");
    for (const QString &name : ScreenshotRenderer::screenNames())
        QTest::newRow(qPrintable(name)) << name << false;
    for (const QString &name : ScreenshotRenderer::demoScreenNames())
        QTest::newRow(qPrintable(name + QStringLiteral(" --demo"))) << name << true;
}

void TestMainWindow::renderScreens()
{
    QFETCH(QString, screen);
    QFETCH(bool, demo);
    const QSize size(1100, 700);
    const QImage image = ScreenshotRenderer::render(screen, size, demo);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size() / image.devicePixelRatio(), size);
    // A real screen has many colours; a blank or failed paint has one or two.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
}

void TestMainWindow::renderUnknownScreen()
{
    QVERIFY(ScreenshotRenderer::render(QStringLiteral("no-such-screen")).isNull());
    QVERIFY(ScreenshotRenderer::canonicalName(QStringLiteral("no-such-screen")).isEmpty());
}

// The names of earlier releases keep working in scripts.
void TestMainWindow::screenAliases_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("screen");
    QTest::newRow("main") << "main"
                          << "compare";
    QTest::newRow("demo") << "demo"
                          << "compare";
    QTest::newRow("push") << "push"
                          << "push-review";
    QTest::newRow("diff") << "diff"
                          << "diff";
    QTest::newRow("push-review") << "push-review"
                                 << "push-review";
}

void TestMainWindow::screenAliases()
{
    QFETCH(QString, name);
    QFETCH(QString, screen);
    QCOMPARE(ScreenshotRenderer::canonicalName(name), screen);
}

void TestMainWindow::demoShowsComparison()
{
    MainWindow window;
    DemoContent *demo = DemoContent::install(&window);
    QVERIFY(demo);
    QCOMPARE(DemoContent::install(&window), demo); // installing twice reuses it
    QVERIFY(!window.isWelcomeShown());
    QCOMPARE(window.comparisonView()->itemModel(), demo->itemModel());
    QVERIFY(window.comparisonView()->itemView()->model()->rowCount() > 0);
    // The featured operation is selected and its JSON is shown on both sides.
    JsonDiffView *diff = window.comparisonView()->diffView();
    QVERIFY(diff->hasPresentation());
    QVERIFY2(diff->leftTitle().contains(QStringLiteral("operations/Check")),
             qPrintable(diff->leftTitle()));
    QVERIFY(diff->leftView()->toPlainText().contains(QStringLiteral("\"published\"")));
    QVERIFY(diff->rightView()->toPlainText().contains(QStringLiteral("\"draft\"")));
    QVERIFY(!diff->leftView()->marks().isEmpty());
    // Both sides are aligned row by row.
    QCOMPARE(diff->leftView()->document()->blockCount(),
             diff->rightView()->document()->blockCount());
}

void TestMainWindow::nextAndPreviousChange()
{
    MainWindow window;
    DemoContent::install(&window);
    ComparisonView *view = window.comparisonView();
    QAction *next = window.findChild<QAction *>(QStringLiteral("nextChangeAction"));
    QAction *previous = window.findChild<QAction *>(QStringLiteral("previousChangeAction"));
    QVERIFY(next->isEnabled());

    // Show identical items too, so skipping them is part of what is tested.
    view->filterBar()->setStatusChecked(DiffStatus::Identical, true);
    const QModelIndex start = view->currentItem();
    QVERIFY(start.isValid());
    next->trigger();
    const QModelIndex after = view->currentItem();
    QVERIFY(after.isValid());
    QVERIFY(after.row() > start.row());
    QVERIFY(after.siblingAtColumn(ItemColumns::StatusColumn)
                .data(ComparisonRoles::StatusRole)
                .toInt() != int(DiffStatus::Identical));
    previous->trigger();
    QCOMPARE(view->currentItem().row(), start.row());
}

void TestMainWindow::pushActionCountsCheckedItems()
{
    MainWindow window;
    DemoContent *demo = DemoContent::install(&window);
    QAction *push = window.findChild<QAction *>(QStringLiteral("reviewPushAction"));
    const int checked = window.comparisonView()->checkedItemCount();
    QVERIFY(checked > 0);
    QVERIFY(push->isEnabled());
    QVERIFY2(push->text().contains(QStringLiteral("(%1)").arg(checked)), qPrintable(push->text()));

    QStandardItemModel *items = demo->itemModel();
    for (int row = 0; row < items->rowCount(); ++row)
        items->item(row, ItemColumns::StatusColumn)->setCheckState(Qt::Unchecked);
    QCOMPARE(window.comparisonView()->checkedItemCount(), 0);
    // The count is recomputed once per burst of changes, on the next event loop pass.
    QTRY_VERIFY(!push->isEnabled());
    QVERIFY(!push->text().contains(u'('));
}

// Push ← follows the controller's word on the sides: off with the reason as its tooltip, on
// (with the count) once the left side is an instance.
void TestMainWindow::pushLeftFollowsTheSides()
{
    MainWindow window;
    DemoContent::install(&window);
    QAction *pushLeft = window.findChild<QAction *>(QStringLiteral("reviewPushLeftAction"));
    QVERIFY(pushLeft);
    QVERIFY(window.comparisonView()->checkedItemCount() > 0);
    QVERIFY(!pushLeft->isEnabled()); // no controller said the left is an instance
    QVERIFY2(pushLeft->toolTip().contains(u"choose a connection"_qs),
             qPrintable(pushLeft->toolTip()));
    window.setPushDirections(true, QString(), false, u"staging is a dump folder."_qs);
    QVERIFY(!pushLeft->isEnabled());
    QCOMPARE(pushLeft->toolTip(), u"staging is a dump folder."_qs);
    window.setPushDirections(true, QString(), true, QString());
    QVERIFY(pushLeft->isEnabled());
    QVERIFY(pushLeft->text().contains(u'('));
    QVERIFY(pushLeft->toolTip().contains(u"left"_qs));
    QSignalSpy requested(&window, &MainWindow::pushLeftReviewRequested);
    pushLeft->trigger();
    QCOMPARE(requested.size(), 1);
}

// Right-clicking an item offers Track, Untrack and Adopt (the same actions as the Comparison
// menu), disabled with the controller's reason, and both pushes.
void TestMainWindow::itemContextMenu()
{
    MainWindow window;
    DemoContent::install(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setMappingActionState(MainWindow::MappingAction::Track, true, u"Give it a SyncID"_qs);
    window.setMappingActionState(MainWindow::MappingAction::Adopt, false,
                                 u"production is a dump folder."_qs);
    QTreeView *list = window.comparisonView()->itemView();
    const QRect rect = list->visualRect(list->model()->index(0, ItemColumns::NameColumn));
    emit list->customContextMenuRequested(rect.center());
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = list->findChild<QMenu *>(QStringLiteral("itemContextMenu"))) != nullptr);
    QStringList names;
    for (const QAction *action : menu->actions())
        names << action->objectName();
    QVERIFY2(names.contains(u"trackAction"_qs) && names.contains(u"untrackAction"_qs) &&
                 names.contains(u"adoptAction"_qs) && names.contains(u"reviewPushAction"_qs) &&
                 names.contains(u"reviewPushLeftAction"_qs),
             qPrintable(names.join(u',')));
    QVERIFY(menu->toolTipsVisible());
    auto *track = window.findChild<QAction *>(QStringLiteral("trackAction"));
    auto *adopt = window.findChild<QAction *>(QStringLiteral("adoptAction"));
    QVERIFY(track->isEnabled());
    QVERIFY(!adopt->isEnabled());
    QCOMPARE(adopt->toolTip(), u"production is a dump folder."_qs);
    QSignalSpy tracked(&window, &MainWindow::trackRequested);
    track->trigger();
    QCOMPARE(tracked.size(), 1);
    menu->close();
}

void TestMainWindow::spaceTogglesSelectedItems()
{
    MainWindow window;
    DemoContent::install(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ComparisonView *view = window.comparisonView();
    QTreeView *list = view->itemView();
    QAbstractItemModel *shown = list->model();
    QVERIFY(shown->rowCount() >= 3);

    // Two unmarked rows, selected together; the current cell is in the name column.
    list->clearSelection();
    list->setCurrentIndex(shown->index(0, ItemColumns::NameColumn));
    list->selectionModel()->select(shown->index(1, ItemColumns::NameColumn),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const auto state = [shown](int row) {
        return shown->index(row, ItemColumns::StatusColumn).data(Qt::CheckStateRole).toInt();
    };
    QCOMPARE(state(0), int(Qt::Unchecked));
    QCOMPARE(state(1), int(Qt::Unchecked));
    const int before = view->checkedItemCount();

    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(state(0), int(Qt::Checked));
    QCOMPARE(state(1), int(Qt::Checked));
    QCOMPARE(view->checkedItemCount(), before + 2);
    QAction *push = window.findChild<QAction *>(QStringLiteral("reviewPushAction"));
    QTRY_VERIFY(push->text().contains(QStringLiteral("(%1)").arg(before + 2)));

    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(state(0), int(Qt::Unchecked));
    QCOMPARE(state(1), int(Qt::Unchecked));
}

void TestMainWindow::statusFilterAndSearch()
{
    MainWindow window;
    DemoContent::install(&window);
    ComparisonView *view = window.comparisonView();
    QAbstractItemModel *shown = view->itemView()->model();
    const int withoutIdentical = shown->rowCount();

    // The Identical toggle starts off; clicking it shows the identical items too.
    QToolButton *identical = view->filterBar()->statusButton(DiffStatus::Identical);
    QVERIFY(!identical->isChecked());
    identical->click();
    const int all = shown->rowCount();
    QVERIFY(all > withoutIdentical);
    QCOMPARE(all, view->itemModel()->rowCount());
    // The button counts are what the toggles would show.
    const auto counts = view->filterModel()->statusCounts();
    QCOMPARE(std::accumulate(counts.cbegin(), counts.cend(), 0), all);
    QVERIFY(identical->text().contains(
        QString::number(counts[static_cast<std::size_t>(DiffStatus::Identical)])));

    QTest::keyClicks(view->filterBar()->searchField(), QStringLiteral("article"));
    QVERIFY(shown->rowCount() > 0);
    QVERIFY(shown->rowCount() < all);
    for (int row = 0; row < shown->rowCount(); ++row) {
        QVERIFY(shown->index(row, ItemColumns::NameColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("article"), Qt::CaseInsensitive));
    }
}

void TestMainWindow::collectionFilter()
{
    MainWindow window;
    DemoContent *demo = DemoContent::install(&window);
    ComparisonView *view = window.comparisonView();
    view->filterBar()->setStatusChecked(DiffStatus::Identical, true);
    QTreeView *tree = view->collectionView();

    const QModelIndexList schema = demo->collectionModel()->match(
        demo->collectionModel()->index(0, 0), ComparisonRoles::CollectionKeyRole,
        QStringLiteral("schema"), 1, Qt::MatchExactly);
    QCOMPARE(schema.size(), 1);
    tree->setCurrentIndex(schema.first());
    QAbstractItemModel *shown = view->itemView()->model();
    int expected = 0;
    for (DiffStatus status : allDiffStatuses)
        expected += schema.first().data(ComparisonRoles::countRole(status)).toInt();
    QVERIFY(expected > 0);
    // "schema" also covers schema/fields etc., and the tree's counts match the list.
    QCOMPARE(shown->rowCount(), expected);
    for (int row = 0; row < shown->rowCount(); ++row) {
        QVERIFY(shown->index(row, 0)
                    .data(ComparisonRoles::CollectionKeyRole)
                    .toString()
                    .startsWith(QStringLiteral("schema/")));
    }
}

void TestMainWindow::unconnectedActionsExplainThemselves()
{
    MainWindow window;
    int compares = 0;
    QAction *compare = window.findChild<QAction *>(QStringLiteral("compareAction"));
    compare->trigger();
    QVERIFY(!window.statusBar()->currentMessage().isEmpty());
    QCOMPARE(compares, 0);

    connect(&window, &MainWindow::compareRequested, this, [&compares] { ++compares; });
    window.statusBar()->clearMessage();
    compare->trigger();
    QCOMPARE(compares, 1);
    QVERIFY(window.statusBar()->currentMessage().isEmpty());
}

void TestMainWindow::settingsRoundTrip()
{
    {
        MainWindow window;
        window.resize(1010, 650);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.close(); // closing saves
    }
    QVERIFY(QSettings().contains(QStringLiteral("mainWindow/geometry")));
    QVERIFY(QSettings().contains(QStringLiteral("mainWindow/comparisonLayout")));
    MainWindow restored;
    restored.restoreSettings();
    QCOMPARE(restored.size(), QSize(1010, 650));

    // View ▸ Show Ignored Fields: checkable, remembered as soon as it is toggled.
    auto *ignored = restored.findChild<QAction *>(QStringLiteral("showIgnoredAction"));
    QVERIFY(ignored && ignored->isCheckable());
    QSignalSpy toggled(&restored, &MainWindow::showIgnoredFieldsToggled);
    const bool before = restored.showIgnoredFields();
    ignored->trigger();
    QCOMPARE(toggled.size(), 1);
    QCOMPARE(restored.showIgnoredFields(), !before);
    QCOMPARE(QSettings().value(QStringLiteral("view/showIgnoredFields")).toBool(), !before);
    MainWindow again;
    again.restoreSettings();
    QCOMPARE(again.showIgnoredFields(), !before);
    again.setShowIgnoredFields(before); // leave the setting as found
}

void TestMainWindow::screenshotCommandLine_data()
{
    QTest::addColumn<QString>("screen");
    QTest::addColumn<bool>("demo");
    for (const QString &name : ScreenshotRenderer::screenNames())
        QTest::newRow(qPrintable(name)) << name << false;
    QTest::newRow("diff --demo") << QStringLiteral("diff") << true;
}

void TestMainWindow::screenshotCommandLine()
{
    QFETCH(QString, screen);
    QFETCH(bool, demo);
    if (appPath().isEmpty())
        QFAIL("SYNCSTUDIO_BUILD_DIR is not set: run the tests through ctest (scripts/test).");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("shot.png"));

    QProcess process;
    QStringList arguments{QStringLiteral("--screenshot"), file, QStringLiteral("--screen"), screen};
    if (demo)
        arguments << QStringLiteral("--demo");
    process.start(appPath(), arguments);
    QVERIFY2(process.waitForFinished(60000), qPrintable(process.errorString()));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());

    const QImage image(file);
    QVERIFY2(!image.isNull(), qPrintable(file));
    QCOMPARE(image.size(), ScreenshotRenderer::defaultSize());
}

void TestMainWindow::screenshotUnknownScreen()
{
    if (appPath().isEmpty())
        QFAIL("SYNCSTUDIO_BUILD_DIR is not set: run the tests through ctest (scripts/test).");
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("shot.png"));
    QProcess process;
    process.start(appPath(), {QStringLiteral("--screenshot"), file, QStringLiteral("--screen"),
                              QStringLiteral("nonsense")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 2);
    const QString error = QString::fromLocal8Bit(process.readAllStandardError());
    QVERIFY2(error.contains(QStringLiteral("nonsense")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("welcome")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(file));
}

void TestMainWindow::helpListsScreens()
{
    if (appPath().isEmpty())
        QFAIL("SYNCSTUDIO_BUILD_DIR is not set: run the tests through ctest (scripts/test).");
    QProcess process;
    process.start(appPath(), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QString help = QString::fromLocal8Bit(process.readAllStandardOutput());
    QVERIFY2(help.contains(QStringLiteral("--screenshot")), qPrintable(help));
    for (const QString &name : ScreenshotRenderer::screenNames())
        QVERIFY2(help.contains(name), qPrintable(name));
}

void TestMainWindow::germanTranslationIsEmbedded()
{
    if (appPath().isEmpty())
        QFAIL("SYNCSTUDIO_BUILD_DIR is not set: run the tests through ctest (scripts/test).");
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SYNCSTUDIO_LANGUAGE"), QStringLiteral("de"));
    process.setProcessEnvironment(environment);
    process.start(appPath(), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QString help = QString::fromUtf8(process.readAllStandardOutput());
    // Our own text (from :/i18n) and Qt's (qtbase_de.qm, when installed) are both German.
    QVERIFY2(help.contains(QStringLiteral("Ansicht")), qPrintable(help));
    QVERIFY2(!help.contains(QStringLiteral("Render a screen")), qPrintable(help));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
