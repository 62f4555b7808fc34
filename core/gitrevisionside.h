#pragma once

#include "configside.h"
#include "dumpfolderreader.h"

namespace syncstudio {

// A dump folder as it was at a git revision ("PATH@REV"), read by GitRevisionReader with the
// user's git on a worker thread. The working tree is never touched.
class GitRevisionSide final : public ConfigSide
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GitRevisionSide)

public:
    GitRevisionSide(const QString &folder, const QString &revision, const QString &description,
                    const DumpReadOptions &options = {}, QObject *parent = nullptr);
    ~GitRevisionSide() override;

    QString description() const override { return m_description; }
    void start() override;
    void cancel() override;

    // The full hash the revision resolved to in the last successful read; empty before.
    QString commit() const { return m_commit; }

private:
    QString m_folder;
    QString m_revision;
    QString m_description;
    DumpReadOptions m_options;
    QString m_commit;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace syncstudio
