#include "theme.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPixmap>

namespace syncstudio {

Theme::Theme(const QPalette &palette, Variant variant)
    : m_palette(palette)
    , m_variant(variant)
{}

Theme Theme::fromPalette(const QPalette &palette)
{
    // Judge by the editing background, not the window: that is what the JSON sits on.
    const bool dark = palette.color(QPalette::Base).lightnessF() < 0.5;
    return Theme(palette, dark ? Variant::Dark : Variant::Light);
}

Theme Theme::current()
{
    return fromPalette(QGuiApplication::palette());
}

QColor Theme::syntaxKey() const
{
    return isDark() ? QColor(0x7c, 0xb7, 0xff) : QColor(0x1d, 0x4e, 0xd8);
}

QColor Theme::syntaxString() const
{
    return isDark() ? QColor(0x8f, 0xd6, 0x98) : QColor(0x15, 0x80, 0x3d);
}

QColor Theme::syntaxNumber() const
{
    return isDark() ? QColor(0xf2, 0xb5, 0x6b) : QColor(0xb4, 0x53, 0x09);
}

QColor Theme::syntaxKeyword() const
{
    return isDark() ? QColor(0xd4, 0xa8, 0xff) : QColor(0x7e, 0x22, 0xce);
}

QColor Theme::syntaxPunctuation() const
{
    return mutedText();
}

QColor Theme::mutedText() const
{
    return mix(m_palette.color(QPalette::Text), m_palette.color(QPalette::Base), 0.45);
}

QColor Theme::statusColor(DiffStatus status) const
{
    const bool dark = isDark();
    switch (status) {
    case DiffStatus::Identical:
        return mutedText();
    case DiffStatus::Changed:
        return dark ? QColor(0xf5, 0xb0, 0x41) : QColor(0xb4, 0x5f, 0x06);
    case DiffStatus::OnlyLeft:
        return dark ? QColor(0x6e, 0xd3, 0x8a) : QColor(0x15, 0x80, 0x3d);
    case DiffStatus::OnlyRight:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc0, 0x26, 0x26);
    case DiffStatus::Untracked:
        return dark ? QColor(0xc4, 0xa1, 0xff) : QColor(0x6d, 0x28, 0xd9);
    }
    return mutedText();
}

QColor Theme::statusFill(DiffStatus status) const
{
    return mix(m_palette.color(QPalette::Base), statusColor(status), isDark() ? 0.22 : 0.12);
}

QColor Theme::lineBackground(LineMark::Kind kind) const
{
    const QColor base = m_palette.color(QPalette::Base);
    const qreal amount = isDark() ? 0.20 : 0.13;
    switch (kind) {
    case LineMark::Changed:
        return mix(base, statusColor(DiffStatus::Changed), amount);
    case LineMark::Added:
        return mix(base, statusColor(DiffStatus::OnlyLeft), amount);
    case LineMark::Removed:
        return mix(base, statusColor(DiffStatus::OnlyRight), amount);
    case LineMark::Filler:
        return mix(base, m_palette.color(QPalette::Text), isDark() ? 0.10 : 0.05);
    case LineMark::Folded:
        return mix(base, m_palette.color(QPalette::Highlight), isDark() ? 0.12 : 0.07);
    case LineMark::Ignored:
        break; // the greyed text is enough; a fill would read as a difference
    }
    return base;
}

QColor Theme::spanBackground(LineMark::Kind kind) const
{
    // Twice as strong as the row, so the changed words stand out inside a changed row.
    const QColor base = m_palette.color(QPalette::Base);
    const qreal amount = isDark() ? 0.40 : 0.30;
    switch (kind) {
    case LineMark::Changed:
        return mix(base, statusColor(DiffStatus::Changed), amount);
    case LineMark::Added:
        return mix(base, statusColor(DiffStatus::OnlyLeft), amount);
    case LineMark::Removed:
        return mix(base, statusColor(DiffStatus::OnlyRight), amount);
    case LineMark::Filler:
    case LineMark::Folded:
    case LineMark::Ignored:
        break;
    }
    return lineBackground(kind);
}

QIcon Theme::tagIcon(const QColor &color, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color.darker(130), 1));
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1.5, 1.5, size - 3, size - 3));
    painter.end();
    return QIcon(pixmap);
}

QIcon Theme::lockedTagIcon(const QColor &color, int size)
{
    // A padlock in the tag colour: the same colour cue, plus "protected" at a glance.
    const qreal s = size;
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color.darker(150), qMax(1.2, s / 9), Qt::SolidLine, Qt::RoundCap));
    painter.setBrush(Qt::NoBrush);
    painter.drawArc(QRectF(s * 0.25, s * 0.06, s * 0.5, s * 0.6), 0, 180 * 16);
    painter.drawLine(QPointF(s * 0.25, s * 0.36), QPointF(s * 0.25, s * 0.48));
    painter.drawLine(QPointF(s * 0.75, s * 0.36), QPointF(s * 0.75, s * 0.48));
    painter.setPen(QPen(color.darker(150), 1));
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(s * 0.1, s * 0.45, s * 0.8, s * 0.5), s * 0.1, s * 0.1);
    painter.end();
    return QIcon(pixmap);
}

QColor Theme::mix(const QColor &a, const QColor &b, qreal amount)
{
    const QColor ca = a.toRgb();
    const QColor cb = b.toRgb();
    return QColor::fromRgbF(float(ca.redF() + (cb.redF() - ca.redF()) * amount),
                            float(ca.greenF() + (cb.greenF() - ca.greenF()) * amount),
                            float(ca.blueF() + (cb.blueF() - ca.blueF()) * amount));
}

} // namespace syncstudio
