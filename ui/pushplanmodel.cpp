#include "pushplanmodel.h"
#include "theme.h"

#include <QFont>

namespace syncstudio {

namespace {

// Top-level rows carry 0; a request row carries its step's row + 1, so parent() needs no table.
constexpr quintptr StepId = 0;

} // namespace

PushPlanModel::PushPlanModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

PushPlanModel::~PushPlanModel() = default;

void PushPlanModel::setPlan(const PushPlan &plan, const QList<ItemRef> &picked)
{
    beginResetModel();
    m_plan = plan;
    m_picked = QSet<ItemRef>(picked.cbegin(), picked.cend());
    m_results.clear();
    for (const PlanStep &step : std::as_const(m_plan.steps)) {
        StepResult result;
        result.number = step.number;
        m_results.append(result);
    }
    endResetModel();
}

void PushPlanModel::setStepResult(const StepResult &result)
{
    // Results name steps by number; the plan numbers them 1..n in order.
    const int row = result.number - 1;
    if (row < 0 || row >= m_results.size())
        return;
    m_results[row] = result;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void PushPlanModel::setReport(const PushReport &report)
{
    for (const StepResult &result : report.steps)
        setStepResult(result);
}

void PushPlanModel::resetStates()
{
    for (int row = 0; row < m_results.size(); ++row) {
        StepResult pending;
        pending.number = m_results.at(row).number;
        m_results[row] = pending;
    }
    if (!m_results.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_results.size()) - 1, ColumnCount - 1));
}

StepResult::State PushPlanModel::stateAt(int row) const
{
    return row >= 0 && row < m_results.size() ? m_results.at(row).state
                                              : StepResult::State::Pending;
}

QString PushPlanModel::actionName(PlanStep::Kind kind)
{
    switch (kind) {
    case PlanStep::Kind::SchemaApply:
        return tr("schema");
    case PlanStep::Kind::Create:
        return tr("create");
    case PlanStep::Kind::Update:
        return tr("update");
    case PlanStep::Kind::Link:
        return tr("link");
    case PlanStep::Kind::Nullify:
        return tr("unlink");
    case PlanStep::Kind::Delete:
        return tr("delete");
    case PlanStep::Kind::CreateMapping:
        return tr("track");
    case PlanStep::Kind::DeleteMapping:
        return tr("untrack");
    }
    return {};
}

QString PushPlanModel::stateName(StepResult::State state)
{
    switch (state) {
    case StepResult::State::Pending:
        return tr("pending");
    case StepResult::State::Done:
        return tr("done");
    case StepResult::State::Failed:
        return tr("failed");
    case StepResult::State::Unknown:
        return tr("unknown");
    case StepResult::State::Skipped:
        return tr("skipped");
    case StepResult::State::Simulated:
        return tr("simulated");
    }
    return {};
}

QModelIndex PushPlanModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, StepId);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex PushPlanModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == StepId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, StepId);
}

int PushPlanModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_plan.steps.size());
    // Only a step's first column holds its request row.
    if (parent.internalId() == StepId && parent.column() == 0)
        return 1;
    return 0;
}

int PushPlanModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PushPlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == StepId)
        return stepData(index.row(), index.column(), role);
    return requestData(int(index.internalId() - 1), index.column(), role);
}

QVariant PushPlanModel::stepData(int row, int column, int role) const
{
    const PlanStep &step = m_plan.steps.at(row);
    const StepResult &result = m_results.at(row);
    const bool dependency = !m_picked.isEmpty() &&
                            step.item.collection != QLatin1String("schema") &&
                            !m_picked.contains(step.item);
    switch (role) {
    case StateRole:
        return int(result.state);
    case KindRole:
        return int(step.kind);
    case DependencyRole:
        return dependency;
    case RequestRole:
        return step.describe();
    case StepNumberRole:
        return step.number;
    case IsRequestRowRole:
        return false;
    default:
        break;
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case NumberColumn:
            return step.number;
        case ActionColumn:
            return actionName(step.kind);
        case CollectionColumn:
            return step.item.collection;
        case ItemColumn:
            return step.name.isEmpty() ? step.summary : step.name;
        case SyncIdColumn:
            return step.item.collection == QLatin1String("schema") ? QString() : step.item.syncId;
        case OriginColumn:
            return dependency ? tr("dependency") : QString();
        case StateColumn:
            // A plan under review has not run: no state to show yet.
            return result.state == StepResult::State::Pending ? QString() : stateName(result.state);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case ItemColumn:
            return step.summary;
        case SyncIdColumn:
            return step.localId.isEmpty()
                       ? step.item.syncId
                       : tr("SyncID %1 · id on the target %2").arg(step.item.syncId, step.localId);
        case OriginColumn:
            return dependency ? tr("Not picked: added because a picked item needs it.")
                              : QVariant();
        case StateColumn:
            if (!result.message.isEmpty())
                return result.message;
            return result.status > 0 ? tr("HTTP %1").arg(result.status) : QVariant();
        default:
            return step.describe();
        }
    }
    if (role == Qt::ForegroundRole) {
        const Theme theme = Theme::current();
        if (column == ActionColumn) {
            switch (step.kind) {
            case PlanStep::Kind::Create:
                return theme.statusColor(DiffStatus::OnlyLeft);
            case PlanStep::Kind::Delete:
                return theme.statusColor(DiffStatus::OnlyRight);
            case PlanStep::Kind::SchemaApply:
                return theme.statusColor(DiffStatus::Untracked);
            default:
                return theme.statusColor(DiffStatus::Changed);
            }
        }
        if (column == OriginColumn || column == SyncIdColumn || column == NumberColumn)
            return theme.mutedText();
        if (column == StateColumn) {
            switch (result.state) {
            case StepResult::State::Done:
                return theme.statusColor(DiffStatus::OnlyLeft);
            case StepResult::State::Failed:
                return theme.statusColor(DiffStatus::OnlyRight);
            case StepResult::State::Unknown:
                return theme.statusColor(DiffStatus::Changed);
            case StepResult::State::Simulated:
                return theme.syntaxKey();
            default:
                return theme.mutedText();
            }
        }
        return {};
    }
    const bool alarming = (column == ActionColumn && step.kind == PlanStep::Kind::Delete) ||
                          (column == StateColumn && (result.state == StepResult::State::Failed ||
                                                     result.state == StepResult::State::Unknown));
    if (role == Qt::FontRole && alarming) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole && column == NumberColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant PushPlanModel::requestData(int row, int column, int role) const
{
    if (row < 0 || row >= m_plan.steps.size())
        return {};
    const PlanStep &step = m_plan.steps.at(row);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case RequestRole:
        return column == 0 || role == RequestRole ? step.describe() : QVariant();
    case IsRequestRowRole:
        return true;
    case StepNumberRole:
        return step.number;
    case Qt::FontRole: {
        QFont font(QStringLiteral("monospace"));
        font.setStyleHint(QFont::Monospace);
        return font;
    }
    case Qt::ForegroundRole:
        return Theme::current().mutedText();
    default:
        return {};
    }
}

QVariant PushPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("#");
    case ActionColumn:
        return tr("Action");
    case CollectionColumn:
        return tr("Collection");
    case ItemColumn:
        return tr("Item");
    case SyncIdColumn:
        return tr("SyncID");
    case OriginColumn:
        return tr("Added");
    case StateColumn:
        return tr("Result");
    default:
        return {};
    }
}

Qt::ItemFlags PushPlanModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != StepId)
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

} // namespace syncstudio
