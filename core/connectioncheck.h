#pragma once

#include "directusversion.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QString>

namespace syncstudio {

class DirectusClient;

// What "Test connection" found, in plain words.
struct ConnectionCheckResult
{
    enum class Failure {
        None,
        Unreachable,    // refused, DNS, TLS, timeout
        NotDirectus,    // answers, but not like a Directus API
        BadCredentials, // 401
        NotAdmin,       // authenticated, but no admin access
        UnsupportedVersion,
        ExtensionMissing, // directus-extension-sync not installed
        ServerError,      // anything else the server said
    };

    Failure failure = Failure::None;
    QString message; // specific, user-facing; empty when ok
    QString userEmail;
    QString userId;
    QString roleId; // the connection user's role: directus-sync's default admin role
    bool admin = false;
    DirectusVersion version;
    bool extensionInstalled = false;
    int queryLimitMax = -1; // server's QUERY_LIMIT_MAX (-1 = unlimited)

    bool ok() const { return failure == Failure::None; }
    // "Directus 11.3.5 · admin · sync extension installed"
    QString summary() const;

private:
    // Its own context: lupdate files summary()'s texts under this struct, not ConnectionCheck.
    Q_DECLARE_TR_FUNCTIONS(syncstudio::ConnectionCheckResult)
};

// Checks a connection, read-only, in this order: who am I (GET /users/me), admin
// (GET /policies/me/globals), version (GET /server/info, authenticated), extension
// (GET /directus-extension-sync/table/__ping_test__/sync_id/__ping_test__ must answer
// 404 {"message":"No id map found"}; any other 404 means it is not installed).
class ConnectionCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionCheck)

public:
    ConnectionCheck(DirectusClient *client, bool allowUntestedVersion, QObject *parent = nullptr);
    void start();

signals:
    void finished(const syncstudio::ConnectionCheckResult &result);

private:
    void checkAdmin();
    void checkVersion();
    void checkExtension();
    void fail(ConnectionCheckResult::Failure failure, const QString &message);

    QPointer<DirectusClient> m_client;
    bool m_allowUntested = false;
    ConnectionCheckResult m_result;
};

} // namespace syncstudio

Q_DECLARE_METATYPE(syncstudio::ConnectionCheckResult)
