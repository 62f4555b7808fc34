#pragma once

#include "compareresult.h"
#include "pushplan.h"
#include "pushplanner.h"
#include "rawitemreader.h"

#include <QObject>
#include <QPointer>

namespace syncstudio {

class DirectusClient;

// Plans a push against an instance: reads (GET only) the raw target items the planner needs
// beyond the comparison, then runs PushPlanner. Problems end up in PushPlan::errors.
class PushPreparer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PushPreparer)

public:
    explicit PushPreparer(DirectusClient *client, QObject *parent = nullptr);

    void start(const CompareResult &compare, const PushSelection &selection,
               const PushTarget &target);

signals:
    void finished(const syncstudio::PushPlan &plan);

private:
    QPointer<DirectusClient> m_client;
    RawItemReader *m_reader = nullptr;
    quint64 m_generation = 0;
};

} // namespace syncstudio
