#include "profilestore.h"

#include <QCoreApplication>
#include <QSettings>

#include <memory>
#include <optional>

namespace syncstudio {

namespace {

std::unique_ptr<QSettings> openSettings(const QString &file)
{
    if (file.isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(file, QSettings::IniFormat);
}

} // namespace

ProfileStore::ProfileStore(const QString &settingsFile)
    : m_file(settingsFile)
{}

QList<ConnectionProfile> ProfileStore::profiles() const
{
    auto settings = openSettings(m_file);
    QList<ConnectionProfile> result;
    const int count = settings->beginReadArray(QStringLiteral("connections"));
    for (int i = 0; i < count; ++i) {
        settings->setArrayIndex(i);
        ConnectionProfile p;
        p.id = settings->value(QStringLiteral("id")).toString();
        p.name = settings->value(QStringLiteral("name")).toString();
        p.url = QUrl(settings->value(QStringLiteral("url")).toString());
        p.authKind = settings->value(QStringLiteral("auth")).toString() == QLatin1String("password")
                         ? Credentials::Kind::Password
                         : Credentials::Kind::StaticToken;
        p.email = settings->value(QStringLiteral("email")).toString();
        p.color = settings->value(QStringLiteral("color")).toString();
        p.isProtected = settings->value(QStringLiteral("protected"), false).toBool();
        p.allowUntestedVersion =
            settings->value(QStringLiteral("allowUntestedVersion"), false).toBool();
        if (!p.id.isEmpty())
            result.append(p);
    }
    settings->endArray();
    return result;
}

std::optional<ConnectionProfile> ProfileStore::find(const QString &idOrName) const
{
    const auto all = profiles();
    for (const auto &p : all)
        if (p.id == idOrName)
            return p;
    for (const auto &p : all)
        if (p.name.compare(idOrName, Qt::CaseInsensitive) == 0)
            return p;
    return std::nullopt;
}

bool ProfileStore::save(const ConnectionProfile &profile, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (profile.id.isEmpty() || profile.name.trimmed().isEmpty())
        return fail(
            QCoreApplication::translate("syncstudio::ProfileStore", "A connection needs a name."));
    QString urlError;
    if (ConnectionUrl::normalise(profile.url.toString(), &urlError).isEmpty())
        return fail(urlError);
    QList<ConnectionProfile> all = profiles();
    bool replaced = false;
    for (auto &p : all) {
        if (p.id != profile.id && p.name.compare(profile.name, Qt::CaseInsensitive) == 0)
            return fail(QCoreApplication::translate("syncstudio::ProfileStore",
                                                    "A connection named \"%1\" already exists.")
                            .arg(profile.name));
        if (p.id == profile.id) {
            p = profile;
            replaced = true;
        }
    }
    if (!replaced)
        all.append(profile);
    if (!writeAll(all))
        return fail(QCoreApplication::translate("syncstudio::ProfileStore",
                                                "Could not write the settings file."));
    return true;
}

bool ProfileStore::remove(const QString &id)
{
    QList<ConnectionProfile> all = profiles();
    const auto removed = all.removeIf([&id](const ConnectionProfile &p) { return p.id == id; });
    if (removed == 0)
        return false;
    return writeAll(all);
}

bool ProfileStore::writeAll(const QList<ConnectionProfile> &all) const
{
    auto settings = openSettings(m_file);
    settings->remove(QStringLiteral("connections"));
    settings->beginWriteArray(QStringLiteral("connections"), int(all.size()));
    for (int i = 0; i < all.size(); ++i) {
        const auto &p = all.at(i);
        settings->setArrayIndex(i);
        settings->setValue(QStringLiteral("id"), p.id);
        settings->setValue(QStringLiteral("name"), p.name);
        settings->setValue(QStringLiteral("url"), p.url.toString());
        settings->setValue(QStringLiteral("auth"), p.authKind == Credentials::Kind::Password
                                                       ? QStringLiteral("password")
                                                       : QStringLiteral("token"));
        settings->setValue(QStringLiteral("email"), p.email);
        settings->setValue(QStringLiteral("color"), p.color);
        settings->setValue(QStringLiteral("protected"), p.isProtected);
        settings->setValue(QStringLiteral("allowUntestedVersion"), p.allowUntestedVersion);
    }
    settings->endArray();
    settings->sync();
    return settings->status() == QSettings::NoError;
}

} // namespace syncstudio
