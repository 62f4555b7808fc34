#pragma once

#include "credentials.h"
#include "directusclient.h"

#include <QDateTime>
#include <QList>
#include <QNetworkAccessManager>
#include <QPointer>

class QNetworkReply;

namespace syncstudio {

// DirectusClient over QNetworkAccessManager. Static tokens are sent as Bearer; email/password
// logs in with POST /auth/login, refreshes with POST /auth/refresh shortly before expiry, and on
// a 401 refreshes once and sends once more. Reads (ApiRequest::retryable) are retried at most
// three times on transient failures, honouring Retry-After up to 30 s; writes never are.
class HttpDirectusClient final : public DirectusClient
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpDirectusClient)

public:
    HttpDirectusClient(const QUrl &baseUrl, const Credentials &credentials,
                       QObject *parent = nullptr);
    ~HttpDirectusClient() override;

    QUrl baseUrl() const override { return m_baseUrl; }
    void send(const ApiRequest &request, QObject *context, Callback callback) override;
    void cancelAll() override;

    void setTransferTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    void setMaxAttempts(int attempts) { m_maxAttempts = attempts; }
    // Upper bound for honouring Retry-After / backoff (tests shorten it).
    void setMaxRetryDelay(int milliseconds) { m_maxRetryDelayMs = milliseconds; }

private:
    struct Pending
    {
        ApiRequest request;
        QPointer<QObject> context;
        bool hasContext = false;
        Callback callback;
        int attempts = 0;
        bool reauthenticated = false;
    };

    bool needsSession() const;
    void startAuthentication();
    void onAuthenticationFinished(const ApiResponse &response, bool wasRefresh);
    void dispatch(Pending pending);
    // received: the body read so far (see dispatch()).
    void finish(Pending pending, QNetworkReply *reply, QByteArray received);
    void deliver(const Pending &pending, ApiResponse response);
    QUrl urlFor(const ApiRequest &request) const;
    ApiResponse responseFrom(const Pending &pending, QNetworkReply *reply,
                             QByteArray received) const;

    QUrl m_baseUrl;
    Credentials m_credentials;
    QNetworkAccessManager m_nam;
    QString m_accessToken;
    QString m_refreshToken;
    QDateTime m_expiresAt;
    qint64 m_lifetimeMs = 0;   // of the current access token ("expires" of the last login/refresh)
    bool m_hadSession = false; // a login succeeded once: a later 401 on login means "expired"
    bool m_authenticating = false;
    QList<Pending> m_waitingForAuth;
    QList<QNetworkReply *> m_inFlight;
    int m_timeoutMs = 60000;
    int m_maxAttempts = 3;
    int m_maxRetryDelayMs = 30000;
    quint64 m_generation = 0; // bumped by cancelAll(): late retries of old requests are dropped
};

} // namespace syncstudio
