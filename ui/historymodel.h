#pragma once

#include "gitsnapshothistory.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QFutureWatcher>
#include <QList>
#include <QString>

#include <optional>

namespace syncstudio {

// One revision of a dump folder, as a value the controller turns into a compare side.
struct HistoryRevision
{
    QString folder; // absolute path of the dump folder
    QString commit; // full hash
    QDateTime date; // author date
    QString subject;

    bool isValid() const { return !folder.isEmpty() && !commit.isEmpty(); }
};

// The commits that touched a dump folder, newest first: date, author, message and the
// collections each changed. load() asks the user's git on a worker thread; a folder outside a
// git work tree ends in failed() with a message that says so.
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    enum Column { DateColumn, AuthorColumn, MessageColumn, CollectionsColumn, ColumnCount };
    enum Role {
        CommitRole = Qt::UserRole + 1, // QString: the full hash
        ChangedCollectionsRole,        // QStringList
    };
    enum class State { Empty, Loading, Loaded, Failed };

    // The newest commits shown; older ones are rarely compared and git log of a long-lived
    // repository can take a while.
    static constexpr int MaxCommits = 500;

    explicit HistoryModel(QObject *parent = nullptr);
    ~HistoryModel() override;

    // Reads the history of folder off the GUI thread; a load in flight is superseded.
    void load(const QString &folder);
    // The history as read (tests and the screenshot).
    void setHistory(const QString &folder, const QList<SnapshotCommit> &commits);

    QString folder() const { return m_folder; }
    State state() const { return m_state; }
    // Failed: what went wrong and what to do; notInGit() when the folder is in no work tree.
    QString errorMessage() const { return m_error; }
    bool notInGit() const { return m_notInGit; }
    HistoryRevision revisionAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void loaded();
    void failed(const QString &message);

private:
    struct Read
    {
        std::optional<QList<SnapshotCommit>> commits;
        GitError error;
    };
    static Read read(const QString &folder);
    void onRead();
    QString collectionsText(const SnapshotCommit &commit) const;

    QString m_folder;
    QList<SnapshotCommit> m_commits;
    State m_state = State::Empty;
    QString m_error;
    bool m_notInGit = false;
    quint64 m_generation = 0;
    QFutureWatcher<Read> *m_watcher = nullptr;
};

} // namespace syncstudio
