#include "rawitemreader.h"

#include "collectiondescriptor.h"
#include "directusclient.h"
#include "jsonwriter.h"

namespace syncstudio {

namespace {

constexpr qsizetype ChunkSize = 100;

} // namespace

RawItemReader::RawItemReader(DirectusClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

RawItemReader::~RawItemReader()
{
    ++m_generation;
}

QList<QPair<QString, QString>> RawItemReader::queryFor(const QString &collection,
                                                       const QStringList &ids)
{
    const CollectionDescriptor *descriptor = CollectionDescriptor::find(collection);
    QString fields = QStringLiteral("*");
    for (const auto &[key, value] : descriptor->queryItems()) {
        if (key == QLatin1String("fields")) {
            fields = value;
        }
    }
    QList<QPair<QString, QString>> query;
    for (const KeyedArray &keyed : descriptor->keyedArrays()) {
        fields += QStringLiteral(",%1.id").arg(keyed.field);
        query.append({QStringLiteral("deep[%1][_limit]").arg(keyed.field), QStringLiteral("-1")});
    }
    query.prepend({QStringLiteral("fields"), fields});
    if (!descriptor->isSingleton()) {
        JsonArray in;
        for (const QString &id : ids) {
            in.append(id);
        }
        JsonObject idFilter;
        idFilter.insert(QStringLiteral("_in"), in);
        JsonObject filter;
        filter.insert(QStringLiteral("id"), idFilter);
        query.append(
            {QStringLiteral("filter"), QString::fromUtf8(JsonWriter::stringify(filter, 0))});
        query.append({QStringLiteral("limit"), QStringLiteral("-1")});
    }
    return query;
}

void RawItemReader::start(const QList<RawItemsRequest> &requests)
{
    const quint64 generation = ++m_generation;
    m_result = {};
    m_result.ok = true;
    m_pending = 1; // released at the end of start(), so an empty request list finishes too
    for (const RawItemsRequest &request : requests) {
        const CollectionDescriptor *descriptor = CollectionDescriptor::find(request.collection);
        if (!descriptor || !m_client) {
            m_result.ok = false;
            m_result.error = tr("Cannot read %1.").arg(request.collection);
            continue;
        }
        const qsizetype chunks =
            descriptor->isSingleton() ? 1 : (request.localIds.size() + ChunkSize - 1) / ChunkSize;
        for (qsizetype chunk = 0; chunk < chunks; ++chunk) {
            const QStringList ids = request.localIds.mid(chunk * ChunkSize, ChunkSize);
            ++m_pending;
            const QString collection = request.collection;
            const bool singleton = descriptor->isSingleton();
            m_client->send(
                ApiRequest::get(descriptor->restPath(), queryFor(collection, ids)), this,
                [this, generation, collection, singleton](const ApiResponse &response) {
                    if (generation != m_generation) {
                        return;
                    }
                    QString error;
                    const std::optional<JsonValue> data = response.data(&error);
                    if (!response.ok() || !data) {
                        m_result.ok = false;
                        if (m_result.error.isEmpty()) {
                            m_result.error = response.ok() ? error : response.message;
                        }
                    } else {
                        const JsonArray items = singleton ? JsonArray{*data} : data->toArray();
                        for (const JsonValue &item : items) {
                            const JsonValue id = item.toObject().value(QStringLiteral("id"));
                            // A singleton without a row answers id null: keep it under "".
                            m_result.items[collection].insert(
                                id.isNull() ? QString() : id.toScalarText(), item.toObject());
                        }
                    }
                    done();
                });
        }
    }
    // Released from the event loop: finished() never comes from inside start().
    QMetaObject::invokeMethod(
        this,
        [this, generation]() {
            if (generation == m_generation) {
                done();
            }
        },
        Qt::QueuedConnection);
}

void RawItemReader::done()
{
    if (--m_pending == 0) {
        ++m_generation;
        emit finished(m_result);
    }
}

} // namespace syncstudio
