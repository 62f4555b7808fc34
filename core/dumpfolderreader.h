#pragma once

#include "configsnapshot.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace syncstudio {

// Why a dump folder could not be read. message is complete and translated; the other fields
// let callers point at the culprit.
struct DumpReadError
{
    QString file; // relative to the dump folder, "/"-separated: "collections/flows.json"
    qsizetype itemIndex = -1; // 0-based index in the file's array; -1: the whole file
    QString syncId;           // the item's "_syncId" when it has one
    QString message;
};

struct DumpReadOptions
{
    enum class SnapshotLayout {
        Auto,   // split when info.json exists, single when snapshot.json exists (both: error)
        Split,  // snapshot/info.json + collections/ fields/ relations/ (directus-sync's default)
        Single, // snapshot/snapshot.json (--no-split)
    };

    QString collectionsPath = QStringLiteral("collections"); // --collections-path
    QString snapshotPath = QStringLiteral("snapshot");       // --snapshot-path
    bool readSnapshot = true;
    SnapshotLayout snapshotLayout = SnapshotLayout::Auto;
    // Refuse dumps whose collection and snapshot files add up to more than this.
    qint64 maxTotalBytes = defaultMaxTotalBytes();
    // Warn when a directus-sync.config.* in the folder or above it defines hooks.
    bool checkConfigHooks = true;

    // 512 MB, or the environment's SYNCSTUDIO_MAX_DUMP_BYTES when that is a positive number:
    // one override for the CLI and the app, for the rare configuration that is bigger.
    static qint64 defaultMaxTotalBytes();
};

// Reads a folder in directus-sync's dump layout. Unlike directus-sync (which reads a broken or
// missing file as []), it validates and never guesses: any malformed file is an error naming
// the file and, where it applies, the item. A missing collection file means "not in this dump"
// (CollectionData::present == false), never "empty". specs/ is never read.
class DumpFolderReader final
{
    Q_DECLARE_TR_FUNCTIONS(DumpFolderReader)

public:
    static std::optional<ConfigSnapshot> read(const QString &folder,
                                              const DumpReadOptions &options = {},
                                              DumpReadError *error = nullptr);

    // directus-sync.config.* files that define hooks, looked up in the folder and then each
    // parent folder up to the first one that has a config file at all.
    static QStringList configFilesWithHooks(const QString &folder);
};

} // namespace syncstudio
