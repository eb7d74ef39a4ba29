// SPDX-License-Identifier: GPL-3.0-or-later
// AHA PREVENT (Khan 2024): published examples for every variant, rows of the second
// implementation in tests/reference/ for the missing-value terms and spline knots, variant
// selection, refusals, warnings, categories and the output contract.
#include "core/risk/models/ModelFactories.h"
#include "core/risk/models/PreventModel.h"

#include <QTest>

#include <cmath>
#include <memory>

using precis::clinical::Snapshot;
using precis::clinical::Var;
using precis::risk::Evaluation;
using precis::risk::RiskModel;
using precis::risk::Status;
namespace models = precis::risk::models;

Q_DECLARE_METATYPE(precis::clinical::Snapshot)

namespace {

struct Profile
{
    double age, sex, tc, hdl, sbp, bpTreated, statin, diabetes, smoking, egfr, bmi;
};

Snapshot snapshot(const Profile &p)
{
    Snapshot s;
    s.set(Var::Age, p.age);
    s.set(Var::Sex, p.sex);
    s.set(Var::TotalCholesterol, p.tc);
    s.set(Var::HdlCholesterol, p.hdl);
    s.set(Var::Sbp, p.sbp);
    s.set(Var::BpTreated, p.bpTreated);
    s.set(Var::Statin, p.statin);
    s.set(Var::Diabetes, p.diabetes);
    s.set(Var::Smoking, p.smoking);
    s.set(Var::Egfr, p.egfr);
    s.set(Var::Bmi, p.bmi);
    return s;
}

// Khan 2024 Table S25 / preventr README and tests: 50 y, SBP 160 on treatment, TC 200,
// HDL 45 mg/dL, no statin, diabetes (type 2), non-smoker, eGFR 90, BMI 35.
Snapshot example(double sex)
{
    return snapshot({50, sex, 200, 45, 160, 1, 0, 2, 0, 90, 35});
}

std::unique_ptr<RiskModel> make(const QString &id)
{
    if (id == QLatin1String("prevent"))
        return models::makePreventModel();
    if (id == QLatin1String("prevent-base"))
        return models::makePreventBaseModel();
    if (id == QLatin1String("prevent-uacr"))
        return models::makePreventUacrModel();
    if (id == QLatin1String("prevent-hba1c"))
        return models::makePreventHba1cModel();
    if (id == QLatin1String("prevent-sdi"))
        return models::makePreventSdiModel();
    return models::makePreventFullModel();
}

const char *const kOutcomes[] = {"total_cvd", "ascvd", "heart_failure", "chd", "stroke"};

void compareRows(const Evaluation &e, const QList<double> &expected, double tolerance)
{
    QCOMPARE(e.rows.size(), std::size_t(10));
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const auto &row = e.rows[std::size_t(i)];
        QVERIFY2(row.value.has_value(), qPrintable(row.messages.join(QLatin1Char(';'))));
        QVERIFY2(std::abs(*row.value - expected[i]) <= tolerance,
                 qPrintable(QStringLiteral("row %1 (%2, %3 y): got %4, expected %5 +- %6")
                                .arg(i)
                                .arg(row.outcome)
                                .arg(row.horizonYears.value_or(0))
                                .arg(*row.value, 0, 'g', 12)
                                .arg(expected[i])
                                .arg(tolerance)));
    }
}

} // namespace

class TestPrevent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cardContract_data();
    void cardContract();
    void publishedExamples_data();
    void publishedExamples();
    void secondImplementation_data();
    void secondImplementation();
    void automaticVariant_data();
    void automaticVariant();
    void outOfRangeAddOn();
    void forcedVariantIgnoresOtherAddOns();
    void refusedKeepsChosenVariant();
    void thirtyYearRefusedFrom60();
    void refusals_data();
    void refusals();
    void priorCvdWarns();
    void categoryEdges_data();
    void categoryEdges();
    void smokingCodes();
};

