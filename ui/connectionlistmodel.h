#pragma once

#include "connectionprofile.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace syncstudio {

// The saved connections as a list: name (with a lock when protected), colour tag, URL as tool
// tip; then the dump folders opened, then dump folders at a git revision (from the history).
// With withOpenFolder, a last row "Open folder…" follows (the side pickers' model).
class ConnectionListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionListModel)

public:
    enum Role {
        ProfileIdRole = Qt::UserRole + 1, // QString; empty on the "Open folder…" row
        ProtectedRole,                    // bool
        OpenFolderRole,                   // bool: true on the "Open folder…" row
        FolderPathRole,                   // QString: set on dump folder rows
        RevisionFolderRole,               // QString: the dump folder of a revision row
        RevisionRole,                     // QString: the full commit hash of a revision row
    };

    explicit ConnectionListModel(bool withOpenFolder = false, QObject *parent = nullptr);
    ~ConnectionListModel() override;

    void setProfiles(const QList<ConnectionProfile> &profiles);
    const QList<ConnectionProfile> &profiles() const { return m_profiles; }
    // Inserts or replaces by id; returns the row.
    int upsert(const ConnectionProfile &profile);
    void removeProfile(const QString &id);
    int rowOf(const QString &id) const;
    // Dump folders opened this session, listed after the connections; returns the row.
    int addFolder(const QString &path);
    // A dump folder as it was at a commit, listed after the folders; returns the row. The date
    // (may be invalid) only goes into the label.
    int addRevision(const QString &folder, const QString &commit, const QDateTime &date = {});
    std::optional<ConnectionProfile> profileAt(int row) const;
    // "staging-config @ a1b2c3d (Fri 27 Nov)".
    static QString revisionLabel(const QString &folder, const QString &commit,
                                 const QDateTime &date);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    bool m_withOpenFolder = false;
    QList<ConnectionProfile> m_profiles;
    struct Revision
    {
        QString folder;
        QString commit;
        QDateTime date;
    };
    QVariant revisionData(const Revision &revision, int role) const;

    QStringList m_folders;
    QList<Revision> m_revisions;
};

} // namespace syncstudio
