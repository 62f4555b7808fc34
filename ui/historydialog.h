#pragma once

#include "historymodel.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QTreeView;
QT_END_NAMESPACE

namespace syncstudio {

// The history of a dump folder in git: the commits that touched it, and the actions that turn
// one into a compare side. The dialog only says which revision was chosen; the controller
// builds the sides and compares.
class HistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryDialog)

public:
    explicit HistoryDialog(QWidget *parent = nullptr);
    ~HistoryDialog() override;

    // Reads the folder's history (off the GUI thread).
    void load(const QString &folder);
    HistoryModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    // The selected commit; invalid when none.
    HistoryRevision currentRevision() const;
    // Selects a row (tests and the screenshot).
    void selectRow(int row);

signals:
    void useAsLeft(const syncstudio::HistoryRevision &revision);
    void useAsRight(const syncstudio::HistoryRevision &revision);
    // previous is the commit before revision that touched the folder.
    void compareWithPrevious(const syncstudio::HistoryRevision &previous,
                             const syncstudio::HistoryRevision &revision);

private:
    void updateState();
    int currentRow() const;
    void emitCompareWithPrevious();

    HistoryModel *m_model = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QTreeView *m_view = nullptr;
    QPushButton *m_left = nullptr;
    QPushButton *m_right = nullptr;
    QPushButton *m_previous = nullptr;
};

} // namespace syncstudio
