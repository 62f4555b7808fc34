#include "tokenstore.h"

#include <QEventLoop>

namespace syncstudio {

namespace {

template<typename Call>
TokenStore::Result runSync(Call call)
{
    QEventLoop loop;
    TokenStore::Result result;
    bool done = false;
    call(&loop, [&](const TokenStore::Result &r) {
        result = r;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return result;
}

} // namespace

TokenStore::Result TokenStore::readSync(const QString &key)
{
    return runSync([&](QObject *ctx, Callback cb) { read(key, ctx, std::move(cb)); });
}

TokenStore::Result TokenStore::writeSync(const QString &key, const QString &secret)
{
    return runSync([&](QObject *ctx, Callback cb) { write(key, secret, ctx, std::move(cb)); });
}

TokenStore::Result TokenStore::removeSync(const QString &key)
{
    return runSync([&](QObject *ctx, Callback cb) { remove(key, ctx, std::move(cb)); });
}

} // namespace syncstudio
