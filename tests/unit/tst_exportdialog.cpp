// The export dialog on a real directus-sync dump (no server): a plain export writes the same
// bytes as directus-sync; an export to git commits only the folder, then "no changes"; a dirty
// folder is refused until "Export Anyway"; Close does nothing while the worker runs.

#include "dumpfolderreader.h"
#include "exportdialog.h"
#include "gittestsupport.h"
#include "testenvironment.h"

#include <QPushButton>
#include <QtTest>

using namespace syncstudio;

class TestExportDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void plainExportIsByteIdentical();
    void exportToGit();

private:
    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    void waitFor(ExportDialog &dialog) { QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 60000); }

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

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
