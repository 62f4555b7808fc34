#include "mainwindow.h"
#include "aboutdialog.h"
#include "comparisonview.h"
#include "jsondiffview.h"
#include "languagemenu.h"
#include "welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMetaMethod>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

namespace syncstudio {

namespace {

const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString StateKey = QStringLiteral("mainWindow/state");
const QString ComparisonLayoutKey = QStringLiteral("mainWindow/comparisonLayout");
const QString ShowIgnoredKey = QStringLiteral("view/showIgnoredFields");

enum Page { WelcomePageIndex, ComparisonPageIndex };

QIcon themedIcon(const QString &name, QStyle::StandardPixmap fallback, const QStyle *style)
{
    return QIcon::fromTheme(name, style->standardIcon(fallback));
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_pages(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_comparison(new ComparisonView(this))
{
    setWindowTitle(tr("Directus Sync Studio"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/syncstudio.svg")));
    setObjectName(QStringLiteral("mainWindow"));

    m_pages->insertWidget(WelcomePageIndex, m_welcome);
    m_pages->insertWidget(ComparisonPageIndex, m_comparison);
    setCentralWidget(m_pages);

    createActions();
    createMenus();
    createToolBar();
    createStatusBar();

    connect(m_welcome, &WelcomePage::addConnectionRequested, this,
            [this] { request(&MainWindow::addConnectionRequested); });
    connect(m_welcome, &WelcomePage::openFolderRequested, this,
            [this] { request(&MainWindow::openFolderRequested); });
    connect(m_welcome, &WelcomePage::openDemoRequested, this,
            [this] { request(&MainWindow::openDemoRequested); });
    connect(m_welcome, &WelcomePage::recentComparisonActivated, this,
            &MainWindow::recentComparisonActivated);
    connect(m_comparison, &ComparisonView::currentItemChanged, this,
            &MainWindow::currentItemChanged);
    connect(m_comparison, &ComparisonView::checkedItemCountChanged, this,
            [this](int count) { updatePushAction(count); });
    m_comparison->itemView()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_comparison->itemView(), &QWidget::customContextMenuRequested, this,
            &MainWindow::showItemContextMenu);

    m_whyNotPush[1] = tr("Push ← writes into the left side: choose a connection there and "
                         "compare.");
    showWelcome();
    updatePushAction(0);
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    const QStyle *style = this->style();
    const auto make = [this](const QString &objectName, const QString &text) {
        auto *action = new QAction(text, this);
        action->setObjectName(objectName);
        return action;
    };

    m_addConnectionAction = make(QStringLiteral("addConnectionAction"), tr("&Add Connection…"));
    m_addConnectionAction->setIcon(QIcon(QStringLiteral(":/icons/connection-add.svg")));
    connect(m_addConnectionAction, &QAction::triggered, this,
            [this] { request(&MainWindow::addConnectionRequested); });

    m_openFolderAction = make(QStringLiteral("openFolderAction"), tr("&Open Dump Folder…"));
    m_openFolderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    m_openFolderAction->setIcon(QIcon::fromTheme(QStringLiteral("folder-open"),
                                                 QIcon(QStringLiteral(":/icons/folder-open.svg"))));
    connect(m_openFolderAction, &QAction::triggered, this,
            [this] { request(&MainWindow::openFolderRequested); });

    m_exportAction = make(QStringLiteral("exportAction"), tr("&Export…"));
    m_exportAction->setToolTip(tr("Export the shown side as a configuration folder"));
    m_exportAction->setIcon(
        themedIcon(QStringLiteral("document-save-as"), QStyle::SP_DialogSaveButton, style));
    connect(m_exportAction, &QAction::triggered, this,
            [this] { request(&MainWindow::exportRequested); });

    m_historyAction = make(QStringLiteral("historyAction"), tr("Folder &History…"));
    m_historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_historyAction->setToolTip(
        tr("The commits that changed a dump folder in git: compare any of them (Ctrl+H)"));
    connect(m_historyAction, &QAction::triggered, this, [this] { requestHistory(-1); });

    m_quitAction = make(QStringLiteral("quitAction"), tr("&Quit"));
    // Ctrl+Q everywhere, also where QKeySequence::Quit would be empty (Windows).
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_compareAction = make(QStringLiteral("compareAction"), tr("&Compare"));
    m_compareAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_compareAction->setToolTip(tr("Compare the left and the right side (F5)"));
    m_compareAction->setIcon(
        themedIcon(QStringLiteral("view-refresh"), QStyle::SP_BrowserReload, style));
    connect(m_compareAction, &QAction::triggered, this,
            [this] { request(&MainWindow::compareRequested); });

    m_swapAction = make(QStringLiteral("swapSidesAction"), tr("&Swap Sides"));
    m_swapAction->setToolTip(tr("Swap the left and the right side"));
    connect(m_swapAction, &QAction::triggered, this, [this] {
        setSides(rightSide(), leftSide());
        emit sidesChanged();
    });

    m_nextChangeAction = make(QStringLiteral("nextChangeAction"), tr("&Next Change"));
    m_nextChangeAction->setShortcut(QKeySequence(Qt::Key_F7));
    m_nextChangeAction->setIcon(themedIcon(QStringLiteral("go-down"), QStyle::SP_ArrowDown, style));
    connect(m_nextChangeAction, &QAction::triggered, this, [this] {
        if (!m_comparison->selectAdjacentChange(true))
            statusBar()->showMessage(tr("No further change below."), 3000);
    });

    m_previousChangeAction = make(QStringLiteral("previousChangeAction"), tr("&Previous Change"));
    m_previousChangeAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F7));
    m_previousChangeAction->setIcon(themedIcon(QStringLiteral("go-up"), QStyle::SP_ArrowUp, style));
    connect(m_previousChangeAction, &QAction::triggered, this, [this] {
        if (!m_comparison->selectAdjacentChange(false))
            statusBar()->showMessage(tr("No further change above."), 3000);
    });

    // Inside the current item's JSON, as Meld's Alt+Down / Alt+Up.
    m_nextDifferenceAction =
        make(QStringLiteral("nextDifferenceAction"), tr("Next &Difference in Item"));
    m_nextDifferenceAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    connect(m_nextDifferenceAction, &QAction::triggered, this, [this] {
        if (!m_comparison->diffView()->goToChange(true))
            statusBar()->showMessage(tr("No further difference in this item."), 3000);
    });
    m_previousDifferenceAction =
        make(QStringLiteral("previousDifferenceAction"), tr("Previous D&ifference in Item"));
    m_previousDifferenceAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    connect(m_previousDifferenceAction, &QAction::triggered, this, [this] {
        if (!m_comparison->diffView()->goToChange(false))
            statusBar()->showMessage(tr("No earlier difference in this item."), 3000);
    });

    m_reviewPushAction = make(QStringLiteral("reviewPushAction"), tr("Push Selected →"));
    m_reviewPushAction->setIcon(
        themedIcon(QStringLiteral("go-next"), QStyle::SP_ArrowForward, style));
    connect(m_reviewPushAction, &QAction::triggered, this,
            [this] { request(&MainWindow::pushReviewRequested); });

    m_reviewPushLeftAction = make(QStringLiteral("reviewPushLeftAction"), tr("Push Selected ←"));
    // The mirror of → (Ctrl+Shift+Right as an alias there): Shift reverses the direction.
    m_reviewPushLeftAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Left),
                                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return),
                                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Enter)});
    m_reviewPushLeftAction->setIcon(
        themedIcon(QStringLiteral("go-previous"), QStyle::SP_ArrowBack, style));
    connect(m_reviewPushLeftAction, &QAction::triggered, this,
            [this] { request(&MainWindow::pushLeftReviewRequested); });
    // Return is the main keyboard's key, Enter the keypad's; accept both.
    m_reviewPushAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return),
                                      QKeySequence(Qt::CTRL | Qt::Key_Enter),
                                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right)});

    // Mapping rows of the current item; each opens the review before anything is written.
    m_trackAction = make(QStringLiteral("trackAction"), tr("&Track Item…"));
    m_trackAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_trackAction, &QAction::triggered, this,
            [this] { request(&MainWindow::trackRequested); });
    m_untrackAction = make(QStringLiteral("untrackAction"), tr("&Untrack Item…"));
    m_untrackAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(m_untrackAction, &QAction::triggered, this,
            [this] { request(&MainWindow::untrackRequested); });
    m_adoptAction = make(QStringLiteral("adoptAction"), tr("Ad&opt SyncID…"));
    m_adoptAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(m_adoptAction, &QAction::triggered, this,
            [this] { request(&MainWindow::adoptRequested); });
    for (QAction *action : {m_trackAction, m_untrackAction, m_adoptAction})
        action->setEnabled(false);
    m_trackAction->setToolTip(tr("Compare and choose an untracked item first"));
    m_untrackAction->setToolTip(tr("Compare and choose a tracked item first"));
    m_adoptAction->setToolTip(tr("Compare and choose an untracked item first"));

    // Off by default and per session: deleting on the target is never one click away.
    m_allowDeleteAction = make(QStringLiteral("allowDeleteAction"), tr("&Allow Picking Deletes"));
    m_allowDeleteAction->setCheckable(true);
    m_allowDeleteAction->setToolTip(
        tr("Let items that exist only on the target be checked: pushing them deletes them"));
    connect(m_allowDeleteAction, &QAction::toggled, this, &MainWindow::allowDeleteToggled);

    m_findAction = make(QStringLiteral("findAction"), tr("&Find Items"));
    m_findAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    connect(m_findAction, &QAction::triggered, this, [this] { m_comparison->focusSearch(); });

    // Off by default: the ignored fields are noise for what a push would change. The choice
    // is remembered as soon as it is made.
    m_showIgnoredAction = make(QStringLiteral("showIgnoredAction"), tr("Show &Ignored Fields"));
    m_showIgnoredAction->setCheckable(true);
    m_showIgnoredAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_showIgnoredAction->setToolTip(
        tr("Show the fields directus-sync ignores (creation dates, users…) greyed in the "
           "item's JSON. Dumps do not contain them."));
    connect(m_showIgnoredAction, &QAction::toggled, this, [this](bool show) {
        QSettings().setValue(ShowIgnoredKey, show);
        emit showIgnoredFieldsToggled(show);
    });

    m_welcomeAction = make(QStringLiteral("welcomeAction"), tr("&Start Page"));
    connect(m_welcomeAction, &QAction::triggered, this, [this] { showWelcome(); });

    m_aboutAction = make(QStringLiteral("aboutAction"), tr("&About Directus Sync Studio"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] { showAbout(); });

    m_aboutQtAction = make(QStringLiteral("aboutQtAction"), tr("About &Qt"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_addConnectionAction);
    file->addAction(m_openFolderAction);
    file->addAction(m_historyAction);
    file->addSeparator();
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *compare = menuBar()->addMenu(tr("C&omparison"));
    compare->addAction(m_compareAction);
    compare->addAction(m_swapAction);
    compare->addSeparator();
    compare->addAction(m_nextChangeAction);
    compare->addAction(m_previousChangeAction);
    compare->addAction(m_nextDifferenceAction);
    compare->addAction(m_previousDifferenceAction);
    compare->addSeparator();
    compare->addAction(m_allowDeleteAction);
    compare->addAction(m_reviewPushAction);
    compare->addAction(m_reviewPushLeftAction);
    compare->addSeparator();
    compare->addAction(m_trackAction);
    compare->addAction(m_untrackAction);
    compare->addAction(m_adoptAction);
    compare->setToolTipsVisible(true);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_findAction);
    view->addAction(m_showIgnoredAction);
    view->addSeparator();
    view->addAction(m_welcomeAction);
    view->addSeparator();
    view->addMenu(new LanguageMenu(this));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main Toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(16, 16));

    const auto makeSidePicker = [this](const QString &objectName, const QString &placeholder,
                                       const QString &toolTip) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(objectName);
        combo->setPlaceholderText(placeholder);
        combo->setToolTip(toolTip);
        combo->setMinimumContentsLength(22);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        connect(combo, &QComboBox::activated, this, [this] { emit sidesChanged(); });
        combo->setContextMenuPolicy(Qt::CustomContextMenu);
        return combo;
    };
    m_leftSide = makeSidePicker(QStringLiteral("leftSidePicker"), tr("Choose the left side…"),
                                tr("The source: a connection, a dump folder or a git revision"));
    m_rightSide = makeSidePicker(QStringLiteral("rightSidePicker"), tr("Choose the right side…"),
                                 tr("The target: what a push would change"));

    connect(m_leftSide, &QComboBox::customContextMenuRequested, this,
            [this](const QPoint &pos) { showPickerMenu(0, pos); });
    connect(m_rightSide, &QComboBox::customContextMenuRequested, this,
            [this](const QPoint &pos) { showPickerMenu(1, pos); });

    auto *leftLabel = new QLabel(tr("Left:"), this);
    auto *rightLabel = new QLabel(tr("Right:"), this);
    leftLabel->setContentsMargins(4, 0, 4, 0);
    rightLabel->setContentsMargins(4, 0, 4, 0);

    bar->addWidget(leftLabel);
    bar->addWidget(m_leftSide);
    auto *swap = new QToolButton(this);
    swap->setDefaultAction(m_swapAction);
    swap->setToolButtonStyle(Qt::ToolButtonTextOnly);
    swap->setText(QStringLiteral("\u21c4"));
    QFont swapFont = swap->font();
    swapFont.setPointSizeF(swapFont.pointSizeF() * 1.3);
    swap->setFont(swapFont);
    bar->addWidget(swap);
    bar->addWidget(rightLabel);
    bar->addWidget(m_rightSide);
    bar->addSeparator();
    bar->addAction(m_compareAction);

    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);

    bar->addAction(m_reviewPushLeftAction);
    bar->addAction(m_reviewPushAction);
    // The push is the one consequential action here; make it stand out.
    for (QAction *push : {m_reviewPushLeftAction, m_reviewPushAction}) {
        if (auto *pushButton = qobject_cast<QToolButton *>(bar->widgetForAction(push))) {
            QFont font = pushButton->font();
            font.setBold(true);
            pushButton->setFont(font);
        }
    }
    bar->addAction(m_exportAction);
}

