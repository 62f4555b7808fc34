#include "credentials.h"

namespace syncstudio {

Credentials Credentials::fromToken(const QString &token)
{
    Credentials c;
    c.kind = Kind::StaticToken;
    c.token = token;
    return c;
}

Credentials Credentials::fromPassword(const QString &email, const QString &password)
{
    Credentials c;
    c.kind = Kind::Password;
    c.email = email;
    c.password = password;
    return c;
}

bool Credentials::isComplete() const
{
    return kind == Kind::StaticToken ? !token.isEmpty() : !email.isEmpty() && !password.isEmpty();
}

} // namespace syncstudio
