#pragma once

#include "dumpchangeset.h"
#include "gitrepository.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace syncstudio {

// One commit that changed the dump folder.
struct SnapshotCommit
{
    GitCommitInfo commit;  // hash, author, date, message, files (work tree paths)
    DumpChangeSet changes; // the same files, per collection, relative to the dump folder
};

// The history of a dump folder: the commits reachable from HEAD that touched it, newest first,
// with the collections each one changed. Each commit's hash is a revision GitRevisionReader
// reads.
class GitSnapshotHistory final
{
    Q_DECLARE_TR_FUNCTIONS(GitSnapshotHistory)

public:
    // git is opened for the dump folder; maxCount <= 0: the whole history.
    static std::optional<QList<SnapshotCommit>> read(GitRepository *git, int maxCount,
                                                     GitError *error);
    static std::optional<QList<SnapshotCommit>>
    read(GitRepository *git, int maxCount, const DumpChangeSet::Layout &layout, GitError *error);
};

} // namespace syncstudio
