// syncstudio-cli: a thin main over core's CliApplication.
#include "cliapplication.h"
#include "translationloader.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SyncStudio"));
    QCoreApplication::setApplicationName(QStringLiteral("syncstudio"));
    // Messages in the user's language, as in the app (SYNCSTUDIO_LANGUAGE=en keeps them English).
    syncstudio::TranslationLoader::install(&app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    syncstudio::CliApplication cli(QCoreApplication::arguments(), out, err);
    const int code = cli.run();
    out.flush();
    err.flush();
    return code;
}
