#pragma once

// Helpers for tests that run the real git in temporary repositories. Header-only: included by
// the git unit tests and the git integration test.

#include "configsnapshot.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>

namespace syncstudio::test {

// Makes git usable without the user's configuration: a private HOME with a minimal
// ~/.gitconfig, a fixed identity through GIT_AUTHOR_* / GIT_COMMITTER_*, no system config.
// Create it in initTestCase() (after TestEnvironment) and keep it for the whole test.
class GitSandbox final
{
public:
    GitSandbox()
    {
        // The test scripts (directus-start, directus-sync) find their installs below
        // $HOME/.cache unless told otherwise: keep pointing them there.
        if (qEnvironmentVariableIsEmpty("SYNCSTUDIO_CACHE")) {
            const QByteArray cache = qEnvironmentVariableIsEmpty("XDG_CACHE_HOME")
                                         ? qgetenv("HOME") + "/.cache"
                                         : qgetenv("XDG_CACHE_HOME");
            qputenv("SYNCSTUDIO_CACHE", cache + "/syncstudio");
        }
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("GIT_CONFIG_NOSYSTEM", "1");
        qputenv("GIT_AUTHOR_NAME", "Ada Admin");
        qputenv("GIT_AUTHOR_EMAIL", "ada@example.com");
        qputenv("GIT_COMMITTER_NAME", "Ada Admin");
        qputenv("GIT_COMMITTER_EMAIL", "ada@example.com");
        for (const char *name : {"GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE"}) {
            qunsetenv(name);
        }
        QFile config(m_home.filePath(QStringLiteral(".gitconfig")));
        if (config.open(QIODevice::WriteOnly)) {
            config.write("[init]\n\tdefaultBranch = main\n[commit]\n\tgpgSign = false\n");
        }
    }
    QString home() const { return m_home.path(); }

private:
    QTemporaryDir m_home;
};

struct GitRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real git for setting up and checking a test repository (never through the code
// under test).
inline GitRun runGit(const QString &dir, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(QStringLiteral("git"), arguments);
    process.write(input);
    process.closeWriteChannel();
    GitRun result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    // Only the end is trimmed: porcelain status lines start with a meaningful space.
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    while (result.out.endsWith(QLatin1Char('\n'))) {
        result.out.chop(1);
    }
    result.err = QString::fromUtf8(process.readAllStandardError()).trimmed();
    return result;
}

inline QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeBytes(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(content) == content.size();
}

// Copies every file below from into to (a dump folder into a test's own place).
inline bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(file);
        if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(file, target)) {
            return false;
        }
    }
    return true;
}

// Every file below root (hidden ones included): relative path -> bytes.
inline QMap<QString, QByteArray> fileTree(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(root).relativeFilePath(path);
        if (!relative.startsWith(QLatin1String(".git/"))) {
            files.insert(relative, readBytes(path));
        }
    }
    return files;
}

// The schema with its lists in a fixed order: a split snapshot is read back in directory order,
// which depends on the clash suffixes the writer chose.
inline JsonValue canonicalSchema(JsonValue schema)
{
    JsonObject &object = schema.object();
    for (const char *list : {"collections", "fields", "relations"}) {
        const QString key = QString::fromLatin1(list);
        JsonArray items = object.value(key).toArray();
        std::stable_sort(items.begin(), items.end(), [](const JsonValue &a, const JsonValue &b) {
            const auto sortKey = [](const JsonValue &v) -> QString {
                return v.toObject().value(QStringLiteral("collection")).toString() +
                       QLatin1Char('/') + v.toObject().value(QStringLiteral("field")).toString();
            };
            return sortKey(a) < sortKey(b);
        });
        object.insert(key, items);
    }
    return schema;
}

// Item by item: the first difference between two snapshots (collections present, their items
// in order with SyncID and data, the schema), or an empty string when they are equal.
inline QString snapshotDifference(const ConfigSnapshot &a, const ConfigSnapshot &b)
{
    QStringList names;
    for (const ConfigSnapshot *side : {&a, &b}) {
        for (const CollectionData &collection : side->collections) {
            if (collection.present && !names.contains(collection.name)) {
                names.append(collection.name);
            }
        }
    }
    for (const QString &name : std::as_const(names)) {
        const CollectionData *left = a.collection(name);
        const CollectionData *right = b.collection(name);
        if (!left || !left->present || !right || !right->present) {
            return name + QStringLiteral(": present on one side only");
        }
        if (left->items.size() != right->items.size()) {
            return name + QStringLiteral(": %1 items against %2")
                              .arg(left->items.size())
                              .arg(right->items.size());
        }
        for (qsizetype i = 0; i < left->items.size(); ++i) {
            if (left->items.at(i) != right->items.at(i)) {
                return name + QStringLiteral(": item %1 (%2) differs")
                                  .arg(i)
                                  .arg(left->items.at(i).syncId);
            }
        }
    }
    if (a.schema.has_value() != b.schema.has_value()) {
        return QStringLiteral("schema: present on one side only");
    }
    if (a.schema && !(canonicalSchema(*a.schema) == canonicalSchema(*b.schema))) {
        return QStringLiteral("schema differs");
    }
    return {};
}

} // namespace syncstudio::test
