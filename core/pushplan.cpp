#include "pushplan.h"

#include "jsonwriter.h"

namespace syncstudio {

QString PlanStep::describe() const
{
    QString text = request.describe();
    if (body) {
        text += QLatin1Char(' ') + QString::fromUtf8(JsonWriter::stringify(*body, 0));
    }
    return text;
}

QString PushPlan::describe() const
{
    QStringList lines;
    for (const PlanStep &step : steps) {
        lines.append(tr("%1. %2\n   %3").arg(step.number).arg(step.summary, step.describe()));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace syncstudio
