#include "pushreviewdialog.h"
#include "directusclient.h"
#include "pushplanmodel.h"
#include "pushpreparer.h"
#include "restorepreparer.h"
#include "theme.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStyle>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace syncstudio {

namespace {

QString timestamp(const QDateTime &when)
{
    // As the CLI names its backups: sortable, UTC, unique per millisecond.
    return when.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
}

QString backupRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/backups");
}

// As PushExecutor decides: a plan that changes no item saves no backup.
bool isMappingOnly(const PushPlan &plan)
{
    return !plan.isEmpty() && plan.touched.isEmpty() && plan.created.isEmpty() && !plan.schemaApply;
}

} // namespace

PushReviewDialog::PushReviewDialog(DirectusClient *client, const PushReviewRequest &request,
                                   QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_request(request)
    , m_model(new PushPlanModel(this))
{
    qRegisterMetaType<PushPlan>();
    qRegisterMetaType<PushReport>();
    qRegisterMetaType<StepResult>();
    qRegisterMetaType<RestorePreparation>();
    setObjectName(QStringLiteral("pushReviewDialog"));
    buildUi();
    updateHeader();
    setState(State::Ready);
}

PushReviewDialog::~PushReviewDialog()
{
    if (m_executor)
        m_executor->cancel();
}

QString PushReviewDialog::defaultBackupFolder(const QString &targetName, const QDateTime &when)
{
    QString safe = targetName;
    safe.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("_"));
    safe.remove(QRegularExpression(QStringLiteral("^[._]+")));
    if (safe.isEmpty())
        safe = QStringLiteral("target");
    return backupRoot() + u'/' + safe + u'-' + timestamp(when);
}

QString PushReviewDialog::backupFolder() const
{
    return m_backupFolder.isEmpty() ? defaultBackupFolder(m_request.target.name) : m_backupFolder;
}

void PushReviewDialog::setBackupFolder(const QString &folder)
{
    m_backupFolder = folder;
    updateHeader();
}

