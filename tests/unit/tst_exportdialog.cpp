// The export dialog on a real directus-sync dump (no server): a plain export writes the same
// bytes as directus-sync; an export to git commits only the folder, then "no changes"; a dirty
// folder is refused until "Export Anyway"; Close does nothing while the worker runs. Untracked
// items are counted per collection; "Track them first" is offered for instances only and hands
// the tracking to the controller; a folder in no work tree is refused, or initialised on request.

#include "dumpfolderreader.h"
#include "exportdialog.h"
#include "gittestsupport.h"
#include "testenvironment.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QtTest>

using namespace syncstudio;

class TestExportDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void plainExportIsByteIdentical();
    void exportToGit();
    void untrackedPerCollection();
    void trackFirstHandsOver();
    void noRepositoryIsRefused();
    void initialisesOnRequest();

private:
    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    void waitFor(ExportDialog &dialog) { QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 60000); }

    // m_snapshot with two roles and one flow untracked (no SyncID), as an instance reads them.
    ConfigSnapshot withUntracked() const
    {
        ConfigSnapshot snapshot = m_snapshot;
        for (CollectionData &collection : snapshot.collections) {
            const int untrack = collection.name == u"roles"_qs   ? 2
                                : collection.name == u"flows"_qs ? 1
                                                                 : 0;
            for (int i = 0; i < untrack && i < collection.items.size(); ++i) {
                collection.items[i].syncId.clear();
                collection.items[i].tracked = false;
            }
        }
        return snapshot;
    }
    static bool isEmptyFolder(const QString &folder)
    {
        return QDir(folder)
            .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
            .isEmpty();
    }

    std::unique_ptr<test::GitSandbox> m_git;
    QString m_source;
    ConfigSnapshot m_snapshot;
};

void TestExportDialog::initTestCase()
{
    m_git = std::make_unique<test::GitSandbox>();
    m_source = test::TestEnvironment::sourceDir() + u"/tests/data/pull341/expected/default"_qs;
    DumpReadError error;
    const auto read = DumpFolderReader::read(m_source, {}, &error);
    QVERIFY2(read, qPrintable(error.message));
    m_snapshot = *read;
}

void TestExportDialog::plainExportIsByteIdentical()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(u"directus-config"_qs);
    ExportDialog dialog(m_snapshot, u"Staging"_qs);
    auto *exportButton = dialog.findChild<QPushButton *>(u"exportButton"_qs);
    QVERIFY(exportButton);
    QVERIFY(!exportButton->isEnabled()); // no folder yet
    dialog.setFolder(folder);
    QVERIFY(exportButton->isEnabled());
    QSignalSpy exported(&dialog, &ExportDialog::exported);
    exportButton->click();
    waitFor(dialog);
    QCOMPARE(exported.count(), 1);
    QVERIFY2(dialog.outcomeText().contains(u"Exported to"_qs), qPrintable(dialog.outcomeText()));
    int files = 0;
    QDirIterator it(m_source + u"/collections"_qs, QDir::Files);
    while (it.hasNext()) {
        const QString file = it.next();
        QCOMPARE(readAll(folder + u"/collections/"_qs + it.fileName()), readAll(file));
        ++files;
    }
    QCOMPARE(files, 11);
    QVERIFY(QFile::exists(folder + u"/snapshot/info.json"_qs));
    QCOMPARE(readAll(folder + u"/snapshot/info.json"_qs),
             readAll(m_source + u"/snapshot/info.json"_qs));
}

