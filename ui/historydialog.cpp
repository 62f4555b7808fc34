#include "historydialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace syncstudio {

HistoryDialog::HistoryDialog(QWidget *parent)
    : QDialog(parent)
    , m_model(new HistoryModel(this))
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("History"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(HistoryModel::DateColumn, 150);
    m_view->setColumnWidth(HistoryModel::AuthorColumn, 130);
    m_view->setColumnWidth(HistoryModel::MessageColumn, 340);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_left = buttons->addButton(tr("Use as &Left"), QDialogButtonBox::ActionRole);
    m_left->setObjectName(QStringLiteral("useAsLeftButton"));
    m_left->setToolTip(tr("The folder as it was in this commit becomes the left side (the "
                          "source of a push)"));
    m_right = buttons->addButton(tr("Use as &Right"), QDialogButtonBox::ActionRole);
    m_right->setObjectName(QStringLiteral("useAsRightButton"));
    m_right->setToolTip(tr("The folder as it was in this commit becomes the right side"));
    m_previous = buttons->addButton(tr("Compare with &Previous"), QDialogButtonBox::ActionRole);
    m_previous->setObjectName(QStringLiteral("compareWithPreviousButton"));
    m_previous->setToolTip(
        tr("What this commit changed: the commit before it on the left, this one on the right"));
    m_previous->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_left, &QPushButton::clicked, this, [this] {
        if (const HistoryRevision revision = currentRevision(); revision.isValid())
            emit useAsLeft(revision);
    });
    connect(m_right, &QPushButton::clicked, this, [this] {
        if (const HistoryRevision revision = currentRevision(); revision.isValid())
            emit useAsRight(revision);
    });
    connect(m_previous, &QPushButton::clicked, this, &HistoryDialog::emitCompareWithPrevious);
    connect(m_view, &QTreeView::doubleClicked, this, &HistoryDialog::emitCompareWithPrevious);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryDialog::updateState);
    connect(m_model, &HistoryModel::modelReset, this, &HistoryDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(900, 460);
    updateState();
}

HistoryDialog::~HistoryDialog() = default;

void HistoryDialog::load(const QString &folder)
{
    m_model->load(folder);
}

int HistoryDialog::currentRow() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

HistoryRevision HistoryDialog::currentRevision() const
{
    return m_model->revisionAt(currentRow());
}

void HistoryDialog::selectRow(int row)
{
    m_view->setCurrentIndex(m_model->index(row, 0));
}

void HistoryDialog::emitCompareWithPrevious()
{
    const int row = currentRow();
    const HistoryRevision previous = m_model->revisionAt(row + 1);
    const HistoryRevision revision = m_model->revisionAt(row);
    if (revision.isValid() && previous.isValid())
        emit compareWithPrevious(previous, revision);
}

void HistoryDialog::updateState()
{
    const QString folder = QDir::toNativeSeparators(m_model->folder());
    setWindowTitle(folder.isEmpty() ? tr("History")
                                    : tr("History of %1").arg(QDir(m_model->folder()).dirName()));
    m_title->setText(
        folder.isEmpty()
            ? QString()
            : tr("Commits that changed <b>%1</b>, newest first.").arg(folder.toHtmlEscaped()));
    switch (m_model->state()) {
    case HistoryModel::State::Empty:
        m_status->clear();
        break;
    case HistoryModel::State::Loading:
        m_status->setText(tr("Reading the history with git…"));
        break;
    case HistoryModel::State::Failed:
        m_status->setText(m_model->errorMessage());
        break;
    case HistoryModel::State::Loaded:
        m_status->setText(
            m_model->rowCount() == 0
                ? tr("No commit has changed this folder yet: export into it with “Commit the "
                     "folder with git”.")
                : tr("%n commit(s). Select one and use it as a side; the working tree is not "
                     "touched.",
                     nullptr, m_model->rowCount()));
        if (m_model->rowCount() > 0 && currentRow() < 0)
            selectRow(0);
        break;
    }
    m_view->setVisible(m_model->state() != HistoryModel::State::Failed);
    const int row = currentRow();
    m_left->setEnabled(row >= 0);
    m_right->setEnabled(row >= 0);
    m_previous->setEnabled(row >= 0 && row + 1 < m_model->rowCount());
}

} // namespace syncstudio
