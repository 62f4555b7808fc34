#include "processgitrepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace syncstudio {

namespace {

// The folder itself when path is the root; :(literal) so "*", "?" and "[" in folder names are
// plain characters. Commands run at the work tree root, so the pathspec is root-relative.
QString pathspec(const QString &path)
{
    return QStringLiteral(":(literal)") + (path.isEmpty() ? QStringLiteral(".") : path);
}

// A short, single-paragraph excerpt of git's (or a hook's) output for an error line: the last
// few non-empty lines, where git and most hooks put the reason.
QString excerpt(const QString &output)
{
    QStringList lines;
    for (const QString &line : output.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty()) {
            lines.append(trimmed);
        }
    }
    if (lines.size() > 4) {
        lines = lines.mid(lines.size() - 4);
    }
    QString text = lines.join(QStringLiteral(" / "));
    if (text.size() > 400) {
        text = text.left(400) + QStringLiteral("…");
    }
    return text;
}

bool isHexId(const QString &id)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{4,64}$"));
    return hex.match(id).hasMatch();
}

GitFileChange::Kind changeKind(QChar letter)
{
    if (letter == QLatin1Char('A')) {
        return GitFileChange::Kind::Added;
    }
    if (letter == QLatin1Char('D')) {
        return GitFileChange::Kind::Deleted;
    }
    return GitFileChange::Kind::Modified; // M, T (type change)
}

// `git diff --name-status -z` / `git log --name-status -z`: "X\0path\0" pairs from pos until the
// end or a byte that cannot start a status (the next log record).
QList<GitFileChange> parseNameStatus(const QByteArray &data, qsizetype *pos)
{
    QList<GitFileChange> changes;
    qsizetype i = *pos;
    while (i < data.size()) {
        if (data.at(i) == '\n') {
            ++i;
            continue;
        }
        if (data.at(i) < 'A' || data.at(i) > 'Z') {
            break;
        }
        const qsizetype statusEnd = data.indexOf('\0', i);
        if (statusEnd < 0) {
            break;
        }
        const qsizetype pathEnd = data.indexOf('\0', statusEnd + 1);
        const qsizetype end = pathEnd < 0 ? data.size() : pathEnd;
        changes.append({changeKind(QLatin1Char(data.at(i))),
                        QString::fromUtf8(data.mid(statusEnd + 1, end - statusEnd - 1))});
        i = end + 1;
    }
    *pos = i;
    return changes;
}

} // namespace

QString ProcessGitRepository::Run::output() const
{
    const QString text = QString::fromLocal8Bit(err).trimmed();
    const QString outText = QString::fromLocal8Bit(out).trimmed();
    if (outText.isEmpty()) {
        return text;
    }
    return text.isEmpty() ? outText : outText + QLatin1Char('\n') + text;
}

ProcessGitRepository::ProcessGitRepository(const QString &folder)
    : ProcessGitRepository(folder, Options())
{}

ProcessGitRepository::ProcessGitRepository(const QString &folder, const Options &options)
    : m_folder(QDir::cleanPath(QFileInfo(folder).absoluteFilePath()))
    , m_options(options)
    , m_environment(options.environment ? *options.environment
                                        : QProcessEnvironment::systemEnvironment())
{
    // The folder alone decides the repository: variables a parent git process (a hook that
    // started the app, an IDE terminal) may have left would point git elsewhere.
    for (const char *name : {"GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_PREFIX",
                             "GIT_COMMON_DIR", "GIT_OBJECT_DIRECTORY"}) {
        m_environment.remove(QString::fromLatin1(name));
    }
    // Never wait for a credential prompt nobody can answer.
    m_environment.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
}

QString ProcessGitRepository::resolvedProgram() const
{
    const QString &program = m_options.program;
    if (program.contains(QLatin1Char('/'))) {
        const QFileInfo info(program);
        return info.isFile() && info.isExecutable() ? info.absoluteFilePath() : QString();
    }
    const QStringList paths = m_environment.value(QStringLiteral("PATH"))
                                  .split(QDir::listSeparator(), Qt::SkipEmptyParts);
    if (paths.isEmpty()) {
        return {};
    }
    return QStandardPaths::findExecutable(program, paths);
}