void PushReviewDialog::buildUi()
{
    setWindowTitle(tr("Review push"));
    setSizeGripEnabled(true);
    auto *layout = new QVBoxLayout(this);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("titleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    auto *targetRow = new QHBoxLayout;
    auto *tag = new QLabel(this);
    const QColor color(m_request.targetColor);
    const QIcon icon = m_request.target.isProtected
                           ? Theme::lockedTagIcon(color.isValid() ? color : Qt::gray, 14)
                           : Theme::tagIcon(color.isValid() ? color : Qt::gray, 14);
    tag->setPixmap(icon.pixmap(14, 14));
    targetRow->addWidget(tag);
    m_targetLabel = new QLabel(this);
    m_targetLabel->setObjectName(QStringLiteral("targetLabel"));
    m_targetLabel->setTextFormat(Qt::PlainText);
    targetRow->addWidget(m_targetLabel, 1);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("countsLabel"));
    targetRow->addWidget(m_counts);
    layout->addLayout(targetRow);

    m_options = new QWidget(this);
    auto *options = new QHBoxLayout(m_options);
    options->setContentsMargins(0, 0, 0, 0);
    m_withDependencies = new QCheckBox(tr("Include &dependencies"), this);
    m_withDependencies->setObjectName(QStringLiteral("withDependencies"));
    m_withDependencies->setToolTip(
        tr("Also push what the picked items need on the target (a flow's operations, a "
           "permission's policy…)."));
    m_withDependencies->setChecked(m_request.selection.withDependencies);
    m_allowDelete = new QCheckBox(tr("Allow &deletes"), this);
    m_allowDelete->setObjectName(QStringLiteral("allowDelete"));
    m_allowDelete->setToolTip(tr("Let the push delete picked items that exist only on the "
                                 "target, and drop picked schema that the source lacks."));
    m_allowDelete->setChecked(m_request.selection.allowDelete);
    options->addWidget(m_withDependencies);
    options->addWidget(m_allowDelete);
    options->addStretch(1);
    layout->addWidget(m_options);
    m_options->setVisible(!m_request.plan);
    // Another option is another plan: plan again right away.
    connect(m_withDependencies, &QCheckBox::toggled, this, &PushReviewDialog::startPlanning);
    connect(m_allowDelete, &QCheckBox::toggled, this, &PushReviewDialog::startPlanning);

    m_messages = new QListWidget(this);
    m_messages->setObjectName(QStringLiteral("messages"));
    m_messages->setWordWrap(true);
    m_messages->setSelectionMode(QAbstractItemView::NoSelection);
    m_messages->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_messages);

    m_steps = new QTreeView(this);
    m_steps->setObjectName(QStringLiteral("stepsView"));
    m_steps->setModel(m_model);
    m_steps->setUniformRowHeights(true);
    m_steps->setAlternatingRowColors(true);
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_steps->header()->setStretchLastSection(false);
    m_steps->header()->setSectionResizeMode(PushPlanModel::ItemColumn, QHeaderView::Stretch);
    m_steps->setColumnWidth(PushPlanModel::NumberColumn, fontMetrics().horizontalAdvance(u'0') * 7);
    m_steps->setColumnWidth(PushPlanModel::ActionColumn, fontMetrics().horizontalAdvance(u'm') * 6);
    m_steps->setColumnWidth(PushPlanModel::CollectionColumn,
                            fontMetrics().horizontalAdvance(u'm') * 9);
    m_steps->setColumnWidth(PushPlanModel::SyncIdColumn,
                            fontMetrics().horizontalAdvance(u'0') * 14);
    m_steps->setColumnWidth(PushPlanModel::OriginColumn, fontMetrics().horizontalAdvance(u'm') * 7);
    m_steps->setColumnWidth(PushPlanModel::StateColumn, fontMetrics().horizontalAdvance(u'm') * 7);
    m_steps->setTextElideMode(Qt::ElideMiddle);
    // A step expands to its request: one line across the whole width.
    connect(m_model, &QAbstractItemModel::modelReset, m_steps, [this] {
        for (int row = 0; row < m_model->rowCount(); ++row)
            m_steps->setFirstColumnSpanned(0, m_model->index(row, 0), true);
    });
    layout->addWidget(m_steps, 1);

    m_confirmRow = new QWidget(this);
    auto *confirmLayout = new QHBoxLayout(m_confirmRow);
    confirmLayout->setContentsMargins(0, 0, 0, 0);
    m_confirmLabel = new QLabel(m_confirmRow);
    m_confirmLabel->setTextFormat(Qt::PlainText);
    m_confirm = new QLineEdit(m_confirmRow);
    m_confirm->setObjectName(QStringLiteral("confirmEdit"));
    m_confirm->setClearButtonEnabled(true);
    m_confirmLabel->setBuddy(m_confirm);
    confirmLayout->addWidget(m_confirmLabel);
    confirmLayout->addWidget(m_confirm, 1);
    connect(m_confirm, &QLineEdit::textChanged, this, &PushReviewDialog::updateButtons);
    layout->addWidget(m_confirmRow);

    auto *backupRow = new QHBoxLayout;
    m_backupLabel = new QLabel(this);
    m_backupLabel->setObjectName(QStringLiteral("backupLabel"));
    m_backupLabel->setTextFormat(Qt::PlainText);
    m_backupLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_backupLabel->setWordWrap(true);
    m_openBackup = new QPushButton(tr("&Open backup folder"), this);
    m_openBackup->setObjectName(QStringLiteral("openBackupButton"));
    m_restoreButton = new QPushButton(tr("Restore this &backup…"), this);
    m_restoreButton->setObjectName(QStringLiteral("restoreButton"));
    m_restoreButton->setToolTip(
        tr("Plan putting the target back as it was before this push; you review it first."));
    backupRow->addWidget(m_backupLabel, 1);
    backupRow->addWidget(m_openBackup);
    backupRow->addWidget(m_restoreButton);
    layout->addLayout(backupRow);
    connect(m_openBackup, &QPushButton::clicked, this, &PushReviewDialog::openBackupFolder);
    connect(m_restoreButton, &QPushButton::clicked, this, &PushReviewDialog::restoreBackup);

    m_reportLabel = new QLabel(this);
    m_reportLabel->setObjectName(QStringLiteral("reportLabel"));
    m_reportLabel->setTextFormat(Qt::PlainText);
    m_reportLabel->setWordWrap(true);
    QFont reportFont = m_reportLabel->font();
    reportFont.setBold(true);
    m_reportLabel->setFont(reportFont);
    layout->addWidget(m_reportLabel);

    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setMaximumWidth(220);
    m_progressText = new QLabel(this);
    m_progressText->setObjectName(QStringLiteral("progressText"));
    m_progressText->setTextFormat(Qt::PlainText);
    progressRow->addWidget(m_progress);
    progressRow->addWidget(m_progressText, 1);
    layout->addLayout(progressRow);

    auto *buttons = new QDialogButtonBox(this);
    m_simulateButton = buttons->addButton(tr("&Simulate"), QDialogButtonBox::ActionRole);
    m_simulateButton->setObjectName(QStringLiteral("simulateButton"));
    m_simulateButton->setToolTip(
        tr("Run the plan sending only reads: re-read the target, check it did not change, "
           "write nothing."));
    m_applyButton = buttons->addButton(tr("&Apply"), QDialogButtonBox::ActionRole);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_cancelButton = buttons->addButton(tr("Cancel"), QDialogButtonBox::ActionRole);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    // Enter must never push: no button is a default one, not even when it has the focus.
    for (QPushButton *button : {m_simulateButton, m_applyButton, m_cancelButton, m_closeButton,
                                m_openBackup, m_restoreButton}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    connect(m_simulateButton, &QPushButton::clicked, this, &PushReviewDialog::simulate);
    connect(m_applyButton, &QPushButton::clicked, this, &PushReviewDialog::apply);
    connect(m_cancelButton, &QPushButton::clicked, this, &PushReviewDialog::cancel);
    connect(m_closeButton, &QPushButton::clicked, this, &PushReviewDialog::reject);
    layout->addWidget(buttons);

    m_steps->setFocus();
    resize(980, 620);
}

