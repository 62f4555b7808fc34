#pragma once

#include "compareresult.h"
#include "normalizer.h"
#include "pushbackup.h"
#include "pushexecutor.h"
#include "pushplan.h"

#include <QDateTime>
#include <QDialog>
#include <QPointer>

#include <optional>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTreeView;
QT_END_NAMESPACE

namespace syncstudio {

class DirectusClient;
class PushPlanModel;
class PushPreparer;
class RestorePreparer;
struct RestorePreparation;

// Everything the review needs besides the target's client: the comparison it plans from, what
// the user picked, and the target as the comparison read it.
struct PushReviewRequest
{
    CompareResult compare;
    PushSelection selection;
    PushTarget target; // name, protected flag, mapping rows and placeholders
    QString sourceName;
    QString targetColor; // the connection's colour tag, "#rrggbb"; empty: none
    // The source's full schema, so the executor can ask the target for the diff once more.
    std::optional<JsonValue> sourceSchema;
    NormalizerOptions normalizer; // as used for the comparison
    // A plan made beforehand (track, untrack, adopt: MappingActions) instead of planning from
    // the comparison; the dependency and delete options do not apply to it.
    std::optional<PushPlan> plan;
    QString title; // replaces "Push A → B" (e.g. "Track “Editor” on staging")
};

// The push review: plans the push (PushPreparer, asynchronous, cancellable), shows every step
// with its request, the warnings and the errors, and runs it with PushExecutor as a simulation
// or for real. A protected target needs its name typed before Apply is enabled; Apply is never
// the default button, so Enter cannot push by accident. Afterwards it shows the per-step result,
// the backup folder and offers to restore that backup (planned and confirmed the same way).
class PushReviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PushReviewDialog)

public:
    enum class State {
        Planning, // waiting for the plan (or the restore plan)
        Ready,    // a plan is shown; Simulate / Apply as it allows
        Running,  // the executor is at work
        Finished, // a report is shown
    };

    // client: the target's client, not owned; nullptr shows a given plan only (tests, demo).
    PushReviewDialog(DirectusClient *client, const PushReviewRequest &request,
                     QWidget *parent = nullptr);
    ~PushReviewDialog() override;

    State state() const { return m_state; }
    bool isRestore() const { return m_restore; }
    PushPlanModel *planModel() const { return m_model; }
    const PushReport &report() const { return m_report; }
    // Where the backup of the next apply goes (a fresh name per apply unless set).
    QString backupFolder() const;
    void setBackupFolder(const QString &folder);
    // <app data>/backups/<target>-<UTC timestamp>, the name made safe for a folder.
    static QString defaultBackupFolder(const QString &targetName,
                                       const QDateTime &when = QDateTime::currentDateTimeUtc());

    // Tests and the screenshot drive the dialog through these, exactly as the buttons do.
    void setPlan(const PushPlan &plan);
    void showReport(const PushReport &report);
    bool canSimulate() const;
    bool canApply() const;

public slots:
    // Plans (again) with the options as they are now.
    void startPlanning();
    void simulate();
    void apply();
    void cancel();
    void openBackupFolder();
    // Reads the backup of the last apply and plans its restore; Apply then restores.
    void restoreBackup();
    void reject() override;

signals:
    // A run finished. Real writes may have happened (report.simulated is false): the
    // comparison behind this dialog is stale.
    void runFinished(const syncstudio::PushReport &report);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void onPlanned(const PushPlan &plan);
    void onRestorePlanned(const RestorePreparation &preparation);
    void run(bool simulate);
    void onFinished(const PushReport &report);
    void setState(State state);
    void updateButtons();
    void updateHeader();
    void showMessages(const QStringList &errors, const QStringList &warnings);
    QString reportSummary(const PushReport &report) const;

    QPointer<DirectusClient> m_client;
    PushReviewRequest m_request;
    PushPlanModel *m_model = nullptr;
    PushPreparer *m_preparer = nullptr;
    RestorePreparer *m_restorer = nullptr;
    PushExecutor *m_executor = nullptr;
    State m_state = State::Ready;
    PushReport m_report;
    bool m_hasPlan = false;
    bool m_restore = false; // the plan shown restores m_restoreBackup
    bool m_applied = false; // this plan was applied for real: it cannot run again
    bool m_planningRestore = false;
    QString m_backupFolder;  // fixed by setBackupFolder(); else a fresh default per apply
    QString m_restoreBackup; // the backup folder being restored
    std::optional<JsonValue> m_restoreSchema;
    quint64 m_generation = 0; // drops the answer of a planning the user cancelled

    QLabel *m_title = nullptr;
    QLabel *m_targetLabel = nullptr;
    QLabel *m_counts = nullptr;
    QCheckBox *m_withDependencies = nullptr;
    QCheckBox *m_allowDelete = nullptr;
    QWidget *m_options = nullptr;
    QListWidget *m_messages = nullptr;
    QTreeView *m_steps = nullptr;
    QWidget *m_confirmRow = nullptr;
    QLabel *m_confirmLabel = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_backupLabel = nullptr;
    QPushButton *m_openBackup = nullptr;
    QPushButton *m_restoreButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    QLabel *m_reportLabel = nullptr;
    QPushButton *m_simulateButton = nullptr;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace syncstudio
