#pragma once

#include <QString>
#include <QUrl>

namespace syncstudio {

// A "side" as the CLI contract names it: an instance URL, a dump folder, a folder at a git
// revision, or a saved connection profile. Parsing never touches the network.
struct SideSpec
{
    enum class Kind { Instance, Folder, GitRevision, Profile };

    Kind kind = Kind::Folder;
    QString text;     // as given, for messages and JSON output
    QUrl url;         // Instance
    QString path;     // Folder, GitRevision
    QString revision; // GitRevision
    QString profile;  // Profile (id or name)

    // Rules, in order: "conn:" / "dir:" force the kind; http(s):// is an instance; PATH@REV where
    // PATH is a directory inside a git work tree is a revision; a text containing "/" or naming
    // an existing directory is a folder; anything else is a profile name.
    static SideSpec parse(const QString &text);
    QString displayName() const;
};

} // namespace syncstudio
