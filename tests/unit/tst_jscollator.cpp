// Expected orders and locale names below were produced by running Node 20.20.2 (bundled
// ICU 78.2) with LANG (or the other variables) set as in each row, sorting with
// a.localeCompare(b) and reading new Intl.Collator().resolvedOptions().locale. Node is not
// needed at run time. The data avoids characters whose order changed between the system ICU
// and Node's (Han ideographs, characters newer than Unicode 15).

#include "jscollator.h"
#include "jsonreader.h"
#include "jsonwriter.h"

#include <QtTest>

#include <algorithm>

using namespace syncstudio;

namespace {

QStringList sorted(const JsCollator &collator, QStringList list)
{
    // Array.prototype.sort is stable, so must we be.
    std::stable_sort(list.begin(), list.end(), [&collator](const QString &a, const QString &b) {
        return collator.compare(a, b) < 0;
    });
    return list;
}

// Sets or unsets the locale variables for one test and restores them afterwards.
class EnvironmentGuard final
{
public:
    EnvironmentGuard()
    {
        for (const char *name : Names) {
            m_saved.append({name, qEnvironmentVariableIsSet(name), qgetenv(name)});
        }
    }
    ~EnvironmentGuard()
    {
        for (const Saved &saved : m_saved) {
            if (saved.wasSet) {
                qputenv(saved.name, saved.value);
            } else {
                qunsetenv(saved.name);
            }
        }
    }
    // A null QByteArray unsets the variable; an empty one sets it to "".
    static void set(const char *name, const QByteArray &value)
    {
        if (value.isNull()) {
            qunsetenv(name);
        } else {
            qputenv(name, value);
        }
    }

    static constexpr const char *Names[] = {"LC_ALL",     "LC_MESSAGES", "LANG",
                                            "LC_COLLATE", "LC_CTYPE",    "LANGUAGE"};

private:
    struct Saved
    {
        const char *name;
        bool wasSet;
        QByteArray value;
    };
    QList<Saved> m_saved;
};

} // namespace

class TestJsCollator final : public QObject
{
    Q_OBJECT

private slots:
    void sortOrder_data();
    void sortOrder();
    void localeNames_data();
    void localeNames();
    void fromEnvironment_data();
    void fromEnvironment();
    void equalStrings();
    void stableTies();
    void copies();
    void sortedDeep_data();
    void sortedDeep();
    void sortedDeepKeepsValues();
};

