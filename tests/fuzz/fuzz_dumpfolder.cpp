// DumpFolderReader: the input becomes one collection file (the first byte picks which) and a
// snapshot file; reading never crashes, and a failure names a file.
#include "collectiondescriptor.h"
#include "dumpfolderreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>

using namespace syncstudio;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    if (size < 1)
        return 0;
    const QStringList names = CollectionDescriptor::names();
    const QString name = names.at(data[0] % names.size());
    QDir(dir.path()).removeRecursively();
    QDir().mkpath(dir.path() + QStringLiteral("/collections"));
    QDir().mkpath(dir.path() + QStringLiteral("/snapshot"));
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    QFile file(dir.path() + QStringLiteral("/collections/") + name + QStringLiteral(".json"));
    if (!file.open(QIODevice::WriteOnly))
        return 0;
    file.write(body);
    file.close();
    if (data[0] & 0x80) {
        QFile snapshot(dir.path() + QStringLiteral("/snapshot/snapshot.json"));
        if (snapshot.open(QIODevice::WriteOnly))
            snapshot.write(body);
    }
    DumpReadError error;
    const auto read = DumpFolderReader::read(dir.path(), {}, &error);
    if (!read && (error.message.isEmpty() || error.file.isEmpty()))
        std::abort();
    return 0;
}
