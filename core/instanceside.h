#pragma once

#include "configside.h"
#include "instancereader.h"

#include <QPointer>

namespace syncstudio {

// A live Directus instance, read in bulk by InstanceReader (only GETs).
class InstanceSide final : public ConfigSide
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceSide)

public:
    // The client is not owned and must outlive the side.
    InstanceSide(DirectusClient *client, const QString &description,
                 const InstanceReadOptions &options = {}, QObject *parent = nullptr);

    QString description() const override { return m_description; }
    void start() override;
    void cancel() override;
    DirectusClient *client() const override;

    void setOptions(const InstanceReadOptions &options) { m_options = options; }

private:
    QPointer<DirectusClient> m_client;
    QString m_description;
    InstanceReadOptions m_options;
    InstanceReader *m_reader = nullptr;
};

} // namespace syncstudio