QString ProcessGitRepository::where() const
{
    return QDir::toNativeSeparators(m_location ? m_location->workTree : m_folder);
}

std::optional<ProcessGitRepository::Run>
ProcessGitRepository::run(const QStringList &arguments, GitError *error, const RunSpec &spec)
{
    const QString program = resolvedProgram();
    if (program.isEmpty()) {
        if (m_options.program.contains(QLatin1Char('/'))) {
            setError(error, GitError::Kind::GitMissing,
                     tr("The git program %1 does not exist or cannot be run. Install git or "
                        "correct the path, then try again.")
                         .arg(QDir::toNativeSeparators(m_options.program)));
        } else {
            setError(error, GitError::Kind::GitMissing,
                     tr("git was not found on PATH. Install git (or add the folder that contains "
                        "it to PATH), then try again."));
        }
        return std::nullopt;
    }
    QString workingDirectory = spec.workingDirectory;
    if (workingDirectory.isEmpty()) {
        const std::optional<QString> top = root(error);
        if (!top) {
            return std::nullopt;
        }
        workingDirectory = *top;
    }
    QProcessEnvironment environment = m_environment;
    for (const QString &variable : spec.extraEnvironment) {
        const qsizetype equals = variable.indexOf(QLatin1Char('='));
        environment.insert(variable.left(equals), variable.mid(equals + 1));
    }

    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setWorkingDirectory(workingDirectory);
    process.setProcessEnvironment(environment);
    process.start();
    if (!process.waitForStarted(30000)) {
        setError(
            error, GitError::Kind::GitMissing,
            tr("Cannot run %1: %2.").arg(QDir::toNativeSeparators(program), process.errorString()));
        return std::nullopt;
    }
    if (!spec.input.isEmpty()) {
        process.write(spec.input);
    }
    process.closeWriteChannel();
    const int timeout = spec.timeoutMs > 0 ? spec.timeoutMs : m_options.timeoutMs;
    if (!process.waitForFinished(timeout)) {
        process.kill();
        process.waitForFinished(5000);
        setError(error, GitError::Kind::TimedOut,
                 tr("git %1 did not finish within %2 seconds in %3 (it may be waiting for a "
                    "passphrase, or a hook may hang).")
                     .arg(arguments.value(0))
                     .arg(timeout / 1000)
                     .arg(QDir::toNativeSeparators(workingDirectory)));
        return std::nullopt;
    }
    Run result;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit) {
        setError(error, GitError::Kind::CommandFailed,
                 tr("git %1 crashed in %2.")
                     .arg(arguments.value(0), QDir::toNativeSeparators(workingDirectory)),
                 result.output());
        return std::nullopt;
    }
    result.exitCode = process.exitCode();
    return result;
}

std::optional<QString> ProcessGitRepository::root(GitError *error)
{
    const std::optional<GitLocation> location = locate(error);
    if (!location) {
        return std::nullopt;
    }
    return location->workTree;
}

std::optional<GitLocation> ProcessGitRepository::locate(GitError *error)
{
    if (m_location) {
        return m_location;
    }
    // The folder may not exist yet (first export): its nearest existing parent decides.
    QString existing = m_folder;
    QStringList missing;
    while (!QFileInfo(existing).isDir()) {
        const QFileInfo info(existing);
        if (info.exists() || info.isSymLink() || QDir(existing).isRoot()) {
            setError(error, GitError::Kind::NotARepository,
                     tr("%1 is not a folder.").arg(QDir::toNativeSeparators(existing)));
            return std::nullopt;
        }
        missing.prepend(info.fileName());
        existing = info.absolutePath();
    }
    RunSpec spec;
    spec.workingDirectory = existing;
    const std::optional<Run> result =
        run({QStringLiteral("rev-parse"), QStringLiteral("--show-toplevel"),
             QStringLiteral("--show-prefix")},
            error, spec);
    if (!result) {
        return std::nullopt;
    }
    const QStringList lines = QString::fromUtf8(result->out).split(QLatin1Char('\n'));
    if (!result->ok() || lines.size() < 2 || lines.at(0).isEmpty()) {
        setError(error, GitError::Kind::NotARepository,
                 tr("%1 is not inside a git work tree. Choose a folder inside a repository, or "
                    "let the app initialise one there.")
                     .arg(QDir::toNativeSeparators(m_folder)),
                 result->output());
        return std::nullopt;
    }
    GitLocation location;
    location.workTree = lines.at(0);
    QString prefix = lines.at(1);
    while (prefix.endsWith(QLatin1Char('/'))) {
        prefix.chop(1);
    }
    QStringList parts;
    if (!prefix.isEmpty()) {
        parts.append(prefix);
    }
    parts += missing;
    location.path = parts.join(QLatin1Char('/'));
    m_location = location;
    return m_location;
}

