#include "testenvironment.h"

#include <QDir>
#include <QStandardPaths>

namespace syncstudio::test {

TestEnvironment::TestEnvironment()
{
    const QString base = m_dir.path();
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"}) {
        const QString sub = base + QLatin1Char('/') + QString::fromLatin1(name).toLower();
        QDir().mkpath(sub);
        qputenv(name, sub.toLocal8Bit());
    }
    QStandardPaths::setTestModeEnabled(true);
}

QString TestEnvironment::sourceDir()
{
    return qEnvironmentVariable("SYNCSTUDIO_SOURCE_DIR",
                                QStringLiteral(SYNCSTUDIO_SOURCE_DIR_FALLBACK));
}

QString TestEnvironment::buildDir()
{
    return qEnvironmentVariable("SYNCSTUDIO_BUILD_DIR");
}

} // namespace syncstudio::test
