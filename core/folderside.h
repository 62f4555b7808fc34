#pragma once

#include "configside.h"
#include "dumpfolderreader.h"

namespace syncstudio {

// A folder in directus-sync's dump layout, read by DumpFolderReader on a worker thread.
class FolderSide final : public ConfigSide
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FolderSide)

public:
    FolderSide(const QString &folder, const QString &description,
               const DumpReadOptions &options = {}, QObject *parent = nullptr);
    ~FolderSide() override;

    QString description() const override { return m_description; }
    void start() override;
    void cancel() override;

private:
    QString m_folder;
    QString m_description;
    DumpReadOptions m_options;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace syncstudio
