#pragma once

#include "jsonvalue.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace syncstudio {

// The outcome of one ApiRequest. A failure is always an error with a specific message, never an
// empty result: callers must not mistake "could not read" for "absent".
struct ApiResponse
{
    enum class Error {
        None,
        Network,        // refused, unreachable, DNS, TLS, reset
        Timeout,        // no (complete) answer in time
        Http,           // an HTTP status outside 2xx
        InvalidBody,    // 2xx but not the JSON we expect (HTML error page, truncated body)
        Canceled,       // cancelled by the user
        Authentication, // could not log in / refresh
    };

    Error error = Error::None;
    int status = 0;      // HTTP status, 0 when none arrived
    QByteArray body;     // raw body (possibly large; parse off the GUI thread)
    QString message;     // specific, translated, user-facing; empty on success
    QString code;        // Directus error code such as INVALID_CREDENTIALS, when given
    QString requestText; // "GET /roles?limit=-1" for error reports
    int attempts = 1;

    bool ok() const { return error == Error::None; }

    // Parses the body; on failure returns nullopt and, when given, sets *errorMessage.
    std::optional<JsonValue> json(QString *errorMessage = nullptr) const;
    // body["data"], the payload of every Directus REST answer.
    std::optional<JsonValue> data(QString *errorMessage = nullptr) const;
};

} // namespace syncstudio
