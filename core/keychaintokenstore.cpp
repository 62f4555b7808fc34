#include "keychaintokenstore.h"

#include <QCoreApplication>
#include <QPointer>

#include <qt6keychain/keychain.h>

namespace syncstudio {

namespace {

TokenStore::Result resultOf(const QKeychain::Job *job)
{
    TokenStore::Result result;
    switch (job->error()) {
    case QKeychain::NoError:
        break;
    case QKeychain::EntryNotFound:
        result.status = TokenStore::Result::Status::NotFound;
        result.message = QCoreApplication::translate(
            "syncstudio::TokenStore", "No secret is stored in the keyring for this connection.");
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        result.status = TokenStore::Result::Status::NoBackend;
        result.message =
            QCoreApplication::translate("syncstudio::TokenStore", "No usable system keyring: %1")
                .arg(job->errorString());
        break;
    default:
        // QtKeychain reports a missing Secret Service daemon as OtherError on Linux.
        result.status = TokenStore::Result::Status::NoBackend;
        result.message =
            QCoreApplication::translate("syncstudio::TokenStore", "The system keyring failed: %1")
                .arg(job->errorString());
    }
    return result;
}

template<typename JobType>
void runJob(JobType *job, QObject *context, TokenStore::Callback callback)
{
    job->setAutoDelete(true);
    const bool hasContext = context != nullptr;
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [job, guard, hasContext, callback = std::move(callback)]() {
                         if (hasContext && !guard)
                             return;
                         TokenStore::Result result = resultOf(job);
                         if constexpr (std::is_same_v<JobType, QKeychain::ReadPasswordJob>) {
                             if (result.ok())
                                 result.secret = job->textData();
                         }
                         callback(result);
                     });
    job->start();
}

} // namespace

KeychainTokenStore::KeychainTokenStore(QObject *parent)
    : TokenStore(parent)
{}

void KeychainTokenStore::read(const QString &key, QObject *context, Callback callback)
{
    auto *job = new QKeychain::ReadPasswordJob(QString::fromLatin1(ServiceName), this);
    job->setKey(key);
    runJob(job, context, std::move(callback));
}

void KeychainTokenStore::write(const QString &key, const QString &secret, QObject *context,
                               Callback callback)
{
    auto *job = new QKeychain::WritePasswordJob(QString::fromLatin1(ServiceName), this);
    job->setKey(key);
    job->setTextData(secret);
    runJob(job, context, std::move(callback));
}

void KeychainTokenStore::remove(const QString &key, QObject *context, Callback callback)
{
    auto *job = new QKeychain::DeletePasswordJob(QString::fromLatin1(ServiceName), this);
    job->setKey(key);
    runJob(job, context, std::move(callback));
}

} // namespace syncstudio
