#pragma once

#include "diffstatus.h"

#include <Qt>

namespace syncstudio {

// The contract between the views and the comparison models. Whoever plugs in real models (the
// compare engine) provides these roles; the views read nothing else.
//
// Collection tree model (any depth):
//   column 0  DisplayRole = collection name, CollectionKeyRole = "flows", "schema/fields", …
//             countRole(status) = number of items with that status below this node
// Item list model (flat):
//   column StatusColumn  DisplayRole = status label, StatusRole, CheckStateRole (push mark)
//   column NameColumn    DisplayRole = display name
//   column CollectionColumn DisplayRole = collection label
//   every column: CollectionKeyRole = collection key, ItemKeyRole = stable item id
namespace ComparisonRoles {

enum Role {
    StatusRole = Qt::UserRole + 1, // int(DiffStatus)
    CollectionKeyRole,             // QString
    ItemKeyRole,                   // QString, unique within the comparison
    CountRoleBase,                 // first of DiffStatusCount consecutive count roles
};

constexpr int countRole(DiffStatus status)
{
    return CountRoleBase + static_cast<int>(status);
}

} // namespace ComparisonRoles

namespace ItemColumns {

enum Column {
    StatusColumn,
    NameColumn,
    CollectionColumn,
    ColumnCount,
};

} // namespace ItemColumns

} // namespace syncstudio