void TestPrevent::cardContract_data()
{
    QTest::addColumn<QString>("id");
    for (const char *id : {"prevent",
                           "prevent-base",
                           "prevent-uacr",
                           "prevent-hba1c",
                           "prevent-sdi",
                           "prevent-full"})
        QTest::newRow(id) << QString::fromLatin1(id);
}

void TestPrevent::cardContract()
{
    QFETCH(QString, id);
    const auto model = make(id);
    const auto &card = model->card();
    QCOMPARE(card.id, id);
    QCOMPARE(card.outputs.size(), std::size_t(10));
    for (std::size_t i = 0; i < 10; ++i) {
        QCOMPARE(card.outputs[i].outcome, QString::fromLatin1(kOutcomes[i % 5]));
        QCOMPARE(card.outputs[i].unit, QStringLiteral("%"));
        QCOMPARE(card.outputs[i].horizonYears, std::optional<int>(i < 5 ? 10 : 30));
    }
    QVERIFY(card.players.size() <= 14);
    for (const auto &in : card.inputs) {
        const bool held
            = std::find(card.heldForExplanation.begin(), card.heldForExplanation.end(), in.var)
              != card.heldForExplanation.end();
        if (!held)
            QVERIFY2(card.reference.has(in.var), "reference profile misses an input");
    }
    const Evaluation e = model->evaluate(example(0));
    QCOMPARE(e.rows.size(), std::size_t(10));
    for (std::size_t i = 0; i < 10; ++i) {
        QCOMPARE(e.rows[i].outcome, QString::fromLatin1(kOutcomes[i % 5]));
        QCOMPARE(e.rows[i].unit, QStringLiteral("%"));
        QCOMPARE(e.rows[i].horizonYears, std::optional<int>(i < 5 ? 10 : 30));
        QCOMPARE(e.rows[i].status, Status::Ok);
        // Only the 10-year ASCVD row carries a category.
        QCOMPARE(e.rows[i].category.isEmpty(), i != 1);
    }
    QCOMPARE(e.modelVersion, QStringLiteral("2024"));
}