void TestExportDialog::exportToGit()
{
    QTemporaryDir repo;
    QVERIFY(repo.isValid());
    QCOMPARE(test::runGit(repo.path(), {u"init"_qs, u"-q"_qs}).exitCode, 0);
    const QString folder = repo.filePath(u"directus-config"_qs);
    {
        ExportDialog dialog(m_snapshot, u"Staging"_qs);
        dialog.setFolder(folder);
        dialog.setCommit(true, u"Snapshot of staging"_qs);
        dialog.startExport();
        QVERIFY(dialog.isRunning());
        dialog.reject(); // ignored while running: nothing is abandoned half-way
        QVERIFY(dialog.result() == 0 && dialog.isRunning());
        waitFor(dialog);
        QVERIFY2(dialog.outcomeText().startsWith(u"Committed"_qs),
                 qPrintable(dialog.outcomeText()));
    }
    QCOMPARE(test::runGit(repo.path(), {u"log"_qs, u"--format=%s"_qs}).out.trimmed(),
             u"Snapshot of staging"_qs);

    // The same again: nothing to commit.
    {
        ExportDialog dialog(m_snapshot, u"Staging"_qs);
        dialog.setFolder(folder);
        dialog.setCommit(true);
        dialog.startExport();
        waitFor(dialog);
        QVERIFY2(dialog.outcomeText().startsWith(u"No changes"_qs),
                 qPrintable(dialog.outcomeText()));
    }

    // An uncommitted change in the folder stops the export until the user insists.
    QFile stray(folder + u"/collections/roles.json"_qs);
    QVERIFY(stray.open(QIODevice::Append));
    stray.write("\n");
    stray.close();
    ExportDialog dialog(m_snapshot, u"Staging"_qs);
    dialog.setFolder(folder);
    dialog.setCommit(true, u"Forced"_qs);
    dialog.startExport();
    waitFor(dialog);
    QVERIFY2(dialog.outcomeText().contains(u"collections/roles.json"_qs),
             qPrintable(dialog.outcomeText()));
    auto *exportButton = dialog.findChild<QPushButton *>(u"exportButton"_qs);
    QCOMPARE(exportButton->text(), u"&Export Anyway"_qs);
    exportButton->click();
    waitFor(dialog);
    // The export rewrote roles.json exactly as before: the stray change is gone, no commit needed.
    QVERIFY2(dialog.outcomeText().startsWith(u"No changes"_qs) ||
                 dialog.outcomeText().startsWith(u"Committed"_qs),
             qPrintable(dialog.outcomeText()));
    QCOMPARE(test::runGit(repo.path(), {u"status"_qs, u"--porcelain"_qs}).out.trimmed(), QString());
}

void TestExportDialog::untrackedPerCollection()
{
    ExportDialog dialog(withUntracked(), u"./directus-config"_qs);
    const QString counts = dialog.untrackedText();
    QVERIFY2(counts.contains(u"roles 2"_qs) && counts.contains(u"flows 1"_qs), qPrintable(counts));
    QCOMPARE(counts.count(u',') + 1, 2); // only the collections with untracked items
    auto *note = dialog.findChild<QLabel *>(u"untrackedNote"_qs);
    QVERIFY(note && note->text().contains(counts));
    auto *only = dialog.findChild<QRadioButton *>(u"onlyTracked"_qs);
    auto *track = dialog.findChild<QRadioButton *>(u"trackFirst"_qs);
    QVERIFY(only && track);
    QVERIFY(only->isChecked()); // the default writes nothing anywhere but the folder
    // A dump folder (the default until the controller says "instance"): no mapping rows to write.
    QVERIFY(!track->isEnabled());
    QVERIFY2(track->toolTip().contains(u"dump folder"_qs), qPrintable(track->toolTip()));

    // Exporting leaves the untracked items out and says which.
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"out"_qs);
    QSignalSpy asked(&dialog, &ExportDialog::trackFirstRequested);
    dialog.setTrackFirst(true); // not available: ignored
    dialog.setFolder(folder);
    dialog.startExport();
    waitFor(dialog);
    QCOMPARE(asked.count(), 0);
    QVERIFY2(dialog.outcomeText().contains(u"Left out (untracked): "_qs + counts),
             qPrintable(dialog.outcomeText()));
    const QByteArray roles = readAll(folder + u"/collections/roles.json"_qs);
    QVERIFY(!roles.isEmpty());
    QCOMPARE(roles.count("\"_syncId\""),
             readAll(m_source + u"/collections/roles.json"_qs).count("\"_syncId\"") - 2);

    // Without untracked items, nothing about them is shown.
    ExportDialog tracked(m_snapshot, u"Staging"_qs);
    QVERIFY(tracked.untrackedText().isEmpty());
}