void TestJsCollator::sortOrder_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("resolvedName");
    QTest::addColumn<QStringList>("input");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("C.UTF-8")
        << QStringLiteral("C.UTF-8") << QStringLiteral("en-US")
        << QStringList{QStringLiteral("a"),       QStringLiteral("B"),
                       QStringLiteral("b"),       QStringLiteral("A"),
                       QStringLiteral("\u00e4"),  QStringLiteral("z"),
                       QStringLiteral("\u00e5"),  QStringLiteral("\u00f6"),
                       QStringLiteral("o"),       QStringLiteral("\u00df"),
                       QStringLiteral("ss"),      QStringLiteral("Z"),
                       QStringLiteral("_a"),      QStringLiteral("-a"),
                       QStringLiteral("a-b"),     QStringLiteral("ab"),
                       QStringLiteral("a_b"),     QStringLiteral("1"),
                       QStringLiteral("10"),      QStringLiteral("2"),
                       QStringLiteral("\u00e9"),  QStringLiteral("e"),
                       QStringLiteral("f"),       QStringLiteral("ch"),
                       QStringLiteral("cz"),      QStringLiteral("h"),
                       QStringLiteral("ll"),      QStringLiteral("th"),
                       QStringLiteral("\u00fe"),  QStringLiteral("\u00e6"),
                       QStringLiteral("ae"),      QStringLiteral("\u00f8"),
                       QStringLiteral("oe"),      QStringLiteral("\u00fc"),
                       QStringLiteral("ue"),      QStringLiteral("y"),
                       QStringLiteral("AA"),      QStringLiteral("aa"),
                       QStringLiteral("Aa"),      QStringLiteral("i"),
                       QStringLiteral("\u0131"),  QStringLiteral("I"),
                       QStringLiteral("\u0130"),  QStringLiteral("\u00f0"),
                       QStringLiteral("d"),       QStringLiteral("\u00f1"),
                       QStringLiteral("n"),       QStringLiteral("x1"),
                       QStringLiteral("x-1"),     QStringLiteral("x 1"),
                       QStringLiteral("x.1"),     QStringLiteral("$"),
                       QStringLiteral("\u20ac"),  QStringLiteral("\U0001f600"),
                       QStringLiteral("a b"),     QStringLiteral("c"),
                       QStringLiteral("\u010d"),  QStringLiteral("M\u00fcller"),
                       QStringLiteral("Mueller"), QStringLiteral("Muller"),
                       QStringLiteral("a10"),     QStringLiteral("a9"),
                       QStringLiteral("v"),       QStringLiteral("w"),
                       QStringLiteral("\u00d6"),  QStringLiteral("\u00c5"),
                       QStringLiteral("\u00c4"),  QStringLiteral("\u00dc")}
        << QStringList{
               QStringLiteral("_a"),      QStringLiteral("-a"),     QStringLiteral("\U0001f600"),
               QStringLiteral("$"),       QStringLiteral("\u20ac"), QStringLiteral("1"),
               QStringLiteral("10"),      QStringLiteral("2"),      QStringLiteral("a"),
               QStringLiteral("A"),       QStringLiteral("\u00e5"), QStringLiteral("\u00c5"),
               QStringLiteral("\u00e4"),  QStringLiteral("\u00c4"), QStringLiteral("a b"),
               QStringLiteral("a_b"),     QStringLiteral("a-b"),    QStringLiteral("a10"),
               QStringLiteral("a9"),      QStringLiteral("aa"),     QStringLiteral("Aa"),
               QStringLiteral("AA"),      QStringLiteral("ab"),     QStringLiteral("ae"),
               QStringLiteral("\u00e6"),  QStringLiteral("b"),      QStringLiteral("B"),
               QStringLiteral("c"),       QStringLiteral("\u010d"), QStringLiteral("ch"),
               QStringLiteral("cz"),      QStringLiteral("d"),      QStringLiteral("\u00f0"),
               QStringLiteral("e"),       QStringLiteral("\u00e9"), QStringLiteral("f"),
               QStringLiteral("h"),       QStringLiteral("i"),      QStringLiteral("I"),
               QStringLiteral("\u0130"),  QStringLiteral("\u0131"), QStringLiteral("ll"),
               QStringLiteral("Mueller"), QStringLiteral("Muller"), QStringLiteral("M\u00fcller"),
               QStringLiteral("n"),       QStringLiteral("\u00f1"), QStringLiteral("o"),
               QStringLiteral("\u00f6"),  QStringLiteral("\u00d6"), QStringLiteral("\u00f8"),
               QStringLiteral("oe"),      QStringLiteral("ss"),     QStringLiteral("\u00df"),
               QStringLiteral("th"),      QStringLiteral("\u00fc"), QStringLiteral("\u00dc"),
               QStringLiteral("ue"),      QStringLiteral("v"),      QStringLiteral("w"),
               QStringLiteral("x 1"),     QStringLiteral("x-1"),    QStringLiteral("x.1"),
               QStringLiteral("x1"),      QStringLiteral("y"),      QStringLiteral("z"),
               QStringLiteral("Z"),       QStringLiteral("\u00fe")};
    QTest::newRow("C")
        << QStringLiteral("C") << QStringLiteral("en-US")
        << QStringList{QStringLiteral("a"),       QStringLiteral("B"),
                       QStringLiteral("b"),       QStringLiteral("A"),
                       QStringLiteral("\u00e4"),  QStringLiteral("z"),
                       QStringLiteral("\u00e5"),  QStringLiteral("\u00f6"),
                       QStringLiteral("o"),       QStringLiteral("\u00df"),
                       QStringLiteral("ss"),      QStringLiteral("Z"),
                       QStringLiteral("_a"),      QStringLiteral("-a"),
                       QStringLiteral("a-b"),     QStringLiteral("ab"),
                       QStringLiteral("a_b"),     QStringLiteral("1"),
                       QStringLiteral("10"),      QStringLiteral("2"),
                       QStringLiteral("\u00e9"),  QStringLiteral("e"),
                       QStringLiteral("f"),       QStringLiteral("ch"),
                       QStringLiteral("cz"),      QStringLiteral("h"),
                       QStringLiteral("ll"),      QStringLiteral("th"),
                       QStringLiteral("\u00fe"),  QStringLiteral("\u00e6"),
                       QStringLiteral("ae"),      QStringLiteral("\u00f8"),
                       QStringLiteral("oe"),      QStringLiteral("\u00fc"),
                       QStringLiteral("ue"),      QStringLiteral("y"),
                       QStringLiteral("AA"),      QStringLiteral("aa"),
                       QStringLiteral("Aa"),      QStringLiteral("i"),
                       QStringLiteral("\u0131"),  QStringLiteral("I"),
                       QStringLiteral("\u0130"),  QStringLiteral("\u00f0"),
                       QStringLiteral("d"),       QStringLiteral("\u00f1"),
                       QStringLiteral("n"),       QStringLiteral("x1"),
                       QStringLiteral("x-1"),     QStringLiteral("x 1"),
                       QStringLiteral("x.1"),     QStringLiteral("$"),
                       QStringLiteral("\u20ac"),  QStringLiteral("\U0001f600"),
                       QStringLiteral("a b"),     QStringLiteral("c"),
                       QStringLiteral("\u010d"),  QStringLiteral("M\u00fcller"),
                       QStringLiteral("Mueller"), QStringLiteral("Muller"),
                       QStringLiteral("a10"),     QStringLiteral("a9"),
                       QStringLiteral("v"),       QStringLiteral("w"),
                       QStringLiteral("\u00d6"),  QStringLiteral("\u00c5"),
                       QStringLiteral("\u00c4"),  QStringLiteral("\u00dc")}
        << QStringList{
               QStringLiteral("_a"),      QStringLiteral("-a"),     QStringLiteral("\U0001f600"),
               QStringLiteral("$"),       QStringLiteral("\u20ac"), QStringLiteral("1"),
               QStringLiteral("10"),      QStringLiteral("2"),      QStringLiteral("a"),
               QStringLiteral("A"),       QStringLiteral("\u00e5"), QStringLiteral("\u00c5"),
               QStringLiteral("\u00e4"),  QStringLiteral("\u00c4"), QStringLiteral("a b"),
               QStringLiteral("a_b"),     QStringLiteral("a-b"),    QStringLiteral("a10"),
               QStringLiteral("a9"),      QStringLiteral("aa"),     QStringLiteral("Aa"),
               QStringLiteral("AA"),      QStringLiteral("ab"),     QStringLiteral("ae"),
               QStringLiteral("\u00e6"),  QStringLiteral("b"),      QStringLiteral("B"),
               QStringLiteral("c"),       QStringLiteral("\u010d"), QStringLiteral("ch"),
               QStringLiteral("cz"),      QStringLiteral("d"),      QStringLiteral("\u00f0"),
               QStringLiteral("e"),       QStringLiteral("\u00e9"), QStringLiteral("f"),
               QStringLiteral("h"),       QStringLiteral("i"),      QStringLiteral("I"),
               QStringLiteral("\u0130"),  QStringLiteral("\u0131"), QStringLiteral("ll"),
               QStringLiteral("Mueller"), QStringLiteral("Muller"), QStringLiteral("M\u00fcller"),
               QStringLiteral("n"),       QStringLiteral("\u00f1"), QStringLiteral("o"),
               QStringLiteral("\u00f6"),  QStringLiteral("\u00d6"), QStringLiteral("\u00f8"),
               QStringLiteral("oe"),      QStringLiteral("ss"),     QStringLiteral("\u00df"),
               QStringLiteral("th"),      QStringLiteral("\u00fc"), QStringLiteral("\u00dc"),
               QStringLiteral("ue"),      QStringLiteral("v"),      QStringLiteral("w"),
               QStringLiteral("x 1"),     QStringLiteral("x-1"),    QStringLiteral("x.1"),
               QStringLiteral("x1"),      QStringLiteral("y"),      QStringLiteral("z"),
               QStringLiteral("Z"),       QStringLiteral("\u00fe")};
    QTest::newRow("POSIX")
        << QStringLiteral("POSIX") << QStringLiteral("en-US")
        << QStringList{QStringLiteral("a"),       QStringLiteral("B"),
                       QStringLiteral("b"),       QStringLiteral("A"),
                       QStringLiteral("\u00e4"),  QStringLiteral("z"),
                       QStringLiteral("\u00e5"),  QStringLiteral("\u00f6"),
                       QStringLiteral("o"),       QStringLiteral("\u00df"),
                       QStringLiteral("ss"),      QStringLiteral("Z"),
                       QStringLiteral("_a"),      QStringLiteral("-a"),
                       QStringLiteral("a-b"),     QStringLiteral("ab"),
                       QStringLiteral("a_b"),     QStringLiteral("1"),
                       QStringLiteral("10"),      QStringLiteral("2"),
                       QStringLiteral("\u00e9"),  QStringLiteral("e"),
                       QStringLiteral("f"),       QStringLiteral("ch"),
                       QStringLiteral("cz"),      QStringLiteral("h"),
                       QStringLiteral("ll"),      QStringLiteral("th"),
                       QStringLiteral("\u00fe"),  QStringLiteral("\u00e6"),
                       QStringLiteral("ae"),      QStringLiteral("\u00f8"),
                       QStringLiteral("oe"),      QStringLiteral("\u00fc"),
                       QStringLiteral("ue"),      QStringLiteral("y"),
                       QStringLiteral("AA"),      QStringLiteral("aa"),
                       QStringLiteral("Aa"),      QStringLiteral("i"),
                       QStringLiteral("\u0131"),  QStringLiteral("I"),
                       QStringLiteral("\u0130"),  QStringLiteral("\u00f0"),
                       QStringLiteral("d"),       QStringLiteral("\u00f1"),
                       QStringLiteral("n"),       QStringLiteral("x1"),
                       QStringLiteral("x-1"),     QStringLiteral("x 1"),
                       QStringLiteral("x.1"),     QStringLiteral("$"),
                       QStringLiteral("\u20ac"),  QStringLiteral("\U0001f600"),
                       QStringLiteral("a b"),     QStringLiteral("c"),
                       QStringLiteral("\u010d"),  QStringLiteral("M\u00fcller"),
                       QStringLiteral("Mueller"), QStringLiteral("Muller"),
                       QStringLiteral("a10"),     QStringLiteral("a9"),
                       QStringLiteral("v"),       QStringLiteral("w"),
                       QStringLiteral("\u00d6"),  QStringLiteral("\u00c5"),
                       QStringLiteral("\u00c4"),  QStringLiteral("\u00dc")}
        << QStringList{
               QStringLiteral("_a"),      QStringLiteral("-a"),     QStringLiteral("\U0001f600"),
               QStringLiteral("$"),       QStringLiteral("\u20ac"), QStringLiteral("1"),
               QStringLiteral("10"),      QStringLiteral("2"),      QStringLiteral("a"),
               QStringLiteral("A"),       QStringLiteral("\u00e5"), QStringLiteral("\u00c5"),
               QStringLiteral("\u00e4"),  QStringLiteral("\u00c4"), QStringLiteral("a b"),
               QStringLiteral("a_b"),     QStringLiteral("a-b"),    QStringLiteral("a10"),
               QStringLiteral("a9"),      QStringLiteral("aa"),     QStringLiteral("Aa"),
               QStringLiteral("AA"),      QStringLiteral("ab"),     QStringLiteral("ae"),
               QStringLiteral("\u00e6"),  QStringLiteral("b"),      QStringLiteral("B"),
               QStringLiteral("c"),       QStringLiteral("\u010d"), QStringLiteral("ch"),
               QStringLiteral("cz"),      QStringLiteral("d"),      QStringLiteral("\u00f0"),
               QStringLiteral("e"),       QStringLiteral("\u00e9"), QStringLiteral("f"),
               QStringLiteral("h"),       QStringLiteral("i"),      QStringLiteral("I"),
               QStringLiteral("\u0130"),  QStringLiteral("\u0131"), QStringLiteral("ll"),
               QStringLiteral("Mueller"), QStringLiteral("Muller"), QStringLiteral("M\u00fcller"),
               QStringLiteral("n"),       QStringLiteral("\u00f1"), QStringLiteral("o"),
               QStringLiteral("\u00f6"),  QStringLiteral("\u00d6"), QStringLiteral("\u00f8"),
               QStringLiteral("oe"),      QStringLiteral("ss"),     QStringLiteral("\u00df"),
               QStringLiteral("th"),      QStringLiteral("\u00fc"), QStringLiteral("\u00dc"),
               QStringLiteral("ue"),      QStringLiteral("v"),      QStringLiteral("w"),
               QStringLiteral("x 1"),     QStringLiteral("x-1"),    QStringLiteral("x.1"),
               QStringLiteral("x1"),      QStringLiteral("y"),      QStringLiteral("z"),
               QStringLiteral("Z"),       QStringLiteral("\u00fe")};
    QTest::newRow("und (LANG empty)")
        << QStringLiteral("") << QStringLiteral("und")
        << QStringList{QStringLiteral("a"),       QStringLiteral("B"),
                       QStringLiteral("b"),       QStringLiteral("A"),
                       QStringLiteral("\u00e4"),  QStringLiteral("z"),
                       QStringLiteral("\u00e5"),  QStringLiteral("\u00f6"),
                       QStringLiteral("o"),       QStringLiteral("\u00df"),
                       QStringLiteral("ss"),      QStringLiteral("Z"),
                       QStringLiteral("_a"),      QStringLiteral("-a"),
                       QStringLiteral("a-b"),     QStringLiteral("ab"),
                       QStringLiteral("a_b"),     QStringLiteral("1"),
                       QStringLiteral("10"),      QStringLiteral("2"),
                       QStringLiteral("\u00e9"),  QStringLiteral("e"),
                       QStringLiteral("f"),       QStringLiteral("ch"),
                       QStringLiteral("cz"),      QStringLiteral("h"),
                       QStringLiteral("ll"),      QStringLiteral("th"),
                       QStringLiteral("\u00fe"),  QStringLiteral("\u00e6"),
                       QStringLiteral("ae"),      QStringLiteral("\u00f8"),
                       QStringLiteral("oe"),      QStringLiteral("\u00fc"),
                       QStringLiteral("ue"),      QStringLiteral("y"),
                       QStringLiteral("AA"),      QStringLiteral("aa"),
                       QStringLiteral("Aa"),      QStringLiteral("i"),
                       QStringLiteral("\u0131"),  QStringLiteral("I"),
                       QStringLiteral("\u0130"),  QStringLiteral("\u00f0"),
                       QStringLiteral("d"),       QStringLiteral("\u00f1"),
                       QStringLiteral("n"),       QStringLiteral("x1"),
                       QStringLiteral("x-1"),     QStringLiteral("x 1"),
                       QStringLiteral("x.1"),     QStringLiteral("$"),
                       QStringLiteral("\u20ac"),  QStringLiteral("\U0001f600"),
                       QStringLiteral("a b"),     QStringLiteral("c"),
                       QStringLiteral("\u010d"),  QStringLiteral("M\u00fcller"),
                       QStringLiteral("Mueller"), QStringLiteral("Muller"),
                       QStringLiteral("a10"),     QStringLiteral("a9"),
                       QStringLiteral("v"),       QStringLiteral("w"),
                       QStringLiteral("\u00d6"),  QStringLiteral("\u00c5"),
                       QStringLiteral("\u00c4"),  QStringLiteral("\u00dc")}
        << QStringList{
               QStringLiteral("_a"),      QStringLiteral("-a"),     QStringLiteral("\U0001f600"),
               QStringLiteral("$"),       QStringLiteral("\u20ac"), QStringLiteral("1"),
               QStringLiteral("10"),      QStringLiteral("2"),      QStringLiteral("a"),
               QStringLiteral("A"),       QStringLiteral("\u00e5"), QStringLiteral("\u00c5"),
               QStringLiteral("\u00e4"),  QStringLiteral("\u00c4"), QStringLiteral("a b"),
               QStringLiteral("a_b"),     QStringLiteral("a-b"),    QStringLiteral("a10"),
               QStringLiteral("a9"),      QStringLiteral("aa"),     QStringLiteral("Aa"),
               QStringLiteral("AA"),      QStringLiteral("ab"),     QStringLiteral("ae"),
               QStringLiteral("\u00e6"),  QStringLiteral("b"),      QStringLiteral("B"),
               QStringLiteral("c"),       QStringLiteral("\u010d"), QStringLiteral("ch"),
               QStringLiteral("cz"),      QStringLiteral("d"),      QStringLiteral("\u00f0"),
               QStringLiteral("e"),       QStringLiteral("\u00e9"), QStringLiteral("f"),
               QStringLiteral("h"),       QStringLiteral("i"),      QStringLiteral("I"),
               QStringLiteral("\u0130"),  QStringLiteral("\u0131"), QStringLiteral("ll"),
               QStringLiteral("Mueller"), QStringLiteral("Muller"), QStringLiteral("M\u00fcller"),
               QStringLiteral("n"),       QStringLiteral("\u00f1"), QStringLiteral("o"),
               QStringLiteral("\u00f6"),  QStringLiteral("\u00d6"), QStringLiteral("\u00f8"),
               QStringLiteral("oe"),      QStringLiteral("ss"),     QStringLiteral("\u00df"),
               QStringLiteral("th"),      QStringLiteral("\u00fc"), QStringLiteral("\u00dc"),
               QStringLiteral("ue"),      QStringLiteral("v"),      QStringLiteral("w"),
               QStringLiteral("x 1"),     QStringLiteral("x-1"),    QStringLiteral("x.1"),
               QStringLiteral("x1"),      QStringLiteral("y"),      QStringLiteral("z"),
               QStringLiteral("Z"),       QStringLiteral("\u00fe")};
    QTest::newRow("en_US.UTF-8")
        << QStringLiteral("en_US.UTF-8") << QStringLiteral("en-US")
        << QStringList{QStringLiteral("a"),       QStringLiteral("B"),
                       QStringLiteral("b"),       QStringLiteral("A"),
                       QStringLiteral("\u00e4"),  QStringLiteral("z"),
                       QStringLiteral("\u00e5"),  QStringLiteral("\u00f6"),
                       QStringLiteral("o"),       QStringLiteral("\u00df"),
                       QStringLiteral("ss"),      QStringLiteral("Z"),
                       QStringLiteral("_a"),      QStringLiteral("-a"),
                       QStringLiteral("a-b"),     QStringLiteral("ab"),
                       QStringLiteral("a_b"),     QStringLiteral("1"),
                       QStringLiteral("10"),      QStringLiteral("2"),
                       QStringLiteral("\u00e9"),  QStringLiteral("e"),
                       QStringLiteral("f"),       QStringLiteral("ch"),
                       QStringLiteral("cz"),      QStringLiteral("h"),
                       QStringLiteral("ll"),      QStringLiteral("th"),
                       QStringLiteral("\u00fe"),  QStringLiteral("\u00e6"),
                       QStringLiteral("ae"),      QStringLiteral("\u00f8"),
                       QStringLiteral("oe"),      QStringLiteral("\u00fc"),
                       QStringLiteral("ue"),      QStringLiteral("y"),
                       QStringLiteral("AA"),      QStringLiteral("aa"),
                       QStringLiteral("Aa"),      QStringLiteral("i"),
                       QStringLiteral("\u0131"),  QStringLiteral("I"),
                       QStringLiteral("\u0130"),  QStringLiteral("\u00f0"),
                       QStringLiteral("d"),       QStringLiteral("\u00f1"),
                       QStringLiteral("n"),       QStringLiteral("x1"),
                       QStringLiteral("x-1"),     QStringLiteral("x 1"),
                       QStringLiteral("x.1"),     QStringLiteral("$"),
                       QStringLiteral("\u20ac"),  QStringLiteral("\U0001f600"),
                       QStringLiteral("a b"),     QStringLiteral("c"),
                       QStringLiteral("\u010d"),  QStringLiteral("M\u00fcller"),
                       QStringLiteral("Mueller"), QStringLiteral("Muller"),
                       QStringLiteral("a10"),     QStringLiteral("a9"),
                       QStringLiteral("v"),       QStringLiteral("w"),
                       QStringLiteral("\u00d6"),  QStringLiteral("\u00c5"),
                       QStringLiteral("\u00c4"),  QStringLiteral("\u00dc")}
        << QStringList{
               QStringLiteral("_a"),      QStringLiteral("-a"),     QStringLiteral("\U0001f600"),
               QStringLiteral("$"),       QStringLiteral("\u20ac"), QStringLiteral("1"),
               QStringLiteral("10"),      QStringLiteral("2"),      QStringLiteral("a"),
               QStringLiteral("A"),       QStringLiteral("\u00e5"), QStringLiteral("\u00c5"),
               QStringLiteral("\u00e4"),  QStringLiteral("\u00c4"), QStringLiteral("a b"),
               QStringLiteral("a_b"),     QStringLiteral("a-b"),    QStringLiteral("a10"),
               QStringLiteral("a9"),      QStringLiteral("aa"),     QStringLiteral("Aa"),
               QStringLiteral("AA"),      QStringLiteral("ab"),     QStringLiteral("ae"),
               QStringLiteral("\u00e6"),  QStringLiteral("b"),      QStringLiteral("B"),
               QStringLiteral("c"),       QStringLiteral("\u010d"), QStringLiteral("ch"),
               QStringLiteral("cz"),      QStringLiteral("d"),      QStringLiteral("\u00f0"),
               QStringLiteral("e"),       QStringLiteral("\u00e9"), QStringLiteral("f"),
               QStringLiteral("h"),       QStringLiteral("i"),      QStringLiteral("I"),
               QStringLiteral("\u0130"),  QStringLiteral("\u0131"), QStringLiteral("ll"),
               QStringLiteral("Mueller"), QStringLiteral("Muller"), QStringLiteral("M\u00fcller"),
               QStringLiteral("n"),       QStringLiteral("\u00f1"), QStringLiteral("o"),
               QStringLiteral("\u00f6"),  QStringLiteral("\u00d6"), QStringLiteral("\u00f8"),
               QStringLiteral("oe"),      QStringLiteral("ss"),     QStringLiteral("\u00df"),
               QStringLiteral("th"),      QStringLiteral("\u00fc"), QStringLiteral("\u00dc"),
               QStringLiteral("ue"),      QStringLiteral("v"),      QStringLiteral("w"),
               QStringLiteral("x 1"),     QStringLiteral("x-1"),    QStringLiteral("x.1"),
               QStringLiteral("x1"),      QStringLiteral("y"),      QStringLiteral("z"),
               QStringLiteral("Z"),       QStringLiteral("\u00fe")};
    QTest::newRow("sv_SE.UTF-8")
        << QStringLiteral("sv_SE.UTF-8") << QStringLiteral("sv-SE")
        << QStringList{QStringLiteral("a"),       QStringLiteral("B"),
                       QStringLiteral("b"),       QStringLiteral("A"),
                       QStringLiteral("\u00e4"),  QStringLiteral("z"),
                       QStringLiteral("\u00e5"),  QStringLiteral("\u00f6"),
                       QStringLiteral("o"),       QStringLiteral("\u00df"),
                       QStringLiteral("ss"),      QStringLiteral("Z"),
                       QStringLiteral("_a"),      QStringLiteral("-a"),
                       QStringLiteral("a-b"),     QStringLiteral("ab"),
                       QStringLiteral("a_b"),     QStringLiteral("1"),
                       QStringLiteral("10"),      QStringLiteral("2"),
                       QStringLiteral("\u00e9"),  QStringLiteral("e"),
                       QStringLiteral("f"),       QStringLiteral("ch"),
                       QStringLiteral("cz"),      QStringLiteral("h"),
                       QStringLiteral("ll"),      QStringLiteral("th"),
                       QStringLiteral("\u00fe"),  QStringLiteral("\u00e6"),
                       QStringLiteral("ae"),      QStringLiteral("\u00f8"),
                       QStringLiteral("oe"),      QStringLiteral("\u00fc"),
                       QStringLiteral("ue"),      QStringLiteral("y"),
                       QStringLiteral("AA"),      QStringLiteral("aa"),
                       QStringLiteral("Aa"),      QStringLiteral("i"),
                       QStringLiteral("\u0131"),  QStringLiteral("I"),
                       QStringLiteral("\u0130"),  QStringLiteral("\u00f0"),
                       QStringLiteral("d"),       QStringLiteral("\u00f1"),
                       QStringLiteral("n"),       QStringLiteral("x1"),
                       QStringLiteral("x-1"),     QStringLiteral("x 1"),
                       QStringLiteral("x.1"),     QStringLiteral("$"),
                       QStringLiteral("\u20ac"),  QStringLiteral("\U0001f600"),
                       QStringLiteral("a b"),     QStringLiteral("c"),
                       QStringLiteral("\u010d"),  QStringLiteral("M\u00fcller"),
                       QStringLiteral("Mueller"), QStringLiteral("Muller"),
                       QStringLiteral("a10"),     QStringLiteral("a9"),
                       QStringLiteral("v"),       QStringLiteral("w"),
                       QStringLiteral("\u00d6"),  QStringLiteral("\u00c5"),
                       QStringLiteral("\u00c4"),  QStringLiteral("\u00dc")}
        << QStringList{QStringLiteral("_a"),         QStringLiteral("-a"),
                       QStringLiteral("\U0001f600"), QStringLiteral("$"),
                       QStringLiteral("\u20ac"),     QStringLiteral("1"),
                       QStringLiteral("10"),         QStringLiteral("2"),
                       QStringLiteral("a"),          QStringLiteral("A"),
                       QStringLiteral("a b"),        QStringLiteral("a_b"),
                       QStringLiteral("a-b"),        QStringLiteral("a10"),
                       QStringLiteral("a9"),         QStringLiteral("aa"),
                       QStringLiteral("Aa"),         QStringLiteral("AA"),
                       QStringLiteral("ab"),         QStringLiteral("ae"),
                       QStringLiteral("b"),          QStringLiteral("B"),
                       QStringLiteral("c"),          QStringLiteral("\u010d"),
                       QStringLiteral("ch"),         QStringLiteral("cz"),
                       QStringLiteral("d"),          QStringLiteral("\u00f0"),
                       QStringLiteral("e"),          QStringLiteral("\u00e9"),
                       QStringLiteral("f"),          QStringLiteral("h"),
                       QStringLiteral("i"),          QStringLiteral("I"),
                       QStringLiteral("\u0130"),     QStringLiteral("\u0131"),
                       QStringLiteral("ll"),         QStringLiteral("Mueller"),
                       QStringLiteral("Muller"),     QStringLiteral("M\u00fcller"),
                       QStringLiteral("n"),          QStringLiteral("\u00f1"),
                       QStringLiteral("o"),          QStringLiteral("oe"),
                       QStringLiteral("ss"),         QStringLiteral("\u00df"),
                       QStringLiteral("th"),         QStringLiteral("\u00fe"),
                       QStringLiteral("ue"),         QStringLiteral("v"),
                       QStringLiteral("w"),          QStringLiteral("x 1"),
                       QStringLiteral("x-1"),        QStringLiteral("x.1"),
                       QStringLiteral("x1"),         QStringLiteral("y"),
                       QStringLiteral("\u00fc"),     QStringLiteral("\u00dc"),
                       QStringLiteral("z"),          QStringLiteral("Z"),
                       QStringLiteral("\u00e5"),     QStringLiteral("\u00c5"),
                       QStringLiteral("\u00e4"),     QStringLiteral("\u00c4"),
                       QStringLiteral("\u00e6"),     QStringLiteral("\u00f6"),
                       QStringLiteral("\u00d6"),     QStringLiteral("\u00f8")};
    QTest::newRow("de_DE.UTF-8")
        << QStringLiteral("de_DE.UTF-8") << QStringLiteral("de-DE")
        << QStringList{QStringLiteral("a"),       QStringLiteral("B"),
                       QStringLiteral("b"),       QStringLiteral("A"),
                       QStringLiteral("\u00e4"),  QStringLiteral("z"),
                       QStringLiteral("\u00e5"),  QStringLiteral("\u00f6"),
                       QStringLiteral("o"),       QStringLiteral("\u00df"),
                       QStringLiteral("ss"),      QStringLiteral("Z"),
                       QStringLiteral("_a"),      QStringLiteral("-a"),
                       QStringLiteral("a-b"),     QStringLiteral("ab"),
                       QStringLiteral("a_b"),     QStringLiteral("1"),
                       QStringLiteral("10"),      QStringLiteral("2"),
                       QStringLiteral("\u00e9"),  QStringLiteral("e"),
                       QStringLiteral("f"),       QStringLiteral("ch"),
                       QStringLiteral("cz"),      QStringLiteral("h"),
                       QStringLiteral("ll"),      QStringLiteral("th"),
                       QStringLiteral("\u00fe"),  QStringLiteral("\u00e6"),
                       QStringLiteral("ae"),      QStringLiteral("\u00f8"),
                       QStringLiteral("oe"),      QStringLiteral("\u00fc"),
                       QStringLiteral("ue"),      QStringLiteral("y"),
                       QStringLiteral("AA"),      QStringLiteral("aa"),
                       QStringLiteral("Aa"),      QStringLiteral("i"),
                       QStringLiteral("\u0131"),  QStringLiteral("I"),
                       QStringLiteral("\u0130"),  QStringLiteral("\u00f0"),
                       QStringLiteral("d"),       QStringLiteral("\u00f1"),
                       QStringLiteral("n"),       QStringLiteral("x1"),
                       QStringLiteral("x-1"),     QStringLiteral("x 1"),
                       QStringLiteral("x.1"),     QStringLiteral("$"),
                       QStringLiteral("\u20ac"),  QStringLiteral("\U0001f600"),
                       QStringLiteral("a b"),     QStringLiteral("c"),
                       QStringLiteral("\u010d"),  QStringLiteral("M\u00fcller"),
                       QStringLiteral("Mueller"), QStringLiteral("Muller"),
                       QStringLiteral("a10"),     QStringLiteral("a9"),
                       QStringLiteral("v"),       QStringLiteral("w"),
                       QStringLiteral("\u00d6"),  QStringLiteral("\u00c5"),
                       QStringLiteral("\u00c4"),  QStringLiteral("\u00dc")}
        << QStringList{
               QStringLiteral("_a"),      QStringLiteral("-a"),     QStringLiteral("\U0001f600"),
               QStringLiteral("$"),       QStringLiteral("\u20ac"), QStringLiteral("1"),
               QStringLiteral("10"),      QStringLiteral("2"),      QStringLiteral("a"),
               QStringLiteral("A"),       QStringLiteral("\u00e5"), QStringLiteral("\u00c5"),
               QStringLiteral("\u00e4"),  QStringLiteral("\u00c4"), QStringLiteral("a b"),
               QStringLiteral("a_b"),     QStringLiteral("a-b"),    QStringLiteral("a10"),
               QStringLiteral("a9"),      QStringLiteral("aa"),     QStringLiteral("Aa"),
               QStringLiteral("AA"),      QStringLiteral("ab"),     QStringLiteral("ae"),
               QStringLiteral("\u00e6"),  QStringLiteral("b"),      QStringLiteral("B"),
               QStringLiteral("c"),       QStringLiteral("\u010d"), QStringLiteral("ch"),
               QStringLiteral("cz"),      QStringLiteral("d"),      QStringLiteral("\u00f0"),
               QStringLiteral("e"),       QStringLiteral("\u00e9"), QStringLiteral("f"),
               QStringLiteral("h"),       QStringLiteral("i"),      QStringLiteral("I"),
               QStringLiteral("\u0130"),  QStringLiteral("\u0131"), QStringLiteral("ll"),
               QStringLiteral("Mueller"), QStringLiteral("Muller"), QStringLiteral("M\u00fcller"),
               QStringLiteral("n"),       QStringLiteral("\u00f1"), QStringLiteral("o"),
               QStringLiteral("\u00f6"),  QStringLiteral("\u00d6"), QStringLiteral("\u00f8"),
               QStringLiteral("oe"),      QStringLiteral("ss"),     QStringLiteral("\u00df"),
               QStringLiteral("th"),      QStringLiteral("\u00fc"), QStringLiteral("\u00dc"),
               QStringLiteral("ue"),      QStringLiteral("v"),      QStringLiteral("w"),
               QStringLiteral("x 1"),     QStringLiteral("x-1"),    QStringLiteral("x.1"),
               QStringLiteral("x1"),      QStringLiteral("y"),      QStringLiteral("z"),
               QStringLiteral("Z"),       QStringLiteral("\u00fe")};
    QTest::newRow("da_DK.UTF-8")
        << QStringLiteral("da_DK.UTF-8") << QStringLiteral("da-DK")
        << QStringList{QStringLiteral("a"),       QStringLiteral("B"),
                       QStringLiteral("b"),       QStringLiteral("A"),
                       QStringLiteral("\u00e4"),  QStringLiteral("z"),
                       QStringLiteral("\u00e5"),  QStringLiteral("\u00f6"),
                       QStringLiteral("o"),       QStringLiteral("\u00df"),
                       QStringLiteral("ss"),      QStringLiteral("Z"),
                       QStringLiteral("_a"),      QStringLiteral("-a"),
                       QStringLiteral("a-b"),     QStringLiteral("ab"),
                       QStringLiteral("a_b"),     QStringLiteral("1"),
                       QStringLiteral("10"),      QStringLiteral("2"),
                       QStringLiteral("\u00e9"),  QStringLiteral("e"),
                       QStringLiteral("f"),       QStringLiteral("ch"),
                       QStringLiteral("cz"),      QStringLiteral("h"),
                       QStringLiteral("ll"),      QStringLiteral("th"),
                       QStringLiteral("\u00fe"),  QStringLiteral("\u00e6"),
                       QStringLiteral("ae"),      QStringLiteral("\u00f8"),
                       QStringLiteral("oe"),      QStringLiteral("\u00fc"),
                       QStringLiteral("ue"),      QStringLiteral("y"),
                       QStringLiteral("AA"),      QStringLiteral("aa"),
                       QStringLiteral("Aa"),      QStringLiteral("i"),
                       QStringLiteral("\u0131"),  QStringLiteral("I"),
                       QStringLiteral("\u0130"),  QStringLiteral("\u00f0"),
                       QStringLiteral("d"),       QStringLiteral("\u00f1"),
                       QStringLiteral("n"),       QStringLiteral("x1"),
                       QStringLiteral("x-1"),     QStringLiteral("x 1"),
                       QStringLiteral("x.1"),     QStringLiteral("$"),
                       QStringLiteral("\u20ac"),  QStringLiteral("\U0001f600"),
                       QStringLiteral("a b"),     QStringLiteral("c"),
                       QStringLiteral("\u010d"),  QStringLiteral("M\u00fcller"),
                       QStringLiteral("Mueller"), QStringLiteral("Muller"),
                       QStringLiteral("a10"),     QStringLiteral("a9"),
                       QStringLiteral("v"),       QStringLiteral("w"),
                       QStringLiteral("\u00d6"),  QStringLiteral("\u00c5"),
                       QStringLiteral("\u00c4"),  QStringLiteral("\u00dc")}
        << QStringList{QStringLiteral("_a"),          QStringLiteral("-a"),
                       QStringLiteral("\U0001f600"),  QStringLiteral("$"),
                       QStringLiteral("\u20ac"),      QStringLiteral("1"),
                       QStringLiteral("10"),          QStringLiteral("2"),
                       QStringLiteral("A"),           QStringLiteral("a"),
                       QStringLiteral("a b"),         QStringLiteral("a_b"),
                       QStringLiteral("a-b"),         QStringLiteral("a10"),
                       QStringLiteral("a9"),          QStringLiteral("ab"),
                       QStringLiteral("ae"),          QStringLiteral("B"),
                       QStringLiteral("b"),           QStringLiteral("c"),
                       QStringLiteral("\u010d"),      QStringLiteral("ch"),
                       QStringLiteral("cz"),          QStringLiteral("d"),
                       QStringLiteral("\u00f0"),      QStringLiteral("e"),
                       QStringLiteral("\u00e9"),      QStringLiteral("f"),
                       QStringLiteral("h"),           QStringLiteral("I"),
                       QStringLiteral("i"),           QStringLiteral("\u0130"),
                       QStringLiteral("\u0131"),      QStringLiteral("ll"),
                       QStringLiteral("Mueller"),     QStringLiteral("Muller"),
                       QStringLiteral("M\u00fcller"), QStringLiteral("n"),
                       QStringLiteral("\u00f1"),      QStringLiteral("o"),
                       QStringLiteral("oe"),          QStringLiteral("ss"),
                       QStringLiteral("\u00df"),      QStringLiteral("th"),
                       QStringLiteral("\u00fe"),      QStringLiteral("ue"),
                       QStringLiteral("v"),           QStringLiteral("w"),
                       QStringLiteral("x 1"),         QStringLiteral("x-1"),
                       QStringLiteral("x.1"),         QStringLiteral("x1"),
                       QStringLiteral("y"),           QStringLiteral("\u00dc"),
                       QStringLiteral("\u00fc"),      QStringLiteral("Z"),
                       QStringLiteral("z"),           QStringLiteral("\u00e6"),
                       QStringLiteral("\u00c4"),      QStringLiteral("\u00e4"),
                       QStringLiteral("\u00f8"),      QStringLiteral("\u00d6"),
                       QStringLiteral("\u00f6"),      QStringLiteral("\u00c5"),
                       QStringLiteral("AA"),          QStringLiteral("Aa"),
                       QStringLiteral("\u00e5"),      QStringLiteral("aa")};
    QTest::newRow("nb_NO.UTF-8")
        << QStringLiteral("nb_NO.UTF-8") << QStringLiteral("nb-NO")
        << QStringList{QStringLiteral("a"),       QStringLiteral("B"),
                       QStringLiteral("b"),       QStringLiteral("A"),
                       QStringLiteral("\u00e4"),  QStringLiteral("z"),
                       QStringLiteral("\u00e5"),  QStringLiteral("\u00f6"),
                       QStringLiteral("o"),       QStringLiteral("\u00df"),
                       QStringLiteral("ss"),      QStringLiteral("Z"),
                       QStringLiteral("_a"),      QStringLiteral("-a"),
                       QStringLiteral("a-b"),     QStringLiteral("ab"),
                       QStringLiteral("a_b"),     QStringLiteral("1"),
                       QStringLiteral("10"),      QStringLiteral("2"),
                       QStringLiteral("\u00e9"),  QStringLiteral("e"),
                       QStringLiteral("f"),       QStringLiteral("ch"),
                       QStringLiteral("cz"),      QStringLiteral("h"),
                       QStringLiteral("ll"),      QStringLiteral("th"),
                       QStringLiteral("\u00fe"),  QStringLiteral("\u00e6"),
                       QStringLiteral("ae"),      QStringLiteral("\u00f8"),
                       QStringLiteral("oe"),      QStringLiteral("\u00fc"),
                       QStringLiteral("ue"),      QStringLiteral("y"),
                       QStringLiteral("AA"),      QStringLiteral("aa"),
                       QStringLiteral("Aa"),      QStringLiteral("i"),
                       QStringLiteral("\u0131"),  QStringLiteral("I"),
                       QStringLiteral("\u0130"),  QStringLiteral("\u00f0"),
                       QStringLiteral("d"),       QStringLiteral("\u00f1"),
                       QStringLiteral("n"),       QStringLiteral("x1"),
                       QStringLiteral("x-1"),     QStringLiteral("x 1"),
                       QStringLiteral("x.1"),     QStringLiteral("$"),
                       QStringLiteral("\u20ac"),  QStringLiteral("\U0001f600"),
                       QStringLiteral("a b"),     QStringLiteral("c"),
                       QStringLiteral("\u010d"),  QStringLiteral("M\u00fcller"),
                       QStringLiteral("Mueller"), QStringLiteral("Muller"),
                       QStringLiteral("a10"),     QStringLiteral("a9"),
                       QStringLiteral("v"),       QStringLiteral("w"),
                       QStringLiteral("\u00d6"),  QStringLiteral("\u00c5"),
                       QStringLiteral("\u00c4"),  QStringLiteral("\u00dc")}
        << QStringList{QStringLiteral("_a"),          QStringLiteral("-a"),
                       QStringLiteral("\U0001f600"),  QStringLiteral("$"),
                       QStringLiteral("\u20ac"),      QStringLiteral("1"),
                       QStringLiteral("10"),          QStringLiteral("2"),
                       QStringLiteral("a"),           QStringLiteral("A"),
                       QStringLiteral("a b"),         QStringLiteral("a_b"),
                       QStringLiteral("a-b"),         QStringLiteral("a10"),
                       QStringLiteral("a9"),          QStringLiteral("ab"),
                       QStringLiteral("ae"),          QStringLiteral("b"),
                       QStringLiteral("B"),           QStringLiteral("c"),
                       QStringLiteral("\u010d"),      QStringLiteral("ch"),
                       QStringLiteral("cz"),          QStringLiteral("d"),
                       QStringLiteral("\u00f0"),      QStringLiteral("e"),
                       QStringLiteral("\u00e9"),      QStringLiteral("f"),
                       QStringLiteral("h"),           QStringLiteral("i"),
                       QStringLiteral("I"),           QStringLiteral("\u0130"),
                       QStringLiteral("\u0131"),      QStringLiteral("ll"),
                       QStringLiteral("Mueller"),     QStringLiteral("Muller"),
                       QStringLiteral("M\u00fcller"), QStringLiteral("n"),
                       QStringLiteral("\u00f1"),      QStringLiteral("o"),
                       QStringLiteral("oe"),          QStringLiteral("ss"),
                       QStringLiteral("\u00df"),      QStringLiteral("th"),
                       QStringLiteral("\u00fe"),      QStringLiteral("ue"),
                       QStringLiteral("v"),           QStringLiteral("w"),
                       QStringLiteral("x 1"),         QStringLiteral("x-1"),
                       QStringLiteral("x.1"),         QStringLiteral("x1"),
                       QStringLiteral("y"),           QStringLiteral("\u00fc"),
                       QStringLiteral("\u00dc"),      QStringLiteral("z"),
                       QStringLiteral("Z"),           QStringLiteral("\u00e6"),
                       QStringLiteral("\u00e4"),      QStringLiteral("\u00c4"),
                       QStringLiteral("\u00f8"),      QStringLiteral("\u00f6"),
                       QStringLiteral("\u00d6"),      QStringLiteral("\u00e5"),
                       QStringLiteral("\u00c5"),      QStringLiteral("aa"),
                       QStringLiteral("Aa"),          QStringLiteral("AA")};
    QTest::newRow("fi_FI.UTF-8")
        << QStringLiteral("fi_FI.UTF-8") << QStringLiteral("fi-FI")
        << QStringList{QStringLiteral("a"),       QStringLiteral("B"),
                       QStringLiteral("b"),       QStringLiteral("A"),
                       QStringLiteral("\u00e4"),  QStringLiteral("z"),
                       QStringLiteral("\u00e5"),  QStringLiteral("\u00f6"),
                       QStringLiteral("o"),       QStringLiteral("\u00df"),
                       QStringLiteral("ss"),      QStringLiteral("Z"),
                       QStringLiteral("_a"),      QStringLiteral("-a"),
                       QStringLiteral("a-b"),     QStringLiteral("ab"),
                       QStringLiteral("a_b"),     QStringLiteral("1"),
                       QStringLiteral("10"),      QStringLiteral("2"),
                       QStringLiteral("\u00e9"),  QStringLiteral("e"),
                       QStringLiteral("f"),       QStringLiteral("ch"),
                       QStringLiteral("cz"),      QStringLiteral("h"),
                       QStringLiteral("ll"),      QStringLiteral("th"),
                       QStringLiteral("\u00fe"),  QStringLiteral("\u00e6"),
                       QStringLiteral("ae"),      QStringLiteral("\u00f8"),
                       QStringLiteral("oe"),      QStringLiteral("\u00fc"),
                       QStringLiteral("ue"),      QStringLiteral("y"),
                       QStringLiteral("AA"),      QStringLiteral("aa"),
                       QStringLiteral("Aa"),      QStringLiteral("i"),
                       QStringLiteral("\u0131"),  QStringLiteral("I"),
                       QStringLiteral("\u0130"),  QStringLiteral("\u00f0"),
                       QStringLiteral("d"),       QStringLiteral("\u00f1"),
                       QStringLiteral("n"),       QStringLiteral("x1"),
                       QStringLiteral("x-1"),     QStringLiteral("x 1"),
                       QStringLiteral("x.1"),     QStringLiteral("$"),
                       QStringLiteral("\u20ac"),  QStringLiteral("\U0001f600"),
                       QStringLiteral("a b"),     QStringLiteral("c"),
                       QStringLiteral("\u010d"),  QStringLiteral("M\u00fcller"),
                       QStringLiteral("Mueller"), QStringLiteral("Muller"),
                       QStringLiteral("a10"),     QStringLiteral("a9"),
                       QStringLiteral("v"),       QStringLiteral("w"),
                       QStringLiteral("\u00d6"),  QStringLiteral("\u00c5"),
                       QStringLiteral("\u00c4"),  QStringLiteral("\u00dc")}
        << QStringList{QStringLiteral("_a"),         QStringLiteral("-a"),
                       QStringLiteral("\U0001f600"), QStringLiteral("$"),
                       QStringLiteral("\u20ac"),     QStringLiteral("1"),
                       QStringLiteral("10"),         QStringLiteral("2"),
                       QStringLiteral("a"),          QStringLiteral("A"),
                       QStringLiteral("a b"),        QStringLiteral("a_b"),
                       QStringLiteral("a-b"),        QStringLiteral("a10"),
                       QStringLiteral("a9"),         QStringLiteral("aa"),
                       QStringLiteral("Aa"),         QStringLiteral("AA"),
                       QStringLiteral("ab"),         QStringLiteral("ae"),
                       QStringLiteral("b"),          QStringLiteral("B"),
                       QStringLiteral("c"),          QStringLiteral("\u010d"),
                       QStringLiteral("ch"),         QStringLiteral("cz"),
                       QStringLiteral("d"),          QStringLiteral("\u00f0"),
                       QStringLiteral("e"),          QStringLiteral("\u00e9"),
                       QStringLiteral("f"),          QStringLiteral("h"),
                       QStringLiteral("i"),          QStringLiteral("I"),
                       QStringLiteral("\u0130"),     QStringLiteral("\u0131"),
                       QStringLiteral("ll"),         QStringLiteral("Mueller"),
                       QStringLiteral("Muller"),     QStringLiteral("M\u00fcller"),
                       QStringLiteral("n"),          QStringLiteral("\u00f1"),
                       QStringLiteral("o"),          QStringLiteral("oe"),
                       QStringLiteral("ss"),         QStringLiteral("\u00df"),
                       QStringLiteral("th"),         QStringLiteral("ue"),
                       QStringLiteral("v"),          QStringLiteral("w"),
                       QStringLiteral("x 1"),        QStringLiteral("x-1"),
                       QStringLiteral("x.1"),        QStringLiteral("x1"),
                       QStringLiteral("y"),          QStringLiteral("\u00fc"),
                       QStringLiteral("\u00dc"),     QStringLiteral("z"),
                       QStringLiteral("Z"),          QStringLiteral("\u00fe"),
                       QStringLiteral("\u00e5"),     QStringLiteral("\u00c5"),
                       QStringLiteral("\u00e4"),     QStringLiteral("\u00c4"),
                       QStringLiteral("\u00e6"),     QStringLiteral("\u00f6"),
                       QStringLiteral("\u00d6"),     QStringLiteral("\u00f8")};
    QTest::newRow("tr_TR.UTF-8")
        << QStringLiteral("tr_TR.UTF-8") << QStringLiteral("tr-TR")
        << QStringList{QStringLiteral("a"),       QStringLiteral("B"),
                       QStringLiteral("b"),       QStringLiteral("A"),
                       QStringLiteral("\u00e4"),  QStringLiteral("z"),
                       QStringLiteral("\u00e5"),  QStringLiteral("\u00f6"),
                       QStringLiteral("o"),       QStringLiteral("\u00df"),
                       QStringLiteral("ss"),      QStringLiteral("Z"),
                       QStringLiteral("_a"),      QStringLiteral("-a"),
                       QStringLiteral("a-b"),     QStringLiteral("ab"),
                       QStringLiteral("a_b"),     QStringLiteral("1"),
                       QStringLiteral("10"),      QStringLiteral("2"),
                       QStringLiteral("\u00e9"),  QStringLiteral("e"),
                       QStringLiteral("f"),       QStringLiteral("ch"),
                       QStringLiteral("cz"),      QStringLiteral("h"),
                       QStringLiteral("ll"),      QStringLiteral("th"),
                       QStringLiteral("\u00fe"),  QStringLiteral("\u00e6"),
                       QStringLiteral("ae"),      QStringLiteral("\u00f8"),
                       QStringLiteral("oe"),      QStringLiteral("\u00fc"),
                       QStringLiteral("ue"),      QStringLiteral("y"),
                       QStringLiteral("AA"),      QStringLiteral("aa"),
                       QStringLiteral("Aa"),      QStringLiteral("i"),
                       QStringLiteral("\u0131"),  QStringLiteral("I"),
                       QStringLiteral("\u0130"),  QStringLiteral("\u00f0"),
                       QStringLiteral("d"),       QStringLiteral("\u00f1"),
                       QStringLiteral("n"),       QStringLiteral("x1"),
                       QStringLiteral("x-1"),     QStringLiteral("x 1"),
                       QStringLiteral("x.1"),     QStringLiteral("$"),
                       QStringLiteral("\u20ac"),  QStringLiteral("\U0001f600"),
                       QStringLiteral("a b"),     QStringLiteral("c"),
                       QStringLiteral("\u010d"),  QStringLiteral("M\u00fcller"),
                       QStringLiteral("Mueller"), QStringLiteral("Muller"),
                       QStringLiteral("a10"),     QStringLiteral("a9"),
                       QStringLiteral("v"),       QStringLiteral("w"),
                       QStringLiteral("\u00d6"),  QStringLiteral("\u00c5"),
                       QStringLiteral("\u00c4"),  QStringLiteral("\u00dc")}
        << QStringList{
               QStringLiteral("_a"),      QStringLiteral("-a"),     QStringLiteral("\U0001f600"),
               QStringLiteral("$"),       QStringLiteral("\u20ac"), QStringLiteral("1"),
               QStringLiteral("10"),      QStringLiteral("2"),      QStringLiteral("a"),
               QStringLiteral("A"),       QStringLiteral("\u00e5"), QStringLiteral("\u00c5"),
               QStringLiteral("\u00e4"),  QStringLiteral("\u00c4"), QStringLiteral("a b"),
               QStringLiteral("a_b"),     QStringLiteral("a-b"),    QStringLiteral("a10"),
               QStringLiteral("a9"),      QStringLiteral("aa"),     QStringLiteral("Aa"),
               QStringLiteral("AA"),      QStringLiteral("ab"),     QStringLiteral("ae"),
               QStringLiteral("\u00e6"),  QStringLiteral("b"),      QStringLiteral("B"),
               QStringLiteral("c"),       QStringLiteral("\u010d"), QStringLiteral("ch"),
               QStringLiteral("cz"),      QStringLiteral("d"),      QStringLiteral("\u00f0"),
               QStringLiteral("e"),       QStringLiteral("\u00e9"), QStringLiteral("f"),
               QStringLiteral("h"),       QStringLiteral("\u0131"), QStringLiteral("I"),
               QStringLiteral("i"),       QStringLiteral("\u0130"), QStringLiteral("ll"),
               QStringLiteral("Mueller"), QStringLiteral("Muller"), QStringLiteral("M\u00fcller"),
               QStringLiteral("n"),       QStringLiteral("\u00f1"), QStringLiteral("o"),
               QStringLiteral("\u00f8"),  QStringLiteral("oe"),     QStringLiteral("\u00f6"),
               QStringLiteral("\u00d6"),  QStringLiteral("ss"),     QStringLiteral("\u00df"),
               QStringLiteral("th"),      QStringLiteral("ue"),     QStringLiteral("\u00fc"),
               QStringLiteral("\u00dc"),  QStringLiteral("v"),      QStringLiteral("w"),
               QStringLiteral("x 1"),     QStringLiteral("x-1"),    QStringLiteral("x.1"),
               QStringLiteral("x1"),      QStringLiteral("y"),      QStringLiteral("z"),
               QStringLiteral("Z"),       QStringLiteral("\u00fe")};
    QTest::newRow("cs_CZ.UTF-8")
        << QStringLiteral("cs_CZ.UTF-8") << QStringLiteral("cs-CZ")
        << QStringList{QStringLiteral("a"),       QStringLiteral("B"),
                       QStringLiteral("b"),       QStringLiteral("A"),
                       QStringLiteral("\u00e4"),  QStringLiteral("z"),
                       QStringLiteral("\u00e5"),  QStringLiteral("\u00f6"),
                       QStringLiteral("o"),       QStringLiteral("\u00df"),
                       QStringLiteral("ss"),      QStringLiteral("Z"),
                       QStringLiteral("_a"),      QStringLiteral("-a"),
                       QStringLiteral("a-b"),     QStringLiteral("ab"),
                       QStringLiteral("a_b"),     QStringLiteral("1"),
                       QStringLiteral("10"),      QStringLiteral("2"),
                       QStringLiteral("\u00e9"),  QStringLiteral("e"),
                       QStringLiteral("f"),       QStringLiteral("ch"),
                       QStringLiteral("cz"),      QStringLiteral("h"),
                       QStringLiteral("ll"),      QStringLiteral("th"),
                       QStringLiteral("\u00fe"),  QStringLiteral("\u00e6"),
                       QStringLiteral("ae"),      QStringLiteral("\u00f8"),
                       QStringLiteral("oe"),      QStringLiteral("\u00fc"),
                       QStringLiteral("ue"),      QStringLiteral("y"),
                       QStringLiteral("AA"),      QStringLiteral("aa"),
                       QStringLiteral("Aa"),      QStringLiteral("i"),
                       QStringLiteral("\u0131"),  QStringLiteral("I"),
                       QStringLiteral("\u0130"),  QStringLiteral("\u00f0"),
                       QStringLiteral("d"),       QStringLiteral("\u00f1"),
                       QStringLiteral("n"),       QStringLiteral("x1"),
                       QStringLiteral("x-1"),     QStringLiteral("x 1"),
                       QStringLiteral("x.1"),     QStringLiteral("$"),
                       QStringLiteral("\u20ac"),  QStringLiteral("\U0001f600"),
                       QStringLiteral("a b"),     QStringLiteral("c"),
                       QStringLiteral("\u010d"),  QStringLiteral("M\u00fcller"),
                       QStringLiteral("Mueller"), QStringLiteral("Muller"),
                       QStringLiteral("a10"),     QStringLiteral("a9"),
                       QStringLiteral("v"),       QStringLiteral("w"),
                       QStringLiteral("\u00d6"),  QStringLiteral("\u00c5"),
                       QStringLiteral("\u00c4"),  QStringLiteral("\u00dc")}
        << QStringList{
               QStringLiteral("_a"),      QStringLiteral("-a"),     QStringLiteral("\U0001f600"),
               QStringLiteral("$"),       QStringLiteral("\u20ac"), QStringLiteral("1"),
               QStringLiteral("10"),      QStringLiteral("2"),      QStringLiteral("a"),
               QStringLiteral("A"),       QStringLiteral("\u00e5"), QStringLiteral("\u00c5"),
               QStringLiteral("\u00e4"),  QStringLiteral("\u00c4"), QStringLiteral("a b"),
               QStringLiteral("a_b"),     QStringLiteral("a-b"),    QStringLiteral("a10"),
               QStringLiteral("a9"),      QStringLiteral("aa"),     QStringLiteral("Aa"),
               QStringLiteral("AA"),      QStringLiteral("ab"),     QStringLiteral("ae"),
               QStringLiteral("\u00e6"),  QStringLiteral("b"),      QStringLiteral("B"),
               QStringLiteral("c"),       QStringLiteral("cz"),     QStringLiteral("\u010d"),
               QStringLiteral("d"),       QStringLiteral("\u00f0"), QStringLiteral("e"),
               QStringLiteral("\u00e9"),  QStringLiteral("f"),      QStringLiteral("h"),
               QStringLiteral("ch"),      QStringLiteral("i"),      QStringLiteral("I"),
               QStringLiteral("\u0130"),  QStringLiteral("\u0131"), QStringLiteral("ll"),
               QStringLiteral("Mueller"), QStringLiteral("Muller"), QStringLiteral("M\u00fcller"),
               QStringLiteral("n"),       QStringLiteral("\u00f1"), QStringLiteral("o"),
               QStringLiteral("\u00f6"),  QStringLiteral("\u00d6"), QStringLiteral("\u00f8"),
               QStringLiteral("oe"),      QStringLiteral("ss"),     QStringLiteral("\u00df"),
               QStringLiteral("th"),      QStringLiteral("\u00fc"), QStringLiteral("\u00dc"),
               QStringLiteral("ue"),      QStringLiteral("v"),      QStringLiteral("w"),
               QStringLiteral("x 1"),     QStringLiteral("x-1"),    QStringLiteral("x.1"),
               QStringLiteral("x1"),      QStringLiteral("y"),      QStringLiteral("z"),
               QStringLiteral("Z"),       QStringLiteral("\u00fe")};
    QTest::newRow("es_ES.UTF-8")
        << QStringLiteral("es_ES.UTF-8") << QStringLiteral("es-ES")
        << QStringList{QStringLiteral("a"),       QStringLiteral("B"),
                       QStringLiteral("b"),       QStringLiteral("A"),
                       QStringLiteral("\u00e4"),  QStringLiteral("z"),
                       QStringLiteral("\u00e5"),  QStringLiteral("\u00f6"),
                       QStringLiteral("o"),       QStringLiteral("\u00df"),
                       QStringLiteral("ss"),      QStringLiteral("Z"),
                       QStringLiteral("_a"),      QStringLiteral("-a"),
                       QStringLiteral("a-b"),     QStringLiteral("ab"),
                       QStringLiteral("a_b"),     QStringLiteral("1"),
                       QStringLiteral("10"),      QStringLiteral("2"),
                       QStringLiteral("\u00e9"),  QStringLiteral("e"),
                       QStringLiteral("f"),       QStringLiteral("ch"),
                       QStringLiteral("cz"),      QStringLiteral("h"),
                       QStringLiteral("ll"),      QStringLiteral("th"),
                       QStringLiteral("\u00fe"),  QStringLiteral("\u00e6"),
                       QStringLiteral("ae"),      QStringLiteral("\u00f8"),
                       QStringLiteral("oe"),      QStringLiteral("\u00fc"),
                       QStringLiteral("ue"),      QStringLiteral("y"),
                       QStringLiteral("AA"),      QStringLiteral("aa"),
                       QStringLiteral("Aa"),      QStringLiteral("i"),
                       QStringLiteral("\u0131"),  QStringLiteral("I"),
                       QStringLiteral("\u0130"),  QStringLiteral("\u00f0"),
                       QStringLiteral("d"),       QStringLiteral("\u00f1"),
                       QStringLiteral("n"),       QStringLiteral("x1"),
                       QStringLiteral("x-1"),     QStringLiteral("x 1"),
                       QStringLiteral("x.1"),     QStringLiteral("$"),
                       QStringLiteral("\u20ac"),  QStringLiteral("\U0001f600"),
                       QStringLiteral("a b"),     QStringLiteral("c"),
                       QStringLiteral("\u010d"),  QStringLiteral("M\u00fcller"),
                       QStringLiteral("Mueller"), QStringLiteral("Muller"),
                       QStringLiteral("a10"),     QStringLiteral("a9"),
                       QStringLiteral("v"),       QStringLiteral("w"),
                       QStringLiteral("\u00d6"),  QStringLiteral("\u00c5"),
                       QStringLiteral("\u00c4"),  QStringLiteral("\u00dc")}
        << QStringList{
               QStringLiteral("_a"),      QStringLiteral("-a"),     QStringLiteral("\U0001f600"),
               QStringLiteral("$"),       QStringLiteral("\u20ac"), QStringLiteral("1"),
               QStringLiteral("10"),      QStringLiteral("2"),      QStringLiteral("a"),
               QStringLiteral("A"),       QStringLiteral("\u00e5"), QStringLiteral("\u00c5"),
               QStringLiteral("\u00e4"),  QStringLiteral("\u00c4"), QStringLiteral("a b"),
               QStringLiteral("a_b"),     QStringLiteral("a-b"),    QStringLiteral("a10"),
               QStringLiteral("a9"),      QStringLiteral("aa"),     QStringLiteral("Aa"),
               QStringLiteral("AA"),      QStringLiteral("ab"),     QStringLiteral("ae"),
               QStringLiteral("\u00e6"),  QStringLiteral("b"),      QStringLiteral("B"),
               QStringLiteral("c"),       QStringLiteral("\u010d"), QStringLiteral("ch"),
               QStringLiteral("cz"),      QStringLiteral("d"),      QStringLiteral("\u00f0"),
               QStringLiteral("e"),       QStringLiteral("\u00e9"), QStringLiteral("f"),
               QStringLiteral("h"),       QStringLiteral("i"),      QStringLiteral("I"),
               QStringLiteral("\u0130"),  QStringLiteral("\u0131"), QStringLiteral("ll"),
               QStringLiteral("Mueller"), QStringLiteral("Muller"), QStringLiteral("M\u00fcller"),
               QStringLiteral("n"),       QStringLiteral("\u00f1"), QStringLiteral("o"),
               QStringLiteral("\u00f6"),  QStringLiteral("\u00d6"), QStringLiteral("\u00f8"),
               QStringLiteral("oe"),      QStringLiteral("ss"),     QStringLiteral("\u00df"),
               QStringLiteral("th"),      QStringLiteral("\u00fc"), QStringLiteral("\u00dc"),
               QStringLiteral("ue"),      QStringLiteral("v"),      QStringLiteral("w"),
               QStringLiteral("x 1"),     QStringLiteral("x-1"),    QStringLiteral("x.1"),
               QStringLiteral("x1"),      QStringLiteral("y"),      QStringLiteral("z"),
               QStringLiteral("Z"),       QStringLiteral("\u00fe")};
    QTest::newRow("ja_JP.UTF-8")
        << QStringLiteral("ja_JP.UTF-8") << QStringLiteral("ja-JP")
        << QStringList{QStringLiteral("a"),       QStringLiteral("B"),
                       QStringLiteral("b"),       QStringLiteral("A"),
                       QStringLiteral("\u00e4"),  QStringLiteral("z"),
                       QStringLiteral("\u00e5"),  QStringLiteral("\u00f6"),
                       QStringLiteral("o"),       QStringLiteral("\u00df"),
                       QStringLiteral("ss"),      QStringLiteral("Z"),
                       QStringLiteral("_a"),      QStringLiteral("-a"),
                       QStringLiteral("a-b"),     QStringLiteral("ab"),
                       QStringLiteral("a_b"),     QStringLiteral("1"),
                       QStringLiteral("10"),      QStringLiteral("2"),
                       QStringLiteral("\u00e9"),  QStringLiteral("e"),
                       QStringLiteral("f"),       QStringLiteral("ch"),
                       QStringLiteral("cz"),      QStringLiteral("h"),
                       QStringLiteral("ll"),      QStringLiteral("th"),
                       QStringLiteral("\u00fe"),  QStringLiteral("\u00e6"),
                       QStringLiteral("ae"),      QStringLiteral("\u00f8"),
                       QStringLiteral("oe"),      QStringLiteral("\u00fc"),
                       QStringLiteral("ue"),      QStringLiteral("y"),
                       QStringLiteral("AA"),      QStringLiteral("aa"),
                       QStringLiteral("Aa"),      QStringLiteral("i"),
                       QStringLiteral("\u0131"),  QStringLiteral("I"),
                       QStringLiteral("\u0130"),  QStringLiteral("\u00f0"),
                       QStringLiteral("d"),       QStringLiteral("\u00f1"),
                       QStringLiteral("n"),       QStringLiteral("x1"),
                       QStringLiteral("x-1"),     QStringLiteral("x 1"),
                       QStringLiteral("x.1"),     QStringLiteral("$"),
                       QStringLiteral("\u20ac"),  QStringLiteral("\U0001f600"),
                       QStringLiteral("a b"),     QStringLiteral("c"),
                       QStringLiteral("\u010d"),  QStringLiteral("M\u00fcller"),
                       QStringLiteral("Mueller"), QStringLiteral("Muller"),
                       QStringLiteral("a10"),     QStringLiteral("a9"),
                       QStringLiteral("v"),       QStringLiteral("w"),
                       QStringLiteral("\u00d6"),  QStringLiteral("\u00c5"),
                       QStringLiteral("\u00c4"),  QStringLiteral("\u00dc"),
                       QStringLiteral("\u3042"),  QStringLiteral("\u30a2"),
                       QStringLiteral("\u304b"),  QStringLiteral("\u30ab"),
                       QStringLiteral("\uff76"),  QStringLiteral("\u304c")}
        << QStringList{
               QStringLiteral("_a"),      QStringLiteral("-a"),     QStringLiteral("\U0001f600"),
               QStringLiteral("$"),       QStringLiteral("\u20ac"), QStringLiteral("1"),
               QStringLiteral("10"),      QStringLiteral("2"),      QStringLiteral("a"),
               QStringLiteral("A"),       QStringLiteral("\u00e5"), QStringLiteral("\u00c5"),
               QStringLiteral("\u00e4"),  QStringLiteral("\u00c4"), QStringLiteral("a b"),
               QStringLiteral("a_b"),     QStringLiteral("a-b"),    QStringLiteral("a10"),
               QStringLiteral("a9"),      QStringLiteral("aa"),     QStringLiteral("Aa"),
               QStringLiteral("AA"),      QStringLiteral("ab"),     QStringLiteral("ae"),
               QStringLiteral("\u00e6"),  QStringLiteral("b"),      QStringLiteral("B"),
               QStringLiteral("c"),       QStringLiteral("\u010d"), QStringLiteral("ch"),
               QStringLiteral("cz"),      QStringLiteral("d"),      QStringLiteral("\u00f0"),
               QStringLiteral("e"),       QStringLiteral("\u00e9"), QStringLiteral("f"),
               QStringLiteral("h"),       QStringLiteral("i"),      QStringLiteral("I"),
               QStringLiteral("\u0130"),  QStringLiteral("\u0131"), QStringLiteral("ll"),
               QStringLiteral("Mueller"), QStringLiteral("Muller"), QStringLiteral("M\u00fcller"),
               QStringLiteral("n"),       QStringLiteral("\u00f1"), QStringLiteral("o"),
               QStringLiteral("\u00f6"),  QStringLiteral("\u00d6"), QStringLiteral("\u00f8"),
               QStringLiteral("oe"),      QStringLiteral("ss"),     QStringLiteral("\u00df"),
               QStringLiteral("th"),      QStringLiteral("\u00fc"), QStringLiteral("\u00dc"),
               QStringLiteral("ue"),      QStringLiteral("v"),      QStringLiteral("w"),
               QStringLiteral("x 1"),     QStringLiteral("x-1"),    QStringLiteral("x.1"),
               QStringLiteral("x1"),      QStringLiteral("y"),      QStringLiteral("z"),
               QStringLiteral("Z"),       QStringLiteral("\u00fe"), QStringLiteral("\u3042"),
               QStringLiteral("\u30a2"),  QStringLiteral("\u304b"), QStringLiteral("\u30ab"),
               QStringLiteral("\uff76"),  QStringLiteral("\u304c")};
    QTest::newRow("th_TH.UTF-8")
        << QStringLiteral("th_TH.UTF-8") << QStringLiteral("th-TH")
        << QStringList{QStringLiteral("a"),       QStringLiteral("B"),
                       QStringLiteral("b"),       QStringLiteral("A"),
                       QStringLiteral("\u00e4"),  QStringLiteral("z"),
                       QStringLiteral("\u00e5"),  QStringLiteral("\u00f6"),
                       QStringLiteral("o"),       QStringLiteral("\u00df"),
                       QStringLiteral("ss"),      QStringLiteral("Z"),
                       QStringLiteral("_a"),      QStringLiteral("-a"),
                       QStringLiteral("a-b"),     QStringLiteral("ab"),
                       QStringLiteral("a_b"),     QStringLiteral("1"),
                       QStringLiteral("10"),      QStringLiteral("2"),
                       QStringLiteral("\u00e9"),  QStringLiteral("e"),
                       QStringLiteral("f"),       QStringLiteral("ch"),
                       QStringLiteral("cz"),      QStringLiteral("h"),
                       QStringLiteral("ll"),      QStringLiteral("th"),
                       QStringLiteral("\u00fe"),  QStringLiteral("\u00e6"),
                       QStringLiteral("ae"),      QStringLiteral("\u00f8"),
                       QStringLiteral("oe"),      QStringLiteral("\u00fc"),
                       QStringLiteral("ue"),      QStringLiteral("y"),
                       QStringLiteral("AA"),      QStringLiteral("aa"),
                       QStringLiteral("Aa"),      QStringLiteral("i"),
                       QStringLiteral("\u0131"),  QStringLiteral("I"),
                       QStringLiteral("\u0130"),  QStringLiteral("\u00f0"),
                       QStringLiteral("d"),       QStringLiteral("\u00f1"),
                       QStringLiteral("n"),       QStringLiteral("x1"),
                       QStringLiteral("x-1"),     QStringLiteral("x 1"),
                       QStringLiteral("x.1"),     QStringLiteral("$"),
                       QStringLiteral("\u20ac"),  QStringLiteral("\U0001f600"),
                       QStringLiteral("a b"),     QStringLiteral("c"),
                       QStringLiteral("\u010d"),  QStringLiteral("M\u00fcller"),
                       QStringLiteral("Mueller"), QStringLiteral("Muller"),
                       QStringLiteral("a10"),     QStringLiteral("a9"),
                       QStringLiteral("v"),       QStringLiteral("w"),
                       QStringLiteral("\u00d6"),  QStringLiteral("\u00c5"),
                       QStringLiteral("\u00c4"),  QStringLiteral("\u00dc"),
                       QStringLiteral("a-b"),     QStringLiteral("ab"),
                       QStringLiteral("a b"),     QStringLiteral("a.b"),
                       QStringLiteral("a_b")}
        << QStringList{QStringLiteral("\U0001f600"), QStringLiteral("$"),
                       QStringLiteral("\u20ac"),     QStringLiteral("1"),
                       QStringLiteral("10"),         QStringLiteral("2"),
                       QStringLiteral("a"),          QStringLiteral("_a"),
                       QStringLiteral("-a"),         QStringLiteral("A"),
                       QStringLiteral("\u00e5"),     QStringLiteral("\u00c5"),
                       QStringLiteral("\u00e4"),     QStringLiteral("\u00c4"),
                       QStringLiteral("a10"),        QStringLiteral("a9"),
                       QStringLiteral("aa"),         QStringLiteral("Aa"),
                       QStringLiteral("AA"),         QStringLiteral("a-b"),
                       QStringLiteral("ab"),         QStringLiteral("a_b"),
                       QStringLiteral("a b"),        QStringLiteral("a-b"),
                       QStringLiteral("ab"),         QStringLiteral("a b"),
                       QStringLiteral("a.b"),        QStringLiteral("a_b"),
                       QStringLiteral("ae"),         QStringLiteral("\u00e6"),
                       QStringLiteral("b"),          QStringLiteral("B"),
                       QStringLiteral("c"),          QStringLiteral("\u010d"),
                       QStringLiteral("ch"),         QStringLiteral("cz"),
                       QStringLiteral("d"),          QStringLiteral("\u00f0"),
                       QStringLiteral("e"),          QStringLiteral("\u00e9"),
                       QStringLiteral("f"),          QStringLiteral("h"),
                       QStringLiteral("i"),          QStringLiteral("I"),
                       QStringLiteral("\u0130"),     QStringLiteral("\u0131"),
                       QStringLiteral("ll"),         QStringLiteral("Mueller"),
                       QStringLiteral("Muller"),     QStringLiteral("M\u00fcller"),
                       QStringLiteral("n"),          QStringLiteral("\u00f1"),
                       QStringLiteral("o"),          QStringLiteral("\u00f6"),
                       QStringLiteral("\u00d6"),     QStringLiteral("\u00f8"),
                       QStringLiteral("oe"),         QStringLiteral("ss"),
                       QStringLiteral("\u00df"),     QStringLiteral("th"),
                       QStringLiteral("\u00fc"),     QStringLiteral("\u00dc"),
                       QStringLiteral("ue"),         QStringLiteral("v"),
                       QStringLiteral("w"),          QStringLiteral("x1"),
                       QStringLiteral("x-1"),        QStringLiteral("x 1"),
                       QStringLiteral("x.1"),        QStringLiteral("y"),
                       QStringLiteral("z"),          QStringLiteral("Z"),
                       QStringLiteral("\u00fe")};
    QTest::newRow("en-US-u-kn-true")
        << QStringLiteral("en-US-u-kn-true") << QStringLiteral("en-US-u-kn")
        << QStringList{QStringLiteral("a"),       QStringLiteral("B"),
                       QStringLiteral("b"),       QStringLiteral("A"),
                       QStringLiteral("\u00e4"),  QStringLiteral("z"),
                       QStringLiteral("\u00e5"),  QStringLiteral("\u00f6"),
                       QStringLiteral("o"),       QStringLiteral("\u00df"),
                       QStringLiteral("ss"),      QStringLiteral("Z"),
                       QStringLiteral("_a"),      QStringLiteral("-a"),
                       QStringLiteral("a-b"),     QStringLiteral("ab"),
                       QStringLiteral("a_b"),     QStringLiteral("1"),
                       QStringLiteral("10"),      QStringLiteral("2"),
                       QStringLiteral("\u00e9"),  QStringLiteral("e"),
                       QStringLiteral("f"),       QStringLiteral("ch"),
                       QStringLiteral("cz"),      QStringLiteral("h"),
                       QStringLiteral("ll"),      QStringLiteral("th"),
                       QStringLiteral("\u00fe"),  QStringLiteral("\u00e6"),
                       QStringLiteral("ae"),      QStringLiteral("\u00f8"),
                       QStringLiteral("oe"),      QStringLiteral("\u00fc"),
                       QStringLiteral("ue"),      QStringLiteral("y"),
                       QStringLiteral("AA"),      QStringLiteral("aa"),
                       QStringLiteral("Aa"),      QStringLiteral("i"),
                       QStringLiteral("\u0131"),  QStringLiteral("I"),
                       QStringLiteral("\u0130"),  QStringLiteral("\u00f0"),
                       QStringLiteral("d"),       QStringLiteral("\u00f1"),
                       QStringLiteral("n"),       QStringLiteral("x1"),
                       QStringLiteral("x-1"),     QStringLiteral("x 1"),
                       QStringLiteral("x.1"),     QStringLiteral("$"),
                       QStringLiteral("\u20ac"),  QStringLiteral("\U0001f600"),
                       QStringLiteral("a b"),     QStringLiteral("c"),
                       QStringLiteral("\u010d"),  QStringLiteral("M\u00fcller"),
                       QStringLiteral("Mueller"), QStringLiteral("Muller"),
                       QStringLiteral("a10"),     QStringLiteral("a9"),
                       QStringLiteral("v"),       QStringLiteral("w"),
                       QStringLiteral("\u00d6"),  QStringLiteral("\u00c5"),
                       QStringLiteral("\u00c4"),  QStringLiteral("\u00dc")}
        << QStringList{
               QStringLiteral("_a"),      QStringLiteral("-a"),     QStringLiteral("\U0001f600"),
               QStringLiteral("$"),       QStringLiteral("\u20ac"), QStringLiteral("1"),
               QStringLiteral("2"),       QStringLiteral("10"),     QStringLiteral("a"),
               QStringLiteral("A"),       QStringLiteral("\u00e5"), QStringLiteral("\u00c5"),
               QStringLiteral("\u00e4"),  QStringLiteral("\u00c4"), QStringLiteral("a b"),
               QStringLiteral("a_b"),     QStringLiteral("a-b"),    QStringLiteral("a9"),
               QStringLiteral("a10"),     QStringLiteral("aa"),     QStringLiteral("Aa"),
               QStringLiteral("AA"),      QStringLiteral("ab"),     QStringLiteral("ae"),
               QStringLiteral("\u00e6"),  QStringLiteral("b"),      QStringLiteral("B"),
               QStringLiteral("c"),       QStringLiteral("\u010d"), QStringLiteral("ch"),
               QStringLiteral("cz"),      QStringLiteral("d"),      QStringLiteral("\u00f0"),
               QStringLiteral("e"),       QStringLiteral("\u00e9"), QStringLiteral("f"),
               QStringLiteral("h"),       QStringLiteral("i"),      QStringLiteral("I"),
               QStringLiteral("\u0130"),  QStringLiteral("\u0131"), QStringLiteral("ll"),
               QStringLiteral("Mueller"), QStringLiteral("Muller"), QStringLiteral("M\u00fcller"),
               QStringLiteral("n"),       QStringLiteral("\u00f1"), QStringLiteral("o"),
               QStringLiteral("\u00f6"),  QStringLiteral("\u00d6"), QStringLiteral("\u00f8"),
               QStringLiteral("oe"),      QStringLiteral("ss"),     QStringLiteral("\u00df"),
               QStringLiteral("th"),      QStringLiteral("\u00fc"), QStringLiteral("\u00dc"),
               QStringLiteral("ue"),      QStringLiteral("v"),      QStringLiteral("w"),
               QStringLiteral("x 1"),     QStringLiteral("x-1"),    QStringLiteral("x.1"),
               QStringLiteral("x1"),      QStringLiteral("y"),      QStringLiteral("z"),
               QStringLiteral("Z"),       QStringLiteral("\u00fe")};
    QTest::newRow("de-DE-u-co-phonebk")
        << QStringLiteral("de-DE-u-co-phonebk") << QStringLiteral("de-DE-u-co-phonebk")
        << QStringList{QStringLiteral("a"),       QStringLiteral("B"),
                       QStringLiteral("b"),       QStringLiteral("A"),
                       QStringLiteral("\u00e4"),  QStringLiteral("z"),
                       QStringLiteral("\u00e5"),  QStringLiteral("\u00f6"),
                       QStringLiteral("o"),       QStringLiteral("\u00df"),
                       QStringLiteral("ss"),      QStringLiteral("Z"),
                       QStringLiteral("_a"),      QStringLiteral("-a"),
                       QStringLiteral("a-b"),     QStringLiteral("ab"),
                       QStringLiteral("a_b"),     QStringLiteral("1"),
                       QStringLiteral("10"),      QStringLiteral("2"),
                       QStringLiteral("\u00e9"),  QStringLiteral("e"),
                       QStringLiteral("f"),       QStringLiteral("ch"),
                       QStringLiteral("cz"),      QStringLiteral("h"),
                       QStringLiteral("ll"),      QStringLiteral("th"),
                       QStringLiteral("\u00fe"),  QStringLiteral("\u00e6"),
                       QStringLiteral("ae"),      QStringLiteral("\u00f8"),
                       QStringLiteral("oe"),      QStringLiteral("\u00fc"),
                       QStringLiteral("ue"),      QStringLiteral("y"),
                       QStringLiteral("AA"),      QStringLiteral("aa"),
                       QStringLiteral("Aa"),      QStringLiteral("i"),
                       QStringLiteral("\u0131"),  QStringLiteral("I"),
                       QStringLiteral("\u0130"),  QStringLiteral("\u00f0"),
                       QStringLiteral("d"),       QStringLiteral("\u00f1"),
                       QStringLiteral("n"),       QStringLiteral("x1"),
                       QStringLiteral("x-1"),     QStringLiteral("x 1"),
                       QStringLiteral("x.1"),     QStringLiteral("$"),
                       QStringLiteral("\u20ac"),  QStringLiteral("\U0001f600"),
                       QStringLiteral("a b"),     QStringLiteral("c"),
                       QStringLiteral("\u010d"),  QStringLiteral("M\u00fcller"),
                       QStringLiteral("Mueller"), QStringLiteral("Muller"),
                       QStringLiteral("a10"),     QStringLiteral("a9"),
                       QStringLiteral("v"),       QStringLiteral("w"),
                       QStringLiteral("\u00d6"),  QStringLiteral("\u00c5"),
                       QStringLiteral("\u00c4"),  QStringLiteral("\u00dc")}
        << QStringList{QStringLiteral("_a"),         QStringLiteral("-a"),
                       QStringLiteral("\U0001f600"), QStringLiteral("$"),
                       QStringLiteral("\u20ac"),     QStringLiteral("1"),
                       QStringLiteral("10"),         QStringLiteral("2"),
                       QStringLiteral("a"),          QStringLiteral("A"),
                       QStringLiteral("\u00e5"),     QStringLiteral("\u00c5"),
                       QStringLiteral("a b"),        QStringLiteral("a_b"),
                       QStringLiteral("a-b"),        QStringLiteral("a10"),
                       QStringLiteral("a9"),         QStringLiteral("aa"),
                       QStringLiteral("Aa"),         QStringLiteral("AA"),
                       QStringLiteral("ab"),         QStringLiteral("ae"),
                       QStringLiteral("\u00e4"),     QStringLiteral("\u00c4"),
                       QStringLiteral("\u00e6"),     QStringLiteral("b"),
                       QStringLiteral("B"),          QStringLiteral("c"),
                       QStringLiteral("\u010d"),     QStringLiteral("ch"),
                       QStringLiteral("cz"),         QStringLiteral("d"),
                       QStringLiteral("\u00f0"),     QStringLiteral("e"),
                       QStringLiteral("\u00e9"),     QStringLiteral("f"),
                       QStringLiteral("h"),          QStringLiteral("i"),
                       QStringLiteral("I"),          QStringLiteral("\u0130"),
                       QStringLiteral("\u0131"),     QStringLiteral("ll"),
                       QStringLiteral("Mueller"),    QStringLiteral("M\u00fcller"),
                       QStringLiteral("Muller"),     QStringLiteral("n"),
                       QStringLiteral("\u00f1"),     QStringLiteral("o"),
                       QStringLiteral("\u00f8"),     QStringLiteral("oe"),
                       QStringLiteral("\u00f6"),     QStringLiteral("\u00d6"),
                       QStringLiteral("ss"),         QStringLiteral("\u00df"),
                       QStringLiteral("th"),         QStringLiteral("ue"),
                       QStringLiteral("\u00fc"),     QStringLiteral("\u00dc"),
                       QStringLiteral("v"),          QStringLiteral("w"),
                       QStringLiteral("x 1"),        QStringLiteral("x-1"),
                       QStringLiteral("x.1"),        QStringLiteral("x1"),
                       QStringLiteral("y"),          QStringLiteral("z"),
                       QStringLiteral("Z"),          QStringLiteral("\u00fe")};
    QTest::newRow("sv-u-kf-upper")
        << QStringLiteral("sv-u-kf-upper") << QStringLiteral("sv-u-kf-upper")
        << QStringList{QStringLiteral("a"),       QStringLiteral("B"),
                       QStringLiteral("b"),       QStringLiteral("A"),
                       QStringLiteral("\u00e4"),  QStringLiteral("z"),
                       QStringLiteral("\u00e5"),  QStringLiteral("\u00f6"),
                       QStringLiteral("o"),       QStringLiteral("\u00df"),
                       QStringLiteral("ss"),      QStringLiteral("Z"),
                       QStringLiteral("_a"),      QStringLiteral("-a"),
                       QStringLiteral("a-b"),     QStringLiteral("ab"),
                       QStringLiteral("a_b"),     QStringLiteral("1"),
                       QStringLiteral("10"),      QStringLiteral("2"),
                       QStringLiteral("\u00e9"),  QStringLiteral("e"),
                       QStringLiteral("f"),       QStringLiteral("ch"),
                       QStringLiteral("cz"),      QStringLiteral("h"),
                       QStringLiteral("ll"),      QStringLiteral("th"),
                       QStringLiteral("\u00fe"),  QStringLiteral("\u00e6"),
                       QStringLiteral("ae"),      QStringLiteral("\u00f8"),
                       QStringLiteral("oe"),      QStringLiteral("\u00fc"),
                       QStringLiteral("ue"),      QStringLiteral("y"),
                       QStringLiteral("AA"),      QStringLiteral("aa"),
                       QStringLiteral("Aa"),      QStringLiteral("i"),
                       QStringLiteral("\u0131"),  QStringLiteral("I"),
                       QStringLiteral("\u0130"),  QStringLiteral("\u00f0"),
                       QStringLiteral("d"),       QStringLiteral("\u00f1"),
                       QStringLiteral("n"),       QStringLiteral("x1"),
                       QStringLiteral("x-1"),     QStringLiteral("x 1"),
                       QStringLiteral("x.1"),     QStringLiteral("$"),
                       QStringLiteral("\u20ac"),  QStringLiteral("\U0001f600"),
                       QStringLiteral("a b"),     QStringLiteral("c"),
                       QStringLiteral("\u010d"),  QStringLiteral("M\u00fcller"),
                       QStringLiteral("Mueller"), QStringLiteral("Muller"),
                       QStringLiteral("a10"),     QStringLiteral("a9"),
                       QStringLiteral("v"),       QStringLiteral("w"),
                       QStringLiteral("\u00d6"),  QStringLiteral("\u00c5"),
                       QStringLiteral("\u00c4"),  QStringLiteral("\u00dc")}
        << QStringList{QStringLiteral("_a"),         QStringLiteral("-a"),
                       QStringLiteral("\U0001f600"), QStringLiteral("$"),
                       QStringLiteral("\u20ac"),     QStringLiteral("1"),
                       QStringLiteral("10"),         QStringLiteral("2"),
                       QStringLiteral("A"),          QStringLiteral("a"),
                       QStringLiteral("a b"),        QStringLiteral("a_b"),
                       QStringLiteral("a-b"),        QStringLiteral("a10"),
                       QStringLiteral("a9"),         QStringLiteral("AA"),
                       QStringLiteral("Aa"),         QStringLiteral("aa"),
                       QStringLiteral("ab"),         QStringLiteral("ae"),
                       QStringLiteral("B"),          QStringLiteral("b"),
                       QStringLiteral("c"),          QStringLiteral("\u010d"),
                       QStringLiteral("ch"),         QStringLiteral("cz"),
                       QStringLiteral("d"),          QStringLiteral("\u00f0"),
                       QStringLiteral("e"),          QStringLiteral("\u00e9"),
                       QStringLiteral("f"),          QStringLiteral("h"),
                       QStringLiteral("I"),          QStringLiteral("i"),
                       QStringLiteral("\u0130"),     QStringLiteral("\u0131"),
                       QStringLiteral("ll"),         QStringLiteral("Mueller"),
                       QStringLiteral("Muller"),     QStringLiteral("M\u00fcller"),
                       QStringLiteral("n"),          QStringLiteral("\u00f1"),
                       QStringLiteral("o"),          QStringLiteral("oe"),
                       QStringLiteral("ss"),         QStringLiteral("\u00df"),
                       QStringLiteral("th"),         QStringLiteral("\u00fe"),
                       QStringLiteral("ue"),         QStringLiteral("v"),
                       QStringLiteral("w"),          QStringLiteral("x 1"),
                       QStringLiteral("x-1"),        QStringLiteral("x.1"),
                       QStringLiteral("x1"),         QStringLiteral("y"),
                       QStringLiteral("\u00dc"),     QStringLiteral("\u00fc"),
                       QStringLiteral("Z"),          QStringLiteral("z"),
                       QStringLiteral("\u00c5"),     QStringLiteral("\u00e5"),
                       QStringLiteral("\u00c4"),     QStringLiteral("\u00e4"),
                       QStringLiteral("\u00e6"),     QStringLiteral("\u00d6"),
                       QStringLiteral("\u00f6"),     QStringLiteral("\u00f8")};
}

