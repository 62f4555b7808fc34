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
    static QSize defaultSize() { return {1280, 800}; }

    // A null image when name is not one of screenNames().
    static QImage render(const QString &name, const QSize &size = defaultSize());
};

} // namespace syncstudio