bool ProcessGitRepository::init(GitError *error)
{
    if (!QDir().mkpath(m_folder)) {
        setError(error, GitError::Kind::CommandFailed,
                 tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(m_folder)));
        return false;
    }
    RunSpec spec;
    spec.workingDirectory = m_folder;
    const std::optional<Run> result =
        run({QStringLiteral("init"), QStringLiteral("-q")}, error, spec);
    if (!result) {
        return false;
    }
    if (!result->ok()) {
        setError(error, GitError::Kind::CommandFailed,
                 tr("git init failed in %1: %2")
                     .arg(QDir::toNativeSeparators(m_folder), excerpt(result->output())),
                 result->output());
        return false;
    }
    m_location.reset();
    return true;
}

std::optional<GitHead> ProcessGitRepository::head(GitError *error)
{
    const std::optional<Run> symbolic =
        run({QStringLiteral("symbolic-ref"), QStringLiteral("-q"), QStringLiteral("HEAD")}, error);
    if (!symbolic) {
        return std::nullopt;
    }
    GitHead head;
    if (symbolic->ok()) {
        head.branch = QString::fromUtf8(symbolic->out).trimmed();
        if (head.branch.startsWith(QLatin1String("refs/heads/"))) {
            head.branch = head.branch.mid(11);
        }
    } else if (symbolic->exitCode == 1) {
        head.detached = true;
    } else {
        setError(error, GitError::Kind::CommandFailed,
                 tr("Cannot read HEAD in %1: %2").arg(where(), excerpt(symbolic->output())),
                 symbolic->output());
        return std::nullopt;
    }
    const std::optional<Run> commit =
        run({QStringLiteral("rev-parse"), QStringLiteral("-q"), QStringLiteral("--verify"),
             QStringLiteral("HEAD^{commit}")},
            error);
    if (!commit) {
        return std::nullopt;
    }
    if (commit->ok()) {
        head.commit = QString::fromUtf8(commit->out).trimmed();
    } else if (!head.detached) {
        head.unborn = true;
    } else {
        setError(error, GitError::Kind::CommandFailed,
                 tr("HEAD in %1 points at no commit.").arg(where()), commit->output());
        return std::nullopt;
    }
    return head;
}

std::optional<QList<GitStatusEntry>> ProcessGitRepository::status(const QString &path,
                                                                  GitError *error)
{
    // --no-optional-locks: a status check must not rewrite the index behind the user's back.
    const std::optional<Run> result =
        run({QStringLiteral("--no-optional-locks"), QStringLiteral("status"),
             QStringLiteral("--porcelain=v1"), QStringLiteral("-z"),
             QStringLiteral("--untracked-files=all"), QStringLiteral("--no-renames"),
             QStringLiteral("--ignore-submodules=none"), QStringLiteral("--"), pathspec(path)},
            error);
    if (!result) {
        return std::nullopt;
    }
    if (!result->ok()) {
        setError(error, GitError::Kind::CommandFailed,
                 tr("git status failed in %1: %2").arg(where(), excerpt(result->output())),
                 result->output());
        return std::nullopt;
    }
    QList<GitStatusEntry> entries;
    for (const QByteArray &record : result->out.split('\0')) {
        if (record.size() < 4) {
            continue;
        }
        GitStatusEntry entry;
        entry.index = QLatin1Char(record.at(0));
        entry.workTree = QLatin1Char(record.at(1));
        entry.path = QString::fromUtf8(record.mid(3));
        entries.append(entry);
    }
    return entries;
}

