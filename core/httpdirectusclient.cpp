#include "httpdirectusclient.h"

#include "jsonreader.h"
#include "jsonwriter.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

namespace syncstudio {

namespace {

// A larger announced Content-Length is not trusted with one allocation: the buffer then grows.
constexpr qint64 kMaxReserveBytes = qint64(256) * 1024 * 1024;

// Directus errors come as {"errors":[{"message","extensions":{"code"}}]}; the sync extension
// answers {"message": ...}.
void parseDirectusError(const QByteArray &body, QString *message, QString *code)
{
    const auto value = JsonReader::parse(body);
    if (!value || !value->isObject())
        return;
    const JsonObject object = value->toObject();
    if (const JsonValue *errors = object.find(QStringLiteral("errors"));
        errors && errors->isArray() && !errors->toArray().isEmpty()) {
        const JsonObject first = errors->toArray().constFirst().toObject();
        *message = first.value(QStringLiteral("message")).toString();
        *code = first.value(QStringLiteral("extensions"))
                    .toObject()
                    .value(QStringLiteral("code"))
                    .toString();
        return;
    }
    *message = object.value(QStringLiteral("message")).toString();
}

// The body of a write, readable once. Qt's HTTP layer sends a request again by itself when the
// connection closes before the answer starts; a write may already have been applied then, so
// its body comes from a device that cannot be rewound: the resend fails instead of happening.
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(const QByteArray &data)
        : m_data(data)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_position + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = qMin(maxSize, qint64(m_data.size()) - m_position);
        memcpy(data, m_data.constData() + m_position, size_t(count));
        m_position += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

bool isTransient(const ApiResponse &response)
{
    if (response.error == ApiResponse::Error::Timeout)
        return true;
    if (response.error == ApiResponse::Error::Network)
        return true;
    if (response.error == ApiResponse::Error::Http)
        return response.status == 429 || response.status == 502 || response.status == 503 ||
               response.status == 504;
    return false;
}

} // namespace

HttpDirectusClient::HttpDirectusClient(const QUrl &baseUrl, const Credentials &credentials,
                                       QObject *parent)
    : DirectusClient(parent)
    , m_baseUrl(baseUrl)
    , m_credentials(credentials)
{
    // Redirects could send the Authorization header to another host: refuse them.
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    if (m_credentials.kind == Credentials::Kind::StaticToken)
        m_accessToken = m_credentials.token;
}

HttpDirectusClient::~HttpDirectusClient()
{
    // Replies are children of the manager; make sure no callback runs during destruction.
    for (QNetworkReply *reply : std::as_const(m_inFlight))
        reply->disconnect(this);
}

QUrl HttpDirectusClient::urlFor(const ApiRequest &request) const
{
    QUrl url = m_baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + request.path);
    if (!request.query.isEmpty()) {
        QUrlQuery query;
        for (const auto &[key, value] : request.query) {
            // Encode everything that has a meaning in a query ourselves; QUrlQuery leaves '+'
            // and '&' inside values alone otherwise.
            query.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(key, "[]")),
                               QString::fromLatin1(QUrl::toPercentEncoding(value, ",*")));
        }
        url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    }
    return url;
}

bool HttpDirectusClient::needsSession() const
{
    if (m_credentials.kind == Credentials::Kind::StaticToken)
        return false;
    if (m_accessToken.isEmpty())
        return true;
    // Refresh a little before expiry so a long read does not start with a dying token; at most a
    // quarter of the token's lifetime early, or a short-lived token (ACCESS_TOKEN_TTL=5s) would
    // be refreshed before every single request.
    const qint64 margin = qMin<qint64>(15000, m_lifetimeMs / 4);
    return m_expiresAt.isValid() && QDateTime::currentDateTimeUtc().msecsTo(m_expiresAt) < margin;
}

