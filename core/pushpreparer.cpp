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
    connect(
        m_reader, &RawItemReader::finished, this,
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
            auto withRaw = std::make_shared<PushTarget>(target);
            withRaw->raw = raw.items;
            // Deleting is allowed: count the rows of the target-only collections a schema
            // step may drop (reads only), so the plan says how much data goes with them.
            QStringList counted;
            if (selection.allowDelete) {
                for (const SchemaComparison &row : compare.schema)
                    if (row.status == ItemStatus::TargetOnly && !counted.contains(row.collection))
                        counted.append(row.collection);
            }
            if (counted.isEmpty() || !m_client) {
                emit finished(PushPlanner::plan(compare, selection, *withRaw));
                return;
            }
            auto pending = std::make_shared<int>(int(counted.size()));
            for (const QString &collection : std::as_const(counted)) {
                m_client->send(
                    ApiRequest::get(QStringLiteral("/items/") + collection,
                                    {{QStringLiteral("aggregate[count]"), QStringLiteral("*")}}),
                    this,
                    [this, generation, compare, selection, withRaw, pending,
                     collection](const ApiResponse &response) {
                        if (generation != m_generation)
                            return;
                        const auto data = response.ok() ? response.data() : std::nullopt;
                        const JsonValue count =
                            data
                                ? data->toArray().value(0).toObject().value(QStringLiteral("count"))
                                : JsonValue();
                        // Unknown stays unknown (the warning says so); never 0.
                        if (count.isNumber())
                            withRaw->rowCounts.insert(collection, int(count.toNumber()));
                        else if (count.isString())
                            withRaw->rowCounts.insert(collection, count.toString().toInt());
                        if (--*pending == 0)
                            emit finished(PushPlanner::plan(compare, selection, *withRaw));
                    });
            }
        });
    m_reader->start(PushPlanner::rawItemsNeeded(compare, selection));
}

} // namespace syncstudio
