// `syncstudio-cli export` writes exactly what the real `directus-sync pull` (3.4.1) writes, for a
// richly seeded real Directus 11.3.5; reading a dump and reading the instance give the same
// items; a server with small query limits reads the same as one without.
#include "directusserver.h"
#include "directussynccli.h"
#include "dumpfolderreader.h"
#include "httpdirectusclient.h"
#include "instancereader.h"
#include "seeder.h"
#include "testenvironment.h"
#include "testrest.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace syncstudio;
using namespace syncstudio::test;

namespace {

QStringList filesUnder(const QString &root)
{
    QStringList files;
    for (const QString &sub : {QStringLiteral("collections"), QStringLiteral("snapshot")}) {
        QDirIterator it(root + QLatin1Char('/') + sub, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next().mid(root.size() + 1);
    }
    files.sort();
    return files;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

InstanceReadResult readInstance(const DirectusServer &server)
{
    HttpDirectusClient client(server.url(), Credentials::fromToken(server.token()));
    InstanceReader reader(&client);
    QSignalSpy spy(&reader, &InstanceReader::finished);
    reader.start({});
    if (!spy.wait(120000))
        return {};
    return spy.at(0).at(0).value<InstanceReadResult>();
}

// SyncID -> data of the tracked items, per collection.
QMap<QString, QMap<QString, JsonObject>> trackedItems(const ConfigSnapshot &snapshot)
{
    QMap<QString, QMap<QString, JsonObject>> result;
    for (const CollectionData &c : snapshot.collections) {
        if (!c.present)
            continue;
        auto &items = result[c.name];
        for (const SyncItem &item : c.items)
            if (!item.syncId.isEmpty())
                items.insert(item.syncId, item.data);
    }
    return result;
}

// The schema with its lists in a fixed order: a split snapshot is read back in directory order.
JsonValue canonicalSchema(JsonValue schema)
{
    JsonObject &object = schema.object();
    for (const char *list : {"collections", "fields", "relations"}) {
        const QString key = QString::fromLatin1(list);
        JsonArray items = object.value(key).toArray();
        std::sort(items.begin(), items.end(), [](const JsonValue &a, const JsonValue &b) {
            const auto k = [](const JsonValue &v) -> QString {
                return v.toObject().value(QStringLiteral("collection")).toString() +
                       QLatin1Char('/') + v.toObject().value(QStringLiteral("field")).toString();
            };
            return k(a) < k(b);
        });
        object.insert(key, items);
    }
    return schema;
}

} // namespace

class tst_ExportCompat final : public QObject
{
    Q_OBJECT

    TestEnvironment m_env;
    std::unique_ptr<DirectusServer> m_server;
    QTemporaryDir m_work;

    int exportWithCli(const QString &folder, const QStringList &flags, const QString &locale,
                      QString *output)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SYNCSTUDIO_TOKEN"), m_server->token());
        env.insert(QStringLiteral("LANG"), locale);
        env.insert(QStringLiteral("LC_ALL"), locale);
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(TestEnvironment::buildDir() + QStringLiteral("/app/syncstudio-cli"),
                      QStringList{QStringLiteral("export"), m_server->url().toString(), folder} +
                          flags);
        process.waitForFinished(300000);
        *output = QString::fromUtf8(process.readAll());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<InstanceReadResult>();
        QString error;
        m_server = DirectusServer::start({}, &error);
        QVERIFY2(m_server, qPrintable(error));
        TestRest rest(m_server->url(), m_server->token());
        QVERIFY2(Seeder::seedRich(rest, false, nullptr, &error), qPrintable(error));

        // More rows than QUERY_LIMIT_MAX=50 below, and a policy with more access rows than
        // QUERY_LIMIT_DEFAULT=5, so the limited server really pages.
        QJsonArray bulk;
        for (int i = 0; i < 60; ++i)
            bulk.append(QJsonObject{{QStringLiteral("key"), QStringLiteral("bulk.%1").arg(i)},
                                    {QStringLiteral("language"), QStringLiteral("en-US")},
                                    {QStringLiteral("value"), QStringLiteral("Value %1").arg(i)}});
        QVERIFY(rest.post(QStringLiteral("/translations"), bulk).ok());
        QJsonArray access;
        for (int i = 0; i < 7; ++i) {
            const auto role =
                rest.post(QStringLiteral("/roles"),
                          QJsonObject{{QStringLiteral("name"), QStringLiteral("Team %1").arg(i)}});
            QVERIFY(role.ok());
            access.append(QJsonObject{
                {QStringLiteral("role"), role.data.toObject().value(QStringLiteral("id"))}});
        }
        QVERIFY(rest.post(QStringLiteral("/policies"),
                          QJsonObject{{QStringLiteral("name"), QStringLiteral("Team policy")},
                                      {QStringLiteral("roles"), access}})
                    .ok());

        // Track everything the way users do: with the real directus-sync pull.
        const auto pull = DirectusSyncCli::run(
            QStringLiteral("pull"), m_server->url(), m_server->token(),
            {QStringLiteral("--dump-path"), m_work.filePath(QStringLiteral("first")),
             QStringLiteral("--no-specs")});
        QVERIFY2(pull.ok(), qPrintable(pull.output));
    }

    void byteIdentical_data()
    {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QString>("locale");
        QTest::newRow("default") << QStringList{} << QStringLiteral("C.UTF-8");
        QTest::newRow("sort-json")
            << QStringList{QStringLiteral("--sort-json")} << QStringLiteral("C.UTF-8");
        QTest::newRow("no-split") << QStringList{QStringLiteral("--no-split")}
                                  << QStringLiteral("C.UTF-8");
        QTest::newRow("sort-json sv_SE")
            << QStringList{QStringLiteral("--sort-json")} << QStringLiteral("sv_SE.UTF-8");
        QTest::newRow("default sv_SE") << QStringList{} << QStringLiteral("sv_SE.UTF-8");
    }

    void byteIdentical()
    {
        QFETCH(QStringList, flags);
        QFETCH(QString, locale);
        const QString tag = QString::fromLatin1(QTest::currentDataTag())
                                .replace(QLatin1Char(' '), QLatin1Char('_'));
        const QString theirs = m_work.filePath(QStringLiteral("ds-") + tag);
        const QString ours = m_work.filePath(QStringLiteral("ss-") + tag);
        const auto pull = DirectusSyncCli::run(
            QStringLiteral("pull"), m_server->url(), m_server->token(),
            QStringList{QStringLiteral("--dump-path"), theirs, QStringLiteral("--no-specs")} +
                flags,
            locale);
        QVERIFY2(pull.ok(), qPrintable(pull.output));
        QString output;
        QCOMPARE(
            exportWithCli(ours, QStringList{QStringLiteral("--no-specs")} + flags, locale, &output),
            0);

        const QStringList expected = filesUnder(theirs);
        QVERIFY(expected.size() >= 12); // 11 collection files + the snapshot
        QCOMPARE(filesUnder(ours), expected);
        for (const QString &file : expected) {
            const QByteArray a = readAll(theirs + QLatin1Char('/') + file);
            const QByteArray b = readAll(ours + QLatin1Char('/') + file);
            if (a != b) {
                qsizetype i = 0;
                while (i < a.size() && i < b.size() && a.at(i) == b.at(i))
                    ++i;
                QFAIL(qPrintable(
                    QStringLiteral("%1 differs at byte %2:\n directus-sync: %3\n ours:          %4")
                        .arg(file)
                        .arg(i)
                        .arg(QString::fromUtf8(a.mid(qMax<qsizetype>(0, i - 80), 160)),
                             QString::fromUtf8(b.mid(qMax<qsizetype>(0, i - 80), 160)))));
            }
        }
    }

    void secondLocaleReallyDiffers()
    {
        // The sv_SE rows prove something only if the data collates differently there.
        const QString file = QStringLiteral("/collections/presets.json");
        const QByteArray c = readAll(m_work.filePath(QStringLiteral("ds-sort-json")) + file);
        const QByteArray sv = readAll(m_work.filePath(QStringLiteral("ds-sort-json_sv_SE")) + file);
        QVERIFY(!c.isEmpty());
        QVERIFY(c != sv);
    }

    void folderReadEqualsInstanceRead()
    {
        DumpReadError error;
        const auto folder =
            DumpFolderReader::read(m_work.filePath(QStringLiteral("first")), {}, &error);
        QVERIFY2(folder, qPrintable(error.message));
        const auto instance = readInstance(*m_server);
        QVERIFY2(instance.ok, qPrintable(instance.error));
        const auto a = trackedItems(*folder);
        const auto b = trackedItems(instance.snapshot);
        QCOMPARE(a.keys(), b.keys());
        for (auto it = a.cbegin(); it != a.cend(); ++it) {
            QCOMPARE(it.value().keys(), b.value(it.key()).keys());
            for (auto item = it.value().cbegin(); item != it.value().cend(); ++item)
                QVERIFY2(item.value() == b.value(it.key()).value(item.key()),
                         qPrintable(it.key() + QLatin1Char('/') + item.key()));
        }
        QVERIFY(a.value(QStringLiteral("translations")).size() >= 64);
        QVERIFY(folder->schema.has_value() && instance.snapshot.schema.has_value());
        QVERIFY(canonicalSchema(*folder->schema) == canonicalSchema(*instance.snapshot.schema));
    }

    void smallQueryLimitsReadTheSame()
    {
        QString error;
        DirectusServer::Options options;
        options.env = {QStringLiteral("QUERY_LIMIT_MAX=50"),
                       QStringLiteral("QUERY_LIMIT_DEFAULT=5")};
        options.copyDataFrom = m_server->dataDir();
        auto limited = DirectusServer::start(options, &error);
        QVERIFY2(limited, qPrintable(error));
        const auto reference = readInstance(*m_server);
        QVERIFY2(reference.ok, qPrintable(reference.error));
        QCOMPARE(reference.queryLimitMax, -1);
        const auto paged = readInstance(*limited);
        QVERIFY2(paged.ok, qPrintable(paged.error));
        QCOMPARE(paged.queryLimitMax, 50);
        QVERIFY(paged.requestCount > reference.requestCount); // it really paged
        QVERIFY(trackedItems(paged.snapshot) == trackedItems(reference.snapshot));
        QCOMPARE(paged.mappingRows.size(), reference.mappingRows.size());
        QVERIFY(*paged.snapshot.schema == *reference.snapshot.schema);
    }
};

QTEST_GUILESS_MAIN(tst_ExportCompat)
#include "tst_exportcompat.moc"
