#include "directussynccli.h"

#include "testenvironment.h"

#include <QProcess>
#include <QRegularExpression>

namespace syncstudio::test {

DirectusSyncCli::Result DirectusSyncCli::run(const QString &command, const QUrl &url,
                                             const QString &token, const QStringList &arguments,
                                             const QString &locale)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), locale);
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setProgram(TestEnvironment::sourceDir() + QStringLiteral("/scripts/directus-sync"));
    process.setArguments(
        QStringList{command, QStringLiteral("-u"), url.toString(), QStringLiteral("-t"), token} +
        arguments);
    process.start();
    Result result;
    if (!process.waitForFinished(600000)) {
        process.kill();
        result.output = QStringLiteral("directus-sync timed out");
        return result;
    }
    static const QRegularExpression ansi(QStringLiteral("\x1b\\[[0-9;]*m"));
    result.output = QString::fromUtf8(process.readAll()).remove(ansi);
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

} // namespace syncstudio::test
