#include "appcontroller.h"
#include "collectiondescriptor.h"
#include "comparecollectionsmodel.h"
#include "compareitemsmodel.h"
#include "comparer.h"
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
#include "mappingactions.h"
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
#include <QFutureWatcher>
#include <QInputDialog>

#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QThreadPool>
#include <QToolButton>
#include <QtConcurrent>
#include <algorithm>

namespace syncstudio {

// A comparison ready to show: the outcome and the rows of both models, built on a worker. The
// same value carries what was shown before to a worker that frees it.
struct PreparedComparison
{
    std::shared_ptr<const ComparisonOutcome> outcome;
    CompareItemsModel::Prepared items;
    CompareCollectionsModel::Tree collections;
    QHash<ItemRef, QString> leftLocalIds;
    std::unique_ptr<ConfigSnapshot> browsed;
};

namespace {

// Freeing a result of 50,000 items (and the snapshots it was compared from) takes long enough
// to freeze the window, so a pool thread does it. Nothing else holds the last references: the
// values are immutable and their reference counts atomic.
void releaseElsewhere(std::unique_ptr<PreparedComparison> released)
{
    PreparedComparison *raw = released.release();
    QThreadPool::globalInstance()->start([raw]() { delete raw; });
}

} // namespace

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
    m_reverse = new Comparison(this);
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
    connect(window, &MainWindow::pushLeftReviewRequested, this, &AppController::reviewPushLeft);
    connect(window, &MainWindow::trackRequested, this,
            [this] { reviewMapping(MappingChoice::Kind::Track); });
    connect(window, &MainWindow::untrackRequested, this,
            [this] { reviewMapping(MappingChoice::Kind::Untrack); });
    connect(window, &MainWindow::adoptRequested, this,
            [this] { reviewMapping(MappingChoice::Kind::Adopt); });
    connect(m_reverse, &Comparison::finished, this, &AppController::onReverseFinished);
    connect(m_reverse, &Comparison::progress, this, [this](int done, int total, const QString &) {
        m_progress->setRange(0, qMax(1, total));
        m_progress->setValue(done);
    });
    connect(window, &MainWindow::exportRequested, this, &AppController::exportShownSide);
    connect(window, &MainWindow::historyRequested, this, &AppController::showHistory);
    connect(window, &MainWindow::allowDeleteToggled, m_items, &CompareItemsModel::setAllowDelete);
    connect(window, &MainWindow::sidesChanged, this, &AppController::onSidesChanged);
    connect(window, &MainWindow::currentItemChanged, this, &AppController::showItem);
    m_items->setShowIgnored(window->showIgnoredFields());
    connect(window, &MainWindow::showIgnoredFieldsToggled, this, [this](bool show) {
        m_items->setShowIgnored(show);
        showItem(m_window->comparisonView()->currentItem());
    });
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
    m_reverse->cancel();
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

int AppController::rowForName(const QString &name)
{
    const QList<ConnectionProfile> &profiles = m_sides->profiles();
    for (const ConnectionProfile &profile : profiles) {
        if (profile.name.compare(name, Qt::CaseInsensitive) == 0)
            return m_sides->rowOf(profile.id);
    }
    if (QFileInfo(name).isDir())
        return m_sides->addFolder(QFileInfo(name).absoluteFilePath());
    return -1;
}

bool AppController::compareNamed(const QString &left, const QString &right, QString *error)
{
    const int rows[2] = {rowForName(left), right.isEmpty() ? -1 : rowForName(right)};
    for (int i = 0; i < 2; ++i) {
        const QString &name = i == 0 ? left : right;
        if (rows[i] < 0 && !name.isEmpty()) {
            *error = tr("“%1” is neither a saved connection nor a dump folder.").arg(name);
            return false;
        }
    }
    m_window->setSides(rows[0], rows[1]);
    m_lastLeft = rows[0];
    m_lastRight = rows[1];
    compare();
    return true;
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
        // The diff view can show directus-sync's ignored fields of an instance's items.
        InstanceReadOptions options;
        options.normalizer.keepIgnored = true;
        auto *side = new InstanceSide(client, profile->name, options, nullptr);
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
        handOverTrackedSide(false, false, tr("No side is chosen."));
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
    m_sourceProfile = m_sides->profileAt(rows[0]);
    m_reverse->cancel();
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
                handOverTrackedSide(false, false, error);
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
    // A browsed connection can be written to (tracking before an export): its protection.
    m_sourceProfile = m_sides->profileAt(row);
    m_reverse->cancel();
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
            handOverTrackedSide(false, false, error);
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
    if (!readEnded(read.ok, read.canceled, read.error)) {
        handOverTrackedSide(false, read.canceled, read.error);
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
    // The schema as it is: every collection, field and relation of the snapshot, listed like
    // the tracked items (directus-sync keeps the whole schema, there is nothing to track).
    if (read.snapshot.schema) {
        result.schemaCompared = true;
        result.schema =
            Comparer::compareSchemas(*read.snapshot.schema, JsonValue(JsonObject()), false);
        for (SchemaComparison &row : result.schema)
            row.status = ItemStatus::Identical;
    }
    auto released = std::make_unique<PreparedComparison>();
    released->outcome = std::move(m_outcome);
    released->leftLocalIds = std::exchange(m_leftLocalIds, {});
    released->browsed = std::exchange(m_browsed, std::make_unique<ConfigSnapshot>(read.snapshot));
    CompareItemsModel::Prepared prepared = CompareItemsModel::prepare(result, true);
    prepared.directions[0] = prepared.directions[1] = false;
    released->items = m_items->adopt(std::move(prepared));
    m_collections->setResult(result);
    releaseElsewhere(std::move(released));
    m_window->setPushDirections(
        false, tr("Compare two sides first: browsing one side pushes nothing."), false,
        tr("Compare two sides first: browsing one side pushes nothing."));
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
    handOverTrackedSide(true, false, QString());
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
    m_reverse->cancel();
    if (m_configSides[0])
        m_configSides[0]->cancel();
    setBusy(false);
    m_window->setStatusSummary(tr("Cancelled."));
}

void AppController::onFinished(const ComparisonOutcome &outcome)
{
    if (!outcome.ok || outcome.canceled) {
        readEnded(outcome.ok, outcome.canceled, outcome.error);
        handOverTrackedSide(false, outcome.canceled, outcome.error);
        return;
    }
    // Still busy while a worker builds the rows of both lists: 50,000 items must not freeze
    // the window. The result shown so far stays until then; a newer compare, a browse or
    // Cancel (each a new request) drops these rows.
    auto shared = std::make_shared<const ComparisonOutcome>(outcome);
    // Rows stay checkable as for → when neither side is an instance: the push then says why.
    const bool toRight = outcome.target.isInstance || !outcome.source.isInstance;
    const bool toLeft = outcome.source.isInstance;
    const quint64 request = m_request;
    auto *watcher = new QFutureWatcher<PreparedComparison>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, request]() {
        watcher->deleteLater();
        auto prepared = std::make_unique<PreparedComparison>(watcher->future().takeResult());
        if (request == m_request)
            showOutcome(*prepared);
        else // superseded: as a comparison cancelled by the newer request
            handOverTrackedSide(false, true, QString());
        releaseElsewhere(std::move(prepared));
    });
    watcher->setFuture(QtConcurrent::run([shared, toRight, toLeft]() {
        PreparedComparison prepared;
        prepared.outcome = shared;
        prepared.items = CompareItemsModel::prepare(shared->result);
        prepared.items.directions[0] = toRight;
        prepared.items.directions[1] = toLeft;
        prepared.collections = CompareCollectionsModel::prepare(shared->result);
        prepared.leftLocalIds = MappingSides::localIds(shared->source.snapshot);
        return prepared;
    }));
}

