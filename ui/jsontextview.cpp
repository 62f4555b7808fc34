#include "jsontextview.h"
#include "highlighterfactory.h"
#include "theme.h"

#include <QFontDatabase>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QSyntaxHighlighter>
#include <QTextBlock>

namespace syncstudio {

namespace {

constexpr int MarkerStripWidth = 3;
constexpr int GutterPadding = 8;

// The gutter paints nothing itself: the view knows the blocks and marks.
class Gutter final : public QWidget
{
    Q_DISABLE_COPY_MOVE(Gutter)

public:
    explicit Gutter(JsonTextView *view)
        : QWidget(view)
        , m_view(view)
    {}

    QSize sizeHint() const override { return {m_view->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_view->paintGutter(event->rect()); }

private:
    JsonTextView *m_view;
};

QColor markerColor(const Theme &theme, LineMark::Kind kind)
{
    switch (kind) {
    case LineMark::Changed:
        return theme.statusColor(DiffStatus::Changed);
    case LineMark::Added:
        return theme.statusColor(DiffStatus::OnlyLeft);
    case LineMark::Removed:
        return theme.statusColor(DiffStatus::OnlyRight);
    case LineMark::Filler:
    case LineMark::Folded:
    case LineMark::Ignored:
        break;
    }
    return {};
}

// A format over characters of one block, clipped to the block.
void appendRange(QList<QTextEdit::ExtraSelection> &selections, const QTextBlock &block, int from,
                 int length, const QTextCharFormat &format)
{
    const int start = qBound(0, from, block.length() - 1);
    const int end = qBound(start, from + length, block.length() - 1);
    if (end <= start)
        return;
    QTextEdit::ExtraSelection selection;
    selection.cursor = QTextCursor(block);
    selection.cursor.setPosition(block.position() + start);
    selection.cursor.setPosition(block.position() + end, QTextCursor::KeepAnchor);
    selection.format = format;
    selections.append(selection);
}

// Fillers stand for the other side's lines, ignored fields are not lines of the item.
bool hasNoLineNumber(LineMark::Kind kind)
{
    return kind == LineMark::Filler || kind == LineMark::Ignored;
}

} // namespace

JsonTextView::JsonTextView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(new Gutter(this))
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFrameShape(QFrame::NoFrame);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    recreateHighlighter();

    connect(this, &QPlainTextEdit::blockCountChanged, this, [this] { updateGutterGeometry(); });
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy != 0)
            m_gutter->scroll(0, dy);
        else
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    });
    updateGutterGeometry();
}

JsonTextView::~JsonTextView() = default;

void JsonTextView::setContent(const QString &text, const QList<LineMark> &marks,
                              const QList<MutedRange> &muted)
{
    m_marks = marks;
    m_muted = muted;
    m_kindByLine.clear();
    for (const LineMark &mark : marks)
        m_kindByLine.insert(mark.line, mark.kind);
    setPlainText(text);
    applyMarks();
    updateGutterGeometry();
    m_gutter->update();
}

int JsonTextView::gutterWidth() const
{
    int lines = 0;
    for (QTextBlock block = document()->firstBlock(); block.isValid(); block = block.next()) {
        if (!hasNoLineNumber(m_kindByLine.value(block.blockNumber(), LineMark::Changed)))
            ++lines;
    }
    const int digits = int(QString::number(qMax(lines, 99)).size());
    return GutterPadding * 2 + fontMetrics().horizontalAdvance(u'9') * digits + MarkerStripWidth;
}

