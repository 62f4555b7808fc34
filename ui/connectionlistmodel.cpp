#include "connectionlistmodel.h"
#include "theme.h"

#include <QDir>

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
    return int(m_profiles.size() + m_folders.size()) + (m_withOpenFolder ? 1 : 0);
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
    if (folder >= m_folders.size()) { // the "Open folder…" row
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