void HttpDirectusClient::send(const ApiRequest &request, QObject *context, Callback callback)
{
    Pending pending;
    pending.request = request;
    pending.context = context;
    pending.hasContext = context != nullptr;
    pending.callback = std::move(callback);
    if (needsSession()) {
        m_waitingForAuth.append(std::move(pending));
        startAuthentication();
        return;
    }
    dispatch(std::move(pending));
}

void HttpDirectusClient::startAuthentication()
{
    if (m_authenticating)
        return;
    m_authenticating = true;
    const bool refresh = !m_refreshToken.isEmpty();
    JsonObject body;
    if (refresh) {
        body.insert(QStringLiteral("refresh_token"), m_refreshToken);
    } else {
        body.insert(QStringLiteral("email"), m_credentials.email);
        body.insert(QStringLiteral("password"), m_credentials.password);
    }
    body.insert(QStringLiteral("mode"), QStringLiteral("json"));
    Pending pending;
    pending.request = ApiRequest::write(
        "POST", refresh ? QStringLiteral("/auth/refresh") : QStringLiteral("/auth/login"),
        JsonWriter::stringify(body, 0));
    pending.callback = [this, refresh](const ApiResponse &response) {
        onAuthenticationFinished(response, refresh);
    };
    m_accessToken.clear();
    dispatch(std::move(pending));
}

void HttpDirectusClient::onAuthenticationFinished(const ApiResponse &response, bool wasRefresh)
{
    m_authenticating = false;
    if (!response.ok() && wasRefresh && response.error == ApiResponse::Error::Http) {
        // An expired or revoked refresh token: log in from scratch once.
        m_refreshToken.clear();
        startAuthentication();
        return;
    }
    QString parseError;
    const auto data = response.ok() ? response.data(&parseError) : std::nullopt;
    const QString token =
        data ? data->toObject().value(QStringLiteral("access_token")).toString() : QString();
    if (token.isEmpty()) {
        ApiResponse failure = response;
        failure.error = ApiResponse::Error::Authentication;
        if (response.status == 401 && m_hadSession)
            // The session ran out (or was revoked) and neither refresh nor a new login worked:
            // say so, rather than suggest the password was mistyped in the first place.
            failure.message =
                tr("The login expired and logging in again failed: the server "
                   "rejected the email or password (%1).")
                    .arg(response.code.isEmpty() ? QStringLiteral("401") : response.code);
        else if (response.status == 401)
            failure.message =
                tr("Login failed: the server rejected the email or password (%1).")
                    .arg(response.code.isEmpty() ? QStringLiteral("401") : response.code);
        else if (!response.ok())
            failure.message = tr("Login failed: %1").arg(response.message);
        else
            failure.message =
                tr("Login failed: the server's answer had no access token. %1").arg(parseError);
        const QList<Pending> waiting = std::exchange(m_waitingForAuth, {});
        for (const Pending &p : waiting) {
            ApiResponse r = failure;
            r.requestText = p.request.describe();
            deliver(p, r);
        }
        return;
    }
    m_accessToken = token;
    m_refreshToken = data->toObject().value(QStringLiteral("refresh_token")).toString();
    const double expiresMs = data->toObject().value(QStringLiteral("expires")).toNumber(0);
    m_lifetimeMs = qint64(expiresMs);
    m_expiresAt =
        expiresMs > 0 ? QDateTime::currentDateTimeUtc().addMSecs(qint64(expiresMs)) : QDateTime();
    m_hadSession = true;
    const QList<Pending> waiting = std::exchange(m_waitingForAuth, {});
    for (const Pending &p : waiting)
        dispatch(p);
}

