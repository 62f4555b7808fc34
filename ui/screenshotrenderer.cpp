#include "screenshotrenderer.h"
#include "aboutdialog.h"
#include "comparecollectionsmodel.h"
#include "compareitemsmodel.h"
#include "comparisonroles.h"
#include "comparisonview.h"
#include "connectioncheck.h"
#include "connectionsdialog.h"
#include "democontent.h"
#include "filterbar.h"
#include "itemfilterproxymodel.h"
#include "mainwindow.h"
#include "memorytokenstore.h"
#include "profilestore.h"

#include <QCoreApplication>
#include <QLocale>
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

// Browse mode on made-up data shaped like a real snapshot: one side, tracked and untracked
// items, the current item's JSON alone.
QImage renderBrowse(const QSize &size)
{
    const auto item = [](const QString &collection, const QString &syncId, bool tracked,
                         const QString &name, const JsonObject &data) {
        ItemComparison entry;
        entry.collection = collection;
        entry.syncId = syncId;
        entry.side = CompareSide::Source;
        entry.status = tracked ? ItemStatus::Identical : ItemStatus::Untracked;
        entry.name = name;
        entry.sourceData = data;
        return entry;
    };
    const QString flowId = QStringLiteral("0c8f4d2a-91b7-4e3c-8f55-7a1d9e6b2c40");
    CompareResult result;
    result.collections = {QStringLiteral("flows"), QStringLiteral("operations"),
                          QStringLiteral("roles"), QStringLiteral("policies")};
    result.items = {
        item(QStringLiteral("flows"), flowId, true, QStringLiteral("On article publish"),
             JsonObject{
                 {QStringLiteral("name"), QStringLiteral("On article publish")},
                 {QStringLiteral("icon"), QStringLiteral("bolt")},
                 {QStringLiteral("status"), QStringLiteral("active")},
                 {QStringLiteral("trigger"), QStringLiteral("event")},
                 {QStringLiteral("accountability"), QStringLiteral("all")},
                 {QStringLiteral("options"),
                  JsonObject{
                      {QStringLiteral("type"), QStringLiteral("action")},
                      {QStringLiteral("scope"), JsonArray{QStringLiteral("items.update")}},
                      {QStringLiteral("collections"), JsonArray{QStringLiteral("articles")}}}},
                 {QStringLiteral("operation"),
                  QStringLiteral("6f1c2e8a-3b9d-4c51-9a07-2d4e8b1f0c93")}}),
        item(QStringLiteral("flows"), QStringLiteral("5f000000-0000-4000-8000-000000000001"), true,
             QStringLiteral("Nightly cleanup"),
             JsonObject{{QStringLiteral("name"), QStringLiteral("Nightly cleanup")},
                        {QStringLiteral("trigger"), QStringLiteral("schedule")}}),
        item(QStringLiteral("operations"), QStringLiteral("6f1c2e8a-3b9d-4c51-9a07-2d4e8b1f0c93"),
             true, QStringLiteral("Check  (On article publish)"),
             JsonObject{{QStringLiteral("name"), QStringLiteral("Check")},
                        {QStringLiteral("key"), QStringLiteral("check")},
                        {QStringLiteral("type"), QStringLiteral("condition")},
                        {QStringLiteral("flow"), flowId}}),
        item(QStringLiteral("roles"), QStringLiteral("a1000000-0000-4000-8000-000000000001"), true,
             QStringLiteral("Editor"),
             JsonObject{{QStringLiteral("name"), QStringLiteral("Editor")}}),
        item(QStringLiteral("roles"), QString(), false, QStringLiteral("Reviewer"),
             JsonObject{{QStringLiteral("name"), QStringLiteral("Reviewer")}}),
        item(QStringLiteral("policies"), QStringLiteral("b2000000-0000-4000-8000-000000000002"),
             true, QStringLiteral("Editor policy"),
             JsonObject{{QStringLiteral("name"), QStringLiteral("Editor policy")},
                        {QStringLiteral("admin_access"), false},
                        {QStringLiteral("app_access"), true}}),
    };

    MainWindow window;
    CompareItemsModel items;
    CompareCollectionsModel collections;
    items.setBrowseMode(true);
    items.setResult(result);
    collections.setResult(result);
    window.setComparisonModels(&collections, &items);
    window.comparisonView()->filterBar()->setStatusChecked(DiffStatus::Identical, true);
    window.comparisonView()->filterModel()->setStatusVisible(DiffStatus::Identical, true);
    const QString side = QStringLiteral("Staging");
    window.setStatusSummary(QCoreApplication::translate("syncstudio::AppController",
                                                        "Browsing %1 · %2 tracked · %3 untracked")
                                .arg(side, QLocale().toString(5), QLocale().toString(1)));
    window.setSideSummaries(
        QCoreApplication::translate("syncstudio::AppController", "%1 · Directus %2")
            .arg(side, QStringLiteral("11.3.5")),
        QString());
    window.showComparison();
    window.comparisonView()->selectItem(items.index(0, ItemColumns::NameColumn));
    window.setDiffPresentation(items.presentation(0, side, QString()));
    return grabOffscreen(&window, size).toImage();
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
            QStringLiteral("browse"), QStringLiteral("about")};
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
    if (name == QLatin1String("browse"))
        return renderBrowse(size);
    if (name == QLatin1String("connections"))
        return renderConnections(size);
    if (name == QLatin1String("about"))
        return renderAbout(size);
    return {};
}

} // namespace syncstudio