void JsonTextView::paintGutter(const QRect &rect)
{
    const Theme theme = Theme::fromPalette(palette());
    QPainter painter(m_gutter);
    painter.fillRect(
        rect, Theme::mix(palette().color(QPalette::Base), palette().color(QPalette::Window), 0.6));
    painter.setFont(font());

    // Filler rows have no line number, so count the real lines above the first visible block.
    QTextBlock block = firstVisibleBlock();
    int lineNumber = 0;
    for (QTextBlock b = document()->firstBlock(); b.isValid() && b != block; b = b.next()) {
        if (!hasNoLineNumber(m_kindByLine.value(b.blockNumber(), LineMark::Changed)))
            ++lineNumber;
    }

    const int numberRight = m_gutter->width() - GutterPadding - MarkerStripWidth;
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    while (block.isValid() && top <= rect.bottom()) {
        const qreal height = blockBoundingRect(block).height();
        const auto it = m_kindByLine.constFind(block.blockNumber());
        const bool filler = it != m_kindByLine.cend() && hasNoLineNumber(*it);
        if (!filler)
            ++lineNumber;
        if (block.isVisible() && top + height >= rect.top()) {
            const QRectF row(0, top, m_gutter->width(), height);
            if (it != m_kindByLine.cend()) {
                painter.fillRect(row, theme.lineBackground(*it));
                const QColor marker = markerColor(theme, *it);
                if (marker.isValid()) {
                    painter.fillRect(
                        QRectF(m_gutter->width() - MarkerStripWidth, top, MarkerStripWidth, height),
                        marker);
                }
            }
            if (!filler) {
                painter.setPen(theme.mutedText());
                painter.drawText(QRectF(0, top, numberRight, height),
                                 Qt::AlignRight | Qt::AlignVCenter, QString::number(lineNumber));
            }
        }
        top += height;
        block = block.next();
    }
}

void JsonTextView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateGutterGeometry();
}

void JsonTextView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    // Colours are derived from the palette, so a theme switch must recolour everything.
    if (event->type() == QEvent::PaletteChange) {
        recreateHighlighter();
        applyMarks();
    } else if (event->type() == QEvent::FontChange) {
        updateGutterGeometry();
    }
}

void JsonTextView::updateGutterGeometry()
{
    const int width = gutterWidth();
    setViewportMargins(width, 0, 0, 0);
    const QRect contents = contentsRect();
    m_gutter->setGeometry(contents.left(), contents.top(), width, contents.height());
}

void JsonTextView::recreateHighlighter()
{
    delete m_highlighter;
    m_highlighter = createJsonHighlighter(document(), Theme::fromPalette(palette()));
}

void JsonTextView::applyMarks()
{
    const Theme theme = Theme::fromPalette(palette());
    QList<QTextEdit::ExtraSelection> selections;
    for (const LineMark &mark : std::as_const(m_marks)) {
        const QTextBlock block = document()->findBlockByNumber(mark.line);
        if (!block.isValid())
            continue;
        if (mark.kind == LineMark::Ignored)
            continue; // no row fill (see Theme::lineBackground)
        QTextEdit::ExtraSelection row;
        row.cursor = QTextCursor(block);
        row.format.setBackground(theme.lineBackground(mark.kind));
        row.format.setProperty(QTextFormat::FullWidthSelection, true);
        selections.append(row);
        if (mark.kind == LineMark::Filler) {
            // Hatching tells "nothing here" apart from an empty line at a glance.
            QTextEdit::ExtraSelection hatch = row;
            hatch.format.setBackground(QBrush(
                Theme::mix(palette().color(QPalette::Base), palette().color(QPalette::Text), 0.18),
                Qt::BDiagPattern));
            selections.append(hatch);
        }
        for (const LineMark::Span &span : mark.spans) {
            QTextCharFormat format;
            format.setBackground(theme.spanBackground(mark.kind));
            appendRange(selections, block, span.start, span.length, format);
        }
    }
    // Over the syntax colours: names beside relations and ignored fields read as annotations.
    for (const MutedRange &range : std::as_const(m_muted)) {
        const QTextBlock block = document()->findBlockByNumber(range.line);
        if (!block.isValid())
            continue;
        QTextCharFormat format;
        format.setForeground(theme.mutedText());
        format.setFontItalic(true);
        appendRange(selections, block, range.start, range.length, format);
    }
    setExtraSelections(selections);
}

} // namespace syncstudio