void MainWindow::createStatusBar()
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("statusSummary"));
    m_leftSummary = new QLabel(this);
    m_rightSummary = new QLabel(this);
    for (QLabel *label : {m_summary, m_leftSummary, m_rightSummary})
        label->setContentsMargins(6, 2, 6, 2);
    statusBar()->addWidget(m_summary, 1);
    statusBar()->addPermanentWidget(m_leftSummary);
    statusBar()->addPermanentWidget(m_rightSummary);
    setStatusSummary(tr("Ready"));
}

void MainWindow::setSidesModel(QAbstractItemModel *model)
{
    m_leftSide->setModel(model);
    m_rightSide->setModel(model);
    m_leftSide->setCurrentIndex(-1);
    m_rightSide->setCurrentIndex(-1);
}

int MainWindow::leftSide() const
{
    return m_leftSide->currentIndex();
}

int MainWindow::rightSide() const
{
    return m_rightSide->currentIndex();
}

void MainWindow::setSides(int left, int right)
{
    m_leftSide->setCurrentIndex(left);
    m_rightSide->setCurrentIndex(right);
}

void MainWindow::setComparisonModels(QAbstractItemModel *collections, QAbstractItemModel *items)
{
    m_comparison->setModels(collections, items);
    updateActionStates();
}

