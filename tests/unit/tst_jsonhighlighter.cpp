#include "highlighterfactory.h"
#include "jsonhighlighter.h"
#include "theme.h"

#include <QPlainTextDocumentLayout>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>

using syncstudio::JsonHighlighter;
using syncstudio::Theme;
using Token = JsonHighlighter::Token;

Q_DECLARE_METATYPE(std::optional<JsonHighlighter::Token>)

namespace {

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    return palette;
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    palette.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x2d));
    return palette;
}

// WCAG relative luminance and contrast ratio: a readable text colour needs >= 3 on its base
// for large/bold text and 4.5 for body text; syntax colours on code must reach at least 3.
double luminance(const QColor &color)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) +
           0.0722 * channel(rgb.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

// A document with a highlighter, highlighted synchronously.
struct Highlighted
{
    explicit Highlighted(const QString &text, const QPalette &palette = lightPalette())
        : document(std::make_unique<QTextDocument>())
    {
        document->setDocumentLayout(new QPlainTextDocumentLayout(document.get()));
        highlighter = new JsonHighlighter(document.get(), Theme::fromPalette(palette));
        document->setPlainText(text);
    }

    QTextBlock block(int line) const { return document->findBlockByNumber(line); }

    // The token whose format covers position in line, or nullopt if unformatted.
    std::optional<Token> tokenAt(int line, int position) const
    {
        const QList<QTextLayout::FormatRange> ranges = block(line).layout()->formats();
        for (const QTextLayout::FormatRange &range : ranges) {
            if (position < range.start || position >= range.start + range.length)
                continue;
            for (int t = 0; t < JsonHighlighter::TokenCount; ++t) {
                const auto token = static_cast<Token>(t);
                if (range.format.foreground() == highlighter->tokenFormat(token).foreground())
                    return token;
            }
        }
        return std::nullopt;
    }

    std::unique_ptr<QTextDocument> document;
    JsonHighlighter *highlighter = nullptr;
};

QString tokenName(std::optional<Token> token)
{
    if (!token)
        return QStringLiteral("none");
    switch (*token) {
    case Token::Key:
        return QStringLiteral("key");
    case Token::String:
        return QStringLiteral("string");
    case Token::Number:
        return QStringLiteral("number");
    case Token::Keyword:
        return QStringLiteral("keyword");
    case Token::Punctuation:
        return QStringLiteral("punctuation");
    }
    return {};
}

} // namespace

class TestJsonHighlighter final : public QObject
{
    Q_OBJECT

private slots:
    void tokens_data();
    void tokens();
    void multiLineString();
    void multiLineStateFollowsEdits();
    void keysOnManyLines();
    void colours_data();
    void colours();
    void setThemeRecolours();
    void factoryHighlights();
};

void TestJsonHighlighter::tokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("length");
    QTest::addColumn<std::optional<Token>>("expected");

    const std::optional<Token> none;
    // start/length name the exact token; the test also checks its neighbours are different.
    QTest::newRow("key") << QStringLiteral("{\"name\": \"Check\"}") << 1 << 6
                         << std::optional(Token::Key);
    QTest::newRow("string value") << QStringLiteral("{\"name\": \"Check\"}") << 9 << 7
                                  << std::optional(Token::String);
    QTest::newRow("colon") << QStringLiteral("{\"name\": \"Check\"}") << 7 << 1
                           << std::optional(Token::Punctuation);
    QTest::newRow("brace") << QStringLiteral("{\"name\": \"Check\"}") << 0 << 1
                           << std::optional(Token::Punctuation);
    QTest::newRow("key before spaced colon")
        << QStringLiteral("{\"k\" : 1}") << 1 << 3 << std::optional(Token::Key);
    QTest::newRow("strings in array are values")
        << QStringLiteral("[\"a\", \"b\"]") << 6 << 3 << std::optional(Token::String);
    QTest::newRow("comma") << QStringLiteral("[\"a\", \"b\"]") << 4 << 1
                           << std::optional(Token::Punctuation);
    QTest::newRow("integer") << QStringLiteral("{\"a\": 42}") << 6 << 2
                             << std::optional(Token::Number);
    QTest::newRow("negative exponent")
        << QStringLiteral("[-1.5e+3]") << 1 << 7 << std::optional(Token::Number);
    QTest::newRow("zero") << QStringLiteral("[0, 1]") << 1 << 1 << std::optional(Token::Number);
    QTest::newRow("true") << QStringLiteral("{\"a\": true}") << 6 << 4
                          << std::optional(Token::Keyword);
    QTest::newRow("false") << QStringLiteral("[false]") << 1 << 5 << std::optional(Token::Keyword);
    QTest::newRow("null") << QStringLiteral("{\"reject\": null}") << 11 << 4
                          << std::optional(Token::Keyword);
    QTest::newRow("nullable is no keyword") << QStringLiteral("[nullable]") << 1 << 8 << none;
    QTest::newRow("escaped quote inside key")
        << QStringLiteral("{\"a\\\"b\": \"c\"}") << 1 << 6 << std::optional(Token::Key);
    QTest::newRow("escaped backslash ends string")
        << QStringLiteral("{\"a\": \"c\\\\\", \"d\": 1}") << 6 << 5 << std::optional(Token::String);
    QTest::newRow("key after escaped backslash")
        << QStringLiteral("{\"a\": \"c\\\\\", \"d\": 1}") << 13 << 3 << std::optional(Token::Key);
    QTest::newRow("colon inside a string is text")
        << QStringLiteral("[\"a: b\"]") << 1 << 6 << std::optional(Token::String);
    QTest::newRow("digits inside a string")
        << QStringLiteral("[\"42\"]") << 1 << 4 << std::optional(Token::String);
}

