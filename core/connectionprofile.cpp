#include "connectionprofile.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUuid>

namespace syncstudio {

ConnectionProfile ConnectionProfile::create(const QString &name, const QUrl &url)
{
    ConnectionProfile profile;
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.name = name;
    profile.url = url;
    return profile;
}

Credentials ConnectionProfile::credentials(const QString &secret) const
{
    return authKind == Credentials::Kind::StaticToken ? Credentials::fromToken(secret)
                                                      : Credentials::fromPassword(email, secret);
}

bool ConnectionProfile::operator==(const ConnectionProfile &other) const
{
    return id == other.id && name == other.name && url == other.url && authKind == other.authKind &&
           email == other.email && color == other.color && isProtected == other.isProtected &&
           allowUntestedVersion == other.allowUntestedVersion;
}

QUrl ConnectionUrl::normalise(const QString &text, QString *error)
{
    auto fail = [error](const char *message) {
        if (error)
            *error = QCoreApplication::translate("syncstudio::ConnectionUrl", message);
        return QUrl();
    };
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail("Enter the URL of the Directus instance, e.g. https://cms.example.com.");
    QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return fail("This is not a valid URL.");
    const QString scheme = url.scheme().toLower();
    if (scheme.isEmpty())
        return fail("The URL needs a scheme: start it with https:// or http://.");
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return fail("Only http:// and https:// URLs are supported.");
    if (url.host().isEmpty())
        return fail("The URL has no host name.");
    if (!url.userName().isEmpty() || !url.password().isEmpty())
        return fail("Do not put credentials in the URL: enter the token or the email and "
                    "password in their own fields, where they are stored in the system keyring.");
    if (url.hasQuery() || url.hasFragment())
        return fail("The URL must not contain a query (?…) or a fragment (#…).");
    url.setScheme(scheme);
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    return url;
}

bool ConnectionUrl::isInsecureRemote(const QUrl &url)
{
    if (url.scheme() != QLatin1String("http"))
        return false;
    const QString host = url.host();
    if (host == QLatin1String("localhost"))
        return false;
    const QHostAddress address(host);
    return address.isNull() || !address.isLoopback();
}

} // namespace syncstudio
