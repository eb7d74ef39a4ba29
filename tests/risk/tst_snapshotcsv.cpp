// SPDX-License-Identifier: GPL-3.0-or-later
// The person CSV of `precis-cli score`: headers with units, strict cells, errors with line and
// column (core/clinical/SnapshotCsv).
#include "core/clinical/SnapshotCsv.h"
#include "core/clinical/Units.h"

#include <QBuffer>
#include <QTest>

#include <limits>

using namespace precis;
using namespace precis::clinical;

Q_DECLARE_METATYPE(precis::clinical::Var)
Q_DECLARE_METATYPE(precis::clinical::UnitConversion)

namespace {

struct Parsed
{
    std::vector<Snapshot> snapshots;
    std::vector<std::string> ids;
    QString error;
};

Parsed parse(const QByteArray &csv)
{
    QByteArray copy = csv;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    Parsed parsed;
    Result<bool> header = reader.next();
    if (!header || !*header) {
        parsed.error = QStringLiteral("no header");
        return parsed;
    }
    Result<SnapshotCsvLayout> layout = SnapshotCsvLayout::fromHeader(reader);
    if (!layout) {
        parsed.error = layout.error().message();
        return parsed;
    }
    for (;;) {
        Result<bool> r = reader.next();
        if (!r) {
            parsed.error = r.error().message();
            return parsed;
        }
        if (!*r)
            return parsed;
        Snapshot s;
        std::string id;
        Result<Derivation> d = layout->parseRecord(reader, s, id);
        if (!d) {
            parsed.error = d.error().message();
            return parsed;
        }
        parsed.snapshots.push_back(s);
        parsed.ids.push_back(id);
    }
}

} // namespace

