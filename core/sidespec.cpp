#include "sidespec.h"

#include <QDir>
#include <QFileInfo>

namespace syncstudio {

namespace {

bool insideGitWorkTree(const QString &path)
{
    QDir dir(QFileInfo(path).absoluteFilePath());
    if (!dir.exists())
        return false;
    for (;;) {
        if (QFileInfo::exists(dir.filePath(QStringLiteral(".git"))))
            return true;
        if (!dir.cdUp())
            return false;
    }
}

} // namespace

SideSpec SideSpec::parse(const QString &text)
{
    SideSpec side;
    side.text = text;
    if (text.startsWith(QLatin1String("conn:"))) {
        side.kind = Kind::Profile;
        side.profile = text.mid(5);
        return side;
    }
    QString rest = text;
    const bool forcedDir = text.startsWith(QLatin1String("dir:"));
    if (forcedDir)
        rest = text.mid(4);
    if (!forcedDir && (rest.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
                       rest.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))) {
        side.kind = Kind::Instance;
        side.url = QUrl(rest);
        return side;
    }
    const int at = rest.indexOf(QLatin1Char('@'));
    if (at > 0) {
        const QString path = rest.left(at);
        if (QFileInfo(path).isDir() && insideGitWorkTree(path)) {
            side.kind = Kind::GitRevision;
            side.path = path;
            side.revision = rest.mid(at + 1);
            return side;
        }
    }
    if (forcedDir || rest.contains(QLatin1Char('/')) || QFileInfo(rest).isDir()) {
        side.kind = Kind::Folder;
        side.path = rest;
        return side;
    }
    side.kind = Kind::Profile;
    side.profile = rest;
    return side;
}

QString SideSpec::displayName() const
{
    switch (kind) {
    case Kind::Instance:
        return url.toDisplayString(QUrl::RemoveUserInfo);
    case Kind::Folder:
        return path;
    case Kind::GitRevision:
        return path + QLatin1Char('@') + revision;
    case Kind::Profile:
        return profile;
    }
    return text;
}

} // namespace syncstudio