std::optional<bool> ProcessGitRepository::isIgnored(const QString &path, GitError *error)
{
    // check-ignore takes plain paths (no pathspec magic); "-z" reads them from stdin verbatim.
    RunSpec spec;
    spec.input = (path.isEmpty() ? QStringLiteral(".") : path).toUtf8() + '\0';
    const std::optional<Run> result = run({QStringLiteral("check-ignore"), QStringLiteral("-q"),
                                           QStringLiteral("--stdin"), QStringLiteral("-z")},
                                          error, spec);
    if (!result) {
        return std::nullopt;
    }
    if (result->exitCode > 1) {
        setError(error, GitError::Kind::CommandFailed,
                 tr("git check-ignore failed in %1: %2").arg(where(), excerpt(result->output())),
                 result->output());
        return std::nullopt;
    }
    return result->exitCode == 0;
}

std::optional<QList<GitFileChange>> ProcessGitRepository::pendingChanges(const QString &path,
                                                                         GitError *error)
{
    const std::optional<GitHead> current = head(error);
    if (!current) {
        return std::nullopt;
    }
    // A private index: HEAD's tree plus everything below path as `git add -A` would stage it.
    // The user's index is not read or written, so nothing they staged changes.
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        setError(error, GitError::Kind::CommandFailed,
                 tr("Cannot create a temporary folder: %1.").arg(scratch.errorString()));
        return std::nullopt;
    }
    RunSpec spec;
    spec.extraEnvironment = {QStringLiteral("GIT_INDEX_FILE=") +
                             scratch.filePath(QStringLiteral("index"))};
    const auto failed = [&](const Run &result) {
        setError(error, GitError::Kind::CommandFailed,
                 tr("Cannot work out the changes below %1 in %2: %3")
                     .arg(path.isEmpty() ? QStringLiteral(".") : path, where(),
                          excerpt(result.output())),
                 result.output());
    };
    if (!current->unborn) {
        const std::optional<Run> read =
            run({QStringLiteral("read-tree"), QStringLiteral("HEAD")}, error, spec);
        if (!read) {
            return std::nullopt;
        }
        if (!read->ok()) {
            failed(*read);
            return std::nullopt;
        }
    }
    const std::optional<Run> add =
        run({QStringLiteral("add"), QStringLiteral("-A"), QStringLiteral("--"), pathspec(path)},
            error, spec);
    if (!add) {
        return std::nullopt;
    }
    if (!add->ok()) {
        failed(*add);
        return std::nullopt;
    }
    QStringList arguments = {QStringLiteral("diff"),
                             QStringLiteral("--cached"),
                             QStringLiteral("--no-renames"),
                             QStringLiteral("--no-color"),
                             QStringLiteral("--no-ext-diff"),
                             QStringLiteral("--name-status"),
                             QStringLiteral("-z")};
    if (!current->unborn) {
        arguments.append(QStringLiteral("HEAD"));
    }
    arguments += {QStringLiteral("--"), pathspec(path)};
    const std::optional<Run> diff = run(arguments, error, spec);
    if (!diff) {
        return std::nullopt;
    }
    if (!diff->ok()) {
        failed(*diff);
        return std::nullopt;
    }
    qsizetype pos = 0;
    return parseNameStatus(diff->out, &pos);
}

