// Backend used when CMake found KF6SyntaxHighlighting: Kate's JSON definition and themes.
#include "highlighterfactory.h"
#include "jsonhighlighter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QString>

namespace syncstudio {

namespace {

// KSyntaxHighlighting wants one long-lived Repository (loading definitions is expensive, and a
// Definition is only valid while its Repository lives).
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository instance;
    return instance;
}

} // namespace

QSyntaxHighlighter *createJsonHighlighter(QTextDocument *doc, const Theme &theme)
{
    const KSyntaxHighlighting::Definition definition =
        repository().definitionForName(QStringLiteral("JSON"));
    // An installation without the JSON definition still gets highlighting.
    if (!definition.isValid())
        return new JsonHighlighter(doc, theme);

    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(doc);
    highlighter->setTheme(
        repository().defaultTheme(theme.isDark() ? KSyntaxHighlighting::Repository::DarkTheme
                                                 : KSyntaxHighlighting::Repository::LightTheme));
    highlighter->setDefinition(definition);
    return highlighter;
}

QString jsonHighlighterBackendName()
{
    // A product name and version: nothing to translate.
    return QStringLiteral("KSyntaxHighlighting " SYNCSTUDIO_KSH_VERSION);
}

} // namespace syncstudio
