#pragma once

#include "connectionprofile.h"
#include "mappingchoice.h"
#include "pushplan.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QModelIndex;
class QProgressBar;
class QToolButton;
QT_END_NAMESPACE

namespace syncstudio {

class Comparison;
class CompareCollectionsModel;
class CompareItemsModel;
class ConfigSide;
class ConnectionListModel;
class DirectusClient;
class MainWindow;
class ProfileStore;
class ExportDialog;
class HistoryDialog;
struct HistoryRevision;
class PushReviewDialog;
struct ConfigSnapshot;
struct PushReviewRequest;
class RecentComparisonsModel;
class TokenStore;
struct ComparisonOutcome;
struct PreparedComparison;
struct SideReadResult;

// Plugs the real data into the MainWindow: saved connections and opened dump folders in the
// side pickers, the connections dialog, and comparing the two chosen sides with the engine's
// Comparison (off the GUI thread, progress and cancel in the status bar, a newer compare
// discarding the one in flight). The window stays a pure view.
class AppController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppController)

public:
    // The stores are not owned. fallback keeps secrets for the session when the keyring fails.
    AppController(MainWindow *window, ProfileStore *profiles, TokenStore *keyring,
                  TokenStore *fallback, QObject *parent = nullptr);
    // As above, with the recent comparisons in this settings file (tests) instead of QSettings.
    AppController(MainWindow *window, ProfileStore *profiles, TokenStore *keyring,
                  TokenStore *fallback, const QString &settingsFile, QObject *parent = nullptr);
    ~AppController() override;

    ConnectionListModel *sidesModel() const { return m_sides; }
    CompareItemsModel *itemsModel() const { return m_items; }
    RecentComparisonsModel *recentModel() const { return m_recent; }

    void editConnections();
    void openFolder();
    // Compares the two sides; with only the left side chosen, browses it.
    void compare();
    void browse(int row);
    // Compares the two bundled sample dumps (resources/demo: "staging" and "production", pulled
    // from a real Directus by directus-sync), copied to the app's data folder.
    void openDemo();
    // Chooses the sides by a saved connection's name or a dump folder's path (the command
    // line's --left/--right) and compares them, or browses left when right is empty. False with
    // *error when a name is neither.
    bool compareNamed(const QString &left, const QString &right, QString *error);
    void cancel();
    // Opens the push review of the checked items into the right side (an instance only); after
    // a push that wrote, closing the review compares again.
    void reviewPush();
    // Push ←: the checked items from the right side into the left one (an instance only). The
    // same reads are compared the other way round first (the right side as the source, and
    // the left instance asked for the schema diff), so statuses read from the left's view.
    void reviewPushLeft();
    // Track, untrack or adopt the current item (MappingChoices decides where and whether),
    // through the push review with a ready plan; closing it after an apply compares again.
    void reviewMapping(MappingChoice::Kind kind);
    PushReviewDialog *pushReviewDialog() const;
    // File ▸ Export…: the export dialog for the side read last (tests reach it here). For a
    // side read from an instance, "Track them first" reviews the mapping rows of its untracked
    // items (trackBeforeExport), reads the side again and exports that read.
    void exportShownSide();
    ExportDialog *exportDialog() const;
    // The git history of a dump folder: the folder of picker 0 (left) / 1 (right), or with -1
    // the left side's folder, else the right's, else one the user chooses.
    void showHistory(int picker);
    HistoryDialog *historyDialog() const;
    // A revision from the history becomes the picker entry of side 0 (left) or 1 (right); with
    // the other side chosen, the two are compared.
    void useRevision(int side, const HistoryRevision &revision);
    // previous on the left, revision on the right, compared.
    void compareRevisions(const HistoryRevision &previous, const HistoryRevision &revision);

