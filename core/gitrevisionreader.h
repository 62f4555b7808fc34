#pragma once

#include "configsnapshot.h"
#include "dumpfolderreader.h"
#include "gitrepository.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace syncstudio {

struct GitRevisionReadError
{
    // The git error; None when git answered but the dump at that revision is not readable
    // (then dump says which file and item).
    GitError::Kind gitKind = GitError::Kind::None;
    DumpReadError dump; // file relative to the dump folder
    QString message;    // complete and translated, naming "folder@revision"
    QString output;     // git's own output, untranslated
};

// A dump folder as it was at a git revision ("folder@HEAD~1" as a side): the folder's files are
// read from git's object store (`git cat-file --batch`) into a private temporary folder and
// read there by DumpFolderReader, with the same validation as a folder on disk. The working
// tree, the index and HEAD are never touched, so it works with uncommitted changes around and
// for revisions where the folder looked completely different.
class GitRevisionReader final
{
    Q_DECLARE_TR_FUNCTIONS(GitRevisionReader)

public:
    // git is opened for the dump folder and must outlive the reader.
    explicit GitRevisionReader(GitRepository *git);

    // The folder at revision (anything git resolves to a commit). Errors: git missing, the
    // folder in no work tree, an unknown revision, the folder absent at that revision, a
    // malformed dump.
    std::optional<ConfigSnapshot> read(const QString &revision, const DumpReadOptions &options,
                                       GitRevisionReadError *error = nullptr);
    std::optional<ConfigSnapshot> read(const QString &revision,
                                       GitRevisionReadError *error = nullptr);
    // The full hash the last successful read() resolved the revision to.
    QString commit() const { return m_commit; }

    // With the user's git (ProcessGitRepository) opened for folder: what a "PATH@REV" side
    // (SideSpec::Kind::GitRevision) reads.
    static std::optional<ConfigSnapshot> readFolder(const QString &folder, const QString &revision,
                                                    const DumpReadOptions &options,
                                                    GitRevisionReadError *error = nullptr,
                                                    QString *commit = nullptr);

private:
    GitRepository *m_git;
    QString m_commit;
};

} // namespace syncstudio