void TestJsCollator::sortOrder()
{
    QFETCH(QString, locale);
    QFETCH(QString, resolvedName);
    QFETCH(QStringList, input);
    QFETCH(QStringList, expected);
    const JsCollator collator = JsCollator::forLocale(locale);
    QCOMPARE(collator.localeName(), resolvedName);
    QCOMPARE(sorted(collator, input), expected);
}

void TestJsCollator::localeNames_data()
{
    QTest::addColumn<QString>("posixName");
    QTest::addColumn<QString>("expected");

    QTest::newRow("C.UTF-8") << QStringLiteral("C.UTF-8") << QStringLiteral("en-US");
    QTest::newRow("C.utf8") << QStringLiteral("C.utf8") << QStringLiteral("en-US");
    QTest::newRow("C") << QStringLiteral("C") << QStringLiteral("en-US");
    QTest::newRow("POSIX") << QStringLiteral("POSIX") << QStringLiteral("en-US");
    QTest::newRow("c") << QStringLiteral("c") << QStringLiteral("en-US");
    QTest::newRow("(empty)") << QStringLiteral("") << QStringLiteral("und");
    QTest::newRow("en_US.UTF-8") << QStringLiteral("en_US.UTF-8") << QStringLiteral("en-US");
    QTest::newRow("en_US") << QStringLiteral("en_US") << QStringLiteral("en-US");
    QTest::newRow("en_US_POSIX") << QStringLiteral("en_US_POSIX") << QStringLiteral("en-US");
    QTest::newRow("de_DE.UTF-8") << QStringLiteral("de_DE.UTF-8") << QStringLiteral("de-DE");
    QTest::newRow("de_DE.UTF-8@euro")
        << QStringLiteral("de_DE.UTF-8@euro") << QStringLiteral("de-DE-x-lvariant-euro");
    QTest::newRow("de_DE@collation=phonebook")
        << QStringLiteral("de_DE@collation=phonebook") << QStringLiteral("de-DE");
    QTest::newRow("sv_SE.ISO-8859-1")
        << QStringLiteral("sv_SE.ISO-8859-1") << QStringLiteral("sv-SE");
    QTest::newRow("sv") << QStringLiteral("sv") << QStringLiteral("sv");
    QTest::newRow("sv-SE") << QStringLiteral("sv-SE") << QStringLiteral("sv-SE");
    QTest::newRow("no_NO@nynorsk")
        << QStringLiteral("no_NO@nynorsk") << QStringLiteral("no-NO-x-lvariant-ny");
    QTest::newRow("sr_RS@latin") << QStringLiteral("sr_RS@latin") << QStringLiteral("sr-RS-latin");
    QTest::newRow("ca_ES@valencia")
        << QStringLiteral("ca_ES@valencia") << QStringLiteral("ca-ES-valencia");
    QTest::newRow("iw_IL") << QStringLiteral("iw_IL") << QStringLiteral("he-IL");
    QTest::newRow("zh_TW.UTF-8") << QStringLiteral("zh_TW.UTF-8") << QStringLiteral("zh-TW");
    QTest::newRow("xx_YY.UTF-8") << QStringLiteral("xx_YY.UTF-8") << QStringLiteral("xx-YY");
    QTest::newRow("garbage!!") << QStringLiteral("garbage!!") << QStringLiteral("und");
    QTest::newRow("en-US-u-kn-true")
        << QStringLiteral("en-US-u-kn-true") << QStringLiteral("en-US-u-kn");
    QTest::newRow("en-u-co-search") << QStringLiteral("en-u-co-search") << QStringLiteral("en");
    QTest::newRow("de-u-ka-shifted") << QStringLiteral("de-u-ka-shifted") << QStringLiteral("de");
    QTest::newRow("POSIX.UTF-8") << QStringLiteral("POSIX.UTF-8") << QStringLiteral("en-US");
    QTest::newRow("C.UTF-8@x") << QStringLiteral("C.UTF-8@x")
                               << QStringLiteral("en-US-posix-x-lvariant-x");
}

