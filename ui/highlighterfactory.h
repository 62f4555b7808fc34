#pragma once

#include "theme.h"

#include <QString>

QT_BEGIN_NAMESPACE
class QSyntaxHighlighter;
class QTextDocument;
QT_END_NAMESPACE

namespace syncstudio {

// Attaches a JSON highlighter to doc (which owns it). The backend is chosen at build time:
// KSyntaxHighlighting when CMake found KF6, otherwise the built-in JsonHighlighter. Callers only
// ever see a QSyntaxHighlighter.
QSyntaxHighlighter *createJsonHighlighter(QTextDocument *doc, const Theme &theme);

// Human-readable backend name for the About dialog ("KSyntaxHighlighting 6.13", "built-in").
QString jsonHighlighterBackendName();

} // namespace syncstudio
