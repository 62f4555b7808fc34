#include "exportdialog.h"

#include "processgitrepository.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
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
    for (const CollectionData &collection : std::as_const(m_snapshot.collections))
        for (const SyncItem &item : collection.items)
            if (!item.tracked)
                ++m_untracked;

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

    m_untrackedNote = new QLabel(this);
    m_untrackedNote->setWordWrap(true);
    m_untrackedNote->setVisible(m_untracked > 0);
    m_untrackedNote->setText(
        tr("%n untracked item(s) have no SyncID yet and are left out. To track them first, run "
           "<code>syncstudio-cli export … --track-untracked</code> (it writes mapping rows on the "
           "instance).",
           nullptr, m_untracked));

    auto *form = new QFormLayout;
    auto *folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    form->addRow(QString(), m_sortJson);
    form->addRow(QString(), m_noSplit);
    form->addRow(QString(), m_commit);
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
    layout->addWidget(m_untrackedNote);
    layout->addWidget(m_busy);
    layout->addWidget(m_outcome, 1);
    layout->addWidget(m_buttons);

    connect(m_folder, &QLineEdit::textChanged, this, [this] {
        m_force = false;
        updateState();
    });
    connect(m_commit, &QCheckBox::toggled, this, &ExportDialog::updateState);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ExportDialog::onFinished);
    resize(640, 420);
    updateState();
}

ExportDialog::~ExportDialog()
{
    // The worker holds copies only; waiting keeps it from outliving the application.
    m_watcher.waitForFinished();
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
    return m_running;
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
    m_sortJson->setEnabled(!running);
    m_noSplit->setEnabled(!running);
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(!running);
    m_busy->setVisible(running);
}

void ExportDialog::startExport()
{
    if (isRunning() || m_folder->text().trimmed().isEmpty())
        return;
    GitExportOptions options;
    options.write.split = !m_noSplit->isChecked();
    options.write.sortJson = m_sortJson->isChecked();
    options.write.snapshot = m_snapshot.schema.has_value();
    options.write.specs = false; // a GUI read has no specs; leave the folder's as they are
    options.write.skipUntracked = true;
    options.force = m_force;
    options.sourceLabel = m_sourceName;
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
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
    m_outcome->setPlainText(outcome.text);
    m_force = outcome.dirty;
    updateState();
    if (outcome.ok)
        emit exported(QDir::fromNativeSeparators(m_folder->text().trimmed()));
}

} // namespace syncstudio
