#include "gitsnapshothistory.h"

namespace syncstudio {

std::optional<QList<SnapshotCommit>> GitSnapshotHistory::read(GitRepository *git, int maxCount,
                                                              GitError *error)
{
    return read(git, maxCount, DumpChangeSet::Layout(), error);
}

std::optional<QList<SnapshotCommit>> GitSnapshotHistory::read(GitRepository *git, int maxCount,
                                                              const DumpChangeSet::Layout &layout,
                                                              GitError *error)
{
    const std::optional<GitLocation> location = git->locate(error);
    if (!location) {
        return std::nullopt;
    }
    const std::optional<QList<GitCommitInfo>> commits = git->log(location->path, maxCount, error);
    if (!commits) {
        return std::nullopt;
    }
    QList<SnapshotCommit> history;
    history.reserve(commits->size());
    for (const GitCommitInfo &commit : *commits) {
        history.append(
            {commit, DumpChangeSet::fromGitChanges(commit.files, location->path, layout)});
    }
    return history;
}

} // namespace syncstudio
