// SPDX-License-Identifier: GPL-3.0-or-later
// The patient list models: contract (QAbstractItemModelTester), columns, ages and search.
#include "ui/Format.h"
#include "ui/patients/PatientFilterProxyModel.h"
#include "ui/patients/PatientTableModel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

using precis::store::PatientSummary;
using precis::ui::Format;
using precis::ui::PatientFilterProxyModel;
using precis::ui::PatientTableModel;

namespace {

// Synthetic rows only.
std::vector<PatientSummary> syntheticPatients()
{
    return {
        {1,
         QStringLiteral("MRN-000101"),
         QStringLiteral("Müller"),
         QStringLiteral("Anna"),
         QDate(1961, 3, 14),
         QStringLiteral("female")},
        {2,
         QStringLiteral("MRN-000102"),
         QStringLiteral("Schmidt"),
         QStringLiteral("Jonas"),
         QDate(1975, 11, 2),
         QStringLiteral("male")},
        {3,
         QStringLiteral("MRN-000203"),
         QStringLiteral("Okafor"),
         QStringLiteral("Grace"),
         QDate(1948, 7, 30),
         QStringLiteral("female")},
        {4,
         QStringLiteral("MRN-000204"),
         QStringLiteral("Weiß"),
         QStringLiteral("Peter"),
         QDate(1990, 1, 1),
         QStringLiteral("other")},
        {5,
         QStringLiteral("MRN-000305"),
         QStringLiteral("Annaberg"),
         QStringLiteral("Lukas"),
         QDate(2001, 2, 28),
         QString()},
    };
}

QList<qint64> visibleIds(const PatientFilterProxyModel &proxy)
{
    QList<qint64> ids;
    for (int r = 0; r < proxy.rowCount(); ++r)
        ids << proxy.index(r, 0).data(PatientTableModel::PatientIdRole).toLongLong();
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

class TestPatientModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void modelContract()
    {
        PatientTableModel model;
        PatientFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester sourceTester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPatients(syntheticPatients());
        proxy.sort(PatientTableModel::NameColumn);
        proxy.setSearchText(QStringLiteral("anna"));
        proxy.sort(PatientTableModel::AgeColumn, Qt::DescendingOrder);
        proxy.setSearchText({});
        model.setAsOf(QDate(2030, 1, 1));
        model.clear();
        model.setPatients(syntheticPatients());
    }

    void columns()
    {
        PatientTableModel model;
        model.setAsOf(QDate(2026, 3, 13));
        model.setPatients(syntheticPatients());
        QCOMPARE(model.columnCount(), 5);
        QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("Record No."));
        QCOMPARE(model.index(0, PatientTableModel::RecordNumberColumn).data().toString(),
                 QStringLiteral("MRN-000101"));
        QCOMPARE(model.index(0, PatientTableModel::NameColumn).data().toString(),
                 QStringLiteral("Müller, Anna"));
        QCOMPARE(model.index(0, PatientTableModel::DateOfBirthColumn).data().toString(),
                 QStringLiteral("14/03/1961"));
        // One day before the 65th birthday.
        QCOMPARE(model.index(0, PatientTableModel::AgeColumn).data().toInt(), 64);
        QCOMPARE(model.index(0, PatientTableModel::SexColumn).data().toString(),
                 QStringLiteral("Female"));
        QCOMPARE(model.index(3, PatientTableModel::SexColumn).data().toString(),
                 QStringLiteral("Diverse"));
        QCOMPARE(model.index(4, PatientTableModel::SexColumn).data().toString(),
                 QStringLiteral("Unknown"));
    }

