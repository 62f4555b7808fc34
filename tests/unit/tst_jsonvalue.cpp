#include <QtTest>
class T : public QObject { Q_OBJECT private slots: void todo() { QVERIFY(false); } };
QTEST_GUILESS_MAIN(T)
#include "tst_jsonvalue.moc"
