#include "cliapplication.h"

#include "collectiondescriptor.h"
#include "comparereport.h"
#include "comparison.h"
#include "dumpfolderreader.h"
#include "dumpfolderwriter.h"
#include "folderside.h"
#include "gitrevisionreader.h"
#include "gitrevisionside.h"
#include "gitsnapshotexport.h"
#include "httpdirectusclient.h"
#include "instanceside.h"
#include "jsonwriter.h"
#include "keychaintokenstore.h"
#include "mappingactions.h"
#include "processgitrepository.h"
#include "profilestore.h"
#include "pushbackup.h"
#include "pushexecutor.h"
#include "pushpreparer.h"
#include "restorepreparer.h"
#include "tokenstore.h"
#include "version.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include <atomic>
#include <csignal>

#include <unistd.h>

namespace syncstudio {

namespace {

// SIGINT during a push: finish the current step, print the report, exit 2.
std::atomic_bool g_interrupted{false};

extern "C" void onInterrupt(int)
{
    g_interrupted = true;
}

// Said before a token goes to (or is saved for) plain http to another machine.
QString insecureWarning(const QUrl &url)
{
    return CliApplication::tr("warning: %1 is plain http to another machine: the token would "
                              "travel unencrypted. Prefer https.")
        .arg(url.toDisplayString());
}

// Where a write saves its backup unless told otherwise: one new folder per run.
QString defaultBackupFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/backups/") +
           QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
}

const char *const HelpText = R"(Usage: syncstudio-cli <command> [options]

Commands:
  export <side> <folder> [--sort-json] [--no-split] [--no-specs] [--no-snapshot]
                  [--collections a,b] [--track-untracked [--confirm NAME]]
                  [--commit [--message M]] [--force]
                           write a side as a directus-sync dump (byte-identical to
                           `directus-sync pull`); --commit commits only that folder;
                           --track-untracked first gives untracked items a SyncID
  compare <left> <right> [--format text|json] [--only-changed] [--collections a,b]
                  [--no-schema] [--ignore-untracked] [--force] [--left-token-env VAR]
                  [--right-token-env VAR]
                           compare two sides item by item; left is the source, right the
                           target; read-only on both. Exit 0 identical, 1 differences.
  push <source> <target> (--select ITEM... | --all) [--with-dependencies] [--dry-run]
       [--allow-delete] [--preserve-ids a,b] [--force] [--confirm NAME] [--backup-dir DIR]
                           push the picked items (ITEM = collection/syncId, schema/<collection>)
                           from the source to the target instance; --all never deletes
  track <instance> <collection>/<localId> [--sync-id ID]
  untrack <instance> <collection>/<localId>
  adopt <instance> <collection>/<localId> <syncId>
                           mapping-table work on one item (directus_sync_id_map rows only);
                           each takes --dry-run and --confirm NAME
  restore <backup-folder> <target> [--dry-run] [--confirm NAME]
                           plan and apply the restore of a push backup
  connections list [--format text|json]
  connections add <name> <url> [--email E] [--secret-env VAR] [--protected]
                  [--color #rrggbb] [--allow-untested]
                           save a connection; the token (or, with --email, the password)
                           is read from VAR (default SYNCSTUDIO_TOKEN) into the system keyring
  connections remove <name>
  connections test <name>  check version, admin access and the sync extension
  --version                print the version
  --help                   this text

A side is an instance URL (http:// or https://, token from SYNCSTUDIO_TOKEN or the variable
named by --token-env), a dump folder, FOLDER@REV (a folder at a git revision), or the name of a
saved connection. Prefix with dir: or conn: to force the meaning.

Exit codes: 0 done (compare: identical), 1 compare found differences, 2 error.
)";

// Runs an asynchronous job to completion in a local event loop and returns what its finished
// signal delivered: the CLI is sequential, the jobs are the same ones the GUI runs.
template<typename Job, typename Result>
Result waitFor(Job &job, void (Job::*finished)(const Result &), const std::function<void()> &start)
{
    Result result;
    QEventLoop loop;
    QObject::connect(&job, finished, &loop, [&](const Result &r) {
        result = r;
        loop.quit();
    });
    start();
    loop.exec();
    return result;
}

} // namespace

template<typename Job>
void CliApplication::showProgress(Job &job)
{
    QObject::connect(&job, &Job::progress, &job, [this](int done, int total, const QString &step) {
        progress(QStringLiteral("%1 %2/%3").arg(step).arg(done).arg(total));
    });
}

CliApplication::CliApplication(const QStringList &arguments, QTextStream &out, QTextStream &err)
    : m_arguments(arguments)
    , m_out(out)
    , m_err(err)
{
    m_progressToTerminal = ::isatty(STDERR_FILENO) == 1;
}

CliApplication::~CliApplication() = default;

void CliApplication::writeUtf8(const QByteArray &text)
{
    if (QIODevice *device = m_out.device()) {
        m_out.flush();
        device->write(text);
        return;
    }
    m_out << QString::fromUtf8(text);
}

