#include "gitrevisionside.h"

#include "gitrevisionreader.h"

#include <QFutureWatcher>
#include <QtConcurrent>

#include <utility>

namespace syncstudio {

namespace {

struct RevisionRead
{
    SideReadResult result;
    QString commit;
};

RevisionRead readRevision(const QString &folder, const QString &revision,
                          const DumpReadOptions &options)
{
    RevisionRead read;
    GitRevisionReadError error;
    std::optional<ConfigSnapshot> snapshot =
        GitRevisionReader::readFolder(folder, revision, options, &error, &read.commit);
    if (!snapshot) {
        read.result.error = error.message;
        return read;
    }
    read.result.ok = true;
    read.result.snapshot = std::move(*snapshot);
    return read;
}

} // namespace

GitRevisionSide::GitRevisionSide(const QString &folder, const QString &revision,
                                 const QString &description, const DumpReadOptions &options,
                                 QObject *parent)
    : ConfigSide(parent)
    , m_folder(folder)
    , m_revision(revision)
    , m_description(description)
    , m_options(options)
{}

GitRevisionSide::~GitRevisionSide()
{
    ++m_generation;
}

void GitRevisionSide::start()
{
    const quint64 generation = ++m_generation;
    m_running = true;
    emit progress(0, 1, tr("Reading %1").arg(m_description));
    auto *watcher = new QFutureWatcher<RevisionRead>(this);
    connect(watcher, &QFutureWatcher<RevisionRead>::finished, this, [this, watcher, generation]() {
        watcher->deleteLater();
        if (generation != m_generation) {
            return; // superseded or cancelled
        }
        m_running = false;
        const RevisionRead read = watcher->result();
        if (read.result.ok) {
            m_commit = read.commit;
        }
        emit progress(1, 1, tr("Read %1").arg(m_description));
        emit finished(read.result);
    });
    watcher->setFuture(QtConcurrent::run(&readRevision, m_folder, m_revision, m_options));
}

void GitRevisionSide::cancel()
{
    if (!m_running) {
        return;
    }
    // git runs to its end on the worker thread (it only reads); its result is dropped.
    ++m_generation;
    m_running = false;
    SideReadResult result;
    result.canceled = true;
    result.error = tr("Reading was cancelled.");
    emit finished(result);
}

} // namespace syncstudio
