#include "appcontroller.h"
#include "collectiondescriptor.h"
#include "comparecollectionsmodel.h"
#include "compareitemsmodel.h"
#include "comparison.h"
#include "comparisonview.h"
#include "connectionlistmodel.h"
#include "connectionsdialog.h"
#include "exportdialog.h"
#include "filterbar.h"
#include "folderside.h"
#include "gitrevisionside.h"
#include "historydialog.h"
#include "httpdirectusclient.h"
#include "instanceside.h"
#include "itemfilterproxymodel.h"
#include "mainwindow.h"
#include "profilestore.h"
#include "pushreviewdialog.h"
#include "recentcomparisonsmodel.h"
#include "tokenstore.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolButton>

namespace syncstudio {

AppController::AppController(MainWindow *window, ProfileStore *profiles, TokenStore *keyring,
                             TokenStore *fallback, QObject *parent)
    : AppController(window, profiles, keyring, fallback, QString(), parent)
{}

AppController::AppController(MainWindow *window, ProfileStore *profiles, TokenStore *keyring,
                             TokenStore *fallback, const QString &settingsFile, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_profiles(profiles)
    , m_keyring(keyring)
    , m_fallback(fallback)
    , m_sides(new ConnectionListModel(true, this))
    , m_items(new CompareItemsModel(this))
    , m_collections(new CompareCollectionsModel(this))
    , m_recent(new RecentComparisonsModel(settingsFile, this))
    , m_comparison(new Comparison(this))
    , m_progress(new QProgressBar(window))
    , m_cancel(new QToolButton(window))
{
    reloadProfiles();
    window->setSidesModel(m_sides);
    if (m_sides->profiles().size() >= 2)
        window->setSides(0, 1);

    m_progress->setMaximumWidth(180);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the comparison (Esc)"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancel->setVisible(false);
    window->statusBar()->addPermanentWidget(m_progress);
    window->statusBar()->addPermanentWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, &AppController::cancel);

    connect(window, &MainWindow::addConnectionRequested, this, &AppController::editConnections);
    connect(window, &MainWindow::openFolderRequested, this, &AppController::openFolder);
    connect(window, &MainWindow::openDemoRequested, this, &AppController::openDemo);
    connect(window, &MainWindow::compareRequested, this, &AppController::compare);
    connect(window, &MainWindow::pushReviewRequested, this, &AppController::reviewPush);
    connect(window, &MainWindow::exportRequested, this, &AppController::exportShownSide);
    connect(window, &MainWindow::historyRequested, this, &AppController::showHistory);
    connect(window, &MainWindow::allowDeleteToggled, m_items, &CompareItemsModel::setAllowDelete);
    connect(window, &MainWindow::sidesChanged, this, &AppController::onSidesChanged);
    connect(window, &MainWindow::currentItemChanged, this, &AppController::showItem);
    window->setRecentComparisonsModel(m_recent);
    connect(window, &MainWindow::recentComparisonActivated, this, &AppController::openRecent);
    connect(m_comparison, &Comparison::progress, this,
            [this](int done, int total, const QString &step) {
                m_progress->setRange(0, qMax(1, total));
                m_progress->setValue(done);
                m_window->setStatusSummary(step);
            });
    connect(m_comparison, &Comparison::finished, this, &AppController::onFinished);
}

AppController::~AppController()
{
    m_comparison->cancel();
}

void AppController::reloadProfiles()
{
    m_sides->setProfiles(m_profiles->profiles());
}

void AppController::editConnections()
{
    const int left = m_window->leftSide();
    const int right = m_window->rightSide();
    ConnectionsDialog dialog(m_profiles, m_keyring, m_fallback, m_window);
    dialog.exec();
    reloadProfiles();
    const int count = m_sides->rowCount();
    m_window->setSides(left < count - 1 ? left : -1, right < count - 1 ? right : -1);
}

void AppController::openDemo()
{
    // Folder sides read files, and a stable place keeps the demo in the recent comparisons
    // across sessions; a fresh copy each time undoes any change made to it.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                         QStringLiteral("/demo");
    QDir(base).removeRecursively();
    QDirIterator it(QStringLiteral(":/demo"), QDir::Files, QDirIterator::Subdirectories);
    bool copied = it.hasNext();
    while (copied && it.hasNext()) {
        const QString file = it.next();
        const QString target = base + file.mid(6); // after ":/demo"
        copied = QDir().mkpath(QFileInfo(target).path()) && QFile::copy(file, target) &&
                 QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    }
    if (!copied) {
        QMessageBox::warning(m_window, tr("Demo"),
                             tr("The demo could not be copied to %1. Check that the folder is "
                                "writable.")
                                 .arg(QDir::toNativeSeparators(base)));
        return;
    }
    const int left = m_sides->addFolder(base + QStringLiteral("/staging"));
    const int right = m_sides->addFolder(base + QStringLiteral("/production"));
    m_window->setSides(left, right);
    compare();
}

void AppController::openFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        m_window, tr("Open a dump folder written by directus-sync"));
    if (folder.isEmpty())
        return;
    const int row = m_sides->addFolder(folder);
    if (m_window->leftSide() < 0 ||
        m_sides->index(m_window->leftSide()).data(ConnectionListModel::OpenFolderRole).toBool())
        m_window->setSides(row, m_window->rightSide());
    else
        m_window->setSides(m_window->leftSide(), row);
    m_lastLeft = m_window->leftSide();
    m_lastRight = m_window->rightSide();
    // Only one side so far: show what is in it right away.
    if (m_window->rightSide() < 0)
        browse(row);
}