void TestPrevent::publishedExamples_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<Snapshot>("input");
    QTest::addColumn<QList<double>>("expected");

    // Values published to 0.1 % (preventr rounds proportions to 3 decimals): tolerance 0.05
    // point. Order: total CVD, ASCVD, HF, CHD, stroke at 10 years, then at 30 years.
    // Sources: Khan 2024 Table S25 and martingmayer/preventr README.md (women, base); all rows:
    // preventr 0.12.0 tests/testthat/test-estimate_risk.R ("... model works, female/male").
    // HbA1c 9.2 %, UACR 92 mg/g, SDI: zip 14738, which preventr's SDI table maps to decile 3.
    const Snapshot f = example(0);
    const Snapshot m = example(1);
    auto with = [](Snapshot s, double uacr, double hba1c, double sdi) {
        if (uacr > 0)
            s.set(Var::Uacr, uacr);
        if (hba1c > 0)
            s.set(Var::Hba1c, hba1c);
        if (sdi > 0)
            s.set(Var::SdiDecile, sdi);
        return s;
    };
    QTest::newRow("khan2024-S25-women-base")
        << "prevent" << f << QList<double>{14.7, 9.2, 8.1, 4.4, 5.4, 53.0, 35.4, 39.0, 19.8, 22.1};
    QTest::newRow("preventr-women-hba1c")
        << "prevent" << with(f, 0, 9.2, 0)
        << QList<double>{16.5, 10.3, 10.7, 5.5, 5.3, 54.1, 35.6, 44.9, 21.9, 20.0};
    QTest::newRow("preventr-women-uacr")
        << "prevent" << with(f, 92, 0, 0)
        << QList<double>{18.1, 11.1, 10.5, 5.5, 6.5, 56.5, 38.1, 43.7, 22.0, 24.1};
    QTest::newRow("preventr-women-sdi")
        << "prevent" << with(f, 0, 0, 3)
        << QList<double>{12.7, 8.0, 7.0, 3.8, 4.7, 48.5, 32.2, 35.8, 17.9, 20.2};
    QTest::newRow("preventr-women-full")
        << "prevent" << with(f, 92, 9.2, 3)
        << QList<double>{17.4, 10.5, 11.4, 5.6, 5.6, 53.4, 34.8, 44.3, 21.3, 20.4};
    QTest::newRow("preventr-men-base")
        << "prevent" << m
        << QList<double>{16.3, 10.2, 10.6, 5.6, 5.2, 51.4, 34.9, 42.4, 21.6, 19.7};
    QTest::newRow("preventr-men-hba1c")
        << "prevent" << with(m, 0, 9.2, 0)
        << QList<double>{18.7, 11.2, 13.0, 6.3, 5.6, 52.4, 34.0, 45.7, 21.1, 18.8};
    QTest::newRow("preventr-men-uacr")
        << "prevent" << with(m, 92, 0, 0)
        << QList<double>{19.5, 12.3, 13.0, 6.6, 6.3, 53.5, 36.8, 44.8, 22.7, 21.3};
    QTest::newRow("preventr-men-sdi")
        << "prevent" << with(m, 0, 0, 3)
        << QList<double>{14.3, 8.8, 8.9, 4.9, 4.3, 48.0, 31.7, 38.4, 19.9, 17.1};
    QTest::newRow("preventr-men-full")
        << "prevent" << with(m, 92, 9.2, 3)
        << QList<double>{19.1, 11.2, 13.1, 6.8, 5.2, 51.3, 32.6, 43.8, 21.6, 16.7};
    // The same published values through the forced ids.
    QTest::newRow("forced-base-women")
        << "prevent-base" << with(f, 92, 9.2, 3)
        << QList<double>{14.7, 9.2, 8.1, 4.4, 5.4, 53.0, 35.4, 39.0, 19.8, 22.1};
    QTest::newRow("forced-full-men")
        << "prevent-full" << with(m, 92, 9.2, 3)
        << QList<double>{19.1, 11.2, 13.1, 6.8, 5.2, 51.3, 32.6, 43.8, 21.6, 16.7};
    QTest::newRow("forced-uacr-women")
        << "prevent-uacr" << with(f, 92, 0, 0)
        << QList<double>{18.1, 11.1, 10.5, 5.5, 6.5, 56.5, 38.1, 43.7, 22.0, 24.1};
}

void TestPrevent::publishedExamples()
{
    QFETCH(QString, id);
    QFETCH(Snapshot, input);
    QFETCH(QList<double>, expected);
    compareRows(make(id)->evaluate(input), expected, 0.05 + 1e-9);
}

