#include "seeder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace syncstudio::test {

namespace {

QJsonValue parse(const QString &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

// POSTs and returns data.id as text; sets *error on failure.
QString create(TestRest &rest, const QString &path, const QString &json, QString *error)
{
    if (!error->isEmpty())
        return {};
    const auto reply = rest.post(path, parse(json));
    if (!reply.ok()) {
        *error = QStringLiteral("POST %1 failed (%2): %3")
                     .arg(path)
                     .arg(reply.status)
                     .arg(QString::fromUtf8(reply.body.left(500)));
        return {};
    }
    const QJsonValue id = reply.data.toObject().value(QStringLiteral("id"));
    return id.isDouble() ? QString::number(id.toInteger()) : id.toString();
}

void patch(TestRest &rest, const QString &path, const QString &json, QString *error)
{
    if (!error->isEmpty())
        return;
    const auto reply = rest.patch(path, parse(json));
    if (!reply.ok())
        *error = QStringLiteral("PATCH %1 failed (%2): %3")
                     .arg(path)
                     .arg(reply.status)
                     .arg(QString::fromUtf8(reply.body.left(500)));
}

} // namespace

bool Seeder::seedRich(TestRest &rest, bool coreTier, SeedIds *ids, QString *error)
{
    QString e;
    SeedIds s;

    // Folders: three levels.
    s.rootFolder =
        create(rest, QStringLiteral("/folders"), QStringLiteral(R"({"name":"Media"})"), &e);
    s.childFolder =
        create(rest, QStringLiteral("/folders"),
               QStringLiteral(R"({"name":"Images","parent":"%1"})").arg(s.rootFolder), &e);
    s.grandchildFolder = create(
        rest, QStringLiteral("/folders"),
        QStringLiteral(R"({"name":"Thumbnails – klein","parent":"%1"})").arg(s.childFolder), &e);

    // Roles, one with a parent.
    s.editorRole = create(
        rest, QStringLiteral("/roles"),
        QStringLiteral(R"({"name":"Editor","icon":"edit","description":"Edits articles"})"), &e);
    s.juniorRole =
        create(rest, QStringLiteral("/roles"),
               QStringLiteral(R"({"name":"Junior editor","icon":"school","parent":"%1"})")
                   .arg(s.editorRole),
               &e);

    // Custom collections with a relation.
    create(
        rest, QStringLiteral("/collections"),
        QStringLiteral(
            R"({"collection":"authors","meta":{"icon":"person","note":"Wer schreibt"},"schema":{},"fields":[
        {"field":"id","type":"integer","meta":{"hidden":true,"readonly":true,"interface":"input"},"schema":{"is_primary_key":true,"has_auto_increment":true}},
        {"field":"name","type":"string","meta":{"interface":"input","required":true},"schema":{"is_nullable":false}}]})"),
        &e);
    create(
        rest, QStringLiteral("/collections"),
        QStringLiteral(
            R"({"collection":"articles","meta":{"icon":"article","note":"test collection"},"schema":{},"fields":[
        {"field":"id","type":"integer","meta":{"hidden":true,"readonly":true,"interface":"input"},"schema":{"is_primary_key":true,"has_auto_increment":true}},
        {"field":"title","type":"string","meta":{"interface":"input","required":true},"schema":{"is_nullable":false}},
        {"field":"Body","type":"text","meta":{"interface":"input-multiline"}},
        {"field":"status","type":"string","meta":{"interface":"select-dropdown","options":{"choices":[{"text":"Draft","value":"draft"},{"text":"Published","value":"published"}]}},"schema":{"default_value":"draft"}},
        {"field":"author","type":"integer","meta":{"interface":"select-dropdown-m2o","special":["m2o"]},"schema":{}}]})"),
        &e);
    if (e.isEmpty()) {
        const auto reply = rest.post(
            QStringLiteral("/relations"),
            parse(QStringLiteral(
                R"({"collection":"articles","field":"author","related_collection":"authors","schema":{"on_delete":"SET NULL"}})")));
        if (!reply.ok())
            e = QStringLiteral("POST /relations failed: ") +
                QString::fromUtf8(reply.body.left(300));
    }

    // Policies: one attached to both roles (several access rows), one to the junior role.
    s.editorPolicy = create(
        rest, QStringLiteral("/policies"),
        QStringLiteral(
            R"({"name":"Editor policy","icon":"badge","description":"Can edit","admin_access":false,"app_access":true,"roles":[{"role":"%1"},{"role":"%2"}]})")
            .arg(s.editorRole, s.juniorRole),
        &e);
    s.reviewerPolicy = create(
        rest, QStringLiteral("/policies"),
        QStringLiteral(
            R"({"name":"Reviewer policy","icon":"rate_review","admin_access":false,"app_access":false,"enforce_tfa":true,"ip_access":["127.0.0.1"],"roles":[{"role":"%1"}]})")
            .arg(s.juniorRole),
        &e);

    // Permissions: 12, with filters / validation / presets / field lists unless Core tier.
    struct Perm
    {
        const char *policyKey;
        const char *collection;
        const char *action;
        const char *rules;
    };
    const Perm perms[] = {
        {"editor", "articles", "create",
         R"("permissions":null,"validation":{"title":{"_nempty":true}},"presets":{"status":"draft","Body":"Ünïcödé"},"fields":["title","Body","status","author"])"},
        {"editor", "articles", "read",
         R"("permissions":{"_and":[{"status":{"_eq":"published"}},{"author":{"_nnull":true}}]},"fields":["*"])"},
        {"editor", "articles", "update",
         R"("permissions":{"author":{"_nnull":true}},"validation":{"title":{"_nempty":true}},"fields":["title","Body"])"},
        {"editor", "articles", "delete", R"("permissions":{"status":{"_eq":"draft"}})"},
        {"editor", "authors", "read", R"("fields":["*"])"},
        {"editor", "authors", "create", R"("fields":["name"])"},
        {"editor", "directus_files", "read", R"("fields":["*"])"},
        {"editor", "directus_folders", "read", R"("fields":["*"])"},
        {"reviewer", "articles", "read",
         R"("permissions":{"status":{"_in":["draft","published"]}},"fields":["id","title","status"])"},
        {"reviewer", "articles", "update",
         R"("fields":["status"],"presets":{"status":"published"})"},
        {"reviewer", "authors", "read", R"("fields":["*"])"},
        {"reviewer", "directus_users", "read",
         R"("permissions":{"id":{"_eq":"$CURRENT_USER"}},"fields":["first_name","last_name"])"},
    };
    for (const Perm &p : perms) {
        const QString policy = QLatin1String(p.policyKey) == QLatin1String("editor")
                                   ? s.editorPolicy
                                   : s.reviewerPolicy;
        const QString rules =
            coreTier ? QStringLiteral(R"("fields":["*"])") : QString::fromUtf8(p.rules);
        create(rest, QStringLiteral("/permissions"),
               QStringLiteral(R"({"policy":"%1","collection":"%2","action":"%3",%4})")
                   .arg(policy, QString::fromLatin1(p.collection), QString::fromLatin1(p.action),
                        rules),
               &e);
        ++s.permissionCount;
    }

    // Flows: A's operations chain by resolve/reject; B triggers A.
    s.flowA = create(
        rest, QStringLiteral("/flows"),
        QStringLiteral(
            R"({"name":"On article publish","icon":"bolt","color":"#2ECDA7","status":"active","trigger":"event","accountability":"all","options":{"type":"action","scope":["items.create","items.update"],"collections":["articles"]}})"),
        &e);
    s.flowB = create(
        rest, QStringLiteral("/flows"),
        QStringLiteral(
            R"({"name":"Nightly cleanup","icon":"schedule","status":"%1","trigger":"schedule","accountability":"activity","options":{"cron":"0 3 * * *"}})")
            .arg(coreTier ? QStringLiteral("inactive") : QStringLiteral("active")),
        &e);
    s.opNotify = create(
        rest, QStringLiteral("/operations"),
        QStringLiteral(
            R"({"name":"Notify","key":"notify","type":"log","position_x":37,"position_y":1,"options":{"message":"Published: {{$trigger.payload.title}}"},"flow":"%1"})")
            .arg(s.flowA),
        &e);
    s.opReject = create(
        rest, QStringLiteral("/operations"),
        QStringLiteral(
            R"({"name":"Log rejection","key":"log_rejection","type":"log","position_x":37,"position_y":19,"options":{"message":"Not published"},"flow":"%1"})")
            .arg(s.flowA),
        &e);
    s.opCheck = create(
        rest, QStringLiteral("/operations"),
        QStringLiteral(
            R"({"name":"Check","key":"check","type":"condition","position_x":19,"position_y":1,"options":{"filter":{"$trigger":{"payload":{"status":{"_eq":"published"}}}}},"resolve":"%1","reject":"%2","flow":"%3"})")
            .arg(s.opNotify, s.opReject, s.flowA),
        &e);
    patch(rest, QStringLiteral("/flows/") + s.flowA,
          QStringLiteral(R"({"operation":"%1"})").arg(s.opCheck), &e);
    s.opTrigger = create(
        rest, QStringLiteral("/operations"),
        QStringLiteral(
            R"({"name":"Run publish flow","key":"run_publish","type":"trigger","position_x":19,"position_y":1,"options":{"flow":"%1","payload":{"reason":"nightly","zähler":2}},"flow":"%2"})")
            .arg(s.flowA, s.flowB),
        &e);
    patch(rest, QStringLiteral("/flows/") + s.flowB,
          QStringLiteral(R"({"operation":"%1"})").arg(s.opTrigger), &e);

    // Dashboard with panels.
    s.dashboard = create(
        rest, QStringLiteral("/dashboards"),
        QStringLiteral(
            R"({"name":"Editorial","icon":"space_dashboard","note":"Übersicht","color":"#FFA439"})"),
        &e);
    s.panel1 = create(
        rest, QStringLiteral("/panels"),
        QStringLiteral(
            R"({"dashboard":"%1","name":"Articles","icon":"article","type":"metric","position_x":1,"position_y":1,"width":12,"height":6,"show_header":true,"options":{"collection":"articles","function":"count","field":"id"}})")
            .arg(s.dashboard),
        &e);
    s.panel2 = create(
        rest, QStringLiteral("/panels"),
        QStringLiteral(
            R"({"dashboard":"%1","name":"Hinweis","type":"label","position_x":13,"position_y":1,"width":8,"height":4,"show_header":false,"options":{"text":"Guten Tag – ça va?"}})")
            .arg(s.dashboard),
        &e);

    // Translations with non-ASCII text.
    create(
        rest, QStringLiteral("/translations"),
        QStringLiteral(
            R"({"key":"welcome","language":"de-DE","value":"Willkommen – schön, dass du da bist"})"),
        &e);
    create(rest, QStringLiteral("/translations"),
           QStringLiteral(R"({"key":"welcome","language":"fr-FR","value":"Bienvenue à bord ✓"})"),
           &e);
    create(rest, QStringLiteral("/translations"),
           QStringLiteral(R"({"key":"welcome","language":"ja-JP","value":"ようこそ 🎉"})"), &e);
    create(
        rest, QStringLiteral("/translations"),
        QStringLiteral(
            R"({"key":"Zebra_crossing","language":"en-US","value":"Line \"one\"\nline two\ttab"})"),
        &e);

    // Presets: a role preset and a global one, with keys that collate differently from bytes.
    create(
        rest, QStringLiteral("/presets"),
        QStringLiteral(
            R"({"bookmark":"My drafts","role":"%1","collection":"articles","layout":"tabular","layout_query":{"tabular":{"fields":["title","status"],"sort":["-id"],"page":1}},"layout_options":{"tabular":{"Zeta":1,"alpha":2,"_under":3,"Émile":4,"a-b":5,"äpfel":6,"10":7,"2":8,"Apfel":9,"zebra":10,"ß":11,"ss":12}},"filter":{"status":{"_eq":"draft"}},"icon":"bookmark","color":"#E35169"})")
            .arg(s.editorRole),
        &e);
    create(
        rest, QStringLiteral("/presets"),
        QStringLiteral(
            R"({"bookmark":"All articles","collection":"articles","layout":"cards","layout_query":{"cards":{"sort":["title"]}},"layout_options":{"cards":{"icon":"article","title":"{{title}}","size":4}}})"),
        &e);
    // A user preset: not tracked by directus-sync (user is set).
    const auto me = rest.get(QStringLiteral("/users/me?fields=id"));
    create(
        rest, QStringLiteral("/presets"),
        QStringLiteral(
            R"({"user":"%1","collection":"authors","layout":"tabular","layout_query":{"tabular":{"page":2}}})")
            .arg(me.data.toObject().value(QStringLiteral("id")).toString()),
        &e);

    // Settings that reference a folder and a role.
    patch(
        rest, QStringLiteral("/settings"),
        QStringLiteral(
            R"({"project_name":"Sync Studio Test","project_color":"#6644FF","project_descriptor":"Prüfstand","storage_default_folder":"%1","public_registration":false,"public_registration_role":"%2","custom_css":".x { color: red; }"})")
            .arg(s.rootFolder, s.juniorRole),
        &e);

    if (!e.isEmpty()) {
        if (error)
            *error = e;
        return false;
    }
    if (ids)
        *ids = s;
    return true;
}

} // namespace syncstudio::test
