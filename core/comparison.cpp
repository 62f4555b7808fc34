#include "comparison.h"

#include "configside.h"
#include "directusclient.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent>

namespace syncstudio {

Comparison::Comparison(QObject *parent)
    : QObject(parent)
{}

Comparison::~Comparison()
{
    ++m_generation;
    disconnectSides();
}

void Comparison::disconnectSides()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections)) {
        disconnect(connection);
    }
    m_connections.clear();
    if (m_differ) {
        m_differ->disconnect(this);
        m_differ->cancel();
        m_differ->deleteLater();
        m_differ = nullptr;
    }
}

void Comparison::start(ConfigSide *source, ConfigSide *target, const ComparisonOptions &options)
{
    if (m_running) {
        cancel(); // the run in flight reports "cancelled" and its results are dropped
    }
    disconnectSides();
    const quint64 generation = ++m_generation;
    m_source = source;
    m_target = target;
    m_targetClient = target->client();
    m_options = options;
    m_options.compare.left = source->description();
    m_options.compare.right = target->description();
    m_running = true;
    m_sourceDone = m_targetDone = false;
    m_sourceResult = {};
    m_targetResult = {};
    m_progress[0][0] = m_progress[1][0] = 0;
    m_progress[0][1] = m_progress[1][1] = 1;
    m_extraDone = 0;
    m_extraTotal = 1 + (target->client() && options.compare.schema ? 1 : 0);

    const auto watch = [this, generation](ConfigSide *side, bool isSource) {
        m_connections.append(
            connect(side, &ConfigSide::progress, this,
                    [this, generation, isSource](int done, int total, const QString &step) {
                        if (generation != m_generation) {
                            return;
                        }
                        m_progress[isSource ? 0 : 1][0] = done;
                        m_progress[isSource ? 0 : 1][1] = qMax(1, total);
                        emitProgress(step);
                    }));
        m_connections.append(connect(side, &ConfigSide::finished, this,
                                     [this, generation, isSource](const SideReadResult &result) {
                                         if (generation == m_generation) {
                                             onSideFinished(isSource, result);
                                         }
                                     }));
    };
    watch(source, true);
    watch(target, false);
    source->start();
    if (generation == m_generation && m_running) {
        target->start();
    }
}

void Comparison::startFromRead(const SideReadResult &source, const SideReadResult &target,
                               DirectusClient *targetClient, const ComparisonOptions &options)
{
    if (m_running) {
        cancel();
    }
    disconnectSides();
    ++m_generation;
    m_source = nullptr;
    m_target = nullptr;
    m_targetClient = targetClient;
    m_options = options;
    m_running = true;
    m_sourceResult = source;
    m_targetResult = target;
    m_sourceDone = m_targetDone = true;
    m_progress[0][0] = m_progress[1][0] = 1;
    m_progress[0][1] = m_progress[1][1] = 1;
    m_extraDone = 0;
    m_extraTotal = 1 + (targetClient && options.compare.schema ? 1 : 0);
    onBothRead();
}

void Comparison::emitProgress(const QString &step)
{
    const int done = m_progress[0][0] + m_progress[1][0] + m_extraDone;
    const int total = m_progress[0][1] + m_progress[1][1] + m_extraTotal;
    emit progress(qMin(done, total), total, step);
}

void Comparison::cancel()
{
    if (!m_running) {
        return;
    }
    const QPointer<ConfigSide> source = m_source;
    const QPointer<ConfigSide> target = m_target;
    // Report first (this also disconnects), so the sides' own "cancelled" answers are dropped.
    fail(tr("The comparison was cancelled."), true);
    if (source) {
        source->cancel();
    }
    if (target) {
        target->cancel();
    }
}

void Comparison::fail(const QString &error, bool canceled)
{
    if (!m_running) {
        return;
    }
    ++m_generation;
    m_running = false;
    disconnectSides();
    ComparisonOutcome outcome;
    outcome.canceled = canceled;
    outcome.error = error;
    emit finished(outcome);
}

void Comparison::onSideFinished(bool isSource, const SideReadResult &result)
{
    if (!result.ok) {
        // One unreadable side aborts everything: never "source-only" for what was not read.
        const QPointer<ConfigSide> other = isSource ? m_target : m_source;
        fail(result.error.isEmpty() ? tr("A side could not be read.") : result.error,
             result.canceled);
        if (other) {
            other->cancel();
        }
        return;
    }
    (isSource ? m_sourceResult : m_targetResult) = result;
    (isSource ? m_sourceDone : m_targetDone) = true;
    if (m_sourceDone && m_targetDone) {
        onBothRead();
    }
}

void Comparison::onBothRead()
{
    DirectusClient *client = m_targetClient;
    if (!m_options.compare.schema || !client || !m_sourceResult.snapshot.schema) {
        runCompare(std::nullopt);
        return;
    }
    const quint64 generation = m_generation;
    emitProgress(tr("Comparing the schema"));
    m_differ = new SchemaDiffer(client, this);
    connect(m_differ, &SchemaDiffer::finished, this,
            [this, generation](const SchemaDiffResult &result) {
                if (generation != m_generation) {
                    return;
                }
                ++m_extraDone;
                if (!result.ok && !result.versionMismatch) {
                    fail(result.error, result.canceled);
                    return;
                }
                runCompare(result);
            });
    m_differ->start(*m_sourceResult.snapshot.schema, m_options.forceSchema);
}

void Comparison::runCompare(const std::optional<SchemaDiffResult> &schema)
{
    const quint64 generation = m_generation;
    CompareOptions options = m_options.compare;
    QStringList warnings;
    if (schema) {
        if (schema->ok) {
            options.useServerSchemaDiff = true;
            options.serverSchemaDiff = schema->diff;
        } else {
            // A version / vendor mismatch: items are still compared, the schema is not.
            options.schema = false;
            warnings.append(schema->error);
        }
    }
    emitProgress(tr("Comparing items"));
    auto *watcher = new QFutureWatcher<CompareResult>(this);
    connect(watcher, &QFutureWatcher<CompareResult>::finished, this,
            [this, watcher, generation, warnings]() {
                watcher->deleteLater();
                if (generation != m_generation) {
                    return; // cancelled or superseded meanwhile
                }
                m_running = false;
                disconnectSides();
                ++m_extraDone;
                emitProgress(tr("Done"));
                ComparisonOutcome outcome;
                outcome.ok = true;
                outcome.result = watcher->result();
                outcome.result.warnings += warnings;
                // Moved: the reads are only needed by whoever takes the outcome (the push
                // planner), and the CLI report frees them before it is written.
                outcome.source = std::move(m_sourceResult);
                outcome.target = std::move(m_targetResult);
                m_sourceResult = {};
                m_targetResult = {};
                emit finished(outcome);
            });
    watcher->setFuture(
        QtConcurrent::run([source = m_sourceResult.snapshot, target = m_targetResult.snapshot,
                           options]() { return Comparer::compare(source, target, options); }));
}

} // namespace syncstudio
