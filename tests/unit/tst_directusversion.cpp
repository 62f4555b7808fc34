#include "directusversion.h"

#include <QtTest>

using namespace syncstudio;

class tst_DirectusVersion final : public QObject
{
    Q_OBJECT

private slots:
    void support_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("support");
        QTest::addColumn<bool>("allowedStrict");
        QTest::addColumn<bool>("allowedUntested");
        using S = DirectusVersion::Support;
        QTest::newRow("11.3.5") << "11.3.5" << int(S::Supported) << true << true;
        QTest::newRow("12.4.0") << "12.4.0" << int(S::Supported) << true << true;
        QTest::newRow("11.0.0") << "11.0.0" << int(S::Supported) << true << true;
        QTest::newRow("12.99.9") << "12.99.9" << int(S::Supported) << true << true;
        QTest::newRow("10.13.4") << "10.13.4" << int(S::TooOld) << false << false;
        QTest::newRow("9.0.0") << "9.0.0" << int(S::TooOld) << false << false;
        QTest::newRow("13.0.0") << "13.0.0" << int(S::Untested) << false << true;
        QTest::newRow("rc") << "12.0.0-rc.1" << int(S::Supported) << true << true;
        QTest::newRow("garbage") << "latest" << int(S::Unparsable) << false << true;
        QTest::newRow("empty") << "" << int(S::Unparsable) << false << true;
        QTest::newRow("two parts") << "11.3" << int(S::Unparsable) << false << true;
    }

    void support()
    {
        QFETCH(QString, text);
        QFETCH(int, support);
        QFETCH(bool, allowedStrict);
        QFETCH(bool, allowedUntested);
        const auto version = DirectusVersion::parse(text);
        QCOMPARE(int(version.support()), support);
        QCOMPARE(version.isAllowed(false), allowedStrict);
        QCOMPARE(version.isAllowed(true), allowedUntested);
        QCOMPARE(version.refusal(false).isEmpty(), allowedStrict);
        if (!allowedStrict)
            QVERIFY(version.refusal(false).contains(text.isEmpty() ? QStringLiteral("\"") : text));
    }

    void components()
    {
        const auto v = DirectusVersion::parse(QStringLiteral("11.3.5"));
        QCOMPARE(v.major(), 11);
        QCOMPARE(v.minor(), 3);
        QCOMPARE(v.patch(), 5);
    }
};

QTEST_GUILESS_MAIN(tst_DirectusVersion)
#include "tst_directusversion.moc"
