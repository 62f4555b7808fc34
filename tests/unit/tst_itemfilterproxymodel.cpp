#include "comparisonroles.h"
#include "itemfilterproxymodel.h"

#include <QAbstractItemModelTester>
#include <QStandardItemModel>
#include <QTest>

using namespace syncstudio;

namespace {

struct Row
{
    const char *collection;
    const char *name;
    DiffStatus status;
};

// A small item model in the shape ComparisonRoles describes.
void fill(QStandardItemModel &model)
{
    const Row rows[] = {
        {"flows", "On article publish", DiffStatus::Changed},
        {"flows", "Nightly purge", DiffStatus::Identical},
        {"operations", "Check (On article publish)", DiffStatus::Changed},
        {"roles", "Junior editor", DiffStatus::OnlyLeft},
        {"roles", "Editor", DiffStatus::Untracked},
        {"schema/fields", "articles.status", DiffStatus::Changed},
        {"schema/collections", "newsletter", DiffStatus::OnlyRight},
        {"schemas", "not a schema child", DiffStatus::OnlyLeft},
    };
    model.setColumnCount(ItemColumns::ColumnCount);
    for (const Row &row : rows) {
        auto *status = new QStandardItem(diffStatusLabel(row.status));
        status->setData(static_cast<int>(row.status), ComparisonRoles::StatusRole);
        auto *name = new QStandardItem(QString::fromUtf8(row.name));
        auto *collection = new QStandardItem(QString::fromUtf8(row.collection));
        for (QStandardItem *cell : {status, name, collection})
            cell->setData(QString::fromUtf8(row.collection), ComparisonRoles::CollectionKeyRole);
        model.appendRow({status, name, collection});
    }
}

QStringList shownNames(const QAbstractItemModel &model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names.append(model.index(row, ItemColumns::NameColumn).data().toString());
    return names;
}

} // namespace

class TestItemFilterProxyModel final : public QObject
{
    Q_OBJECT

private slots:
    void identicalHiddenByDefault();
    void filters_data();
    void filters();
    void countsIgnoreStatusToggles();
    void followsSourceChanges();
};

void TestItemFilterProxyModel::identicalHiddenByDefault()
{
    QStandardItemModel source;
    fill(source);
    ItemFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&source);
    QVERIFY(!proxy.isStatusVisible(DiffStatus::Identical));
    QCOMPARE(proxy.rowCount(), source.rowCount() - 1);
    QVERIFY(!shownNames(proxy).contains(QStringLiteral("Nightly purge")));
}

void TestItemFilterProxyModel::filters_data()
{
    QTest::addColumn<QString>("collection");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QList<int>>("hiddenStatuses");
    QTest::addColumn<QStringList>("expected");

    const QList<int> none;
    QTest::newRow("everything") << QString() << QString() << none
                                << QStringList{QStringLiteral("On article publish"),
                                               QStringLiteral("Nightly purge"),
                                               QStringLiteral("Check (On article publish)"),
                                               QStringLiteral("Junior editor"),
                                               QStringLiteral("Editor"),
                                               QStringLiteral("articles.status"),
                                               QStringLiteral("newsletter"),
                                               QStringLiteral("not a schema child")};
    QTest::newRow("one collection")
        << QStringLiteral("roles") << QString() << none
        << QStringList{QStringLiteral("Junior editor"), QStringLiteral("Editor")};
    QTest::newRow("parent covers children, not look-alikes")
        << QStringLiteral("schema") << QString() << none
        << QStringList{QStringLiteral("articles.status"), QStringLiteral("newsletter")};
    QTest::newRow("search is case-insensitive")
        << QString() << QStringLiteral("ARTICLE") << none
        << QStringList{QStringLiteral("On article publish"),
                       QStringLiteral("Check (On article publish)"),
                       QStringLiteral("articles.status")};
    QTest::newRow("search trims") << QStringLiteral("flows") << QStringLiteral("  purge ") << none
                                  << QStringList{QStringLiteral("Nightly purge")};
    QTest::newRow("status toggles")
        << QString() << QString()
        << QList<int>{int(DiffStatus::Changed), int(DiffStatus::Identical),
                      int(DiffStatus::OnlyLeft)}
        << QStringList{QStringLiteral("Editor"), QStringLiteral("newsletter")};
    QTest::newRow("all three combined") << QStringLiteral("flows") << QStringLiteral("publish")
                                        << QList<int>{int(DiffStatus::Identical)}
                                        << QStringList{QStringLiteral("On article publish")};
    QTest::newRow("nothing matches")
        << QStringLiteral("roles") << QStringLiteral("flow") << none << QStringList();
}

void TestItemFilterProxyModel::filters()
{
    QFETCH(QString, collection);
    QFETCH(QString, search);
    QFETCH(QList<int>, hiddenStatuses);
    QFETCH(QStringList, expected);

    QStandardItemModel source;
    fill(source);
    ItemFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&source);
    for (DiffStatus status : allDiffStatuses)
        proxy.setStatusVisible(status, !hiddenStatuses.contains(int(status)));
    proxy.setCollectionFilter(collection);
    proxy.setSearchText(search);
    QCOMPARE(shownNames(proxy), expected);
}

void TestItemFilterProxyModel::countsIgnoreStatusToggles()
{
    QStandardItemModel source;
    fill(source);
    ItemFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    proxy.setCollectionFilter(QStringLiteral("flows"));
    proxy.setStatusVisible(DiffStatus::Changed, false);

    const auto counts = proxy.statusCounts();
    QCOMPARE(counts[std::size_t(DiffStatus::Changed)], 1); // hidden, but still counted
    QCOMPARE(counts[std::size_t(DiffStatus::Identical)], 1);
    QCOMPARE(counts[std::size_t(DiffStatus::OnlyLeft)], 0);
    QCOMPARE(proxy.rowCount(), 0); // both flows are hidden by the toggles

    proxy.setSearchText(QStringLiteral("nightly"));
    QCOMPARE(proxy.statusCounts()[std::size_t(DiffStatus::Changed)], 0);
}

void TestItemFilterProxyModel::followsSourceChanges()
{
    QStandardItemModel source;
    fill(source);
    ItemFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&source);
    proxy.setCollectionFilter(QStringLiteral("flows"));
    QCOMPARE(shownNames(proxy), QStringList{QStringLiteral("On article publish")});

    // A re-compare that finds the purge flow changed must make it appear.
    source.item(1, ItemColumns::StatusColumn)
        ->setData(int(DiffStatus::Changed), ComparisonRoles::StatusRole);
    QCOMPARE(proxy.rowCount(), 2);
    source.removeRow(0);
    QCOMPARE(shownNames(proxy), QStringList{QStringLiteral("Nightly purge")});
}

QTEST_GUILESS_MAIN(TestItemFilterProxyModel)
#include "tst_itemfilterproxymodel.moc"
