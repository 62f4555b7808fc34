#include "screenshotrenderer.h"
#include "aboutdialog.h"
#include "appcontroller.h"
#include "collectiondescriptor.h"
#include "comparecollectionsmodel.h"
#include "compareitemsmodel.h"
#include "comparisonroles.h"
#include "comparisonview.h"
#include "connectioncheck.h"
#include "connectionsdialog.h"
#include "democontent.h"
#include "exportdialog.h"
#include "filterbar.h"
#include "historydialog.h"
#include "itemfilterproxymodel.h"
#include "mainwindow.h"
#include "memorytokenstore.h"
#include "profilestore.h"
#include "pushplanmodel.h"
#include "pushplanner.h"
#include "pushreviewdialog.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTreeView>

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

// Dumps never hold directus-sync's ignored fields; an instance read does. For the "ignored"
// screen the left side gets the values an instance would have returned.
void addIgnoredValues(CompareItemsModel *items)
{
    CompareResult result = items->result();
    int n = 0;
    for (ItemComparison &item : result.items) {
        const CollectionDescriptor *descriptor = CollectionDescriptor::find(item.collection);
        if (!descriptor || !item.sourceData)
            continue;
        ++n;
        for (const QString &field : descriptor->ignoredFields()) {
            if (field == QLatin1String("date_created"))
                item.sourceIgnored.insert(
                    field, QStringLiteral("2026-11-%1T08:25:34.000Z").arg(10 + n % 18));
            else if (field == QLatin1String("user_created"))
                item.sourceIgnored.insert(field,
                                          QStringLiteral("6f1c2b9e-4d1a-4c55-9a43-0b7e2d8c1f%1")
                                              .arg(n % 100, 2, 10, QLatin1Char('0')));
        }
    }
    items->setResult(result);
    items->setShowIgnored(true);
}

// The diff as the one thing on the page: the item list shrunk to a few rows.
void focusOnDiff(MainWindow *window)
{
    const auto splitters = window->comparisonView()->findChildren<QSplitter *>();
    for (QSplitter *splitter : splitters) {
        if (splitter->orientation() == Qt::Vertical)
            splitter->setSizes({140, 1000});
    }
}

// Ignored: the diff page as if the left side were an instance, with View ▸ Show Ignored Fields
// on (dumps never hold directus-sync's ignored fields).
enum class DemoView { Browse, Compare, Diff, Ignored };

