#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>

namespace syncstudio {

// The comparisons run recently, newest first, kept in QSettings ("recentComparisons"). A side
// is a key: "profile:<id>" for a saved connection, "folder:<path>" for a dump folder.
class RecentComparisonsModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentComparisonsModel)

public:
    struct Entry
    {
        QString left; // side keys
        QString right;
        QString label; // "Staging → Production"
    };
    enum Role {
        LeftKeyRole = Qt::UserRole + 1,
        RightKeyRole,
    };
    static constexpr int MaxEntries = 8;

    // An empty settings file means the application's default QSettings.
    explicit RecentComparisonsModel(const QString &settingsFile = {}, QObject *parent = nullptr);
    ~RecentComparisonsModel() override;

    // Moves (or inserts) the pair to the top and saves.
    void add(const Entry &entry);
    Entry entryAt(int row) const { return m_entries.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void load();
    void save() const;

    QString m_file;
    QList<Entry> m_entries;
};

} // namespace syncstudio
