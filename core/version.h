#pragma once

#include <QString>

namespace syncstudio {

// Build-time facts shown by --version and the About dialog.
class Version final
{
public:
    static QString applicationVersion();
    static QString qtVersion();
};

} // namespace syncstudio