void TestJsCollator::localeNames()
{
    QFETCH(QString, posixName);
    QFETCH(QString, expected);
    QCOMPARE(JsCollator::forLocale(posixName).localeName(), expected);
}

void TestJsCollator::fromEnvironment_data()
{
    // A null QByteArray means the variable is unset.
    QTest::addColumn<QByteArray>("lcAll");
    QTest::addColumn<QByteArray>("lcMessages");
    QTest::addColumn<QByteArray>("lang");
    QTest::addColumn<QByteArray>("lcCollate");
    QTest::addColumn<QByteArray>("lcCtype");
    QTest::addColumn<QByteArray>("language");
    QTest::addColumn<QString>("expected");

    QTest::newRow("unset") << QByteArray() << QByteArray() << QByteArray() << QByteArray()
                           << QByteArray() << QByteArray() << QStringLiteral("en-US");
    QTest::newRow("LANG") << QByteArray() << QByteArray() << QByteArray("sv_SE.UTF-8", 11)
                          << QByteArray() << QByteArray() << QByteArray()
                          << QStringLiteral("sv-SE");
    QTest::newRow("LC_ALL over LANG")
        << QByteArray("sv_SE.UTF-8", 11) << QByteArray() << QByteArray("de_DE.UTF-8", 11)
        << QByteArray() << QByteArray() << QByteArray() << QStringLiteral("sv-SE");
    QTest::newRow("LC_MESSAGES over LANG")
        << QByteArray() << QByteArray("sv_SE.UTF-8", 11) << QByteArray("de_DE.UTF-8", 11)
        << QByteArray() << QByteArray() << QByteArray() << QStringLiteral("sv-SE");
    QTest::newRow("LC_ALL over LC_MESSAGES")
        << QByteArray("da_DK.UTF-8", 11) << QByteArray("sv_SE.UTF-8", 11)
        << QByteArray("de_DE.UTF-8", 11) << QByteArray() << QByteArray() << QByteArray()
        << QStringLiteral("da-DK");
    QTest::newRow("LC_COLLATE ignored")
        << QByteArray() << QByteArray() << QByteArray("de_DE.UTF-8", 11)
        << QByteArray("sv_SE.UTF-8", 11) << QByteArray() << QByteArray() << QStringLiteral("de-DE");
    QTest::newRow("LC_CTYPE ignored")
        << QByteArray() << QByteArray() << QByteArray("de_DE.UTF-8", 11) << QByteArray()
        << QByteArray("sv_SE.UTF-8", 11) << QByteArray() << QStringLiteral("de-DE");
    QTest::newRow("LANGUAGE ignored")
        << QByteArray() << QByteArray() << QByteArray("de_DE.UTF-8", 11) << QByteArray()
        << QByteArray() << QByteArray("sv_SE", 5) << QStringLiteral("de-DE");
    QTest::newRow("empty LC_ALL counts")
        << QByteArray("", 0) << QByteArray() << QByteArray("sv_SE.UTF-8", 11) << QByteArray()
        << QByteArray() << QByteArray() << QStringLiteral("und");
    QTest::newRow("empty LC_MESSAGES counts")
        << QByteArray() << QByteArray("", 0) << QByteArray("sv_SE.UTF-8", 11) << QByteArray()
        << QByteArray() << QByteArray() << QStringLiteral("und");
    QTest::newRow("LC_ALL=C") << QByteArray("C", 1) << QByteArray() << QByteArray("sv_SE.UTF-8", 11)
                              << QByteArray() << QByteArray() << QByteArray()
                              << QStringLiteral("en-US");
    QTest::newRow("LC_ALL=C.UTF-8")
        << QByteArray("C.UTF-8", 7) << QByteArray() << QByteArray("sv_SE.UTF-8", 11) << QByteArray()
        << QByteArray() << QByteArray() << QStringLiteral("en-US");
    QTest::newRow("LC_MESSAGES=POSIX")
        << QByteArray() << QByteArray("POSIX", 5) << QByteArray("sv_SE.UTF-8", 11) << QByteArray()
        << QByteArray() << QByteArray() << QStringLiteral("en-US");
    QTest::newRow("only LC_COLLATE")
        << QByteArray() << QByteArray() << QByteArray() << QByteArray("sv_SE.UTF-8", 11)
        << QByteArray() << QByteArray() << QStringLiteral("en-US");
}

