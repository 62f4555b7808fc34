#pragma once

#include <QString>
#include <QTemporaryDir>

namespace syncstudio::test {

// Call first in every test's initTestCase(): a private XDG_CONFIG_HOME / XDG_CACHE_HOME /
// XDG_DATA_HOME for the test process and QStandardPaths test mode, so no test reads or writes
// the user's real settings.
class TestEnvironment final
{
public:
    TestEnvironment();
    QString root() const { return m_dir.path(); }
    // The project's source folder (SYNCSTUDIO_SOURCE_DIR, set by CTest).
    static QString sourceDir();
    static QString buildDir();

private:
    QTemporaryDir m_dir;
};

} // namespace syncstudio::test
