#include "gitsnapshotexport.h"

#include <QDir>

namespace syncstudio {

GitSnapshotExport::GitSnapshotExport(GitRepository *git, const QString &folder)
    : m_git(git)
    , m_folder(folder)
{}

GitExportResult GitSnapshotExport::fail(GitExportResult result, const GitError &error) const
{
    result.outcome = GitExportResult::Outcome::Failed;
    result.errorKind = error.kind;
    result.errorOutput = error.output;
    // Say what became of the files: users must never wonder whether their dump is gone.
    result.error = result.filesWritten ? tr("%1 The exported files are in %2, not committed.")
                                             .arg(error.message, QDir::toNativeSeparators(m_folder))
                                       : tr("%1 Nothing was exported.").arg(error.message);
    return result;
}

GitExportResult GitSnapshotExport::check(const GitExportOptions &options)
{
    m_state = {};
    GitExportResult result;
    GitError error;
    std::optional<GitLocation> location = m_git->locate(&error);
    if (!location && error.kind == GitError::Kind::NotARepository && options.initRepository) {
        if (!m_git->init(&error)) {
            return fail(result, error);
        }
        result.initialised = true;
        location = m_git->locate(&error);
    }
    if (!location) {
        return fail(result, error);
    }
    result.location = *location;

    const std::optional<GitHead> head = m_git->head(&error);
    if (!head) {
        return fail(result, error);
    }
    result.head = *head;
    if (head->detached) {
        result.warnings.append(tr("HEAD is detached (at %1): the commit will be on no branch. "
                                  "Create a branch to keep it, e.g. git switch -c snapshots.")
                                   .arg(head->commit.left(12)));
    }

    // An ignored dump would be written and then silently left out of every commit.
    const QString prefix = location->path.isEmpty() ? QString() : location->path + QLatin1Char('/');
    QStringList probes = {prefix + QDir::cleanPath(options.write.collectionsPath) +
                          QStringLiteral("/flows.json")};
    if (!location->path.isEmpty()) {
        probes.prepend(location->path);
    }
    for (const QString &probe : std::as_const(probes)) {
        const std::optional<bool> ignored = m_git->isIgnored(probe, &error);
        if (!ignored) {
            return fail(result, error);
        }
        if (*ignored) {
            result.outcome = GitExportResult::Outcome::Failed;
            result.error = tr("git ignores %1 (a .gitignore or exclude rule matches %2), so the "
                              "export could not be committed. Remove the rule or choose another "
                              "folder. Nothing was exported.")
                               .arg(QDir::toNativeSeparators(m_folder), probe);
            return result;
        }
    }

    const std::optional<QList<GitStatusEntry>> status = m_git->status(location->path, &error);
    if (!status) {
        return fail(result, error);
    }
    for (const GitStatusEntry &entry : *status) {
        result.dirtyFiles.append(entry.path.startsWith(prefix) ? entry.path.mid(prefix.size())
                                                               : entry.path);
    }
    if (!result.dirtyFiles.isEmpty()) {
        QStringList examples = result.dirtyFiles.mid(0, 3);
        if (result.dirtyFiles.size() > 3) {
            examples.append(tr("%n more", nullptr, int(result.dirtyFiles.size()) - 3));
        }
        const QString files = examples.join(QStringLiteral(", "));
        if (!options.force) {
            result.outcome = GitExportResult::Outcome::DirtyFolder;
            result.error = tr("%1 has uncommitted changes (%2). Commit or discard them first, or "
                              "confirm to export over them (--force). Nothing was exported.")
                               .arg(QDir::toNativeSeparators(m_folder), files);
            return result;
        }
        result.warnings.append(
            tr("Uncommitted changes already in %1 are committed with the export: %2.")
                .arg(QDir::toNativeSeparators(m_folder), files));
    }
    result.outcome = GitExportResult::Outcome::Checked;
    m_state = result;
    return result;
}

GitExportResult GitSnapshotExport::prepare(const ConfigSnapshot &side, const SpecTexts &specs,
                                           const GitExportOptions &options)
{
    GitExportResult result = check(options);
    if (result.outcome != GitExportResult::Outcome::Checked) {
        return result;
    }
    m_state = {};

    QString writeError;
    if (!DumpFolderWriter::write(m_folder, side, specs, options.write, &writeError)) {
        result.outcome = GitExportResult::Outcome::Failed;
        result.error =
            tr("%1 The folder was left as it was; nothing was committed.").arg(writeError);
        return result;
    }
    result.filesWritten = true;

    GitError error;
    const std::optional<QList<GitFileChange>> changes =
        m_git->pendingChanges(result.location.path, &error);
    if (!changes) {
        return fail(result, error);
    }
    DumpChangeSet::Layout layout;
    layout.collectionsPath = options.write.collectionsPath;
    layout.snapshotPath = options.write.snapshotPath;
    layout.specsPath = options.write.specsPath;
    result.changes = DumpChangeSet::fromGitChanges(*changes, result.location.path, layout);
    if (result.changes.isEmpty()) {
        result.outcome = GitExportResult::Outcome::NoChanges;
        return result;
    }
    result.defaultMessage = result.changes.defaultCommitMessage(options.sourceLabel);
    result.outcome = GitExportResult::Outcome::ReadyToCommit;
    m_state = result;
    return result;
}

GitExportResult GitSnapshotExport::commit(const QString &message)
{
    GitExportResult result = m_state;
    if (result.outcome != GitExportResult::Outcome::ReadyToCommit) {
        GitExportResult failed;
        failed.outcome = GitExportResult::Outcome::Failed;
        failed.error = tr("There is no prepared export to commit in %1.")
                           .arg(QDir::toNativeSeparators(m_folder));
        return failed;
    }
    m_state = {}; // one commit per prepare()
    result.message = message.trimmed().isEmpty() ? result.defaultMessage : message;
    GitError error;
    const std::optional<QString> commit =
        m_git->commitPath(result.location.path, result.message, &error);
    if (!commit) {
        return fail(result, error);
    }
    result.commit = *commit;
    result.outcome = GitExportResult::Outcome::Committed;
    return result;
}

GitExportResult GitSnapshotExport::run(const ConfigSnapshot &side, const SpecTexts &specs,
                                       const GitExportOptions &options, const QString &message)
{
    const GitExportResult prepared = prepare(side, specs, options);
    if (prepared.outcome != GitExportResult::Outcome::ReadyToCommit) {
        return prepared;
    }
    return commit(message);
}

} // namespace syncstudio
