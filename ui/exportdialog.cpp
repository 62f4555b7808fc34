#include "exportdialog.h"

#include "processgitrepository.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace syncstudio {

ExportDialog::ExportDialog(const ConfigSnapshot &snapshot, const QString &sourceName,
                           QWidget *parent)
    : QDialog(parent)
    , m_snapshot(snapshot)
    , m_sourceName(sourceName)
{
    setWindowTitle(tr("Export %1").arg(sourceName));
    countUntracked();

    auto *intro = new QLabel(
        tr("Writes <b>%1</b> as a directus-sync dump (collections/ and snapshot/), byte for byte "
           "what <code>directus-sync pull</code> writes, so both tools can use the folder. "
           "specs/ is left as it is.")
            .arg(sourceName.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);

    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("folder"));
    m_folder->setPlaceholderText(tr("e.g. ~/config-repo/directus-config"));
    auto *browse = new QToolButton(this);
    browse->setText(tr("Choose…"));
    connect(browse, &QToolButton::clicked, this, &ExportDialog::chooseFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder);
    folderRow->addWidget(browse);

    m_sortJson = new QCheckBox(tr("Sort keys (as --sort-json)"), this);
    m_noSplit = new QCheckBox(tr("One snapshot.json (as --no-split)"), this);
    m_commit = new QCheckBox(tr("Commit the folder with git (only that folder)"), this);
    m_commit->setObjectName(QStringLiteral("commit"));
    m_message = new QLineEdit(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setPlaceholderText(tr("Commit message (empty: the changed collections and counts)"));

    m_initRepository =
        new QCheckBox(tr("&Initialise a git repository here if the folder is in none"), this);
    m_initRepository->setObjectName(QStringLiteral("initRepository"));
    m_initRepository->setToolTip(
        tr("Runs git init in the folder when it is not inside a git work tree, then commits. "
           "Without it, such a folder is refused and nothing is written."));

    m_untrackedNote = new QLabel(this);
    m_untrackedNote->setObjectName(QStringLiteral("untrackedNote"));
    m_untrackedNote->setWordWrap(true);
    m_onlyTracked = new QRadioButton(tr("Export &only tracked items (leave these out)"), this);
    m_onlyTracked->setObjectName(QStringLiteral("onlyTracked"));
    m_onlyTracked->setChecked(true);
    m_trackFirst = new QRadioButton(
        tr("&Track them first on %1 (a mapping row each, reviewed before it is written), then "
           "export them too")
            .arg(sourceName),
        this);
    m_trackFirst->setObjectName(QStringLiteral("trackFirst"));
    auto *untrackedBox = new QGroupBox(tr("Untracked items"), this);
    auto *untrackedLayout = new QVBoxLayout(untrackedBox);
    untrackedLayout->addWidget(m_untrackedNote);
    untrackedLayout->addWidget(m_onlyTracked);
    untrackedLayout->addWidget(m_trackFirst);
    untrackedBox->setVisible(m_untracked > 0);

    auto *form = new QFormLayout;
    auto *folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    form->addRow(QString(), m_sortJson);
    form->addRow(QString(), m_noSplit);
    form->addRow(QString(), m_commit);
    form->addRow(QString(), m_initRepository);
    form->addRow(tr("&Message:"), m_message);

    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setVisible(false);
    m_outcome = new QPlainTextEdit(this);
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_outcome->setReadOnly(true);
    m_outcome->setVisible(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = m_buttons->addButton(tr("&Export"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(untrackedBox);
    layout->addWidget(m_busy);
    layout->addWidget(m_outcome, 1);
    layout->addStretch(); // takes the room only while the outcome is hidden
    layout->addWidget(m_buttons);

    connect(m_folder, &QLineEdit::textChanged, this, [this] {
        m_force = false;
        updateState();
    });
    connect(m_commit, &QCheckBox::toggled, this, &ExportDialog::updateState);
    connect(m_trackFirst, &QRadioButton::toggled, this, &ExportDialog::updateState);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ExportDialog::onFinished);
    resize(640, 420);
    setTrackingAvailable(false); // until the controller says the side is an instance
}

ExportDialog::~ExportDialog()
{
    // The worker holds copies only; waiting keeps it from outliving the application.
    m_watcher.waitForFinished();
}

void ExportDialog::countUntracked()
{
    m_untrackedCounts = MappingActions::untrackedCounts(m_snapshot);
    m_untracked = 0;
    for (const MappingActions::UntrackedCount &count : std::as_const(m_untrackedCounts))
        m_untracked += count.count;
}

QString ExportDialog::untrackedText() const
{
    QStringList parts;
    for (const MappingActions::UntrackedCount &count : m_untrackedCounts)
        parts << QStringLiteral("%1 %2").arg(count.collection, QLocale().toString(count.count));
    return parts.join(QStringLiteral(", "));
}

void ExportDialog::setTrackingAvailable(bool available, const QString &whyNot)
{
    m_trackingAvailable = available;
    m_trackFirst->setToolTip(
        available ? tr("Opens the review of the mapping rows (Simulate or Apply). The items keep "
                       "their data; they only get a SyncID, as directus-sync pull gives them.")
        : !whyNot.isEmpty()
            ? whyNot
            : tr("%1 is a dump folder or a git revision: tracking writes mapping rows on a "
                 "Directus instance. Track the items there (or run directus-sync pull), then "
                 "read and export it.")
                  .arg(m_sourceName));
    if (!available)
        m_onlyTracked->setChecked(true);
    m_untrackedNote->setText(
        tr("%n item(s) have no SyncID yet (untracked): %1.", nullptr, m_untracked)
            .arg(untrackedText()));
    updateState();
}

void ExportDialog::setTrackFirst(bool trackFirst)
{
    (trackFirst ? m_trackFirst : m_onlyTracked)->setChecked(true);
}

void ExportDialog::setInitRepository(bool init)
{
    m_initRepository->setChecked(init);
}

void ExportDialog::exportTracked(const ConfigSnapshot &snapshot)
{
    if (!m_tracking)
        return;
    const int before = m_untracked;
    m_snapshot = snapshot;
    countUntracked();
    m_tracking = false;
    m_trackedFirst = qMax(0, before - m_untracked);
    m_untrackedNote->setText(
        m_untracked > 0 ? tr("%n item(s) have no SyncID yet (untracked): %1.", nullptr, m_untracked)
                              .arg(untrackedText())
                        : tr("Every item is tracked now."));
    m_onlyTracked->setChecked(true); // never track twice by pressing Export again
    startExport();
}

void ExportDialog::trackingEnded(const QString &message)
{
    if (!m_tracking)
        return;
    m_tracking = false;
    m_outcome->setVisible(true);
    m_outcome->setPlainText(message);
    updateState();
}

void ExportDialog::setFolder(const QString &folder)
{
    m_folder->setText(folder);
}

void ExportDialog::setCommit(bool commit, const QString &message)
{
    m_commit->setChecked(commit);
    m_message->setText(message);
}

bool ExportDialog::isRunning() const
{
    return m_running || m_tracking;
}

QString ExportDialog::outcomeText() const
{
    return m_outcome->toPlainText();
}

void ExportDialog::reject()
{
    if (isRunning())
        return; // files are being swapped in or git is committing: never walk away mid-way
    QDialog::reject();
}

void ExportDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Choose the dump folder (e.g. directus-config)"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void ExportDialog::updateState()
{
    const bool running = isRunning();
    m_export->setEnabled(!running && !m_folder->text().trimmed().isEmpty());
    m_export->setText(m_force ? tr("&Export Anyway") : tr("&Export"));
    m_message->setEnabled(!running && m_commit->isChecked());
    m_folder->setEnabled(!running);
    m_commit->setEnabled(!running);
    m_initRepository->setEnabled(!running && m_commit->isChecked());
    m_onlyTracked->setEnabled(!running);
    m_trackFirst->setEnabled(!running && m_trackingAvailable);
    m_sortJson->setEnabled(!running);
    m_noSplit->setEnabled(!running);
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(!running);
    m_busy->setVisible(running);
}

void ExportDialog::startExport()
{
    if (isRunning() || m_folder->text().trimmed().isEmpty())
        return;
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (m_trackFirst->isChecked() && m_trackingAvailable && m_untracked > 0) {
        // The controller reviews the mapping rows and reads the side again (exportTracked()).
        m_tracking = true;
        m_outcome->setVisible(true);
        m_outcome->setPlainText(
            tr("Tracking %n item(s) on %1 first: review the mapping rows…", nullptr, m_untracked)
                .arg(m_sourceName));
        updateState();
        emit trackFirstRequested();
        return;
    }
    GitExportOptions options;
    options.write.split = !m_noSplit->isChecked();
    options.write.sortJson = m_sortJson->isChecked();
    options.write.snapshot = m_snapshot.schema.has_value();
    options.write.specs = false; // a GUI read has no specs; leave the folder's as they are
    options.write.skipUntracked = true;
    options.force = m_force;
    options.initRepository = m_initRepository->isChecked();
    options.sourceLabel = m_sourceName;
    m_outcome->setVisible(true);
    m_outcome->setPlainText(tr("Exporting to %1…").arg(folder));
    m_running = true;
    m_watcher.setFuture(QtConcurrent::run(&ExportDialog::run, m_snapshot, folder, options,
                                          m_commit->isChecked(), m_message->text()));
    updateState();
}

ExportDialog::Outcome ExportDialog::run(const ConfigSnapshot &snapshot, const QString &folder,
                                        const GitExportOptions &options, bool commit,
                                        const QString &message)
{
    Outcome outcome;
    if (!commit) {
        QString error;
        outcome.ok = DumpFolderWriter::write(folder, snapshot, {}, options.write, &error);
        outcome.text = outcome.ok ? tr("Exported to %1.").arg(folder) : error;
        return outcome;
    }
    ProcessGitRepository git(folder);
    GitSnapshotExport exporter(&git, folder);
    const GitExportResult result = exporter.run(snapshot, {}, options, message);
    QStringList lines;
    if (result.initialised)
        lines << tr("Initialised a git repository in %1.").arg(folder);
    switch (result.outcome) {
    case GitExportResult::Outcome::Committed:
        outcome.ok = true;
        lines << tr("Committed %1 as %2:").arg(folder, result.commit.left(12));
        for (const QString &line : result.changes.summaryLines())
            lines << QStringLiteral("  ") + line;
        break;
    case GitExportResult::Outcome::NoChanges:
        outcome.ok = true;
        lines << tr("No changes: %1 matches the last commit; nothing was committed.").arg(folder);
        break;
    case GitExportResult::Outcome::DirtyFolder:
        outcome.dirty = true;
        lines << result.error
              << tr("Nothing was written. Commit or discard those changes, or press \"Export "
                    "Anyway\" to export and commit them with the export.");
        for (const QString &file : result.dirtyFiles)
            lines << QStringLiteral("  ") + file;
        break;
    default:
        lines << (result.error.isEmpty() ? tr("The export to git failed.") : result.error);
        if (result.errorKind == GitError::Kind::NotARepository && !options.initRepository)
            lines << tr("Tick \"Initialise a git repository here\" to create one, or choose a "
                        "folder inside a repository.");
        if (result.filesWritten)
            lines << tr("The dump was written and stays in %1 (not committed).").arg(folder);
        if (!result.errorOutput.isEmpty())
            lines << result.errorOutput;
        break;
    }
    for (const QString &warning : result.warnings)
        lines << tr("Warning: %1").arg(warning);
    outcome.text = lines.join(QLatin1Char('\n'));
    return outcome;
}

void ExportDialog::onFinished()
{
    const Outcome outcome = m_watcher.result();
    m_running = false;
    QString text = outcome.text;
    if (m_trackedFirst >= 0)
        text.prepend(
            tr("Tracked %n item(s) on %1 first.", nullptr, m_trackedFirst).arg(m_sourceName) +
            QLatin1Char('\n'));
    if (m_untracked > 0)
        text += QLatin1Char('\n') + tr("Left out (untracked): %1.").arg(untrackedText());
    m_trackedFirst = -1;
    m_outcome->setPlainText(text);
    m_force = outcome.dirty;
    updateState();
    if (outcome.ok)
        emit exported(QDir::fromNativeSeparators(m_folder->text().trimmed()));
}

} // namespace syncstudio
