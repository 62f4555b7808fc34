#include "version.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream(stdout) << "syncstudio-cli " << syncstudio::Version::applicationVersion() << '\n';
    return 0;
}
