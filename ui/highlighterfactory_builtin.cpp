// Backend used when KF6SyntaxHighlighting is not available (e.g. Debian bookworm, Qt 6.4).
#include "highlighterfactory.h"
#include "jsonhighlighter.h"

#include <QCoreApplication>

namespace syncstudio {

QSyntaxHighlighter *createJsonHighlighter(QTextDocument *doc, const Theme &theme)
{
    return new JsonHighlighter(doc, theme);
}

QString jsonHighlighterBackendName()
{
    return QCoreApplication::translate("syncstudio::HighlighterFactory", "built-in");
}

} // namespace syncstudio
