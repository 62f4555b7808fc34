// Export to git, history and revision sides with the real git in temporary repositories, on the
// dump directus-sync 3.4.1 wrote for tests/data/pull341 (read back with DumpFolderReader and
// changed in memory). Each refusal and failure gives its message and loses no file.
#include "gitsnapshotexport.h"

#include "collectiondescriptor.h"
#include "dumpfolderreader.h"
#include "gitrevisionreader.h"
#include "gitrevisionside.h"
#include "gitsnapshothistory.h"
#include "gittestsupport.h"
#include "processgitrepository.h"
#include "testenvironment.h"

#include <QSignalSpy>
#include <QtTest>

using namespace syncstudio;
using namespace syncstudio::test;

namespace {

// Answers from a script, records what the export asks: for outcomes real git cannot be made
// to produce on demand (a commit that times out).
class FakeGitRepository final : public GitRepository
{
public:
    GitLocation location{QStringLiteral("/work"), QStringLiteral("dump")};
    QList<GitFileChange> pending;
    std::optional<GitError> commitError;
    QStringList calls;

    std::optional<GitLocation> locate(GitError *) override
    {
        calls.append(QStringLiteral("locate"));
        return location;
    }
    bool init(GitError *) override { return true; }
    std::optional<GitHead> head(GitError *) override
    {
        GitHead head;
        head.branch = QStringLiteral("main");
        head.commit = QString(40, QLatin1Char('a'));
        return head;
    }
    std::optional<QList<GitStatusEntry>> status(const QString &path, GitError *) override
    {
        calls.append(QStringLiteral("status ") + path);
        return QList<GitStatusEntry>();
    }
    std::optional<bool> isIgnored(const QString &, GitError *) override { return false; }
    std::optional<QList<GitFileChange>> pendingChanges(const QString &path, GitError *) override
    {
        calls.append(QStringLiteral("pendingChanges ") + path);
        return pending;
    }
    std::optional<QString> commitPath(const QString &path, const QString &message,
                                      GitError *error) override
    {
        calls.append(QStringLiteral("commitPath ") + path + QLatin1Char(' ') +
                     message.section(QLatin1Char('\n'), 0, 0));
        if (commitError) {
            *error = *commitError;
            return std::nullopt;
        }
        return QString(40, QLatin1Char('b'));
    }
    std::optional<QList<GitCommitInfo>> log(const QString &, int, GitError *) override
    {
        return QList<GitCommitInfo>();
    }
    std::optional<QString> resolveCommit(const QString &, GitError *) override
    {
        return std::nullopt;
    }
    std::optional<QList<GitTreeEntry>> listFiles(const QString &, const QString &,
                                                 GitError *) override
    {
        return std::nullopt;
    }
    std::optional<QList<QByteArray>> readBlobs(const QStringList &, GitError *) override
    {
        return std::nullopt;
    }
};

} // namespace

class tst_GitSnapshotExport final : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestEnvironment> m_env;
    std::unique_ptr<GitSandbox> m_sandbox;
    ConfigSnapshot m_base;

    static GitExportOptions exportOptions()
    {
        GitExportOptions options;
        options.write.specs = false;
        options.write.collator = JsCollator::forLocale(QStringLiteral("en-US"));
        return options;
    }

    // A repository with a README committed; the dump goes to <root>/directus-config.
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

    static GitExportResult exportTo(const QString &folder, const ConfigSnapshot &side,
                                    const GitExportOptions &options = exportOptions(),
                                    const QString &message = {})
    {
        ProcessGitRepository git(folder);
        GitSnapshotExport exporter(&git, folder);
        return exporter.run(side, {}, options, message);
    }

    static int commitCount(const QString &root)
    {
        return runGit(root, {QStringLiteral("rev-list"), QStringLiteral("--count"),
                             QStringLiteral("HEAD")})
            .out.toInt();
    }

    // The base snapshot with one flow renamed, one translation removed, one schema field gone
    // and another added.
    ConfigSnapshot changed() const
    {
        ConfigSnapshot side = m_base;
        CollectionData *flows = side.collection(QStringLiteral("flows"));
        flows->items[0].data.insert(QStringLiteral("name"), JsonValue(QStringLiteral("Renamed")));
        side.collection(QStringLiteral("translations"))->items.removeLast();
        JsonArray &fields = side.schema->object()[QStringLiteral("fields")].array();
        JsonValue added = fields.last();
        added.object().insert(QStringLiteral("field"), JsonValue(QStringLiteral("added_field")));
        // A field without a case-insensitive name clash, so no other file changes its suffix.
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (fields.at(i).toObject().value(QStringLiteral("field")).toString() ==
                QLatin1String("author")) {
                fields.removeAt(i);
                break;
            }
        }
        fields.append(added);
        return side;
    }

