#include "welcomepage.h"

#include <QAbstractItemModel>
#include <QCommandLinkButton>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListView>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace syncstudio {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_recentList(new QListView(this))
    , m_recentStack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("welcomePage"));

    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/syncstudio.svg")).pixmap(72, 72));
    logo->setFixedSize(80, 80);
    logo->setAlignment(Qt::AlignCenter);

    auto *title = new QLabel(tr("Directus Sync Studio"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.9);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *subtitle =
        new QLabel(tr("Compare Directus instances and configuration folders side by side, "
                      "then push exactly the items you pick."),
                   this);
    subtitle->setWordWrap(true);
    subtitle->setForegroundRole(QPalette::PlaceholderText);
    QFont subtitleFont = subtitle->font();
    subtitleFont.setPointSizeF(subtitleFont.pointSizeF() * 1.1);
    subtitle->setFont(subtitleFont);

    auto *heading = new QGridLayout;
    heading->setHorizontalSpacing(16);
    heading->setVerticalSpacing(2);
    heading->addWidget(logo, 0, 0, 2, 1, Qt::AlignTop);
    heading->addWidget(title, 0, 1, Qt::AlignBottom);
    heading->addWidget(subtitle, 1, 1, Qt::AlignTop);
    heading->setColumnStretch(1, 1);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(24);
    columns->addWidget(createStartGroup(), 1);
    columns->addWidget(createRecentGroup(), 1);

    // A fixed-width column in the middle reads better than buttons stretched over 1280 px.
    auto *content = new QWidget(this);
    content->setMaximumWidth(920);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(32);
    contentLayout->addLayout(heading);
    contentLayout->addLayout(columns);

    content->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(content, 100);
    row->addStretch(1);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(32, 32, 32, 32);
    outer->addStretch(2);
    outer->addLayout(row);
    outer->addStretch(3);
}

WelcomePage::~WelcomePage() = default;

QWidget *WelcomePage::createStartGroup()
{
    auto *group = new QGroupBox(tr("Start"), this);
    auto *layout = new QVBoxLayout(group);
    layout->setSpacing(4);

    const auto addLink = [this, group, layout](const QString &objectName, const QIcon &icon,
                                               const QString &text, const QString &description,
                                               void (WelcomePage::*signal)()) {
        auto *button = new QCommandLinkButton(text, description, group);
        button->setObjectName(objectName);
        button->setIcon(icon);
        button->setIconSize(QSize(24, 24));
        connect(button, &QCommandLinkButton::clicked, this, signal);
        layout->addWidget(button);
    };
    addLink(QStringLiteral("addConnectionButton"),
            QIcon(QStringLiteral(":/icons/connection-add.svg")), tr("Add a connection…"),
            tr("Connect to a Directus instance with its URL and an access token."),
            &WelcomePage::addConnectionRequested);
    addLink(QStringLiteral("openFolderButton"), QIcon(QStringLiteral(":/icons/folder-open.svg")),
            tr("Open a dump folder…"),
            tr("Browse a configuration folder written by directus-sync or the Directus CLI."),
            &WelcomePage::openFolderRequested);
    addLink(QStringLiteral("openDemoButton"), QIcon(QStringLiteral(":/icons/demo.svg")),
            tr("Open the demo"), tr("Explore a sample comparison without connecting to a server."),
            &WelcomePage::openDemoRequested);
    layout->addStretch(1);
    return group;
}

QWidget *WelcomePage::createRecentGroup()
{
    auto *group = new QGroupBox(tr("Recent comparisons"), this);
    auto *layout = new QVBoxLayout(group);

    m_recentList->setObjectName(QStringLiteral("recentComparisons"));
    m_recentList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recentList->setUniformItemSizes(true);
    connect(m_recentList, &QListView::activated, this, &WelcomePage::recentComparisonActivated);

    auto *empty = new QLabel(tr("No recent comparisons yet.\n"
                                "Comparisons you run will be listed here."),
                             group);
    empty->setObjectName(QStringLiteral("recentComparisonsEmpty"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setForegroundRole(QPalette::PlaceholderText);

    m_recentStack->addWidget(empty);
    m_recentStack->addWidget(m_recentList);
    layout->addWidget(m_recentStack);
    updateRecentPlaceholder();
    return group;
}

void WelcomePage::setRecentComparisonsModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    m_recentList->setModel(model);
    if (model) {
        const auto update = [this] {
            updateRecentPlaceholder();
        };
        m_modelConnections.append(connect(model, &QAbstractItemModel::modelReset, this, update));
        m_modelConnections.append(connect(model, &QAbstractItemModel::rowsInserted, this, update));
        m_modelConnections.append(connect(model, &QAbstractItemModel::rowsRemoved, this, update));
    }
    updateRecentPlaceholder();
}

void WelcomePage::updateRecentPlaceholder()
{
    const QAbstractItemModel *model = m_recentList->model();
    m_recentStack->setCurrentIndex(model && model->rowCount() > 0 ? 1 : 0);
}

} // namespace syncstudio
