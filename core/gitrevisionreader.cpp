#include "gitrevisionreader.h"

#include "processgitrepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace syncstudio {

namespace {

// A tree entry's path as a file below the extraction folder: plain components only (git's own
// checks refuse "..", but the objects may come from anywhere).
bool isSafeRelativePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/'))) {
        return false;
    }
    for (const QString &part : path.split(QLatin1Char('/'))) {
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String("..") ||
            part.contains(QLatin1Char('\\')) || part.contains(QChar(0))) {
            return false;
        }
    }
    return true;
}

bool isBelow(const QString &path, const QString &folder)
{
    return path.startsWith(folder + QLatin1Char('/'));
}

} // namespace

GitRevisionReader::GitRevisionReader(GitRepository *git)
    : m_git(git)
{}

std::optional<ConfigSnapshot> GitRevisionReader::read(const QString &revision,
                                                      GitRevisionReadError *error)
{
    return read(revision, DumpReadOptions(), error);
}

std::optional<ConfigSnapshot> GitRevisionReader::read(const QString &revision,
                                                      const DumpReadOptions &options,
                                                      GitRevisionReadError *error)
{
    m_commit.clear();
    QString label = revision;
    const auto gitFailed = [&](const GitError &gitError) {
        if (error) {
            error->gitKind = gitError.kind;
            error->dump = {};
            error->message = tr("%1: %2").arg(label, gitError.message);
            error->output = gitError.output;
        }
        return std::nullopt;
    };
    const auto failed = [&](const QString &message) {
        if (error) {
            error->gitKind = GitError::Kind::None;
            error->dump = {};
            error->message = tr("%1: %2").arg(label, message);
            error->output.clear();
        }
        return std::nullopt;
    };

    GitError gitError;
    const std::optional<GitLocation> location = m_git->locate(&gitError);
    if (!location) {
        return gitFailed(gitError);
    }
    const QString folder = location->path.isEmpty()
                               ? location->workTree
                               : location->workTree + QLatin1Char('/') + location->path;
    label = QDir::toNativeSeparators(folder) + QLatin1Char('@') + revision;

    const std::optional<QString> commit = m_git->resolveCommit(revision, &gitError);
    if (!commit) {
        return gitFailed(gitError);
    }
    const std::optional<QList<GitTreeEntry>> entries =
        m_git->listFiles(*commit, location->path, &gitError);
    if (!entries) {
        return gitFailed(gitError);
    }

    // Only what DumpFolderReader reads (specs/ never is), plus directus-sync config files at
    // the top so their hooks are reported as for a folder on disk.
    const QString collectionsPath = QDir::cleanPath(options.collectionsPath);
    const QString snapshotPath = QDir::cleanPath(options.snapshotPath);
    QList<GitTreeEntry> wanted;
    QStringList ids;
    qint64 total = 0;
    bool hasConfig = false;
    for (const GitTreeEntry &entry : *entries) {
        const bool config = !entry.path.contains(QLatin1Char('/')) &&
                            entry.path.startsWith(QLatin1String("directus-sync.config."));
        if (!config && !isBelow(entry.path, collectionsPath) &&
            !(options.readSnapshot && isBelow(entry.path, snapshotPath))) {
            continue;
        }
        if (!isSafeRelativePath(entry.path)) {
            return failed(tr("the file name \"%1\" cannot be read safely.").arg(entry.path));
        }
        hasConfig = hasConfig || config;
        total += entry.size;
        wanted.append(entry);
        ids.append(entry.objectId);
    }
    if (total > options.maxTotalBytes) {
        return failed(tr("the dump holds %1 bytes, more than the limit of %2 bytes.")
                          .arg(total)
                          .arg(options.maxTotalBytes));
    }
    const std::optional<QList<QByteArray>> blobs = m_git->readBlobs(ids, &gitError);
    if (!blobs) {
        return gitFailed(gitError);
    }

    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        return failed(tr("cannot create a temporary folder: %1.").arg(scratch.errorString()));
    }
    const QString root = scratch.filePath(QStringLiteral("dump"));
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        const QString path = root + QLatin1Char('/') + wanted.at(i).path;
        QFile file(path);
        if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !file.open(QIODevice::WriteOnly) ||
            file.write(blobs->at(i)) != blobs->at(i).size() || !file.flush()) {
            return failed(tr("cannot write a temporary copy of %1: %2.")
                              .arg(wanted.at(i).path, file.errorString()));
        }
    }
    if (!QDir().mkpath(root)) {
        return failed(tr("cannot create a temporary folder."));
    }

    // The copy's path means nothing to the user: messages name folder@revision instead.
    const QString nativeRoot = QDir::toNativeSeparators(root);
    DumpReadOptions readOptions = options;
    // Looking above the copy would read unrelated folders: only the revision's own config.
    readOptions.checkConfigHooks = options.checkConfigHooks && hasConfig;
    DumpReadError dumpError;
    std::optional<ConfigSnapshot> snapshot = DumpFolderReader::read(root, readOptions, &dumpError);
    if (!snapshot) {
        if (error) {
            error->gitKind = GitError::Kind::None;
            error->dump = dumpError;
            error->dump.message.replace(nativeRoot, label);
            error->message = tr("%1: %2").arg(label, error->dump.message);
            error->output.clear();
        }
        return std::nullopt;
    }
    for (QString &warning : snapshot->warnings) {
        warning.replace(nativeRoot, label);
    }
    for (CollectionData &collection : snapshot->collections) {
        for (QString &warning : collection.warnings) {
            warning.replace(nativeRoot, label);
        }
    }
    m_commit = *commit;
    return snapshot;
}

std::optional<ConfigSnapshot> GitRevisionReader::readFolder(const QString &folder,
                                                            const QString &revision,
                                                            const DumpReadOptions &options,
                                                            GitRevisionReadError *error,
                                                            QString *commit)
{
    ProcessGitRepository git(folder);
    GitRevisionReader reader(&git);
    std::optional<ConfigSnapshot> snapshot = reader.read(revision, options, error);
    if (snapshot && commit) {
        *commit = reader.commit();
    }
    return snapshot;
}

} // namespace syncstudio