void HttpDirectusClient::dispatch(Pending pending)
{
    if (pending.hasContext && !pending.context)
        return; // the requester is gone
    QNetworkRequest request(urlFor(pending.request));
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "application/json");
    if (!pending.request.body.isEmpty() || pending.request.method != "GET")
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    const bool isAuthCall = pending.request.path.startsWith(QLatin1String("/auth/"));
    if (!isAuthCall && !m_accessToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_accessToken.toUtf8());
    ++pending.attempts;
    emit requestSent(pending.request.method, pending.request.path);
    QNetworkReply *reply = nullptr;
    if (pending.request.body.isEmpty() && pending.request.method == "GET") {
        reply = m_nam.get(request);
    } else if (pending.request.retryable) {
        reply = m_nam.sendCustomRequest(request, pending.request.method, pending.request.body);
    } else {
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, pending.request.body.size());
        auto *body = new OneShotBody(pending.request.body);
        reply = m_nam.sendCustomRequest(request, pending.request.method, body);
        body->setParent(reply);
    }
    m_inFlight.append(reply);
    // The body is taken as it arrives, into one buffer sized from Content-Length: a readAll() of
    // a finished 30 MB answer copied it at once on the thread the client lives in (the GUI
    // thread of the app), a visible stall; read in pieces, the same copying is spread out.
    auto body = std::make_shared<QByteArray>();
    connect(reply, &QNetworkReply::readyRead, this, [reply, body]() {
        const qint64 available = reply->bytesAvailable();
        if (available <= 0)
            return;
        if (body->isEmpty()) {
            const qint64 announced =
                reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
            if (announced > 0 && announced <= kMaxReserveBytes)
                body->reserve(qsizetype(announced));
        }
        const qsizetype old = body->size();
        body->resize(old + qsizetype(available));
        const qint64 got = reply->read(body->data() + old, available);
        body->resize(old + qsizetype(qMax<qint64>(got, 0)));
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, body, pending = std::move(pending)]() mutable {
                m_inFlight.removeOne(reply);
                reply->deleteLater();
                finish(std::move(pending), reply, std::move(*body));
            });
}

ApiResponse HttpDirectusClient::responseFrom(const Pending &pending, QNetworkReply *reply,
                                             QByteArray received) const
{
    ApiResponse response;
    response.requestText = pending.request.describe();
    response.attempts = pending.attempts;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = std::move(received);
    response.body += reply->readAll(); // what arrived after the last readyRead, if anything
    const QString where =
        m_baseUrl.toDisplayString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
    const auto netError = reply->error();

    if (netError == QNetworkReply::OperationCanceledError && response.status == 0) {
        // QNetworkRequest's transfer timeout aborts with OperationCanceledError too.
        if (reply->property("syncstudioCanceled").toBool()) {
            response.error = ApiResponse::Error::Canceled;
            response.message = tr("Cancelled.");
        } else {
            response.error = ApiResponse::Error::Timeout;
            response.message = tr("No answer from %1 within %2 s (%3).")
                                   .arg(where)
                                   .arg(m_timeoutMs / 1000)
                                   .arg(response.requestText);
        }
        return response;
    }
    if (response.status == 0) {
        response.error = ApiResponse::Error::Network;
        switch (netError) {
        case QNetworkReply::ConnectionRefusedError:
            response.message = tr("Connection refused by %1. Is Directus running at this "
                                  "address and port?")
                                   .arg(where);
            break;
        case QNetworkReply::HostNotFoundError:
            response.message = tr("Host not found: %1. Check the URL.").arg(m_baseUrl.host());
            break;
        case QNetworkReply::TimeoutError:
            response.error = ApiResponse::Error::Timeout;
            response.message =
                tr("%1 did not answer in time (%2).").arg(where, response.requestText);
            break;
        case QNetworkReply::SslHandshakeFailedError:
            response.message =
                tr("TLS handshake with %1 failed: %2").arg(where, reply->errorString());
            break;
        case QNetworkReply::RemoteHostClosedError:
            response.message = tr("%1 closed the connection before answering (%2).")
                                   .arg(where, response.requestText);
            break;
        default:
            response.message = tr("Network error talking to %1 (%2): %3")
                                   .arg(where, response.requestText, reply->errorString());
        }
        return response;
    }
    if (response.status >= 300) {
        response.error = ApiResponse::Error::Http;
        QString serverMessage;
        parseDirectusError(response.body, &serverMessage, &response.code);
        const bool isJson = reply->header(QNetworkRequest::ContentTypeHeader)
                                .toString()
                                .contains(QLatin1String("json"));
        if (response.status == 401) {
            response.message =
                response.code == QLatin1String("TOKEN_EXPIRED")
                    ? tr("The session token expired (%1).").arg(response.requestText)
                    : tr("The server rejected the credentials: invalid token or "
                         "email/password (%1: %2).")
                          .arg(response.code.isEmpty() ? QStringLiteral("401") : response.code,
                               serverMessage);
        } else if (response.status == 403) {
            response.message =
                tr("Permission denied for %1: %2")
                    .arg(response.requestText,
                         serverMessage.isEmpty() ? QStringLiteral("403") : serverMessage);
        } else if (response.status >= 300 && response.status < 400) {
            response.message = tr("%1 redirected %2 to %3; use the final URL in the connection.")
                                   .arg(where, response.requestText,
                                        reply->header(QNetworkRequest::LocationHeader).toString());
        } else if (!isJson) {
            response.message = tr("%1 answered %2 with HTTP %3 and a non-JSON body: is this the "
                                  "Directus API URL?")
                                   .arg(where, response.requestText)
                                   .arg(response.status);
        } else {
            response.message = tr("%1 answered %2 with HTTP %3: %4")
                                   .arg(where, response.requestText)
                                   .arg(response.status)
                                   .arg(serverMessage.isEmpty() ? response.code : serverMessage);
        }
        return response;
    }
    if (netError != QNetworkReply::NoError) {
        // A status arrived but the body broke off (reset, truncated).
        response.error = ApiResponse::Error::InvalidBody;
        response.message = tr("The answer of %1 to %2 broke off: %3")
                               .arg(where, response.requestText, reply->errorString());
    }
    return response;
}

