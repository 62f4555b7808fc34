#include "folderside.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent>

namespace syncstudio {

namespace {

SideReadResult readFolder(const QString &folder, const DumpReadOptions &options)
{
    SideReadResult result;
    DumpReadError error;
    std::optional<ConfigSnapshot> snapshot = DumpFolderReader::read(folder, options, &error);
    if (!snapshot) {
        result.error = error.message;
        return result;
    }
    result.ok = true;
    result.snapshot = std::move(*snapshot);
    return result;
}

} // namespace

FolderSide::FolderSide(const QString &folder, const QString &description,
                       const DumpReadOptions &options, QObject *parent)
    : ConfigSide(parent)
    , m_folder(folder)
    , m_description(description)
    , m_options(options)
{}

FolderSide::~FolderSide()
{
    ++m_generation;
}

void FolderSide::start()
{
    const quint64 generation = ++m_generation;
    m_running = true;
    emit progress(0, 1, tr("Reading %1").arg(m_description));
    auto *watcher = new QFutureWatcher<SideReadResult>(this);
    connect(watcher, &QFutureWatcher<SideReadResult>::finished, this,
            [this, watcher, generation]() {
                watcher->deleteLater();
                if (generation != m_generation) {
                    return; // superseded or cancelled
                }
                m_running = false;
                emit progress(1, 1, tr("Read %1").arg(m_description));
                emit finished(watcher->result());
            });
    watcher->setFuture(QtConcurrent::run(&readFolder, m_folder, m_options));
}

void FolderSide::cancel()
{
    if (!m_running) {
        return;
    }
    ++m_generation;
    m_running = false;
    SideReadResult result;
    result.canceled = true;
    result.error = tr("Reading was cancelled.");
    emit finished(result);
}

} // namespace syncstudio
