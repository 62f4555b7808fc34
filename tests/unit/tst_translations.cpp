// The German translation stays complete and correct: lupdate (same sources and options as the
// build) into a copy of the .ts finds nothing new or unfinished, every translation keeps its
// placeholders and accelerators, and TranslationLoader installs Qt's and our German texts in the
// order SYNCSTUDIO_LANGUAGE > setting "ui/language" > system locale.
#include "connectioncheck.h"
#include "directusversion.h"
#include "languagemenu.h"
#include "mainwindow.h"
#include "testenvironment.h"
#include "translationloader.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>
#include <memory>

using namespace syncstudio;

namespace {

// Set in the environment of a child run of this executable: it only reports what
// TranslationLoader chose (see childMain()), so the system locale can be faked by LC_ALL.
const char ChildModeVariable[] = "SYNCSTUDIO_TST_TRANSLATIONS_CHILD";

struct TsMessage
{
    QString context;
    QString source;
    QString type; // "unfinished", "vanished", "obsolete" or empty (finished)
    bool numerus = false;
    QStringList translations; // one per numerus form
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
            continue;
        }
        if (xml.name() != QLatin1String("message"))
            continue; // <TS> and <context>: descend
        TsMessage message;
        message.context = context;
        message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (message.numerus) {
                    while (xml.readNextStartElement())
                        message.translations.append(xml.readElementText());
                } else {
                    message.translations.append(xml.readElementText());
                }
            } else {
                xml.skipCurrentElement(); // comments, locations
            }
        }
        messages.append(message);
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 (line %2)").arg(xml.errorString()).arg(xml.lineNumber());
    return messages;
}

// %1..%9 (also %L1) and %n, sorted: a translation must use exactly the placeholders of its source.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(L?[1-9]|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    std::sort(found.begin(), found.end());
    return found;
}

// Mnemonic markers: '&' before a character other than a space ("&&" is a literal ampersand).
int accelerators(QString text)
{
    text.remove(QStringLiteral("&&"));
    static const QRegularExpression pattern(QStringLiteral("&\\S"));
    int count = 0;
    for (auto it = pattern.globalMatch(text); it.hasNext(); it.next())
        ++count;
    return count;
}

QString committedTs()
{
    return test::TestEnvironment::sourceDir() + QStringLiteral("/translations/syncstudio_de.ts");
}

QString describe(const TsMessage &message)
{
    QString source = message.source;
    source.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return QStringLiteral("  [%1] \"%2\"").arg(message.context, source);
}

// Runs lupdate or lrelease; on failure, *output says why.
bool runTool(const QString &program, const QStringList &arguments, QString *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(180000)) {
        *output = program + QStringLiteral(": ") + process.errorString();
        process.kill();
        process.waitForFinished();
        return false;
    }
    *output = QString::fromLocal8Bit(process.readAll());
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

