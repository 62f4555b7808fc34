#include "diffpresentation.h"
#include "sidebysidediff.h"

#include <QCoreApplication>

namespace syncstudio {

DiffPresentation DiffPresentation::fromDiff(const SideBySideDiff &diff, const QString &leftTitle,
                                            const QString &rightTitle)
{
    DiffPresentation result;
    result.left.title = leftTitle;
    result.right.title = rightTitle;
    QStringList leftRows;
    QStringList rightRows;
    const auto spans = [](const QList<TextRange> &ranges) {
        QList<LineMark::Span> out;
        out.reserve(ranges.size());
        for (const TextRange &range : ranges)
            out.append({range.start, range.length});
        return out;
    };
    int line = 0;
    // The name of a relation's target after its value, greyed: "   ← Editor (roles)".
    const auto withNote = [&line](const QString &text, const QString &note,
                                  QList<MutedRange> &muted) -> QString {
        if (note.isEmpty())
            return text;
        const QString suffix = QStringLiteral("   \u2190 ") + note;
        muted.append({line, int(text.size()) + 3, int(suffix.size()) - 3});
        return text + suffix;
    };
    for (const SideBySideRow &row : diff.rows()) {
        switch (row.kind) {
        case SideBySideRow::Kind::Equal:
            leftRows.append(withNote(row.left, row.leftNote, result.left.muted));
            rightRows.append(withNote(row.right, row.rightNote, result.right.muted));
            break;
        case SideBySideRow::Kind::Changed:
            leftRows.append(withNote(row.left, row.leftNote, result.left.muted));
            rightRows.append(withNote(row.right, row.rightNote, result.right.muted));
            result.left.marks.append({line, LineMark::Changed, spans(row.leftRanges)});
            result.right.marks.append({line, LineMark::Changed, spans(row.rightRanges)});
            break;
        case SideBySideRow::Kind::LeftOnly:
            leftRows.append(withNote(row.left, row.leftNote, result.left.muted));
            rightRows.append(QString());
            result.left.marks.append({line, LineMark::Added, {}});
            result.right.marks.append({line, LineMark::Filler, {}});
            break;
        case SideBySideRow::Kind::RightOnly:
            leftRows.append(QString());
            rightRows.append(withNote(row.right, row.rightNote, result.right.muted));
            result.left.marks.append({line, LineMark::Filler, {}});
            result.right.marks.append({line, LineMark::Removed, {}});
            break;
        case SideBySideRow::Kind::Folded: {
            const QString text = QCoreApplication::translate(
                "syncstudio::DiffPresentation", "⋯ %n identical line(s)", nullptr, row.folded);
            leftRows.append(text);
            rightRows.append(text);
            result.left.marks.append({line, LineMark::Folded, {}});
            result.right.marks.append({line, LineMark::Folded, {}});
            break;
        }
        case SideBySideRow::Kind::Ignored:
            // The whole field greyed on each side that has it; an empty row on the other.
            leftRows.append(row.left);
            rightRows.append(row.right);
            result.left.marks.append({line, LineMark::Ignored, {}});
            result.right.marks.append({line, LineMark::Ignored, {}});
            if (!row.left.isEmpty())
                result.left.muted.append({line, 0, int(row.left.size())});
            if (!row.right.isEmpty())
                result.right.muted.append({line, 0, int(row.right.size())});
            break;
        }
        ++line;
    }
    result.left.text = leftRows.join(u'\n');
    result.right.text = rightRows.join(u'\n');
    result.changeRows = diff.changeStarts();
    return result;
}

DiffPresentation DiffPresentation::single(const QString &title, const QString &text)
{
    DiffPresentation result;
    result.left.title = title;
    result.left.text = text;
    return result;
}

} // namespace syncstudio
