#include "compareresult.h"

namespace syncstudio {

namespace {

struct StatusName
{
    ItemStatus status;
    const char16_t *name;
};

// The CLI contract's spelling; also the JSON output's.
constexpr StatusName StatusNames[] = {
    {ItemStatus::Identical, u"identical"},    {ItemStatus::Changed, u"changed"},
    {ItemStatus::SourceOnly, u"source-only"}, {ItemStatus::TargetOnly, u"target-only"},
    {ItemStatus::Untracked, u"untracked"},    {ItemStatus::Dangling, u"dangling"},
};

} // namespace

QString itemStatusName(ItemStatus status)
{
    for (const StatusName &entry : StatusNames) {
        if (entry.status == status) {
            return QString::fromUtf16(entry.name);
        }
    }
    return {};
}

std::optional<ItemStatus> itemStatusFromName(const QString &name)
{
    for (const StatusName &entry : StatusNames) {
        if (name == QStringView(entry.name)) {
            return entry.status;
        }
    }
    return std::nullopt;
}

int CompareResult::count(ItemStatus status) const
{
    int result = 0;
    for (const ItemComparison &item : items) {
        if (item.status == status) {
            ++result;
        }
    }
    return result;
}

int CompareResult::count(const QString &collection, ItemStatus status) const
{
    int result = 0;
    for (const ItemComparison &item : items) {
        if (item.status == status && item.collection == collection) {
            ++result;
        }
    }
    return result;
}

bool CompareResult::hasDifferences(bool ignoreUntracked) const
{
    for (const ItemComparison &item : items) {
        switch (item.status) {
        case ItemStatus::Identical:
            break;
        case ItemStatus::Untracked:
        case ItemStatus::Dangling:
            if (!ignoreUntracked) {
                return true;
            }
            break;
        case ItemStatus::Changed:
        case ItemStatus::SourceOnly:
        case ItemStatus::TargetOnly:
            return true;
        }
    }
    for (const SchemaComparison &row : schema) {
        if (!row.versionOnly) {
            return true;
        }
    }
    return false;
}

const ItemComparison *CompareResult::find(const QString &collection, const QString &syncId) const
{
    if (syncId.isEmpty()) {
        return nullptr;
    }
    for (const ItemComparison &item : items) {
        if (item.collection == collection && item.syncId == syncId &&
            item.status != ItemStatus::Dangling) {
            return &item;
        }
    }
    return nullptr;
}

} // namespace syncstudio
