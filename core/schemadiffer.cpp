#include "schemadiffer.h"

#include "directusclient.h"
#include "jsonreader.h"
#include "jsonwriter.h"

#include <QCoreApplication>

namespace syncstudio {

namespace {

const QString IdMapCollection = QStringLiteral("directus_sync_id_map");

} // namespace

SchemaDiffer::SchemaDiffer(DirectusClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

SchemaDiffer::~SchemaDiffer()
{
    ++m_generation;
}

QString SchemaDiffer::hashOf(const std::optional<JsonValue> &diff)
{
    return diff ? diff->toObject().value(QStringLiteral("hash")).toString() : QString();
}

SchemaDiffResult SchemaDiffer::parseAnswer(int status, const QByteArray &body)
{
    SchemaDiffResult result;
    result.ok = true;
    if (status == 204 || body.trimmed().isEmpty()) {
        return result; // Directus answers 204 when there is nothing to change
    }
    JsonParseError error;
    const std::optional<JsonValue> json = JsonReader::parse(body, &error);
    if (!json || !json->isObject()) {
        result.ok = false;
        result.error = tr("The answer to POST /schema/diff is not JSON: %1").arg(error.message);
        return result;
    }
    const JsonValue data = json->toObject().value(QStringLiteral("data"));
    if (data.isNull()) {
        return result;
    }
    JsonObject answer = data.toObject();
    JsonObject diff = answer.value(QStringLiteral("diff")).toObject();
    bool empty = true;
    for (const QString &key :
         {QStringLiteral("collections"), QStringLiteral("fields"), QStringLiteral("relations")}) {
        JsonArray kept;
        for (const JsonValue &entry : diff.value(key).toArray()) {
            if (entry.toObject().value(QStringLiteral("collection")).toString() !=
                IdMapCollection) {
                kept.append(entry);
            }
        }
        empty = empty && kept.isEmpty();
        diff.insert(key, kept);
    }
    if (empty) {
        return result;
    }
    answer.insert(QStringLiteral("diff"), diff);
    result.diff = JsonValue(answer);
    return result;
}

void SchemaDiffer::start(const JsonValue &snapshot, bool force)
{
    const quint64 generation = ++m_generation;
    m_running = true;
    if (!m_client) {
        SchemaDiffResult result;
        result.error = tr("The connection was closed.");
        m_running = false;
        emit finished(result);
        return;
    }
    ApiRequest request;
    request.method = QByteArrayLiteral("POST");
    request.path = QStringLiteral("/schema/diff");
    if (force) {
        request.query = {{QStringLiteral("force"), QStringLiteral("true")}};
    }
    request.body = JsonWriter::stringify(snapshot, 0);
    // It only computes a diff: safe to send again after a transient failure.
    request.retryable = true;
    m_client->send(request, this, [this, generation](const ApiResponse &response) {
        if (generation != m_generation) {
            return;
        }
        m_running = false;
        SchemaDiffResult result;
        if (!response.ok()) {
            result.canceled = response.error == ApiResponse::Error::Canceled;
            result.versionMismatch =
                response.status == 400 && (response.message.contains(QLatin1String("version")) ||
                                           response.message.contains(QLatin1String("vendor")));
            result.error =
                result.versionMismatch
                    ? tr("The schema could not be compared: %1 Compare with --force to compare "
                         "anyway; such differences are shown, never pushed.")
                          .arg(response.message)
                    : tr("The schema could not be compared: %1").arg(response.message);
            emit finished(result);
            return;
        }
        emit finished(parseAnswer(response.status, response.body));
    });
}

void SchemaDiffer::cancel()
{
    if (!m_running) {
        return;
    }
    ++m_generation;
    m_running = false;
    SchemaDiffResult result;
    result.canceled = true;
    result.error = tr("Cancelled.");
    emit finished(result);
}

} // namespace syncstudio