// The real thing: the welcome page's "Open the demo" through AppController and the compare
// engine on the bundled sample dumps (pulled by the real directus-sync), with a changed flow
// selected; Browse reads only the "staging" dump.
QImage renderDemo(const QSize &size, DemoView view)
{
    QTemporaryDir dir;
    ProfileStore profiles(dir.filePath(QStringLiteral("connections.ini")));
    MemoryTokenStore secrets;
    MainWindow window;
    AppController controller(&window, &profiles, &secrets, nullptr,
                             dir.filePath(QStringLiteral("settings.ini")));
    grabOffscreen(&window, size);
    controller.openDemo();
    CompareItemsModel *items = controller.itemsModel();
    const auto waitForItems = [items] {
        QDeadlineTimer deadline(60000);
        while (items->rowCount() == 0 && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    };
    waitForItems();
    if (view == DemoView::Browse) {
        // Only the left side chosen: compare browses it.
        window.setSides(window.leftSide(), -1);
        controller.compare();
        QDeadlineTimer deadline(60000);
        while (!items->isBrowseMode() && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        waitForItems();
        window.comparisonView()->filterBar()->setStatusChecked(DiffStatus::Identical, true);
        window.comparisonView()->filterModel()->setStatusVisible(DiffStatus::Identical, true);
    }
    if (view == DemoView::Ignored)
        addIgnoredValues(items);
    // A changed flow on the compare page; on the diff pages the changed operation, whose nested
    // options show the word ranges best (and whose flow relation is named).
    const bool diffPage = view == DemoView::Diff || view == DemoView::Ignored;
    const QLatin1String collection(diffPage ? "operations" : "flows");
    QModelIndex chosen;
    for (int row = 0; row < items->rowCount() && !chosen.isValid(); ++row) {
        const QModelIndex index = items->index(row, ItemColumns::NameColumn);
        const bool wanted =
            view == DemoView::Browse ||
            index.data(ComparisonRoles::StatusRole).toInt() == int(DiffStatus::Changed);
        if (wanted && index.data(ComparisonRoles::CollectionKeyRole).toString() == collection)
            chosen = index;
    }
    if (diffPage)
        focusOnDiff(&window);
    grabOffscreen(&window, size);
    // After the layout, so that the shrunk list scrolls to it.
    if (chosen.isValid())
        window.comparisonView()->selectItem(chosen);
    return grabOffscreen(&window, size).toImage();
}

// File ▸ Export… over the window, with a git commit asked for and untracked items in two
// collections of an instance (so "Track them first" is offered).
QImage renderExport(const QSize &size)
{
    ConfigSnapshot snapshot;
    const std::pair<const char *, int> untracked[] = {{"roles", 2}, {"flows", 1}};
    for (const auto &[name, count] : untracked) {
        CollectionData collection;
        collection.name = QLatin1String(name);
        collection.present = true;
        for (int i = 0; i < count; ++i) {
            SyncItem item;
            item.localId = QString::number(i + 1);
            collection.items.append(item);
        }
        snapshot.collections.append(collection);
    }
    MainWindow window;
    ExportDialog dialog(snapshot, QStringLiteral("Staging"), &window);
    dialog.setTrackingAvailable(true);
    dialog.setFolder(QStringLiteral("/home/ada/config-repo/directus-config"));
    dialog.setCommit(true, QStringLiteral("Staging before the release"));
    return composeDialog(&window, &dialog, size, QSize(680, 420));
}

// The history of a dump folder on made-up commits (no git run): three exports, the newest
// selected, as a user sees them before comparing one with its predecessor.
QImage renderHistory(const QSize &size)
{
    const QString folder = QStringLiteral("/home/ada/config-repo/staging-config");
    const auto commit = [&folder](const char *hash, const QString &date, const char *author,
                                  const char *subject, const QStringList &files) {
        SnapshotCommit entry;
        entry.commit.hash = QString::fromLatin1(hash);
        entry.commit.authorDate = QDateTime::fromString(date, Qt::ISODate);
        entry.commit.authorName = QString::fromUtf8(author);
        entry.commit.message = QString::fromUtf8(subject);
        QList<GitFileChange> changes;
        for (const QString &file : files)
            changes.append(
                {GitFileChange::Kind::Modified, QStringLiteral("staging-config/") + file});
        entry.commit.files = changes;
        entry.changes = DumpChangeSet::fromGitChanges(changes, QStringLiteral("staging-config"));
        return entry;
    };
    const QList<SnapshotCommit> commits = {
        commit("a1b2c3d4e5f60718293a4b5c6d7e8f9012345678", QStringLiteral("2026-12-01T16:42:00"),
               "Ada Admin", "Export Staging: flows, operations",
               {QStringLiteral("collections/flows.json"),
                QStringLiteral("collections/operations.json")}),
        commit("9f8e7d6c5b4a39281706f5e4d3c2b1a098765432", QStringLiteral("2026-11-27T17:05:00"),
               "Ben Builder", "Before the release: new editor role",
               {QStringLiteral("collections/roles.json"),
                QStringLiteral("collections/policies.json"),
                QStringLiteral("collections/permissions.json")}),
        commit("0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f60718293", QStringLiteral("2026-11-20T09:30:00"),
               "Ada Admin", "Export Staging: dashboards, panels, schema snapshot",
               {QStringLiteral("collections/dashboards.json"),
                QStringLiteral("collections/panels.json"),
                QStringLiteral("snapshot/collections/articles.json")}),
        commit("5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7081", QStringLiteral("2026-11-13T11:12:00"),
               "Ada Admin", "First export of Staging",
               {QStringLiteral("collections/flows.json"), QStringLiteral("collections/roles.json"),
                QStringLiteral("collections/settings.json"), QStringLiteral("snapshot/info.json")}),
    };
    MainWindow window;
    DemoContent::install(&window);
    HistoryDialog dialog(&window);
    dialog.model()->setHistory(folder, commits);
    dialog.selectRow(0);
    return composeDialog(&window, &dialog, size, QSize(900, 360));
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

// The push review of a made-up Staging → Production push after "Simulate": a protected target
// with its name typed, a dependency that came along, a delete, the warnings and each step's
// request one click away.
QImage renderPush(const QSize &size)
{
    const auto step = [](PlanStep::Kind kind, const QString &collection, const QString &syncId,
                         const QString &name, const QString &summary, const QByteArray &method,
                         const QString &path, const JsonObject &body = {}) {
        PlanStep s;
        s.kind = kind;
        s.item = {collection, syncId};
        s.name = name;
        s.summary = summary;
        s.request.method = method;
        s.request.path = path;
        if (!body.isEmpty())
            s.body = JsonValue(body);
        return s;
    };
    const QString flow = QStringLiteral("0c8f4d2a-91b7-4e3c-8f55-7a1d9e6b2c40");
    const QString check = QStringLiteral("6f1c2e8a-3b9d-4c51-9a07-2d4e8b1f0c93");
    const QString notify = QStringLiteral("9d2e7c41-5a8b-4f03-b6e1-3c7d0a9f8e25");
    const QString permission = QStringLiteral("c4e1a9f2-7d35-4b8e-9a10-5f2b8c6d3e71");
    const QString preset = QStringLiteral("e7b3c5d1-2a94-4f6e-8c07-1d9a4b2e6f58");
    PushPlan plan;
    plan.steps = {
        step(
            PlanStep::Kind::SchemaApply, QStringLiteral("schema"), QStringLiteral("articles"),
            QStringLiteral("articles"),
            QStringLiteral("Apply the schema changes (0 collection(s), 1 field(s), 0 relation(s))"),
            "POST", QStringLiteral("/schema/apply"),
            JsonObject{{QStringLiteral("hash"), QStringLiteral("5be1c0d2…")}}),
        step(PlanStep::Kind::Create, QStringLiteral("flows"), flow,
             QStringLiteral("On article publish"),
             QStringLiteral("Create flows \"On article publish\" (operation set later)"), "POST",
             QStringLiteral("/flows"),
             JsonObject{{QStringLiteral("id"), flow},
                        {QStringLiteral("name"), QStringLiteral("On article publish")},
                        {QStringLiteral("trigger"), QStringLiteral("event")},
                        {QStringLiteral("operation"), JsonValue()}}),
        step(PlanStep::Kind::Create, QStringLiteral("operations"), check,
             QStringLiteral("Check  (On article publish)"),
             QStringLiteral("Create operations \"Check\""), "POST", QStringLiteral("/operations"),
             JsonObject{{QStringLiteral("id"), check},
                        {QStringLiteral("key"), QStringLiteral("check")},
                        {QStringLiteral("type"), QStringLiteral("condition")},
                        {QStringLiteral("flow"), flow}}),
        step(PlanStep::Kind::Update, QStringLiteral("operations"), notify,
             QStringLiteral("Notify editors  (On article publish)"),
             QStringLiteral("Update operations \"Notify editors\" (options)"), "PATCH",
             QStringLiteral("/operations/") + notify,
             JsonObject{{QStringLiteral("options"),
                         JsonObject{{QStringLiteral("subject"),
                                     QStringLiteral("Published: {{$trigger.payload.title}}")}}}}),
        step(PlanStep::Kind::Link, QStringLiteral("flows"), flow,
             QStringLiteral("On article publish"),
             QStringLiteral("Set operation of flows \"On article publish\""), "PATCH",
             QStringLiteral("/flows/") + flow, JsonObject{{QStringLiteral("operation"), check}}),
        step(PlanStep::Kind::Update, QStringLiteral("permissions"), permission,
             QStringLiteral("Editor · articles · update"),
             QStringLiteral("Update permissions \"Editor · articles · update\" (fields)"), "PATCH",
             QStringLiteral("/permissions/41"),
             JsonObject{{QStringLiteral("fields"),
                         JsonArray{QStringLiteral("title"), QStringLiteral("body"),
                                   QStringLiteral("status")}}}),
        step(PlanStep::Kind::Delete, QStringLiteral("presets"), preset,
             QStringLiteral("Old article filter"),
             QStringLiteral("Delete presets \"Old article filter\""), "DELETE",
             QStringLiteral("/presets/12")),
        step(PlanStep::Kind::CreateMapping, QStringLiteral("flows"), flow,
             QStringLiteral("On article publish"),
             QStringLiteral("Track flows \"On article publish\" as ") + flow, "POST",
             QStringLiteral("/directus-extension-sync/table/flows"),
             JsonObject{{QStringLiteral("sync_id"), flow}, {QStringLiteral("local_id"), flow}}),
    };
    for (int i = 0; i < plan.steps.size(); ++i)
        plan.steps[i].number = i + 1;
    plan.steps[5].localId = QStringLiteral("41");
    plan.deleteCount = 1;
    plan.needsConfirmation = true;
    // PushPlanner's own texts and context, so they are translated as in a real plan.
    plan.warnings = {
        PushPlanner::tr("%1 is a protected target.").arg(QStringLiteral("Production")),
        PushPlanner::tr("%n item(s) will be deleted on the target.", nullptr, 1),
    };

    PushReviewRequest request;
    request.sourceName = QStringLiteral("Staging");
    request.target.name = QStringLiteral("Production");
    request.target.isProtected = true;
    request.targetColor = QStringLiteral("#d93f3f");
    request.selection.items = {{QStringLiteral("schema"), QStringLiteral("articles")},
                               {QStringLiteral("operations"), check},
                               {QStringLiteral("operations"), notify},
                               {QStringLiteral("permissions"), permission},
                               {QStringLiteral("presets"), preset}};
    request.selection.withDependencies = true;
    request.selection.allowDelete = true;

    MainWindow window;
    DemoContent::install(&window);
    PushReviewDialog dialog(nullptr, request, &window);
    // A made-up home folder: the picture must not show where it was rendered.
    dialog.setBackupFolder(QStringLiteral(
        "/home/you/.local/share/SyncStudio/syncstudio/backups/Production-20260302-141503-120"));
    dialog.setPlan(plan);
    PushReport report;
    report.ok = true;
    report.simulated = true;
    for (const PlanStep &s : std::as_const(plan.steps)) {
        StepResult result;
        result.number = s.number;
        result.state = StepResult::State::Simulated;
        report.steps.append(result);
    }
    dialog.showReport(report);
    if (auto *confirm = dialog.findChild<QLineEdit *>(QStringLiteral("confirmEdit")))
        confirm->setText(QStringLiteral("Production"));
    if (auto *steps = dialog.findChild<QTreeView *>(QStringLiteral("stepsView")))
        steps->expand(dialog.planModel()->index(3, 0));
    return composeDialog(&window, &dialog, size, QSize(1080, 580));
}

// The item list's context menu on an untracked role that matches one only the other side has:
// Track and Adopt offered, Untrack off with its reason, as the controller would set them.
QImage renderItemMenu(const QSize &size)
{
    MainWindow window;
    DemoContent::install(&window);
    QTreeView *list = window.comparisonView()->itemView();
    QModelIndex editor;
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QModelIndex index = list->model()->index(row, ItemColumns::NameColumn);
        if (index.data().toString().startsWith(QStringLiteral("Editor")))
            editor = index;
    }
    // The reasons come from MappingChoices on a comparison of the same shape.
    CompareResult compare;
    ItemComparison untracked;
    untracked.collection = QStringLiteral("roles");
    untracked.status = ItemStatus::Untracked;
    untracked.side = CompareSide::Target;
    untracked.localId = QStringLiteral("7");
    untracked.name = QStringLiteral("Editor");
    ItemComparison other = untracked;
    other.status = ItemStatus::SourceOnly;
    other.side = CompareSide::Both;
    other.syncId = QStringLiteral("a1000000-0000-4000-8000-000000000001");
    compare.items = {untracked, other};
    MappingSides sides;
    sides.leftIsInstance = sides.rightIsInstance = true;
    sides.leftName = QStringLiteral("Staging");
    sides.rightName = QStringLiteral("Production");
    using Kind = MappingChoice::Kind;
    for (const Kind kind : {Kind::Track, Kind::Untrack, Kind::Adopt}) {
        const MappingChoice choice = MappingChoices::choose(kind, compare, 0, sides);
        window.setMappingActionState(MainWindow::MappingAction(int(kind)), choice.available,
                                     choice.reason);
    }
    window.setPushDirections(true, QString(), true, QString());
    grabOffscreen(&window, size); // lays out the list, so the row can be made current
    if (editor.isValid())
        list->setCurrentIndex(editor);
    const QPixmap withSelection = grabOffscreen(&window, size);
    QMenu *menu = window.createItemContextMenu(&window);
    const QPixmap menuPixmap = grabOffscreen(menu, menu->sizeHint());

    QImage image = withSelection.toImage();
    QPainter painter(&image);
    const QRect row = list->visualRect(editor);
    const QPoint at = list->viewport()->mapTo(&window, row.center() + QPoint(-row.width() / 4, 0));
    painter.setPen(QColor(0, 0, 0, 90));
    painter.drawRect(QRect(at, menuPixmap.size()).adjusted(-1, -1, 0, 0));
    painter.drawPixmap(at, menuPixmap);
    painter.end();
    return image;
}

// Track through the review: a ready plan of one mapping-row step on a protected target.
QImage renderTrack(const QSize &size)
{
    MappingChoice choice;
    choice.kind = MappingChoice::Kind::Track;
    choice.available = true;
    choice.collection = QStringLiteral("roles");
    choice.localId = QStringLiteral("7f3c2a10-4b5e-4c8d-9e21-0a6b3d5f7c94");
    choice.name = QStringLiteral("Editor");
    PushReviewRequest request;
    request.plan = choice.plan();
    request.target.name = QStringLiteral("Production");
    request.target.isProtected = true;
    request.targetColor = QStringLiteral("#d93f3f");
    request.title = AppController::tr("Track “%1” on %2").arg(choice.name, request.target.name);
    MainWindow window;
    DemoContent::install(&window);
    PushReviewDialog dialog(nullptr, request, &window);
    dialog.startPlanning();
    return composeDialog(&window, &dialog, size, QSize(900, 420));
}

} // namespace

QStringList ScreenshotRenderer::screenNames()
{
    return {QStringLiteral("welcome"), QStringLiteral("browse"),      QStringLiteral("compare"),
            QStringLiteral("diff"),    QStringLiteral("push-review"), QStringLiteral("connections"),
            QStringLiteral("export"),  QStringLiteral("about"),       QStringLiteral("itemmenu"),
            QStringLiteral("track"),   QStringLiteral("ignored"),     QStringLiteral("history")};
}

QStringList ScreenshotRenderer::demoScreenNames()
{
    return {QStringLiteral("browse"), QStringLiteral("compare"), QStringLiteral("diff")};
}

QString ScreenshotRenderer::canonicalName(const QString &name)
{
    // The names of earlier releases, still accepted so that scripts keep working.
    if (name == QLatin1String("main") || name == QLatin1String("demo"))
        return QStringLiteral("compare");
    if (name == QLatin1String("push"))
        return QStringLiteral("push-review");
    return screenNames().contains(name) ? name : QString();
}

QImage ScreenshotRenderer::render(const QString &requested, const QSize &size, bool demo)
{
    const QString name = canonicalName(requested);
    demo = demo || requested == QLatin1String("demo");
    if (name == QLatin1String("welcome")) {
        MainWindow window;
        return grabOffscreen(&window, size).toImage();
    }
    if (name == QLatin1String("compare") || name == QLatin1String("diff")) {
        const bool focusDiff = name == QLatin1String("diff");
        if (demo)
            return renderDemo(size, focusDiff ? DemoView::Diff : DemoView::Compare);
        MainWindow window;
        DemoContent::install(&window);
        if (focusDiff) {
            focusOnDiff(&window);
            grabOffscreen(&window, size);
            // Scrolls the shrunk list back to the selected item.
            const QModelIndex current = window.comparisonView()->currentItem();
            if (current.isValid())
                window.comparisonView()->selectItem(current);
        }
        return grabOffscreen(&window, size).toImage();
    }
    if (name == QLatin1String("ignored"))
        return renderDemo(size, DemoView::Ignored);
    if (name == QLatin1String("browse"))
        return demo ? renderDemo(size, DemoView::Browse) : renderBrowse(size);
    if (name == QLatin1String("connections"))
        return renderConnections(size);
    if (name == QLatin1String("about"))
        return renderAbout(size);
    if (name == QLatin1String("push-review"))
        return renderPush(size);
    if (name == QLatin1String("export"))
        return renderExport(size);
    if (name == QLatin1String("itemmenu"))
        return renderItemMenu(size);
    if (name == QLatin1String("track"))
        return renderTrack(size);
    if (name == QLatin1String("history"))
        return renderHistory(size);
    return {};
}

} // namespace syncstudio
