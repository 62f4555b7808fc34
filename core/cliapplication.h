#pragma once

#include "connectioncheck.h"
#include "credentials.h"
#include "instancereader.h"
#include "sidespec.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <optional>

class QCommandLineParser;
class QTextStream;

namespace syncstudio {

class ConfigSide;
class DirectusClient;
class TokenStore;

// syncstudio-cli: the headless face of core (contract: docs in the README). Exit codes: 0 done
// (compare: identical), 1 compare found differences, 2 error — one specific line on stderr.
class CliApplication final
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    enum ExitCode { Ok = 0, Differences = 1, Error = 2 };

    CliApplication(const QStringList &arguments, QTextStream &out, QTextStream &err);
    ~CliApplication();
    int run();

    // Replaces the keyring (tests).
    void setTokenStore(TokenStore *store) { m_tokenStore = store; }

private:
    struct Connection
    {
        std::unique_ptr<DirectusClient> client;
        ConnectionCheckResult check;
        QString name;
        bool isProtected = false;
    };

    int runExport(const QStringList &arguments);
    int runConnections(const QStringList &arguments);
    int runCompare(const QStringList &arguments);
    int runPush(const QStringList &arguments);
    int runRestore(const QStringList &arguments);
    int runMapping(const QString &command, const QStringList &arguments);
    // Runs a plan with PushExecutor (SIGINT cancels between steps) and prints the report.
    int applyPlan(DirectusClient *client, const struct PushPlan &plan,
                  const struct PushExecutorOptions &options);

    // A side opened for reading; instance sides keep their connection (client) alive.
    struct OpenedSide
    {
        std::optional<Connection> connection;
        std::unique_ptr<ConfigSide> side;
    };
    std::optional<OpenedSide> openSide(const SideSpec &spec, const QString &tokenEnv,
                                       const InstanceReadOptions &options, QString *error);
    TokenStore *tokenStore();
    int usage(const QString &message);
    int error(const QString &message);
    void progress(const QString &message);
    // UTF-8 text to the output: straight to its device when it has one (stdout), so a large
    // report is not converted to UTF-16 and back (tens of MB at scale).
    void writeUtf8(const QByteArray &text);
    // Shows a job's progress(done, total, step) signal on a terminal.
    template<typename Job>
    void showProgress(Job &job);

    // Connects to an instance side (URL or profile): credentials, version/admin/extension check.
    std::optional<Connection> connect(const SideSpec &side, const QString &tokenEnv,
                                      QString *error);
    std::optional<InstanceReadResult>
    readInstance(DirectusClient *client, const InstanceReadOptions &options, QString *error);

    QStringList m_arguments;
    QTextStream &m_out;
    QTextStream &m_err;
    TokenStore *m_tokenStore = nullptr;
    std::unique_ptr<TokenStore> m_ownTokenStore;
    bool m_progressToTerminal = false;
};

} // namespace syncstudio
