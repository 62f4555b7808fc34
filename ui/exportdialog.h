#pragma once

#include "configsnapshot.h"
#include "gitsnapshotexport.h"

#include <QDialog>
#include <QFutureWatcher>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
QT_END_NAMESPACE

namespace syncstudio {

// Exports a side that was read (compared or browsed) as a directus-sync dump into a folder,
// optionally committing that folder alone with the user's own git (identity, hooks, signing).
// The writing and git run on a worker thread; the dialog stays responsive and shows the
// outcome: what changed per collection, the commit, or the error, with the files kept.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    ExportDialog(const ConfigSnapshot &snapshot, const QString &sourceName,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    // For tests and the screenshot: the widgets a user fills in.
    void setFolder(const QString &folder);
    void setCommit(bool commit, const QString &message = {});
    // Starts the export as the Export button does.
    void startExport();
    bool isRunning() const;
    QString outcomeText() const;
    // Ignored while the worker runs: files are being swapped in or git is committing.
    void reject() override;

signals:
    void exported(const QString &folder);

private:
    struct Outcome
    {
        bool ok = false;
        bool dirty = false; // refused: uncommitted changes in the folder (force to go on)
        QString text;
    };
    static Outcome run(const ConfigSnapshot &snapshot, const QString &folder,
                       const GitExportOptions &options, bool commit, const QString &message);
    void onFinished();
    void chooseFolder();
    void updateState();

    ConfigSnapshot m_snapshot;
    QString m_sourceName;
    int m_untracked = 0;
    bool m_force = false;
    bool m_running = false; // until the outcome is shown, not only until the worker ends
    QLineEdit *m_folder = nullptr;
    QCheckBox *m_sortJson = nullptr;
    QCheckBox *m_noSplit = nullptr;
    QCheckBox *m_commit = nullptr;
    QLineEdit *m_message = nullptr;
    QLabel *m_untrackedNote = nullptr;
    QProgressBar *m_busy = nullptr;
    QPlainTextEdit *m_outcome = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_export = nullptr;
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace syncstudio
