// Normalizer: arbitrary API answers (any JSON array, the first byte picks the collection) with
// arbitrary mapping rows never crash, and normalising is deterministic.
#include "collectiondescriptor.h"
#include "jsonreader.h"
#include "normalizer.h"

#include <cstdlib>

using namespace syncstudio;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const QStringList names = CollectionDescriptor::names();
    const QString name = names.at(data[0] % names.size());
    const auto value = JsonReader::parse(
        QByteArrayView(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1)));
    if (!value || !value->isArray())
        return 0;
    // Mapping rows derived from the input itself, so relations sometimes resolve.
    QList<IdMapRow> rows;
    qint64 id = 1;
    for (const JsonValue &item : value->toArray()) {
        const JsonValue local = item.toObject().value(QStringLiteral("id"));
        if (local.isString() || local.isNumber()) {
            for (const QString &table : names)
                rows.append(
                    {id++, table, QStringLiteral("sync-%1").arg(id), local.toScalarText(), {}});
        }
    }
    PlaceholderContext context;
    context.adminRoleId = QStringLiteral("admin-role");
    const Normalizer normalizer(rows, context);
    QMap<QString, JsonArray> raw;
    raw.insert(name, value->toArray());
    const auto first = normalizer.normalize(raw);
    const auto second = normalizer.normalize(raw);
    if (first.size() != second.size())
        std::abort();
    for (qsizetype i = 0; i < first.size(); ++i)
        if (first.at(i).items != second.at(i).items)
            std::abort();
    return 0;
}
