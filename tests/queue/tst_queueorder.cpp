// QueueOrder without a database: the tiers of R-9 (out of turn), due appointments, R-8 (out of town, our decision:
// before ordinary walk-ins) and R-44 arrival, at a given moment; postponed tickets only from their time.
#include "queue/QueueOrder.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace armcpg;

namespace {
QDateTime at(int hour, int minute)
{
    return QDateTime(QDate(2026, 3, 23), QTime(hour, minute), Qt::UTC);
}

QueueTicket ticket(const QString& number, const QDateTime& arrival)
{
    QueueTicket t;
    t.id = number;
    t.number = number;
    t.serviceCode = u"consultation"_s;
    t.seq = number.right(3).toInt();
    t.issuedAt = t.rankAt = t.readyAt = arrival;
    return t;
}

QStringList numbers(const QList<QueueTicket>& tickets)
{
    QStringList list;
    for (const QueueTicket& t : tickets)
        list << t.number;
    return list;
}
} // namespace

class TestQueueOrder : public QObject
{
    Q_OBJECT

private slots:
    void tiers_R9_appointment_R8_arrival()
    {
        QueueTicket walkIn = ticket(u"К-001"_s, at(9, 0));
        QueueTicket category = ticket(u"К-002"_s, at(9, 30));
        category.priorityCode = u"pregnant"_s;
        QueueTicket booked = ticket(u"К-003"_s, at(8, 50));
        booked.appointmentAt = booked.rankAt = at(10, 0);
        QueueTicket outOfTown = ticket(u"К-004"_s, at(9, 40));
        outOfTown.outOfTown = true;
        const QList<QueueTicket> all{walkIn, category, booked, outOfTown};
        QCOMPARE(QueueOrder::tier(category, at(9, 45)), 0);
        QCOMPARE(QueueOrder::tier(booked, at(9, 45)), 3); // its time has not come: waits at 10:00 among walk-ins
        QCOMPARE(QueueOrder::tier(booked, at(10, 0)), 1);
        QCOMPARE(QueueOrder::tier(outOfTown, at(9, 45)), 2);
        QCOMPARE(numbers(QueueOrder::sorted(all, at(9, 45))),
                 (QStringList{u"К-002"_s, u"К-004"_s, u"К-001"_s, u"К-003"_s}));
        QCOMPARE(numbers(QueueOrder::sorted(all, at(10, 5))),
                 (QStringList{u"К-002"_s, u"К-003"_s, u"К-004"_s, u"К-001"_s}));
    }

    void postponedComesBackAfterItsTime_redirectedKeepsItsPlace()
    {
        QueueTicket first = ticket(u"К-001"_s, at(9, 0));
        QueueTicket second = ticket(u"К-002"_s, at(9, 5));
        QueueTicket third = ticket(u"К-003"_s, at(9, 10));
        first.readyAt = first.rankAt = at(9, 30); // postponed to 09:30
        second.readyAt = at(9, 20);               // redirected at 09:20: rankAt stays 09:05
        QVERIFY(!QueueOrder::isCallable(first, at(9, 25)));
        QCOMPARE(numbers(QueueOrder::sorted({first, second, third}, at(9, 25))),
                 (QStringList{u"К-002"_s, u"К-003"_s, u"К-001"_s}));
        QCOMPARE(numbers(QueueOrder::sorted({first, second, third}, at(9, 15))),
                 (QStringList{u"К-003"_s, u"К-002"_s, u"К-001"_s}));
        QueueTicket late = ticket(u"К-004"_s, at(9, 40));
        QCOMPARE(numbers(QueueOrder::sorted({late, first, third}, at(9, 45))),
                 (QStringList{u"К-003"_s, u"К-001"_s, u"К-004"_s}));
    }

    void numbersKeepTheirWidth()
    {
        QCOMPARE(QueueTicket::formatNumber(u"К"_s, 14, 999), u"К-014"_s);
        QCOMPARE(QueueTicket::formatNumber(u"П"_s, 14, 9999), u"П-0014"_s);
        QCOMPARE(QueueTicket::formatNumber(QString(), 7, 99), u"007"_s);
    }
};

QTEST_GUILESS_MAIN(TestQueueOrder)
#include "tst_queueorder.moc"