private:
    using SideCallback = std::function<void(ConfigSide *side, const QString &error)>;
    void reloadProfiles();
    void onSidesChanged();
    // Builds the side of a picker row; for a connection after reading its secret.
    void makeSide(int row, const SideCallback &callback);
    void startComparison();
    void onFinished(const ComparisonOutcome &outcome);
    // Shows a comparison whose rows were built on a worker; what was shown before is freed on
    // a worker too.
    void showOutcome(PreparedComparison &prepared);
    void onBrowseRead(const SideReadResult &result);
    void showItem(const QModelIndex &sourceIndex);
    void updateMappingActions(const QModelIndex &sourceIndex);
    MappingSides mappingSides() const;
    void onReverseFinished(const ComparisonOutcome &outcome);
    // The review for a request into side (0 left, 1 right), with that side's client.
    void openReview(int side, const PushReviewRequest &request);
    // The receiving side's name, protected flag and colour as the review shows them.
    void describeTarget(int side, PushReviewRequest *request) const;
    // The client of the side a push writes into (0 left, 1 right); nullptr, with a message
    // saying what to do, when there is no comparison or that side is not an instance.
    DirectusClient *receivingClient(int side);
    // The checked items for a push that way; nullopt (with a status message) when none.
    std::optional<PushSelection> checkedSelection(bool toLeft);
    void openMappingReview(const MappingChoice &choice, const QString &adoptSyncId);
    void trackBeforeExport();
    // The read after tracking for the export ended: the export dialog gets the new left side,
    // or the reason nothing is exported.
    void handOverTrackedSide(bool ok, bool canceled, const QString &error);
    void setBusy(bool busy);
    // A read or comparison ended: not busy any more, its error shown; true when it succeeded.
    bool readEnded(bool ok, bool canceled, const QString &error);
    QString sideName(int row) const;
    // The dump folder behind a picker row (a folder or a revision); empty otherwise.
    QString folderOf(int row) const;
    // "profile:<id>" / "folder:<path>" / "revision:<folder>@<sha>", and back to a picker row
    // (-1 when gone).
    QString sideKey(int row) const;
    int rowForKey(const QString &key);
    // A saved connection's row by its name (case-insensitive), or a dump folder's; -1 if none.
    int rowForName(const QString &name);
    void openRecent(const QModelIndex &index);

    QPointer<MainWindow> m_window;
    ProfileStore *m_profiles = nullptr;
    QPointer<TokenStore> m_keyring;
    QPointer<TokenStore> m_fallback;
    ConnectionListModel *m_sides = nullptr;
    CompareItemsModel *m_items = nullptr;
    CompareCollectionsModel *m_collections = nullptr;
    RecentComparisonsModel *m_recent = nullptr;
    Comparison *m_comparison = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
    // The sides (and their clients) of the comparison in flight or shown.
    std::unique_ptr<DirectusClient> m_clients[2];
    std::unique_ptr<ConfigSide> m_configSides[2];
    // What the comparison shown read (mapping rows, placeholders, source schema): the push
    // plans from it. Empty while browsing.
    std::shared_ptr<const ComparisonOutcome> m_outcome;
    // MappingSides::localIds of m_outcome's left snapshot, built with the rows on a worker:
    // 50,000 inserts on every selection change froze the list.
    QHash<ItemRef, QString> m_leftLocalIds;
    std::optional<ConnectionProfile> m_targetProfile; // the right side, when a connection
    std::optional<ConnectionProfile> m_sourceProfile; // the left side, when a connection
    Comparison *m_reverse = nullptr; // push ←: the same reads compared the other way round
    PushSelection m_reverseSelection;
    QPointer<PushReviewDialog> m_pushDialog;
    QPointer<ExportDialog> m_exportDialog;
    QPointer<HistoryDialog> m_historyDialog;
    std::unique_ptr<ConfigSnapshot> m_browsed; // the side being browsed, for the export
    bool m_refreshAfterPush = false;
    bool m_exportAfterRead = false; // the next read goes to the export dialog (tracked first)
    ConfigSide *m_pending[2] = {nullptr, nullptr};
    QString m_names[2];
    QString m_keys[2];
    quint64 m_request = 0;
    int m_lastLeft = -1;
    int m_lastRight = -1;
};

} // namespace syncstudio