void TestExportDialog::trackFirstHandsOver()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"out"_qs);
    ExportDialog dialog(withUntracked(), u"Staging"_qs);
    dialog.setTrackingAvailable(true); // what the controller does for an instance
    auto *track = dialog.findChild<QRadioButton *>(u"trackFirst"_qs);
    QVERIFY(track->isEnabled());
    dialog.setFolder(folder);
    dialog.setTrackFirst(true);
    QSignalSpy asked(&dialog, &ExportDialog::trackFirstRequested);
    dialog.startExport();
    QCOMPARE(asked.count(), 1);
    QVERIFY(dialog.isRunning() && dialog.isTracking()); // waits for the review and the new read
    dialog.reject();
    QVERIFY(dialog.isRunning());
    QVERIFY(!QFileInfo::exists(folder)); // nothing written before the tracking

    // The review was closed without applying: nothing exported, the dialog usable again.
    dialog.trackingEnded(u"Nothing was tracked."_qs);
    QVERIFY(!dialog.isRunning());
    QCOMPARE(dialog.outcomeText(), u"Nothing was tracked."_qs);
    QVERIFY(!QFileInfo::exists(folder));

    // Applied: the controller hands over the side as read again, every item tracked.
    dialog.startExport();
    QCOMPARE(asked.count(), 2);
    dialog.exportTracked(m_snapshot);
    waitFor(dialog);
    QVERIFY2(dialog.outcomeText().startsWith(u"Tracked 3 item"_qs),
             qPrintable(dialog.outcomeText()));
    QVERIFY(!dialog.outcomeText().contains(u"Left out"_qs));
    QCOMPARE(readAll(folder + u"/collections/roles.json"_qs),
             readAll(m_source + u"/collections/roles.json"_qs));
    QVERIFY(dialog.findChild<QRadioButton *>(u"onlyTracked"_qs)->isChecked()); // never twice
}

void TestExportDialog::noRepositoryIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(test::runGit(dir.path(), {u"rev-parse"_qs, u"--show-toplevel"_qs}).exitCode != 0);
    ExportDialog dialog(m_snapshot, u"Staging"_qs);
    auto *init = dialog.findChild<QCheckBox *>(u"initRepository"_qs);
    QVERIFY(init && !init->isEnabled()); // only with a commit
    dialog.setFolder(dir.path());
    dialog.setCommit(true);
    QVERIFY(init->isEnabled() && !init->isChecked());
    dialog.startExport();
    waitFor(dialog);
    QVERIFY2(dialog.outcomeText().contains(u"not inside a git work tree"_qs) &&
                 dialog.outcomeText().contains(u"Initialise a git repository here"_qs),
             qPrintable(dialog.outcomeText()));
    QVERIFY(isEmptyFolder(dir.path())); // nothing written, no .git
}

void TestExportDialog::initialisesOnRequest()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(u"directus-config"_qs);
    ExportDialog dialog(m_snapshot, u"Staging"_qs);
    dialog.setFolder(folder);
    dialog.setCommit(true, u"First snapshot"_qs);
    dialog.setInitRepository(true);
    dialog.startExport();
    waitFor(dialog);
    QVERIFY2(dialog.outcomeText().startsWith(u"Initialised a git repository in "_qs) &&
                 dialog.outcomeText().contains(u"Committed"_qs),
             qPrintable(dialog.outcomeText()));
    QVERIFY(QFileInfo(folder + u"/.git"_qs).isDir());
    QCOMPARE(test::runGit(folder, {u"log"_qs, u"--format=%s"_qs}).out.trimmed(),
             u"First snapshot"_qs);
    QCOMPARE(test::runGit(folder, {u"status"_qs, u"--porcelain"_qs}).out.trimmed(), QString());
    QVERIFY(!test::runGit(folder, {u"ls-files"_qs, u"collections/roles.json"_qs}).out.isEmpty());
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
