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

signals:
    void statusToggled(syncstudio::DiffStatus status, bool visible);
    void searchTextChanged(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateButtonTexts();
    void updateIcons();

    std::array<QToolButton *, DiffStatusCount> m_buttons{};
    std::array<int, DiffStatusCount> m_counts{};
    QLineEdit *m_search = nullptr;
};

} // namespace syncstudio
