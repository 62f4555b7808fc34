#include "dumpchangeset.h"

#include "collectiondescriptor.h"

#include <QDir>

#include <algorithm>

namespace syncstudio {

namespace {

bool isBelow(const QString &path, const QString &folder)
{
    return path.startsWith(folder + QLatin1Char('/'));
}

int kindOrder(DumpChangeGroup::Kind kind)
{
    switch (kind) {
    case DumpChangeGroup::Kind::Collection:
        return 0;
    case DumpChangeGroup::Kind::Snapshot:
        return 1;
    case DumpChangeGroup::Kind::Specs:
        return 2;
    case DumpChangeGroup::Kind::Other:
        return 3;
    }
    return 3;
}

} // namespace

DumpChangeSet DumpChangeSet::fromGitChanges(const QList<GitFileChange> &changes,
                                            const QString &folderPath)
{
    return fromGitChanges(changes, folderPath, Layout());
}

DumpChangeSet DumpChangeSet::fromGitChanges(const QList<GitFileChange> &changes,
                                            const QString &folderPath, const Layout &layout)
{
    const QString prefix = folderPath.isEmpty() ? QString() : folderPath + QLatin1Char('/');
    const QString collections = QDir::cleanPath(layout.collectionsPath);
    const QString snapshot = QDir::cleanPath(layout.snapshotPath);
    const QString specs = QDir::cleanPath(layout.specsPath);

    DumpChangeSet set;
    for (const GitFileChange &change : changes) {
        if (!change.path.startsWith(prefix)) {
            continue;
        }
        const QString relative = change.path.mid(prefix.size());
        DumpChangeGroup::Kind kind = DumpChangeGroup::Kind::Other;
        QString name;
        if (isBelow(relative, collections)) {
            const QString file = relative.mid(collections.size() + 1);
            if (file.endsWith(QLatin1String(".json")) && !file.contains(QLatin1Char('/')) &&
                CollectionDescriptor::find(file.chopped(5))) {
                kind = DumpChangeGroup::Kind::Collection;
                name = file.chopped(5);
            }
        } else if (isBelow(relative, snapshot)) {
            kind = DumpChangeGroup::Kind::Snapshot;
            name = snapshot;
        } else if (isBelow(relative, specs)) {
            kind = DumpChangeGroup::Kind::Specs;
            name = specs;
        }
        auto group = std::find_if(set.m_groups.begin(), set.m_groups.end(),
                                  [&](const DumpChangeGroup &candidate) {
                                      return candidate.kind == kind && candidate.name == name;
                                  });
        if (group == set.m_groups.end()) {
            DumpChangeGroup created;
            created.kind = kind;
            created.name = name;
            set.m_groups.append(created);
            group = set.m_groups.end() - 1;
        }
        switch (change.kind) {
        case GitFileChange::Kind::Added:
            group->added.append(relative);
            break;
        case GitFileChange::Kind::Modified:
            group->modified.append(relative);
            break;
        case GitFileChange::Kind::Deleted:
            group->deleted.append(relative);
            break;
        }
    }

    const QStringList order = CollectionDescriptor::names();
    std::sort(set.m_groups.begin(), set.m_groups.end(),
              [&order](const DumpChangeGroup &a, const DumpChangeGroup &b) {
                  if (a.kind != b.kind) {
                      return kindOrder(a.kind) < kindOrder(b.kind);
                  }
                  return order.indexOf(a.name) < order.indexOf(b.name);
              });
    for (DumpChangeGroup &group : set.m_groups) {
        group.added.sort();
        group.modified.sort();
        group.deleted.sort();
    }
    return set;
}

const DumpChangeGroup *DumpChangeSet::collection(const QString &name) const
{
    for (const DumpChangeGroup &group : m_groups) {
        if (group.kind == DumpChangeGroup::Kind::Collection && group.name == name) {
            return &group;
        }
    }
    return nullptr;
}

const DumpChangeGroup *DumpChangeSet::group(DumpChangeGroup::Kind kind) const
{
    for (const DumpChangeGroup &group : m_groups) {
        if (group.kind == kind) {
            return &group;
        }
    }
    return nullptr;
}

QStringList DumpChangeSet::changedCollections() const
{
    QStringList names;
    for (const DumpChangeGroup &group : m_groups) {
        if (group.kind == DumpChangeGroup::Kind::Collection) {
            names.append(group.name);
        }
    }
    return names;
}

int DumpChangeSet::fileCount() const
{
    int count = 0;
    for (const DumpChangeGroup &group : m_groups) {
        count += group.count();
    }
    return count;
}

QString DumpChangeSet::groupLabel(const DumpChangeGroup &group)
{
    switch (group.kind) {
    case DumpChangeGroup::Kind::Collection:
        return group.name;
    case DumpChangeGroup::Kind::Snapshot:
        return tr("schema snapshot");
    case DumpChangeGroup::Kind::Specs:
        return tr("API specs");
    case DumpChangeGroup::Kind::Other:
        return tr("other files");
    }
    return group.name;
}

QString DumpChangeSet::countsText(const DumpChangeGroup &group)
{
    QStringList parts;
    if (!group.added.isEmpty()) {
        parts.append(tr("%n added", nullptr, int(group.added.size())));
    }
    if (!group.modified.isEmpty()) {
        parts.append(tr("%n modified", nullptr, int(group.modified.size())));
    }
    if (!group.deleted.isEmpty()) {
        parts.append(tr("%n deleted", nullptr, int(group.deleted.size())));
    }
    return parts.join(QStringLiteral(", "));
}

QStringList DumpChangeSet::summaryLines() const
{
    QStringList lines;
    for (const DumpChangeGroup &group : m_groups) {
        lines.append(tr("%1: %2").arg(groupLabel(group), countsText(group)));
    }
    return lines;
}

QString DumpChangeSet::defaultCommitMessage(const QString &sourceLabel) const
{
    QStringList labels;
    for (const DumpChangeGroup &group : m_groups) {
        labels.append(groupLabel(group));
    }
    // A subject line stays short: the body lists every part anyway.
    if (labels.size() > 4) {
        const int more = int(labels.size()) - 3;
        labels = labels.mid(0, 3);
        labels.append(tr("%n more", nullptr, more));
    }
    const QString parts = labels.isEmpty() ? tr("no changes") : labels.join(QStringLiteral(", "));
    const QString subject = sourceLabel.isEmpty()
                                ? tr("Directus config: %1").arg(parts)
                                : tr("Directus config from %1: %2").arg(sourceLabel, parts);
    return subject + QStringLiteral("\n\n") + summaryLines().join(QLatin1Char('\n')) +
           QLatin1Char('\n');
}

} // namespace syncstudio