void AppController::onSidesChanged()
{
    // Choosing "Open folder…" in a picker opens a folder for that picker.
    const int left = m_window->leftSide();
    const int right = m_window->rightSide();
    const auto isOpenFolder = [this](int row) {
        return row >= 0 && m_sides->index(row).data(ConnectionListModel::OpenFolderRole).toBool();
    };
    if (isOpenFolder(left) || isOpenFolder(right)) {
        const bool forLeft = isOpenFolder(left);
        m_window->setSides(forLeft ? m_lastLeft : left, forLeft ? right : m_lastRight);
        const QString folder = QFileDialog::getExistingDirectory(
            m_window, tr("Open a dump folder written by directus-sync"));
        if (folder.isEmpty())
            return;
        const int row = m_sides->addFolder(folder);
        m_window->setSides(forLeft ? row : m_window->leftSide(),
                           forLeft ? m_window->rightSide() : row);
    }
    m_lastLeft = m_window->leftSide();
    m_lastRight = m_window->rightSide();
}

QString AppController::sideKey(int row) const
{
    const QModelIndex index = m_sides->index(row);
    const QString folder = index.data(ConnectionListModel::FolderPathRole).toString();
    if (!folder.isEmpty())
        return QStringLiteral("folder:") + folder;
    const QString commit = index.data(ConnectionListModel::RevisionRole).toString();
    if (!commit.isEmpty())
        return QStringLiteral("revision:") +
               index.data(ConnectionListModel::RevisionFolderRole).toString() + QLatin1Char('@') +
               commit;
    const QString id = index.data(ConnectionListModel::ProfileIdRole).toString();
    return id.isEmpty() ? QString() : QStringLiteral("profile:") + id;
}

int AppController::rowForKey(const QString &key)
{
    if (key.startsWith(QLatin1String("profile:")))
        return m_sides->rowOf(key.mid(8));
    if (key.startsWith(QLatin1String("folder:")) && QFileInfo(key.mid(7)).isDir())
        return m_sides->addFolder(key.mid(7));
    if (key.startsWith(QLatin1String("revision:"))) {
        // The folder may contain '@', a commit hash never does.
        const QString rest = key.mid(9);
        const qsizetype at = rest.lastIndexOf(QLatin1Char('@'));
        if (at > 0 && QFileInfo(rest.left(at)).isDir())
            return m_sides->addRevision(rest.left(at), rest.mid(at + 1));
    }
    return -1;
}

