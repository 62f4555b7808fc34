// The history of a dump folder in the GUI, with the real git in a temporary repository: the
// model (under QAbstractItemModelTester) lists the commits that touched the folder with author,
// message and changed collections; a folder outside git says so; the controller turns a
// revision into a picker entry, compares it with the previous one or with the folder on disk,
// and remembers the comparison as "revision:<folder>@<sha>".
#include "appcontroller.h"
#include "compareitemsmodel.h"
#include "comparisonroles.h"
#include "connectionlistmodel.h"
#include "historydialog.h"
#include "historymodel.h"
#include "mainwindow.h"
#include "memorytokenstore.h"
#include "profilestore.h"
#include "recentcomparisonsmodel.h"
#include "testenvironment.h"

#include "gittestsupport.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QtTest>

using namespace syncstudio;
using namespace syncstudio::test;

namespace {

// The changed items of a comparison as "collection/syncId"; every other item must be identical.
QStringList changedItems(const CompareItemsModel *items)
{
    QStringList changed;
    for (int row = 0; row < items->rowCount(); ++row) {
        const QModelIndex index = items->index(row, 0);
        const int status = index.data(ComparisonRoles::StatusRole).toInt();
        if (status != int(DiffStatus::Identical))
            changed.append(index.data(ComparisonRoles::CollectionKeyRole).toString() +
                           (status == int(DiffStatus::Changed) ? u"/changed"_qs : u"/other"_qs));
    }
    return changed;
}

} // namespace

class tst_HistoryModel final : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestEnvironment> m_env;
    std::unique_ptr<GitSandbox> m_sandbox;
    QTemporaryDir m_dir;
    QString m_root;
    QString m_folder;
    QString m_first;
    QString m_second;

    static QString head(const QString &root, const QString &revision)
    {
        return runGit(root, {u"rev-parse"_qs, revision}).out.trimmed();
    }

