#pragma once

#include "diffpresentation.h"
#include "diffstatus.h"

#include <QHash>
#include <QObject>

QT_BEGIN_NAMESPACE
class QModelIndex;
class QStandardItemModel;
QT_END_NAMESPACE

namespace syncstudio {

class MainWindow;

// Illustrative data for the "Open the demo" page and the screenshots: a made-up Staging vs
// Production comparison. It plays the controller's role with fixed data (models in, current
// item → DiffPresentation out) and is meant to be replaced by the real compare engine.
class DemoContent final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoContent)

public:
    explicit DemoContent(QObject *parent = nullptr);
    ~DemoContent() override;

    // Loads the demo into window (once; the content becomes the window's child) and shows the
    // comparison with a changed operation selected.
    static DemoContent *install(MainWindow *window);

    QStandardItemModel *sidesModel() const { return m_sides; }
    QStandardItemModel *collectionModel() const { return m_collections; }
    QStandardItemModel *itemModel() const { return m_items; }
    DiffPresentation presentationFor(const QString &itemKey) const;
    // The item selected when the demo opens.
    QModelIndex featuredItem() const;

private:
    // One aligned row of the two JSON texts; a null QString is a filler row on that side.
    struct Row
    {
        QString left;
        QString right;
    };
    struct Item
    {
        QString key;
        QString collection;
        QString name;
        DiffStatus status;
        QList<Row> rows;
    };

    void addItem(const QString &collection, const QString &name, DiffStatus status,
                 QList<Row> rows = {});
    void buildItems();
    void buildSides();
    void buildCollections();
    static QList<Row> genericRows(const Item &item);

    QStandardItemModel *m_sides = nullptr;
    QStandardItemModel *m_collections = nullptr;
    QStandardItemModel *m_items = nullptr;
    QList<Item> m_itemList;
    QHash<QString, int> m_indexByKey;
};

} // namespace syncstudio
