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
    for (const SideBySideRow &row : diff.rows()) {
        switch (row.kind) {
        case SideBySideRow::Kind::Equal:
            leftRows.append(row.left);
            rightRows.append(row.right);
            break;
        case SideBySideRow::Kind::Changed:
            leftRows.append(row.left);
            rightRows.append(row.right);
            result.left.marks.append({line, LineMark::Changed, spans(row.leftRanges)});
            result.right.marks.append({line, LineMark::Changed, spans(row.rightRanges)});
            break;
        case SideBySideRow::Kind::LeftOnly:
            leftRows.append(row.left);
            rightRows.append(QString());
            result.left.marks.append({line, LineMark::Added, {}});
            result.right.marks.append({line, LineMark::Filler, {}});
            break;
        case SideBySideRow::Kind::RightOnly:
            leftRows.append(QString());
            rightRows.append(row.right);
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
