#include "version.h"

#include <QtGlobal>

namespace syncstudio {

QString Version::applicationVersion()
{
    return QStringLiteral(SYNCSTUDIO_VERSION);
}

QString Version::qtVersion()
{
    return QString::fromLatin1(qVersion());
}

} // namespace syncstudio