int CliApplication::run()
{
    const QStringList args = m_arguments.mid(1);
    if (args.isEmpty())
        return usage(tr("No command given."));
    const QString command = args.constFirst();
    if (command == QLatin1String("--version") || command == QLatin1String("-V")) {
        m_out << "syncstudio-cli " << Version::applicationVersion() << " (Qt "
              << Version::qtVersion() << ")\n";
        return Ok;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        m_out << QString::fromUtf8(HelpText);
        return Ok;
    }
    if (command == QLatin1String("export"))
        return runExport(args);
    if (command == QLatin1String("connections"))
        return runConnections(args);
    if (command == QLatin1String("compare"))
        return runCompare(args);
    if (command == QLatin1String("push"))
        return runPush(args);
    if (command == QLatin1String("restore"))
        return runRestore(args);
    if (command == QLatin1String("track") || command == QLatin1String("untrack") ||
        command == QLatin1String("adopt"))
        return runMapping(command, args);
    return usage(tr("Unknown command \"%1\".").arg(command));
}

int CliApplication::usage(const QString &message)
{
    m_err << "syncstudio-cli: " << message << ' ' << tr("Run syncstudio-cli --help for usage.")
          << '\n';
    return Error;
}

int CliApplication::error(const QString &message)
{
    m_err << "syncstudio-cli: " << message << '\n';
    m_err.flush();
    return Error;
}

void CliApplication::progress(const QString &message)
{
    if (!m_progressToTerminal)
        return;
    m_err << "\r\033[K" << message;
    m_err.flush();
}

std::optional<CliApplication::Connection>
CliApplication::connect(const SideSpec &side, const QString &tokenEnv, QString *errorMessage)
{
    Connection connection;
    QUrl url;
    Credentials credentials;
    bool allowUntested = false;
    if (side.kind == SideSpec::Kind::Instance) {
        QString urlError;
        url = ConnectionUrl::normalise(side.url.toString(), &urlError);
        if (url.isEmpty()) {
            *errorMessage = tr("%1: %2").arg(side.text, urlError);
            return std::nullopt;
        }
        const QString variable = tokenEnv.isEmpty() ? QStringLiteral("SYNCSTUDIO_TOKEN") : tokenEnv;
        const QString token = qEnvironmentVariable(variable.toLocal8Bit().constData());
        if (token.isEmpty()) {
            *errorMessage = tr("No token for %1: set the environment variable %2 to an admin "
                               "token (tokens are never taken as arguments).")
                                .arg(url.toDisplayString(), variable);
            return std::nullopt;
        }
        credentials = Credentials::fromToken(token);
        connection.name = url.toDisplayString();
    } else {
        ProfileStore store;
        const auto profile = store.find(side.profile);
        if (!profile) {
            *errorMessage = tr("\"%1\" is neither a folder, a URL nor a saved connection. "
                               "Saved connections: syncstudio-cli connections list.")
                                .arg(side.text);
            return std::nullopt;
        }
        url = profile->url;
        allowUntested = profile->allowUntestedVersion;
        connection.name = profile->name;
        connection.isProtected = profile->isProtected;
        QString secret;
        if (!tokenEnv.isEmpty())
            secret = qEnvironmentVariable(tokenEnv.toLocal8Bit().constData());
        if (secret.isEmpty()) {
            const auto read = tokenStore()->readSync(profile->secretKey());
            if (!read.ok() && qEnvironmentVariableIsSet("SYNCSTUDIO_TOKEN")) {
                secret = qEnvironmentVariable("SYNCSTUDIO_TOKEN");
            } else if (!read.ok()) {
                *errorMessage =
                    tr("No secret for the connection \"%1\": %2 Set %3 instead.")
                        .arg(profile->name, read.message,
                             tokenEnv.isEmpty() ? QStringLiteral("SYNCSTUDIO_TOKEN") : tokenEnv);
                return std::nullopt;
            } else {
                secret = read.secret;
            }
        }
        credentials = profile->credentials(secret);
    }

    // Before the first request carries the secret: every run sends it again.
    if (ConnectionUrl::isInsecureRemote(url))
        m_err << "syncstudio-cli: " << insecureWarning(url) << '\n';
    connection.client = std::make_unique<HttpDirectusClient>(url, credentials);
    ConnectionCheck check(connection.client.get(), allowUntested);
    progress(tr("Connecting to %1…").arg(connection.name));
    connection.check = waitFor(check, &ConnectionCheck::finished, [&] { check.start(); });
    if (!connection.check.ok()) {
        *errorMessage = tr("%1: %2").arg(connection.name, connection.check.message);
        return std::nullopt;
    }
    return connection;
}

std::optional<InstanceReadResult> CliApplication::readInstance(DirectusClient *client,
                                                               const InstanceReadOptions &options,
                                                               QString *errorMessage)
{
    InstanceReader reader(client);
    showProgress(reader);
    const InstanceReadResult result =
        waitFor(reader, &InstanceReader::finished, [&] { reader.start(options); });
    progress(QString());
    if (!result.ok) {
        *errorMessage = result.error;
        return std::nullopt;
    }
    return result;
}

TokenStore *CliApplication::tokenStore()
{
    if (m_tokenStore)
        return m_tokenStore;
    if (!m_ownTokenStore)
        m_ownTokenStore = std::make_unique<KeychainTokenStore>();
    return m_ownTokenStore.get();
}

