#include "screenshotrenderer.h"
#include "aboutdialog.h"
#include "connectioncheck.h"
#include "connectionsdialog.h"
#include "democontent.h"
#include "mainwindow.h"
#include "memorytokenstore.h"
#include "profilestore.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>
#include <QTemporaryDir>

namespace syncstudio {

namespace {

// Lays out and paints the widget without it appearing on screen, then grabs it.
QPixmap grabOffscreen(QWidget *widget, const QSize &size)
{
    widget->setAttribute(Qt::WA_DontShowOnScreen);
    if (size.isValid())
        widget->resize(size);
    widget->show();
    // Twice: the first pass runs the layouts, the second the deferred resizes they trigger.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    return widget->grab();
}

// A modal dialog over the dimmed window, as the user would see it.
QImage composeDialog(QWidget *window, QWidget *dialog, const QSize &size,
                     const QSize &dialogSize = {})
{
    const QPixmap background = grabOffscreen(window, size);
    if (dialogSize.isValid())
        dialog->resize(dialogSize);
    else
        dialog->adjustSize();
    const QPixmap dialogPixmap = grabOffscreen(dialog, dialog->size());

    // A modal dialog over the dimmed window, as the user would see it.
    QImage image(background.size(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    painter.drawPixmap(0, 0, background);
    painter.fillRect(image.rect(), QColor(0, 0, 0, 70));
    const QPoint topLeft((image.width() - dialogPixmap.width()) / 2,
                         (image.height() - dialogPixmap.height()) / 2);
    painter.setPen(QColor(0, 0, 0, 90));
    painter.drawRect(QRect(topLeft, dialogPixmap.size()).adjusted(-1, -1, 0, 0));
    painter.drawPixmap(topLeft, dialogPixmap);
    painter.end();
    return image;
}

QImage renderAbout(const QSize &size)
{
    MainWindow window;
    AboutDialog dialog(&window);
    return composeDialog(&window, &dialog, size);
}

// The connections dialog with made-up profiles in a throw-away settings file and secrets in
// memory: it never touches the user's settings or keyring.
QImage renderConnections(const QSize &size)
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("connections.ini")));
    const auto add = [&store](const QString &name, const QString &url, const char *color,
                              bool isProtected) -> ConnectionProfile {
        ConnectionProfile profile = ConnectionProfile::create(name, QUrl(url));
        profile.color = QString::fromLatin1(color);
        profile.isProtected = isProtected;
        store.save(profile);
        return profile;
    };
    add(QStringLiteral("Staging"), QStringLiteral("https://staging.example.com"), "#22a06b", false);
    const ConnectionProfile production = add(
        QStringLiteral("Production"), QStringLiteral("https://cms.example.com"), "#d93f3f", true);
    add(QStringLiteral("Office test server"), QStringLiteral("http://192.168.10.20:8055"),
        "#1f6feb", false);
    MemoryTokenStore keyring;
    MemoryTokenStore fallback;

    MainWindow window;
    DemoContent::install(&window);
    ConnectionsDialog dialog(&store, &keyring, &fallback, &window);
    dialog.selectProfile(production.id);
    ConnectionCheckResult check;
    check.admin = true;
    check.extensionInstalled = true;
    check.version = DirectusVersion::parse(QStringLiteral("12.4.0"));
    dialog.showTestResult(true, check.summary());
    return composeDialog(&window, &dialog, size, QSize(780, 430));
}

} // namespace

QStringList ScreenshotRenderer::screenNames()
{
    return {QStringLiteral("welcome"), QStringLiteral("main"), QStringLiteral("connections"),
            QStringLiteral("about")};
}

QImage ScreenshotRenderer::render(const QString &name, const QSize &size)
{
    if (name == QLatin1String("welcome")) {
        MainWindow window;
        return grabOffscreen(&window, size).toImage();
    }
    if (name == QLatin1String("main")) {
        MainWindow window;
        DemoContent::install(&window);
        return grabOffscreen(&window, size).toImage();
    }
    if (name == QLatin1String("connections"))
        return renderConnections(size);
    if (name == QLatin1String("about"))
        return renderAbout(size);
    return {};
}

} // namespace syncstudio
