// Writes the demo's two sample dumps (resources/demo/{staging,production}) from a real
// Directus 11.3.5 with the real directus-sync 3.4.1: seed, pull "production", change a few
// items the way a week of work on staging would, pull "staging". Run by scripts/make-demo-dumps;
// the output is committed, so the demo needs no server. With --live (scripts/run --demo) it
// leaves two running instances instead.
#include "directusserver.h"
#include "directussynccli.h"
#include "seeder.h"
#include "testrest.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace syncstudio::test;

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

bool check(const TestRest::Reply &reply, const char *what)
{
    if (reply.ok())
        return true;
    err() << "demodumps: " << what << " failed: HTTP " << reply.status << ' '
          << QString::fromUtf8(reply.body.left(300)) << '\n';
    return false;
}

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

bool pull(const DirectusServer &server, const QString &folder)
{
    QDir(folder).removeRecursively();
    const auto result = DirectusSyncCli::run(QStringLiteral("pull"), server.url(), server.token(),
                                             {QStringLiteral("--dump-path"), folder});
    if (!result.ok())
        err() << "demodumps: directus-sync pull failed:\n" << result.output << '\n';
    return result.ok();
}

// What changed on staging since production's snapshot: one item of most kinds, a new field, a
// new item, a deleted one.
bool changeStaging(TestRest &rest, const SeedIds &ids)
{
    return check(
               rest.patch(
                   QStringLiteral("/roles/") + ids.editorRole,
                   object(R"({"icon":"edit_note","description":"Edits and publishes articles"})")),
               "PATCH role") &&
           check(rest.patch(QStringLiteral("/flows/") + ids.flowB,
                            object(R"({"name":"Nightly cleanup at 02:00","color":"#FFA439"})")),
                 "PATCH flow") &&
           check(
               rest.patch(
                   QStringLiteral("/operations/") + ids.opNotify,
                   object(
                       R"({"options":{"message":"Article {{$trigger.payload.title}} is live","subject":"Published"}})")),
               "PATCH operation") &&
           check(
               rest.patch(
                   QStringLiteral("/panels/") + ids.panel2,
                   object(
                       R"({"width":12,"options":{"text":"Guten Tag – heute schon publiziert?"}})")),
               "PATCH panel") &&
           check(rest.post(
                     QStringLiteral("/translations"),
                     object(R"({"key":"goodbye","language":"de-DE","value":"Auf Wiedersehen"})")),
                 "POST translation") &&
           check(
               rest.post(
                   QStringLiteral("/dashboards"),
                   object(
                       R"({"name":"Release health","icon":"monitor_heart","note":"New on staging"})")),
               "POST dashboard") &&
           check(rest.del(QStringLiteral("/folders/") + ids.grandchildFolder), "DELETE folder") &&
           check(
               rest.post(
                   QStringLiteral("/fields/articles"),
                   object(
                       R"({"field":"subtitle","type":"string","meta":{"interface":"input","note":"Shown under the title"},"schema":{}})")),
               "POST field") &&
           check(
               rest.patch(QStringLiteral("/settings"),
                          object(R"({"project_descriptor":"Staging","project_color":"#2ECDA7"})")),
               "PATCH settings");
}

} // namespace

// scripts/run --demo: two live instances, "production" seeded and tracked by the real
// directus-sync, "staging" a copy of it changed as in the dumps. Both keep running after this
// process ends (their PIDs are in SYNCSTUDIO_RUN_DIR); their URLs and tokens go to envFile.
int live(const QString &envFile)
{
    QString error;
    auto production = DirectusServer::start({}, &error);
    if (!production) {
        err() << "demodumps: " << error << '\n';
        return 1;
    }
    TestRest productionRest(production->url(), production->token());
    SeedIds ids;
    if (!Seeder::seedRich(productionRest, false, &ids, &error)) {
        err() << "demodumps: seeding failed: " << error << '\n';
        return 1;
    }
    // The pull writes a mapping row for every item: both instances then share the SyncIDs.
    QTemporaryDir dump;
    if (!pull(*production, dump.filePath(QStringLiteral("production"))))
        return 1;
    production->stop(); // a consistent copy of its database
    DirectusServer::Options copy;
    copy.copyDataFrom = production->dataDir();
    auto staging = DirectusServer::start(copy, &error);
    if (!staging || !production->restart(&error)) {
        err() << "demodumps: " << error << '\n';
        return 1;
    }
    TestRest stagingRest(staging->url(), staging->token());
    if (!changeStaging(stagingRest, ids))
        return 1;
    QFile file(envFile);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        err() << "demodumps: cannot write " << envFile << '\n';
        return 1;
    }
    QTextStream(&file) << "DEMO_STAGING_URL=" << staging->url().toString() << '\n'
                       << "DEMO_STAGING_TOKEN=" << staging->token() << '\n'
                       << "DEMO_STAGING_PID=" << staging->pid() << '\n'
                       << "DEMO_PRODUCTION_URL=" << production->url().toString() << '\n'
                       << "DEMO_PRODUCTION_TOKEN=" << production->token() << '\n'
                       << "DEMO_PRODUCTION_PID=" << production->pid() << '\n';
    staging->release();
    production->release();
    return 0;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == QLatin1String("--live"))
        return live(args.at(2));
    if (args.size() != 2) {
        err() << "usage: syncstudio-demodumps <output folder>\n"
                 "       syncstudio-demodumps --live <env file>\n";
        return 2;
    }
    const QString out = QDir(args.at(1)).absolutePath();
    QString error;
    auto server = DirectusServer::start({}, &error);
    if (!server) {
        err() << "demodumps: " << error << '\n';
        return 1;
    }
    TestRest rest(server->url(), server->token());
    SeedIds ids;
    if (!Seeder::seedRich(rest, false, &ids, &error)) {
        err() << "demodumps: seeding failed: " << error << '\n';
        return 1;
    }
    if (!pull(*server, out + QStringLiteral("/production")) || !changeStaging(rest, ids) ||
        !pull(*server, out + QStringLiteral("/staging")))
        return 1;
    err() << "demodumps: wrote " << out << "/production and " << out << "/staging\n";
    return 0;
}
