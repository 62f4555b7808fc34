// JsonReader / JsonWriter: any input either fails with an error message, or parses to a value
// whose written form parses back to an equal value and writes identically again (stable).
#include "jsonreader.h"
#include "jsonwriter.h"

#include <cstdlib>

using namespace syncstudio;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    JsonParseError error;
    const auto value = JsonReader::parse(input, &error);
    if (!value) {
        if (error.message.isEmpty() || error.line < 1)
            std::abort(); // every failure must say what and where
        return 0;
    }
    for (int indent : {0, 2}) {
        const QByteArray written = JsonWriter::stringify(*value, indent);
        const auto again = JsonReader::parse(written);
        if (!again || !(*again == *value))
            std::abort();
        if (JsonWriter::stringify(*again, indent) != written)
            std::abort();
    }
    return 0;
}