void TestPrevent::secondImplementation_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<Snapshot>("input");
    QTest::addColumn<QList<double>>("expected");

    // No published examples exercise the missing-value terms, the spline knots or the range
    // edges. These rows are the values of tests/reference/precis_reference.py, the second
    // implementation in this repository (written from Khan 2024 Table S12 as transcribed from
    // preventr: terms as documented there with mg/dL / 38.67, logit = Σ β·x, risk =
    // 100 / (1 + e^-logit)), to 12 significant digits: agreement with a second implementation,
    // not a published value. Tolerance 1e-9 point. Example of the arithmetic,
    // men, full model, 10-y total CVD, nothing optional known: x = (age -1.0, nonHDL
    // 180/38.67-3.5, HDL (40/38.67-1.3)/0.3, SBP-high 0.4, smoker 1, eGFR-high 1.0,
    // statin 1, ..., missing SDI/UACR/HbA1c 1, 1, 1) -> 3.381212175 %.
    Snapshot s = snapshot({45, 1, 220, 40, 138, 0, 1, 0, 5, 75, 28});
    QTest::newRow("full-nothing-known-men") << "prevent-full" << s
                                            << QList<double>{3.381212175,
                                                             2.72844227848,
                                                             1.01375817347,
                                                             1.73297809174,
                                                             0.991646266665,
                                                             26.028555962,
                                                             19.4907934516,
                                                             9.91640049903,
                                                             13.2233444448,
                                                             7.6953959877};
    s.set(Var::Sex, 0);
    QTest::newRow("uacr-missing-women") << "prevent-uacr" << s
                                        << QList<double>{3.1246173577,
                                                         2.32642878456,
                                                         0.812864655941,
                                                         1.25292376044,
                                                         1.11801152023,
                                                         22.9666728102,
                                                         15.8360165526,
                                                         7.8491303441,
                                                         9.39192088345,
                                                         7.70777727809};
    s = snapshot({38, 0, 180, 62, 110, 0, 0, 0, 1, 105, 30});
    s.set(Var::Hba1c, 5.9);
    QTest::newRow("hba1c-no-diabetes-knots-sbp110-bmi30") << "prevent" << s
                                                          << QList<double>{0.465093412801,
                                                                           0.301778443018,
                                                                           0.189019869204,
                                                                           0.115193167256,
                                                                           0.192155820531,
                                                                           3.64527313539,
                                                                           2.1719800903,
                                                                           1.93246971112,
                                                                           0.899049736263,
                                                                           1.3473417333};
    s = snapshot({52, 1, 250, 35, 100, 1, 0, 1, 2, 45, 22});
    s.set(Var::SdiDecile, 5);
    QTest::newRow("sdi-decile5-men-egfr45") << "prevent" << s
                                            << QList<double>{27.6972795588,
                                                             16.2509114547,
                                                             16.5172816369,
                                                             12.9477955943,
                                                             5.313822183,
                                                             52.9285868522,
                                                             33.9417323452,
                                                             36.3032912746,
                                                             28.3752676006,
                                                             12.4158893143};
    s.set(Var::Sex, 0);
    s.set(Var::SdiDecile, 8);
    QTest::newRow("sdi-decile8-women") << "prevent-sdi" << s
                                       << QList<double>{30.3248168557,
                                                        17.1625462116,
                                                        18.1520460732,
                                                        11.4368432601,
                                                        8.13967936831,
                                                        59.7941175223,
                                                        38.0893121461,
                                                        43.5473338939,
                                                        27.943471732,
                                                        19.9249686457};
    s = snapshot({59, 1, 130, 100, 180, 1, 1, 2, 0, 15, 39.9});
    s.set(Var::Uacr, 0.1);
    s.set(Var::Hba1c, 15);
    s.set(Var::SdiDecile, 10);
    QTest::newRow("full-range-edges-men") << "prevent" << s
                                          << QList<double>{24.091556179,
                                                           9.77536590262,
                                                           54.5379451339,
                                                           4.09221722328,
                                                           8.62944988201,
                                                           34.2429102646,
                                                           14.0466881818,
                                                           64.7157092731,
                                                           6.07601726992,
                                                           12.3929320621};
    s = snapshot({30, 0, 320, 20, 90, 0, 0, 0, 3, 140, 18.5});
    QTest::newRow("base-age30-range-edges-women") << "prevent" << s
                                                  << QList<double>{3.10803312673,
                                                                   1.99657565271,
                                                                   0.247058888324,
                                                                   1.75109558301,
                                                                   0.581440535809,
                                                                   17.5191085037,
                                                                   10.9310375715,
                                                                   1.78216569548,
                                                                   10.1406313337,
                                                                   3.22223025567};
    s = snapshot({70, 1, 190, 55, 150, 1, 1, 0, 0, 60, 30});
    QTest::newRow("base-age70-men-10y-only")
        << "prevent" << s
        << QList<double>{16.9799501088, 10.3426243232, 10.1530971093, 5.65534440749, 5.72093885063};
}

void TestPrevent::secondImplementation()
{
    QFETCH(QString, id);
    QFETCH(Snapshot, input);
    QFETCH(QList<double>, expected);
    compareRows(make(id)->evaluate(input), expected, 1e-9);
}

