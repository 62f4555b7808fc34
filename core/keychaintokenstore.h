#pragma once

#include "tokenstore.h"

namespace syncstudio {

// Secrets in the operating system's keyring (Secret Service / KWallet / macOS Keychain / Windows
// Credential Store) through QtKeychain.
class KeychainTokenStore final : public TokenStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainTokenStore)

public:
    explicit KeychainTokenStore(QObject *parent = nullptr);

    bool isPersistent() const override { return true; }
    void read(const QString &key, QObject *context, Callback callback) override;
    void write(const QString &key, const QString &secret, QObject *context,
               Callback callback) override;
    void remove(const QString &key, QObject *context, Callback callback) override;

    static constexpr const char *ServiceName = "syncstudio";
};

} // namespace syncstudio