void PushReviewDialog::updateHeader()
{
    const QString target = m_request.target.name;
    if (m_restore) {
        setWindowTitle(tr("Restore backup"));
        m_title->setText(tr("Restore %1 from its backup").arg(target));
    } else {
        setWindowTitle(tr("Review push"));
        m_title->setText(!m_request.title.isEmpty() ? m_request.title
                         : m_request.sourceName.isEmpty()
                             ? tr("Push to %1").arg(target)
                             : tr("Push %1 → %2").arg(m_request.sourceName, target));
    }
    m_targetLabel->setText(m_request.target.isProtected ? tr("Target: %1 · protected").arg(target)
                                                        : tr("Target: %1").arg(target));
    m_confirmLabel->setText(tr("%1 is protected. Type its name to %2:")
                                .arg(target, m_restore ? tr("restore") : tr("apply")));
    m_applyButton->setText(m_restore ? tr("&Restore") : tr("&Apply"));
    m_applyButton->setToolTip(
        m_request.target.isProtected
            ? tr("Write to %1 (type its name first). A backup is saved before the first write.")
                  .arg(target)
            : tr("Write to %1. A backup is saved before the first write.").arg(target));

    const PushPlan &plan = m_model->plan();
    if (!m_hasPlan) {
        m_counts->clear();
    } else if (plan.isEmpty()) {
        m_counts->setText(m_restore ? tr("Nothing to restore: the target matches the backup.")
                                    : tr("Nothing to push."));
    } else {
        int creates = 0;
        int updates = 0;
        int deletes = 0;
        int schema = 0;
        for (const PlanStep &step : plan.steps) {
            switch (step.kind) {
            case PlanStep::Kind::Create:
                ++creates;
                break;
            case PlanStep::Kind::Update:
            case PlanStep::Kind::Link:
            case PlanStep::Kind::Nullify:
                ++updates;
                break;
            case PlanStep::Kind::Delete:
                ++deletes;
                break;
            case PlanStep::Kind::SchemaApply:
                ++schema;
                break;
            case PlanStep::Kind::CreateMapping:
            case PlanStep::Kind::DeleteMapping:
                break;
            }
        }
        QStringList parts{tr("%n step(s)", nullptr, int(plan.steps.size()))};
        if (creates)
            parts << tr("%n create(s)", nullptr, creates);
        if (updates)
            parts << tr("%n update(s)", nullptr, updates);
        if (deletes)
            parts << tr("%n delete(s)", nullptr, deletes);
        if (schema)
            parts << tr("schema");
        m_counts->setText(parts.join(QStringLiteral(" · ")));
    }
}

