// syncstudio-cli: a thin main over core's CliApplication.
#include "cliapplication.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SyncStudio"));
    QCoreApplication::setApplicationName(QStringLiteral("syncstudio"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    syncstudio::CliApplication cli(QCoreApplication::arguments(), out, err);
    const int code = cli.run();
    out.flush();
    err.flush();
    return code;
}
