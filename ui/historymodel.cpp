#include "historymodel.h"

#include "processgitrepository.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QtConcurrent>

namespace syncstudio {

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

HistoryModel::~HistoryModel()
{
    // The worker holds only copies; waiting keeps it from outliving the application.
    if (m_watcher)
        m_watcher->waitForFinished();
}

HistoryModel::Read HistoryModel::read(const QString &folder)
{
    Read result;
    ProcessGitRepository git(folder);
    result.commits = GitSnapshotHistory::read(&git, MaxCommits, &result.error);
    return result;
}

void HistoryModel::load(const QString &folder)
{
    beginResetModel();
    m_folder = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    m_commits.clear();
    m_state = State::Loading;
    m_error.clear();
    m_notInGit = false;
    endResetModel();
    // A superseded read finishes on its own; its watcher is dropped with its result.
    if (m_watcher) {
        m_watcher->disconnect(this);
        auto *old = m_watcher;
        connect(old, &QFutureWatcher<Read>::finished, old, &QObject::deleteLater);
        if (old->isFinished())
            old->deleteLater();
    }
    m_watcher = new QFutureWatcher<Read>(this);
    connect(m_watcher, &QFutureWatcher<Read>::finished, this, &HistoryModel::onRead);
    m_watcher->setFuture(QtConcurrent::run(&HistoryModel::read, m_folder));
}

void HistoryModel::onRead()
{
    const Read result = m_watcher->result();
    if (!result.commits) {
        beginResetModel();
        m_state = State::Failed;
        m_notInGit = result.error.kind == GitError::Kind::NotARepository;
        m_error = m_notInGit
                      ? tr("%1 is not in a git work tree, so it has no history. Export into it "
                           "with “Commit the folder with git” after running git init there (or "
                           "choose a folder inside a git repository).")
                            .arg(QDir::toNativeSeparators(m_folder))
                      : result.error.message;
        endResetModel();
        emit failed(m_error);
        return;
    }
    setHistory(m_folder, *result.commits);
}

void HistoryModel::setHistory(const QString &folder, const QList<SnapshotCommit> &commits)
{
    beginResetModel();
    m_folder = folder;
    m_commits = commits;
    m_state = State::Loaded;
    m_error.clear();
    m_notInGit = false;
    endResetModel();
    emit loaded();
}

HistoryRevision HistoryModel::revisionAt(int row) const
{
    if (row < 0 || row >= m_commits.size())
        return {};
    const GitCommitInfo &commit = m_commits.at(row).commit;
    return {m_folder, commit.hash, commit.authorDate, commit.subject()};
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_commits.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QString HistoryModel::collectionsText(const SnapshotCommit &commit) const
{
    QStringList parts;
    for (const DumpChangeGroup &group : commit.changes.groups())
        parts.append(DumpChangeSet::groupLabel(group));
    return parts.join(QStringLiteral(", "));
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SnapshotCommit &entry = m_commits.at(index.row());
    const GitCommitInfo &commit = entry.commit;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return QLocale().toString(commit.authorDate.toLocalTime(), QLocale::ShortFormat);
        case AuthorColumn:
            return commit.authorName;
        case MessageColumn:
            return commit.subject();
        case CollectionsColumn:
            return collectionsText(entry);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case AuthorColumn:
            return commit.authorEmail;
        case MessageColumn:
            return commit.message.trimmed();
        case CollectionsColumn:
            return entry.changes.summaryLines().join(QLatin1Char('\n'));
        default:
            return tr("Commit %1").arg(commit.hash);
        }
    case CommitRole:
        return commit.hash;
    case ChangedCollectionsRole:
        return entry.changes.changedCollections();
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case AuthorColumn:
        return tr("Author");
    case MessageColumn:
        return tr("Message");
    case CollectionsColumn:
        return tr("Changed");
    default:
        return {};
    }
}

} // namespace syncstudio