void MainWindow::setDiffPresentation(const DiffPresentation &presentation)
{
    m_comparison->setDiffPresentation(presentation);
}

void MainWindow::setRecentComparisonsModel(QAbstractItemModel *model)
{
    m_welcome->setRecentComparisonsModel(model);
}

bool MainWindow::showIgnoredFields() const
{
    return m_showIgnoredAction->isChecked();
}

void MainWindow::setShowIgnoredFields(bool show)
{
    m_showIgnoredAction->setChecked(show);
}

void MainWindow::setStatusSummary(const QString &text)
{
    m_summary->setText(text);
}

void MainWindow::setSideSummaries(const QString &left, const QString &right)
{
    m_leftSummary->setText(left);
    m_rightSummary->setText(right);
    m_leftSummary->setVisible(!left.isEmpty());
    m_rightSummary->setVisible(!right.isEmpty());
}

void MainWindow::showWelcome()
{
    m_pages->setCurrentIndex(WelcomePageIndex);
    updateActionStates();
}

void MainWindow::showComparison()
{
    m_pages->setCurrentIndex(ComparisonPageIndex);
    updateActionStates();
}

bool MainWindow::isWelcomeShown() const
{
    return m_pages->currentIndex() == WelcomePageIndex;
}

void MainWindow::updateActionStates()
{
    const bool comparing = !isWelcomeShown() && m_comparison->itemModel();
    m_nextChangeAction->setEnabled(comparing);
    m_previousChangeAction->setEnabled(comparing);
    m_nextDifferenceAction->setEnabled(comparing);
    m_previousDifferenceAction->setEnabled(comparing);
    m_findAction->setEnabled(comparing);
    m_exportAction->setEnabled(comparing);
    m_welcomeAction->setEnabled(!isWelcomeShown());
    m_trackAction->setEnabled(comparing && m_mappingEnabled[0]);
    m_untrackAction->setEnabled(comparing && m_mappingEnabled[1]);
    m_adoptAction->setEnabled(comparing && m_mappingEnabled[2]);
    updatePushAction(comparing ? m_comparison->checkedItemCount() : 0);
}

