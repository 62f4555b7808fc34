#pragma once

#include "sidereadresult.h"

#include <QObject>
#include <QString>

namespace syncstudio {

class DirectusClient;

// One side of a comparison: something configuration is read from (an instance, a dump folder,
// a folder at a git revision). Reading is asynchronous and strictly read-only. start() may be
// called again; the results of a superseded or cancelled read are dropped, and finished() is
// emitted exactly once per start() (with canceled set after cancel()).
class ConfigSide : public QObject
{
    Q_OBJECT

public:
    explicit ConfigSide(QObject *parent = nullptr)
        : QObject(parent)
    {}

    // The side as the user gave it ("https://cms.example.com", "./directus-config").
    virtual QString description() const = 0;
    virtual void start() = 0;
    virtual void cancel() = 0;
    // The instance's client for instance sides (schema diff, push); nullptr otherwise.
    virtual DirectusClient *client() const { return nullptr; }

signals:
    void progress(int done, int total, const QString &step);
    void finished(const syncstudio::SideReadResult &result);
};

} // namespace syncstudio