void TestJsonHighlighter::tokens()
{
    QFETCH(QString, text);
    QFETCH(int, start);
    QFETCH(int, length);
    QFETCH(std::optional<Token>, expected);

    const Highlighted doc(text);
    for (int i = start; i < start + length; ++i)
        QCOMPARE(tokenName(doc.tokenAt(0, i)), tokenName(expected));
    // The token must stop exactly where it should, not bleed into its neighbours (which are
    // always whitespace, punctuation or a different token in the rows above).
    if (expected && start > 0 && doc.tokenAt(0, start - 1) == expected)
        QFAIL("token starts too early");
    if (expected && start + length < text.size() && doc.tokenAt(0, start + length) == expected)
        QFAIL("token ends too late");
}

void TestJsonHighlighter::multiLineString()
{
    // A string value shown across lines (e.g. an operation's script, unescaped for reading).
    const Highlighted doc(QStringLiteral("{\"code\": \"first\n"
                                         "second \\\"quoted\\\" part: 1\n"
                                         "last\", \"n\": 1}"));
    QCOMPARE(tokenName(doc.tokenAt(0, 2)), QStringLiteral("key"));
    QCOMPARE(tokenName(doc.tokenAt(0, 9)), QStringLiteral("string"));
    QCOMPARE(tokenName(doc.tokenAt(0, 14)), QStringLiteral("string"));
    const QString middle = doc.block(1).text();
    for (int i = 0; i < middle.size(); ++i)
        QCOMPARE(tokenName(doc.tokenAt(1, i)), QStringLiteral("string"));
    QCOMPARE(tokenName(doc.tokenAt(2, 0)), QStringLiteral("string"));
    QCOMPARE(tokenName(doc.tokenAt(2, 4)), QStringLiteral("string")); // the closing quote
    QCOMPARE(tokenName(doc.tokenAt(2, 5)), QStringLiteral("punctuation"));
    QCOMPARE(tokenName(doc.tokenAt(2, 8)), QStringLiteral("key"));
    QCOMPARE(tokenName(doc.tokenAt(2, 12)), QStringLiteral("number"));
}

void TestJsonHighlighter::multiLineStateFollowsEdits()
{
    Highlighted doc(QStringLiteral("{\"code\": \"open\n"
                                   "  \"inside\": 1\n"
                                   "}"));
    // While the string on line 0 is open, line 1 starts as string text: the quote before
    // "inside" closes it.
    QCOMPARE(tokenName(doc.tokenAt(1, 0)), QStringLiteral("string"));
    QCOMPARE(tokenName(doc.tokenAt(1, 2)), QStringLiteral("string"));

    // Closing the string on line 0 re-highlights the following line as JSON.
    QTextCursor cursor(doc.block(0));
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.insertText(QStringLiteral("\","));
    QCOMPARE(tokenName(doc.tokenAt(1, 0)), QStringLiteral("none"));
    QCOMPARE(tokenName(doc.tokenAt(1, 3)), QStringLiteral("key"));
    QCOMPARE(tokenName(doc.tokenAt(1, 12)), QStringLiteral("number"));
}

