#pragma once

#include <QString>

#include <array>

namespace syncstudio {

// The comparison status of one item as the views show it. The compare engine in core/ will own
// the authoritative type; views only need these five values (StatusRole carries them as int).
enum class DiffStatus {
    Identical,
    Changed,
    OnlyLeft,
    OnlyRight,
    Untracked,
};

inline constexpr int DiffStatusCount = 5;

inline constexpr std::array<DiffStatus, DiffStatusCount> allDiffStatuses = {
    DiffStatus::Identical, DiffStatus::Changed, DiffStatus::OnlyLeft, DiffStatus::OnlyRight,
    DiffStatus::Untracked};

// Translated short label ("Changed", "Only left", …) for badges and filter buttons.
QString diffStatusLabel(DiffStatus status);

// Maps a StatusRole value back; anything out of range reads as Identical so a bad model value
// can never make a view crash or show a change that is not there.
DiffStatus diffStatusFromInt(int value);

} // namespace syncstudio
