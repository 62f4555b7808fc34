#pragma once

#include "diffpresentation.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QStackedWidget;
QT_END_NAMESPACE

namespace syncstudio {

class JsonTextView;

// The side-by-side JSON area: two JsonTextViews with titled headers, scrolling in lock-step.
// Renders a DiffPresentation; it never computes a diff itself.
class JsonDiffView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonDiffView)

public:
    explicit JsonDiffView(QWidget *parent = nullptr);
    ~JsonDiffView() override;

    void setPresentation(const DiffPresentation &presentation);
    // Back to the "select an item" placeholder.
    void clear();
    bool hasPresentation() const;
    // Moves both sides to the next (or previous) change of the document; false at the end.
    bool goToChange(bool forward);
    int currentChange() const { return m_currentChange; }

    JsonTextView *leftView() const { return m_left; }
    JsonTextView *rightView() const { return m_right; }
    QString leftTitle() const;
    QString rightTitle() const;

private:
    QWidget *createPane(QLabel *title, JsonTextView *view);
    void syncScrollBars();

    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_leftTitle = nullptr;
    QLabel *m_rightTitle = nullptr;
    JsonTextView *m_left = nullptr;
    JsonTextView *m_right = nullptr;
    bool m_syncing = false;
    QList<int> m_changeRows;
    int m_currentChange = -1;
};

} // namespace syncstudio
