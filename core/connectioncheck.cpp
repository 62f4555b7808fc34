#include "connectioncheck.h"

#include "directusclient.h"

namespace syncstudio {

namespace {

ConnectionCheckResult::Failure classify(const ApiResponse &response)
{
    switch (response.error) {
    case ApiResponse::Error::Network:
    case ApiResponse::Error::Timeout:
    case ApiResponse::Error::Canceled:
        return ConnectionCheckResult::Failure::Unreachable;
    case ApiResponse::Error::Authentication:
        return ConnectionCheckResult::Failure::BadCredentials;
    case ApiResponse::Error::InvalidBody:
        return ConnectionCheckResult::Failure::NotDirectus;
    case ApiResponse::Error::Http:
        if (response.status == 401)
            return ConnectionCheckResult::Failure::BadCredentials;
        if (response.status == 404)
            return ConnectionCheckResult::Failure::NotDirectus;
        return ConnectionCheckResult::Failure::ServerError;
    case ApiResponse::Error::None:
        break;
    }
    return ConnectionCheckResult::Failure::None;
}

} // namespace

QString ConnectionCheckResult::summary() const
{
    if (!ok())
        return message;
    return tr("Directus %1 · %2 · %3")
        .arg(version.text(), admin ? tr("admin") : tr("not admin"),
             extensionInstalled ? tr("sync extension installed") : tr("sync extension missing"));
}

ConnectionCheck::ConnectionCheck(DirectusClient *client, bool allowUntestedVersion, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_allowUntested(allowUntestedVersion)
{}

void ConnectionCheck::fail(ConnectionCheckResult::Failure failure, const QString &message)
{
    m_result.failure = failure;
    m_result.message = message;
    emit finished(m_result);
}

void ConnectionCheck::start()
{
    m_result = {};
    m_client->send(
        ApiRequest::get(QStringLiteral("/users/me"),
                        {{QStringLiteral("fields"), QStringLiteral("id,email,role")}}),
        this, [this](const ApiResponse &response) {
            if (!response.ok()) {
                const auto failure = classify(response);
                QString message = response.message;
                if (failure == ConnectionCheckResult::Failure::NotDirectus)
                    message = tr("%1 does not look like a Directus API (GET /users/me: "
                                 "%2). Check the URL.")
                                  .arg(m_client->baseUrl().toDisplayString(QUrl::RemoveUserInfo),
                                       response.message);
                fail(failure, message);
                return;
            }
            QString error;
            const auto data = response.data(&error);
            if (!data || !data->isObject()) {
                fail(ConnectionCheckResult::Failure::NotDirectus,
                     tr("%1 does not look like a Directus API: %2")
                         .arg(m_client->baseUrl().toDisplayString(QUrl::RemoveUserInfo), error));
                return;
            }
            const JsonObject me = data->toObject();
            m_result.userId = me.value(QStringLiteral("id")).toScalarText();
            m_result.userEmail = me.value(QStringLiteral("email")).toString();
            const JsonValue role = me.value(QStringLiteral("role"));
            m_result.roleId = role.isNull() ? QString() : role.toScalarText();
            checkAdmin();
        });
}

void ConnectionCheck::checkAdmin()
{
    m_client->send(
        ApiRequest::get(QStringLiteral("/policies/me/globals")), this,
        [this](const ApiResponse &response) {
            if (!response.ok()) {
                fail(classify(response), response.message);
                return;
            }
            QString error;
            const auto data = response.data(&error);
            m_result.admin =
                data && data->toObject().value(QStringLiteral("admin_access")).toBool();
            if (!m_result.admin) {
                fail(ConnectionCheckResult::Failure::NotAdmin,
                     tr("The user %1 has no admin access. Sync Studio needs an admin "
                        "token (the sync extension and the schema endpoints are "
                        "admin-only).")
                         .arg(m_result.userEmail.isEmpty() ? m_result.userId : m_result.userEmail));
                return;
            }
            checkVersion();
        });
}

void ConnectionCheck::checkVersion()
{
    m_client->send(
        ApiRequest::get(QStringLiteral("/server/info")), this, [this](const ApiResponse &response) {
            if (!response.ok()) {
                fail(classify(response), response.message);
                return;
            }
            QString error;
            const auto data = response.data(&error);
            if (!data) {
                fail(ConnectionCheckResult::Failure::NotDirectus, error);
                return;
            }
            const JsonObject info = data->toObject();
            m_result.version =
                DirectusVersion::parse(info.value(QStringLiteral("version")).toScalarText());
            if (const JsonValue *limit =
                    info.value(QStringLiteral("queryLimit")).toObject().find(QStringLiteral("max"));
                limit && limit->isNumber())
                m_result.queryLimitMax = int(limit->toNumber());
            if (!info.contains(QStringLiteral("version"))) {
                fail(ConnectionCheckResult::Failure::UnsupportedVersion,
                     tr("The server did not report its version in /server/info; Sync "
                        "Studio cannot tell whether it is supported."));
                return;
            }
            if (!m_result.version.isAllowed(m_allowUntested)) {
                fail(ConnectionCheckResult::Failure::UnsupportedVersion,
                     m_result.version.refusal(m_allowUntested));
                return;
            }
            checkExtension();
        });
}

void ConnectionCheck::checkExtension()
{
    m_client->send(
        ApiRequest::get(
            QStringLiteral("/directus-extension-sync/table/__ping_test__/sync_id/__ping_test__")),
        this, [this](const ApiResponse &response) {
            QString message;
            if (response.status == 404) {
                const auto json = response.json();
                message =
                    json ? json->toObject().value(QStringLiteral("message")).toString() : QString();
            }
            if (response.status == 404 && message == QLatin1String("No id map found")) {
                m_result.extensionInstalled = true;
                emit finished(m_result);
                return;
            }
            if (response.status == 404) {
                fail(ConnectionCheckResult::Failure::ExtensionMissing,
                     tr("The Directus extension directus-extension-sync is not installed on %1. "
                        "Install it (npm package directus-extension-sync 3.x) and restart "
                        "Directus.")
                         .arg(m_client->baseUrl().toDisplayString(QUrl::RemoveUserInfo)));
                return;
            }
            if (!response.ok()) {
                fail(classify(response),
                     tr("Checking directus-extension-sync failed: %1").arg(response.message));
                return;
            }
            fail(ConnectionCheckResult::Failure::ExtensionMissing,
                 tr("directus-extension-sync answered its ping unexpectedly (HTTP %1): an "
                    "incompatible version may be installed.")
                     .arg(response.status));
        });
}

} // namespace syncstudio