void TestPrevent::automaticVariant_data()
{
    QTest::addColumn<Snapshot>("input");
    QTest::addColumn<QString>("chosen");

    Snapshot s = example(0);
    QTest::newRow("none") << s << QStringLiteral("prevent-base");
    s.set(Var::Uacr, 92);
    QTest::newRow("uacr") << s << QStringLiteral("prevent-uacr");
    s.set(Var::SdiDecile, 7);
    QTest::newRow("uacr+sdi") << s << QStringLiteral("prevent-full");
    s.clear(Var::Uacr);
    QTest::newRow("sdi") << s << QStringLiteral("prevent-sdi");
    s.clear(Var::SdiDecile);
    s.set(Var::Hba1c, 6.1);
    QTest::newRow("hba1c") << s << QStringLiteral("prevent-hba1c");
    // A recorded add-on counts even when its value cannot be used: it then enters the chosen
    // variant through its missing-value term (issue #4: "the variant runs with it missing
    // through the published missing-value terms"; only the add-on variants have such terms).
    s.set(Var::Uacr, 25001);
    QTest::newRow("hba1c+bad-uacr") << s << QStringLiteral("prevent-full");
    s.clear(Var::Hba1c);
    QTest::newRow("bad-uacr-only") << s << QStringLiteral("prevent-uacr");
    s.set(Var::SdiDecile, 2.5); // not a whole decile: counted, not used
    QTest::newRow("bad-uacr+bad-sdi") << s << QStringLiteral("prevent-full");
    s.set(Var::Uacr, 30);
    QTest::newRow("uacr+bad-sdi") << s << QStringLiteral("prevent-full");
}

void TestPrevent::automaticVariant()
{
    QFETCH(Snapshot, input);
    QFETCH(QString, chosen);
    const Evaluation automatic = models::makePreventModel()->evaluate(input);
    QCOMPARE(automatic.modelId, chosen);
    // Same numbers as the forced variant (which treats unusable add-ons as missing).
    const Evaluation forced = make(chosen)->evaluate(input);
    QCOMPARE(forced.modelId, chosen);
    for (std::size_t i = 0; i < 10; ++i)
        QCOMPARE(*automatic.rows[i].value, *forced.rows[i].value);
}

void TestPrevent::outOfRangeAddOn()
{
    Snapshot s = example(0);
    s.set(Var::Uacr, 30000);
    s.set(Var::Hba1c, 4.4);
    const Evaluation e = models::makePreventModel()->evaluate(s);
    // Both add-ons are recorded, so the full model runs with both through their missing-value
    // terms - the same numbers as the forced full model with neither recorded.
    QCOMPARE(e.modelId, QStringLiteral("prevent-full"));
    const Evaluation base = models::makePreventFullModel()->evaluate(example(0));
    for (std::size_t i = 0; i < 10; ++i) {
        QCOMPARE(e.rows[i].status, Status::Warning);
        const QString text = e.rows[i].messages.join(QLatin1Char('\n'));
        QVERIFY2(text.contains(QStringLiteral("uacr = 30000 mg/g")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("hba1c = 4.4 %")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("not used")));
        QCOMPARE(*e.rows[i].value, *base.rows[i].value);
    }
    for (const auto &used : e.inputs)
        QVERIFY(used.var != Var::Uacr && used.var != Var::Hba1c);

    // A forced variant runs with the out-of-range add-on as missing, and warns.
    const Evaluation forced = models::makePreventUacrModel()->evaluate(s);
    Snapshot missing = example(0);
    const Evaluation reference = models::makePreventUacrModel()->evaluate(missing);
    QCOMPARE(forced.rows[0].status, Status::Warning);
    QVERIFY(forced.rows[0].messages.join(QString()).contains(QStringLiteral("uacr = 30000")));
    for (std::size_t i = 0; i < 10; ++i)
        QCOMPARE(*forced.rows[i].value, *reference.rows[i].value);
    QCOMPARE(reference.rows[0].status, Status::Ok);
    // Missing UACR is not the base model: the missing-value term moves the result.
    QVERIFY(std::abs(*reference.rows[0].value - *base.rows[0].value) > 1e-3);
}

