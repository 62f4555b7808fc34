#pragma once

#include "compareresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

namespace syncstudio {

// Renders a CompareResult for people (text) and for scripts (the JSON of the CLI contract:
// {left, right, items: [{collection, syncId, localId, side, status, name, fields}], schema}).
class CompareReport final
{
    Q_DECLARE_TR_FUNCTIONS(CompareReport)

public:
    static QByteArray toJson(const CompareResult &result, bool onlyChanged);
    // The same text in pieces, to a sink (the CLI writes them to stdout as they come).
    static void writeJson(const CompareResult &result, bool onlyChanged,
                          const std::function<void(const QByteArray &)> &write);
    static QString toText(const CompareResult &result, bool onlyChanged);
};

} // namespace syncstudio