void TestJsCollator::fromEnvironment()
{
    QFETCH(QByteArray, lcAll);
    QFETCH(QByteArray, lcMessages);
    QFETCH(QByteArray, lang);
    QFETCH(QByteArray, lcCollate);
    QFETCH(QByteArray, lcCtype);
    QFETCH(QByteArray, language);
    QFETCH(QString, expected);

    const EnvironmentGuard guard;
    EnvironmentGuard::set("LC_ALL", lcAll);
    EnvironmentGuard::set("LC_MESSAGES", lcMessages);
    EnvironmentGuard::set("LANG", lang);
    EnvironmentGuard::set("LC_COLLATE", lcCollate);
    EnvironmentGuard::set("LC_CTYPE", lcCtype);
    EnvironmentGuard::set("LANGUAGE", language);
    const JsCollator collator = JsCollator::fromEnvironment();
    QCOMPARE(collator.localeName(), expected);
    // The order follows the name: "z" < "\u00e4" only in Swedish-like collations.
    const bool swedishLike =
        expected.startsWith(QLatin1String("sv")) || expected.startsWith(QLatin1String("da"));
    QCOMPARE(collator.compare(QStringLiteral("z"), QStringLiteral("\u00e4")) < 0, swedishLike);
}

void TestJsCollator::equalStrings()
{
    const JsCollator collator = JsCollator::forLocale(QStringLiteral("C.UTF-8"));
    // Canonically equivalent strings are equal (ECMA-402 requires normalisation)...
    QCOMPARE(collator.compare(QStringLiteral("\u00e9"), QStringLiteral("e\u0301")), 0);
    // ...and completely ignorable characters do not count at tertiary strength.
    QCOMPARE(collator.compare(QStringLiteral("ab"), QString(QLatin1String("a\0b", 3))), 0);
    QCOMPARE(collator.compare(QStringLiteral("a"), QStringLiteral("a")), 0);
    QCOMPARE(collator.compare(QString(), QString()), 0);
    QCOMPARE(collator.compare(QString(), QStringLiteral("a")), -1);
    QCOMPARE(collator.compare(QStringLiteral("b"), QStringLiteral("a")), 1);
    QCOMPARE(collator.compare(QStringLiteral("a"), QStringLiteral("A")), -1);
    // Hiragana and katakana differ only at the quaternary level, which V8 never uses: "ja"
    // calls them equal, while other locales tell them apart at the tertiary level.
    const JsCollator japanese = JsCollator::forLocale(QStringLiteral("ja_JP.UTF-8"));
    QCOMPARE(japanese.compare(QStringLiteral("\u3042"), QStringLiteral("\u30a2")), 0);
    QCOMPARE(collator.compare(QStringLiteral("\u3042"), QStringLiteral("\u30a2")), -1);
    // Thai ignores punctuation by default (ICU's locale default, kept by V8).
    const JsCollator thai = JsCollator::forLocale(QStringLiteral("th_TH.UTF-8"));
    QCOMPARE(thai.compare(QStringLiteral("a-b"), QStringLiteral("ab")), 0);
    QCOMPARE(collator.compare(QStringLiteral("a-b"), QStringLiteral("ab")), -1);
}

