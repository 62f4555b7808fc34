#pragma once

#include "connectionprofile.h"

#include <QList>
#include <QString>

#include <optional>

namespace syncstudio {

// Connection profiles persisted with QSettings (group "connections"). Never stores a secret.
class ProfileStore final
{
public:
    // Uses the application's default QSettings unless a file is given (tests, portable mode).
    explicit ProfileStore(const QString &settingsFile = {});

    QList<ConnectionProfile> profiles() const;
    // By id or, failing that, by name (case-insensitive): the CLI names profiles by name.
    std::optional<ConnectionProfile> find(const QString &idOrName) const;
    // Inserts or replaces (by id). Returns an error for a duplicate name or an invalid profile.
    bool save(const ConnectionProfile &profile, QString *error = nullptr);
    bool remove(const QString &id);

private:
    bool writeAll(const QList<ConnectionProfile> &all) const;

    QString m_file;
};

} // namespace syncstudio