void TestPrevent::refusedKeepsChosenVariant()
{
    // Issue #4: "the chosen id is the output's model" - also when the person is refused, so
    // a batch consumer sees one model id per person whatever the outcome.
    Snapshot s = example(0);
    s.set(Var::Uacr, 30);
    s.set(Var::Bmi, 45); // outside 18.5-39.9: refused
    const Evaluation e = models::makePreventModel()->evaluate(s);
    QCOMPARE(e.modelId, QStringLiteral("prevent-uacr"));
    QCOMPARE(e.rows.size(), std::size_t(10));
    for (const auto &row : e.rows) {
        QCOMPARE(row.status, Status::Refused);
        QVERIFY(!row.value.has_value());
        QVERIFY(row.messages.join(QString()).contains(QStringLiteral("bmi = 45 kg/m2")));
    }
    s.set(Var::Hba1c, 5.5);
    QCOMPARE(models::makePreventModel()->evaluate(s).modelId, QStringLiteral("prevent-full"));
    s.clear(Var::Uacr);
    s.clear(Var::Hba1c);
    QCOMPARE(models::makePreventModel()->evaluate(s).modelId, QStringLiteral("prevent-base"));
}

void TestPrevent::forcedVariantIgnoresOtherAddOns()
{
    Snapshot s = example(1);
    s.set(Var::Hba1c, 9.2);
    s.set(Var::SdiDecile, 9);
    s.set(Var::Uacr, 92);
    const Evaluation e = models::makePreventUacrModel()->evaluate(s);
    QCOMPARE(e.modelId, QStringLiteral("prevent-uacr"));
    QCOMPARE(e.rows[0].status, Status::Ok);
    QVERIFY(std::abs(*e.rows[0].value - 19.5) <= 0.05);
    bool usedUacr = false;
    for (const auto &used : e.inputs) {
        QVERIFY(used.var != Var::Hba1c && used.var != Var::SdiDecile);
        usedUacr = usedUacr || used.var == Var::Uacr;
    }
    QVERIFY(usedUacr);
}

void TestPrevent::thirtyYearRefusedFrom60()
{
    Snapshot s = example(0);
    s.set(Var::Age, 59);
    Evaluation e = models::makePreventModel()->evaluate(s);
    for (const auto &row : e.rows)
        QCOMPARE(row.status, Status::Ok);
    s.set(Var::Age, 60);
    e = models::makePreventModel()->evaluate(s);
    for (std::size_t i = 0; i < 5; ++i) {
        QCOMPARE(e.rows[i].status, Status::Ok);
        QVERIFY(e.rows[i].value.has_value());
    }
    for (std::size_t i = 5; i < 10; ++i) {
        QCOMPARE(e.rows[i].status, Status::Refused);
        QVERIFY(!e.rows[i].value.has_value());
        QCOMPARE(e.rows[i].horizonYears, std::optional<int>(30));
        const QString text = e.rows[i].messages.join(QString());
        QVERIFY2(text.contains(QStringLiteral("age = 60 a")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("30-59")));
    }
    s.set(Var::Age, 79);
    e = models::makePreventFullModel()->evaluate(s);
    QVERIFY(e.rows[0].value.has_value());
    QCOMPARE(e.rows[9].status, Status::Refused);
}

void TestPrevent::refusals_data()
{
    QTest::addColumn<Snapshot>("input");
    QTest::addColumn<QString>("mustContain");
    QTest::addColumn<QString>("range");

    const Snapshot ok = example(0);
    Snapshot s = ok;
    s.set(Var::Age, 29);
    QTest::newRow("age-29") << s << "age = 29 a"
                            << "30-79 a";
    s.set(Var::Age, 80);
    QTest::newRow("age-80") << s << "age = 80 a"
                            << "30-79 a";
    s = ok;
    s.set(Var::Sbp, 181);
    QTest::newRow("sbp-181") << s << "sbp = 181 mm[Hg]"
                             << "90-180 mm[Hg]";
    s = ok;
    s.set(Var::Bmi, 40);
    QTest::newRow("bmi-40") << s << "bmi = 40 kg/m2"
                            << "18.5-39.9 kg/m2";
    s = ok;
    s.set(Var::Egfr, 14);
    QTest::newRow("egfr-14") << s << "egfr = 14 mL/min/{1.73_m2}"
                             << "15-140 mL/min/{1.73_m2}";
    s = ok;
    s.set(Var::TotalCholesterol, 129);
    QTest::newRow("tc-129") << s << "total_cholesterol = 129 mg/dL"
                            << "130-320 mg/dL";
    s = ok;
    s.set(Var::HdlCholesterol, 101);
    QTest::newRow("hdl-101") << s << "hdl_cholesterol = 101 mg/dL"
                             << "20-100 mg/dL";
    s = ok;
    s.clear(Var::Statin);
    QTest::newRow("missing-statin") << s << "statin is missing"
                                    << "0-1";
    s = ok;
    s.clear(Var::Bmi);
    QTest::newRow("missing-bmi") << s << "bmi is missing"
                                 << "18.5-39.9 kg/m2";
}