void TestJsonHighlighter::keysOnManyLines()
{
    const Highlighted doc(QStringLiteral("{\n"
                                         "  \"options\": {\n"
                                         "    \"filter\": [\n"
                                         "      \"published\",\n"
                                         "      -0.5\n"
                                         "    ]\n"
                                         "  }\n"
                                         "}"));
    QCOMPARE(tokenName(doc.tokenAt(1, 3)), QStringLiteral("key"));
    QCOMPARE(tokenName(doc.tokenAt(1, 13)), QStringLiteral("punctuation"));
    QCOMPARE(tokenName(doc.tokenAt(2, 5)), QStringLiteral("key"));
    QCOMPARE(tokenName(doc.tokenAt(3, 7)), QStringLiteral("string"));
    QCOMPARE(tokenName(doc.tokenAt(4, 6)), QStringLiteral("number"));
    QCOMPARE(tokenName(doc.tokenAt(4, 9)), QStringLiteral("number"));
    QCOMPARE(tokenName(doc.tokenAt(5, 4)), QStringLiteral("punctuation"));
    QCOMPARE(tokenName(doc.tokenAt(6, 0)), QStringLiteral("none")); // indentation
}

void TestJsonHighlighter::colours_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << lightPalette() << false;
    QTest::newRow("dark") << darkPalette() << true;
}

void TestJsonHighlighter::colours()
{
    QFETCH(QPalette, palette);
    QFETCH(bool, dark);

    const Theme theme = Theme::fromPalette(palette);
    QCOMPARE(theme.isDark(), dark);
    QTextDocument document;
    const JsonHighlighter highlighter(&document, theme);
    const QColor base = palette.color(QPalette::Base);
    QList<QColor> seen;
    for (int t = 0; t < JsonHighlighter::TokenCount; ++t) {
        const QColor color = highlighter.tokenFormat(static_cast<Token>(t)).foreground().color();
        QVERIFY2(
            contrast(color, base) >= 3.0,
            qPrintable(QStringLiteral("token %1 contrast %2").arg(t).arg(contrast(color, base))));
        QVERIFY2(!seen.contains(color), "two token kinds share a colour");
        seen.append(color);
    }
}

void TestJsonHighlighter::setThemeRecolours()
{
    Highlighted doc(QStringLiteral("{\"a\": 1}"), lightPalette());
    const QColor lightKey = doc.highlighter->tokenFormat(Token::Key).foreground().color();
    doc.highlighter->setTheme(Theme::fromPalette(darkPalette()));
    const QColor darkKey = doc.highlighter->tokenFormat(Token::Key).foreground().color();
    QVERIFY(lightKey != darkKey);
    // The document was re-highlighted with the new colours, not only the format table.
    QCOMPARE(tokenName(doc.tokenAt(0, 1)), QStringLiteral("key"));
    const auto ranges = doc.block(0).layout()->formats();
    const bool usesDark = std::any_of(ranges.cbegin(), ranges.cend(), [&](const auto &range) {
        return range.format.foreground().color() == darkKey;
    });
    QVERIFY(usesDark);
}

void TestJsonHighlighter::factoryHighlights()
{
    // Whichever backend this build uses, it must highlight a key.
    QTextDocument document;
    document.setDocumentLayout(new QPlainTextDocumentLayout(&document));
    QSyntaxHighlighter *highlighter =
        syncstudio::createJsonHighlighter(&document, Theme::fromPalette(lightPalette()));
    QVERIFY(highlighter);
    QCOMPARE(highlighter->document(), &document);
    document.setPlainText(QStringLiteral("{\"name\": \"Check\", \"sort\": 1}"));
    highlighter->rehighlight();
    QVERIFY(!document.firstBlock().layout()->formats().isEmpty());
    QVERIFY(!syncstudio::jsonHighlighterBackendName().isEmpty());
}

QTEST_MAIN(TestJsonHighlighter)
#include "tst_jsonhighlighter.moc"