void AppController::openRecent(const QModelIndex &index)
{
    const RecentComparisonsModel::Entry entry = m_recent->entryAt(index.row());
    const int left = rowForKey(entry.left);
    const int right = rowForKey(entry.right);
    if (left < 0 || right < 0) {
        m_window->statusBar()->showMessage(
            tr("A side of “%1” no longer exists: choose the sides again.").arg(entry.label), 6000);
        return;
    }
    m_window->setSides(left, right);
    m_lastLeft = left;
    m_lastRight = right;
    compare();
}

QString AppController::sideName(int row) const
{
    return m_sides->index(row).data(Qt::DisplayRole).toString();
}

QString AppController::folderOf(int row) const
{
    const QModelIndex index = m_sides->index(row);
    const QString folder = index.data(ConnectionListModel::FolderPathRole).toString();
    return folder.isEmpty() ? index.data(ConnectionListModel::RevisionFolderRole).toString()
                            : folder;
}

void AppController::makeSide(int row, const SideCallback &callback)
{
    const QModelIndex index = m_sides->index(row);
    const QString folder = index.data(ConnectionListModel::FolderPathRole).toString();
    if (!folder.isEmpty()) {
        callback(new FolderSide(folder, folder, {}, nullptr), QString());
        return;
    }
    const QString commit = index.data(ConnectionListModel::RevisionRole).toString();
    if (!commit.isEmpty()) {
        // Read from git's object store on a worker thread; the working tree is not touched.
        callback(new GitRevisionSide(index.data(ConnectionListModel::RevisionFolderRole).toString(),
                                     commit, index.data(Qt::DisplayRole).toString(), {}, nullptr),
                 QString());
        return;
    }
    const std::optional<ConnectionProfile> profile = m_sides->profileAt(row);
    if (!profile) {
        callback(nullptr, tr("Choose a connection or a dump folder on both sides."));
        return;
    }
    const auto build = [this, profile, callback](const QString &secret) {
        auto *client = new HttpDirectusClient(profile->url, profile->credentials(secret));
        auto *side = new InstanceSide(client, profile->name, {}, nullptr);
        client->setParent(side);
        callback(side, QString());
    };
    const QString key = profile->secretKey();
    const QString name = profile->name;
    const auto fromFallback = [this, key, name, build, callback](const QString &why) {
        if (!m_fallback) {
            callback(nullptr, why);
            return;
        }
        m_fallback->read(key, this, [build, callback, name](const TokenStore::Result &result) {
            if (result.ok())
                build(result.secret);
            else
                callback(nullptr, tr("No token or password is stored for %1: open Connections "
                                     "and enter it again.")
                                      .arg(name));
        });
    };
    if (!m_keyring) {
        fromFallback(QString());
        return;
    }
    m_keyring->read(key, this, [build, fromFallback](const TokenStore::Result &result) {
        if (result.ok())
            build(result.secret);
        else
            fromFallback(result.message);
    });
}

void AppController::compare()
{
    const int rows[2] = {m_window->leftSide(), m_window->rightSide()};
    if (rows[0] >= 0 && rows[1] < 0) {
        browse(rows[0]);
        return;
    }
    if (rows[0] < 0 || rows[1] < 0) {
        m_window->statusBar()->showMessage(
            tr("Choose a connection or a dump folder on both sides, then compare."), 5000);
        return;
    }
    // A newer compare supersedes the one in flight: its results are dropped.
    m_comparison->cancel();
    const quint64 request = ++m_request;
    for (int i = 0; i < 2; ++i) {
        delete m_pending[i];
        m_pending[i] = nullptr;
        m_names[i] = sideName(rows[i]);
        m_keys[i] = sideKey(rows[i]);
    }
    m_targetProfile = m_sides->profileAt(rows[1]);
    setBusy(true);
    m_window->setStatusSummary(tr("Preparing…"));
    for (int i = 0; i < 2; ++i) {
        makeSide(rows[i], [this, request, i](ConfigSide *side, const QString &error) {
            if (request != m_request) { // superseded meanwhile
                delete side;
                return;
            }
            if (!side) {
                ++m_request;
                delete m_pending[1 - i];
                m_pending[1 - i] = nullptr;
                setBusy(false);
                m_window->setStatusSummary(error);
                return;
            }
            m_pending[i] = side;
            if (m_pending[0] && m_pending[1])
                startComparison();
        });
    }
}