int CliApplication::runConnections(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), tr("text or json."),
                                    QStringLiteral("format"), QStringLiteral("text"));
    const QCommandLineOption email(QStringLiteral("email"),
                                   tr("Log in with this email and a password."),
                                   QStringLiteral("email"));
    const QCommandLineOption secretEnv(QStringLiteral("secret-env"),
                                       tr("Environment variable holding the token or password."),
                                       QStringLiteral("VAR"), QStringLiteral("SYNCSTUDIO_TOKEN"));
    const QCommandLineOption isProtected(QStringLiteral("protected"),
                                         tr("Production: a push needs the name confirmed."));
    const QCommandLineOption color(QStringLiteral("color"), tr("Colour tag."),
                                   QStringLiteral("color"));
    const QCommandLineOption allowUntested(
        QStringLiteral("allow-untested"),
        tr("Allow Directus versions this build was not tested with."));
    parser.addOptions({format, email, secretEnv, isProtected, color, allowUntested});
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    const QString verb = positional.value(0);
    ProfileStore store;

    if (verb == QLatin1String("list")) {
        const auto profiles = store.profiles();
        if (parser.value(format) == QLatin1String("json")) {
            JsonArray list;
            for (const auto &p : profiles) {
                JsonObject o;
                o.insert(QStringLiteral("name"), p.name);
                o.insert(QStringLiteral("url"), p.url.toString());
                o.insert(QStringLiteral("auth"), p.authKind == Credentials::Kind::Password
                                                     ? QStringLiteral("password")
                                                     : QStringLiteral("token"));
                if (!p.email.isEmpty())
                    o.insert(QStringLiteral("email"), p.email);
                o.insert(QStringLiteral("protected"), p.isProtected);
                o.insert(QStringLiteral("color"), p.color);
                o.insert(QStringLiteral("allowUntestedVersion"), p.allowUntestedVersion);
                list.append(o);
            }
            m_out << QString::fromUtf8(JsonWriter::stringify(list, 2)) << '\n';
            return Ok;
        }
        if (profiles.isEmpty())
            m_out
                << tr("No saved connections. Add one with: syncstudio-cli connections add NAME URL")
                << '\n';
        for (const auto &p : profiles)
            m_out << p.name << '\t' << p.url.toString() << '\t'
                  << (p.authKind == Credentials::Kind::Password ? p.email : tr("token"))
                  << (p.isProtected ? QStringLiteral("\t") + tr("protected") : QString()) << '\n';
        return Ok;
    }
    if (verb == QLatin1String("add")) {
        if (positional.size() != 3)
            return usage(tr("connections add takes a name and a URL."));
        QString urlError;
        const QUrl url = ConnectionUrl::normalise(positional.at(2), &urlError);
        if (url.isEmpty())
            return error(urlError);
        if (ConnectionUrl::isInsecureRemote(url))
            m_err << "syncstudio-cli: " << insecureWarning(url) << '\n';
        if (store.find(positional.at(1)))
            return error(tr("A connection named \"%1\" already exists.").arg(positional.at(1)));
        ConnectionProfile profile = ConnectionProfile::create(positional.at(1), url);
        if (parser.isSet(email)) {
            profile.authKind = Credentials::Kind::Password;
            profile.email = parser.value(email);
        }
        profile.isProtected = parser.isSet(isProtected);
        profile.color = parser.value(color);
        profile.allowUntestedVersion = parser.isSet(allowUntested);
        const QString variable = parser.value(secretEnv);
        const QString secret = qEnvironmentVariable(variable.toLocal8Bit().constData());
        if (secret.isEmpty())
            return error(tr("Set %1 to the %2 of this connection: secrets are never taken as "
                            "arguments.")
                             .arg(variable, profile.authKind == Credentials::Kind::Password
                                                ? tr("password")
                                                : tr("admin token")));
        QString saveError;
        if (!store.save(profile, &saveError))
            return error(saveError);
        const auto written = tokenStore()->writeSync(profile.secretKey(), secret);
        if (!written.ok()) {
            m_err << "syncstudio-cli: "
                  << tr("warning: the secret was NOT stored (%1). The CLI never writes secrets to "
                        "files: set SYNCSTUDIO_TOKEN when you use \"%2\".")
                         .arg(written.message, profile.name)
                  << '\n';
        }
        m_out << tr("Saved the connection \"%1\" (%2).").arg(profile.name, url.toDisplayString())
              << '\n';
        return Ok;
    }
    if (verb == QLatin1String("remove")) {
        if (positional.size() != 2)
            return usage(tr("connections remove takes a name."));
        const auto profile = store.find(positional.at(1));
        if (!profile)
            return error(tr("No connection named \"%1\".").arg(positional.at(1)));
        tokenStore()->removeSync(profile->secretKey());
        store.remove(profile->id);
        m_out << tr("Removed the connection \"%1\".").arg(profile->name) << '\n';
        return Ok;
    }
    if (verb == QLatin1String("test")) {
        if (positional.size() != 2)
            return usage(tr("connections test takes a name."));
        QString message;
        SideSpec side;
        side.kind = SideSpec::Kind::Profile;
        side.profile = positional.at(1);
        side.text = positional.at(1);
        const auto connection = connect(side, {}, &message);
        if (!connection)
            return error(message);
        m_out << connection->name << ": " << connection->check.summary() << '\n';
        return Ok;
    }
    return usage(tr("connections takes list, add, remove or test."));
}