void PushReviewDialog::setState(State state)
{
    m_state = state;
    const bool busy = state == State::Planning || state == State::Running;
    m_progress->setVisible(busy);
    m_progressText->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_cancelButton->setEnabled(busy);
    m_closeButton->setEnabled(!busy);
    m_withDependencies->setEnabled(!busy && !m_restore && !m_applied);
    m_allowDelete->setEnabled(!busy && !m_restore && !m_applied);
    m_confirm->setEnabled(!busy);
    if (state == State::Planning)
        m_progress->setRange(0, 0);
    if (state != State::Finished)
        m_reportLabel->clear();
    m_reportLabel->setVisible(state == State::Finished);
    updateButtons();
}

bool PushReviewDialog::canSimulate() const
{
    const PushPlan &plan = m_model->plan();
    return m_hasPlan && !m_applied && !plan.isEmpty() && plan.canApply() &&
           (m_state == State::Ready || m_state == State::Finished);
}

bool PushReviewDialog::canApply() const
{
    if (!canSimulate())
        return false;
    const bool needsName = m_request.target.isProtected || m_model->plan().needsConfirmation;
    return !needsName || m_confirm->text() == m_request.target.name;
}

void PushReviewDialog::updateButtons()
{
    m_simulateButton->setEnabled(canSimulate());
    m_applyButton->setEnabled(canApply());
    const bool needsName = m_request.target.isProtected || m_model->plan().needsConfirmation;
    m_confirmRow->setVisible(needsName && m_hasPlan && !m_applied && !m_model->plan().isEmpty());

    const QString backup = m_report.backupFolder;
    m_openBackup->setVisible(!backup.isEmpty());
    m_restoreButton->setVisible(!backup.isEmpty() && !m_report.simulated);
    m_restoreButton->setEnabled(!backup.isEmpty() && m_state == State::Finished && m_client);
    if (m_state == State::Finished && !backup.isEmpty())
        m_backupLabel->setText(tr("Backup of the target before the push: %1").arg(backup));
    else if (m_hasPlan && !m_applied && isMappingOnly(m_model->plan()))
        m_backupLabel->setText(tr("Only mapping rows change: no backup is needed (Track and "
                                  "Untrack undo each other)."));
    else if (m_hasPlan && !m_applied && !m_model->plan().isEmpty())
        m_backupLabel->setText(tr("Apply first saves what it changes on the target to %1")
                                   .arg(m_backupFolder.isEmpty()
                                            ? QDir::toNativeSeparators(backupRoot())
                                            : QDir::toNativeSeparators(m_backupFolder)));
    else
        m_backupLabel->clear();
}

void PushReviewDialog::showMessages(const QStringList &errors, const QStringList &warnings)
{
    m_messages->clear();
    const Theme theme = Theme::current();
    const auto add = [this](const QString &text, QStyle::StandardPixmap icon, const QColor &color) {
        auto *item = new QListWidgetItem(style()->standardIcon(icon), text, m_messages);
        item->setForeground(color);
    };
    for (const QString &error : errors)
        add(error, QStyle::SP_MessageBoxCritical, theme.statusColor(DiffStatus::OnlyRight));
    for (const QString &warning : warnings)
        add(warning, QStyle::SP_MessageBoxWarning, theme.statusColor(DiffStatus::Changed));
    m_messages->setVisible(m_messages->count() > 0);
    // As tall as its lines (up to about seven): the steps get the rest of the height.
    int height = 2 * m_messages->frameWidth() + 4;
    for (int row = 0; row < m_messages->count(); ++row)
        height += qMax(m_messages->sizeHintForRow(row), fontMetrics().height() + 4);
    m_messages->setFixedHeight(qMin(height, fontMetrics().height() * 8));
}

void PushReviewDialog::setPlan(const PushPlan &plan)
{
    m_hasPlan = true;
    m_applied = false;
    m_report = PushReport();
    QList<ItemRef> picked;
    // A plan made beforehand has nothing "added because needed": no picked list.
    if (!m_restore && !m_request.plan && !m_request.selection.all) {
        for (const ItemRef &ref : m_request.selection.items) {
            if (ref.collection != QLatin1String("schema"))
                picked.append(ref);
        }
        // Only schema picked: nothing else can have been added for it.
        if (picked.isEmpty())
            picked.append(ItemRef{QStringLiteral("schema"), QString()});
    }
    m_model->setPlan(plan, picked);
    showMessages(plan.errors, plan.warnings);
    m_confirm->clear();
    updateHeader();
    setState(State::Ready);
}

