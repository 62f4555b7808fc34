#pragma once

#include "theme.h"

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <array>

namespace syncstudio {

// The built-in JSON highlighter: keys, strings, numbers, true/false/null and punctuation.
// Always compiled, so the app highlights JSON even where KSyntaxHighlighting is unavailable.
// It is a lexer, not a validator: anything it does not recognise keeps the default format.
class JsonHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonHighlighter)

public:
    enum class Token {
        Key,
        String,
        Number,
        Keyword,
        Punctuation,
    };
    static constexpr int TokenCount = 5;

    explicit JsonHighlighter(QTextDocument *document, const Theme &theme = Theme::current());
    ~JsonHighlighter() override;

    // Re-colours the document, e.g. after the desktop switched between light and dark.
    void setTheme(const Theme &theme);
    QTextCharFormat tokenFormat(Token token) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    // Block states; a string value may continue on the next line (wrapped or unescaped text).
    enum BlockState {
        Normal = 0,
        InString = 1,
    };

    void applyTheme(const Theme &theme);
    void format(int start, int length, Token token);

    std::array<QTextCharFormat, TokenCount> m_formats;
};

} // namespace syncstudio