void AppController::showOutcome(PreparedComparison &prepared)
{
    readEnded(true, false, QString());
    // prepared leaves holding what was shown before, for releaseElsewhere().
    std::swap(m_outcome, prepared.outcome);
    std::swap(m_browsed, prepared.browsed);
    std::swap(m_leftLocalIds, prepared.leftLocalIds);
    prepared.items = m_items->adopt(std::move(prepared.items));
    m_collections->adopt(std::move(prepared.collections));
    const ComparisonOutcome &outcome = *m_outcome;
    const auto folderWhy = [](const QString &name) -> QString {
        return tr("%1 is a dump folder or a git revision: a push writes to a Directus instance. "
                  "Choose a connection on that side and compare again.")
            .arg(name);
    };
    m_window->setPushDirections(outcome.target.isInstance, folderWhy(m_names[1]),
                                outcome.source.isInstance, folderWhy(m_names[0]));
    m_window->setComparisonModels(m_collections, m_items);
    updateMappingActions({});
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
    handOverTrackedSide(true, false, QString());
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
    // Tracking writes mapping rows: only on an instance the left side was read from.
    const bool isInstance = m_configSides[0] && m_configSides[0]->client() &&
                            (m_browsed || m_outcome->source.isInstance);
    if (isInstance)
        dialog->setTrackingAvailable(true);
    connect(dialog, &ExportDialog::trackFirstRequested, this, &AppController::trackBeforeExport);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    m_exportDialog = dialog;
    dialog->open();
}

