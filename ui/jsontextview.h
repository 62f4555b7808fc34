#pragma once

#include "diffpresentation.h"

#include <QHash>
#include <QPlainTextEdit>

QT_BEGIN_NAMESPACE
class QSyntaxHighlighter;
QT_END_NAMESPACE

namespace syncstudio {

// One read-only side of the JSON comparison: syntax highlighting, a line-number gutter with a
// change marker strip, and row/word backgrounds from the LineMarks of a DiffPresentation.
class JsonTextView final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonTextView)

public:
    explicit JsonTextView(QWidget *parent = nullptr);
    ~JsonTextView() override;

    void setContent(const QString &text, const QList<LineMark> &marks,
                    const QList<MutedRange> &muted = {});
    const QList<LineMark> &marks() const { return m_marks; }
    const QList<MutedRange> &muted() const { return m_muted; }
    QSyntaxHighlighter *highlighter() const { return m_highlighter; }

    // Used by the gutter widget, which is an implementation detail of this view.
    int gutterWidth() const;
    void paintGutter(const QRect &rect);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateGutterGeometry();
    void applyMarks();
    void recreateHighlighter();

    QWidget *m_gutter = nullptr;
    QSyntaxHighlighter *m_highlighter = nullptr;
    QList<LineMark> m_marks;
    QList<MutedRange> m_muted;
    QHash<int, LineMark::Kind> m_kindByLine;
};

} // namespace syncstudio