std::optional<QString> ProcessGitRepository::commitPath(const QString &path, const QString &message,
                                                        GitError *error)
{
    const std::optional<GitHead> current = head(error);
    if (!current) {
        return std::nullopt;
    }
    const std::optional<QList<GitStatusEntry>> before = status(path, error);
    if (!before) {
        return std::nullopt;
    }
    bool stagedBefore = false;
    for (const GitStatusEntry &entry : *before) {
        stagedBefore =
            stagedBefore || (entry.index != QLatin1Char(' ') && entry.index != QLatin1Char('?'));
    }

    // Checked first so the user gets git's identity advice, not a half-made commit.
    for (const QString &ident :
         {QStringLiteral("GIT_AUTHOR_IDENT"), QStringLiteral("GIT_COMMITTER_IDENT")}) {
        const std::optional<Run> var = run({QStringLiteral("var"), ident}, error);
        if (!var) {
            return std::nullopt;
        }
        if (!var->ok()) {
            setError(error, GitError::Kind::IdentityUnknown,
                     tr("git does not know who you are in %1. Set your name and e-mail "
                        "(git config --global user.name \"Your Name\" and git config --global "
                        "user.email you@example.com), then try again.")
                         .arg(where()),
                     var->output());
            return std::nullopt;
        }
    }

    const std::optional<Run> add = run(
        {QStringLiteral("add"), QStringLiteral("-A"), QStringLiteral("--"), pathspec(path)}, error);
    if (!add) {
        return std::nullopt;
    }
    if (!add->ok()) {
        setError(error, GitError::Kind::CommandFailed,
                 tr("git add failed in %1: %2").arg(where(), excerpt(add->output())),
                 add->output());
        return std::nullopt;
    }

    // A path-limited commit takes only that path's content, whatever else is staged; hooks and
    // signing run as in the user's own `git commit`. Trace2 tells which hook (if any) failed,
    // independent of the user's language.
    QTemporaryDir scratch;
    const QString traceFile =
        scratch.isValid() ? scratch.filePath(QStringLiteral("trace2.json")) : QString();
    RunSpec spec;
    spec.input = message.toUtf8();
    spec.timeoutMs = m_options.commitTimeoutMs;
    if (!traceFile.isEmpty()) {
        spec.extraEnvironment = {QStringLiteral("GIT_TRACE2_EVENT=") + traceFile};
    }
    GitError runError;
    const std::optional<Run> commit =
        run({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-F"),
             QStringLiteral("-"), QStringLiteral("--"), pathspec(path)},
            &runError, spec);
    if (!commit || !commit->ok()) {
        // Put the index back for path when it held nothing of the user's, so a failed commit
        // leaves the repository as it found it (the exported files stay in the working tree).
        if (!stagedBefore) {
            const QStringList reset =
                current->unborn
                    ? QStringList{QStringLiteral("rm"),
                                  QStringLiteral("-r"),
                                  QStringLiteral("-q"),
                                  QStringLiteral("--cached"),
                                  QStringLiteral("--ignore-unmatch"),
                                  QStringLiteral("--"),
                                  pathspec(path)}
                    : QStringList{QStringLiteral("reset"), QStringLiteral("-q"),
                                  QStringLiteral("HEAD"), QStringLiteral("--"), pathspec(path)};
            GitError ignored;
            run(reset, &ignored);
        }
        if (!commit) {
            if (error) {
                *error = runError;
            }
            return std::nullopt;
        }
        const QString hook = hookFailure(traceFile);
        if (!hook.isEmpty()) {
            setError(error, GitError::Kind::HookFailed,
                     tr("The git %1 hook rejected the commit in %2: %3")
                         .arg(hook, where(),
                              excerpt(commit->output()).isEmpty() ? tr("(the hook printed nothing)")
                                                                  : excerpt(commit->output())),
                     commit->output());
        } else {
            setError(error, GitError::Kind::CommandFailed,
                     tr("git commit failed in %1: %2").arg(where(), excerpt(commit->output())),
                     commit->output());
        }
        return std::nullopt;
    }
    const std::optional<Run> created =
        run({QStringLiteral("rev-parse"), QStringLiteral("-q"), QStringLiteral("--verify"),
             QStringLiteral("HEAD^{commit}")},
            error);
    if (!created) {
        return std::nullopt;
    }
    if (!created->ok()) {
        setError(error, GitError::Kind::CommandFailed,
                 tr("git commit ran in %1, but HEAD names no commit afterwards.").arg(where()),
                 created->output());
        return std::nullopt;
    }
    return QString::fromUtf8(created->out).trimmed();
}

QString ProcessGitRepository::hookFailure(const QString &traceFile) const
{
    QFile file(traceFile);
    if (traceFile.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        return {};
    }
    // Only git commit's own children: hooks that run git themselves append events under a
    // nested session id ("parent/child").
    QString session;
    QHash<int, QString> hooks; // child_id -> hook name
    while (!file.atEnd()) {
        const QJsonObject event = QJsonDocument::fromJson(file.readLine()).object();
        const QString sid = event.value(QStringLiteral("sid")).toString();
        if (session.isEmpty()) {
            session = sid;
        }
        if (sid != session) {
            continue;
        }
        const QString kind = event.value(QStringLiteral("event")).toString();
        const int child = event.value(QStringLiteral("child_id")).toInt(-1);
        if (kind == QLatin1String("child_start") &&
            event.value(QStringLiteral("child_class")).toString() == QLatin1String("hook")) {
            hooks.insert(child, event.value(QStringLiteral("hook_name")).toString());
        } else if (kind == QLatin1String("child_exit") && hooks.contains(child) &&
                   event.value(QStringLiteral("code")).toInt() != 0) {
            return hooks.value(child);
        }
    }
    return {};
}