void PushReviewDialog::startPlanning()
{
    if (m_state == State::Running)
        return;
    if (m_request.plan) {
        // Made beforehand: nothing to read or plan (a run still needs the client).
        ++m_generation;
        m_restore = false;
        setPlan(*m_request.plan);
        return;
    }
    if (!m_client)
        return;
    ++m_generation;
    m_restore = false;
    m_applied = false;
    PushSelection selection = m_request.selection;
    selection.withDependencies = m_withDependencies->isChecked();
    selection.allowDelete = m_allowDelete->isChecked();
    // The planner's own guard is the CLI's --confirm; here the typed name gates Apply instead
    // (and Simulate needs none), so the plan is made as if confirmed.
    selection.confirm = m_request.target.name;
    m_request.selection = selection;
    if (m_preparer)
        m_preparer->deleteLater();
    m_preparer = new PushPreparer(m_client, this);
    const quint64 generation = m_generation;
    connect(m_preparer, &PushPreparer::finished, this, [this, generation](const PushPlan &plan) {
        if (generation == m_generation)
            onPlanned(plan);
    });
    m_progressText->setText(tr("Planning: reading what %1 has now…").arg(m_request.target.name));
    setState(State::Planning);
    m_preparer->start(m_request.compare, selection, m_request.target);
}

void PushReviewDialog::onPlanned(const PushPlan &plan)
{
    setPlan(plan);
    if (plan.isEmpty() && plan.canApply())
        m_counts->setText(tr("Nothing to push: the target already has the picked items."));
}

void PushReviewDialog::simulate()
{
    run(true);
}

void PushReviewDialog::apply()
{
    run(false);
}

void PushReviewDialog::run(bool simulate)
{
    if (simulate ? !canSimulate() : !canApply())
        return;
    if (!m_client) {
        showMessages({tr("There is no connection to %1: close this review and compare again.")
                          .arg(m_request.target.name)},
                     {});
        return;
    }
    PushExecutorOptions options;
    options.simulate = simulate;
    options.targetName = m_request.target.name;
    options.sourceSchema = m_restore ? m_restoreSchema : m_request.sourceSchema;
    options.forceSchema = !m_restore && m_request.selection.force;
    if (!m_restore)
        options.normalizer = m_request.normalizer;
    if (!simulate) {
        // A restore keeps what it overwrites next to the backup it restores, as the CLI does.
        options.backupFolder = m_restore ? m_restoreBackup + QStringLiteral("-before-restore-") +
                                               timestamp(QDateTime::currentDateTimeUtc())
                                         : backupFolder();
    }
    m_model->resetStates();
    m_report = PushReport();
    if (m_executor)
        m_executor->deleteLater();
    m_executor = new PushExecutor(m_client, this);
    connect(m_executor, &PushExecutor::progress, this,
            [this](int done, int total, const QString &step) {
                m_progress->setRange(0, qMax(1, total));
                m_progress->setValue(done);
                m_progressText->setText(step);
            });
    connect(m_executor, &PushExecutor::stepFinished, m_model, &PushPlanModel::setStepResult);
    connect(m_executor, &PushExecutor::finished, this, &PushReviewDialog::onFinished);
    m_progress->setRange(0, qMax(1, m_model->stepCount()));
    m_progress->setValue(0);
    m_progressText->setText(
        simulate ? tr("Simulating: reading %1 again…").arg(m_request.target.name)
                 : tr("Reading %1 again and saving the backup…").arg(m_request.target.name));
    m_cancelButton->setText(tr("Cancel"));
    setState(State::Running);
    m_executor->start(m_model->plan(), options);
}

void PushReviewDialog::onFinished(const PushReport &report)
{
    // A real run consumed the plan (even a partial one): the target is not what was compared.
    if (!report.simulated)
        m_applied = true;
    showReport(report);
    emit runFinished(report);
}

