#include "pushpreparer.h"

#include "directusclient.h"

namespace syncstudio {

PushPreparer::PushPreparer(DirectusClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void PushPreparer::start(const CompareResult &compare, const PushSelection &selection,
                         const PushTarget &target)
{
    const quint64 generation = ++m_generation;
    if (m_reader) {
        m_reader->disconnect(this);
        m_reader->deleteLater();
    }
    m_reader = new RawItemReader(m_client, this);
    connect(m_reader, &RawItemReader::finished, this,
            [this, generation, compare, selection, target](const RawItemsResult &raw) {
                if (generation != m_generation) {
                    return;
                }
                if (!raw.ok) {
                    PushPlan plan;
                    plan.errors.append(
                        tr("Could not read the target items the plan needs: %1").arg(raw.error));
                    emit finished(plan);
                    return;
                }
                PushTarget withRaw = target;
                withRaw.raw = raw.items;
                emit finished(PushPlanner::plan(compare, selection, withRaw));
            });
    m_reader->start(PushPlanner::rawItemsNeeded(compare, selection));
}

} // namespace syncstudio
