#pragma once

#include <QList>
#include <QString>

namespace syncstudio {

class SideBySideDiff;

// What the side-by-side JSON view renders: two texts already aligned row by row (the engine
// inserts filler rows), with per-row marks. A pure value type so the diff engine can build it
// off the GUI thread and hand it over.
struct LineMark
{
    enum Kind {
        Changed, // present on both sides, differs
        Added,   // only on this side (would be created on the other side)
        Removed, // only on this side (would be deleted by a push)
        Filler,  // placeholder row: the line exists only on the other side
        Folded,  // "⋯ N identical lines": a run of identical lines not shown
        Ignored, // a field directus-sync ignores: greyed, no line number, not a change
    };

    struct Span
    {
        int start = 0;
        int length = 0;
    };

    int line = 0; // 0-based row in the side's text
    Kind kind = Changed;
    QList<Span> spans; // changed characters inside the row, for word-level highlighting
};

// Text drawn greyed and italic: the name beside a relation value, a whole ignored field.
struct MutedRange
{
    int line = 0;
    int start = 0;
    int length = 0;
};

struct DiffSide
{
    QString title; // e.g. "Staging · operations/Check"
    QString text;
    QList<LineMark> marks;
    QList<MutedRange> muted;
};

struct DiffPresentation
{
    DiffSide left;
    DiffSide right;
    QList<int> changeRows; // first row of each change, ascending

    // The rendering of a diff computed in core: one text row per aligned row, filler rows
    // where a side has no line, folded runs as one "⋯ N identical lines" row on both sides.
    static DiffPresentation fromDiff(const SideBySideDiff &diff, const QString &leftTitle,
                                     const QString &rightTitle);
    // One document alone (browse mode, or an item that exists on one side only).
    static DiffPresentation single(const QString &title, const QString &text);
};

} // namespace syncstudio