QString PushReviewDialog::reportSummary(const PushReport &report) const
{
    const int total = m_model->stepCount();
    const int done = report.count(StepResult::State::Done);
    if (report.drift)
        return tr("%1 changed since the comparison: nothing was written. Close this review, "
                  "compare again and push again.")
            .arg(m_request.target.name);
    if (report.canceled)
        return tr("Cancelled: %1 of %2 steps were applied; the table says which.")
            .arg(done)
            .arg(total);
    if (!report.ok) {
        QString text = report.error.isEmpty() ? tr("The push failed.") : report.error;
        if (report.count(StepResult::State::Unknown) > 0)
            text += u' ' + tr("A write got no answer and was not sent again: compare again "
                              "before pushing anything else.");
        return text;
    }
    if (report.simulated)
        return tr("Simulated %n step(s): nothing was written.", nullptr, total);
    return m_restore
               ? tr("Restored %1: %n step(s) applied.", nullptr, done).arg(m_request.target.name)
               : tr("Applied %n step(s) to %1.", nullptr, done).arg(m_request.target.name);
}

void PushReviewDialog::showReport(const PushReport &report)
{
    m_report = report;
    m_model->setReport(report);
    QStringList errors;
    if (report.drift) {
        errors << report.driftItems;
    } else if (!report.ok && !report.error.isEmpty() && !report.canceled) {
        errors << report.error;
    }
    showMessages(errors, m_model->plan().warnings);
    setState(State::Finished);
    m_reportLabel->setText(reportSummary(report));
    const Theme theme = Theme::current();
    QPalette palette = m_reportLabel->palette();
    palette.setColor(QPalette::WindowText, report.ok ? theme.statusColor(DiffStatus::OnlyLeft)
                                                     : theme.statusColor(DiffStatus::OnlyRight));
    m_reportLabel->setPalette(palette);
    updateButtons();
}

void PushReviewDialog::cancel()
{
    if (m_state == State::Running) {
        if (m_executor)
            m_executor->cancel();
        m_cancelButton->setEnabled(false);
        m_progressText->setText(tr("Cancelling after the current step…"));
        return;
    }
    if (m_state != State::Planning)
        return;
    ++m_generation; // the answer in flight is dropped
    if (m_planningRestore) {
        // Back to the report of the push whose backup it was.
        m_planningRestore = false;
        setState(State::Finished);
        return;
    }
    // Cancelling the first planning leaves nothing to review.
    setState(State::Ready);
    QDialog::reject();
}

void PushReviewDialog::reject()
{
    // Esc and the window's close button: never while writes are under way.
    if (m_state == State::Running)
        return;
    if (m_state == State::Planning) {
        cancel();
        return;
    }
    QDialog::reject();
}

void PushReviewDialog::closeEvent(QCloseEvent *event)
{
    if (m_state == State::Running) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void PushReviewDialog::openBackupFolder()
{
    if (!m_report.backupFolder.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_report.backupFolder));
}

void PushReviewDialog::restoreBackup()
{
    const QString folder = m_report.backupFolder;
    if (folder.isEmpty() || !m_client || m_state != State::Finished)
        return;
    QString error;
    const std::optional<PushBackup> backup = PushBackup::read(folder, &error);
    if (!backup) {
        showMessages({error}, {});
        return;
    }
    ++m_generation;
    m_restoreBackup = folder;
    m_planningRestore = true;
    m_restoreSchema = backup->schema;
    if (m_restorer)
        m_restorer->deleteLater();
    m_restorer = new RestorePreparer(m_client, this);
    const quint64 generation = m_generation;
    connect(m_restorer, &RestorePreparer::finished, this,
            [this, generation](const RestorePreparation &preparation) {
                if (generation == m_generation)
                    onRestorePlanned(preparation);
            });
    m_progressText->setText(
        tr("Planning the restore: reading %1 as it is now…").arg(m_request.target.name));
    setState(State::Planning);
    m_restorer->start(*backup);
}

void PushReviewDialog::onRestorePlanned(const RestorePreparation &preparation)
{
    m_planningRestore = false;
    if (!preparation.ok) {
        setState(State::Finished);
        showMessages({preparation.error}, {});
        return;
    }
    m_restore = true;
    setPlan(preparation.plan);
}

} // namespace syncstudio