std::optional<CliApplication::OpenedSide>
CliApplication::openSide(const SideSpec &spec, const QString &tokenEnv,
                         const InstanceReadOptions &options, QString *errorMessage)
{
    OpenedSide opened;
    switch (spec.kind) {
    case SideSpec::Kind::Instance:
    case SideSpec::Kind::Profile: {
        opened.connection = connect(spec, tokenEnv, errorMessage);
        if (!opened.connection)
            return std::nullopt;
        opened.side =
            std::make_unique<InstanceSide>(opened.connection->client.get(), spec.text, options);
        break;
    }
    case SideSpec::Kind::Folder:
        if (!QFileInfo(spec.path).isDir()) {
            *errorMessage = tr("%1: no such folder.").arg(spec.path);
            return std::nullopt;
        }
        opened.side = std::make_unique<FolderSide>(spec.path, spec.text);
        break;
    case SideSpec::Kind::GitRevision:
        opened.side = std::make_unique<GitRevisionSide>(spec.path, spec.revision, spec.text);
        break;
    }
    return opened;
}

int CliApplication::runCompare(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), tr("text or json."),
                                    QStringLiteral("format"), QStringLiteral("text"));
    const QCommandLineOption onlyChanged(QStringLiteral("only-changed"),
                                         tr("Leave identical items out."));
    const QCommandLineOption collections(QStringLiteral("collections"),
                                         tr("Only these collections (comma-separated)."),
                                         QStringLiteral("a,b"));
    const QCommandLineOption noSchema(QStringLiteral("no-schema"),
                                      tr("Do not compare the schema."));
    const QCommandLineOption ignoreUntracked(
        QStringLiteral("ignore-untracked"),
        tr("Untracked and dangling items do not count as differences."));
    const QCommandLineOption tokenEnv(QStringLiteral("token-env"),
                                      tr("Token variable for both sides."), QStringLiteral("VAR"));
    const QCommandLineOption leftTokenEnv(QStringLiteral("left-token-env"),
                                          tr("Token variable of the left side."),
                                          QStringLiteral("VAR"));
    const QCommandLineOption rightTokenEnv(QStringLiteral("right-token-env"),
                                           tr("Token variable of the right side."),
                                           QStringLiteral("VAR"));
    const QCommandLineOption forceSchema(
        QStringLiteral("force"),
        tr("Compare the schema although the Directus versions or database vendors differ."));
    parser.addOption(forceSchema);
    parser.addOptions({format, onlyChanged, collections, noSchema, ignoreUntracked, tokenEnv,
                       leftTokenEnv, rightTokenEnv});
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usage(tr("compare takes two sides: the source (left) and the target (right)."));
    const QString formatName = parser.value(format);
    if (formatName != QLatin1String("text") && formatName != QLatin1String("json"))
        return usage(tr("--format takes text or json."));
    QStringList only;
    if (parser.isSet(collections)) {
        only = parser.value(collections).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &name : std::as_const(only))
            if (!CollectionDescriptor::find(name))
                return error(
                    tr("Unknown collection \"%1\". Tracked collections: %2.")
                        .arg(name, CollectionDescriptor::names().join(QStringLiteral(", "))));
    }
    InstanceReadOptions readOptions;
    readOptions.collections = only;
    readOptions.schema = !parser.isSet(noSchema);

    QString message;
    const QString leftEnv =
        parser.isSet(leftTokenEnv) ? parser.value(leftTokenEnv) : parser.value(tokenEnv);
    const QString rightEnv =
        parser.isSet(rightTokenEnv) ? parser.value(rightTokenEnv) : parser.value(tokenEnv);
    auto left = openSide(SideSpec::parse(positional.at(0)), leftEnv, readOptions, &message);
    if (!left)
        return error(message);
    auto right = openSide(SideSpec::parse(positional.at(1)), rightEnv, readOptions, &message);
    if (!right)
        return error(message);

    ComparisonOptions options;
    options.compare.collections = only;
    options.compare.schema = !parser.isSet(noSchema);
    options.forceSchema = parser.isSet(forceSchema);
    Comparison comparison;
    showProgress(comparison);
    ComparisonOutcome outcome = waitFor(comparison, &Comparison::finished, [&] {
        comparison.start(left->side.get(), right->side.get(), options);
    });
    progress(QString());
    if (!outcome.ok)
        return error(outcome.error);
    // The report needs only the result: the two reads (snapshots, mapping rows) go first, and
    // the JSON is written piece by piece (peak RSS at scale 5, issue 7).
    outcome.source = {};
    outcome.target = {};
    if (formatName == QLatin1String("json"))
        CompareReport::writeJson(outcome.result, parser.isSet(onlyChanged),
                                 [this](const QByteArray &chunk) { writeUtf8(chunk); });
    else
        m_out << CompareReport::toText(outcome.result, parser.isSet(onlyChanged));
    m_out.flush();
    return outcome.result.hasDifferences(parser.isSet(ignoreUntracked)) ? Differences : Ok;
}

