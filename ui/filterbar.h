#pragma once

#include "diffstatus.h"

#include <QWidget>

#include <array>

QT_BEGIN_NAMESPACE
class QLineEdit;
class QToolButton;
QT_END_NAMESPACE

namespace syncstudio {

// The row above the item list: one toggle per status (with its count) and the search field.
// It only reports what the user toggled; ItemFilterProxyModel does the filtering.
class FilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)

public:
    explicit FilterBar(QWidget *parent = nullptr);
    ~FilterBar() override;

    void setCounts(const std::array<int, DiffStatusCount> &counts);
    void setStatusChecked(DiffStatus status, bool checked);
    bool isStatusChecked(DiffStatus status) const;

    QToolButton *statusButton(DiffStatus status) const;
    QLineEdit *searchField() const { return m_search; }
    // True while the bar is too narrow for the labels: the toggles then show only their counts
    // (the tool tips still name the status).
    bool isCompact() const { return m_compact; }

    QSize minimumSizeHint() const override;

signals:
    void statusToggled(syncstudio::DiffStatus status, bool visible);
    void searchTextChanged(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QString buttonText(DiffStatus status, bool compact) const;
    // The width the bar needs with full or compact toggle texts.
    int requiredWidth(bool compact) const;
    void updateButtonTexts();
    void updateIcons();

    std::array<QToolButton *, DiffStatusCount> m_buttons{};
    std::array<int, DiffStatusCount> m_counts{};
    QLineEdit *m_search = nullptr;
    bool m_compact = false;
};

} // namespace syncstudio
