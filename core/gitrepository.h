#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace syncstudio {

// Why a git operation failed. message is complete and translated (what failed, where, what to
// do); output is git's own stderr/stdout (or the hook's), untranslated, for a details pane.
struct GitError
{
    enum class Kind {
        None,
        GitMissing,        // no git executable on PATH (or at the configured path)
        NotARepository,    // the folder is in no git work tree
        UnknownRevision,   // the revision names no commit
        PathNotInRevision, // the folder does not exist (as a folder) at that revision
        HookFailed,        // a commit hook (pre-commit, commit-msg, …) rejected the commit
        IdentityUnknown,   // user.name / user.email not configured
        TimedOut,          // git did not finish in time (e.g. waiting for a passphrase)
        CommandFailed,     // any other failure; output has git's words
    };

    Kind kind = Kind::None;
    QString message;
    QString output;
};

// Where a folder lies in its work tree.
struct GitLocation
{
    QString workTree; // absolute root of the work tree, as git reports it
    QString path;     // the folder relative to workTree, "/"-separated; empty for the root itself
};

struct GitHead
{
    bool unborn = false;   // no commit yet (fresh repository)
    bool detached = false; // HEAD points at a commit, not a branch
    QString branch;        // "main"; empty when detached
    QString commit;        // full hash; empty when unborn
};

// One line of `git status --porcelain`: index and work tree state as git's letters.
struct GitStatusEntry
{
    QString path;   // relative to the work tree root
    QChar index;    // ' ', 'M', 'A', 'D', 'T', 'U', '?'
    QChar workTree; // ' ', 'M', 'D', 'T', 'U', '?'

    bool untracked() const { return index == QLatin1Char('?'); }
};

struct GitFileChange
{
    enum class Kind { Added, Modified, Deleted };

    Kind kind = Kind::Modified;
    QString path; // relative to the work tree root

    bool operator==(const GitFileChange &other) const
    {
        return kind == other.kind && path == other.path;
    }
};

struct GitCommitInfo
{
    QString hash;
    QDateTime authorDate;
    QString authorName;
    QString authorEmail;
    QString message;            // full message (%B)
    QList<GitFileChange> files; // the commit's changes below the logged path (merges: against
                                // the first parent)

    QString subject() const { return message.section(QLatin1Char('\n'), 0, 0); }
};

struct GitTreeEntry
{
    QString path;     // relative to the listed folder, "/"-separated
    QString objectId; // blob hash
    qint64 size = 0;
};

// The operations the app needs from git, for one folder (the one the repository was opened
// for). Paths given to and returned by the methods are relative to the work tree root,
// "/"-separated, "" being the root itself (GitLocation::path of that folder).
//
// The real implementation (ProcessGitRepository) runs the user's own git, so the user's
// identity, hooks, signing and ignore rules apply. Implementations are synchronous and may block
// for long (hooks, signing): the GUI calls them from a worker thread. An object is used by one
// thread at a time.
class GitRepository
{
    Q_DECLARE_TR_FUNCTIONS(GitRepository)

public:
    virtual ~GitRepository();

    // The work tree containing the folder (which need not exist yet: its nearest existing
    // parent decides). NotARepository when there is none.
    virtual std::optional<GitLocation> locate(GitError *error) = 0;
    // `git init` in the folder, creating it when missing; afterwards the folder is the root.
    virtual bool init(GitError *error) = 0;
    virtual std::optional<GitHead> head(GitError *error) = 0;
    // Uncommitted changes below path: staged, unstaged and untracked (ignored files are not).
    virtual std::optional<QList<GitStatusEntry>> status(const QString &path, GitError *error) = 0;
    // True when git's ignore rules (.gitignore, info/exclude, core.excludesFile) exclude path,
    // which need not exist; a tracked path is never ignored.
    virtual std::optional<bool> isIgnored(const QString &path, GitError *error) = 0;
    // What commitPath(path, …) would commit now, HEAD against the working tree (new untracked
    // files included, ignored ones not), worked out without touching the index.
    virtual std::optional<QList<GitFileChange>> pendingChanges(const QString &path,
                                                               GitError *error) = 0;
    // Stages everything below path and commits exactly that path. Changes elsewhere (staged or
    // not) are neither committed nor touched. Returns the new commit's hash. When the commit
    // fails and nothing below path was staged before, the index is put back as it was; the
    // files in the working tree are never touched.
    virtual std::optional<QString> commitPath(const QString &path, const QString &message,
                                              GitError *error) = 0;
    // The commits reachable from HEAD that changed something below path, newest first;
    // maxCount <= 0: all. An unborn HEAD has an empty history.
    virtual std::optional<QList<GitCommitInfo>> log(const QString &path, int maxCount,
                                                    GitError *error) = 0;
    // The full hash of the commit a revision names ("HEAD~1", "main", "v2", a short hash,
    // "main@{yesterday}"); UnknownRevision when it names none.
    virtual std::optional<QString> resolveCommit(const QString &revision, GitError *error) = 0;
    // Every file below path at commit (recursively, regular files and executables only, no
    // symlinks or submodules). PathNotInRevision when path is not a folder in that commit.
    virtual std::optional<QList<GitTreeEntry>> listFiles(const QString &commit, const QString &path,
                                                         GitError *error) = 0;
    // The contents of blobs by object id, in the given order (`git cat-file --batch`: the
    // working tree is not read or written).
    virtual std::optional<QList<QByteArray>> readBlobs(const QStringList &objectIds,
                                                       GitError *error) = 0;

protected:
    static void setError(GitError *error, GitError::Kind kind, const QString &message,
                         const QString &output = {});
};

} // namespace syncstudio