// Removes what TranslationLoader::install() added to the application (in-process checks).
void uninstallTranslators()
{
    const QList<QTranslator *> translators = qApp->findChildren<QTranslator *>();
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

// Child mode: which locale TranslationLoader picks and whether Qt's own German texts are
// installed, on stdout ("<locale name>\n<QPlatformTheme Cancel>\n").
int childMain(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SyncStudio"));
    QCoreApplication::setApplicationName(QStringLiteral("syncstudio"));
    const QLocale locale = TranslationLoader::install(&app);
    QTextStream(stdout) << locale.name() << '\n'
                        << QCoreApplication::translate("QPlatformTheme", "Cancel") << '\n';
    return 0;
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void lupdateFindsNoNewOrUnfinishedGermanText();
    void lupdateWarnsAboutNothing();
    void placeholdersAndAcceleratorsMatch_data();
    void placeholdersAndAcceleratorsMatch();

    void qtbaseGermanIsLoaded();
    void languageOrder_data();
    void languageOrder();
    void connectionSummaryIsGerman();
    void cliFollowsTheLanguage_data();
    void cliFollowsTheLanguage();

    void languageMenuStoresSetting();

private:
    std::unique_ptr<test::TestEnvironment> m_environment;
    QTemporaryDir m_work;
    QString m_lupdateOutput;
    bool m_lupdateOk = false;
    QList<TsMessage> m_updated; // the .ts copy after lupdate
};

void TestTranslations::initTestCase()
{
    m_environment = std::make_unique<test::TestEnvironment>();
    QCoreApplication::setOrganizationName(QStringLiteral("SyncStudio"));
    QCoreApplication::setApplicationName(QStringLiteral("syncstudio"));
    QVERIFY(m_work.isValid());
    QVERIFY2(QFile::exists(committedTs()),
             qPrintable(committedTs() + QStringLiteral(" is missing (SYNCSTUDIO_SOURCE_DIR)")));

    // One lupdate run, shared by the two lupdate checks.
    const QString copy = m_work.filePath(QStringLiteral("syncstudio_de.ts"));
    QVERIFY(QFile::copy(committedTs(), copy));
    QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner));
    QStringList arguments{QLatin1Char('@') + QStringLiteral(SYNCSTUDIO_LUPDATE_LIST)};
    arguments +=
        QStringLiteral(SYNCSTUDIO_LUPDATE_OPTIONS).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    arguments << QStringLiteral("-ts") << copy;
    m_lupdateOk = runTool(QStringLiteral(SYNCSTUDIO_LUPDATE), arguments, &m_lupdateOutput);
    if (m_lupdateOk) {
        QString error;
        m_updated = readTs(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
}

void TestTranslations::cleanup()
{
    uninstallTranslators();
    qunsetenv("SYNCSTUDIO_LANGUAGE");
    QSettings().remove(QStringLiteral("ui/language"));
}

void TestTranslations::lupdateFindsNoNewOrUnfinishedGermanText()
{
    QVERIFY2(m_lupdateOk, qPrintable(m_lupdateOutput));
    QVERIFY2(!m_updated.isEmpty(), "lupdate left no messages in the copy");
    QStringList open;
    for (const TsMessage &message : std::as_const(m_updated)) {
        if (message.type == QLatin1String("unfinished"))
            open.append(describe(message));
    }
    if (!open.isEmpty()) {
        QFAIL(qPrintable(
            QStringLiteral("%1 German entr%2 new or unfinished. Run `cmake --build <build dir> "
                           "--target update_translations`, translate them in "
                           "translations/syncstudio_de.ts and mark them finished:\n%3")
                .arg(open.size())
                .arg(open.size() == 1 ? QStringLiteral("y is") : QStringLiteral("ies are"))
                .arg(open.join(QLatin1Char('\n')))));
    }
}

// A warning such as "Class 'X' lacks Q_OBJECT macro" means lupdate files a text under another
// context than tr() looks it up in at run time: the text would stay English.
void TestTranslations::lupdateWarnsAboutNothing()
{
    QVERIFY2(m_lupdateOk, qPrintable(m_lupdateOutput));
    static const QRegularExpression warning(QStringLiteral("^/\\S+:\\d+: .*$"),
                                            QRegularExpression::MultilineOption);
    QStringList warnings;
    for (auto it = warning.globalMatch(m_lupdateOutput); it.hasNext();)
        warnings.append(it.next().captured());
    QVERIFY2(warnings.isEmpty(),
             qPrintable(QStringLiteral("lupdate warnings (the tr() context it sees may differ from "
                                       "the one used at run time):\n") +
                        warnings.join(QLatin1Char('\n'))));
}

void TestTranslations::placeholdersAndAcceleratorsMatch_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("translations");
    QString error;
    const QList<TsMessage> messages = readTs(committedTs(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());
    for (const TsMessage &message : messages) {
        // Unfinished and obsolete entries are reported by the lupdate check.
        if (!message.type.isEmpty())
            continue;
        QTest::addRow("%s: %s", qPrintable(message.context), qPrintable(message.source.left(70)))
            << message.source << message.translations;
    }
}

void TestTranslations::placeholdersAndAcceleratorsMatch()
{
    QFETCH(QString, source);
    QFETCH(QStringList, translations);
    QVERIFY(!translations.isEmpty());
    for (const QString &translation : translations) {
        QVERIFY2(!translation.isEmpty(), "empty translation marked finished");
        QCOMPARE(placeholders(translation), placeholders(source));
        QCOMPARE(accelerators(translation), accelerators(source));
    }
}

void TestTranslations::qtbaseGermanIsLoaded()
{
    const QString qtTranslations = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    QVERIFY2(QFile::exists(qtTranslations + QStringLiteral("/qtbase_de.qm")),
             qPrintable(qtTranslations +
                        QStringLiteral("/qtbase_de.qm is missing: install qt6-translations-l10n "
                                       "(scripts/setup-deps)")));
    qputenv("SYNCSTUDIO_LANGUAGE", "de");
    const QLocale locale = TranslationLoader::install(qApp);
    QCOMPARE(locale.language(), QLocale::German);
    QCOMPARE(QLocale().language(), QLocale::German);
    // Standard dialog buttons take their texts from this context.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
}

void TestTranslations::languageOrder_data()
{
    QTest::addColumn<QString>("systemLocale");
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("expectedLocale");
    QTest::addColumn<QString>("expectedCancel");
    QTest::newRow("German system") << "de_DE.UTF-8"
                                   << ""
                                   << ""
                                   << "de_DE"
                                   << "Abbrechen";
    QTest::newRow("setting en overrides a German system") << "de_DE.UTF-8"
                                                          << "en"
                                                          << ""
                                                          << "en_US"
                                                          << "Cancel";
    QTest::newRow("setting de overrides an English system") << "en_US.UTF-8"
                                                            << "de"
                                                            << ""
                                                            << "de_DE"
                                                            << "Abbrechen";
    QTest::newRow("unusable setting falls through to the system") << "de_DE.UTF-8"
                                                                  << "???"
                                                                  << ""
                                                                  << "de_DE"
                                                                  << "Abbrechen";
    QTest::newRow("environment overrides the setting") << "en_US.UTF-8"
                                                       << "en"
                                                       << "de"
                                                       << "de_DE"
                                                       << "Abbrechen";
}

// In a child process: the system locale is read once per process, from LC_ALL / LANG.
void TestTranslations::languageOrder()
{
    QFETCH(QString, systemLocale);
    QFETCH(QString, setting);
    QFETCH(QString, environment);
    QFETCH(QString, expectedLocale);
    QFETCH(QString, expectedCancel);

    QTemporaryDir config;
    QVERIFY(config.isValid());
    if (!setting.isEmpty()) {
        QSettings settings(config.filePath(QStringLiteral("SyncStudio/syncstudio.conf")),
                           QSettings::IniFormat);
        settings.setValue(QStringLiteral("ui/language"), setting);
        settings.sync();
        QCOMPARE(settings.status(), QSettings::NoError);
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(ChildModeVariable), QStringLiteral("1"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG"})
        env.insert(QString::fromLatin1(name), systemLocale);
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("SYNCSTUDIO_LANGUAGE"));
    if (!environment.isEmpty())
        env.insert(QStringLiteral("SYNCSTUDIO_LANGUAGE"), environment);

    QProcess child;
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(60000));
    QCOMPARE(child.exitCode(), 0);
    const QStringList lines =
        QString::fromUtf8(child.readAllStandardOutput()).split(QLatin1Char('\n'));
    QVERIFY2(lines.size() >= 2, qPrintable(lines.join(QLatin1Char('|'))));
    QCOMPARE(lines.at(0), expectedLocale);
    QCOMPARE(lines.at(1), expectedCancel);
}

// Texts of a struct without Q_OBJECT: lupdate and tr() must agree on the context (this one was
// looked up under ConnectionCheck and stayed English).
void TestTranslations::connectionSummaryIsGerman()
{
    const QString qm = m_work.filePath(QStringLiteral("syncstudio_de.qm"));
    QString output;
    QVERIFY2(runTool(QStringLiteral(SYNCSTUDIO_LRELEASE),
                     {committedTs(), QStringLiteral("-qm"), qm}, &output),
             qPrintable(output));
    auto *translator = new QTranslator(qApp);
    QVERIFY(translator->load(qm));
    QVERIFY(QCoreApplication::installTranslator(translator));

    ConnectionCheckResult result;
    result.version = DirectusVersion::parse(QStringLiteral("11.3.5"));
    result.admin = true;
    result.extensionInstalled = true;
    QCOMPARE(result.summary(),
             QStringLiteral("Directus 11.3.5 · Admin · Sync-Erweiterung installiert"));
    result.admin = false;
    result.extensionInstalled = false;
    QCOMPARE(result.summary(),
             QStringLiteral("Directus 11.3.5 · kein Admin · Sync-Erweiterung fehlt"));
}

void TestTranslations::cliFollowsTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("SYNCSTUDIO_LANGUAGE=de") << "de"
                                            << "Unbekannter Befehl „frobnicate“.";
    // ctest runs the tests with LC_ALL=C.UTF-8.
    QTest::newRow("C locale") << ""
                              << "Unknown command \"frobnicate\".";
}

