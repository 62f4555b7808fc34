#pragma once

#include <QImage>
#include <QSize>
#include <QStringList>

namespace syncstudio {

// Renders a named screen offscreen (for `syncstudio --screenshot`, docs and tests): the widgets
// are laid out at a fixed size and grabbed, never shown on a real screen and never touching the
// user's settings.
class ScreenshotRenderer final
{
public:
    static QStringList screenNames();
    // The screens that can show the bundled demo dumps through the engine instead of built-in
    // sample data.
    static QStringList demoScreenNames();
    // The screen a name (or an earlier release's name: main, demo, push) stands for; empty
    // when it is none.
    static QString canonicalName(const QString &name);
    static QSize defaultSize() { return {1280, 800}; }

    // A null image when name is not a screen. demo: see demoScreenNames(); ignored elsewhere.
    static QImage render(const QString &name, const QSize &size = defaultSize(), bool demo = false);
};

} // namespace syncstudio
