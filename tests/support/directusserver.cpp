#include "directusserver.h"

#include "testenvironment.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <sys/types.h>

namespace syncstudio::test {

namespace {

QHash<QString, QString> parseAssignments(const QByteArray &text)
{
    QHash<QString, QString> values;
    const QList<QByteArray> lines = text.split('\n');
    for (const QByteArray &line : lines) {
        const int eq = line.indexOf('=');
        if (eq > 0)
            values.insert(QString::fromUtf8(line.left(eq)).trimmed(),
                          QString::fromUtf8(line.mid(eq + 1)).trimmed());
    }
    return values;
}

bool processAlive(qint64 pid)
{
    return pid > 0 && ::kill(static_cast<pid_t>(pid), 0) == 0;
}

} // namespace

std::unique_ptr<DirectusServer> DirectusServer::start(const Options &options, QString *error)
{
    std::unique_ptr<DirectusServer> server(new DirectusServer);
    server->m_options = options;
    QStringList arguments{QStringLiteral("--version"), QString::number(options.version)};
    if (!options.extension)
        arguments << QStringLiteral("--no-extension");
    for (const QString &kv : options.env)
        arguments << QStringLiteral("--env") << kv;
    if (!options.copyDataFrom.isEmpty()) {
        server->m_copy = std::make_unique<QTemporaryDir>();
        const QString target = server->m_copy->path();
        for (const char *name : {"data.db", "key", "secret"}) {
            const QString file = QString::fromLatin1(name);
            if (!QFile::copy(options.copyDataFrom + QLatin1Char('/') + file,
                             target + QLatin1Char('/') + file)) {
                if (error)
                    *error =
                        QStringLiteral("cannot copy %1 from %2").arg(file, options.copyDataFrom);
                return nullptr;
            }
        }
        arguments << QStringLiteral("--data") << target;
    }
    if (!server->launch(arguments, error))
        return nullptr;
    return server;
}

bool DirectusServer::launch(const QStringList &arguments, QString *error)
{
    QProcess process;
    process.setProgram(TestEnvironment::sourceDir() + QStringLiteral("/scripts/directus-start"));
    process.setArguments(arguments);
    process.start();
    if (!process.waitForFinished(240000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("directus-start failed: %1")
                         .arg(QString::fromUtf8(process.readAllStandardError().right(2000)));
        return false;
    }
    const auto values = parseAssignments(process.readAllStandardOutput());
    m_url = QUrl(values.value(QStringLiteral("SS_URL")));
    m_token = values.value(QStringLiteral("SS_TOKEN"));
    m_pid = values.value(QStringLiteral("SS_PID")).toLongLong();
    m_dataDir = values.value(QStringLiteral("SS_DATA"));
    m_version = values.value(QStringLiteral("SS_VERSION")).toInt();
    m_email = values.value(QStringLiteral("SS_EMAIL"));
    m_password = values.value(QStringLiteral("SS_PASSWORD"));
    if (!m_url.isValid() || m_pid <= 0) {
        if (error)
            *error = QStringLiteral("directus-start printed no URL/PID");
        return false;
    }
    return true;
}

std::unique_ptr<DirectusServer> DirectusServer::shared(const QString &prefix, QString *error)
{
    const QString path = qEnvironmentVariable("SYNCSTUDIO_SERVERS_ENV");
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("no servers.env at '%1': run through ctest so the servers "
                                    "fixture starts the shared instances")
                         .arg(path);
        return nullptr;
    }
    const auto values = parseAssignments(file.readAll());
    const QString url = values.value(prefix + QStringLiteral("_URL"));
    if (url.isEmpty()) {
        if (error)
            *error = QStringLiteral("servers.env has no %1_URL").arg(prefix);
        return nullptr;
    }
    std::unique_ptr<DirectusServer> server(new DirectusServer);
    server->m_owned = false;
    server->m_url = QUrl(url);
    server->m_token = values.value(prefix + QStringLiteral("_TOKEN"));
    server->m_pid = values.value(prefix + QStringLiteral("_PID")).toLongLong();
    server->m_dataDir = values.value(prefix + QStringLiteral("_DATA"));
    server->m_version = values.value(prefix + QStringLiteral("_VERSION")).toInt();
    server->m_email = values.value(prefix + QStringLiteral("_EMAIL"));
    server->m_password = values.value(prefix + QStringLiteral("_PASSWORD"));
    return server;
}

void DirectusServer::release()
{
    m_owned = false;
    if (m_copy)
        m_copy->setAutoRemove(false);
}

DirectusServer::~DirectusServer()
{
    if (m_owned)
        stop();
}

void DirectusServer::stop()
{
    if (!processAlive(m_pid))
        return;
    ::kill(static_cast<pid_t>(m_pid), SIGTERM);
    QDeadlineTimer deadline(5000);
    while (processAlive(m_pid) && !deadline.hasExpired())
        QThread::msleep(50);
    if (processAlive(m_pid))
        ::kill(static_cast<pid_t>(m_pid), SIGKILL);
    // The start script recorded the PID for scripts/test's EXIT trap; it is stopped now.
    const QString runDir = qEnvironmentVariable("SYNCSTUDIO_RUN_DIR");
    if (!runDir.isEmpty())
        QFile::remove(runDir + QStringLiteral("/pids/") + QString::number(m_pid));
}

bool DirectusServer::restart(QString *error)
{
    stop();
    QStringList arguments{QStringLiteral("--version"), QString::number(m_version),
                          QStringLiteral("--data"),    m_dataDir,
                          QStringLiteral("--port"),    QString::number(m_url.port())};
    if (!m_options.extension)
        arguments << QStringLiteral("--no-extension");
    for (const QString &kv : m_options.env)
        arguments << QStringLiteral("--env") << kv;
    return launch(arguments, error);
}

} // namespace syncstudio::test
