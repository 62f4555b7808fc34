// ProcessGitRepository against the real git in temporary repositories: locating the work tree,
// HEAD states, status, the path-limited commit that leaves everything else alone, hooks, the
// log and reading files of a revision without touching the working tree or the index.
#include "processgitrepository.h"

#include "gittestsupport.h"
#include "testenvironment.h"

#include <QtTest>

using namespace syncstudio;
using namespace syncstudio::test;

class tst_ProcessGitRepository final : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestEnvironment> m_env;
    std::unique_ptr<GitSandbox> m_sandbox;

    // A repository with README committed; returns its root.
    static QString makeRepository(const QTemporaryDir &dir)
    {
        const QString root = dir.filePath(QStringLiteral("repo"));
        QDir().mkpath(root);
        runGit(root, {QStringLiteral("init"), QStringLiteral("-q")});
        writeBytes(root + QStringLiteral("/README"), "readme\n");
        runGit(root, {QStringLiteral("add"), QStringLiteral("README")});
        runGit(root, {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("init")});
        return root;
    }

private slots:
    void initTestCase()
    {
        m_env = std::make_unique<TestEnvironment>();
        m_sandbox = std::make_unique<GitSandbox>();
        QVERIFY2(runGit(QDir::tempPath(), {QStringLiteral("--version")}).exitCode == 0,
                 "git must be installed for this test");
    }

    void locateFindsRootAndPath()
    {
        QTemporaryDir dir;
        const QString root = makeRepository(dir);
        ProcessGitRepository existing(root + QStringLiteral("/README/../"));
        GitError error;
        auto location = existing.locate(&error);
        QVERIFY2(location, qPrintable(error.message));
        QCOMPARE(location->workTree, QFileInfo(root).canonicalFilePath());
        QCOMPARE(location->path, QString());

        // A folder that does not exist yet: its nearest existing parent decides.
        ProcessGitRepository missing(root + QStringLiteral("/config/dump"));
        location = missing.locate(&error);
        QVERIFY2(location, qPrintable(error.message));
        QCOMPARE(location->path, QStringLiteral("config/dump"));

        QTemporaryDir plain;
        ProcessGitRepository outside(plain.filePath(QStringLiteral("dump")));
        QVERIFY(!outside.locate(&error));
        QCOMPARE(error.kind, GitError::Kind::NotARepository);
        QVERIFY(error.message.contains(QDir::toNativeSeparators(plain.path())));

        QVERIFY2(outside.init(&error), qPrintable(error.message));
        location = outside.locate(&error);
        QVERIFY2(location, qPrintable(error.message));
        QCOMPARE(location->path, QString());
        QCOMPARE(location->workTree,
                 QFileInfo(plain.filePath(QStringLiteral("dump"))).canonicalFilePath());
        const auto head = outside.head(&error);
        QVERIFY(head);
        QVERIFY(head->unborn);
        QCOMPARE(head->branch, QStringLiteral("main"));
        QCOMPARE(outside.log(QString(), 0, &error)->size(), 0);
    }

    void headStates()
    {
        QTemporaryDir dir;
        const QString root = makeRepository(dir);
        ProcessGitRepository git(root);
        GitError error;
        auto head = git.head(&error);
        QVERIFY2(head, qPrintable(error.message));
        QVERIFY(!head->detached && !head->unborn);
        QCOMPARE(head->branch, QStringLiteral("main"));
        QCOMPARE(head->commit,
                 runGit(root, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}).out);
        runGit(root,
               {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("--detach")});
        head = git.head(&error);
        QVERIFY2(head, qPrintable(error.message));
        QVERIFY(head->detached);
        QVERIFY(head->branch.isEmpty());
        QCOMPARE(head->commit.size(), 40);
    }

    void statusListsEverythingBelowThePathOnly()
    {
        QTemporaryDir dir;
        const QString root = makeRepository(dir);
        writeBytes(root + QStringLiteral("/d/tracked.json"), "1\n");
        writeBytes(root + QStringLiteral("/d/staged.json"), "1\n");
        runGit(root, {QStringLiteral("add"), QStringLiteral("d")});
        runGit(root, {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("d")});
        writeBytes(root + QStringLiteral("/d/tracked.json"), "2\n");
        writeBytes(root + QStringLiteral("/d/staged.json"), "2\n");
        runGit(root, {QStringLiteral("add"), QStringLiteral("d/staged.json")});
        writeBytes(root + QStringLiteral("/d/sub/new.json"), "new\n");
        writeBytes(root + QStringLiteral("/README"), "changed elsewhere\n");
        writeBytes(root + QStringLiteral("/.gitignore"), "*.tmp\n");
        writeBytes(root + QStringLiteral("/d/ignored.tmp"), "x\n");

        ProcessGitRepository git(root + QStringLiteral("/d"));
        GitError error;
        const auto status = git.status(QStringLiteral("d"), &error);
        QVERIFY2(status, qPrintable(error.message));
        QMap<QString, QString> states;
        for (const GitStatusEntry &entry : *status) {
            states.insert(entry.path, QString(entry.index) + entry.workTree);
        }
        QCOMPARE(states.value(QStringLiteral("d/tracked.json")), QStringLiteral(" M"));
        QCOMPARE(states.value(QStringLiteral("d/staged.json")), QStringLiteral("M "));
        QCOMPARE(states.value(QStringLiteral("d/sub/new.json")), QStringLiteral("??"));
        QCOMPARE(states.size(), 3); // neither README nor the ignored file
    }

    void commitPathCommitsThatPathOnly()
    {
        QTemporaryDir dir;
        const QString root = makeRepository(dir);
        writeBytes(root + QStringLiteral("/other.txt"), "other\n");
        runGit(root, {QStringLiteral("add"), QStringLiteral("other.txt")});
        runGit(root, {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("other")});
        // The user's own work in progress elsewhere: one file staged, one modified.
        writeBytes(root + QStringLiteral("/staged.txt"), "staged\n");
        runGit(root, {QStringLiteral("add"), QStringLiteral("staged.txt")});
        writeBytes(root + QStringLiteral("/other.txt"), "modified\n");
        writeBytes(root + QStringLiteral("/dump/collections/flows.json"), "[]\n");
        writeBytes(root + QStringLiteral("/dump/snapshot/info.json"), "{}\n");

        ProcessGitRepository git(root + QStringLiteral("/dump"));
        GitError error;
        const auto pending = git.pendingChanges(QStringLiteral("dump"), &error);
        QVERIFY2(pending, qPrintable(error.message));
        QCOMPARE(pending->size(), 2);
        QCOMPARE(pending->at(0).kind, GitFileChange::Kind::Added);
        QCOMPARE(pending->at(0).path, QStringLiteral("dump/collections/flows.json"));

        const auto hash =
            git.commitPath(QStringLiteral("dump"), QStringLiteral("Snapshot\n\nbody\n"), &error);
        QVERIFY2(hash, qPrintable(error.message));
        QCOMPARE(*hash, runGit(root, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}).out);
        QCOMPARE(runGit(root, {QStringLiteral("show"), QStringLiteral("--name-only"),
                               QStringLiteral("--format="), QStringLiteral("HEAD")})
                     .out,
                 QStringLiteral("dump/collections/flows.json\ndump/snapshot/info.json"));
        QCOMPARE(runGit(root, {QStringLiteral("log"), QStringLiteral("-1"),
                               QStringLiteral("--format=%B")})
                     .out,
                 QStringLiteral("Snapshot\n\nbody"));
        // Everything else is exactly as the user left it.
        QCOMPARE(runGit(root, {QStringLiteral("status"), QStringLiteral("--porcelain")}).out,
                 QStringLiteral(" M other.txt\nA  staged.txt"));

        // Deleted and modified files, and nothing to commit afterwards.
        QFile::remove(root + QStringLiteral("/dump/snapshot/info.json"));
        writeBytes(root + QStringLiteral("/dump/collections/flows.json"), "[1]\n");
        const auto second = git.pendingChanges(QStringLiteral("dump"), &error);
        QVERIFY(second);
        QCOMPARE(*second,
                 (QList<GitFileChange>{
                     {GitFileChange::Kind::Modified, QStringLiteral("dump/collections/flows.json")},
                     {GitFileChange::Kind::Deleted, QStringLiteral("dump/snapshot/info.json")}}));
        QVERIFY2(git.commitPath(QStringLiteral("dump"), QStringLiteral("second"), &error),
                 qPrintable(error.message));
        QCOMPARE(git.pendingChanges(QStringLiteral("dump"), &error)->size(), 0);
        QCOMPARE(runGit(root, {QStringLiteral("status"), QStringLiteral("--porcelain")}).out,
                 QStringLiteral(" M other.txt\nA  staged.txt"));
    }

    void pendingChangesLeavesTheIndexAlone()
    {
        QTemporaryDir dir;
        const QString root = makeRepository(dir);
        writeBytes(root + QStringLiteral("/dump/a.json"), "1\n");
        const QByteArray index = readBytes(root + QStringLiteral("/.git/index"));
        ProcessGitRepository git(root + QStringLiteral("/dump"));
        GitError error;
        QVERIFY(git.pendingChanges(QStringLiteral("dump"), &error));
        QVERIFY(git.status(QStringLiteral("dump"), &error));
        QCOMPARE(readBytes(root + QStringLiteral("/.git/index")), index);
        QCOMPARE(runGit(root, {QStringLiteral("status"), QStringLiteral("--porcelain")}).out,
                 QStringLiteral("?? dump/"));
    }

    void globCharactersInFolderNamesAreLiteral()
    {
        QTemporaryDir dir;
        const QString root = makeRepository(dir);
        writeBytes(root + QStringLiteral("/conf[ig]*/a.json"), "1\n");
        writeBytes(root + QStringLiteral("/confi/b.json"), "1\n"); // matches the glob, not the name
        ProcessGitRepository git(root + QStringLiteral("/conf[ig]*"));
        GitError error;
        const auto location = git.locate(&error);
        QVERIFY(location);
        QCOMPARE(location->path, QStringLiteral("conf[ig]*"));
        QCOMPARE(git.status(location->path, &error)->size(), 1);
        QVERIFY2(git.commitPath(location->path, QStringLiteral("literal"), &error),
                 qPrintable(error.message));
        QCOMPARE(runGit(root, {QStringLiteral("status"), QStringLiteral("--porcelain")}).out,
                 QStringLiteral("?? confi/"));
        const auto log = git.log(location->path, 0, &error);
        QVERIFY(log);
        QCOMPARE(log->size(), 1);
    }

    void failingPreCommitHook()
    {
        QTemporaryDir dir;
        const QString root = makeRepository(dir);
        const QString hook = root + QStringLiteral("/.git/hooks/pre-commit");
        writeBytes(hook, "#!/bin/sh\necho 'lint: flows.json is not allowed' >&2\nexit 1\n");
        QFile::setPermissions(hook, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        writeBytes(root + QStringLiteral("/dump/flows.json"), "[]\n");
        ProcessGitRepository git(root + QStringLiteral("/dump"));
        GitError error;
        QVERIFY(!git.commitPath(QStringLiteral("dump"), QStringLiteral("x"), &error));
        QCOMPARE(error.kind, GitError::Kind::HookFailed);
        QVERIFY2(error.message.contains(QStringLiteral("pre-commit")), qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("lint: flows.json is not allowed")),
                 qPrintable(error.message));
        // The file stays, and the index is as before (nothing left staged).
        QCOMPARE(readBytes(root + QStringLiteral("/dump/flows.json")), QByteArray("[]\n"));
        QCOMPARE(runGit(root, {QStringLiteral("status"), QStringLiteral("--porcelain")}).out,
                 QStringLiteral("?? dump/"));
        QCOMPARE(runGit(root, {QStringLiteral("rev-list"), QStringLiteral("--count"),
                               QStringLiteral("HEAD")})
                     .out,
                 QStringLiteral("1"));
    }

    void failingHookOnUnbornBranch()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("fresh"));
        ProcessGitRepository git(root);
        GitError error;
        QVERIFY2(git.init(&error), qPrintable(error.message));
        const QString hook = root + QStringLiteral("/.git/hooks/pre-commit");
        writeBytes(hook, "#!/bin/sh\nexit 7\n");
        QFile::setPermissions(hook, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        writeBytes(root + QStringLiteral("/collections/flows.json"), "[]\n");
        QVERIFY(!git.commitPath(QString(), QStringLiteral("x"), &error));
        QCOMPARE(error.kind, GitError::Kind::HookFailed);
        QVERIFY2(error.message.contains(QStringLiteral("(the hook printed nothing)")),
                 qPrintable(error.message));
        QCOMPARE(runGit(root, {QStringLiteral("status"), QStringLiteral("--porcelain")}).out,
                 QStringLiteral("?? collections/"));
        QVERIFY(git.head(&error)->unborn);
        QFile::remove(hook);
        QVERIFY2(git.commitPath(QString(), QStringLiteral("first"), &error),
                 qPrintable(error.message));
        QVERIFY(!git.head(&error)->unborn);
    }

    void ignoredPaths()
    {
        QTemporaryDir dir;
        const QString root = makeRepository(dir);
        writeBytes(root + QStringLiteral("/.gitignore"), "build/\n*.log\n");
        writeBytes(root + QStringLiteral("/tracked.log"), "x\n");
        runGit(root, {QStringLiteral("add"), QStringLiteral("-f"), QStringLiteral("tracked.log")});
        ProcessGitRepository git(root);
        GitError error;
        QCOMPARE(git.isIgnored(QStringLiteral("build"), &error), std::optional<bool>(false));
        QCOMPARE(git.isIgnored(QStringLiteral("build/dump/a.json"), &error),
                 std::optional<bool>(true));
        QCOMPARE(git.isIgnored(QStringLiteral("x.log"), &error), std::optional<bool>(true));
        QCOMPARE(git.isIgnored(QStringLiteral("tracked.log"), &error), std::optional<bool>(false));
        QCOMPARE(git.isIgnored(QStringLiteral("dump"), &error), std::optional<bool>(false));
    }

    void failingCommitMsgHookInHooksPath()
    {
        QTemporaryDir dir;
        const QString root = makeRepository(dir);
        const QString hooks = dir.filePath(QStringLiteral("shared-hooks"));
        writeBytes(hooks + QStringLiteral("/commit-msg"),
                   "#!/bin/sh\necho 'message must reference a ticket' >&2\nexit 1\n");
        QFile::setPermissions(hooks + QStringLiteral("/commit-msg"),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        runGit(root, {QStringLiteral("config"), QStringLiteral("core.hooksPath"), hooks});
        writeBytes(root + QStringLiteral("/dump/flows.json"), "[]\n");
        ProcessGitRepository git(root + QStringLiteral("/dump"));
        GitError error;
        QVERIFY(!git.commitPath(QStringLiteral("dump"), QStringLiteral("x"), &error));
        QCOMPARE(error.kind, GitError::Kind::HookFailed);
        QVERIFY2(error.message.contains(QStringLiteral("commit-msg")), qPrintable(error.message));
    }

    void unknownIdentity()
    {
        QTemporaryDir dir;
        const QString root = makeRepository(dir);
        runGit(root, {QStringLiteral("config"), QStringLiteral("user.useConfigOnly"),
                      QStringLiteral("true")});
        writeBytes(root + QStringLiteral("/dump/flows.json"), "[]\n");
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL", "GIT_COMMITTER_NAME",
                                 "GIT_COMMITTER_EMAIL", "EMAIL"}) {
            environment.remove(QString::fromLatin1(name));
        }
        ProcessGitRepository::Options options;
        options.environment = environment;
        ProcessGitRepository git(root + QStringLiteral("/dump"), options);
        GitError error;
        QVERIFY(!git.commitPath(QStringLiteral("dump"), QStringLiteral("x"), &error));
        QCOMPARE(error.kind, GitError::Kind::IdentityUnknown);
        QVERIFY2(error.message.contains(QStringLiteral("user.email")), qPrintable(error.message));
        QCOMPARE(runGit(root, {QStringLiteral("status"), QStringLiteral("--porcelain")}).out,
                 QStringLiteral("?? dump/"));
    }

    void missingGit()
    {
        QTemporaryDir emptyPath;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PATH"), emptyPath.path());
        ProcessGitRepository::Options options;
        options.environment = environment;
        ProcessGitRepository onPath(emptyPath.path(), options);
        GitError error;
        QVERIFY(!onPath.locate(&error));
        QCOMPARE(error.kind, GitError::Kind::GitMissing);
        QVERIFY2(error.message.contains(QStringLiteral("PATH")), qPrintable(error.message));

        ProcessGitRepository::Options configured;
        configured.program = emptyPath.filePath(QStringLiteral("bin/git"));
        ProcessGitRepository atPath(emptyPath.path(), configured);
        QVERIFY(!atPath.head(&error));
        QCOMPARE(error.kind, GitError::Kind::GitMissing);
        QVERIFY2(error.message.contains(QDir::toNativeSeparators(configured.program)),
                 qPrintable(error.message));
    }

    void logListsCommitsTouchingThePath()
    {
        QTemporaryDir dir;
        const QString root = makeRepository(dir);
        ProcessGitRepository git(root + QStringLiteral("/dump"));
        GitError error;
        writeBytes(root + QStringLiteral("/dump/a.json"), "1\n");
        writeBytes(root + QStringLiteral("/dump/b.json"), "1\n");
        QVERIFY(
            git.commitPath(QStringLiteral("dump"), QStringLiteral("first\n\nwith body"), &error));
        writeBytes(root + QStringLiteral("/README"), "elsewhere\n");
        runGit(root,
               {QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("not in dump")});
        // A merge that brings a change to the folder from a side branch.
        runGit(root, {QStringLiteral("switch"), QStringLiteral("-qc"), QStringLiteral("side")});
        writeBytes(root + QStringLiteral("/dump/a.json"), "2\n");
        QFile::remove(root + QStringLiteral("/dump/b.json"));
        QVERIFY(git.commitPath(QStringLiteral("dump"), QStringLiteral("second"), &error));
        runGit(root, {QStringLiteral("switch"), QStringLiteral("-q"), QStringLiteral("main")});
        writeBytes(root + QStringLiteral("/other"), "x\n");
        runGit(root, {QStringLiteral("add"), QStringLiteral("other")});
        runGit(root, {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("other")});
        const GitRun merge = runGit(root, {QStringLiteral("merge"), QStringLiteral("-q"),
                                           QStringLiteral("--no-ff"), QStringLiteral("-m"),
                                           QStringLiteral("merge side"), QStringLiteral("side")});
        QCOMPARE(merge.exitCode, 0);

        const auto log = git.log(QStringLiteral("dump"), 0, &error);
        QVERIFY2(log, qPrintable(error.message));
        QStringList subjects;
        for (const GitCommitInfo &commit : *log) {
            subjects.append(commit.subject());
        }
        QCOMPARE(subjects, (QStringList{QStringLiteral("merge side"), QStringLiteral("second"),
                                        QStringLiteral("first")}));
        const GitCommitInfo &first = log->at(2);
        QCOMPARE(first.message, QStringLiteral("first\n\nwith body"));
        QCOMPARE(first.authorName, QStringLiteral("Ada Admin"));
        QCOMPARE(first.authorEmail, QStringLiteral("ada@example.com"));
        QVERIFY(first.authorDate.isValid());
        QVERIFY(qAbs(first.authorDate.secsTo(QDateTime::currentDateTime())) < 600);
        QCOMPARE(first.files, (QList<GitFileChange>{
                                  {GitFileChange::Kind::Added, QStringLiteral("dump/a.json")},
                                  {GitFileChange::Kind::Added, QStringLiteral("dump/b.json")}}));
        const QList<GitFileChange> changes = {
            {GitFileChange::Kind::Modified, QStringLiteral("dump/a.json")},
            {GitFileChange::Kind::Deleted, QStringLiteral("dump/b.json")}};
        QCOMPARE(log->at(1).files, changes);
        QCOMPARE(log->at(0).files, changes); // the merge, against its first parent
        QCOMPARE(git.log(QStringLiteral("dump"), 1, &error)->size(), 1);
    }

    void readFilesOfARevision()
    {
        QTemporaryDir dir;
        const QString root = makeRepository(dir);
        ProcessGitRepository git(root + QStringLiteral("/dump"));
        GitError error;
        const QByteArray binary("bin\0ary\n\xff", 9);
        writeBytes(root + QStringLiteral("/dump/a.json"), "first\n");
        writeBytes(root + QStringLiteral("/dump/sub dir/b.bin"), binary);
        writeBytes(root + QStringLiteral("/dump/empty"), QByteArray());
        QVERIFY(git.commitPath(QStringLiteral("dump"), QStringLiteral("one"), &error));
        writeBytes(root + QStringLiteral("/dump/a.json"), "second\n");
        QVERIFY(git.commitPath(QStringLiteral("dump"), QStringLiteral("two"), &error));
        writeBytes(root + QStringLiteral("/dump/a.json"), "uncommitted\n");
        const QString statusBefore =
            runGit(root, {QStringLiteral("status"), QStringLiteral("--porcelain")}).out;

        const auto commit = git.resolveCommit(QStringLiteral("HEAD~1"), &error);
        QVERIFY2(commit, qPrintable(error.message));
        const auto files = git.listFiles(*commit, QStringLiteral("dump"), &error);
        QVERIFY2(files, qPrintable(error.message));
        QStringList paths;
        QStringList ids;
        for (const GitTreeEntry &entry : *files) {
            paths.append(entry.path);
            ids.append(entry.objectId);
        }
        QCOMPARE(paths, (QStringList{QStringLiteral("a.json"), QStringLiteral("empty"),
                                     QStringLiteral("sub dir/b.bin")}));
        QCOMPARE(files->at(2).size, qint64(binary.size()));
        const auto blobs = git.readBlobs(ids, &error);
        QVERIFY2(blobs, qPrintable(error.message));
        QCOMPARE(*blobs, (QList<QByteArray>{"first\n", QByteArray(), binary}));
        QCOMPARE(readBytes(root + QStringLiteral("/dump/a.json")), QByteArray("uncommitted\n"));
        QCOMPARE(runGit(root, {QStringLiteral("status"), QStringLiteral("--porcelain")}).out,
                 statusBefore);

        QVERIFY(!git.resolveCommit(QStringLiteral("no-such-branch"), &error));
        QCOMPARE(error.kind, GitError::Kind::UnknownRevision);
        QVERIFY(error.message.contains(QStringLiteral("no-such-branch")));
        QVERIFY(!git.resolveCommit(QStringLiteral("--all"), &error));
        QCOMPARE(error.kind, GitError::Kind::UnknownRevision);
        QVERIFY(!git.listFiles(QStringLiteral("HEAD~2"), QStringLiteral("dump"), &error));
        QCOMPARE(error.kind, GitError::Kind::PathNotInRevision);
        QVERIFY(!git.listFiles(QStringLiteral("HEAD"), QStringLiteral("dump/a.json"), &error));
        QCOMPARE(error.kind, GitError::Kind::PathNotInRevision);
        QVERIFY(
            !git.readBlobs({QStringLiteral("0123456789abcdef0123456789abcdef01234567")}, &error));
    }
};

QTEST_GUILESS_MAIN(tst_ProcessGitRepository)
#include "tst_processgitrepository.moc"
