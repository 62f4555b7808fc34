#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
class QCommandLinkButton;
class QListView;
class QModelIndex;
class QStackedWidget;
QT_END_NAMESPACE

namespace syncstudio {

// Shown while there is no comparison: the ways to start one, and the recent comparisons.
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget *parent = nullptr);
    ~WelcomePage() override;

    // Not owned. DisplayRole is the title, ToolTipRole a longer description.
    void setRecentComparisonsModel(QAbstractItemModel *model);
    QListView *recentList() const { return m_recentList; }

signals:
    void addConnectionRequested();
    void openFolderRequested();
    void openDemoRequested();
    void recentComparisonActivated(const QModelIndex &index);

private:
    QWidget *createStartGroup();
    QWidget *createRecentGroup();
    void updateRecentPlaceholder();

    QListView *m_recentList = nullptr;
    QStackedWidget *m_recentStack = nullptr;
    QList<QMetaObject::Connection> m_modelConnections;
};

} // namespace syncstudio
