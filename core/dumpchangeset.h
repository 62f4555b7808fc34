#pragma once

#include "gitrepository.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace syncstudio {

// The changed files of one part of a dump.
struct DumpChangeGroup
{
    enum class Kind {
        Collection, // collections/<name>.json of a tracked collection
        Snapshot,   // the schema snapshot folder
        Specs,      // specs/
        Other,      // anything else in the folder (the user's own files)
    };

    Kind kind = Kind::Other;
    QString name; // the collection ("flows"); the folder for Snapshot / Specs; empty for Other
    // Files relative to the dump folder, "/"-separated, sorted.
    QStringList added;
    QStringList modified;
    QStringList deleted;

    int count() const { return int(added.size() + modified.size() + deleted.size()); }
};

// What changed in a dump folder, per collection (added / modified / deleted files), from git's
// file changes: for an export about to be committed, or for one commit of the history.
class DumpChangeSet final
{
    Q_DECLARE_TR_FUNCTIONS(DumpChangeSet)

public:
    struct Layout
    {
        QString collectionsPath = QStringLiteral("collections");
        QString snapshotPath = QStringLiteral("snapshot");
        QString specsPath = QStringLiteral("specs");
    };

    DumpChangeSet() = default;

    // changes: paths relative to the work tree root; folderPath: the dump folder relative to
    // it ("" for the root). Changes outside the folder are ignored.
    static DumpChangeSet fromGitChanges(const QList<GitFileChange> &changes,
                                        const QString &folderPath);
    static DumpChangeSet fromGitChanges(const QList<GitFileChange> &changes,
                                        const QString &folderPath, const Layout &layout);

    bool isEmpty() const { return m_groups.isEmpty(); }
    // Collections in directus-sync's order, then the snapshot, specs and other files; groups
    // without changes are left out.
    const QList<DumpChangeGroup> &groups() const { return m_groups; }
    const DumpChangeGroup *collection(const QString &name) const;
    const DumpChangeGroup *group(DumpChangeGroup::Kind kind) const; // first of that kind
    QStringList changedCollections() const;
    int fileCount() const;

    // "flows", "schema snapshot", "API specs", "other files" (translated).
    static QString groupLabel(const DumpChangeGroup &group);
    // "1 added, 2 modified" (translated; zero counts left out).
    static QString countsText(const DumpChangeGroup &group);
    // One line per group: "flows: 1 added, 2 modified".
    QStringList summaryLines() const;
    // Subject with the changed parts, then a blank line and summaryLines(). sourceLabel (an
    // instance or profile name) is named in the subject when given.
    QString defaultCommitMessage(const QString &sourceLabel = {}) const;

private:
    QList<DumpChangeGroup> m_groups;
};

} // namespace syncstudio
