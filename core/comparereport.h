#pragma once

#include "compareresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace syncstudio {

// Renders a CompareResult for people (text) and for scripts (the JSON of the CLI contract:
// {left, right, items: [{collection, syncId, localId, side, status, name, fields}], schema}).
class CompareReport final
{
    Q_DECLARE_TR_FUNCTIONS(CompareReport)

public:
    static QByteArray toJson(const CompareResult &result, bool onlyChanged);
    static QString toText(const CompareResult &result, bool onlyChanged);
};

} // namespace syncstudio
