#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace syncstudio::test {

// Runs the real directus-sync 3.4.1 CLI (scripts/directus-sync) against an instance.
class DirectusSyncCli final
{
public:
    struct Result
    {
        int exitCode = -1;
        QString output; // stdout + stderr, ANSI colours removed
        bool ok() const { return exitCode == 0; }
    };

    // Runs `directus-sync <command> -u URL -t TOKEN <arguments>` with LANG/LC_ALL = locale.
    static Result run(const QString &command, const QUrl &url, const QString &token,
                      const QStringList &arguments,
                      const QString &locale = QStringLiteral("C.UTF-8"));
};

} // namespace syncstudio::test
