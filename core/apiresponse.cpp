#include "apiresponse.h"

#include "jsonreader.h"

#include <QCoreApplication>

namespace syncstudio {

std::optional<JsonValue> ApiResponse::json(QString *errorMessage) const
{
    JsonParseError parseError;
    auto value = JsonReader::parse(body, &parseError);
    if (!value && errorMessage) {
        *errorMessage = QCoreApplication::translate("syncstudio::ApiResponse",
                                                    "%1 answered with invalid JSON: %2")
                            .arg(requestText, parseError.message);
    }
    return value;
}

std::optional<JsonValue> ApiResponse::data(QString *errorMessage) const
{
    auto value = json(errorMessage);
    if (!value)
        return std::nullopt;
    if (!value->isObject() || !value->toObject().contains(QStringLiteral("data"))) {
        if (errorMessage)
            *errorMessage = QCoreApplication::translate("syncstudio::ApiResponse",
                                                        "%1 answered without a \"data\" member")
                                .arg(requestText);
        return std::nullopt;
    }
    return value->toObject().value(QStringLiteral("data"));
}

} // namespace syncstudio