class TestSnapshotCsv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headers_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<Var>("var");
        QTest::addColumn<UnitConversion>("conversion");
        QTest::newRow("no unit") << QByteArray("sbp") << Var::Sbp << UnitConversion::None;
        QTest::newRow("nested brackets mm[Hg]")
            << QByteArray("sbp[mm[Hg]]") << Var::Sbp << UnitConversion::None;
        QTest::newRow("canonical unit") << QByteArray("total_cholesterol[mg/dL]")
                                        << Var::TotalCholesterol << UnitConversion::None;
        QTest::newRow("cholesterol mmol/L")
            << QByteArray("total_cholesterol[mmol/L]") << Var::TotalCholesterol
            << UnitConversion::CholesterolMmolPerL;
        QTest::newRow("hdl mmol/L") << QByteArray("hdl_cholesterol[mmol/L]") << Var::HdlCholesterol
                                    << UnitConversion::CholesterolMmolPerL;
        QTest::newRow("egfr curly unit")
            << QByteArray("egfr[mL/min/{1.73_m2}]") << Var::Egfr << UnitConversion::None;
        QTest::newRow("glucose mg/dL") << QByteArray("fasting_glucose[mg/dL]")
                                       << Var::FastingGlucose << UnitConversion::GlucoseMgPerDl;
        QTest::newRow("creatinine umol/L") << QByteArray("creatinine[umol/L]") << Var::Creatinine
                                           << UnitConversion::CreatinineUmolPerL;
        QTest::newRow("hba1c mmol/mol")
            << QByteArray("hba1c[mmol/mol]") << Var::Hba1c << UnitConversion::Hba1cMmolPerMol;
        QTest::newRow("uacr mg/mmol")
            << QByteArray("uacr[mg/mmol]") << Var::Uacr << UnitConversion::UacrMgPerMmol;
        QTest::newRow("calcium mmol/L")
            << QByteArray("calcium[mmol/L]") << Var::Calcium << UnitConversion::CalciumMmolPerL;
        QTest::newRow("phosphate mmol/L") << QByteArray("phosphate[mmol/L]") << Var::Phosphate
                                          << UnitConversion::PhosphateMmolPerL;
        QTest::newRow("albumin g/L")
            << QByteArray("albumin[g/L]") << Var::Albumin << UnitConversion::AlbuminGPerL;
        QTest::newRow("age in a") << QByteArray("age[a]") << Var::Age << UnitConversion::None;
    }
    void headers()
    {
        QFETCH(QByteArray, header);
        QFETCH(Var, var);
        QFETCH(UnitConversion, conversion);
        Result<InputColumn> column = parseColumnHeader(header.toStdString());
        QVERIFY2(column, qPrintable(column ? QString() : column.error().message()));
        QCOMPARE(column->kind, InputColumn::Kind::Variable);
        QCOMPARE(column->var, var);
        QCOMPARE(column->conversion, conversion);
    }

    void conversions_data()
    {
        QTest::addColumn<UnitConversion>("conversion");
        QTest::addColumn<double>("input");
        QTest::addColumn<double>("expected");
        // The constants of issue #4 / Units.h, applied exactly.
        QTest::newRow("cholesterol 5 mmol/L")
            << UnitConversion::CholesterolMmolPerL << 5.0 << 5.0 * 38.67;
        QTest::newRow("glucose 99 mg/dL") << UnitConversion::GlucoseMgPerDl << 99.0 << 99.0 / 18.0;
        QTest::newRow("creatinine 88.4 umol/L")
            << UnitConversion::CreatinineUmolPerL << 88.4 << 1.0;
        QTest::newRow("hba1c 48 mmol/mol")
            << UnitConversion::Hba1cMmolPerMol << 48.0 << 48.0 / 10.929 + 2.15;
        QTest::newRow("uacr 3 mg/mmol") << UnitConversion::UacrMgPerMmol << 3.0 << 3.0 * 8.84;
        QTest::newRow("calcium 2.4 mmol/L")
            << UnitConversion::CalciumMmolPerL << 2.4 << 2.4 * 4.008;
        QTest::newRow("phosphate 1.1 mmol/L")
            << UnitConversion::PhosphateMmolPerL << 1.1 << 1.1 * 3.097;
        QTest::newRow("albumin 40 g/L") << UnitConversion::AlbuminGPerL << 40.0 << 4.0;
    }
    void conversions()
    {
        QFETCH(UnitConversion, conversion);
        QFETCH(double, input);
        QFETCH(double, expected);
        QCOMPARE(toCanonical(conversion, input), expected);
    }

    void numbers_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<double>("value");
        QTest::newRow("integer") << QByteArray("120") << true << 120.0;
        QTest::newRow("decimal") << QByteArray("5.25") << true << 5.25;
        QTest::newRow("negative") << QByteArray("-3.5") << true << -3.5;
        QTest::newRow("leading dot") << QByteArray(".5") << true << 0.5;
        QTest::newRow("trailing dot") << QByteArray("5.") << true << 5.0;
        QTest::newRow("exponent") << QByteArray("1.5e2") << true << 150.0;
        QTest::newRow("exponent sign") << QByteArray("15E-1") << true << 1.5;
        QTest::newRow("decimal comma") << QByteArray("1,5") << false << 0.0;
        QTest::newRow("word") << QByteArray("abc") << false << 0.0;
        QTest::newRow("space") << QByteArray(" 120") << false << 0.0;
        QTest::newRow("plus") << QByteArray("+1") << false << 0.0;
        QTest::newRow("inf") << QByteArray("inf") << false << 0.0;
        QTest::newRow("nan") << QByteArray("nan") << false << 0.0;
        QTest::newRow("hex") << QByteArray("0x10") << false << 0.0;
        QTest::newRow("bare exponent") << QByteArray("1e") << false << 0.0;
        QTest::newRow("overflow") << QByteArray("1e999") << false << 0.0;
        QTest::newRow("dot only") << QByteArray(".") << false << 0.0;
    }
    void numbers()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, ok);
        QFETCH(double, value);
        const std::optional<double> parsed = parseStrictNumber(text.toStdString());
        QCOMPARE(parsed.has_value(), ok);
        if (ok)
            QCOMPARE(*parsed, value);
    }

    void rowValues()
    {
        const Parsed p
            = parse("\xEF\xBB\xBFid,age,sex,smoking,total_cholesterol[mmol/L],sbp[mm[Hg]],"
                    "bp_treated,ethnicity,hba1c[mmol/mol],egfr\r\n"
                    "\"p, 1\",55,female,heavy,5,130,1,bangladeshi,48,\r\n"
                    "p2,,male,,,,0,,,75\r\n");
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.snapshots.size(), std::size_t{2});
        QCOMPARE(p.ids[0], std::string("p, 1"));
        const Snapshot &a = p.snapshots[0];
        QCOMPARE(*a.get(Var::Age), 55.0);
        QCOMPARE(*a.get(Var::Sex), 0.0);
        QCOMPARE(*a.get(Var::Smoking), 4.0);
        QCOMPARE(*a.get(Var::TotalCholesterol), 5 * units::kCholesterolMgdlPerMmol);
        QCOMPARE(*a.get(Var::Sbp), 130.0);
        QCOMPARE(*a.get(Var::BpTreated), 1.0);
        QCOMPARE(*a.get(Var::Ethnicity), 4.0); // ethrisk codes start at 1 (white)
        QCOMPARE(*a.get(Var::Hba1c), units::hba1cPercentFromMmolPerMol(48));
        QVERIFY(!a.has(Var::Egfr)); // blank = not known (and no creatinine to derive it)
        const Snapshot &b = p.snapshots[1];
        QVERIFY(!b.has(Var::Age));
        QVERIFY(!b.has(Var::Smoking));
        QCOMPARE(*b.get(Var::BpTreated), 0.0);
        QCOMPARE(*b.get(Var::Egfr), 75.0);
    }

    void rowDerivesEgfrAndBmi()
    {
        const Parsed p = parse("age,sex,creatinine[umol/L],weight,height\n"
                               "50,male,88.4,81,180\n");
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        const Snapshot &s = p.snapshots[0];
        QCOMPARE(*s.get(Var::Creatinine), 1.0);
        QVERIFY(s.has(Var::Egfr));
        QCOMPARE(*s.get(Var::Bmi), 81.0 / (1.8 * 1.8));
    }

    void formatWritesWhatTheReaderReadsBack()
    {
        Snapshot s;
        s.set(Var::Age, 55);
        s.set(Var::Sex, 1);
        s.set(Var::Race, 1);
        s.set(Var::TotalCholesterol, toCanonical(UnitConversion::CholesterolMmolPerL, 5.2));
        s.set(Var::HdlCholesterol, 52);
        s.set(Var::Sbp, 394.0 / 3);
        s.set(Var::Smoking, 4);
        s.set(Var::Hba1c, units::hba1cPercentFromMmolPerMol(48));
        s.set(Var::Ethnicity, 4);
        s.set(Var::Townsend, -2.5);
        s.set(Var::Af, 1);
        EnteredValues entered{};
        entered[index(Var::TotalCholesterol)] = ValueAsEntered{5.2, QStringLiteral("mmol/L")};
        entered[index(Var::Hba1c)] = ValueAsEntered{48, QStringLiteral("mmol/mol")};
        // Typed in the canonical unit: written without brackets.
        entered[index(Var::HdlCholesterol)] = ValueAsEntered{52, QStringLiteral("mg/dL")};
        const auto csv = formatPersonCsv("p, 1", s, &entered);
        QVERIFY2(csv, qPrintable(csv ? QString() : csv.error().message()));
        // Columns in the order of enum Var; units as typed; codes as tokens; the id quoted.
        QCOMPARE(QByteArray::fromStdString(*csv),
                 QByteArray("id,age,sex,race,total_cholesterol[mmol/L],hdl_cholesterol,sbp,"
                            "smoking,hba1c[mmol/mol],ethnicity,townsend,af\r\n"
                            "\"p, 1\",55,male,black,5.2,52,131.33333333333334,heavy,48,"
                            "bangladeshi,-2.5,1\r\n"));
        const Parsed p = parse(QByteArray::fromStdString(*csv));
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.ids[0], std::string("p, 1"));
        for (std::size_t i = 0; i < kVarCount; ++i) // bit for bit, nothing added or lost
            QCOMPARE(p.snapshots[0].values[i], s.values[i]);
    }

    void formatFallsBackToTheCanonicalUnit()
    {
        // A typed value that does not convert to exactly the stored one (a later correction,
        // say) is not used: the stored value is written in the canonical unit.
        Snapshot s;
        s.set(Var::TotalCholesterol, 200);
        s.set(Var::Creatinine, 1.1);
        EnteredValues entered{};
        entered[index(Var::TotalCholesterol)] = ValueAsEntered{5.2, QStringLiteral("mmol/L")};
        entered[index(Var::Creatinine)] = ValueAsEntered{1.1, QStringLiteral("furlongs")};
        const auto csv = formatPersonCsv("x", s, &entered);
        QVERIFY(csv);
        QCOMPARE(QByteArray::fromStdString(*csv),
                 QByteArray("id,total_cholesterol,creatinine\r\nx,200,1.1\r\n"));
    }

    void formatRefusesWhatTheReaderWouldRefuse_data()
    {
        QTest::addColumn<Var>("var");
        QTest::addColumn<double>("value");
        QTest::newRow("flag 2") << Var::Af << 2.0;
        QTest::newRow("unknown smoking code") << Var::Smoking << 6.0;
        QTest::newRow("ethnicity 0 (codes start at 1)") << Var::Ethnicity << 0.0;
        QTest::newRow("fractional code") << Var::Race << 0.5;
        QTest::newRow("fractional age") << Var::Age << 55.5;
        QTest::newRow("infinite") << Var::Sbp << std::numeric_limits<double>::infinity();
    }

    void formatRefusesWhatTheReaderWouldRefuse()
    {
        QFETCH(Var, var);
        QFETCH(double, value);
        Snapshot s;
        s.set(var, value);
        const auto csv = formatPersonCsv("x", s);
        QVERIFY(!csv);
        QCOMPARE(csv.error().code, ErrorCode::InvalidInput);
        QCOMPARE(csv.error().field, QString(varInfo(var).name));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown column")
            << QByteArray("id,age,shoe_size\n1,50,9\n")
            << QStringLiteral("line 1, column 3 (shoe_size): unknown column 'shoe_size'");
        QTest::newRow("unknown unit")
            << QByteArray("id,sbp[kPa]\n1,16\n")
            << QStringLiteral("line 1, column 2 (sbp[kPa]): unknown unit 'kPa' for sbp");
        QTest::newRow("unit not accepted for that column")
            << QByteArray("id,hdl_cholesterol[umol/L]\n1,1\n")
            << QStringLiteral("line 1, column 2 (hdl_cholesterol[umol/L]): unknown unit 'umol/L'");
        QTest::newRow("unit on a category")
            << QByteArray("sex[1]\nmale\n")
            << QStringLiteral("line 1, column 1 (sex[1]): column sex takes no unit");
        QTest::newRow("unclosed unit")
            << QByteArray("sbp[mmHg\n120\n")
            << QStringLiteral("line 1, column 1 (sbp[mmHg): a unit in brackets must close");
        // The unit runs to the final ']': a missing inner bracket makes an unknown unit.
        QTest::newRow("unbalanced nested unit")
            << QByteArray("sbp[mm[Hg]\n120\n")
            << QStringLiteral("line 1, column 1 (sbp[mm[Hg]): unknown unit 'mm[Hg' for sbp");
        QTest::newRow("duplicate column")
            << QByteArray("sbp,age,sbp[mm[Hg]]\n1,2,3\n")
            << QStringLiteral("line 1, column 3 (sbp[mm[Hg]]): duplicate column");
        QTest::newRow("unknown category code")
            << QByteArray("id,age,smoking\n1,50,never\n2,50,sometimes\n")
            << QStringLiteral(
                   "line 3, column 3 (smoking): unknown code 'sometimes' (expected one of "
                   "never, former, light, moderate, heavy, current)");
        QTest::newRow("flag not 0/1")
            << QByteArray("id,bp_treated\n1,yes\n")
            << QStringLiteral("line 2, column 2 (bp_treated): 'yes' is not a flag (write 0 or 1)");
        QTest::newRow("flag 2") << QByteArray("id,statin\n1,2\n")
                                << QStringLiteral("line 2, column 2 (statin): '2' is not a flag");
        QTest::newRow("decimal comma")
            << QByteArray("id,total_cholesterol[mmol/L]\n1,\"5,2\"\n")
            << QStringLiteral(
                   "line 2, column 2 (total_cholesterol[mmol/L]): '5,2' is not a number");
        QTest::newRow("word for number")
            << QByteArray("id,sbp\n1,abc\n")
            << QStringLiteral("line 2, column 2 (sbp): 'abc' is not a number");
        QTest::newRow("fractional age")
            << QByteArray("id,age\n1,50.5\n")
            << QStringLiteral("line 2, column 2 (age): '50.5' is not a whole number");
        QTest::newRow("line after multi-line id")
            << QByteArray("id,sbp\n\"a\nb\",120\nc,x\n")
            << QStringLiteral("line 4, column 2 (sbp): 'x' is not a number");
        QTest::newRow("too few fields")
            << QByteArray("id,sbp,age\n1,120\n")
            << QStringLiteral("line 2, column 3: the record has 2 fields; the header has 3");
        QTest::newRow("id not utf-8") << QByteArray("id,sbp\n\xE9,120\n")
                                      << QStringLiteral("line 2, column 1 (id): not valid UTF-8");
    }
    void errors()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, expected);
        const Parsed p = parse(csv);
        QVERIFY2(
            p.error.startsWith(expected),
            qPrintable(QStringLiteral("got: ") + p.error + QStringLiteral("\nwant: ") + expected));
    }
};

QTEST_GUILESS_MAIN(TestSnapshotCsv)
#include "tst_snapshotcsv.moc"
