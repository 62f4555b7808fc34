#pragma once

#include "pushexecutor.h"
#include "pushplan.h"

#include <QAbstractItemModel>
#include <QSet>

namespace syncstudio {

// The steps of a PushPlan in plan order, one row each, with the state the executor reports
// for it. Every step has one child row: its exact request ("PATCH /flows/… {…}"), so the review
// can expand a step to what is sent.
class PushPlanModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PushPlanModel)

public:
    enum Column {
        NumberColumn,
        ActionColumn,
        CollectionColumn,
        ItemColumn,
        SyncIdColumn,
        OriginColumn,
        StateColumn,
        ColumnCount
    };
    enum Role {
        StateRole = Qt::UserRole + 1, // int(StepResult::State)
        KindRole,                     // int(PlanStep::Kind)
        DependencyRole,               // bool: not picked, added because a picked item needs it
        RequestRole,                  // the step's request as text
        StepNumberRole,               // 1-based
        IsRequestRowRole,             // bool: the child row holding the request
    };

    explicit PushPlanModel(QObject *parent = nullptr);
    ~PushPlanModel() override;

    // picked: the items the user chose; every other item's steps are marked as dependencies.
    // Empty (a push of everything): nothing is marked.
    void setPlan(const PushPlan &plan, const QList<ItemRef> &picked = {});
    const PushPlan &plan() const { return m_plan; }
    int stepCount() const { return int(m_plan.steps.size()); }

    void setStepResult(const StepResult &result);
    void setReport(const PushReport &report);
    // Back to pending, before a run.
    void resetStates();
    StepResult::State stateAt(int row) const;

    static QString actionName(PlanStep::Kind kind);
    static QString stateName(StepResult::State state);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QVariant stepData(int row, int column, int role) const;
    QVariant requestData(int row, int column, int role) const;

    PushPlan m_plan;
    QList<StepResult> m_results; // one per step, in plan order
    QSet<ItemRef> m_picked;
};

} // namespace syncstudio