void AppController::trackBeforeExport()
{
    const ConfigSnapshot *snapshot =
        m_browsed ? m_browsed.get() : (m_outcome ? &m_outcome->source.snapshot : nullptr);
    DirectusClient *client = m_configSides[0] ? m_configSides[0]->client() : nullptr;
    if (!m_exportDialog)
        return;
    if (!snapshot || !client || m_pushDialog || m_comparison->isRunning()) {
        m_exportDialog->trackingEnded(
            tr("%1 cannot be written to now (no instance read, or a review or comparison is "
               "open). Nothing was tracked or exported; read the side again and retry.")
                .arg(m_names[0]));
        return;
    }
    const PushPlan plan = MappingActions::trackUntracked(*snapshot);
    PushReviewRequest request;
    request.plan = plan;
    describeTarget(0, &request);
    request.title =
        tr("Track %n untracked item(s) on %1 before the export", nullptr, int(plan.steps.size()))
            .arg(request.target.name);
    // Over the export dialog (which stays open and waits), with the side's own client.
    auto *review = new PushReviewDialog(client, request, m_exportDialog);
    review->setAttribute(Qt::WA_DeleteOnClose);
    m_pushDialog = review;
    auto applied = std::make_shared<bool>(false);
    connect(review, &PushReviewDialog::runFinished, this, [applied](const PushReport &report) {
        if (!report.simulated)
            *applied = true;
    });
    connect(review, &QDialog::finished, this, [this, applied] {
        if (!*applied) {
            if (m_exportDialog)
                m_exportDialog->trackingEnded(
                    tr("Nothing was tracked and nothing exported: the review was closed without "
                       "applying. Export again to choose."));
            return;
        }
        // Read again (and refresh what is shown): the export takes the items with their
        // SyncIDs as the instance now has them, never a guess.
        m_exportAfterRead = true;
        compare();
    });
    review->open();
    review->startPlanning();
}

