#pragma once

#include "diffpresentation.h"
#include "diffstatus.h"

#include <QColor>
#include <QIcon>
#include <QPalette>

namespace syncstudio {

// The colours the views use beyond the widget palette: syntax colours, status colours and diff
// backgrounds. Derived from a palette so dark desktop themes get readable variants.
class Theme final
{
public:
    enum class Variant { Light, Dark };

    static Theme fromPalette(const QPalette &palette);
    // The application palette right now.
    static Theme current();

    Variant variant() const { return m_variant; }
    bool isDark() const { return m_variant == Variant::Dark; }
    const QPalette &palette() const { return m_palette; }

    QColor syntaxKey() const;
    QColor syntaxString() const;
    QColor syntaxNumber() const;
    QColor syntaxKeyword() const;
    QColor syntaxPunctuation() const;

    QColor statusColor(DiffStatus status) const;
    // A soft fill behind a status badge, readable under statusColor() text.
    QColor statusFill(DiffStatus status) const;

    QColor lineBackground(LineMark::Kind kind) const;
    QColor spanBackground(LineMark::Kind kind) const;
    QColor mutedText() const;

    // A small round colour tag, used for connection colours and status dots.
    static QIcon tagIcon(const QColor &color, int size = 12);
    // The tag of a protected connection: a padlock in the tag colour.
    static QIcon lockedTagIcon(const QColor &color, int size = 12);

    // Linear mix: 0 gives a, 1 gives b.
    static QColor mix(const QColor &a, const QColor &b, qreal amount);

private:
    Theme(const QPalette &palette, Variant variant);

    QPalette m_palette;
    Variant m_variant;
};

} // namespace syncstudio