int CliApplication::applyPlan(DirectusClient *client, const PushPlan &plan,
                              const PushExecutorOptions &options)
{
    PushExecutor executor(client);
    showProgress(executor);
    PushReport report;
    QEventLoop loop;
    QObject::connect(&executor, &PushExecutor::finished, &loop, [&](const PushReport &r) {
        report = r;
        loop.quit();
    });
    g_interrupted = false;
    auto previous = std::signal(SIGINT, onInterrupt);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&executor]() {
        if (g_interrupted.exchange(false))
            executor.cancel(); // takes effect between steps
    });
    poll.start(100);
    executor.start(plan, options);
    loop.exec();
    poll.stop();
    std::signal(SIGINT, previous);
    progress(QString());

    const auto stateName = [](StepResult::State state) -> QString {
        switch (state) {
        case StepResult::State::Done:
            return tr("done");
        case StepResult::State::Failed:
            return tr("FAILED");
        case StepResult::State::Unknown:
            return tr("UNKNOWN (sent, no answer)");
        case StepResult::State::Skipped:
            return tr("skipped");
        case StepResult::State::Simulated:
            return tr("simulated");
        case StepResult::State::Pending:
            break;
        }
        return tr("pending");
    };
    for (const StepResult &step : std::as_const(report.steps)) {
        const PlanStep *planned = step.number >= 1 && step.number <= plan.steps.size()
                                      ? &plan.steps.at(step.number - 1)
                                      : nullptr;
        m_out << QStringLiteral("%1. %2  %3")
                     .arg(step.number)
                     .arg(stateName(step.state), -9)
                     .arg(planned ? planned->summary : QString());
        if (!step.message.isEmpty())
            m_out << " — " << step.message;
        m_out << '\n';
    }
    if (report.drift) {
        for (const QString &item : std::as_const(report.driftItems))
            m_err << "syncstudio-cli: " << item << '\n';
        return error(tr("The target changed since the comparison: nothing was written. Compare "
                        "and push again."));
    }
    if (!report.backupFolder.isEmpty())
        m_out << tr("Backup of the target: %1 (syncstudio-cli restore %1 <target>)")
                     .arg(report.backupFolder)
              << '\n';
    if (report.canceled)
        return error(tr("Interrupted: %1 of %2 steps were applied; the report above says which.")
                         .arg(report.count(StepResult::State::Done))
                         .arg(plan.steps.size()));
    if (!report.ok)
        return error(report.error.isEmpty() ? tr("The push failed.") : report.error);
    m_out << (report.simulated
                  ? tr("Simulated %1 steps: nothing was written.").arg(plan.steps.size())
                  : tr("Applied %1 steps.").arg(plan.steps.size()))
          << '\n';
    return Ok;
}

