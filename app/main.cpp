#include "appcontroller.h"
#include "keychaintokenstore.h"
#include "mainwindow.h"
#include "memorytokenstore.h"
#include "profilestore.h"
#include "screenshotrenderer.h"
#include "translationloader.h"
#include "version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstring>

namespace {

// Exit codes: 0 ok, 1 the screenshot could not be written, 2 bad command line.
constexpr int ExitWriteFailed = 1;
constexpr int ExitUsage = 2;

// The translation context of the command line texts.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

// Rendering a screenshot needs no display; choose the offscreen platform before QApplication
// exists unless the user picked a platform explicitly.
void preferOffscreenForScreenshots(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        return;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--screenshot") == 0 ||
            std::strncmp(argv[i], "--screenshot=", 13) == 0) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return;
        }
    }
}

int takeScreenshot(const QString &file, const QString &screen, bool demo)
{
    QTextStream err(stderr);
    const QStringList screens = syncstudio::ScreenshotRenderer::screenNames();
    if (syncstudio::ScreenshotRenderer::canonicalName(screen).isEmpty()) {
        err << CommandLine::tr("syncstudio: unknown screen \"%1\"; valid screens are: %2")
                   .arg(screen, screens.join(QStringLiteral(", ")))
            << Qt::endl;
        return ExitUsage;
    }
    const QImage image = syncstudio::ScreenshotRenderer::render(
        screen, syncstudio::ScreenshotRenderer::defaultSize(), demo);
    if (image.isNull() || !image.save(file, "PNG")) {
        err << CommandLine::tr("syncstudio: could not write the screenshot to \"%1\"").arg(file)
            << Qt::endl;
        return ExitWriteFailed;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    preferOffscreenForScreenshots(argc, argv);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SyncStudio"));
    QCoreApplication::setApplicationName(QStringLiteral("syncstudio"));
    QCoreApplication::setApplicationVersion(syncstudio::Version::applicationVersion());
    // Translations first, so --help is already in the user's language.
    syncstudio::TranslationLoader::install(&app);

    const QStringList screens = syncstudio::ScreenshotRenderer::screenNames();
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr(
        "Directus Sync Studio: compare, browse and selectively push Directus configuration."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        CommandLine::tr("Render a screen offscreen to the PNG file <file> and exit."),
        CommandLine::tr("file"));
    const QCommandLineOption screenOption(
        QStringLiteral("screen"),
        CommandLine::tr("The screen for --screenshot: %1 (default: %2).")
            .arg(screens.join(QStringLiteral(", ")), QStringLiteral("compare")),
        CommandLine::tr("name"), QStringLiteral("compare"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        CommandLine::tr("Open the demo: two bundled sample dumps compared. With --screenshot, the "
                        "screens %1 show the demo instead of built-in sample data.")
            .arg(syncstudio::ScreenshotRenderer::demoScreenNames().join(QStringLiteral(", "))));
    const QCommandLineOption leftOption(
        QStringLiteral("left"),
        CommandLine::tr("Start by comparing (or, alone, browsing) the saved connection or dump "
                        "folder <side>."),
        CommandLine::tr("side"));
    const QCommandLineOption rightOption(
        QStringLiteral("right"),
        CommandLine::tr("The right side of that first comparison (needs --left)."),
        CommandLine::tr("side"));
    parser.addOption(screenshotOption);
    parser.addOption(screenOption);
    parser.addOption(demoOption);
    parser.addOption(leftOption);
    parser.addOption(rightOption);
    parser.process(app);

    if (parser.isSet(screenshotOption))
        return takeScreenshot(parser.value(screenshotOption), parser.value(screenOption),
                              parser.isSet(demoOption));
    const auto usageError = [](const QString &message) {
        QTextStream(stderr) << message << Qt::endl;
        return ExitUsage;
    };
    if (parser.isSet(screenOption))
        return usageError(CommandLine::tr("syncstudio: --screen needs --screenshot"));
    if (parser.isSet(rightOption) && !parser.isSet(leftOption))
        return usageError(CommandLine::tr("syncstudio: --right needs --left"));
    if (parser.isSet(demoOption) && parser.isSet(leftOption))
        return usageError(CommandLine::tr("syncstudio: --demo and --left exclude each other"));

    syncstudio::MainWindow window;
    // Profiles in QSettings, secrets in the system keyring; when the keyring fails, secrets are
    // kept in memory for the session (the connections dialog says so).
    syncstudio::ProfileStore profiles;
    syncstudio::KeychainTokenStore keyring;
    syncstudio::MemoryTokenStore sessionSecrets;
    syncstudio::AppController controller(&window, &profiles, &keyring, &sessionSecrets);
    window.restoreSettings();
    window.show();
    if (parser.isSet(demoOption)) {
        controller.openDemo();
    } else if (parser.isSet(leftOption)) {
        QString error;
        if (!controller.compareNamed(parser.value(leftOption), parser.value(rightOption), &error)) {
            QTextStream(stderr) << error << Qt::endl;
            window.setStatusSummary(error);
        }
    }
    return QApplication::exec();
}
