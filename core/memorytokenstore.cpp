#include "memorytokenstore.h"

#include <QCoreApplication>

namespace syncstudio {

MemoryTokenStore::MemoryTokenStore(QObject *parent)
    : TokenStore(parent)
{}

void MemoryTokenStore::read(const QString &key, QObject *context, Callback callback)
{
    Result result;
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd()) {
        result.status = Result::Status::NotFound;
        result.message = QCoreApplication::translate("syncstudio::TokenStore",
                                                     "No secret is stored for this connection.");
    } else {
        result.secret = it.value();
    }
    Q_UNUSED(context) // synchronous: the caller is alive by definition
    callback(result);
}

void MemoryTokenStore::write(const QString &key, const QString &secret, QObject *context,
                             Callback callback)
{
    Q_UNUSED(context)
    m_secrets.insert(key, secret);
    callback({});
}

void MemoryTokenStore::remove(const QString &key, QObject *context, Callback callback)
{
    Q_UNUSED(context)
    m_secrets.remove(key);
    callback({});
}

} // namespace syncstudio
