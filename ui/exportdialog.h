#pragma once

#include "configsnapshot.h"
#include "gitsnapshotexport.h"
#include "mappingactions.h"

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
class QRadioButton;
QT_END_NAMESPACE

namespace syncstudio {

// Exports a side that was read (compared or browsed) as a directus-sync dump into a folder,
// optionally committing that folder alone with the user's own git (identity, hooks, signing).
// The writing and git run on a worker thread; the dialog stays responsive and shows the
// outcome: what changed per collection, the commit, or the error, with the files kept.
//
// Untracked items (no SyncID yet) are counted per collection. They are left out, or, for a side
// read from an instance, tracked first: the dialog asks for that with trackFirstRequested() and
// the controller reviews and applies the mapping rows, reads the side again and hands the new
// snapshot back with exportTracked() (or says why not with trackingEnded()).
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    ExportDialog(const ConfigSnapshot &snapshot, const QString &sourceName,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    // Offered only for a side read from an instance; otherwise whyNot is the tooltip of the
    // disabled option (by default: the side is a dump folder or a git revision).
    void setTrackingAvailable(bool available, const QString &whyNot = {});
    // For tests and the screenshot: the widgets a user fills in.
    void setFolder(const QString &folder);
    void setCommit(bool commit, const QString &message = {});
    void setInitRepository(bool init);
    void setTrackFirst(bool trackFirst);
    // "roles 2, flows 1": the untracked items the export would leave out; empty when none.
    QString untrackedText() const;
    // After trackFirstRequested(): the side as read again, with the items tracked; exports it.
    void exportTracked(const ConfigSnapshot &snapshot);
    // After trackFirstRequested(): nothing was tracked (cancelled, failed); says so, exports
    // nothing.
    void trackingEnded(const QString &message);
    bool isTracking() const { return m_tracking; }
    // Starts the export as the Export button does.
    void startExport();
    bool isRunning() const;
    QString outcomeText() const;
    // Ignored while the worker runs: files are being swapped in or git is committing.
    void reject() override;

signals:
    void exported(const QString &folder);
    // The user chose "Track them first" and pressed Export: the untracked items of the side
    // need their mapping rows (reviewed and applied elsewhere) before the export.
    void trackFirstRequested();

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
    void countUntracked();

    ConfigSnapshot m_snapshot;
    QString m_sourceName;
    QList<MappingActions::UntrackedCount> m_untrackedCounts;
    int m_untracked = 0;
    int m_trackedFirst = -1; // items tracked before this export; -1: none asked for
    bool m_trackingAvailable = false;
    bool m_tracking = false; // waiting for the tracking review and the new read
    bool m_force = false;
    bool m_running = false; // until the outcome is shown, not only until the worker ends
    QLineEdit *m_folder = nullptr;
    QCheckBox *m_sortJson = nullptr;
    QCheckBox *m_noSplit = nullptr;
    QCheckBox *m_commit = nullptr;
    QCheckBox *m_initRepository = nullptr;
    QLineEdit *m_message = nullptr;
    QLabel *m_untrackedNote = nullptr;
    QRadioButton *m_onlyTracked = nullptr;
    QRadioButton *m_trackFirst = nullptr;
    QProgressBar *m_busy = nullptr;
    QPlainTextEdit *m_outcome = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_export = nullptr;
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace syncstudio
