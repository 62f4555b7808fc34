#include "instancereader.h"

#include "collectiondescriptor.h"
#include "directusclient.h"
#include "jsonreader.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QSet>
#include <QtConcurrent>

namespace syncstudio {

namespace {

const QString SpecPaths[3] = {QStringLiteral("/server/specs/graphql"),
                              QStringLiteral("/server/specs/graphql/system"),
                              QStringLiteral("/server/specs/oas")};

// O2M fields read through nested fields ("roles" of "*,roles.role,roles.sort"): their lists are
// capped by QUERY_LIMIT_DEFAULT unless asked otherwise, so they get deep limits and a count.
QStringList nestedListFields(const CollectionDescriptor &descriptor)
{
    QStringList result;
    for (const auto &[key, value] : descriptor.queryItems()) {
        if (key != QLatin1String("fields"))
            continue;
        const QStringList parts = value.split(QLatin1Char(','));
        for (const QString &part : parts) {
            const int dot = part.indexOf(QLatin1Char('.'));
            if (dot > 0 && !result.contains(part.left(dot)))
                result.append(part.left(dot));
        }
    }
    return result;
}

bool hasFilter(const CollectionDescriptor &descriptor)
{
    for (const auto &item : descriptor.queryItems())
        if (item.first == QLatin1String("filter"))
            return true;
    return false;
}

std::optional<JsonValue> parseData(const QByteArray &body, const QString &what, QString *error)
{
    JsonParseError parseError;
    auto value = JsonReader::parse(body, &parseError);
    if (!value || !value->isObject() || !value->toObject().contains(QStringLiteral("data"))) {
        // A free function: name the context, or lupdate files the text under "syncstudio".
        *error = QCoreApplication::translate("syncstudio::InstanceReader",
                                             "The answer to %1 is not a Directus JSON answer%2.")
                     .arg(what, value ? QString() : QStringLiteral(": ") + parseError.message);
        return std::nullopt;
    }
    return value;
}

} // namespace

InstanceReader::InstanceReader(DirectusClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

InstanceReader::~InstanceReader()
{
    ++m_generation;
}

void InstanceReader::start(const InstanceReadOptions &options)
{
    ++m_generation;
    m_options = options;
    m_raw = {};
    m_raw.options = options;
    m_raw.collections =
        options.collections.isEmpty() ? CollectionDescriptor::names() : options.collections;
    m_running = true;
    m_pending = 0;
    m_done = 0;
    m_total = 2;
    m_requests = 0;
    emit progress(0, m_total, tr("Reading server information"));
    // Who am I (the default admin role) and the server's limits, then everything else.
    auto basics = std::make_shared<int>(2);
    auto next = [this, basics]() {
        if (--*basics == 0)
            onBasics();
    };
    request(tr("server information"), ApiRequest::get(QStringLiteral("/server/info")),
            [this, next](const QByteArray &body) {
                m_raw.info = body;
                next();
            });
    request(tr("the connected user"),
            ApiRequest::get(QStringLiteral("/users/me"),
                            {{QStringLiteral("fields"), QStringLiteral("role")}}),
            [this, next](const QByteArray &body) {
                m_raw.me = body;
                next();
            });
}

void InstanceReader::cancel()
{
    if (!m_running)
        return;
    ++m_generation;
    m_running = false;
    if (m_client)
        m_client->cancelAll();
    InstanceReadResult result;
    result.canceled = true;
    result.error = tr("Reading was cancelled.");
    emit finished(result);
}

void InstanceReader::fail(const QString &message)
{
    if (!m_running)
        return;
    ++m_generation;
    m_running = false;
    if (m_client)
        m_client->cancelAll();
    InstanceReadResult result;
    result.error = message;
    result.requestCount = m_requests;
    emit finished(result);
}

void InstanceReader::request(const QString &label, const ApiRequest &apiRequest,
                             std::function<void(const QByteArray &)> onBody)
{
    if (!m_client) {
        fail(tr("The connection was closed."));
        return;
    }
    ++m_pending;
    ++m_requests;
    const quint64 generation = m_generation;
    m_client->send(apiRequest, this,
                   [this, generation, label, onBody = std::move(onBody)](const ApiResponse &r) {
                       if (generation != m_generation)
                           return; // superseded or cancelled
                       --m_pending;
                       if (!r.ok()) {
                           if (r.error == ApiResponse::Error::Canceled)
                               return;
                           fail(tr("Could not read %1: %2").arg(label, r.message));
                           return;
                       }
                       onBody(r.body);
                       if (generation != m_generation)
                           return;
                       requestFinished();
                   });
}

void InstanceReader::requestFinished()
{
    ++m_done;
    emit progress(m_done, m_total, tr("Reading configuration"));
    if (m_pending == 0 && m_running && m_done >= m_total)
        startProcessing();
}

void InstanceReader::onBasics()
{
    QString error;
    const auto info = parseData(m_raw.info, QStringLiteral("GET /server/info"), &error);
    if (!info) {
        fail(error);
        return;
    }
    const JsonObject data = info->toObject().value(QStringLiteral("data")).toObject();
    const JsonValue max =
        data.value(QStringLiteral("queryLimit")).toObject().value(QStringLiteral("max"));
    m_raw.queryLimitMax = max.isNumber() ? int(max.toNumber()) : -1;
    fetchAll();
}

QList<QPair<QString, QString>> InstanceReader::listQuery(const QString &collection) const
{
    const CollectionDescriptor *descriptor = CollectionDescriptor::find(collection);
    QList<QPair<QString, QString>> query;
    const QStringList nested = nestedListFields(*descriptor);
    const QString nestedLimit =
        m_raw.queryLimitMax < 0 ? QStringLiteral("-1") : QString::number(m_raw.queryLimitMax);
    for (const auto &[key, value] : descriptor->queryItems()) {
        if (key == QLatin1String("limit"))
            continue; // set per page below
        QString v = value;
        if (key == QLatin1String("fields")) {
            for (const QString &field : nested)
                v += QStringLiteral(",count(%1)").arg(field);
        }
        query.append({key, v});
    }
    for (const QString &field : nested)
        query.append({QStringLiteral("deep[%1][_limit]").arg(field), nestedLimit});
    return query;
}

void InstanceReader::fetchAll()
{
    // Policies are needed for the placeholder rules even when not asked for.
    QStringList toRead = m_raw.collections;
    if (!toRead.contains(QStringLiteral("policies")))
        toRead.append(QStringLiteral("policies"));

    for (const QString &collection : std::as_const(toRead)) {
        const CollectionDescriptor *descriptor = CollectionDescriptor::find(collection);
        if (!descriptor) {
            fail(tr("Unknown collection \"%1\".").arg(collection));
            return;
        }
        if (descriptor->isSingleton()) {
            ++m_total;
            request(collection, ApiRequest::get(descriptor->restPath()),
                    [this, collection](const QByteArray &body) {
                        m_raw.pages[collection].append({collection, 0, body});
                    });
        } else if (m_raw.queryLimitMax < 0) {
            // One request; the server's own count comes back in meta and is checked.
            auto query = listQuery(collection);
            query.append({QStringLiteral("limit"), QStringLiteral("-1")});
            query.append({QStringLiteral("meta"), hasFilter(*descriptor)
                                                      ? QStringLiteral("filter_count")
                                                      : QStringLiteral("total_count")});
            ++m_total;
            request(collection, ApiRequest::get(descriptor->restPath(), query),
                    [this, collection](const QByteArray &body) {
                        m_raw.pages[collection].append({collection, 0, body});
                    });
        } else {
            // limit=-1 would silently give QUERY_LIMIT_MAX rows: count first, then page.
            requestCount(collection);
        }
    }
    const QList<CollectionDescriptor> &all = CollectionDescriptor::all();
    for (const CollectionDescriptor &descriptor : all) {
        const QString table = descriptor.mappingTable();
        ++m_total;
        request(tr("the SyncID mapping of %1 (directus-extension-sync)").arg(table),
                ApiRequest::get(QStringLiteral("/directus-extension-sync/table/") + table),
                [this, table](const QByteArray &body) { m_raw.mapping.insert(table, body); });
    }
    if (m_options.schema) {
        ++m_total;
        request(tr("the schema snapshot"), ApiRequest::get(QStringLiteral("/schema/snapshot")),
                [this](const QByteArray &body) { m_raw.schema = body; });
    }
    if (m_options.specs) {
        for (int i = 0; i < 3; ++i) {
            ++m_total;
            request(SpecPaths[i], ApiRequest::get(SpecPaths[i]),
                    [this, i](const QByteArray &body) { m_raw.specs[i] = body; });
        }
    }
    // The two basic requests are done; account for them now that the total is known.
    requestFinished();
    requestFinished();
}

void InstanceReader::requestCount(const QString &collection)
{
    const CollectionDescriptor *descriptor = CollectionDescriptor::find(collection);
    QList<QPair<QString, QString>> query{{QStringLiteral("aggregate[count]"), QStringLiteral("*")}};
    for (const auto &[key, value] : descriptor->queryItems())
        if (key == QLatin1String("filter"))
            query.append({key, value});
    ++m_total;
    request(tr("the number of %1").arg(collection), ApiRequest::get(descriptor->restPath(), query),
            [this, collection](const QByteArray &body) {
                QString error;
                const auto json = parseData(body, tr("the number of %1").arg(collection), &error);
                const JsonValue count = json ? json->toObject()
                                                   .value(QStringLiteral("data"))
                                                   .toArray()
                                                   .value(0)
                                                   .toObject()
                                                   .value(QStringLiteral("count"))
                                             : JsonValue();
                bool isNumber = count.isNumber();
                const int expected =
                    isNumber ? int(count.toNumber()) : count.toString().toInt(&isNumber);
                if (!isNumber) {
                    fail(error.isEmpty() ? tr("The server did not count the %1.").arg(collection)
                                         : error);
                    return;
                }
                requestPages(collection, expected);
            });
}

void InstanceReader::requestPages(const QString &collection, int expected)
{
    const CollectionDescriptor *descriptor = CollectionDescriptor::find(collection);
    m_raw.expectedCounts.insert(collection, expected);
    const int pageSize = qMax(1, m_raw.queryLimitMax);
    // One page more than needed: a short (empty) last page proves there is nothing beyond.
    for (int offset = 0; offset <= expected; offset += pageSize) {
        auto query = listQuery(collection);
        query.append({QStringLiteral("limit"), QString::number(pageSize)});
        query.append({QStringLiteral("offset"), QString::number(offset)});
        ++m_total;
        request(collection, ApiRequest::get(descriptor->restPath(), query),
                [this, collection, offset](const QByteArray &body) {
                    m_raw.pages[collection].append({collection, offset, body});
                });
    }
}

void InstanceReader::startProcessing()
{
    m_raw.requestCount = m_requests;
    emit progress(m_total, m_total, tr("Normalising"));
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<InstanceReadResult>(this);
    connect(watcher, &QFutureWatcher<InstanceReadResult>::finished, this,
            [this, watcher, generation]() {
                watcher->deleteLater();
                if (generation != m_generation)
                    return; // a newer read or a cancel superseded this one
                m_running = false;
                emit finished(watcher->result());
            });
    // Moved: the reader keeps no copy of the answers while (and after) they are processed.
    watcher->setFuture(QtConcurrent::run(&InstanceReader::process, std::move(m_raw)));
    m_raw = {};
}

std::optional<JsonArray> InstanceReader::parsePages(const CollectionDescriptor &descriptor,
                                                    const QList<Page> &pages,
                                                    std::optional<int> *serverCount, QString *error)
{
    JsonArray items;
    for (const Page &page : pages) {
        const auto json =
            parseData(page.body, QStringLiteral("GET %1").arg(descriptor.restPath()), error);
        if (!json)
            return std::nullopt;
        const JsonObject object = json->toObject();
        const JsonValue data = object.value(QStringLiteral("data"));
        if (descriptor.isSingleton()) {
            if (!data.isObject()) {
                *error = tr("GET %1 did not answer an object.").arg(descriptor.restPath());
                return std::nullopt;
            }
            items.append(data);
            continue;
        }
        if (!data.isArray()) {
            *error = tr("GET %1 did not answer a list.").arg(descriptor.restPath());
            return std::nullopt;
        }
        items.append(data.toArray());
        const JsonObject meta = object.value(QStringLiteral("meta")).toObject();
        for (const char *key : {"filter_count", "total_count"}) {
            const JsonValue *count = meta.find(QString::fromLatin1(key));
            if (count && (count->isNumber() || count->isString()))
                *serverCount =
                    count->isNumber() ? int(count->toNumber()) : count->toString().toInt();
        }
    }
    return items;
}

QString InstanceReader::checkComplete(const CollectionDescriptor &descriptor,
                                      const JsonArray &items, std::optional<int> serverCount)
{
    const QString collection = descriptor.name();
    // Rows without an id (Directus's built-in admin permissions) are not stored rows.
    int stored = 0;
    QSet<QString> ids;
    for (const JsonValue &item : items) {
        const JsonValue *id = item.toObject().find(QStringLiteral("id"));
        if (!id || id->isNull())
            continue;
        ++stored;
        const QString idText = id->toScalarText();
        if (ids.contains(idText)) {
            return tr("The %1 changed while they were read page by page (an item "
                      "came twice). Read again.")
                .arg(collection);
        }
        ids.insert(idText);
    }
    if (!serverCount) {
        return tr("GET %1 did not report how many %2 exist, so the read cannot "
                  "be checked for completeness.")
            .arg(descriptor.restPath(), collection);
    }
    if (stored != *serverCount) {
        return tr("Incomplete read of %1: the server returned %2 of the %3 it counts. "
                  "Nothing was compared or written. (An unlicensed Directus 12 hides "
                  "permissions with custom rules; a proxy may cut long answers.)")
            .arg(collection)
            .arg(stored)
            .arg(*serverCount);
    }
    // Nested lists (policies' access rows) must be complete too.
    const QStringList nested = nestedListFields(descriptor);
    for (const JsonValue &item : items) {
        const JsonObject &object = item.toObject();
        for (const QString &field : nested) {
            const JsonValue *count = object.find(field + QStringLiteral("_count"));
            const int expected =
                count ? (count->isNumber() ? int(count->toNumber()) : count->toString().toInt())
                      : -1;
            const int got = int(object.value(field).toArray().size());
            if (expected != got) {
                return tr("Incomplete read of %1: the %2 of item %3 came back "
                          "with %4 of %5 entries. Raise QUERY_LIMIT_MAX on the "
                          "server or read again.")
                    .arg(collection, field, object.value(QStringLiteral("id")).toScalarText())
                    .arg(got)
                    .arg(expected);
            }
        }
    }
    return {};
}

void InstanceReader::stripCounts(const CollectionDescriptor &descriptor, JsonArray &items)
{
    if (descriptor.isSingleton())
        return;
    const QStringList nested = nestedListFields(descriptor);
    if (nested.isEmpty())
        return;
    for (JsonValue &item : items) {
        JsonObject &object = item.object();
        for (const QString &field : nested)
            object.remove(field + QStringLiteral("_count"));
    }
}

InstanceReadResult InstanceReader::process(RawRead raw)
{
    InstanceReadResult result;
    result.requestCount = raw.requestCount;
    result.queryLimitMax = raw.queryLimitMax;
    QString error;

    const auto info = parseData(raw.info, QStringLiteral("GET /server/info"), &error);
    const auto me = parseData(raw.me, QStringLiteral("GET /users/me"), &error);
    if (!info || !me) {
        result.error = error;
        return result;
    }
    result.snapshot.directusVersion = info->toObject()
                                          .value(QStringLiteral("data"))
                                          .toObject()
                                          .value(QStringLiteral("version"))
                                          .toScalarText();
    const JsonValue role =
        me->toObject().value(QStringLiteral("data")).toObject().value(QStringLiteral("role"));
    result.userRoleId = role.isNull() ? QString() : role.toScalarText();

    // Mapping rows of every table.
    for (auto it = raw.mapping.begin(); it != raw.mapping.end(); ++it) {
        JsonParseError parseError;
        const auto rows = JsonReader::parse(it.value(), &parseError);
        it.value() = QByteArray();
        if (!rows || !rows->isArray()) {
            result.error = tr("The SyncID mapping of %1 is not a JSON list (%2). Is "
                              "directus-extension-sync 3.x installed?")
                               .arg(it.key(), rows ? tr("unexpected shape") : parseError.message);
            return result;
        }
        result.mappingRows.reserve(result.mappingRows.size() + rows->toArray().size());
        for (const JsonValue &row : rows->toArray()) {
            const auto parsed = IdMapRow::fromJson(row);
            if (!parsed) {
                result.error = tr("The SyncID mapping of %1 has a malformed row.").arg(it.key());
                return result;
            }
            result.mappingRows.append(std::move(*parsed));
        }
    }

    // Items. Parsed items are several times larger than their answers, so the answers are
    // kept and each collection is parsed when the normaliser asks for it — twice: once to
    // check it is complete and to assign SyncIDs, once to map it (its answers are dropped
    // then). The parsed items of all collections never exist at once (issue 7: peak RSS).
    QHash<QString, QList<Page>> pagesOf;
    for (auto it = raw.pages.begin(); it != raw.pages.end(); ++it) {
        QList<Page> pages = std::move(it.value());
        std::sort(pages.begin(), pages.end(),
                  [](const Page &a, const Page &b) { return a.offset < b.offset; });
        pagesOf.insert(it.key(), std::move(pages));
    }
    raw.pages.clear();
    // Parses and checks the pages of one collection; the answers are dropped when last is set.
    const auto itemsOf = [&pagesOf, &raw](const QString &collection, bool last,
                                          QString *error) -> std::optional<JsonArray> {
        const CollectionDescriptor *descriptor = CollectionDescriptor::find(collection);
        const auto found = pagesOf.find(collection);
        if (!descriptor || found == pagesOf.end())
            return JsonArray();
        std::optional<int> serverCount;
        std::optional<JsonArray> items = parsePages(*descriptor, *found, &serverCount, error);
        if (last)
            pagesOf.erase(found);
        if (!items)
            return std::nullopt;
        if (raw.expectedCounts.contains(collection))
            serverCount = raw.expectedCounts.value(collection);
        if (!descriptor->isSingleton()) {
            *error = checkComplete(*descriptor, *items, serverCount);
            if (!error->isEmpty())
                return std::nullopt;
        }
        stripCounts(*descriptor, *items);
        return items;
    };
    // The placeholders need the policies and the settings first (both small).
    QMap<QString, JsonArray> rawItems;
    for (const QString &collection : {QStringLiteral("policies"), QStringLiteral("settings")}) {
        if (!pagesOf.contains(collection))
            continue;
        std::optional<JsonArray> items =
            itemsOf(collection, !raw.collections.contains(collection), &error);
        if (!items) {
            result.error = error;
            return result;
        }
        rawItems.insert(collection, std::move(*items));
    }

    const QString settingsId = [&rawItems]() {
        const JsonArray settings = rawItems.value(QStringLiteral("settings"));
        const JsonValue id = settings.isEmpty()
                                 ? JsonValue()
                                 : settings.constFirst().toObject().value(QStringLiteral("id"));
        return id.isNull() ? QStringLiteral("1") : id.toScalarText();
    }();
    result.placeholders =
        PlaceholderContext::derive(result.userRoleId, rawItems.value(QStringLiteral("policies")));
    result.placeholders.settingsId = settingsId;

    rawItems.clear();
    QString loadError;
    const Normalizer::RawLoader load = [&itemsOf, &loadError](const QString &collection,
                                                              bool last) {
        std::optional<JsonArray> items = itemsOf(collection, last, &loadError);
        return items;
    };
    const Normalizer normalizer(result.mappingRows, result.placeholders, raw.options.normalizer);
    result.snapshot.collections = normalizer.normalize(raw.collections, load, &error);
    pagesOf.clear();
    if (!loadError.isEmpty() || !error.isEmpty()) {
        result.error = loadError.isEmpty() ? error : loadError;
        return result;
    }

    if (raw.options.schema) {
        JsonParseError parseError;
        const auto schema = JsonReader::parse(raw.schema, &parseError);
        raw.schema = QByteArray();
        if (!schema || !schema->isObject()) {
            result.error = tr("The schema snapshot is not valid JSON: %1").arg(parseError.message);
            return result;
        }
        const JsonValue data =
            Normalizer::normalizeSchemaSnapshot(schema->toObject().value(QStringLiteral("data")));
        result.snapshot.databaseVendor = data.toObject().value(QStringLiteral("vendor")).toString();
        result.snapshot.schema = data;
    }
    result.specItemGraphql = std::move(raw.specs[0]);
    result.specSystemGraphql = std::move(raw.specs[1]);
    result.specOpenApi = std::move(raw.specs[2]);
    result.ok = true;
    return result;
}

} // namespace syncstudio
