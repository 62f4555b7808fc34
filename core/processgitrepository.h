#pragma once

#include "gitrepository.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace syncstudio {

// GitRepository through the user's own `git` executable (QProcess), so the user's identity,
// configuration, hooks, signing and ignore rules apply exactly as on the command line. Every
// call starts git processes and waits for them (never from the GUI thread).
//
// Pathspecs are passed as :(literal) so folder names with glob characters mean themselves;
// output is read in git's -z / porcelain formats and never depends on the user's language.
class ProcessGitRepository final : public GitRepository
{
    Q_DECLARE_TR_FUNCTIONS(ProcessGitRepository)

public:
    struct Options
    {
        // A name looked up on the environment's PATH, or a path to the executable.
        QString program = QStringLiteral("git");
        // Default: the process environment when the repository object is made.
        std::optional<QProcessEnvironment> environment;
        int timeoutMs = 120000;
        // Commit hooks and signing (a passphrase prompt) may legitimately take long.
        int commitTimeoutMs = 900000;
    };

    explicit ProcessGitRepository(const QString &folder);
    ProcessGitRepository(const QString &folder, const Options &options);

    QString folder() const { return m_folder; }

    std::optional<GitLocation> locate(GitError *error) override;
    bool init(GitError *error) override;
    std::optional<GitHead> head(GitError *error) override;
    std::optional<QList<GitStatusEntry>> status(const QString &path, GitError *error) override;
    std::optional<bool> isIgnored(const QString &path, GitError *error) override;
    std::optional<QList<GitFileChange>> pendingChanges(const QString &path,
                                                       GitError *error) override;
    std::optional<QString> commitPath(const QString &path, const QString &message,
                                      GitError *error) override;
    std::optional<QList<GitCommitInfo>> log(const QString &path, int maxCount,
                                            GitError *error) override;
    std::optional<QString> resolveCommit(const QString &revision, GitError *error) override;
    std::optional<QList<GitTreeEntry>> listFiles(const QString &commit, const QString &path,
                                                 GitError *error) override;
    std::optional<QList<QByteArray>> readBlobs(const QStringList &objectIds,
                                               GitError *error) override;

    // The git executable the options and environment lead to; empty when there is none.
    QString resolvedProgram() const;

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;

        bool ok() const { return exitCode == 0; }
        QString output() const;
    };
    struct RunSpec
    {
        QString workingDirectory; // empty: the work tree root
        QByteArray input;
        QStringList extraEnvironment; // KEY=VALUE
        int timeoutMs = 0;            // 0: Options::timeoutMs
    };

    // nullopt (and *error) only when git could not be run at all or timed out; a non-zero exit
    // is returned for the caller to judge.
    std::optional<Run> run(const QStringList &arguments, GitError *error, const RunSpec &spec);
    std::optional<Run> run(const QStringList &arguments, GitError *error)
    {
        return run(arguments, error, RunSpec());
    }
    std::optional<QString> root(GitError *error);
    QString hookFailure(const QString &traceFile) const;
    QString where() const;

    QString m_folder; // absolute, cleaned
    Options m_options;
    QProcessEnvironment m_environment;
    std::optional<GitLocation> m_location;
};

} // namespace syncstudio
