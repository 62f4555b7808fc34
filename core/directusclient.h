#pragma once

#include "apirequest.h"
#include "apiresponse.h"

#include <QObject>
#include <QUrl>

#include <functional>

namespace syncstudio {

// The I/O seam to one Directus instance. HttpDirectusClient talks to a real server; tests can
// substitute their own implementation. Responses are delivered on the client's thread, only
// while `context` is alive (a closed window never receives a stale answer).
class DirectusClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const ApiResponse &)>;

    explicit DirectusClient(QObject *parent = nullptr)
        : QObject(parent)
    {}

    virtual QUrl baseUrl() const = 0;
    virtual void send(const ApiRequest &request, QObject *context, Callback callback) = 0;
    // Aborts every request in flight; their callbacks receive Error::Canceled.
    virtual void cancelAll() = 0;

signals:
    // Emitted for every request that goes on the wire (retries included): lets tests and the
    // benchmark count requests, and the read-only guarantee be checked.
    void requestSent(const QByteArray &method, const QString &path);
};

} // namespace syncstudio