void AppController::browse(int row)
{
    m_comparison->cancel();
    const quint64 request = ++m_request;
    for (int i = 0; i < 2; ++i) {
        delete m_pending[i];
        m_pending[i] = nullptr;
        m_keys[i].clear();
    }
    m_names[0] = sideName(row);
    m_names[1].clear();
    m_targetProfile.reset();
    setBusy(true);
    m_window->setStatusSummary(tr("Reading %1…").arg(m_names[0]));
    makeSide(row, [this, request](ConfigSide *side, const QString &error) {
        if (request != m_request) {
            delete side;
            return;
        }
        if (!side) {
            setBusy(false);
            m_window->setStatusSummary(error);
            return;
        }
        m_configSides[0].reset(side);
        m_configSides[1].reset();
        connect(side, &ConfigSide::progress, this,
                [this](int done, int total, const QString &step) {
                    m_progress->setRange(0, qMax(1, total));
                    m_progress->setValue(done);
                    m_window->setStatusSummary(step);
                });
        connect(side, &ConfigSide::finished, this, [this, request](const SideReadResult &result) {
            if (request == m_request) // a newer read or compare drops this one
                onBrowseRead(result);
        });
        side->start();
    });
}

void AppController::onBrowseRead(const SideReadResult &read)
{
    setBusy(false);
    if (read.canceled)
        return;
    if (!read.ok) {
        m_window->setStatusSummary(read.error);
        return;
    }
    CompareResult result;
    result.left = m_names[0];
    result.sourceVersion = read.snapshot.directusVersion;
    int tracked = 0;
    int untracked = 0;
    for (const CollectionData &collection : read.snapshot.collections) {
        result.collections.append(collection.name);
        const CollectionDescriptor *descriptor = CollectionDescriptor::find(collection.name);
        for (const SyncItem &item : collection.items) {
            ItemComparison entry;
            entry.collection = collection.name;
            entry.syncId = item.syncId;
            entry.localId = item.localId;
            entry.side = CompareSide::Source;
            entry.status = item.tracked ? ItemStatus::Identical : ItemStatus::Untracked;
            entry.name = descriptor ? descriptor->displayName(item) : QString();
            entry.sourceData = item.data;
            result.items.append(entry);
            ++(item.tracked ? tracked : untracked);
        }
    }
    m_outcome.reset();
    m_browsed = std::make_unique<ConfigSnapshot>(read.snapshot);
    m_items->setBrowseMode(true);
    m_items->setResult(result);
    m_collections->setResult(result);
    m_window->setComparisonModels(m_collections, m_items);
    // Browsing shows everything: tracked items are the "identical" ones.
    m_window->comparisonView()->filterBar()->setStatusChecked(DiffStatus::Identical, true);
    m_window->comparisonView()->filterModel()->setStatusVisible(DiffStatus::Identical, true);
    m_window->setStatusSummary(
        tr("Browsing %1 · %2 tracked · %3 untracked")
            .arg(m_names[0], QLocale().toString(tracked), QLocale().toString(untracked)));
    m_window->setSideSummaries(result.sourceVersion.isEmpty()
                                   ? m_names[0]
                                   : tr("%1 · Directus %2").arg(m_names[0], result.sourceVersion),
                               QString());
    m_window->showComparison();
}

