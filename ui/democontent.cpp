#include "democontent.h"
#include "comparisonroles.h"
#include "comparisonview.h"
#include "mainwindow.h"
#include "sidebysidediff.h"
#include "theme.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QStandardItemModel>

namespace syncstudio {

namespace {

const QString LeftName = QStringLiteral("Staging");
const QString RightName = QStringLiteral("Production");
const QString FeaturedKey = QStringLiteral("operations/check");

QString fakeUuid(const QString &seed)
{
    const QByteArray hex = QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Md5).toHex();
    return QString::fromLatin1(hex.left(8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' +
                               hex.mid(16, 4) + '-' + hex.mid(20, 12));
}

} // namespace

DemoContent::DemoContent(QObject *parent)
    : QObject(parent)
    , m_sides(new QStandardItemModel(this))
    , m_collections(new QStandardItemModel(this))
    , m_items(new QStandardItemModel(this))
{
    buildItems();
    buildSides();
    buildCollections();
}

DemoContent::~DemoContent() = default;

void DemoContent::addItem(const QString &collection, const QString &name, DiffStatus status,
                          QList<Row> rows)
{
    Item item{collection + u'/' + name.section(u' ', 0, 0).toLower(), collection, name, status,
              std::move(rows)};
    // Keys only need to be unique inside the demo.
    while (m_indexByKey.contains(item.key))
        item.key += u'+';
    if (item.rows.isEmpty())
        item.rows = genericRows(item);
    m_indexByKey.insert(item.key, int(m_itemList.size()));
    m_itemList.append(item);
}

QList<DemoContent::Row> DemoContent::genericRows(const Item &item)
{
    const QString id = QStringLiteral("  \"id\": \"%1\",").arg(fakeUuid(item.key));
    const QString name = QStringLiteral("  \"name\": \"%1\",").arg(item.name);
    QList<Row> rows = {
        {QStringLiteral("{"), QStringLiteral("{")},
        {id, id},
        {name, name},
        {QStringLiteral("  \"icon\": \"bolt\","), QStringLiteral("  \"icon\": \"bolt\",")},
        {QStringLiteral("  \"note\": null,"), QStringLiteral("  \"note\": null,")},
        {QStringLiteral("  \"sort\": 1"), QStringLiteral("  \"sort\": 1")},
        {QStringLiteral("}"), QStringLiteral("}")},
    };
    switch (item.status) {
    case DiffStatus::Identical:
    case DiffStatus::Untracked:
        break;
    case DiffStatus::Changed:
        rows[4].right = QStringLiteral("  \"note\": \"Edited directly on production\",");
        rows[5].right = QStringLiteral("  \"sort\": 3");
        break;
    case DiffStatus::OnlyLeft:
        for (Row &row : rows)
            row.right = QString();
        break;
    case DiffStatus::OnlyRight:
        for (Row &row : rows)
            row.left = QString();
        break;
    }
    return rows;
}

void DemoContent::buildItems()
{
    // The operation from the UI sketch: a condition whose filter and links differ.
    const auto same = [](const char *line) {
        const QString text = QString::fromUtf8(line);
        return Row{text, text};
    };
    const auto differ = [](const char *left, const char *right) {
        return Row{left ? QString::fromUtf8(left) : QString(),
                   right ? QString::fromUtf8(right) : QString()};
    };
    const QList<Row> check = {
        same("{"),
        same("  \"id\": \"6f1c2e8a-3b9d-4c51-9a07-2d4e8b1f0c93\","),
        same("  \"flow\": \"0c8f4d2a-91b7-4e3c-8f55-7a1d9e6b2c40\","),
        same("  \"name\": \"Check\","),
        same("  \"key\": \"check\","),
        same("  \"type\": \"condition\","),
        differ("  \"position_x\": 19,", "  \"position_x\": 37,"),
        same("  \"position_y\": 1,"),
        same("  \"options\": {"),
        same("    \"filter\": {"),
        same("      \"$trigger\": {"),
        same("        \"payload\": {"),
        same("          \"status\": {"),
        differ("            \"_eq\": \"published\"", "            \"_eq\": \"draft\""),
        differ("          },", "          }"),
        differ("          \"approved\": {", nullptr),
        differ("            \"_eq\": true", nullptr),
        differ("          }", nullptr),
        same("        }"),
        same("      }"),
        same("    }"),
        same("  },"),
        same("  \"resolve\": \"a96b0f2c-5e1d-4b8a-b3c7-9f2e6d4a1b85\","),
        differ("  \"reject\": null", "  \"reject\": \"5d2e7c1b-8a4f-4e6d-9b3a-1c7f2e8d6a04\""),
        same("}"),
    };
    const QList<Row> flow = {
        same("{"),
        same("  \"id\": \"0c8f4d2a-91b7-4e3c-8f55-7a1d9e6b2c40\","),
        same("  \"name\": \"On article publish\","),
        same("  \"icon\": \"bolt\","),
        differ("  \"status\": \"active\",", "  \"status\": \"inactive\","),
        same("  \"trigger\": \"event\","),
        same("  \"accountability\": \"all\","),
        same("  \"options\": {"),
        same("    \"type\": \"action\","),
        same("    \"scope\": ["),
        same("      \"items.update\""),
        same("    ],"),
        same("    \"collections\": ["),
        differ("      \"articles\",", "      \"articles\""),
        differ("      \"news\"", nullptr),
        same("    ]"),
        same("  },"),
        same("  \"operation\": \"6f1c2e8a-3b9d-4c51-9a07-2d4e8b1f0c93\""),
        same("}"),
    };

    addItem(QStringLiteral("schema/collections"), QStringLiteral("newsletter"),
            DiffStatus::OnlyLeft);
    addItem(QStringLiteral("schema/fields"), QStringLiteral("articles.status"),
            DiffStatus::Changed);
    addItem(QStringLiteral("schema/fields"), QStringLiteral("articles.approved"),
            DiffStatus::OnlyLeft);
    addItem(QStringLiteral("schema/relations"), QStringLiteral("articles.author → directus_users"),
            DiffStatus::Identical);
    addItem(QStringLiteral("dashboards"), QStringLiteral("Editorial KPIs"), DiffStatus::Identical);
    addItem(QStringLiteral("panels"), QStringLiteral("Published this week  (Editorial KPIs)"),
            DiffStatus::Identical);
    addItem(QStringLiteral("flows"), QStringLiteral("On article publish"), DiffStatus::Changed,
            flow);
    addItem(QStringLiteral("flows"), QStringLiteral("Nightly cache purge"), DiffStatus::Identical);
    addItem(QStringLiteral("flows"), QStringLiteral("Notify editors"), DiffStatus::OnlyLeft);
    addItem(QStringLiteral("operations"), QStringLiteral("Check  (On article publish)"),
            DiffStatus::Changed, check);
    addItem(QStringLiteral("operations"), QStringLiteral("Trigger sub-flow  (On article publish)"),
            DiffStatus::Changed);
    addItem(QStringLiteral("operations"), QStringLiteral("Send mail  (Notify editors)"),
            DiffStatus::OnlyLeft);
    addItem(QStringLiteral("operations"), QStringLiteral("Purge  (Nightly cache purge)"),
            DiffStatus::Identical);
    addItem(QStringLiteral("folders"), QStringLiteral("Article images"), DiffStatus::Identical);
    addItem(QStringLiteral("roles"), QStringLiteral("Junior editor"), DiffStatus::OnlyLeft);
    addItem(QStringLiteral("roles"), tr("%1  (matches “%1” by name)").arg(QStringLiteral("Editor")),
            DiffStatus::Untracked);
    addItem(QStringLiteral("roles"), QStringLiteral("Administrator"), DiffStatus::Identical);
    addItem(QStringLiteral("policies"), QStringLiteral("Editor access"), DiffStatus::Identical);
    addItem(QStringLiteral("policies"), QStringLiteral("Public read"), DiffStatus::Identical);
    addItem(QStringLiteral("permissions"), QStringLiteral("articles · read  (Editor access)"),
            DiffStatus::Changed);
    addItem(QStringLiteral("permissions"), QStringLiteral("articles · update  (Editor access)"),
            DiffStatus::Changed);
    addItem(QStringLiteral("permissions"), QStringLiteral("comments · create  (Public read)"),
            DiffStatus::OnlyRight);
    addItem(QStringLiteral("presets"), QStringLiteral("Articles: My drafts"),
            DiffStatus::OnlyRight);
    addItem(QStringLiteral("settings"), QStringLiteral("Project settings"), DiffStatus::Changed);
    addItem(QStringLiteral("translations"), QStringLiteral("de-DE · publish_button"),
            DiffStatus::Untracked);

    m_items->setColumnCount(ItemColumns::ColumnCount);
    m_items->setHorizontalHeaderLabels({tr("Status"), tr("Name"), tr("Collection")});
    const QStringList checkedByDefault = {QStringLiteral("operations/check"),
                                          QStringLiteral("operations/trigger"),
                                          QStringLiteral("roles/junior")};
    for (const Item &item : std::as_const(m_itemList)) {
        auto *status = new QStandardItem(diffStatusLabel(item.status));
        status->setCheckable(true);
        status->setCheckState(checkedByDefault.contains(item.key) ? Qt::Checked : Qt::Unchecked);
        status->setData(static_cast<int>(item.status), ComparisonRoles::StatusRole);
        auto *name = new QStandardItem(item.name);
        auto *collection = new QStandardItem(item.collection);
        for (QStandardItem *cell : {status, name, collection}) {
            cell->setEditable(false);
            cell->setData(item.collection, ComparisonRoles::CollectionKeyRole);
            cell->setData(item.key, ComparisonRoles::ItemKeyRole);
        }
        m_items->appendRow({status, name, collection});
    }
}

void DemoContent::buildSides()
{
    const Theme theme = Theme::current();
    const auto add = [this](const QString &name, const QIcon &icon, const QString &toolTip) {
        auto *item = new QStandardItem(icon, name);
        item->setToolTip(toolTip);
        m_sides->appendRow(item);
    };
    add(LeftName, Theme::tagIcon(QColor(0x22, 0xa0, 0x6b)),
        tr("Connection: %1 · Directus %2")
            .arg(QStringLiteral("staging.example.com"), QStringLiteral("11.3.5")));
    add(RightName, Theme::tagIcon(QColor(0xd9, 0x3f, 0x3f)),
        tr("Connection: %1 · Directus %2 · protected")
            .arg(QStringLiteral("cms.example.com"), QStringLiteral("12.4.0")));
    add(QStringLiteral("./directus-config"), Theme::tagIcon(theme.mutedText()),
        tr("Dump folder written by directus-sync"));
    add(QStringLiteral("main:directus-config"), Theme::tagIcon(theme.mutedText()),
        tr("The dump folder at git revision %1").arg(QStringLiteral("main")));
}

void DemoContent::buildCollections()
{
    std::array<int, DiffStatusCount> total{};
    QHash<QString, std::array<int, DiffStatusCount>> perCollection;
    for (const Item &item : std::as_const(m_itemList)) {
        const auto status = static_cast<std::size_t>(item.status);
        ++perCollection[item.collection][status];
        ++total[status];
        if (item.collection.startsWith(QLatin1String("schema/")))
            ++perCollection[QStringLiteral("schema")][status];
    }
    const auto makeRow = [&perCollection](const QString &label, const QString &key) {
        auto *row = new QStandardItem(label);
        row->setEditable(false);
        row->setData(key, ComparisonRoles::CollectionKeyRole);
        const auto counts = perCollection.value(key);
        for (DiffStatus status : allDiffStatuses)
            row->setData(counts[static_cast<std::size_t>(status)],
                         ComparisonRoles::countRole(status));
        return row;
    };

    auto *all = makeRow(tr("All collections"), QString());
    for (DiffStatus status : allDiffStatuses)
        all->setData(total[static_cast<std::size_t>(status)], ComparisonRoles::countRole(status));
    QFont bold = all->font();
    bold.setBold(true);
    all->setFont(bold);
    m_collections->appendRow(all);

    auto *schema = makeRow(tr("Schema"), QStringLiteral("schema"));
    schema->appendRow(makeRow(tr("Collections"), QStringLiteral("schema/collections")));
    schema->appendRow(makeRow(tr("Fields"), QStringLiteral("schema/fields")));
    schema->appendRow(makeRow(tr("Relations"), QStringLiteral("schema/relations")));
    m_collections->appendRow(schema);

    const QList<std::pair<QString, QString>> system = {
        {tr("Dashboards"), QStringLiteral("dashboards")},
        {tr("Flows"), QStringLiteral("flows")},
        {tr("Folders"), QStringLiteral("folders")},
        {tr("Operations"), QStringLiteral("operations")},
        {tr("Panels"), QStringLiteral("panels")},
        {tr("Permissions"), QStringLiteral("permissions")},
        {tr("Policies"), QStringLiteral("policies")},
        {tr("Presets"), QStringLiteral("presets")},
        {tr("Roles"), QStringLiteral("roles")},
        {tr("Settings"), QStringLiteral("settings")},
        {tr("Translations"), QStringLiteral("translations")},
    };
    for (const auto &[label, key] : system)
        m_collections->appendRow(makeRow(label, key));
}

DiffPresentation DemoContent::presentationFor(const QString &itemKey) const
{
    const auto it = m_indexByKey.constFind(itemKey);
    if (it == m_indexByKey.cend())
        return {};
    const Item &item = m_itemList.at(*it);
    // The demo's rows are pre-aligned; the diff is recomputed from each side's lines in core,
    // exactly as for a real comparison.
    QStringList left;
    QStringList right;
    for (const Row &row : item.rows) {
        if (!row.left.isNull())
            left.append(row.left);
        if (!row.right.isNull())
            right.append(row.right);
    }
    const QString path = item.collection + u'/' + item.name.section(QStringLiteral("  ("), 0, 0);
    const auto title = [&path](const QString &side, bool present) {
        return present ? tr("%1 · %2").arg(side, path) : tr("%1 · not present").arg(side);
    };
    return DiffPresentation::fromDiff(SideBySideDiff::computeLines(left, right),
                                      title(LeftName, item.status != DiffStatus::OnlyRight),
                                      title(RightName, item.status != DiffStatus::OnlyLeft));
}

QModelIndex DemoContent::featuredItem() const
{
    return m_items->index(int(m_indexByKey.value(FeaturedKey)), ItemColumns::NameColumn);
}

DemoContent *DemoContent::install(MainWindow *window)
{
    if (auto *existing = window->findChild<DemoContent *>(QString(), Qt::FindDirectChildrenOnly)) {
        window->showComparison();
        return existing;
    }
    auto *demo = new DemoContent(window);
    window->setSidesModel(demo->sidesModel());
    window->setSides(0, 1);
    window->setComparisonModels(demo->collectionModel(), demo->itemModel());
    connect(window, &MainWindow::currentItemChanged, demo,
            [demo, window](const QModelIndex &index) {
                if (!index.isValid()) {
                    window->comparisonView()->clearDiff();
                    return;
                }
                window->setDiffPresentation(
                    demo->presentationFor(index.data(ComparisonRoles::ItemKeyRole).toString()));
            });

    int differ = 0;
    for (const Item &item : std::as_const(demo->m_itemList))
        differ += item.status != DiffStatus::Identical ? 1 : 0;
    const int total = int(demo->m_itemList.size());
    window->setStatusSummary(tr("Demo data · compared %n items in %1 s · %2 differ", nullptr, total)
                                 .arg(QLocale().toString(0.4, 'f', 1), QLocale().toString(differ)));
    window->setSideSummaries(
        tr("%1 · Directus %2").arg(LeftName, QStringLiteral("11.3.5")),
        tr("%1 · Directus %2 · protected").arg(RightName, QStringLiteral("12.4.0")));
    window->showComparison();
    window->comparisonView()->selectItem(demo->featuredItem());
    return demo;
}

} // namespace syncstudio
