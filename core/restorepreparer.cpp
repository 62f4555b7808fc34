#include "restorepreparer.h"

#include "directusclient.h"
#include "restoreplanner.h"

namespace syncstudio {

RestorePreparer::RestorePreparer(DirectusClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

RestorePreparer::~RestorePreparer()
{
    ++m_generation;
}

void RestorePreparer::fail(const QString &error)
{
    ++m_generation;
    RestorePreparation result;
    result.error = error;
    emit finished(result);
}

void RestorePreparer::start(const PushBackup &backup)
{
    const quint64 generation = ++m_generation;
    m_backup = backup;
    m_result = {};
    auto *reader = new InstanceReader(m_client, this);
    connect(reader, &InstanceReader::finished, this,
            [this, generation, reader](const InstanceReadResult &current) {
                reader->deleteLater();
                if (generation != m_generation) {
                    return;
                }
                if (!current.ok) {
                    fail(tr("Could not read the target: %1").arg(current.error));
                    return;
                }
                m_result.current = current;
                auto *raw = new RawItemReader(m_client, this);
                connect(raw, &RawItemReader::finished, this,
                        [this, generation, raw](const RawItemsResult &items) {
                            raw->deleteLater();
                            if (generation != m_generation) {
                                return;
                            }
                            if (!items.ok) {
                                fail(
                                    tr("Could not read the items to restore: %1").arg(items.error));
                                return;
                            }
                            m_raw = items;
                            if (!m_backup.schema) {
                                planWith(std::nullopt);
                                return;
                            }
                            auto *differ = new SchemaDiffer(m_client, this);
                            connect(differ, &SchemaDiffer::finished, this,
                                    [this, generation, differ](const SchemaDiffResult &diff) {
                                        differ->deleteLater();
                                        if (generation != m_generation) {
                                            return;
                                        }
                                        if (!diff.ok) {
                                            fail(diff.error);
                                            return;
                                        }
                                        planWith(diff.diff);
                                    });
                            differ->start(*m_backup.schema);
                        });
                raw->start(RestorePlanner::rawItemsNeeded(m_backup));
            });
    reader->start({});
}

void RestorePreparer::planWith(const std::optional<JsonValue> &schemaDiff)
{
    m_result.plan = RestorePlanner::plan(m_backup, m_result.current, m_raw.items, schemaDiff);
    m_result.ok = true;
    ++m_generation;
    emit finished(m_result);
}

} // namespace syncstudio