private slots:
    void initTestCase()
    {
        m_env = std::make_unique<TestEnvironment>();
        m_sandbox = std::make_unique<GitSandbox>();
        // A repository with the dump in staging-config, committed twice (the second changes a
        // flow's schedule), and a later commit that does not touch the folder.
        m_root = m_dir.filePath(u"repo"_qs);
        m_folder = m_root + u"/staging-config"_qs;
        QVERIFY(copyTree(TestEnvironment::sourceDir() + u"/tests/data/pull341/expected/default"_qs,
                         m_folder));
        QCOMPARE(runGit(m_root, {u"init"_qs, u"-q"_qs}).exitCode, 0);
        QCOMPARE(runGit(m_root, {u"add"_qs, u"."_qs}).exitCode, 0);
        QCOMPARE(runGit(m_root, {u"commit"_qs, u"-qm"_qs, u"First export"_qs}).exitCode, 0);
        const QString flows = m_folder + u"/collections/flows.json"_qs;
        QByteArray text = readBytes(flows);
        QVERIFY(text.contains("\"cron\": \"0 3 * * *\""));
        text.replace("\"cron\": \"0 3 * * *\"", "\"cron\": \"0 4 * * *\"");
        QVERIFY(writeBytes(flows, text));
        QCOMPARE(runGit(m_root, {u"commit"_qs, u"-qam"_qs, u"Nightly at four\n\nbody"_qs}).exitCode,
                 0);
        QVERIFY(writeBytes(m_root + u"/README.md"_qs, "notes\n"));
        QCOMPARE(runGit(m_root, {u"add"_qs, u"README.md"_qs}).exitCode, 0);
        QCOMPARE(runGit(m_root, {u"commit"_qs, u"-qm"_qs, u"Notes"_qs}).exitCode, 0);
        m_first = head(m_root, u"HEAD~2"_qs);
        m_second = head(m_root, u"HEAD~1"_qs);
        QCOMPARE(m_first.size(), 40);
    }

    void listsTheCommitsThatTouchedTheFolder()
    {
        HistoryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &HistoryModel::loaded);
        model.load(m_folder);
        QCOMPARE(model.state(), HistoryModel::State::Loading);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(model.state(), HistoryModel::State::Loaded);
        QCOMPARE(model.rowCount(), 2); // the README commit did not touch the folder
        QCOMPARE(model.columnCount(), int(HistoryModel::ColumnCount));
        QCOMPARE(model.index(0, 0).data(HistoryModel::CommitRole).toString(), m_second);
        QCOMPARE(model.index(1, 0).data(HistoryModel::CommitRole).toString(), m_first);
        QCOMPARE(model.index(0, HistoryModel::AuthorColumn).data().toString(), u"Ada Admin"_qs);
        QCOMPARE(model.index(0, HistoryModel::MessageColumn).data().toString(),
                 u"Nightly at four"_qs);
        QCOMPARE(model.index(0, HistoryModel::CollectionsColumn).data().toString(), u"flows"_qs);
        QCOMPARE(model.index(0, 0).data(HistoryModel::ChangedCollectionsRole).toStringList(),
                 QStringList{u"flows"_qs});
        QVERIFY(model.index(1, 0).data(HistoryModel::ChangedCollectionsRole).toStringList().size() >
                5);
        QVERIFY(!model.index(0, HistoryModel::DateColumn).data().toString().isEmpty());
        const HistoryRevision revision = model.revisionAt(0);
        QCOMPARE(revision.commit, m_second);
        QCOMPARE(revision.folder, m_folder);
        QCOMPARE(revision.subject, u"Nightly at four"_qs);
        QVERIFY(revision.date.isValid());
        QVERIFY(!model.revisionAt(2).isValid());
        QCOMPARE(model.headerData(HistoryModel::MessageColumn, Qt::Horizontal).toString(),
                 u"Message"_qs);

        // Loading again (another folder) resets and supersedes.
        model.load(m_folder);
        model.load(m_folder);
        QTRY_COMPARE_WITH_TIMEOUT(model.state(), HistoryModel::State::Loaded, 20000);
        QCOMPARE(model.rowCount(), 2);
    }

    void folderOutsideGitSaysSo()
    {
        QTemporaryDir plain;
        QVERIFY(runGit(plain.path(), {u"rev-parse"_qs, u"--show-toplevel"_qs}).exitCode != 0);
        HistoryDialog dialog;
        QAbstractItemModelTester tester(dialog.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy failed(dialog.model(), &HistoryModel::failed);
        dialog.load(plain.path());
        QVERIFY(failed.wait(20000));
        QVERIFY(dialog.model()->notInGit());
        QCOMPARE(dialog.model()->rowCount(), 0);
        auto *status = dialog.findChild<QLabel *>(u"historyStatus"_qs);
        QVERIFY(status);
        QVERIFY2(status->text().contains(u"is not in a git work tree"_qs),
                 qPrintable(status->text()));
        QVERIFY(!dialog.findChild<QPushButton *>(u"useAsLeftButton"_qs)->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton *>(u"compareWithPreviousButton"_qs)->isEnabled());
    }

    void controllerComparesRevisions()
    {
        ProfileStore profiles(m_dir.filePath(u"connections.ini"_qs));
        MemoryTokenStore keyring;
        MainWindow window;
        const QString settings = m_dir.filePath(u"settings.ini"_qs);
        AppController controller(&window, &profiles, &keyring, nullptr, settings);
        QAbstractItemModelTester sidesTester(
            controller.sidesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int folderRow = controller.sidesModel()->addFolder(m_folder);
        window.setSides(folderRow, -1);

        // From the left picker's context: the history of its folder.
        controller.showHistory(0);
        HistoryDialog *dialog = controller.historyDialog();
        QVERIFY(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->model()->state(), HistoryModel::State::Loaded, 20000);
        QCOMPARE(dialog->model()->rowCount(), 2);
        QCOMPARE(dialog->currentRevision().commit, m_second); // the newest is selected
        auto *previous = dialog->findChild<QPushButton *>(u"compareWithPreviousButton"_qs);
        QVERIFY(previous->isEnabled());
        dialog->selectRow(1);
        QVERIFY(!previous->isEnabled()); // the first commit has no previous
        dialog->selectRow(0);

        // Compare with Previous: first commit on the left, second on the right; exactly the
        // flow whose schedule changed differs.
        previous->click();
        CompareItemsModel *items = controller.itemsModel();
        QTRY_VERIFY_WITH_TIMEOUT(items->rowCount() > 0, 30000);
        QCOMPARE(changedItems(items), QStringList{u"flows/changed"_qs});
        const QString leftLabel =
            controller.sidesModel()->index(window.leftSide()).data().toString();
        QVERIFY2(leftLabel.startsWith(u"staging-config @ "_qs + m_first.left(7) + u" ("_qs),
                 qPrintable(leftLabel));
        QCOMPARE(controller.sidesModel()
                     ->index(window.rightSide())
                     .data(ConnectionListModel::RevisionRole)
                     .toString(),
                 m_second);

        // Remembered with revision keys, and reopened from another session.
        QCOMPARE(controller.recentModel()->rowCount(), 1);
        const RecentComparisonsModel::Entry entry = controller.recentModel()->entryAt(0);
        QCOMPARE(entry.left, u"revision:"_qs + m_folder + u'@' + m_first);
        QCOMPARE(entry.right, u"revision:"_qs + m_folder + u'@' + m_second);
        {
            MainWindow second;
            AppController again(&second, &profiles, &keyring, nullptr, settings);
            emit second.recentComparisonActivated(again.recentModel()->index(0));
            QTRY_VERIFY_WITH_TIMEOUT(again.itemsModel()->rowCount() > 0, 30000);
            QCOMPARE(changedItems(again.itemsModel()), QStringList{u"flows/changed"_qs});
        }

        // Use as Left with the folder on disk on the right: the first commit against today.
        window.setSides(window.leftSide(), folderRow);
        dialog->selectRow(1);
        dialog->findChild<QPushButton *>(u"useAsLeftButton"_qs)->click();
        QCOMPARE(controller.sidesModel()
                     ->index(window.leftSide())
                     .data(ConnectionListModel::RevisionRole)
                     .toString(),
                 m_first);
        QCOMPARE(window.rightSide(), folderRow);
        QTRY_COMPARE_WITH_TIMEOUT(controller.recentModel()->rowCount(), 2, 30000);
        QCOMPARE(changedItems(items), QStringList{u"flows/changed"_qs});
        // Use as Right: the newest commit against the first one equals the folder on disk.
        dialog->selectRow(0);
        dialog->findChild<QPushButton *>(u"useAsRightButton"_qs)->click();
        QTRY_COMPARE_WITH_TIMEOUT(controller.recentModel()->rowCount(), 2, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(controller.recentModel()->entryAt(0).right,
                                  u"revision:"_qs + m_folder + u'@' + m_second, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(changedItems(items), QStringList{u"flows/changed"_qs}, 30000);
        // Same revision entries are not duplicated in the pickers.
        const int rows = controller.sidesModel()->rowCount();
        controller.useRevision(1, dialog->model()->revisionAt(0));
        QCOMPARE(controller.sidesModel()->rowCount(), rows);
        dialog->close();
    }

    void pickerWithoutFolderSaysSo()
    {
        ProfileStore profiles(m_dir.filePath(u"connections2.ini"_qs));
        MemoryTokenStore keyring;
        MainWindow window;
        AppController controller(&window, &profiles, &keyring, nullptr,
                                 m_dir.filePath(u"settings2.ini"_qs));
        controller.showHistory(1); // nothing chosen on the right
        QVERIFY(!controller.historyDialog());
    }
};

QTEST_MAIN(tst_HistoryModel)
#include "tst_historymodel.moc"