int CliApplication::runPush(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption select(QStringLiteral("select"), tr("An item: collection/syncId."),
                                    QStringLiteral("ITEM"));
    const QCommandLineOption all(QStringLiteral("all"),
                                 tr("Every source-only and changed item (never deletes)."));
    const QCommandLineOption withDependencies(QStringLiteral("with-dependencies"),
                                              tr("Add what the picked items need on the target."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Plan and simulate: sends only reads."));
    const QCommandLineOption allowDelete(QStringLiteral("allow-delete"),
                                         tr("Allow deleting the selected target-only items."));
    const QCommandLineOption preserveIds(
        QStringLiteral("preserve-ids"),
        tr("Create items with the source's ids (collections, or all)."), QStringLiteral("a,b"));
    const QCommandLineOption force(
        QStringLiteral("force"),
        tr("Apply the schema although the Directus versions or vendors differ."));
    const QCommandLineOption confirm(QStringLiteral("confirm"), tr("The protected target's name."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption backupDir(QStringLiteral("backup-dir"), tr("Where the backup goes."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption tokenEnv(QStringLiteral("token-env"),
                                      tr("Token variable for both sides."), QStringLiteral("VAR"));
    const QCommandLineOption leftTokenEnv(QStringLiteral("left-token-env"),
                                          tr("Token variable of the source."),
                                          QStringLiteral("VAR"));
    const QCommandLineOption rightTokenEnv(QStringLiteral("right-token-env"),
                                           tr("Token variable of the target."),
                                           QStringLiteral("VAR"));
    parser.addOptions({select, all, withDependencies, dryRun, allowDelete, preserveIds, force,
                       confirm, backupDir, tokenEnv, leftTokenEnv, rightTokenEnv});
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usage(tr("push takes a source and a target."));
    if (parser.isSet(all) == parser.isSet(select))
        return usage(tr("push needs either --select ITEM (repeatable) or --all."));

    PushSelection selection;
    selection.all = parser.isSet(all);
    for (const QString &text : parser.values(select)) {
        const ItemRef ref = ItemRef::parse(text);
        if (ref.collection.isEmpty() || ref.syncId.isEmpty() ||
            (ref.collection != QLatin1String("schema") &&
             !CollectionDescriptor::find(ref.collection)))
            return error(tr("\"%1\" is not an item: use collection/syncId (e.g. flows/0b5c…) or "
                            "schema/<collection>.")
                             .arg(text));
        selection.items.append(ref);
    }
    selection.withDependencies = parser.isSet(withDependencies);
    selection.allowDelete = parser.isSet(allowDelete);
    selection.force = parser.isSet(force);
    selection.confirm = parser.value(confirm);
    if (parser.isSet(preserveIds))
        selection.preserveIds =
            parser.value(preserveIds).split(QLatin1Char(','), Qt::SkipEmptyParts);

    const SideSpec targetSpec = SideSpec::parse(positional.at(1));
    if (targetSpec.kind != SideSpec::Kind::Instance && targetSpec.kind != SideSpec::Kind::Profile)
        return error(tr("The target of a push must be an instance (a URL or a saved connection), "
                        "not %1.")
                         .arg(positional.at(1)));
    InstanceReadOptions readOptions;
    readOptions.normalizer.preserveIds = selection.preserveIds;
    QString message;
    const QString leftEnv =
        parser.isSet(leftTokenEnv) ? parser.value(leftTokenEnv) : parser.value(tokenEnv);
    const QString rightEnv =
        parser.isSet(rightTokenEnv) ? parser.value(rightTokenEnv) : parser.value(tokenEnv);
    auto source = openSide(SideSpec::parse(positional.at(0)), leftEnv, readOptions, &message);
    if (!source)
        return error(message);
    auto target = openSide(targetSpec, rightEnv, readOptions, &message);
    if (!target)
        return error(message);

    ComparisonOptions options;
    options.forceSchema = selection.force;
    Comparison comparison;
    showProgress(comparison);
    const ComparisonOutcome outcome = waitFor(comparison, &Comparison::finished, [&] {
        comparison.start(source->side.get(), target->side.get(), options);
    });
    if (!outcome.ok)
        return error(outcome.error);

    DirectusClient *client = target->connection->client.get();
    PushTarget pushTarget;
    pushTarget.name = target->connection->name;
    pushTarget.isProtected = target->connection->isProtected;
    pushTarget.mappingRows = outcome.target.mappingRows;
    pushTarget.placeholders = outcome.target.placeholders;
    PushPreparer preparer(client);
    const PushPlan plan = waitFor(preparer, &PushPreparer::finished,
                                  [&] { preparer.start(outcome.result, selection, pushTarget); });
    m_out << plan.describe();
    if (!plan.describe().endsWith(QLatin1Char('\n')))
        m_out << '\n';
    for (const QString &warning : std::as_const(plan.warnings))
        m_err << "syncstudio-cli: " << tr("warning: %1").arg(warning) << '\n';
    if (!plan.canApply()) {
        for (const QString &e : std::as_const(plan.errors))
            m_err << "syncstudio-cli: " << e << '\n';
        return error(tr("The plan cannot be applied (%n problem(s) above); nothing was written.",
                        nullptr, int(plan.errors.size())));
    }
    if (plan.isEmpty()) {
        m_out << tr("Nothing to push.") << '\n';
        return Ok;
    }
    if (pushTarget.isProtected && selection.confirm != pushTarget.name && !parser.isSet(dryRun))
        return error(tr("\"%1\" is protected: repeat its name with --confirm \"%1\" to apply.")
                         .arg(pushTarget.name));

    PushExecutorOptions executorOptions;
    executorOptions.simulate = parser.isSet(dryRun);
    executorOptions.targetName = pushTarget.name;
    executorOptions.sourceSchema = outcome.source.snapshot.schema;
    executorOptions.forceSchema = selection.force;
    executorOptions.normalizer = readOptions.normalizer;
    if (!executorOptions.simulate) {
        executorOptions.backupFolder =
            parser.isSet(backupDir) ? parser.value(backupDir) : defaultBackupFolder();
    }
    return applyPlan(client, plan, executorOptions);
}

int CliApplication::runRestore(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Plan and simulate: sends only reads."));
    const QCommandLineOption confirm(QStringLiteral("confirm"), tr("The protected target's name."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption tokenEnv(QStringLiteral("token-env"),
                                      tr("Token variable of the target."), QStringLiteral("VAR"));
    parser.addOptions({dryRun, confirm, tokenEnv});
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usage(tr("restore takes a backup folder and a target."));
    QString message;
    const auto backup = PushBackup::read(positional.at(0), &message);
    if (!backup)
        return error(message);
    const SideSpec targetSpec = SideSpec::parse(positional.at(1));
    if (targetSpec.kind != SideSpec::Kind::Instance && targetSpec.kind != SideSpec::Kind::Profile)
        return error(tr("The target of a restore must be an instance."));
    auto connection = connect(targetSpec, parser.value(tokenEnv), &message);
    if (!connection)
        return error(message);
    RestorePreparer preparer(connection->client.get());
    const RestorePreparation preparation =
        waitFor(preparer, &RestorePreparer::finished, [&] { preparer.start(*backup); });
    if (!preparation.ok)
        return error(preparation.error);
    m_out << preparation.plan.describe() << '\n';
    if (!preparation.plan.canApply())
        return error(preparation.plan.errors.join(QLatin1Char(' ')));
    if (preparation.plan.isEmpty()) {
        m_out << tr("Nothing to restore: the target already matches the backup.") << '\n';
        return Ok;
    }
    if (connection->isProtected && parser.value(confirm) != connection->name &&
        !parser.isSet(dryRun))
        return error(tr("\"%1\" is protected: repeat its name with --confirm \"%1\" to apply.")
                         .arg(connection->name));
    PushExecutorOptions options;
    options.simulate = parser.isSet(dryRun);
    options.targetName = connection->name;
    options.sourceSchema = backup->schema;
    if (!options.simulate)
        options.backupFolder =
            positional.at(0) + QStringLiteral("-before-restore-") +
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    return applyPlan(connection->client.get(), preparation.plan, options);
}

int CliApplication::runMapping(const QString &command, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption syncId(QStringLiteral("sync-id"), tr("The SyncID to give (track)."),
                                    QStringLiteral("ID"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Show the plan, write nothing."));
    const QCommandLineOption confirm(QStringLiteral("confirm"),
                                     tr("The protected instance's name."), QStringLiteral("NAME"));
    const QCommandLineOption tokenEnv(QStringLiteral("token-env"), tr("Token variable."),
                                      QStringLiteral("VAR"));
    parser.addOptions({syncId, dryRun, confirm, tokenEnv});
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    const int expected = command == QLatin1String("adopt") ? 3 : 2;
    if (positional.size() != expected)
        return usage(command == QLatin1String("adopt")
                         ? tr("adopt takes an instance, collection/localId and the source SyncID.")
                         : tr("%1 takes an instance and collection/localId.").arg(command));
    const ItemRef item = ItemRef::parse(positional.at(1));
    if (item.collection.isEmpty() || item.syncId.isEmpty() ||
        !CollectionDescriptor::find(item.collection))
        return error(tr("\"%1\" is not an item: use collection/localId (e.g. roles/7f3c…).")
                         .arg(positional.at(1)));
    const SideSpec spec = SideSpec::parse(positional.at(0));
    if (spec.kind != SideSpec::Kind::Instance && spec.kind != SideSpec::Kind::Profile)
        return error(tr("%1 works on an instance (a URL or a saved connection).").arg(command));
    QString message;
    auto connection = connect(spec, parser.value(tokenEnv), &message);
    if (!connection)
        return error(message);
    // item.syncId holds the local id here: the same "collection/id" syntax as push.
    const PushPlan plan =
        command == QLatin1String("track")
            ? MappingActions::track(item.collection, item.syncId, parser.value(syncId))
        : command == QLatin1String("untrack")
            ? MappingActions::untrack(item.collection, item.syncId)
            : MappingActions::adopt(item.collection, item.syncId, positional.at(2));
    m_out << plan.describe() << '\n';
    if (!plan.canApply())
        return error(plan.errors.join(QLatin1Char(' ')));
    if (connection->isProtected && parser.value(confirm) != connection->name &&
        !parser.isSet(dryRun))
        return error(tr("\"%1\" is protected: repeat its name with --confirm \"%1\" to apply.")
                         .arg(connection->name));
    PushExecutorOptions options;
    options.simulate = parser.isSet(dryRun);
    options.targetName = connection->name;
    if (!options.simulate)
        options.backupFolder = defaultBackupFolder();
    return applyPlan(connection->client.get(), plan, options);
}

int CliApplication::runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("side"), tr("Instance, folder or connection."));
    parser.addPositionalArgument(QStringLiteral("folder"), tr("The dump folder to write."));
    const QCommandLineOption sortJson(QStringLiteral("sort-json"),
                                      tr("Sort keys (as --sort-json)."));
    const QCommandLineOption noSplit(QStringLiteral("no-split"), tr("One snapshot.json."));
    const QCommandLineOption noSpecs(QStringLiteral("no-specs"), tr("Do not write specs/."));
    const QCommandLineOption noSnapshot(QStringLiteral("no-snapshot"),
                                        tr("Do not write snapshot/."));
    const QCommandLineOption collections(QStringLiteral("collections"),
                                         tr("Only these collections (comma-separated)."),
                                         QStringLiteral("a,b"));
    const QCommandLineOption trackUntracked(QStringLiteral("track-untracked"),
                                            tr("Give untracked items a SyncID first (writes "
                                               "mapping rows on the instance)."));
    const QCommandLineOption tokenEnv(QStringLiteral("token-env"),
                                      tr("Environment variable holding the token."),
                                      QStringLiteral("VAR"));
    const QCommandLineOption commit(QStringLiteral("commit"),
                                    tr("Commit the folder (only it) with your git afterwards."));
    const QCommandLineOption commitMessage(QStringLiteral("message"), tr("The commit message."),
                                           QStringLiteral("text"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   tr("Export although the folder has uncommitted changes."));
    const QCommandLineOption confirm(
        QStringLiteral("confirm"),
        tr("The protected instance's name (--track-untracked writes to it)."),
        QStringLiteral("NAME"));
    parser.addOptions({sortJson, noSplit, noSpecs, noSnapshot, collections, trackUntracked,
                       tokenEnv, commit, commitMessage, force, confirm});
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    // parse() takes the first argument as the program name: here, the command.
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usage(tr("export takes a side and a folder."));
    const SideSpec side = SideSpec::parse(positional.at(0));
    const bool isInstance =
        side.kind == SideSpec::Kind::Instance || side.kind == SideSpec::Kind::Profile;
    if (parser.isSet(trackUntracked) && !isInstance)
        return usage(tr("--track-untracked works on an instance (a URL or a saved connection): "
                        "a folder has no mapping table."));
    const QString folder = positional.at(1);
    QStringList only;
    if (parser.isSet(collections)) {
        only = parser.value(collections).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &name : std::as_const(only))
            if (!CollectionDescriptor::find(name))
                return error(
                    tr("Unknown collection \"%1\". Tracked collections: %2.")
                        .arg(name, CollectionDescriptor::names().join(QStringLiteral(", "))));
    }

    ConfigSnapshot snapshot;
    SpecTexts specs;
    QString message;
    if (isInstance) {
        auto connection = connect(side, parser.value(tokenEnv), &message);
        if (!connection)
            return error(message);
        InstanceReadOptions options;
        options.collections = only;
        options.schema = !parser.isSet(noSnapshot);
        options.specs = !parser.isSet(noSpecs);
        auto read = readInstance(connection->client.get(), options, &message);
        if (!read)
            return error(tr("%1: %2").arg(connection->name, message));
        if (parser.isSet(trackUntracked)) {
            // As directus-sync pull does: a mapping row per untracked item (the predictable
            // SyncID where pull would use one, else a random one from the extension), through
            // the executor (drift check, backup, report), then read again.
            const PushPlan plan = MappingActions::trackUntracked(read->snapshot);
            if (!plan.isEmpty()) {
                if (connection->isProtected && parser.value(confirm) != connection->name)
                    return error(tr("\"%1\" is protected: --track-untracked writes mapping rows "
                                    "to it; repeat its name with --confirm \"%1\".")
                                     .arg(connection->name));
                PushExecutorOptions executorOptions;
                executorOptions.targetName = connection->name;
                executorOptions.backupFolder = defaultBackupFolder();
                const int tracked = applyPlan(connection->client.get(), plan, executorOptions);
                if (tracked != Ok)
                    return tracked;
                read = readInstance(connection->client.get(), options, &message);
                if (!read)
                    return error(tr("%1: %2").arg(connection->name, message));
            }
        }
        snapshot = read->snapshot;
        if (options.specs) {
            specs.itemGraphql = read->specItemGraphql;
            specs.systemGraphql = read->specSystemGraphql;
            specs.openApiJson = read->specOpenApi;
        }
    } else if (side.kind == SideSpec::Kind::Folder) {
        DumpReadError readError;
        const auto read = DumpFolderReader::read(side.path, {}, &readError);
        if (!read)
            return error(readError.message);
        snapshot = *read;
    } else {
        GitRevisionReadError readError;
        const auto read = GitRevisionReader::readFolder(side.path, side.revision, {}, &readError);
        if (!read)
            return error(readError.message);
        snapshot = *read;
    }

    // Untracked items have no SyncID yet: they are left out, and the user is told how many.
    QStringList untracked;
    for (const MappingActions::UntrackedCount &count : MappingActions::untrackedCounts(snapshot))
        untracked << QStringLiteral("%1 %2").arg(count.count).arg(count.collection);
    if (!untracked.isEmpty())
        m_err << "syncstudio-cli: "
              << tr("warning: untracked items left out (no SyncID yet): %1. Track them with "
                    "--track-untracked or `directus-sync pull`.")
                     .arg(untracked.join(QStringLiteral(", ")))
              << '\n';

    DumpWriteOptions options;
    options.split = !parser.isSet(noSplit);
    options.sortJson = parser.isSet(sortJson);
    options.snapshot = !parser.isSet(noSnapshot) && snapshot.schema.has_value();
    options.specs = !parser.isSet(noSpecs) && side.kind != SideSpec::Kind::Folder;
    options.collections = only;
    options.skipUntracked = true;
    if (parser.isSet(commit)) {
        ProcessGitRepository git(folder);
        GitSnapshotExport exporter(&git, folder);
        GitExportOptions gitOptions;
        gitOptions.write = options;
        gitOptions.force = parser.isSet(force);
        gitOptions.sourceLabel = side.displayName();
        const GitExportResult result =
            exporter.run(snapshot, specs, gitOptions, parser.value(commitMessage));
        for (const QString &warning : result.warnings)
            m_err << "syncstudio-cli: " << tr("warning: %1").arg(warning) << '\n';
        switch (result.outcome) {
        case GitExportResult::Outcome::NoChanges:
            m_out << tr("No changes: %1 matches the last commit.").arg(folder) << '\n';
            return Ok;
        case GitExportResult::Outcome::Committed:
            for (const QString &line : result.changes.summaryLines())
                m_out << "  " << line << '\n';
            m_out << tr("Committed %1 as %2").arg(folder, result.commit.left(12)) << '\n';
            return Ok;
        case GitExportResult::Outcome::DirtyFolder:
            return error(result.error + QLatin1Char(' ') +
                         tr("Use --force to export and commit anyway."));
        default:
            return error(result.error.isEmpty() ? tr("The export to git failed.") : result.error);
        }
    }
    if (!DumpFolderWriter::write(folder, snapshot, specs, options, &message))
        return error(message);
    m_out << tr("Exported %1 to %2").arg(side.displayName(), folder) << '\n';
    return Ok;
}

} // namespace syncstudio