void TestJsCollator::stableTies()
{
    // Node: ["ab","\u00e9","a\0b","e\u0301","Ab"].sort((a,b)=>a.localeCompare(b))
    //   -> ["ab","a\0b","Ab","\u00e9","e\u0301"] (ties keep their input order)
    const JsCollator collator = JsCollator::forLocale(QStringLiteral("C.UTF-8"));
    const QString nulInside(QLatin1String("a\0b", 3));
    const QStringList input{QStringLiteral("ab"), QStringLiteral("\u00e9"), nulInside,
                            QStringLiteral("e\u0301"), QStringLiteral("Ab")};
    const QStringList expected{QStringLiteral("ab"), nulInside, QStringLiteral("Ab"),
                               QStringLiteral("\u00e9"), QStringLiteral("e\u0301")};
    QCOMPARE(sorted(collator, input), expected);
    QStringList reversedTies = input;
    std::swap(reversedTies[0], reversedTies[2]);
    std::swap(reversedTies[1], reversedTies[3]);
    const QStringList expectedReversed{nulInside, QStringLiteral("ab"), QStringLiteral("Ab"),
                                       QStringLiteral("e\u0301"), QStringLiteral("\u00e9")};
    QCOMPARE(sorted(collator, reversedTies), expectedReversed);
}

