#pragma once

#include "configsnapshot.h"
#include "dumpchangeset.h"
#include "dumpfolderwriter.h"
#include "gitrepository.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace syncstudio {

struct GitExportOptions
{
    DumpWriteOptions write;
    // Export (and commit) although the folder has uncommitted changes: the user confirmed, or
    // passed --force. Those changes are then committed with the export.
    bool force = false;
    // `git init` the folder when it is in no work tree (the user asked for it).
    bool initRepository = false;
    // Named in the default message ("Directus config from prod: …"); empty: not named.
    QString sourceLabel;
};

struct GitExportResult
{
    enum class Outcome {
        Failed,        // error says why; nothing was committed
        DirtyFolder,   // refused before writing: uncommitted changes in the folder (dirtyFiles)
        Checked,       // check(): the export may go ahead (nothing written yet)
        NoChanges,     // written, identical to HEAD: nothing to commit
        ReadyToCommit, // prepare(): written; changes and defaultMessage say what commit() takes
        Committed,     // commit is the new commit's hash
    };

    Outcome outcome = Outcome::Failed;
    GitError::Kind errorKind = GitError::Kind::None; // Failed: the git error, if git failed
    QString error;       // Failed / DirtyFolder: one complete, translated sentence or two
    QString errorOutput; // git's (or the hook's) own output, untranslated, for details
    // The dump was written. It stays, whatever happens to the commit: a failed commit never
    // removes or reverts files.
    bool filesWritten = false;
    // check() ran `git init` in the folder (options.initRepository, no work tree there).
    bool initialised = false;
    QStringList warnings; // translated (detached HEAD, forced over uncommitted changes)
    GitLocation location;
    GitHead head;           // as it was before the commit
    QStringList dirtyFiles; // DirtyFolder (and forced exports): relative to the dump folder
    DumpChangeSet changes;  // what the commit takes (or took)
    QString defaultMessage;
    QString message; // Committed: the message used
    QString commit;  // Committed: full hash

    bool ok() const { return outcome != Outcome::Failed && outcome != Outcome::DirtyFolder; }
};

// Export to git: writes a side as a directus-sync dump (DumpFolderWriter: temp folder and swap)
// into a folder of a git work tree and commits that folder alone with the user's own git.
//
// Rules: uncommitted changes inside the folder stop the export before anything is written,
// unless forced; changes elsewhere in the repository are neither touched nor committed; a
// detached HEAD commits with a warning; no changes means no commit; a missing git stops before
// writing; a failing hook, signing or identity problem is an error after writing, and the
// written files stay (not committed).
//
// Synchronous and potentially slow (git, hooks, signing): the CLI calls run(); the GUI calls
// check(), prepare() and commit() from a worker thread, showing the changes and letting the
// user edit the message between prepare() and commit(). One export per object.
class GitSnapshotExport final
{
    Q_DECLARE_TR_FUNCTIONS(GitSnapshotExport)

public:
    // git must be opened for folder and outlive this object.
    GitSnapshotExport(GitRepository *git, const QString &folder);

    // Nothing is written: finds the work tree (initialising it when asked), reads HEAD and the
    // folder's uncommitted changes. Outcome Checked, DirtyFolder or Failed.
    GitExportResult check(const GitExportOptions &options);
    // check(), then writes the dump and works out what a commit would take. Outcome
    // ReadyToCommit, NoChanges, DirtyFolder or Failed.
    GitExportResult prepare(const ConfigSnapshot &side, const SpecTexts &specs,
                            const GitExportOptions &options);
    // Commits the folder after prepare() returned ReadyToCommit; an empty (or blank) message
    // takes the default one. Outcome Committed or Failed.
    GitExportResult commit(const QString &message = {});
    // prepare() and, when there is something to commit, commit(message): `export --commit`.
    GitExportResult run(const ConfigSnapshot &side, const SpecTexts &specs,
                        const GitExportOptions &options, const QString &message = {});

private:
    GitExportResult fail(GitExportResult result, const GitError &error) const;

    GitRepository *m_git;
    QString m_folder;
    GitExportResult m_state;
};

} // namespace syncstudio
