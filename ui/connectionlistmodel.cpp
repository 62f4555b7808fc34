#include "connectionlistmodel.h"
#include "theme.h"

#include <QDir>
#include <QLocale>

namespace syncstudio {

ConnectionListModel::ConnectionListModel(bool withOpenFolder, QObject *parent)
    : QAbstractListModel(parent)
    , m_withOpenFolder(withOpenFolder)
{}

ConnectionListModel::~ConnectionListModel() = default;

void ConnectionListModel::setProfiles(const QList<ConnectionProfile> &profiles)
{
    beginResetModel();
    m_profiles = profiles;
    endResetModel();
}

int ConnectionListModel::upsert(const ConnectionProfile &profile)
{
    const int row = rowOf(profile.id);
    if (row >= 0) {
        m_profiles[row] = profile;
        emit dataChanged(index(row), index(row));
        return row;
    }
    const int end = int(m_profiles.size());
    beginInsertRows({}, end, end);
    m_profiles.append(profile); // before the folders
    endInsertRows();
    return end;
}

void ConnectionListModel::removeProfile(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_profiles.removeAt(row);
    endRemoveRows();
}

int ConnectionListModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == id)
            return int(i);
    }
    return -1;
}

int ConnectionListModel::addRevision(const QString &folder, const QString &commit,
                                     const QDateTime &date)
{
    const int first = int(m_profiles.size() + m_folders.size());
    for (qsizetype i = 0; i < m_revisions.size(); ++i) {
        Revision &existing = m_revisions[i];
        if (existing.folder == folder && existing.commit == commit) {
            if (!existing.date.isValid() && date.isValid()) {
                existing.date = date;
                emit dataChanged(index(first + int(i)), index(first + int(i)));
            }
            return first + int(i);
        }
    }
    const int row = first + int(m_revisions.size());
    beginInsertRows({}, row, row);
    m_revisions.append({folder, commit, date});
    endInsertRows();
    return row;
}

QString ConnectionListModel::revisionLabel(const QString &folder, const QString &commit,
                                           const QDateTime &date)
{
    const QString name = QDir(folder).dirName();
    const QString shortCommit = commit.left(7);
    if (!date.isValid())
        return tr("%1 @ %2").arg(name, shortCommit);
    return tr("%1 @ %2 (%3)")
        .arg(name, shortCommit,
             QLocale().toString(date.toLocalTime().date(), QStringLiteral("ddd d MMM")));
}

QVariant ConnectionListModel::revisionData(const Revision &revision, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return revisionLabel(revision.folder, revision.commit, revision.date);
    case Qt::ToolTipRole:
        return tr("Dump folder %1 as committed in %2 (read from git; the working tree is not "
                  "touched)")
            .arg(QDir::toNativeSeparators(revision.folder), revision.commit);
    case Qt::DecorationRole:
        return Theme::tagIcon(Theme::current().mutedText());
    case RevisionFolderRole:
        return revision.folder;
    case RevisionRole:
        return revision.commit;
    case OpenFolderRole:
    case ProtectedRole:
        return false;
    case FolderPathRole:
    case ProfileIdRole:
        return QString();
    default:
        return {};
    }
}

int ConnectionListModel::addFolder(const QString &path)
{
    const qsizetype existing = m_folders.indexOf(path);
    if (existing >= 0)
        return int(m_profiles.size() + existing);
    const int row = int(m_profiles.size() + m_folders.size());
    beginInsertRows({}, row, row);
    m_folders.append(path);
    endInsertRows();
    return row;
}

std::optional<ConnectionProfile> ConnectionListModel::profileAt(int row) const
{
    if (row < 0 || row >= m_profiles.size())
        return std::nullopt;
    return m_profiles.at(row);
}

int ConnectionListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_profiles.size() + m_folders.size() + m_revisions.size()) +
           (m_withOpenFolder ? 1 : 0);
}

QVariant ConnectionListModel::data(const QModelIndex &index, int role) const
{
    if (!(index.isValid() && index.model() == this))
        return {};
    const qsizetype folder = index.row() - m_profiles.size();
    if (folder >= 0 && folder < m_folders.size()) {
        switch (role) {
        case Qt::DisplayRole:
            return QDir(m_folders.at(folder)).dirName();
        case Qt::ToolTipRole:
            return tr("Dump folder %1").arg(QDir::toNativeSeparators(m_folders.at(folder)));
        case Qt::DecorationRole:
            return Theme::tagIcon(Theme::current().mutedText());
        case FolderPathRole:
            return m_folders.at(folder);
        case OpenFolderRole:
        case ProtectedRole:
            return false;
        case ProfileIdRole:
            return QString();
        default:
            return {};
        }
    }
    const qsizetype revision = folder - m_folders.size();
    if (revision >= 0 && revision < m_revisions.size())
        return revisionData(m_revisions.at(revision), role);
    if (revision >= m_revisions.size()) { // the "Open folder…" row
        switch (role) {
        case Qt::DisplayRole:
            return tr("Open folder…");
        case Qt::ToolTipRole:
            return tr("Compare with a dump folder written by directus-sync");
        case OpenFolderRole:
            return true;
        case ProtectedRole:
            return false;
        case ProfileIdRole:
            return QString();
        default:
            return {};
        }
    }
    const ConnectionProfile &profile = m_profiles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return profile.name;
    case Qt::DecorationRole: {
        // A protected target (its name must be typed before a push) shows a padlock.
        QColor color(profile.color);
        if (!color.isValid())
            color = Theme::current().mutedText();
        return profile.isProtected ? Theme::lockedTagIcon(color) : Theme::tagIcon(color);
    }
    case Qt::ToolTipRole:
        return profile.isProtected ? tr("%1 · protected: a push needs the name typed")
                                         .arg(profile.url.toDisplayString())
                                   : profile.url.toDisplayString();
    case ProfileIdRole:
        return profile.id;
    case ProtectedRole:
        return profile.isProtected;
    case OpenFolderRole:
        return false;
    default:
        return {};
    }
}

} // namespace syncstudio