void MainWindow::updatePushAction(int checkedCount)
{
    m_reviewPushAction->setText(checkedCount > 0 ? tr("Push Selected → (%n)", nullptr, checkedCount)
                                                 : tr("Push Selected →"));
    m_reviewPushLeftAction->setText(checkedCount > 0
                                        ? tr("Push Selected ← (%n)", nullptr, checkedCount)
                                        : tr("Push Selected ←"));
    const QString right =
        tr("Review the push of the checked items into the right side before anything is "
           "written (Ctrl+Enter)");
    const QString left =
        tr("Review the push of the checked items from the right side into the left one before "
           "anything is written (Ctrl+Shift+Left)");
    m_reviewPushAction->setToolTip(m_canPush[0] || m_whyNotPush[0].isEmpty() ? right
                                                                             : m_whyNotPush[0]);
    m_reviewPushLeftAction->setToolTip(m_canPush[1] || m_whyNotPush[1].isEmpty() ? left
                                                                                 : m_whyNotPush[1]);
    m_reviewPushAction->setEnabled(m_canPush[0] && checkedCount > 0 && !isWelcomeShown());
    m_reviewPushLeftAction->setEnabled(m_canPush[1] && checkedCount > 0 && !isWelcomeShown());
}

void MainWindow::setPushDirections(bool toRight, const QString &whyNotRight, bool toLeft,
                                   const QString &whyNotLeft)
{
    m_canPush[0] = toRight;
    m_canPush[1] = toLeft;
    m_whyNotPush[0] = whyNotRight;
    m_whyNotPush[1] = whyNotLeft;
    updateActionStates();
}