void AppController::startComparison()
{
    for (int i = 0; i < 2; ++i) {
        m_configSides[i].reset(m_pending[i]);
        m_pending[i] = nullptr;
    }
    m_comparison->start(m_configSides[0].get(), m_configSides[1].get());
}

void AppController::cancel()
{
    ++m_request;
    m_comparison->cancel();
    if (m_configSides[0])
        m_configSides[0]->cancel();
    setBusy(false);
    m_window->setStatusSummary(tr("Cancelled."));
}

void AppController::onFinished(const ComparisonOutcome &outcome)
{
    setBusy(false);
    if (outcome.canceled)
        return;
    if (!outcome.ok) {
        m_window->setStatusSummary(outcome.error);
        return;
    }
    m_outcome = std::make_unique<ComparisonOutcome>(outcome);
    m_browsed.reset();
    m_items->setBrowseMode(false);
    m_items->setResult(outcome.result);
    m_collections->setResult(outcome.result);
    m_window->setComparisonModels(m_collections, m_items);
    const CompareResult &result = outcome.result;
    const int differ =
        int(result.items.size()) - result.count(ItemStatus::Identical) + int(result.schema.size());
    m_window->setStatusSummary(
        tr("Compared %n item(s) · %1 differ", nullptr, int(result.items.size()))
            .arg(QLocale().toString(differ)));
    const auto version = [](const QString &name, const QString &v) -> QString {
        return v.isEmpty() ? name : tr("%1 · Directus %2").arg(name, v);
    };
    m_window->setSideSummaries(version(m_names[0], result.sourceVersion),
                               version(m_names[1], result.targetVersion));
    m_window->showComparison();
    if (!m_keys[0].isEmpty() && !m_keys[1].isEmpty())
        m_recent->add({m_keys[0], m_keys[1], tr("%1 → %2").arg(m_names[0], m_names[1])});
}