void TestPrevent::refusals()
{
    QFETCH(Snapshot, input);
    QFETCH(QString, mustContain);
    QFETCH(QString, range);
    for (const char *id : {"prevent", "prevent-full"}) {
        const Evaluation e = make(QString::fromLatin1(id))->evaluate(input);
        QCOMPARE(e.rows.size(), std::size_t(10));
        for (std::size_t i = 0; i < 10; ++i) {
            QCOMPARE(e.rows[i].status, Status::Refused);
            QCOMPARE(e.rows[i].outcome, QString::fromLatin1(kOutcomes[i % 5]));
            const QString text = e.rows[i].messages.join(QLatin1Char('\n'));
            QVERIFY2(text.contains(mustContain), qPrintable(text));
            QVERIFY2(text.contains(range), qPrintable(text));
        }
    }
}

void TestPrevent::priorCvdWarns()
{
    Snapshot s = example(0);
    s.set(Var::Cvd, 1);
    const Evaluation e = models::makePreventModel()->evaluate(s);
    for (const auto &row : e.rows) {
        QCOMPARE(row.status, Status::Warning);
        QVERIFY(row.messages.join(QString()).contains(QStringLiteral("cvd = 1")));
        QVERIFY(row.value.has_value());
    }
    QVERIFY(std::abs(*e.rows[0].value - 14.7) <= 0.05);
}

void TestPrevent::categoryEdges_data()
{
    QTest::addColumn<double>("percent");
    QTest::addColumn<QString>("category");
    // 2026 ACC/AHA dyslipidemia: low < 3, borderline 3 to < 5, intermediate 5 to < 10,
    // high >= 10.
    QTest::newRow("0") << 0.0 << "low";
    QTest::newRow("2.999999") << 2.999999 << "low";
    QTest::newRow("3") << 3.0 << "borderline";
    QTest::newRow("4.999999") << 4.999999 << "borderline";
    QTest::newRow("5") << 5.0 << "intermediate";
    QTest::newRow("9.999999") << 9.999999 << "intermediate";
    QTest::newRow("10") << 10.0 << "high";
}

void TestPrevent::categoryEdges()
{
    QFETCH(double, percent);
    QFETCH(QString, category);
    QCOMPARE(models::PreventModel::category(percent), category);
}

void TestPrevent::smokingCodes()
{
    auto model = models::makePreventBaseModel();
    Snapshot s = example(1);
    const double never = *model->evaluate(s).rows[0].value;
    s.set(Var::Smoking, 1);
    QCOMPARE(*model->evaluate(s).rows[0].value, never);
    s.set(Var::Smoking, 2);
    const double light = *model->evaluate(s).rows[0].value;
    QVERIFY(light > never);
    s.set(Var::Smoking, 5);
    QCOMPARE(*model->evaluate(s).rows[0].value, light);
    // Example ASCVD 9.2 % -> "intermediate"; row 1 carries it.
    const Evaluation e = models::makePreventModel()->evaluate(example(0));
    QCOMPARE(e.rows[1].category, QStringLiteral("intermediate"));
}

QTEST_APPLESS_MAIN(TestPrevent)
#include "tst_prevent.moc"