std::optional<QList<GitCommitInfo>> ProcessGitRepository::log(const QString &path, int maxCount,
                                                              GitError *error)
{
    const std::optional<GitHead> current = head(error);
    if (!current) {
        return std::nullopt;
    }
    if (current->unborn) {
        return QList<GitCommitInfo>();
    }
    // User settings that would change the output are overridden: follow (one pathspec),
    // signatures in the log, colours, the message encoding.
    QStringList arguments = {QStringLiteral("-c"),
                             QStringLiteral("log.follow=false"),
                             QStringLiteral("-c"),
                             QStringLiteral("log.showSignature=false"),
                             QStringLiteral("log"),
                             QStringLiteral("-z"),
                             QStringLiteral("--no-color"),
                             QStringLiteral("--encoding=UTF-8"),
                             QStringLiteral("--no-renames"),
                             QStringLiteral("--name-status"),
                             QStringLiteral("--root"),
                             QStringLiteral("--diff-merges=first-parent"),
                             QStringLiteral("--format=%x1e%H%x00%aI%x00%an%x00%ae%x00%B")};
    if (maxCount > 0) {
        arguments.append(QStringLiteral("--max-count=%1").arg(maxCount));
    }
    arguments += {QStringLiteral("HEAD"), QStringLiteral("--"), pathspec(path)};
    const std::optional<Run> result = run(arguments, error);
    if (!result) {
        return std::nullopt;
    }
    if (!result->ok()) {
        setError(error, GitError::Kind::CommandFailed,
                 tr("git log failed in %1: %2").arg(where(), excerpt(result->output())),
                 result->output());
        return std::nullopt;
    }
    const QByteArray &data = result->out;
    QList<GitCommitInfo> commits;
    qsizetype pos = 0;
    const auto field = [&data, &pos]() -> QByteArray {
        const qsizetype end = data.indexOf('\0', pos);
        const qsizetype stop = end < 0 ? data.size() : end;
        const QByteArray value = data.mid(pos, stop - pos);
        pos = stop + 1;
        return value;
    };
    while (pos < data.size()) {
        if (data.at(pos) != '\x1e') {
            ++pos; // separators between records
            continue;
        }
        ++pos;
        GitCommitInfo commit;
        commit.hash = QString::fromLatin1(field());
        commit.authorDate = QDateTime::fromString(QString::fromLatin1(field()), Qt::ISODate);
        commit.authorName = QString::fromUtf8(field());
        commit.authorEmail = QString::fromUtf8(field());
        commit.message = QString::fromUtf8(field());
        while (commit.message.endsWith(QLatin1Char('\n'))) {
            commit.message.chop(1);
        }
        commit.files = parseNameStatus(data, &pos);
        commits.append(commit);
    }
    return commits;
}

std::optional<QString> ProcessGitRepository::resolveCommit(const QString &revision, GitError *error)
{
    const auto unknown = [&](const QString &output) {
        setError(error, GitError::Kind::UnknownRevision,
                 tr("\"%1\" names no commit in %2. Use a branch, tag, commit hash or an "
                    "expression such as HEAD~1.")
                     .arg(revision, where()),
                 output);
    };
    // Never let a revision be taken for an option.
    if (revision.isEmpty() || revision.startsWith(QLatin1Char('-')) ||
        revision.contains(QLatin1Char('\n')) || revision.contains(QChar(0))) {
        if (!root(error)) {
            return std::nullopt;
        }
        unknown({});
        return std::nullopt;
    }
    const std::optional<Run> result =
        run({QStringLiteral("rev-parse"), QStringLiteral("-q"), QStringLiteral("--verify"),
             revision + QStringLiteral("^{commit}")},
            error);
    if (!result) {
        return std::nullopt;
    }
    if (!result->ok()) {
        unknown(result->output());
        return std::nullopt;
    }
    return QString::fromUtf8(result->out).trimmed();
}

