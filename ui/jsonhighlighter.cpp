#include "jsonhighlighter.h"

#include <QRegularExpression>

namespace syncstudio {

namespace {

// Index just past the closing quote of a string whose body starts at from, or -1 when the
// string does not end on this line.
int stringEnd(const QString &text, int from)
{
    for (int i = from; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\') {
            ++i; // the escaped character can never close the string
        } else if (c == u'"') {
            return i + 1;
        }
    }
    return -1;
}

// A string is a key exactly when a colon follows it; looking ahead keeps the lexer stateless
// across lines for everything but open strings.
bool followedByColon(const QString &text, int from)
{
    for (int i = from; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!c.isSpace())
            return c == u':';
    }
    return false;
}

bool isPunctuation(QChar c)
{
    return c == u'{' || c == u'}' || c == u'[' || c == u']' || c == u',' || c == u':';
}

const QRegularExpression &numberPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?"));
    return pattern;
}

} // namespace

JsonHighlighter::JsonHighlighter(QTextDocument *document, const Theme &theme)
    : QSyntaxHighlighter(document)
{
    applyTheme(theme);
}

JsonHighlighter::~JsonHighlighter() = default;

void JsonHighlighter::setTheme(const Theme &theme)
{
    applyTheme(theme);
    rehighlight();
}

QTextCharFormat JsonHighlighter::tokenFormat(Token token) const
{
    return m_formats.at(static_cast<std::size_t>(token));
}

void JsonHighlighter::applyTheme(const Theme &theme)
{
    auto make = [](const QColor &color) {
        QTextCharFormat format;
        format.setForeground(color);
        return format;
    };
    m_formats[static_cast<std::size_t>(Token::Key)] = make(theme.syntaxKey());
    m_formats[static_cast<std::size_t>(Token::String)] = make(theme.syntaxString());
    m_formats[static_cast<std::size_t>(Token::Number)] = make(theme.syntaxNumber());
    m_formats[static_cast<std::size_t>(Token::Keyword)] = make(theme.syntaxKeyword());
    m_formats[static_cast<std::size_t>(Token::Punctuation)] = make(theme.syntaxPunctuation());
}

void JsonHighlighter::format(int start, int length, Token token)
{
    setFormat(start, length, m_formats.at(static_cast<std::size_t>(token)));
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    const int length = int(text.size());
    setCurrentBlockState(Normal);
    int pos = 0;

    if (previousBlockState() == InString) {
        const int end = stringEnd(text, 0);
        if (end < 0) {
            format(0, length, Token::String);
            setCurrentBlockState(InString);
            return;
        }
        format(0, end, Token::String);
        pos = end;
    }

    while (pos < length) {
        const QChar c = text.at(pos);
        if (c == u'"') {
            const int end = stringEnd(text, pos + 1);
            if (end < 0) {
                // Only values span lines; a key always ends on its own line.
                format(pos, length - pos, Token::String);
                setCurrentBlockState(InString);
                return;
            }
            format(pos, end - pos, followedByColon(text, end) ? Token::Key : Token::String);
            pos = end;
        } else if (c == u'-' || c.isDigit()) {
            const QRegularExpressionMatch match =
                numberPattern().match(text, pos, QRegularExpression::NormalMatch,
                                      QRegularExpression::AnchorAtOffsetMatchOption);
            const int matched = match.hasMatch() ? int(match.capturedLength()) : 0;
            if (matched > 0)
                format(pos, matched, Token::Number);
            pos += qMax(matched, 1);
        } else if (c.isLetter()) {
            int end = pos;
            while (end < length && text.at(end).isLetterOrNumber())
                ++end;
            const QStringView word = QStringView(text).mid(pos, end - pos);
            if (word == u"true" || word == u"false" || word == u"null")
                format(pos, end - pos, Token::Keyword);
            pos = end;
        } else {
            if (isPunctuation(c))
                format(pos, 1, Token::Punctuation);
            ++pos;
        }
    }
}

} // namespace syncstudio
