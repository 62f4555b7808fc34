#include "jsondiffview.h"
#include "jsontextview.h"

#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBlock>
#include <QVBoxLayout>

namespace syncstudio {

JsonDiffView::JsonDiffView(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_leftTitle(new QLabel(this))
    , m_rightTitle(new QLabel(this))
    , m_left(new JsonTextView(this))
    , m_right(new JsonTextView(this))
{
    m_left->setObjectName(QStringLiteral("leftJsonView"));
    m_right->setObjectName(QStringLiteral("rightJsonView"));

    m_placeholder->setText(tr("Select an item to see its JSON side by side."));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->setHandleWidth(6);
    splitter->addWidget(createPane(m_leftTitle, m_left));
    splitter->addWidget(createPane(m_rightTitle, m_right));

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(splitter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    syncScrollBars();
    clear();
}

JsonDiffView::~JsonDiffView() = default;

QWidget *JsonDiffView::createPane(QLabel *title, JsonTextView *view)
{
    auto *pane = new QFrame(this);
    pane->setFrameShape(QFrame::StyledPanel);
    pane->setFrameShadow(QFrame::Sunken);

    title->setTextFormat(Qt::PlainText);
    title->setContentsMargins(8, 5, 8, 5);
    title->setAutoFillBackground(true);
    title->setBackgroundRole(QPalette::Window);
    // The header must never force the pane wider than the splitter gives it.
    title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QFont font = title->font();
    font.setBold(true);
    title->setFont(font);

    auto *line = new QFrame(pane);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Plain);
    line->setForegroundRole(QPalette::Mid);

    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(0);
    layout->addWidget(title);
    layout->addWidget(line);
    layout->addWidget(view, 1);
    return pane;
}

void JsonDiffView::syncScrollBars()
{
    // Both panes hold aligned rows, so equal scroll values show equal rows. The flag stops the
    // two valueChanged handlers from feeding each other.
    const auto link = [this](QScrollBar *from, QScrollBar *to) {
        connect(from, &QScrollBar::valueChanged, this, [this, to](int value) {
            if (m_syncing)
                return;
            m_syncing = true;
            to->setValue(value);
            m_syncing = false;
        });
    };
    link(m_left->verticalScrollBar(), m_right->verticalScrollBar());
    link(m_right->verticalScrollBar(), m_left->verticalScrollBar());
    link(m_left->horizontalScrollBar(), m_right->horizontalScrollBar());
    link(m_right->horizontalScrollBar(), m_left->horizontalScrollBar());
}

void JsonDiffView::setPresentation(const DiffPresentation &presentation)
{
    m_leftTitle->setText(presentation.left.title);
    m_rightTitle->setText(presentation.right.title);
    m_left->setContent(presentation.left.text, presentation.left.marks, presentation.left.muted);
    m_right->setContent(presentation.right.text, presentation.right.marks,
                        presentation.right.muted);
    m_changeRows = presentation.changeRows;
    m_currentChange = -1;
    // Browse mode: one document, shown alone.
    const bool single = presentation.right.title.isEmpty() && presentation.right.text.isEmpty();
    m_right->parentWidget()->setVisible(!single);
    m_stack->setCurrentIndex(1);
}

bool JsonDiffView::goToChange(bool forward)
{
    const int next = m_currentChange + (forward ? 1 : -1);
    if (m_changeRows.isEmpty() || next < 0 || next >= m_changeRows.size())
        return false;
    m_currentChange = next;
    const int row = m_changeRows.at(next);
    for (JsonTextView *view : {m_left, m_right}) {
        const QTextBlock block = view->document()->findBlockByNumber(row);
        if (!block.isValid())
            continue;
        view->setTextCursor(QTextCursor(block));
        view->centerCursor();
    }
    return true;
}

void JsonDiffView::clear()
{
    m_changeRows.clear();
    m_currentChange = -1;
    m_leftTitle->clear();
    m_rightTitle->clear();
    m_left->setContent({}, {});
    m_right->setContent({}, {});
    m_stack->setCurrentIndex(0);
}

bool JsonDiffView::hasPresentation() const
{
    return m_stack->currentIndex() == 1;
}

QString JsonDiffView::leftTitle() const
{
    return m_leftTitle->text();
}

QString JsonDiffView::rightTitle() const
{
    return m_rightTitle->text();
}

} // namespace syncstudio
