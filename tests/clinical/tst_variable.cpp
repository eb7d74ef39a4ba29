// SPDX-License-Identifier: GPL-3.0-or-later
// The variable table (core/clinical/Variable.h): stable numeric codes, column names and units,
// the units `precis-cli score` accepts with their conversion, and the entry limits of
// Plausibility.cpp for the intake labs of issue #9 that no risk model reads (LDL cholesterol,
// potassium).
#include "core/clinical/Plausibility.h"
#include "core/clinical/SnapshotCsv.h"
#include "core/clinical/Units.h"
#include "core/clinical/Variable.h"

#include <QTest>

Q_DECLARE_METATYPE(precis::clinical::Var)
Q_DECLARE_METATYPE(precis::clinical::UnitConversion)

using namespace precis::clinical;

class TestVariable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void codesStayStable()
    {
        // Stored assessments and vault rows predate the lab variables: appending them must not
        // move an existing code. Dialysis was the last variable (code 61) before issue #9.
        QCOMPARE(index(Var::Age), std::size_t{0});
        QCOMPARE(index(Var::AlcoholExcess), std::size_t{60});
        QCOMPARE(index(Var::Dialysis), std::size_t{61});
        QCOMPARE(index(Var::LdlCholesterol), std::size_t{62});
        QCOMPARE(index(Var::Potassium), std::size_t{63});
        QCOMPARE(kVarCount, std::size_t{64});
    }

    void namesKindsAndUnits_data()
    {
        QTest::addColumn<Var>("var");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("unit");
        QTest::newRow("ldl") << Var::LdlCholesterol << QStringLiteral("ldl_cholesterol")
                             << QStringLiteral("mg/dL");
        QTest::newRow("potassium")
            << Var::Potassium << QStringLiteral("potassium") << QStringLiteral("mmol/L");
        // The neighbours the LDL column mirrors.
        QTest::newRow("total") << Var::TotalCholesterol << QStringLiteral("total_cholesterol")
                               << QStringLiteral("mg/dL");
        QTest::newRow("hdl") << Var::HdlCholesterol << QStringLiteral("hdl_cholesterol")
                             << QStringLiteral("mg/dL");
    }
    void namesKindsAndUnits()
    {
        QFETCH(Var, var);
        QFETCH(QString, name);
        QFETCH(QString, unit);
        const VarInfo &info = varInfo(var);
        QCOMPARE(info.var, var);
        QCOMPARE(QString(info.name), name);
        QCOMPARE(info.kind, VarKind::Number);
        QCOMPARE(QString(info.unit), unit);
        const QByteArray latin = name.toLatin1();
        QCOMPARE(varByName(QLatin1StringView(latin)), std::optional<Var>(var));
    }

    void everyVariableHasItsOwnRow()
    {
        for (std::size_t i = 0; i < kVarCount; ++i) {
            const VarInfo &info = varInfo(static_cast<Var>(i));
            QCOMPARE(index(info.var), i);
            QVERIFY2(varByName(info.name) == info.var, info.name.data());
        }
    }

    void acceptedUnits_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<UnitConversion>("conversion");
        QTest::newRow("ldl canonical")
            << QByteArray("ldl_cholesterol[mg/dL]") << true << UnitConversion::None;
        QTest::newRow("ldl mmol/L")
            << QByteArray("ldl_cholesterol[mmol/L]") << true << UnitConversion::CholesterolMmolPerL;
        QTest::newRow("ldl umol/L refused")
            << QByteArray("ldl_cholesterol[umol/L]") << false << UnitConversion::None;
        QTest::newRow("potassium canonical")
            << QByteArray("potassium[mmol/L]") << true << UnitConversion::None;
        QTest::newRow("potassium bare") << QByteArray("potassium") << true << UnitConversion::None;
        // mg/dL of potassium is not a clinical unit: refused, never converted.
        QTest::newRow("potassium mg/dL refused")
            << QByteArray("potassium[mg/dL]") << false << UnitConversion::None;
    }
    void acceptedUnits()
    {
        QFETCH(QByteArray, header);
        QFETCH(bool, accepted);
        QFETCH(UnitConversion, conversion);
        const precis::Result<InputColumn> column = parseColumnHeader(header.toStdString());
        QCOMPARE(column.has_value(), accepted);
        if (accepted)
            QCOMPARE(column->conversion, conversion);
    }

    void ldlConvertsExactlyLikeTotalCholesterol()
    {
        // Cholesterol C27H46O, 386.65 g/mol (IUPAC standard atomic weights): 1 mmol/L =
        // 386.65 mg/L = 38.665 mg/dL, used as 38.67 (core/clinical/Units.h; the constant of
        // issue #4). LDL-C is an amount of cholesterol, so the factor is the same as for total
        // and HDL cholesterol.
        QCOMPARE(units::kCholesterolMgdlPerMmol, 38.67);
        const auto ldl = parseColumnHeader("ldl_cholesterol[mmol/L]");
        const auto tc = parseColumnHeader("total_cholesterol[mmol/L]");
        QVERIFY(ldl && tc);
        QCOMPARE(ldl->conversion, tc->conversion);
        // 2.6 mmol/L is 2.6 x 38.67 = 100.542 mg/dL, bit for bit as the reader computes it.
        QCOMPARE(toCanonical(ldl->conversion, 2.6), 2.6 * 38.67);
        QCOMPARE(toCanonical(ldl->conversion, 1.0), 38.67);
    }

    void limits_data()
    {
        QTest::addColumn<Var>("var");
        QTest::addColumn<double>("value"); // canonical unit
        QTest::addColumn<bool>("possible");
        QTest::addColumn<bool>("plausible");
        // Limits and their sources: core/clinical/Plausibility.cpp.
        QTest::newRow("ldl negative") << Var::LdlCholesterol << -1.0 << false << false;
        QTest::newRow("ldl 0 (abetalipoproteinaemia)")
            << Var::LdlCholesterol << 0.0 << true << false;
        QTest::newRow("ldl 9.9") << Var::LdlCholesterol << 9.9 << true << false;
        QTest::newRow("ldl 10") << Var::LdlCholesterol << 10.0 << true << true;
        QTest::newRow("ldl 130") << Var::LdlCholesterol << 130.0 << true << true;
        QTest::newRow("ldl 400") << Var::LdlCholesterol << 400.0 << true << true;
        QTest::newRow("ldl 600 (homozygous FH)") << Var::LdlCholesterol << 600.0 << true << false;
        QTest::newRow("ldl 1500") << Var::LdlCholesterol << 1500.0 << true << false;
        QTest::newRow("ldl 130 mmol/L slip")
            << Var::LdlCholesterol << 130.0 * 38.67 << false << false;
        QTest::newRow("potassium 0.9") << Var::Potassium << 0.9 << false << false;
        QTest::newRow("potassium 1.0") << Var::Potassium << 1.0 << true << false;
        QTest::newRow("potassium 2.4") << Var::Potassium << 2.4 << true << false;
        QTest::newRow("potassium 2.5") << Var::Potassium << 2.5 << true << true;
        QTest::newRow("potassium 4.3") << Var::Potassium << 4.3 << true << true;
        QTest::newRow("potassium 6.5") << Var::Potassium << 6.5 << true << true;
        QTest::newRow("potassium 6.8 (severe hyperkalaemia)")
            << Var::Potassium << 6.8 << true << false;
        QTest::newRow("potassium 10") << Var::Potassium << 10.0 << true << false;
        QTest::newRow("potassium 12") << Var::Potassium << 12.0 << false << false;
        QTest::newRow("potassium 16.8 (mg/dL slip)") << Var::Potassium << 16.8 << false << false;
    }
    void limits()
    {
        QFETCH(Var, var);
        QFETCH(double, value);
        QFETCH(bool, possible);
        QFETCH(bool, plausible);
        QVERIFY(plausibility(var).has_value());
        QCOMPARE(isPossible(var, value), possible);
        QCOMPARE(isPlausible(var, value), plausible);
    }

    void ldlLimitsNestInsideTotalCholesterol()
    {
        // LDL-C is part of total cholesterol: its possible range never reaches beyond the total's.
        const auto ldl = plausibility(Var::LdlCholesterol);
        const auto tc = plausibility(Var::TotalCholesterol);
        QVERIFY(ldl && tc);
        QVERIFY(ldl->possibleMax <= tc->possibleMax);
        QVERIFY(ldl->plausibleMax <= tc->plausibleMax);
        QVERIFY(ldl->possibleMin <= ldl->plausibleMin);
        QVERIFY(ldl->plausibleMin < ldl->plausibleMax);
    }
};

QTEST_GUILESS_MAIN(TestVariable)
#include "tst_variable.moc"