// syncstudio-cli installs the same translations (embedded) as the app.
void TestTranslations::cliFollowsTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, expected);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("SYNCSTUDIO_LANGUAGE"));
    env.remove(QStringLiteral("LANGUAGE"));
    if (!language.isEmpty())
        env.insert(QStringLiteral("SYNCSTUDIO_LANGUAGE"), language);
    QProcess cli;
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(SYNCSTUDIO_CLI), {QStringLiteral("frobnicate")});
    QVERIFY2(cli.waitForFinished(60000), qPrintable(cli.errorString()));
    QCOMPARE(cli.exitCode(), 2);
    const QString errors = QString::fromUtf8(cli.readAllStandardError());
    QVERIFY2(errors.contains(expected), qPrintable(errors));
}

void TestTranslations::languageMenuStoresSetting()
{
    const auto actionOf = [](QMenu *menu, const QString &code) {
        return menu->findChild<QAction *>(QStringLiteral("languageAction_") + code);
    };
    {
        MainWindow window;
        auto *menu = window.findChild<LanguageMenu *>(QStringLiteral("languageMenu"));
        QVERIFY(menu);
        QVERIFY(!menu->title().isEmpty());
        for (const QString &code :
             {QStringLiteral("system"), QStringLiteral("en"), QStringLiteral("de")})
            QVERIFY2(actionOf(menu, code), qPrintable(code));
        QVERIFY(actionOf(menu, QStringLiteral("system"))->isChecked());
        QCOMPARE(actionOf(menu, QStringLiteral("de"))->text(), QStringLiteral("&Deutsch"));

        actionOf(menu, QStringLiteral("de"))->trigger();
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
        QCOMPARE(TranslationLoader::languageSetting(), QStringLiteral("de"));
        QVERIFY(actionOf(menu, QStringLiteral("de"))->isChecked());
        QVERIFY(!actionOf(menu, QStringLiteral("system"))->isChecked());
        // It says when the change applies, without blocking.
        auto *message = window.findChild<QMessageBox *>(QStringLiteral("languageRestartMessage"));
        QVERIFY(message);
        QVERIFY(message->text().contains(QStringLiteral("next time you start")));
        message->close();
    }
    {
        MainWindow window;
        auto *menu = window.findChild<LanguageMenu *>(QStringLiteral("languageMenu"));
        QVERIFY(menu);
        QVERIFY(actionOf(menu, QStringLiteral("de"))->isChecked());
        // Choosing the current language again stores and says nothing.
        actionOf(menu, QStringLiteral("de"))->trigger();
        QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("languageRestartMessage")));

        actionOf(menu, QStringLiteral("system"))->trigger();
        QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
        QCOMPARE(TranslationLoader::languageSetting(), QString());
    }
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet(ChildModeVariable))
        return childMain(argc, argv);
    QApplication app(argc, argv);
    TestTranslations test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translations.moc"
