#include "recentcomparisonsmodel.h"

#include <QSettings>

#include <memory>

namespace syncstudio {

namespace {

std::unique_ptr<QSettings> openSettings(const QString &file)
{
    if (file.isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(file, QSettings::IniFormat);
}

} // namespace

RecentComparisonsModel::RecentComparisonsModel(const QString &settingsFile, QObject *parent)
    : QAbstractListModel(parent)
    , m_file(settingsFile)
{
    load();
}

RecentComparisonsModel::~RecentComparisonsModel() = default;

void RecentComparisonsModel::load()
{
    const auto settings = openSettings(m_file);
    const int size = settings->beginReadArray(QStringLiteral("recentComparisons"));
    for (int i = 0; i < size && i < MaxEntries; ++i) {
        settings->setArrayIndex(i);
        Entry entry{settings->value(QStringLiteral("left")).toString(),
                    settings->value(QStringLiteral("right")).toString(),
                    settings->value(QStringLiteral("label")).toString()};
        if (!entry.left.isEmpty() && !entry.right.isEmpty())
            m_entries.append(entry);
    }
    settings->endArray();
}

void RecentComparisonsModel::save() const
{
    const auto settings = openSettings(m_file);
    settings->remove(QStringLiteral("recentComparisons"));
    settings->beginWriteArray(QStringLiteral("recentComparisons"), int(m_entries.size()));
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        settings->setArrayIndex(int(i));
        settings->setValue(QStringLiteral("left"), m_entries.at(i).left);
        settings->setValue(QStringLiteral("right"), m_entries.at(i).right);
        settings->setValue(QStringLiteral("label"), m_entries.at(i).label);
    }
    settings->endArray();
}

void RecentComparisonsModel::add(const Entry &entry)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).left == entry.left && m_entries.at(i).right == entry.right) {
            beginRemoveRows({}, int(i), int(i));
            m_entries.removeAt(i);
            endRemoveRows();
            break;
        }
    }
    beginInsertRows({}, 0, 0);
    m_entries.prepend(entry);
    endInsertRows();
    if (m_entries.size() > MaxEntries) {
        beginRemoveRows({}, MaxEntries, int(m_entries.size()) - 1);
        m_entries.resize(MaxEntries);
        endRemoveRows();
    }
    save();
}

int RecentComparisonsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant RecentComparisonsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return entry.label;
    case Qt::ToolTipRole:
        return tr("Compare again: %1").arg(entry.label);
    case LeftKeyRole:
        return entry.left;
    case RightKeyRole:
        return entry.right;
    default:
        return {};
    }
}

} // namespace syncstudio