private slots:
    void initTestCase()
    {
        m_env = std::make_unique<TestEnvironment>();
        m_sandbox = std::make_unique<GitSandbox>();
        DumpReadError error;
        const auto base = DumpFolderReader::read(
            TestEnvironment::sourceDir() + QStringLiteral("/tests/data/pull341/expected/default"),
            {}, &error);
        QVERIFY2(base, qPrintable(error.message));
        m_base = *base;
        QVERIFY(m_base.schema.has_value());
    }

    void exportCommitsTheFolderOnly()
    {
        QTemporaryDir dir;
        const QString root = makeRepository(dir);
        writeBytes(root + QStringLiteral("/staged.txt"), "mine\n");
        runGit(root, {QStringLiteral("add"), QStringLiteral("staged.txt")});
        writeBytes(root + QStringLiteral("/README"), "work in progress\n");
        const QString folder = root + QStringLiteral("/directus-config");

        GitExportOptions options = exportOptions();
        options.sourceLabel = QStringLiteral("prod");
        const GitExportResult result = exportTo(folder, m_base, options);
        QVERIFY2(result.outcome == GitExportResult::Outcome::Committed, qPrintable(result.error));
        QVERIFY(result.warnings.isEmpty());
        QVERIFY(result.filesWritten);
        QCOMPARE(result.location.path, QStringLiteral("directus-config"));
        QCOMPARE(result.commit,
                 runGit(root, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}).out);
        QCOMPARE(result.changes.changedCollections(), CollectionDescriptor::names());
        QCOMPARE(result.changes.collection(QStringLiteral("flows"))->added,
                 QStringList{QStringLiteral("collections/flows.json")});
        const DumpChangeGroup *snapshot = result.changes.group(DumpChangeGroup::Kind::Snapshot);
        QVERIFY(snapshot);
        QVERIFY(snapshot->added.contains(QStringLiteral("snapshot/info.json")));
        QVERIFY(result.message.startsWith(
            QStringLiteral("Directus config from prod: settings, folders, translations, 9 more\n\n"
                           "settings: 1 added\n")));
        QVERIFY(result.message.contains(QStringLiteral("\nschema snapshot: ")));

        // Only the folder went into the commit; the user's staged and modified files are as
        // they were.
        const QStringList committed =
            runGit(root, {QStringLiteral("show"), QStringLiteral("--name-only"),
                          QStringLiteral("--format="), QStringLiteral("HEAD")})
                .out.split(QLatin1Char('\n'));
        for (const QString &file : committed) {
            QVERIFY2(file.startsWith(QLatin1String("directus-config/")), qPrintable(file));
        }
        QCOMPARE(int(committed.size()), int(fileTree(folder).size()));
        QCOMPARE(runGit(root, {QStringLiteral("status"), QStringLiteral("--porcelain")}).out,
                 QStringLiteral(" M README\nA  staged.txt"));
        QCOMPARE(readBytes(root + QStringLiteral("/README")), QByteArray("work in progress\n"));
        // The collection files are byte-identical to what directus-sync wrote. (The schema's
        // clash suffixes depend on the order the split snapshot was read back in.)
        const auto expected = fileTree(TestEnvironment::sourceDir() +
                                       QStringLiteral("/tests/data/pull341/expected/default"));
        const auto written = fileTree(folder);
        for (auto it = written.cbegin(); it != written.cend(); ++it) {
            if (it.key().startsWith(QLatin1String("collections/"))) {
                QVERIFY2(expected.value(it.key()) == it.value(), qPrintable(it.key()));
            }
        }
    }

    void changesPerCollectionAndNoChanges()
    {
        QTemporaryDir dir;
        const QString root = makeRepository(dir);
        const QString folder = root + QStringLiteral("/directus-config");
        QCOMPARE(exportTo(folder, m_base).outcome, GitExportResult::Outcome::Committed);

        const GitExportResult second = exportTo(folder, changed());
        QVERIFY2(second.outcome == GitExportResult::Outcome::Committed, qPrintable(second.error));
        QCOMPARE(second.changes.changedCollections(),
                 (QStringList{QStringLiteral("translations"), QStringLiteral("flows")}));
        QCOMPARE(second.changes.collection(QStringLiteral("flows"))->modified,
                 QStringList{QStringLiteral("collections/flows.json")});
        const DumpChangeGroup *snapshot = second.changes.group(DumpChangeGroup::Kind::Snapshot);
        QVERIFY(snapshot);
        QCOMPARE(snapshot->added.size(), 1);
        QVERIFY(snapshot->added.at(0).endsWith(QLatin1String("/added_field.json")));
        QCOMPARE(snapshot->deleted.size(), 1);
        QVERIFY(snapshot->modified.isEmpty());
        QCOMPARE(second.message,
                 QStringLiteral("Directus config: translations, flows, schema snapshot\n\n"
                                "translations: 1 modified\n"
                                "flows: 1 modified\n"
                                "schema snapshot: 1 added, 1 deleted\n"));
        QCOMPARE(commitCount(root), 3);

        // The same data again: written (the files are replaced), nothing to commit.
        const GitExportResult third = exportTo(folder, changed());
        QCOMPARE(third.outcome, GitExportResult::Outcome::NoChanges);
        QVERIFY(third.ok());
        QVERIFY(third.changes.isEmpty());
        QVERIFY(third.commit.isEmpty());
        QCOMPARE(commitCount(root), 3);
        QCOMPARE(runGit(root, {QStringLiteral("status"), QStringLiteral("--porcelain")}).out,
                 QString());
    }

    void editedMessage()
    {
        QTemporaryDir dir;
        const QString root = makeRepository(dir);
        const QString folder = root + QStringLiteral("/directus-config");
        ProcessGitRepository git(folder);
        GitSnapshotExport exporter(&git, folder);
        const GitExportResult prepared = exporter.prepare(m_base, {}, exportOptions());
        QCOMPARE(prepared.outcome, GitExportResult::Outcome::ReadyToCommit);
        QVERIFY(prepared.filesWritten);
        QVERIFY(!prepared.defaultMessage.isEmpty());
        QCOMPARE(commitCount(root), 1); // nothing committed before commit()
        const GitExportResult committed = exporter.commit(QStringLiteral("Friday's snapshot"));
        QVERIFY2(committed.outcome == GitExportResult::Outcome::Committed,
                 qPrintable(committed.error));
        QCOMPARE(runGit(root, {QStringLiteral("log"), QStringLiteral("-1"),
                               QStringLiteral("--format=%B")})
                     .out,
                 QStringLiteral("Friday's snapshot"));
        QCOMPARE(exporter.commit().outcome, GitExportResult::Outcome::Failed); // once only
    }

    void dirtyFolderStopsUnlessForced()
    {
        QTemporaryDir dir;
        const QString root = makeRepository(dir);
        const QString folder = root + QStringLiteral("/directus-config");
        QCOMPARE(exportTo(folder, m_base).outcome, GitExportResult::Outcome::Committed);
        const QString flows = folder + QStringLiteral("/collections/flows.json");
        const QByteArray edited = readBytes(flows) + "\n";
        writeBytes(flows, edited);
        writeBytes(folder + QStringLiteral("/seed/notes.md"), "my notes\n");
        const auto before = fileTree(folder);

        const GitExportResult refused = exportTo(folder, changed());
        QCOMPARE(refused.outcome, GitExportResult::Outcome::DirtyFolder);
        QVERIFY(!refused.ok());
        QVERIFY(!refused.filesWritten);
        QCOMPARE(refused.dirtyFiles, (QStringList{QStringLiteral("collections/flows.json"),
                                                  QStringLiteral("seed/notes.md")}));
        QVERIFY2(refused.error.contains(QStringLiteral("uncommitted changes")) &&
                     refused.error.contains(QStringLiteral("collections/flows.json")) &&
                     refused.error.contains(QStringLiteral("--force")),
                 qPrintable(refused.error));
        QCOMPARE(fileTree(folder), before); // nothing lost, nothing written
        QCOMPARE(commitCount(root), 2);

        GitExportOptions options = exportOptions();
        options.force = true;
        const GitExportResult forced = exportTo(folder, changed(), options);
        QVERIFY2(forced.outcome == GitExportResult::Outcome::Committed, qPrintable(forced.error));
        QCOMPARE(forced.warnings.size(), 1);
        QVERIFY2(forced.warnings.at(0).contains(QStringLiteral("Uncommitted changes already in")) &&
                     forced.warnings.at(0).contains(QStringLiteral("seed/notes.md")),
                 qPrintable(forced.warnings.at(0)));
        QCOMPARE(forced.changes.group(DumpChangeGroup::Kind::Other)->added,
                 QStringList{QStringLiteral("seed/notes.md")});
        QCOMPARE(readBytes(folder + QStringLiteral("/seed/notes.md")), QByteArray("my notes\n"));
        QCOMPARE(runGit(root, {QStringLiteral("status"), QStringLiteral("--porcelain")}).out,
                 QString());
    }

    void detachedHeadCommitsWithWarning()
    {
        QTemporaryDir dir;
        const QString root = makeRepository(dir);
        const QString folder = root + QStringLiteral("/directus-config");
        QCOMPARE(exportTo(folder, m_base).outcome, GitExportResult::Outcome::Committed);
        runGit(root,
               {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("--detach")});
        const QString before =
            runGit(root, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}).out;

        const GitExportResult result = exportTo(folder, changed());
        QVERIFY2(result.outcome == GitExportResult::Outcome::Committed, qPrintable(result.error));
        QVERIFY(result.head.detached);
        QCOMPARE(result.warnings.size(), 1);
        QVERIFY2(result.warnings.at(0).contains(QStringLiteral("detached")) &&
                     result.warnings.at(0).contains(before.left(12)),
                 qPrintable(result.warnings.at(0)));
        QCOMPARE(runGit(root, {QStringLiteral("rev-parse"), QStringLiteral("HEAD~1")}).out, before);
        QCOMPARE(runGit(root, {QStringLiteral("symbolic-ref"), QStringLiteral("-q"),
                               QStringLiteral("HEAD")})
                     .exitCode,
                 1); // still detached
        QCOMPARE(runGit(root, {QStringLiteral("rev-parse"), QStringLiteral("main")}).out,
                 runGit(root, {QStringLiteral("rev-parse"), QStringLiteral("HEAD~1")}).out);
    }

    void noGitOnPath()
    {
        QTemporaryDir dir;
        const QString root = makeRepository(dir);
        const QString folder = root + QStringLiteral("/directus-config");
        QCOMPARE(exportTo(folder, m_base).outcome, GitExportResult::Outcome::Committed);
        const auto before = fileTree(folder);

        const QByteArray path = qgetenv("PATH");
        QTemporaryDir emptyBin;
        qputenv("PATH", QFile::encodeName(emptyBin.path()));
        const GitExportResult result = exportTo(folder, changed());
        qputenv("PATH", path);

        QCOMPARE(result.outcome, GitExportResult::Outcome::Failed);
        QCOMPARE(result.errorKind, GitError::Kind::GitMissing);
        QVERIFY2(result.error.contains(QStringLiteral("git was not found on PATH")) &&
                     result.error.contains(QStringLiteral("Nothing was exported")),
                 qPrintable(result.error));
        QVERIFY(!result.filesWritten);
        QCOMPARE(fileTree(folder), before);
        QCOMPARE(commitCount(root), 2);
    }

    void failingPreCommitHookKeepsTheFiles()
    {
        QTemporaryDir dir;
        const QString root = makeRepository(dir);
        const QString folder = root + QStringLiteral("/directus-config");
        QCOMPARE(exportTo(folder, m_base).outcome, GitExportResult::Outcome::Committed);
        const QString hook = root + QStringLiteral("/.git/hooks/pre-commit");
        writeBytes(hook, "#!/bin/sh\necho 'policy check failed: flows changed' >&2\nexit 1\n");
        QFile::setPermissions(hook, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

        const GitExportResult result = exportTo(folder, changed());
        QCOMPARE(result.outcome, GitExportResult::Outcome::Failed);
        QCOMPARE(result.errorKind, GitError::Kind::HookFailed);
        QVERIFY2(result.error.contains(QStringLiteral("pre-commit")) &&
                     result.error.contains(QStringLiteral("policy check failed: flows changed")) &&
                     result.error.contains(QStringLiteral("not committed")),
                 qPrintable(result.error));
        QVERIFY(result.filesWritten);
        QCOMPARE(result.changes.changedCollections().size(), 2);
        // The new export is on disk, uncommitted and unstaged; HEAD did not move.
        DumpReadError error;
        const auto onDisk = DumpFolderReader::read(folder, {}, &error);
        QVERIFY2(onDisk, qPrintable(error.message));
        const QString difference = snapshotDifference(*onDisk, changed());
        QVERIFY2(difference.isEmpty() || difference == QStringLiteral("schema differs"),
                 qPrintable(difference));
        QCOMPARE(commitCount(root), 2);
        const QString status =
            runGit(root, {QStringLiteral("status"), QStringLiteral("--porcelain")}).out;
        QVERIFY2(status.contains(QStringLiteral(" M directus-config/collections/flows.json")),
                 qPrintable(status));
        QVERIFY2(!status.contains(QStringLiteral("M  ")), qPrintable(status));
    }

    void notARepositoryUnlessInitialised()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("directus-config"));
        const GitExportResult refused = exportTo(folder, m_base);
        QCOMPARE(refused.outcome, GitExportResult::Outcome::Failed);
        QCOMPARE(refused.errorKind, GitError::Kind::NotARepository);
        QVERIFY2(refused.error.contains(QStringLiteral("not inside a git work tree")),
                 qPrintable(refused.error));
        QVERIFY(!QFileInfo::exists(folder));

        GitExportOptions options = exportOptions();
        options.initRepository = true;
        const GitExportResult result = exportTo(folder, m_base, options);
        QVERIFY2(result.outcome == GitExportResult::Outcome::Committed, qPrintable(result.error));
        QVERIFY(result.head.unborn);
        QCOMPARE(result.location.path, QString());
        QCOMPARE(commitCount(folder), 1);
        QVERIFY(QFileInfo(folder + QStringLiteral("/.git")).isDir());
    }

    void ignoredFolderIsRefused_data()
    {
        QTest::addColumn<QByteArray>("rule");
        QTest::newRow("folder") << QByteArray("directus-config/\n");
        QTest::newRow("json files") << QByteArray("*.json\n");
    }

    void ignoredFolderIsRefused()
    {
        QFETCH(QByteArray, rule);
        QTemporaryDir dir;
        const QString root = makeRepository(dir);
        writeBytes(root + QStringLiteral("/.gitignore"), rule);
        const QString folder = root + QStringLiteral("/directus-config");
        const GitExportResult result = exportTo(folder, m_base);
        QCOMPARE(result.outcome, GitExportResult::Outcome::Failed);
        QVERIFY2(result.error.contains(QStringLiteral("git ignores")) &&
                     result.error.contains(QStringLiteral("Nothing was exported")),
                 qPrintable(result.error));
        QVERIFY(!QFileInfo::exists(folder));
    }

    void historyListsTheFolderCommits()
    {
        QTemporaryDir dir;
        const QString root = makeRepository(dir);
        const QString folder = root + QStringLiteral("/directus-config");
        QCOMPARE(exportTo(folder, m_base).outcome, GitExportResult::Outcome::Committed);
        writeBytes(root + QStringLiteral("/README"), "unrelated\n");
        runGit(root, {QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("docs")});
        QCOMPARE(exportTo(folder, changed(), exportOptions(), QStringLiteral("Second")).outcome,
                 GitExportResult::Outcome::Committed);

        ProcessGitRepository git(folder);
        GitError error;
        const auto history = GitSnapshotHistory::read(&git, 0, &error);
        QVERIFY2(history, qPrintable(error.message));
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).commit.subject(), QStringLiteral("Second"));
        QCOMPARE(history->at(0).commit.authorName, QStringLiteral("Ada Admin"));
        QCOMPARE(history->at(0).changes.changedCollections(),
                 (QStringList{QStringLiteral("translations"), QStringLiteral("flows")}));
        QCOMPARE(history->at(0).changes.collection(QStringLiteral("flows"))->modified,
                 QStringList{QStringLiteral("collections/flows.json")});
        QCOMPARE(history->at(1).changes.changedCollections(), CollectionDescriptor::names());
        QVERIFY(history->at(1).commit.subject().startsWith(QLatin1String("Directus config: ")));
        QCOMPARE(GitSnapshotHistory::read(&git, 1, &error)->size(), 1);
    }

    void revisionReadEqualsFolderReadAtThatCommit()
    {
        QTemporaryDir dir;
        const QString root = makeRepository(dir);
        const QString folder = root + QStringLiteral("/directus-config");
        QCOMPARE(exportTo(folder, m_base).outcome, GitExportResult::Outcome::Committed);
        GitExportOptions noSplit = exportOptions();
        noSplit.write.split = false; // the layout may differ between revisions
        QCOMPARE(exportTo(folder, changed(), noSplit).outcome, GitExportResult::Outcome::Committed);
        // Uncommitted and staged work that reading revisions must neither see nor disturb.
        writeBytes(folder + QStringLiteral("/collections/flows.json"), "[]\n");
        writeBytes(folder + QStringLiteral("/collections/roles.json"), "[]\n");
        runGit(root,
               {QStringLiteral("add"), QStringLiteral("directus-config/collections/roles.json")});
        const QString status =
            runGit(root, {QStringLiteral("status"), QStringLiteral("--porcelain")}).out;
        const QByteArray index = readBytes(root + QStringLiteral("/.git/index"));
        const auto tree = fileTree(folder);

        ProcessGitRepository git(folder);
        GitRevisionReader reader(&git);
        for (const QString &revision : {QStringLiteral("HEAD"), QStringLiteral("HEAD~1")}) {
            // The reference: the folder checked out at that commit by git itself.
            QTemporaryDir checkout;
            const GitRun archive =
                runGit(root, {QStringLiteral("archive"), QStringLiteral("--format=tar"),
                              QStringLiteral("-o"), checkout.filePath(QStringLiteral("a.tar")),
                              revision, QStringLiteral("directus-config")});
            QCOMPARE(archive.exitCode, 0);
            QProcess tar;
            tar.setWorkingDirectory(checkout.path());
            tar.start(QStringLiteral("tar"), {QStringLiteral("-xf"), QStringLiteral("a.tar")});
            QVERIFY(tar.waitForFinished() && tar.exitCode() == 0);
            DumpReadError dumpError;
            const auto expected = DumpFolderReader::read(
                checkout.filePath(QStringLiteral("directus-config")), {}, &dumpError);
            QVERIFY2(expected, qPrintable(dumpError.message));

            GitRevisionReadError error;
            const auto actual = reader.read(revision, &error);
            QVERIFY2(actual, qPrintable(error.message));
            QCOMPARE(reader.commit(), runGit(root, {QStringLiteral("rev-parse"), revision}).out);
            QCOMPARE(snapshotDifference(*actual, *expected), QString());
            QCOMPARE(actual->warnings, expected->warnings);
        }
        GitRevisionReadError error;
        const auto first = reader.read(QStringLiteral("HEAD~1"), &error);
        QCOMPARE(snapshotDifference(*first, m_base), QString());
        const auto second =
            GitRevisionReader::readFolder(folder, QStringLiteral("HEAD"), {}, &error);
        QVERIFY(second);
        // The items are exactly what was exported (the schema went through the normaliser).
        const QString secondDifference = snapshotDifference(*second, changed());
        QVERIFY2(secondDifference.isEmpty() || secondDifference == QStringLiteral("schema differs"),
                 qPrintable(secondDifference));
        QVERIFY(snapshotDifference(*second, m_base).startsWith(QLatin1String("translations")));

        QCOMPARE(runGit(root, {QStringLiteral("status"), QStringLiteral("--porcelain")}).out,
                 status);
        QCOMPARE(readBytes(root + QStringLiteral("/.git/index")), index);
        QCOMPARE(fileTree(folder), tree);
    }

    void revisionErrors()
    {
        QTemporaryDir dir;
        const QString root = makeRepository(dir);
        const QString folder = root + QStringLiteral("/directus-config");
        QCOMPARE(exportTo(folder, m_base).outcome, GitExportResult::Outcome::Committed);
        ProcessGitRepository git(folder);
        GitRevisionReader reader(&git);
        GitRevisionReadError error;

        QVERIFY(!reader.read(QStringLiteral("friday-snapshot"), &error));
        QCOMPARE(error.gitKind, GitError::Kind::UnknownRevision);
        QVERIFY2(error.message.contains(QStringLiteral("directus-config@friday-snapshot")) &&
                     error.message.contains(QStringLiteral("names no commit")),
                 qPrintable(error.message));

        QVERIFY(!reader.read(QStringLiteral("HEAD~1"), &error)); // before the first export
        QCOMPARE(error.gitKind, GitError::Kind::PathNotInRevision);
        QVERIFY2(error.message.contains(QStringLiteral("does not exist at commit")),
                 qPrintable(error.message));

        writeBytes(folder + QStringLiteral("/collections/flows.json"), "[{\"name\": 1}]\n");
        QCOMPARE(runGit(root, {QStringLiteral("commit"), QStringLiteral("-qam"),
                               QStringLiteral("broken")})
                     .exitCode,
                 0);
        QVERIFY(!reader.read(QStringLiteral("HEAD"), &error));
        QCOMPARE(error.gitKind, GitError::Kind::None);
        QCOMPARE(error.dump.file, QStringLiteral("collections/flows.json"));
        QCOMPARE(error.dump.itemIndex, 0);
        // Named as folder@revision, never by the private copy it was read from.
        QVERIFY2(error.message.startsWith(QFileInfo(folder).canonicalFilePath() +
                                          QStringLiteral("@HEAD: collections/flows.json")),
                 qPrintable(error.message));
        QVERIFY(reader.read(QStringLiteral("HEAD~1"), &error)); // the good one still reads

        QTemporaryDir plain;
        QVERIFY(!GitRevisionReader::readFolder(plain.path(), QStringLiteral("HEAD"), {}, &error));
        QCOMPARE(error.gitKind, GitError::Kind::NotARepository);
    }

    void revisionAsACompareSide()
    {
        QTemporaryDir dir;
        const QString root = makeRepository(dir);
        const QString folder = root + QStringLiteral("/directus-config");
        QCOMPARE(exportTo(folder, m_base).outcome, GitExportResult::Outcome::Committed);
        QCOMPARE(exportTo(folder, changed()).outcome, GitExportResult::Outcome::Committed);

        qRegisterMetaType<SideReadResult>();
        GitRevisionSide side(folder, QStringLiteral("HEAD~1"),
                             QStringLiteral("directus-config@HEAD~1"));
        QSignalSpy finished(&side, &ConfigSide::finished);
        side.start();
        QVERIFY(finished.wait(60000));
        const auto result = finished.at(0).at(0).value<SideReadResult>();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(snapshotDifference(result.snapshot, m_base), QString());
        QCOMPARE(side.commit(),
                 runGit(root, {QStringLiteral("rev-parse"), QStringLiteral("HEAD~1")}).out);

        GitRevisionSide missing(folder, QStringLiteral("no-such-tag"), QStringLiteral("x"));
        QSignalSpy failed(&missing, &ConfigSide::finished);
        missing.start();
        QVERIFY(failed.wait(60000));
        const auto error = failed.at(0).at(0).value<SideReadResult>();
        QVERIFY(!error.ok && !error.canceled);
        QVERIFY2(error.error.contains(QStringLiteral("no-such-tag")), qPrintable(error.error));
    }

    void commitFailureAfterWritingKeepsFiles()
    {
        // A commit that times out (e.g. waiting for a signing passphrase), with a fake git.
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("dump"));
        FakeGitRepository git;
        git.pending = {{GitFileChange::Kind::Added, QStringLiteral("dump/collections/flows.json")}};
        git.commitError =
            GitError{GitError::Kind::TimedOut, QStringLiteral("git commit timed out."), {}};
        GitSnapshotExport exporter(&git, folder);
        const GitExportResult result = exporter.run(m_base, {}, exportOptions());
        QCOMPARE(result.outcome, GitExportResult::Outcome::Failed);
        QCOMPARE(result.errorKind, GitError::Kind::TimedOut);
        QVERIFY2(result.error.startsWith(QStringLiteral("git commit timed out. The exported files "
                                                        "are in ")) &&
                     result.error.contains(QDir::toNativeSeparators(folder)),
                 qPrintable(result.error));
        QVERIFY(result.filesWritten);
        QVERIFY(QFileInfo::exists(folder + QStringLiteral("/collections/flows.json")));
        QCOMPARE(git.calls,
                 (QStringList{QStringLiteral("locate"), QStringLiteral("status dump"),
                              QStringLiteral("pendingChanges dump"),
                              QStringLiteral("commitPath dump Directus config: flows")}));
    }
};

QTEST_GUILESS_MAIN(tst_GitSnapshotExport)
#include "tst_gitsnapshotexport.moc"
