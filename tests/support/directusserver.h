#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace syncstudio::test {

// A real Directus instance for one test, started by scripts/directus-start from a cached
// template (seconds) and stopped by its recorded PID when the object dies. The PID is also
// recorded in SYNCSTUDIO_RUN_DIR so scripts/test stops it even if the test process is killed.
class DirectusServer final
{
public:
    struct Options
    {
        int version = 11;
        bool extension = true;
        QStringList env; // extra KEY=VALUE lines, e.g. QUERY_LIMIT_MAX=50
        // Start on a copy of this instance's data (stop it first for a consistent copy).
        QString copyDataFrom;
    };

    // Starts an instance; on failure returns nullptr and sets *error (QVERIFY2 it).
    static std::unique_ptr<DirectusServer> start(const Options &options, QString *error);
    // An already running instance described in servers.env (written by the CTest fixture) under
    // PREFIX_URL, PREFIX_TOKEN, ...; nullptr when the fixture did not provide it. Not stopped on
    // destruction: the fixture owns it.
    static std::unique_ptr<DirectusServer> shared(const QString &prefix, QString *error);

    ~DirectusServer();
    DirectusServer(const DirectusServer &) = delete;
    DirectusServer &operator=(const DirectusServer &) = delete;

    QUrl url() const { return m_url; }
    QString token() const { return m_token; }
    QString email() const { return m_email; }
    QString password() const { return m_password; }
    QString dataDir() const { return m_dataDir; }
    qint64 pid() const { return m_pid; }
    int version() const { return m_version; }

    // Stops the server (SIGTERM, then SIGKILL after 5 s) by PID; idempotent.
    void stop();
    // Lets the server outlive this object (scripts/run --demo): it is no longer stopped on
    // destruction and its data stays; stop it by its PID, recorded in SYNCSTUDIO_RUN_DIR.
    void release();
    // Restarts on the same data and port (e.g. after the database was changed behind its back).
    bool restart(QString *error);

private:
    DirectusServer() = default;
    bool launch(const QStringList &arguments, QString *error);

    QUrl m_url;
    QString m_token;
    QString m_email;
    QString m_password;
    QString m_dataDir;
    qint64 m_pid = 0;
    int m_version = 11;
    bool m_owned = true;
    std::unique_ptr<QTemporaryDir> m_copy;
    Options m_options;
};

} // namespace syncstudio::test