void AppController::handOverTrackedSide(bool ok, bool canceled, const QString &error)
{
    if (!m_exportAfterRead)
        return;
    m_exportAfterRead = false;
    if (!m_exportDialog)
        return;
    const ConfigSnapshot *snapshot =
        m_browsed ? m_browsed.get() : (m_outcome ? &m_outcome->source.snapshot : nullptr);
    if (ok && !canceled && snapshot) {
        m_exportDialog->exportTracked(*snapshot);
        return;
    }
    m_exportDialog->trackingEnded(
        canceled ? tr("The items were tracked, but reading %1 again was cancelled: nothing was "
                      "exported. Export again to write the dump with them.")
                       .arg(m_names[0])
                 : tr("The items were tracked, but reading %1 again failed: %2 Nothing was "
                      "exported.")
                       .arg(m_names[0], error));
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

DirectusClient *AppController::receivingClient(int side)
{
    if (m_comparison->isRunning()) {
        m_window->statusBar()->showMessage(
            tr("Wait for the comparison to finish, then review the push."), 5000);
        return nullptr;
    }
    if (!m_outcome || m_items->isBrowseMode()) {
        m_window->statusBar()->showMessage(
            side == 1
                ? tr("Compare two sides first: the push goes from the left side to the right one.")
                : tr("Compare two sides first: Push ← goes from the right side to the left one."),
            5000);
        return nullptr;
    }
    DirectusClient *client = m_configSides[side] ? m_configSides[side]->client() : nullptr;
    const bool isInstance = side == 1 ? m_outcome->target.isInstance : m_outcome->source.isInstance;
    if (client && isInstance)
        return client;
    auto *box = new QMessageBox(
        QMessageBox::Information, tr("Push needs an instance"),
        side == 1 ? tr("%1 is a dump folder. A push writes to a Directus instance: choose a "
                       "connection on the right side, compare, then push. (To update a folder, "
                       "export the left side into it.)")
                        .arg(m_names[1])
                  : tr("%1 is a dump folder. Push ← writes to a Directus instance: choose a "
                       "connection on the left side, compare, then push.")
                        .arg(m_names[0]),
        QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return nullptr;
}

void AppController::reviewPush()
{
    if (m_pushDialog || m_reverse->isRunning() || !receivingClient(1))
        return;
    std::optional<PushSelection> checked = checkedSelection(false);
    if (!checked)
        return;
    PushSelection selection = *checked;
    // What a picked item needs on the target comes along unless the user unticks it.
    selection.withDependencies = true;
    PushReviewRequest request;
    request.compare = m_outcome->result;
    request.selection = selection;
    describeTarget(1, &request);
    request.target.mappingRows = m_outcome->target.mappingRows;
    request.target.placeholders = m_outcome->target.placeholders;
    request.sourceName = m_names[0];
    request.sourceSchema = m_outcome->source.snapshot.schema;
    openReview(1, request);
}

std::optional<PushSelection> AppController::checkedSelection(bool toLeft)
{
    int skipped = 0;
    const PushSelection selection = m_items->selection(
        toLeft ? CompareItemsModel::Direction::ToLeft : CompareItemsModel::Direction::ToRight,
        &skipped);
    if (skipped > 0)
        m_window->statusBar()->showMessage(
            toLeft ? tr("%n checked item(s) left out: only the left side has them, so pushing ← "
                        "would delete them. Turn on Comparison ▸ Allow Picking Deletes to include "
                        "them.",
                        nullptr, skipped)
                   : tr("%n checked item(s) left out: only the right side has them, so pushing → "
                        "would delete them. Turn on Comparison ▸ Allow Picking Deletes to include "
                        "them.",
                        nullptr, skipped),
            8000);
    if (selection.items.isEmpty()) {
        if (skipped == 0)
            m_window->statusBar()->showMessage(tr("Check the items to push first (Space)."), 5000);
        return std::nullopt;
    }
    return selection;
}

void AppController::describeTarget(int side, PushReviewRequest *request) const
{
    const std::optional<ConnectionProfile> &profile = side == 0 ? m_sourceProfile : m_targetProfile;
    request->target.name = profile ? profile->name : m_names[side];
    request->target.isProtected = profile && profile->isProtected;
    request->targetColor = profile ? profile->color : QString();
}

void AppController::openReview(int side, const PushReviewRequest &request)
{
    DirectusClient *client = m_configSides[side] ? m_configSides[side]->client() : nullptr;
    auto *dialog = new PushReviewDialog(client, request, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_pushDialog = dialog;
    m_refreshAfterPush = false;
    connect(dialog, &PushReviewDialog::runFinished, this, [this](const PushReport &report) {
        if (!report.simulated)
            m_refreshAfterPush = true;
    });
    // The review uses the side's client, which a new comparison replaces: compare again only
    // once the review is closed.
    connect(dialog, &QDialog::finished, this, [this] {
        if (m_refreshAfterPush) {
            m_refreshAfterPush = false;
            compare();
        }
    });
    dialog->open();
    dialog->startPlanning();
}

void AppController::reviewPushLeft()
{
    if (m_pushDialog || m_reverse->isRunning())
        return;
    DirectusClient *client = receivingClient(0);
    if (!client)
        return;
    std::optional<PushSelection> checked = checkedSelection(true);
    if (!checked)
        return;
    m_reverseSelection = *checked;
    setBusy(true);
    m_window->setStatusSummary(tr("Comparing from %1's side for Push ←…").arg(m_names[0]));
    m_reverse->startFromRead(m_outcome->target, m_outcome->source, client);
}

void AppController::onReverseFinished(const ComparisonOutcome &outcome)
{
    if (!readEnded(outcome.ok, outcome.canceled, outcome.error))
        return;
    m_window->setStatusSummary(tr("Review the push into %1.").arg(m_names[0]));
    PushSelection selection = m_reverseSelection;
    selection.withDependencies = true;
    PushReviewRequest request;
    request.compare = outcome.result;
    request.selection = selection;
    describeTarget(0, &request);
    request.target.mappingRows = outcome.target.mappingRows;
    request.target.placeholders = outcome.target.placeholders;
    request.sourceName = m_names[1];
    request.sourceSchema = outcome.source.snapshot.schema;
    openReview(0, request);
}

MappingSides AppController::mappingSides() const
{
    MappingSides sides;
    if (!m_outcome)
        return sides;
    sides.leftIsInstance =
        m_outcome->source.isInstance && m_configSides[0] && m_configSides[0]->client();
    sides.rightIsInstance =
        m_outcome->target.isInstance && m_configSides[1] && m_configSides[1]->client();
    sides.leftName = m_names[0];
    sides.rightName = m_names[1];
    sides.leftLocalIds = m_leftLocalIds;
    return sides;
}

void AppController::updateMappingActions(const QModelIndex &sourceIndex)
{
    using Action = MainWindow::MappingAction;
    const Action actions[] = {Action::Track, Action::Untrack, Action::Adopt};
    if (!m_outcome || m_items->isBrowseMode()) {
        for (const Action action : actions)
            m_window->setMappingActionState(
                action, false,
                tr("Compare two sides first: mapping rows are changed on a compared instance."));
        return;
    }
    const int item = sourceIndex.isValid() && sourceIndex.model() == m_items
                         ? m_items->itemIndex(sourceIndex.row())
                         : -1;
    const MappingSides sides = mappingSides();
    for (const Action action : actions) {
        const MappingChoice choice = MappingChoices::choose(MappingChoice::Kind(int(action)),
                                                            m_outcome->result, item, sides);
        m_window->setMappingActionState(action, choice.available, choice.reason);
    }
}

void AppController::reviewMapping(MappingChoice::Kind kind)
{
    if (m_pushDialog || m_comparison->isRunning() || m_reverse->isRunning())
        return;
    if (!m_outcome || m_items->isBrowseMode()) {
        m_window->statusBar()->showMessage(
            tr("Compare two sides first: mapping rows are changed on a compared instance."), 5000);
        return;
    }
    const QModelIndex current = m_window->comparisonView()->currentItem();
    const int item = current.isValid() ? m_items->itemIndex(current.row()) : -1;
    const MappingChoice choice =
        MappingChoices::choose(kind, m_outcome->result, item, mappingSides());
    if (!choice.available) {
        // Where it happened, with what to do next.
        m_window->statusBar()->showMessage(choice.reason, 8000);
        return;
    }
    if (kind != MappingChoice::Kind::Adopt) {
        openMappingReview(choice, QString());
        return;
    }
    // One item of the same name on the other side: that is the one. Otherwise the user picks.
    const int sameNamed =
        int(std::count_if(choice.adoptOptions.cbegin(), choice.adoptOptions.cend(),
                          [](const AdoptOption &o) { return o.sameName; }));
    if (sameNamed == 1) {
        openMappingReview(choice, choice.adoptOptions.first().syncId);
        return;
    }
    QStringList labels;
    for (const AdoptOption &option : choice.adoptOptions)
        labels << tr("%1 · %2").arg(option.name.isEmpty() ? option.syncId : option.name,
                                    option.syncId);
    auto *picker = new QInputDialog(m_window);
    picker->setObjectName(QStringLiteral("adoptPicker"));
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setWindowTitle(tr("Adopt a SyncID"));
    picker->setLabelText(tr("“%1” on %2 takes the SyncID of:").arg(choice.name, choice.sideName));
    picker->setComboBoxItems(labels);
    picker->setComboBoxEditable(false);
    connect(picker, &QInputDialog::textValueSelected, this,
            [this, choice, labels](const QString &label) {
                const int index = int(labels.indexOf(label));
                if (index >= 0)
                    openMappingReview(choice, choice.adoptOptions.at(index).syncId);
            });
    picker->open();
}

void AppController::openMappingReview(const MappingChoice &choice, const QString &adoptSyncId)
{
    const int side = choice.side == CompareSide::Source ? 0 : 1;
    PushReviewRequest request;
    request.plan = choice.plan(adoptSyncId);
    describeTarget(side, &request);
    switch (choice.kind) {
    case MappingChoice::Kind::Track:
        request.title = tr("Track “%1” on %2").arg(choice.name, request.target.name);
        break;
    case MappingChoice::Kind::Untrack:
        request.title = tr("Untrack “%1” on %2").arg(choice.name, request.target.name);
        break;
    case MappingChoice::Kind::Adopt:
        request.title =
            tr("“%1” on %2 adopts SyncID %3").arg(choice.name, request.target.name, adoptSyncId);
        break;
    }
    openReview(side, request);
}

void AppController::showItem(const QModelIndex &sourceIndex)
{
    updateMappingActions(sourceIndex);
    if (!sourceIndex.isValid() || sourceIndex.model() != m_items) {
        if (!sourceIndex.isValid())
            m_window->comparisonView()->clearDiff();
        return;
    }
    m_window->setDiffPresentation(m_items->presentation(sourceIndex.row(), m_names[0], m_names[1]));
}

bool AppController::readEnded(bool ok, bool canceled, const QString &error)
{
    setBusy(false);
    if (!canceled && !ok)
        m_window->setStatusSummary(error);
    return ok && !canceled;
}

void AppController::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    if (busy)
        m_progress->setRange(0, 0);
}

} // namespace syncstudio