void TestJsCollator::copies()
{
    const JsCollator swedish = JsCollator::forLocale(QStringLiteral("sv_SE.UTF-8"));
    JsCollator copy = swedish;
    QCOMPARE(copy.localeName(), QStringLiteral("sv-SE"));
    QCOMPARE(copy.compare(QStringLiteral("z"), QStringLiteral("\u00e4")), -1);
    copy = JsCollator::forLocale(QStringLiteral("de_DE.UTF-8"));
    QCOMPARE(copy.localeName(), QStringLiteral("de-DE"));
    QCOMPARE(copy.compare(QStringLiteral("z"), QStringLiteral("\u00e4")), 1);
    QCOMPARE(swedish.compare(QStringLiteral("z"), QStringLiteral("\u00e4")), -1);
}

void TestJsCollator::sortedDeep_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QByteArray>("expected");

    // directus-sync's sortObjectDeep, then JSON.stringify(…, null, 2) + "\n".
    QTest::newRow("C.UTF-8")
        << QStringLiteral("C.UTF-8")
        << QByteArray(
               "{\n  \"a\": {\n    \"2\": \"x\",\n    \"10\": \"y\",\n    \"01\": \"z\",\n    "
               "\"z\": [\n      {\n        \"9\": 4,\n        \"10\": 3,\n        \"_\": 18,\n     "
               "   \"_id\": 8,\n        \"-x\": 9,\n        \"\xc3\xa5\": 15,\n        "
               "\"\xc3\xa4\": 6,\n        \"\xc3\x84\": 5,\n        \"aa\": 16,\n        "
               "\"a\\u0000b\": 10,\n        \"ab\": 11,\n        \"ae\": 7,\n        \"o\": 14,\n  "
               "      \"\xc3\xb6\": 13,\n        \"x\": 2,\n        \"y\": 1,\n        \"Z\": "
               "17,\n        \"zz\": 12\n      }\n    ],\n    \"Z\": null\n  },\n  \"A\": [],\n  "
               "\"b\": 1,\n  \"B\": 2,\n  \"c\": 3,\n  \"ch\": 2,\n  \"collection\": \"x\",\n  "
               "\"collections\": [\n    {\n      \"collection\": \"t\",\n      \"meta\": {\n       "
               " \"icon\": \"box\",\n        \"note\": null,\n        \"sort\": 1\n      },\n      "
               "\"schema\": {\n        \"name\": \"t\"\n      }\n    }\n  ],\n  \"d\": 4,\n  "
               "\"\xc3\xa9\": {},\n  \"e\xcc\x81\": true,\n  \"n\": 1,\n  \"\xc3\xb1\": 0\n}\n");
    QTest::newRow("sv_SE.UTF-8")
        << QStringLiteral("sv_SE.UTF-8")
        << QByteArray(
               "{\n  \"a\": {\n    \"2\": \"x\",\n    \"10\": \"y\",\n    \"01\": \"z\",\n    "
               "\"z\": [\n      {\n        \"9\": 4,\n        \"10\": 3,\n        \"_\": 18,\n     "
               "   \"_id\": 8,\n        \"-x\": 9,\n        \"aa\": 16,\n        \"a\\u0000b\": "
               "10,\n        \"ab\": 11,\n        \"ae\": 7,\n        \"o\": 14,\n        \"x\": "
               "2,\n        \"y\": 1,\n        \"Z\": 17,\n        \"zz\": 12,\n        "
               "\"\xc3\xa5\": 15,\n        \"\xc3\xa4\": 6,\n        \"\xc3\x84\": 5,\n        "
               "\"\xc3\xb6\": 13\n      }\n    ],\n    \"Z\": null\n  },\n  \"A\": [],\n  \"b\": "
               "1,\n  \"B\": 2,\n  \"c\": 3,\n  \"ch\": 2,\n  \"collection\": \"x\",\n  "
               "\"collections\": [\n    {\n      \"collection\": \"t\",\n      \"meta\": {\n       "
               " \"icon\": \"box\",\n        \"note\": null,\n        \"sort\": 1\n      },\n      "
               "\"schema\": {\n        \"name\": \"t\"\n      }\n    }\n  ],\n  \"d\": 4,\n  "
               "\"\xc3\xa9\": {},\n  \"e\xcc\x81\": true,\n  \"n\": 1,\n  \"\xc3\xb1\": 0\n}\n");
    QTest::newRow("da_DK.UTF-8")
        << QStringLiteral("da_DK.UTF-8")
        << QByteArray(
               "{\n  \"A\": [],\n  \"a\": {\n    \"2\": \"x\",\n    \"10\": \"y\",\n    \"01\": "
               "\"z\",\n    \"Z\": null,\n    \"z\": [\n      {\n        \"9\": 4,\n        "
               "\"10\": 3,\n        \"_\": 18,\n        \"_id\": 8,\n        \"-x\": 9,\n        "
               "\"a\\u0000b\": 10,\n        \"ab\": 11,\n        \"ae\": 7,\n        \"o\": 14,\n  "
               "      \"x\": 2,\n        \"y\": 1,\n        \"Z\": 17,\n        \"zz\": 12,\n      "
               "  \"\xc3\x84\": 5,\n        \"\xc3\xa4\": 6,\n        \"\xc3\xb6\": 13,\n        "
               "\"\xc3\xa5\": 15,\n        \"aa\": 16\n      }\n    ]\n  },\n  \"B\": 2,\n  \"b\": "
               "1,\n  \"c\": 3,\n  \"ch\": 2,\n  \"collection\": \"x\",\n  \"collections\": [\n    "
               "{\n      \"collection\": \"t\",\n      \"meta\": {\n        \"icon\": \"box\",\n   "
               "     \"note\": null,\n        \"sort\": 1\n      },\n      \"schema\": {\n        "
               "\"name\": \"t\"\n      }\n    }\n  ],\n  \"d\": 4,\n  \"\xc3\xa9\": {},\n  "
               "\"e\xcc\x81\": true,\n  \"n\": 1,\n  \"\xc3\xb1\": 0\n}\n");
    QTest::newRow("de-DE-u-co-phonebk")
        << QStringLiteral("de-DE-u-co-phonebk")
        << QByteArray(
               "{\n  \"a\": {\n    \"2\": \"x\",\n    \"10\": \"y\",\n    \"01\": \"z\",\n    "
               "\"z\": [\n      {\n        \"9\": 4,\n        \"10\": 3,\n        \"_\": 18,\n     "
               "   \"_id\": 8,\n        \"-x\": 9,\n        \"\xc3\xa5\": 15,\n        \"aa\": "
               "16,\n        \"a\\u0000b\": 10,\n        \"ab\": 11,\n        \"ae\": 7,\n        "
               "\"\xc3\xa4\": 6,\n        \"\xc3\x84\": 5,\n        \"o\": 14,\n        "
               "\"\xc3\xb6\": 13,\n        \"x\": 2,\n        \"y\": 1,\n        \"Z\": 17,\n      "
               "  \"zz\": 12\n      }\n    ],\n    \"Z\": null\n  },\n  \"A\": [],\n  \"b\": 1,\n  "
               "\"B\": 2,\n  \"c\": 3,\n  \"ch\": 2,\n  \"collection\": \"x\",\n  \"collections\": "
               "[\n    {\n      \"collection\": \"t\",\n      \"meta\": {\n        \"icon\": "
               "\"box\",\n        \"note\": null,\n        \"sort\": 1\n      },\n      "
               "\"schema\": {\n        \"name\": \"t\"\n      }\n    }\n  ],\n  \"d\": 4,\n  "
               "\"\xc3\xa9\": {},\n  \"e\xcc\x81\": true,\n  \"n\": 1,\n  \"\xc3\xb1\": 0\n}\n");
}