std::optional<QList<GitTreeEntry>>
ProcessGitRepository::listFiles(const QString &commit, const QString &path, GitError *error)
{
    // Resolved first so an unknown revision and a missing folder get their own errors.
    const std::optional<QString> id = resolveCommit(commit, error);
    if (!id) {
        return std::nullopt;
    }
    // "<commit>:<path>" names the folder's tree; its paths come out relative to the folder.
    const QString tree = *id + QLatin1Char(':') + path;
    const std::optional<Run> type =
        run({QStringLiteral("cat-file"), QStringLiteral("-t"), tree}, error);
    if (!type) {
        return std::nullopt;
    }
    if (!type->ok() || QString::fromUtf8(type->out).trimmed() != QLatin1String("tree")) {
        setError(error, GitError::Kind::PathNotInRevision,
                 tr("The folder %1 does not exist at commit %2 in %3.")
                     .arg(path.isEmpty() ? QStringLiteral(".") : path, id->left(12), where()),
                 type->output());
        return std::nullopt;
    }
    const std::optional<Run> result = run({QStringLiteral("ls-tree"), QStringLiteral("-r"),
                                           QStringLiteral("-z"), QStringLiteral("-l"), tree},
                                          error);
    if (!result) {
        return std::nullopt;
    }
    if (!result->ok()) {
        setError(error, GitError::Kind::CommandFailed,
                 tr("git ls-tree failed in %1: %2").arg(where(), excerpt(result->output())),
                 result->output());
        return std::nullopt;
    }
    QList<GitTreeEntry> entries;
    for (const QByteArray &record : result->out.split('\0')) {
        // "<mode> SP <type> SP <object> SP+ <size> TAB <path>"
        const qsizetype tab = record.indexOf('\t');
        if (tab < 0) {
            continue;
        }
        const QList<QByteArray> meta = record.left(tab).simplified().split(' ');
        if (meta.size() != 4 || meta.at(1) != "blob" ||
            (meta.at(0) != "100644" && meta.at(0) != "100755")) {
            continue; // symlinks, submodules
        }
        entries.append({QString::fromUtf8(record.mid(tab + 1)), QString::fromLatin1(meta.at(2)),
                        meta.at(3).toLongLong()});
    }
    return entries;
}

std::optional<QList<QByteArray>> ProcessGitRepository::readBlobs(const QStringList &objectIds,
                                                                 GitError *error)
{
    if (objectIds.isEmpty()) {
        return QList<QByteArray>();
    }
    QByteArray input;
    for (const QString &id : objectIds) {
        if (!isHexId(id)) {
            setError(error, GitError::Kind::CommandFailed,
                     tr("\"%1\" is not a git object id.").arg(id));
            return std::nullopt;
        }
        input += id.toLatin1() + '\n';
    }
    RunSpec spec;
    spec.input = input;
    const std::optional<Run> result =
        run({QStringLiteral("cat-file"), QStringLiteral("--batch")}, error, spec);
    if (!result) {
        return std::nullopt;
    }
    if (!result->ok()) {
        setError(error, GitError::Kind::CommandFailed,
                 tr("git cat-file failed in %1: %2").arg(where(), excerpt(result->output())),
                 result->output());
        return std::nullopt;
    }
    // "<object> SP <type> SP <size> LF <contents> LF", or "<object> SP missing LF".
    const QByteArray &data = result->out;
    QList<QByteArray> blobs;
    qsizetype pos = 0;
    for (const QString &id : objectIds) {
        const qsizetype lineEnd = data.indexOf('\n', pos);
        const QList<QByteArray> header =
            lineEnd < 0 ? QList<QByteArray>() : data.mid(pos, lineEnd - pos).split(' ');
        bool sizeOk = false;
        const qsizetype size = header.size() == 3 ? header.at(2).toLongLong(&sizeOk) : 0;
        if (!sizeOk || header.at(1) != "blob" || lineEnd + 1 + size > data.size()) {
            setError(error, GitError::Kind::CommandFailed,
                     tr("git cat-file did not return the file object %1 in %2.").arg(id, where()),
                     QString::fromUtf8(data.mid(pos, 200)));
            return std::nullopt;
        }
        blobs.append(data.mid(lineEnd + 1, size));
        pos = lineEnd + 1 + size + 1;
    }
    return blobs;
}

} // namespace syncstudio