void HttpDirectusClient::finish(Pending pending, QNetworkReply *reply, QByteArray received)
{
    ApiResponse response = responseFrom(pending, reply, std::move(received));
    const quint64 generation = m_generation;

    // One refresh (or re-login) and one more try on an expired/invalid session.
    if (response.status == 401 && m_credentials.kind == Credentials::Kind::Password &&
        !pending.reauthenticated && !pending.request.path.startsWith(QLatin1String("/auth/"))) {
        pending.reauthenticated = true;
        pending.attempts = 0;
        m_accessToken.clear();
        m_waitingForAuth.append(std::move(pending));
        startAuthentication();
        return;
    }
    if (pending.request.retryable && isTransient(response) && pending.attempts < m_maxAttempts) {
        int delayMs = 250 << (pending.attempts - 1);
        const QByteArray retryAfter = reply->rawHeader("Retry-After");
        if (!retryAfter.isEmpty()) {
            bool isNumber = false;
            const int seconds = retryAfter.trimmed().toInt(&isNumber);
            if (isNumber)
                delayMs = seconds * 1000;
        }
        delayMs = qBound(0, delayMs, m_maxRetryDelayMs);
        QTimer::singleShot(delayMs, this, [this, pending = std::move(pending), generation]() {
            if (generation == m_generation)
                dispatch(pending);
        });
        return;
    }
    deliver(pending, std::move(response));
}

void HttpDirectusClient::deliver(const Pending &pending, ApiResponse response)
{
    if (pending.hasContext && !pending.context)
        return;
    if (pending.callback)
        pending.callback(response);
}

void HttpDirectusClient::cancelAll()
{
    ++m_generation;
    const QList<Pending> waiting = std::exchange(m_waitingForAuth, {});
    for (const Pending &p : waiting) {
        ApiResponse r;
        r.error = ApiResponse::Error::Canceled;
        r.message = tr("Cancelled.");
        r.requestText = p.request.describe();
        deliver(p, r);
    }
    const QList<QNetworkReply *> replies = m_inFlight;
    for (QNetworkReply *reply : replies) {
        reply->setProperty("syncstudioCanceled", true);
        reply->abort();
    }
}

} // namespace syncstudio