void TestJsCollator::sortedDeep()
{
    QFETCH(QString, locale);
    QFETCH(QByteArray, expected);
    const std::optional<JsonValue> input = JsonReader::parse(QByteArray(
        "{\"b\":1,\"B\":2,\"a\":{\"2\":\"x\",\"10\":\"y\",\"z\":[{\"9\":4,\"10\":3,\"y\":1,\"x\":2,"
        "\"\xc3\x84\":5,\"\xc3\xa4\":6,\"ae\":7,\"_id\":8,\"-x\":9,\"a\\u0000b\":10,\"ab\":11,"
        "\"zz\":12,\"\xc3\xb6\":13,\"o\":14,\"\xc3\xa5\":15,\"aa\":16,\"Z\":17,\"_\":18}],\"Z\":"
        "null,\"01\":\"z\"},\"A\":[],\"\xc3\xa9\":{},\"e\xcc\x81\":true,\"\xc3\xb1\":0,\"n\":1,"
        "\"ch\":2,\"c\":3,\"d\":4,\"collection\":\"x\",\"collections\":[{\"meta\":{\"sort\":1,"
        "\"note\":null,\"icon\":\"box\"},\"schema\":{\"name\":\"t\"},\"collection\":\"t\"}]}"));
    QVERIFY(input.has_value());
    const JsonValue result = JsCollator::forLocale(locale).sortedDeep(*input);
    QCOMPARE(JsonWriter::writeFileContent(result), expected);
    QVERIFY(result == *input); // only the order changed
}

void TestJsCollator::sortedDeepKeepsValues()
{
    const JsCollator collator = JsCollator::forLocale(QStringLiteral("C.UTF-8"));
    QCOMPARE(collator.sortedDeep(JsonValue(QStringLiteral("b"))), JsonValue(QStringLiteral("b")));
    QCOMPARE(collator.sortedDeep(JsonValue()), JsonValue());
    const JsonArray array{JsonObject{{QStringLiteral("b"), 1}, {QStringLiteral("a"), 2}}, 3};
    const JsonValue result = collator.sortedDeep(array);
    QCOMPARE(result.toArray().size(), 2);
    QCOMPARE(result.toArray().at(0).toObject().keys(),
             (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(result.toArray().at(1), JsonValue(3));
}

QTEST_GUILESS_MAIN(TestJsCollator)
#include "tst_jscollator.moc"
