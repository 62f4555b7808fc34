#pragma once

#include "collectiondescriptor.h"
#include "configsnapshot.h"
#include "jscollator.h"
#include "syncitem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace syncstudio {

// The API specifications `directus-sync pull` stores in specs/ (never read back).
struct SpecTexts
{
    std::optional<QByteArray> itemGraphql;   // GET /server/specs/graphql body, written verbatim
    std::optional<QByteArray> systemGraphql; // GET /server/specs/graphql/system body, verbatim
    // GET /server/specs/oas body. directus-sync gets it parsed from the SDK and writes it with
    // writeJsonSync (JSON.stringify(v, null, 2) + "\n", never key-sorted), so it is parsed and
    // re-serialised the same way, not written verbatim.
    std::optional<QByteArray> openApiJson;
};

struct DumpWriteOptions
{
    bool split = true;     // false: snapshot/snapshot.json (--no-split)
    bool sortJson = false; // --sort-json: keys sorted at every depth (never in openapi.json)
    bool snapshot = true;  // false: snapshot/ left untouched (--no-snapshot)
    bool specs = true;     // false: specs/ left untouched (--no-specs)
    // Collections to write (-o); empty: all. Files of other collections are left untouched,
    // as are collections the side does not have (present == false).
    QStringList collections;
    // Items without a SyncID (untracked, origin None) cannot be written; by default they make
    // the write fail, with this set they are left out.
    bool skipUntracked = false;
    QString collectionsPath = QStringLiteral("collections");
    QString snapshotPath = QStringLiteral("snapshot");
    QString specsPath = QStringLiteral("specs");
    // localeCompare as Node evaluates it; default: JsCollator::fromEnvironment().
    std::optional<JsCollator> collator;
};

// Writes a side in directus-sync 3.4.1's dump format, byte for byte what `directus-sync pull`
// writes. Everything is first written to a temporary sibling folder and then moved into place
// with renames (rolled back on failure), so a failed write leaves the previous dump as it was.
// Content that is not directus-sync's (seed/, config files, unknown files) is never touched;
// the snapshot folder is replaced whole, as directus-sync wipes it.
class DumpFolderWriter final
{
    Q_DECLARE_TR_FUNCTIONS(DumpFolderWriter)

public:
    static bool write(const QString &folder, const ConfigSnapshot &side, const SpecTexts &specs,
                      const DumpWriteOptions &options, QString *errorString = nullptr);

    // The items in file order: the descriptor's sort key compared with localeCompare, stable
    // (ties keep the given order, which is the API order on pull).
    static QList<SyncItem> sortedItems(const CollectionDescriptor &descriptor,
                                       const QList<SyncItem> &items, const JsCollator &collator);
    // The bytes of collections/<name>.json; nullopt (and errorString) when an item has no
    // SyncID or two items share one.
    static std::optional<QByteArray> collectionFileContent(const CollectionDescriptor &descriptor,
                                                           const QList<SyncItem> &items,
                                                           bool sortJson,
                                                           const JsCollator &collator,
                                                           QString *errorString = nullptr);
    // The snapshot folder's files (paths relative to it, "/"-separated) in directus-sync's
    // order: info.json, collections/, fields/, relations/ (or snapshot.json alone), with
    // directus_sync_id_map dropped and the case-insensitive clash suffixes _2, _3, …
    static std::optional<QList<std::pair<QString, QByteArray>>>
    snapshotFiles(const JsonValue &snapshot, bool split, bool sortJson, const JsCollator &collator,
                  QString *errorString = nullptr);
};

} // namespace syncstudio
