#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace syncstudio {

// Where connection secrets (tokens, passwords) live: the OS keyring in the real application, an
// in-memory store for a session without a keyring and for tests. Never a settings file.
class TokenStore : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        enum class Status { Ok, NotFound, NoBackend, Failed };
        Status status = Status::Ok;
        QString secret; // read() only
        QString message;
        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    explicit TokenStore(QObject *parent = nullptr)
        : QObject(parent)
    {}

    // False for stores that forget secrets when the process ends.
    virtual bool isPersistent() const = 0;
    virtual void read(const QString &key, QObject *context, Callback callback) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context,
                       Callback callback) = 0;
    virtual void remove(const QString &key, QObject *context, Callback callback) = 0;

    // Blocking helpers for the CLI (run a local event loop).
    Result readSync(const QString &key);
    Result writeSync(const QString &key, const QString &secret);
    Result removeSync(const QString &key);
};

} // namespace syncstudio
