#include "pushsteps.h"

#include "directusclient.h"
#include "folderside.h"
#include "instanceside.h"
#include "pushbackup.h"
#include "pushpreparer.h"
#include "restorepreparer.h"

#include <QSignalSpy>

namespace syncstudio::test {

namespace {

constexpr int CompareTimeoutMs = 240000;
constexpr int PlanTimeoutMs = 120000;
constexpr int ApplyTimeoutMs = 300000;

} // namespace

void PushSteps::registerMetaTypes()
{
    qRegisterMetaType<ComparisonOutcome>();
    qRegisterMetaType<SideReadResult>();
    qRegisterMetaType<PushPlan>();
    qRegisterMetaType<PushReport>();
    qRegisterMetaType<StepResult>();
    qRegisterMetaType<RawItemsResult>();
    qRegisterMetaType<InstanceReadResult>();
    qRegisterMetaType<SchemaDiffResult>();
    qRegisterMetaType<RestorePreparation>();
}

ComparisonOutcome PushSteps::compare(ConfigSide *source, DirectusClient *target)
{
    InstanceSide side(target, target->baseUrl().toString());
    Comparison comparison;
    QSignalSpy spy(&comparison, &Comparison::finished);
    comparison.start(source, &side);
    if (!spy.wait(CompareTimeoutMs)) {
        ComparisonOutcome failed;
        failed.error = QStringLiteral("compare timed out");
        return failed;
    }
    return spy.at(0).at(0).value<ComparisonOutcome>();
}

ComparisonOutcome PushSteps::compare(const QString &folder, DirectusClient *target)
{
    FolderSide source(folder, folder);
    return compare(&source, target);
}

PushPlan PushSteps::plan(const ComparisonOutcome &outcome, const PushSelection &selection,
                         DirectusClient *client)
{
    PushTarget target;
    target.name = client->baseUrl().toString();
    target.mappingRows = outcome.target.mappingRows;
    target.placeholders = outcome.target.placeholders;
    PushPreparer preparer(client);
    QSignalSpy spy(&preparer, &PushPreparer::finished);
    preparer.start(outcome.result, selection, target);
    if (!spy.wait(PlanTimeoutMs)) {
        PushPlan failed;
        failed.errors.append(QStringLiteral("planning timed out"));
        return failed;
    }
    return spy.at(0).at(0).value<PushPlan>();
}

PushReport PushSteps::apply(const PushPlan &plan, DirectusClient *client,
                            const std::optional<JsonValue> &sourceSchema,
                            const QString &backupFolder, bool simulate)
{
    PushExecutor executor(client);
    QSignalSpy spy(&executor, &PushExecutor::finished);
    PushExecutorOptions options;
    options.simulate = simulate;
    options.backupFolder = backupFolder;
    options.targetName = client->baseUrl().toString();
    options.sourceSchema = sourceSchema;
    executor.start(plan, options);
    // A plan that cannot start finishes inside start().
    if (spy.isEmpty() && !spy.wait(ApplyTimeoutMs)) {
        PushReport failed;
        failed.error = QStringLiteral("apply timed out");
        return failed;
    }
    return spy.at(0).at(0).value<PushReport>();
}

QString PushSteps::restore(const QString &backupFolder, DirectusClient *client,
                           const QString &backupOfRestore)
{
    QString error;
    const std::optional<PushBackup> backup = PushBackup::read(backupFolder, &error);
    if (!backup) {
        return error;
    }
    RestorePreparer preparer(client);
    QSignalSpy spy(&preparer, &RestorePreparer::finished);
    preparer.start(*backup);
    if (!spy.wait(CompareTimeoutMs)) {
        return QStringLiteral("restore preparation timed out");
    }
    const RestorePreparation preparation = spy.at(0).at(0).value<RestorePreparation>();
    if (!preparation.ok) {
        return preparation.error;
    }
    if (!preparation.plan.canApply()) {
        return preparation.plan.errors.join(u'\n');
    }
    if (preparation.plan.isEmpty()) {
        return {};
    }
    const PushReport report = apply(preparation.plan, client, backup->schema, backupOfRestore);
    return report.ok ? QString() : report.error + u'\n' + preparation.plan.describe();
}

} // namespace syncstudio::test
