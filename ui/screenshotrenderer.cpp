#include "screenshotrenderer.h"
#include "aboutdialog.h"
#include "democontent.h"
#include "mainwindow.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

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

QImage renderAbout(const QSize &size)
{
    MainWindow window;
    const QPixmap background = grabOffscreen(&window, size);

    AboutDialog dialog(&window);
    dialog.adjustSize();
    const QPixmap dialogPixmap = grabOffscreen(&dialog, dialog.size());

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

} // namespace

QStringList ScreenshotRenderer::screenNames()
{
    return {QStringLiteral("welcome"), QStringLiteral("main"), QStringLiteral("about")};
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
    if (name == QLatin1String("about"))
        return renderAbout(size);
    return {};
}

} // namespace syncstudio
