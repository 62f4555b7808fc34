#pragma once

#include "tokenstore.h"

#include <QHash>

namespace syncstudio {

// Keeps secrets for the lifetime of the process only: the GUI's fallback when no keyring answers
// (it tells the user so), and the store for tests.
class MemoryTokenStore final : public TokenStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoryTokenStore)

public:
    explicit MemoryTokenStore(QObject *parent = nullptr);

    bool isPersistent() const override { return false; }
    void read(const QString &key, QObject *context, Callback callback) override;
    void write(const QString &key, const QString &secret, QObject *context,
               Callback callback) override;
    void remove(const QString &key, QObject *context, Callback callback) override;

private:
    QHash<QString, QString> m_secrets;
};

} // namespace syncstudio
