#pragma once

#include <QString>

namespace syncstudio {

// How a connection authenticates. Deliberately has no QDebug operator and no toString: a secret
// must not end up in a log by accident.
struct Credentials
{
    enum class Kind { StaticToken, Password };

    Kind kind = Kind::StaticToken;
    QString token;    // Kind::StaticToken
    QString email;    // Kind::Password
    QString password; // Kind::Password

    static Credentials fromToken(const QString &token);
    static Credentials fromPassword(const QString &email, const QString &password);
    bool isComplete() const;
};

} // namespace syncstudio
