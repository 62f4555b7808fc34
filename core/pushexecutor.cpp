#include "pushexecutor.h"

#include "collectiondescriptor.h"
#include "comparer.h"
#include "directusclient.h"
#include "idmapindex.h"
#include "jsonwriter.h"

#include <QDateTime>
#include <QHash>

#include <functional>

namespace syncstudio {

namespace {

// Phases before the steps: re-read, schema check, backup.
constexpr int PreparationSteps = 3;

void replaceReferences(JsonValue &value, const QHash<QString, JsonValue> &answers)
{
    switch (value.type()) {
    case JsonValue::Type::String: {
        const auto it = answers.constFind(value.toString());
        if (it != answers.constEnd()) {
            value = *it;
        }
        break;
    }
    case JsonValue::Type::Array:
        for (JsonValue &element : value.array()) {
            replaceReferences(element, answers);
        }
        break;
    case JsonValue::Type::Object: {
        JsonObject &object = value.object();
        for (const QString &key : object.keys()) {
            replaceReferences(object[key], answers);
        }
        break;
    }
    default:
        break;
    }
}

} // namespace

QString stepStateName(StepResult::State state)
{
    switch (state) {
    case StepResult::State::Pending:
        return QStringLiteral("pending");
    case StepResult::State::Done:
        return QStringLiteral("done");
    case StepResult::State::Failed:
        return QStringLiteral("failed");
    case StepResult::State::Unknown:
        return QStringLiteral("unknown");
    case StepResult::State::Skipped:
        return QStringLiteral("skipped");
    case StepResult::State::Simulated:
        return QStringLiteral("simulated");
    }
    return {};
}

int PushReport::count(StepResult::State state) const
{
    return int(std::count_if(steps.cbegin(), steps.cend(),
                             [state](const StepResult &step) { return step.state == state; }));
}

PushExecutor::PushExecutor(DirectusClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

PushExecutor::~PushExecutor()
{
    ++m_generation;
}

void PushExecutor::start(const PushPlan &plan, const PushExecutorOptions &options)
{
    ++m_generation;
    m_plan = plan;
    m_options = options;
    m_report = {};
    m_report.simulated = options.simulate;
    for (const PlanStep &step : plan.steps) {
        StepResult result;
        result.number = step.number;
        m_report.steps.append(result);
    }
    m_running = true;
    m_cancelRequested = false;
    if (!plan.canApply()) {
        finish(tr("The plan cannot be applied: %1").arg(plan.errors.join(QLatin1Char(' '))));
        return;
    }
    // Mapping-only plans (track, untrack, adopt) change no item: nothing to back up.
    const bool needsBackup =
        !plan.touched.isEmpty() || !plan.created.isEmpty() || plan.schemaApply.has_value();
    if (!options.simulate && options.backupFolder.isEmpty() && needsBackup) {
        finish(tr("No backup folder was given; nothing is written without a backup."));
        return;
    }
    if (!m_client) {
        finish(tr("The connection was closed."));
        return;
    }
    const int total = int(plan.steps.size()) + PreparationSteps;
    emit progress(0, total, tr("Reading the target again"));
    if (m_reader) {
        m_reader->disconnect(this);
        m_reader->deleteLater();
    }
    m_reader = new InstanceReader(m_client, this);
    const quint64 generation = m_generation;
    connect(m_reader, &InstanceReader::finished, this,
            [this, generation](const InstanceReadResult &fresh) {
                if (generation == m_generation) {
                    onTargetRead(fresh);
                }
            });
    InstanceReadOptions read;
    read.normalizer = options.normalizer;
    m_reader->start(read);
}

void PushExecutor::cancel()
{
    if (!m_running) {
        return;
    }
    // Between steps only: a request on the wire is never abandoned half-way.
    m_cancelRequested = true;
}

QStringList PushExecutor::drift(const PushPlan &plan, const InstanceReadResult &fresh)
{
    QStringList lines;
    const IdMapIndex rows(fresh.mappingRows);
    for (const TouchedItem &touched : plan.touched) {
        const CollectionDescriptor *descriptor =
            CollectionDescriptor::find(touched.item.collection);
        const CollectionData *collection =
            descriptor ? fresh.snapshot.collection(touched.item.collection) : nullptr;
        const QString name = touched.item.toString();
        if (!collection) {
            lines.append(tr("%1: its collection could not be read again.").arg(name));
            continue;
        }
        const SyncItem *item =
            touched.localId.isEmpty() && descriptor->isSingleton()
                ? (collection->items.isEmpty() ? nullptr : &collection->items.constFirst())
                : collection->findByLocalId(touched.localId);
        if (touched.localId.isEmpty()) {
            // A singleton that had no row must still have none.
            if (item) {
                lines.append(tr("%1: it was created meanwhile.").arg(name));
            }
            continue;
        }
        if (!item) {
            lines.append(tr("%1 (id %2): it was deleted meanwhile.").arg(name, touched.localId));
            continue;
        }
        if (!Comparer::sameValue(JsonValue(Comparer::canonical(*descriptor, item->data)),
                                 JsonValue(Comparer::canonical(*descriptor, touched.expected)))) {
            lines.append(
                tr("%1 (id %2): it changed since the comparison.").arg(name, touched.localId));
            continue;
        }
        const IdMapRow *row = rows.byLocalId(descriptor->mappingTable(), touched.localId);
        if (touched.hadMappingRow != (row != nullptr) ||
            (row && row->syncId != touched.item.syncId && touched.hadMappingRow)) {
            lines.append(tr("%1 (id %2): its mapping row changed since the comparison.")
                             .arg(name, touched.localId));
        }
    }
    for (const ItemRef &ref : plan.created) {
        const CollectionData *collection = fresh.snapshot.collection(ref.collection);
        if (collection && collection->findBySyncId(ref.syncId)) {
            lines.append(tr("%1: it exists on the target now.").arg(ref.toString()));
        }
    }
    return lines;
}

void PushExecutor::onTargetRead(const InstanceReadResult &fresh)
{
    if (!fresh.ok) {
        finish(tr("Could not read the target again before writing: %1").arg(fresh.error));
        return;
    }
    m_fresh = fresh;
    m_report.driftItems = drift(m_plan, fresh);
    if (!m_report.driftItems.isEmpty()) {
        m_report.drift = true;
        finish(tr("The target changed since the comparison; nothing was written. Compare "
                  "again. %1")
                   .arg(m_report.driftItems.join(QLatin1Char(' '))));
        return;
    }
    emit progress(1, int(m_plan.steps.size()) + PreparationSteps, tr("Checking the schema"));
    if (!m_plan.schemaApply) {
        readBackupItems();
        return;
    }
    if (!m_options.sourceSchema) {
        finish(tr("The plan changes the schema, but the source's snapshot was not given to "
                  "check the schema diff again."));
        return;
    }
    m_differ = new SchemaDiffer(m_client, this);
    const quint64 generation = m_generation;
    connect(m_differ, &SchemaDiffer::finished, this,
            [this, generation](const SchemaDiffResult &result) {
                if (generation == m_generation) {
                    onSchemaChecked(result);
                }
            });
    m_differ->start(*m_options.sourceSchema, m_options.forceSchema);
}

void PushExecutor::onSchemaChecked(const SchemaDiffResult &result)
{
    if (!result.ok) {
        finish(result.error);
        return;
    }
    // The plan's diff was made against the schema with this hash; a different hash means the
    // target's schema changed since (Directus would refuse the apply anyway).
    const QString planned = m_plan.schemaApply->toObject().value(QStringLiteral("hash")).toString();
    if (SchemaDiffer::hashOf(result.diff) != planned) {
        m_report.drift = true;
        m_report.driftItems.append(tr("schema: it changed since the comparison."));
        finish(tr("The target's schema changed since the comparison; nothing was written. "
                  "Compare again."));
        return;
    }
    readBackupItems();
}

void PushExecutor::readBackupItems()
{
    emit progress(2, int(m_plan.steps.size()) + PreparationSteps, tr("Saving the backup"));
    if (m_options.simulate) {
        for (StepResult &step : m_report.steps) {
            step.state = StepResult::State::Simulated;
            emit stepFinished(step);
        }
        finish();
        return;
    }
    QList<RawItemsRequest> requests;
    for (const TouchedItem &touched : std::as_const(m_plan.touched)) {
        auto it = std::find_if(requests.begin(), requests.end(), [&](const RawItemsRequest &r) {
            return r.collection == touched.item.collection;
        });
        if (it == requests.end()) {
            requests.append({touched.item.collection, {}});
            it = requests.end() - 1;
        }
        if (!touched.localId.isEmpty()) {
            it->localIds.append(touched.localId);
        }
    }
    m_rawReader = new RawItemReader(m_client, this);
    const quint64 generation = m_generation;
    connect(m_rawReader, &RawItemReader::finished, this,
            [this, generation](const RawItemsResult &raw) {
                if (generation == m_generation) {
                    onBackupItemsRead(raw);
                }
            });
    m_rawReader->start(requests);
}

void PushExecutor::onBackupItemsRead(const RawItemsResult &raw)
{
    if (!raw.ok) {
        finish(tr("Could not read the items for the backup: %1").arg(raw.error));
        return;
    }
    PushBackup backup;
    backup.target = m_options.targetName;
    backup.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    backup.directusVersion = m_fresh.snapshot.directusVersion;
    backup.created = m_plan.created;
    backup.schema = m_fresh.snapshot.schema;
    const IdMapIndex rows(m_fresh.mappingRows);
    for (const TouchedItem &touched : std::as_const(m_plan.touched)) {
        const CollectionDescriptor *descriptor =
            CollectionDescriptor::find(touched.item.collection);
        BackupItem item;
        item.item = touched.item;
        item.localId = touched.localId;
        item.deleted = touched.deleted;
        const QHash<QString, JsonObject> collection = raw.items.value(touched.item.collection);
        if (collection.contains(touched.localId)) {
            item.raw = collection.value(touched.localId);
        }
        if (!touched.localId.isEmpty()) {
            if (const IdMapRow *row = rows.byLocalId(descriptor->mappingTable(), touched.localId)) {
                item.mappingRow = *row;
            }
        }
        if (!item.raw && !touched.localId.isEmpty()) {
            finish(tr("%1 (id %2) could not be read for the backup; nothing was written.")
                       .arg(touched.item.toString(), touched.localId));
            return;
        }
        backup.items.append(item);
    }
    for (const PlanStep &step : std::as_const(m_plan.steps)) {
        backup.plan.append(QStringLiteral("%1. %2").arg(step.number).arg(step.describe()));
    }
    if (m_options.backupFolder.isEmpty()) {
        runStep(0); // a mapping-only plan (checked in start())
        return;
    }
    QString error;
    if (!backup.write(m_options.backupFolder, &error)) {
        finish(error);
        return;
    }
    m_report.backupFolder = m_options.backupFolder;
    runStep(0);
}

void PushExecutor::runStep(int index)
{
    const int total = int(m_plan.steps.size()) + PreparationSteps;
    if (index >= m_plan.steps.size()) {
        finish();
        return;
    }
    if (m_cancelRequested) {
        m_report.canceled = true;
        for (int i = index; i < m_report.steps.size(); ++i) {
            m_report.steps[i].state = StepResult::State::Skipped;
        }
        finish(tr("Cancelled after step %1 of %2; the steps before it were applied.")
                   .arg(index)
                   .arg(m_plan.steps.size()));
        return;
    }
    const PlanStep &step = m_plan.steps.at(index);
    emit progress(PreparationSteps + index, total, step.summary);

    // References to earlier answers become the ids those answers gave.
    QHash<QString, JsonValue> answers;
    for (const StepReference &reference : step.references) {
        answers.insert(reference.text(), m_report.steps.at(reference.step - 1).answer);
    }
    ApiRequest request = step.request;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        request.path.replace(it.key(), it.value().toScalarText());
    }
    if (step.body) {
        JsonValue body = *step.body;
        replaceReferences(body, answers);
        request.body = JsonWriter::stringify(body, 0);
    }
    request.retryable = false; // a write is sent exactly once

    const quint64 generation = m_generation;
    m_client->send(request, this, [this, generation, index](const ApiResponse &response) {
        if (generation != m_generation) {
            return;
        }
        StepResult &result = m_report.steps[index];
        result.status = response.status;
        if (response.ok()) {
            result.state = StepResult::State::Done;
            const std::optional<JsonValue> data = response.data();
            if (data && data->isObject()) {
                result.answer = data->toObject().value(QStringLiteral("id"));
            }
            emit stepFinished(result);
            runStep(index + 1);
            return;
        }
        // Without an answer nobody knows whether the server applied it: report, never resend.
        // A failed login or refresh is a definite "no": the write was refused with a 401 or
        // never sent.
        const bool ambiguous = response.error != ApiResponse::Error::Http &&
                               response.error != ApiResponse::Error::Authentication;
        result.state = ambiguous ? StepResult::State::Unknown : StepResult::State::Failed;
        result.message = response.message;
        emit stepFinished(result);
        for (int i = index + 1; i < m_report.steps.size(); ++i) {
            m_report.steps[i].state = StepResult::State::Skipped;
        }
        finish(ambiguous ? tr("Step %1 got no answer (%2); it may or may not have been applied. "
                              "It was not sent again: compare again before pushing more.")
                               .arg(index + 1)
                               .arg(response.message)
                         : tr("Step %1 failed: %2").arg(index + 1).arg(response.message));
    });
}

void PushExecutor::finish(const QString &error)
{
    if (!m_running) {
        return;
    }
    ++m_generation;
    m_running = false;
    m_report.error = error;
    m_report.ok = error.isEmpty();
    if (!error.isEmpty()) {
        for (StepResult &step : m_report.steps) {
            if (step.state == StepResult::State::Pending) {
                step.state = StepResult::State::Skipped;
            }
        }
    }
    emit progress(1, 1, error.isEmpty() ? tr("Done") : error);
    emit finished(m_report);
}

} // namespace syncstudio
