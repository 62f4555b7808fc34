#include "diffstatus.h"

#include <QCoreApplication>

namespace syncstudio {

QString diffStatusLabel(DiffStatus status)
{
    switch (status) {
    case DiffStatus::Identical:
        return QCoreApplication::translate("syncstudio::DiffStatus", "Identical");
    case DiffStatus::Changed:
        return QCoreApplication::translate("syncstudio::DiffStatus", "Changed");
    case DiffStatus::OnlyLeft:
        return QCoreApplication::translate("syncstudio::DiffStatus", "Only left");
    case DiffStatus::OnlyRight:
        return QCoreApplication::translate("syncstudio::DiffStatus", "Only right");
    case DiffStatus::Untracked:
        return QCoreApplication::translate("syncstudio::DiffStatus", "Untracked");
    }
    return {};
}

DiffStatus diffStatusFromInt(int value)
{
    if (value < 0 || value >= DiffStatusCount)
        return DiffStatus::Identical;
    return static_cast<DiffStatus>(value);
}

} // namespace syncstudio
