#pragma once

#include "diffpresentation.h"

#include <QMainWindow>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
class QComboBox;
class QLabel;
class QMenu;
class QModelIndex;
class QStackedWidget;
class QToolButton;
QT_END_NAMESPACE

namespace syncstudio {

class ComparisonView;
class WelcomePage;

// The application window: toolbar with the two side pickers, the welcome page, and the
// comparison page. It is a pure view: every user intent leaves as a signal, and everything it
// shows comes in through models and setters (the seams a controller plugs into).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // --- Seams for the controller -------------------------------------------------------
    // The connections and folders offered in both side pickers (not owned). DisplayRole,
    // DecorationRole (colour tag) and ToolTipRole are shown.
    void setSidesModel(QAbstractItemModel *model);
    int leftSide() const;
    int rightSide() const;
    void setSides(int left, int right);

    // The comparison to show (see ComparisonRoles); neither model is owned.
    void setComparisonModels(QAbstractItemModel *collections, QAbstractItemModel *items);
    void setDiffPresentation(const DiffPresentation &presentation);
    void setRecentComparisonsModel(QAbstractItemModel *model);

    // Which way a push can go (each needs an instance on the receiving side); whyNot says why
    // not, shown as the disabled action's tooltip.
    void setPushDirections(bool toRight, const QString &whyNotRight, bool toLeft,
                           const QString &whyNotLeft);
    // Track / Untrack / Adopt for the current item: enabled or not, and the tooltip saying what
    // it does or why not.
    enum class MappingAction { Track, Untrack, Adopt };
    void setMappingActionState(MappingAction action, bool enabled, const QString &toolTip);

    // View ▸ Show Ignored Fields: directus-sync's ignored fields greyed in the diff.
    bool showIgnoredFields() const;
    void setShowIgnoredFields(bool show);

    void setStatusSummary(const QString &text);
    void setSideSummaries(const QString &left, const QString &right);

    void showWelcome();
    void showComparison();
    bool isWelcomeShown() const;

    ComparisonView *comparisonView() const { return m_comparison; }
    // The item list's context menu (Track, Untrack, Adopt, both pushes), not yet shown.
    QMenu *createItemContextMenu(QWidget *parent);
    WelcomePage *welcomePage() const { return m_welcome; }

    // Geometry, toolbar state and splitter positions, in QSettings.
    void restoreSettings();
    void saveSettings() const;

signals:
    void addConnectionRequested();
    void openFolderRequested();
    void openDemoRequested();
    void recentComparisonActivated(const QModelIndex &index);
    void sidesChanged();
    void compareRequested();
    void pushReviewRequested();
    // Push ←: the checked items from the right side into the left one.
    void pushLeftReviewRequested();
    void trackRequested();
    void untrackRequested();
    void adoptRequested();
    // Items only the target has become checkable (their push deletes them).
    void allowDeleteToggled(bool allow);
    void exportRequested();
    void showIgnoredFieldsToggled(bool show);
    // The git history of a dump folder: picker 0 (left) or 1 (right) from a picker's context
    // menu, -1 from the menu (the controller picks the folder).
    void historyRequested(int picker);
    // A source-model index of the item list; invalid when nothing is selected.
    void currentItemChanged(const QModelIndex &sourceIndex);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void updatePushAction(int checkedCount);
    void showItemContextMenu(const QPoint &position);
    void updateActionStates();
    void showAbout();
    // Emits signal when a controller listens; otherwise says the feature is not there yet.
    void request(void (MainWindow::*signal)());
    void requestHistory(int picker);
    void showPickerMenu(int picker, const QPoint &pos);

    QStackedWidget *m_pages = nullptr;
    WelcomePage *m_welcome = nullptr;
    ComparisonView *m_comparison = nullptr;
    QComboBox *m_leftSide = nullptr;
    QComboBox *m_rightSide = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_leftSummary = nullptr;
    QLabel *m_rightSummary = nullptr;

    QAction *m_addConnectionAction = nullptr;
    QAction *m_openFolderAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_swapAction = nullptr;
    QAction *m_nextChangeAction = nullptr;
    QAction *m_previousChangeAction = nullptr;
    QAction *m_nextDifferenceAction = nullptr;
    QAction *m_previousDifferenceAction = nullptr;
    QAction *m_reviewPushAction = nullptr;
    QAction *m_reviewPushLeftAction = nullptr;
    QAction *m_trackAction = nullptr;
    QAction *m_untrackAction = nullptr;
    QAction *m_adoptAction = nullptr;
    bool m_canPush[2] = {true, false}; // → and ←
    QString m_whyNotPush[2];
    bool m_mappingEnabled[3] = {false, false, false};
    QAction *m_allowDeleteAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_showIgnoredAction = nullptr;
    QAction *m_welcomeAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace syncstudio
