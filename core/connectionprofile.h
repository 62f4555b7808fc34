#pragma once

#include "credentials.h"

#include <QString>
#include <QUrl>

namespace syncstudio {

// A named connection to one Directus instance. Holds no secret: the token or password lives in
// the TokenStore under secretKey().
struct ConnectionProfile
{
    QString id;   // stable, generated (UUID without braces)
    QString name; // "Production"
    QUrl url;     // https://cms.example.com (may carry a path prefix)
    Credentials::Kind authKind = Credentials::Kind::StaticToken;
    QString email;            // for Credentials::Kind::Password
    QString color;            // "#d32f2f"; the colour tag shown on the side pickers
    bool isProtected = false; // production: a push needs the name typed
    bool allowUntestedVersion = false;

    static ConnectionProfile create(const QString &name, const QUrl &url);
    QString secretKey() const { return QStringLiteral("syncstudio/connection/") + id; }
    // Builds credentials from the secret (token or password) kept in the TokenStore.
    Credentials credentials(const QString &secret) const;

    bool operator==(const ConnectionProfile &other) const;
    bool operator!=(const ConnectionProfile &other) const { return !(*this == other); }
};

// Validates a connection URL as typed by a user; returns the normalised URL or an error message.
// Rules: http or https only, a host, no credentials in the URL, no query or fragment; trailing
// slashes are removed. Plain http to a non-loopback host is allowed but flagged by
// isInsecureRemote(), so the UI can warn before a token is sent.
class ConnectionUrl final
{
public:
    static QUrl normalise(const QString &text, QString *error);
    static bool isInsecureRemote(const QUrl &url);
};

} // namespace syncstudio