    void age_data()
    {
        QTest::addColumn<QDate>("born");
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<int>("years");
        QTest::newRow("birthday today") << QDate(1960, 5, 10) << QDate(2020, 5, 10) << 60;
        QTest::newRow("day before birthday") << QDate(1960, 5, 10) << QDate(2020, 5, 9) << 59;
        QTest::newRow("29 Feb, non-leap year") << QDate(2000, 2, 29) << QDate(2021, 2, 28) << 20;
        QTest::newRow("29 Feb, 1 March") << QDate(2000, 2, 29) << QDate(2021, 3, 1) << 21;
        QTest::newRow("newborn") << QDate(2024, 1, 1) << QDate(2024, 1, 1) << 0;
        QTest::newRow("born in the future") << QDate(2030, 1, 1) << QDate(2024, 1, 1) << -1;
        QTest::newRow("no date") << QDate() << QDate(2024, 1, 1) << -1;
    }
    void age()
    {
        QFETCH(QDate, born);
        QFETCH(QDate, asOf);
        QFETCH(int, years);
        QCOMPARE(Format::ageInYears(born, asOf), years);
    }

    void search_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QList<qint64>>("ids");
        QTest::newRow("empty shows all") << QString() << QList<qint64>{1, 2, 3, 4, 5};
        QTest::newRow("family name") << QStringLiteral("schmidt") << QList<qint64>{2};
        QTest::newRow("given name, part of another family name")
            << QStringLiteral("Anna") << QList<qint64>{1, 5};
        QTest::newRow("without umlaut") << QStringLiteral("muller") << QList<qint64>{1};
        QTest::newRow("with umlaut") << QStringLiteral("MÜLLER") << QList<qint64>{1};
        QTest::newRow("sharp s as ss") << QStringLiteral("weiss") << QList<qint64>{4};
        QTest::newRow("two words, both must match")
            << QStringLiteral("anna müller") << QList<qint64>{1};
        QTest::newRow("as listed, with comma")
            << QStringLiteral("Müller, Anna") << QList<qint64>{1};
        QTest::newRow("record number") << QStringLiteral("MRN-0002") << QList<qint64>{3, 4};
        QTest::newRow("record number digits") << QStringLiteral("000305") << QList<qint64>{5};
        QTest::newRow("birth date ISO") << QStringLiteral("1948-07-30") << QList<qint64>{3};
        QTest::newRow("birth date German") << QStringLiteral("02.11.1975") << QList<qint64>{2};
        QTest::newRow("birth date German short") << QStringLiteral("1.1.1990") << QList<qint64>{4};
        QTest::newRow("birth date as displayed")
            << QStringLiteral("14/03/1961") << QList<qint64>{1};
        QTest::newRow("birth year") << QStringLiteral("1961") << QList<qint64>{1};
        QTest::newRow("no match") << QStringLiteral("zzz") << QList<qint64>{};
        QTest::newRow("one word matches, other does not")
            << QStringLiteral("anna zzz") << QList<qint64>{};
    }
    void search()
    {
        QFETCH(QString, query);
        QFETCH(QList<qint64>, ids);
        PatientTableModel model;
        model.setPatients(syntheticPatients());
        PatientFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSearchText(query);
        QCOMPARE(visibleIds(proxy), ids);
    }

    void sortByDateOfBirthIsChronological()
    {
        PatientTableModel model;
        model.setPatients(syntheticPatients());
        PatientFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(PatientTableModel::DateOfBirthColumn, Qt::AscendingOrder);
        QDate previous;
        for (int r = 0; r < proxy.rowCount(); ++r) {
            const QDate d = proxy.index(r, PatientTableModel::DateOfBirthColumn)
                                .data(PatientTableModel::SortRole)
                                .toDate();
            if (!d.isValid())
                continue;
            QVERIFY2(!previous.isValid() || previous <= d,
                     qPrintable(QStringLiteral("row %1").arg(r)));
            previous = d;
        }
    }

    void clearRemovesEveryRow()
    {
        PatientTableModel model;
        model.setPatients(syntheticPatients());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.patientAt(0) == nullptr);
    }
};

QTEST_GUILESS_MAIN(TestPatientModel)
#include "tst_patientmodel.moc"