void MainWindow::setMappingActionState(MappingAction action, bool enabled, const QString &toolTip)
{
    QAction *target = action == MappingAction::Track     ? m_trackAction
                      : action == MappingAction::Untrack ? m_untrackAction
                                                         : m_adoptAction;
    m_mappingEnabled[int(action)] = enabled;
    target->setToolTip(toolTip);
    target->setStatusTip(toolTip);
    target->setEnabled(enabled && !isWelcomeShown());
}

QMenu *MainWindow::createItemContextMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("itemContextMenu"));
    // Disabled entries keep their tooltip: it says why (a dump side, an item already tracked…).
    menu->setToolTipsVisible(true);
    menu->addAction(m_trackAction);
    menu->addAction(m_untrackAction);
    menu->addAction(m_adoptAction);
    menu->addSeparator();
    menu->addAction(m_reviewPushAction);
    menu->addAction(m_reviewPushLeftAction);
    return menu;
}

void MainWindow::showItemContextMenu(const QPoint &position)
{
    QTreeView *list = m_comparison->itemView();
    if (!list->indexAt(position).isValid())
        return;
    QMenu *menu = createItemContextMenu(list);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(list->viewport()->mapToGlobal(position));
}

void MainWindow::request(void (MainWindow::*signal)())
{
    if (isSignalConnected(QMetaMethod::fromSignal(signal))) {
        emit(this->*signal)();
        return;
    }
    statusBar()->showMessage(tr("Not available in this preview yet."), 4000);
}

void MainWindow::requestHistory(int picker)
{
    if (isSignalConnected(QMetaMethod::fromSignal(&MainWindow::historyRequested))) {
        emit historyRequested(picker);
        return;
    }
    statusBar()->showMessage(tr("Not available in this preview yet."), 4000);
}

void MainWindow::showPickerMenu(int picker, const QPoint &pos)
{
    QComboBox *combo = picker == 0 ? m_leftSide : m_rightSide;
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *history = menu->addAction(tr("Show &History of This Folder…"));
    connect(history, &QAction::triggered, this, [this, picker] { requestHistory(picker); });
    menu->popup(combo->mapToGlobal(pos));
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());
    m_comparison->restoreState(settings.value(ComparisonLayoutKey).toByteArray());
    setShowIgnoredFields(settings.value(ShowIgnoredKey, false).toBool());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(ComparisonLayoutKey, m_comparison->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace syncstudio
