#include "instanceside.h"

#include "directusclient.h"

#include <QCoreApplication>

namespace syncstudio {

InstanceSide::InstanceSide(DirectusClient *client, const QString &description,
                           const InstanceReadOptions &options, QObject *parent)
    : ConfigSide(parent)
    , m_client(client)
    , m_description(description)
    , m_options(options)
{}

DirectusClient *InstanceSide::client() const
{
    return m_client;
}

void InstanceSide::start()
{
    if (m_reader) {
        // A fresh reader per run: a superseded one can never deliver into this run.
        m_reader->disconnect(this);
        m_reader->cancel();
        m_reader->deleteLater();
    }
    m_reader = new InstanceReader(m_client, this);
    connect(m_reader, &InstanceReader::progress, this, &ConfigSide::progress);
    connect(m_reader, &InstanceReader::finished, this, [this](const InstanceReadResult &read) {
        SideReadResult result;
        result.ok = read.ok;
        result.canceled = read.canceled;
        result.error = read.error.isEmpty() || read.canceled
                           ? read.error
                           : QCoreApplication::translate("syncstudio::InstanceSide", "%1: %2")
                                 .arg(m_description, read.error);
        result.snapshot = read.snapshot;
        result.isInstance = true;
        result.placeholders = read.placeholders;
        result.mappingRows = read.mappingRows;
        result.userRoleId = read.userRoleId;
        result.requestCount = read.requestCount;
        emit finished(result);
    });
    m_reader->start(m_options);
}

void InstanceSide::cancel()
{
    if (m_reader) {
        m_reader->cancel();
    }
}

} // namespace syncstudio