void AppController::exportShownSide()
{
    // The side read last: the left (source) side of a comparison, or the side being browsed.
    const ConfigSnapshot *snapshot =
        m_browsed ? m_browsed.get() : (m_outcome ? &m_outcome->source.snapshot : nullptr);
    if (!snapshot || m_comparison->isRunning()) {
        m_window->statusBar()->showMessage(
            tr("Compare or browse a side first: the export writes the left side as it was read."),
            5000);
        return;
    }
    auto *dialog = new ExportDialog(*snapshot, m_names[0], m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    m_exportDialog = dialog;
    dialog->open();
}

ExportDialog *AppController::exportDialog() const
{
    return m_exportDialog;
}

HistoryDialog *AppController::historyDialog() const
{
    return m_historyDialog;
}

void AppController::showHistory(int picker)
{
    QString folder;
    if (picker == 0 || picker == 1) {
        folder = folderOf(picker == 0 ? m_window->leftSide() : m_window->rightSide());
        if (folder.isEmpty()) {
            m_window->statusBar()->showMessage(
                tr("Only a dump folder has a history: choose a folder on that side first."), 6000);
            return;
        }
    } else {
        folder = folderOf(m_window->leftSide());
        if (folder.isEmpty())
            folder = folderOf(m_window->rightSide());
        if (folder.isEmpty())
            folder = QFileDialog::getExistingDirectory(
                m_window, tr("Choose a dump folder in a git repository"));
        if (folder.isEmpty())
            return;
    }
    if (!m_historyDialog) {
        auto *dialog = new HistoryDialog(m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &HistoryDialog::useAsLeft, this,
                [this](const HistoryRevision &revision) { useRevision(0, revision); });
        connect(dialog, &HistoryDialog::useAsRight, this,
                [this](const HistoryRevision &revision) { useRevision(1, revision); });
        connect(dialog, &HistoryDialog::compareWithPrevious, this,
                &AppController::compareRevisions);
        m_historyDialog = dialog;
    }
    m_historyDialog->load(folder);
    m_historyDialog->show();
    m_historyDialog->raise();
    m_historyDialog->activateWindow();
}

void AppController::useRevision(int side, const HistoryRevision &revision)
{
    const int row = m_sides->addRevision(revision.folder, revision.commit, revision.date);
    const int left = side == 0 ? row : m_window->leftSide();
    const int right = side == 1 ? row : m_window->rightSide();
    m_window->setSides(left, right);
    m_lastLeft = left;
    m_lastRight = right;
    if (left >= 0)
        compare(); // with the right side empty: browses the left
    else
        m_window->statusBar()->showMessage(tr("Choose the left side, then compare (F5)."), 6000);
}

void AppController::compareRevisions(const HistoryRevision &previous,
                                     const HistoryRevision &revision)
{
    const int left = m_sides->addRevision(previous.folder, previous.commit, previous.date);
    const int right = m_sides->addRevision(revision.folder, revision.commit, revision.date);
    m_window->setSides(left, right);
    m_lastLeft = left;
    m_lastRight = right;
    compare();
}

PushReviewDialog *AppController::pushReviewDialog() const
{
    return m_pushDialog;
}

void AppController::reviewPush()
{
    if (m_pushDialog)
        return;
    if (m_comparison->isRunning()) {
        m_window->statusBar()->showMessage(
            tr("Wait for the comparison to finish, then review the push."), 5000);
        return;
    }
    if (!m_outcome || m_items->isBrowseMode()) {
        m_window->statusBar()->showMessage(
            tr("Compare two sides first: the push goes from the left side to the right one."),
            5000);
        return;
    }
    DirectusClient *client = m_configSides[1] ? m_configSides[1]->client() : nullptr;
    if (!client || !m_outcome->target.isInstance) {
        auto *box = new QMessageBox(
            QMessageBox::Information, tr("Push needs an instance"),
            tr("%1 is a dump folder. A push writes to a Directus instance: choose a connection "
               "on the right side, compare, then push. (To update a folder, export the left "
               "side into it.)")
                .arg(m_names[1]),
            QMessageBox::Ok, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    PushSelection selection = m_items->selection();
    if (selection.items.isEmpty()) {
        m_window->statusBar()->showMessage(tr("Check the items to push first (Space)."), 5000);
        return;
    }
    // What a picked item needs on the target comes along unless the user unticks it.
    selection.withDependencies = true;
    PushReviewRequest request;
    request.compare = m_outcome->result;
    request.selection = selection;
    request.target.name = m_targetProfile ? m_targetProfile->name : m_names[1];
    request.target.isProtected = m_targetProfile && m_targetProfile->isProtected;
    request.target.mappingRows = m_outcome->target.mappingRows;
    request.target.placeholders = m_outcome->target.placeholders;
    request.sourceName = m_names[0];
    request.targetColor = m_targetProfile ? m_targetProfile->color : QString();
    request.sourceSchema = m_outcome->source.snapshot.schema;

    auto *dialog = new PushReviewDialog(client, request, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_pushDialog = dialog;
    m_refreshAfterPush = false;
    connect(dialog, &PushReviewDialog::runFinished, this, [this](const PushReport &report) {
        if (!report.simulated)
            m_refreshAfterPush = true;
    });
    // The review uses the target side's client, which a new comparison replaces: compare
    // again only once the review is closed.
    connect(dialog, &QDialog::finished, this, [this] {
        if (m_refreshAfterPush) {
            m_refreshAfterPush = false;
            compare();
        }
    });
    dialog->open();
    dialog->startPlanning();
}

void AppController::showItem(const QModelIndex &sourceIndex)
{
    if (!sourceIndex.isValid() || sourceIndex.model() != m_items) {
        if (!sourceIndex.isValid())
            m_window->comparisonView()->clearDiff();
        return;
    }
    m_window->setDiffPresentation(m_items->presentation(sourceIndex.row(), m_names[0], m_names[1]));
}

void AppController::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    if (busy)
        m_progress->setRange(0, 0);
}

} // namespace syncstudio
