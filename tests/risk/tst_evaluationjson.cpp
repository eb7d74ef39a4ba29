// SPDX-License-Identifier: GPL-3.0-or-later
// A recorded assessment reads back exactly as it was shown: every model's evaluation, the
// inputs with their dates, values bit for bit, warnings and refusals; and reading it needs no
// model, so it still opens after a model is changed or retired.
#include "core/risk/EvaluationJson.h"
#include "core/risk/RiskRegistry.h"

#include <QTest>

#include <cmath>
#include <cstring>
#include <limits>

using namespace precis;
using namespace precis::risk;

namespace {

bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

void compareEvaluations(const Evaluation &a, const Evaluation &b)
{
    QCOMPARE(a.modelId, b.modelId);
    QCOMPARE(a.modelVersion, b.modelVersion);
    QCOMPARE(a.inputs.size(), b.inputs.size());
    for (std::size_t i = 0; i < a.inputs.size(); ++i) {
        QCOMPARE(a.inputs[i].var, b.inputs[i].var);
        QVERIFY(sameBits(a.inputs[i].value, b.inputs[i].value));
        QCOMPARE(a.inputs[i].date, b.inputs[i].date);
    }
    QCOMPARE(a.rows.size(), b.rows.size());
    for (std::size_t i = 0; i < a.rows.size(); ++i) {
        const OutcomeRow &x = a.rows[i];
        const OutcomeRow &y = b.rows[i];
        QCOMPARE(x.outcome, y.outcome);
        QCOMPARE(x.unit, y.unit);
        QCOMPARE(x.horizonYears, y.horizonYears);
        QCOMPARE(x.value.has_value(), y.value.has_value());
        if (x.value)
            QVERIFY2(sameBits(*x.value, *y.value),
                     qPrintable(QStringLiteral("%1 vs %2")
                                    .arg(*x.value, 0, 'g', 17)
                                    .arg(*y.value, 0, 'g', 17)));
        QCOMPARE(x.category, y.category);
        QCOMPARE(x.status, y.status);
        QCOMPARE(x.messages, y.messages);
    }
}

Snapshot patient()
{
    Snapshot s;
    s.asOf = QDate(2025, 6, 30);
    const QDate lab(2025, 5, 2);
    s.set(clinical::Var::Age, 61, s.asOf);
    s.set(clinical::Var::Sex, 0, s.asOf);
    s.set(clinical::Var::Race, 1, QDate(2019, 1, 1));
    s.set(clinical::Var::TotalCholesterol, 5.3 * 38.67, lab); // a converted, inexact value
    s.set(clinical::Var::HdlCholesterol, 1.1 * 38.67, lab);
    s.set(clinical::Var::Sbp, 412.0 / 3.0, QDate(2025, 6, 1)); // a mean of three readings
    s.set(clinical::Var::BpTreated, 1, QDate(2024, 1, 1));
    s.set(clinical::Var::Statin, 0, QDate(2024, 1, 1));
    s.set(clinical::Var::Diabetes, 2, QDate(2020, 1, 1));
    s.set(clinical::Var::Smoking, 1, QDate(2023, 1, 1));
    s.set(clinical::Var::Egfr, 47.3, lab);
    s.set(clinical::Var::Bmi, 31.2, lab);
    s.set(clinical::Var::Ethnicity, 6, QDate(2019, 1, 1));
    s.set(clinical::Var::Af, 1, QDate(2022, 1, 1));
    s.set(clinical::Var::Uacr, 48.6, lab);
    s.set(clinical::Var::KfreRegion, 1, QDate(2019, 1, 1));
    return s;
}

} // namespace

class TestEvaluationJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyModelRoundTrips()
    {
        RiskRegistry registry;
        registerStandardModels(registry);
        const Snapshot s = patient();
        std::vector<const RiskModel *> models;
        std::vector<Evaluation> evaluations;
        for (const auto &m : registry.models()) {
            models.push_back(m.get());
            evaluations.push_back(m->evaluate(s));
        }
        AssessmentPayload payload = makeAssessmentPayload(s, models, evaluations);
        payload.guidelineRegion = QStringLiteral("uk");
        // The patient is incomplete on purpose, so refusals and warnings are among the rows.
        bool refused = false;
        for (const Evaluation &e : evaluations)
            for (const OutcomeRow &r : e.rows)
                refused = refused || r.status == Status::Refused;
        QVERIFY(refused);

        const QByteArray json = assessmentToJson(payload);
        auto back = assessmentFromJson(json);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().message()));
        QCOMPARE(back->asOf, payload.asOf);
        QCOMPARE(back->guidelineRegion, QStringLiteral("uk"));
        QCOMPARE(back->snapshot.asOf, s.asOf);
        for (std::size_t i = 0; i < clinical::kVarCount; ++i) {
            QCOMPARE(back->snapshot.values[i].has_value(), s.values[i].has_value());
            if (s.values[i]) {
                QVERIFY(sameBits(*back->snapshot.values[i], *s.values[i]));
                QCOMPARE(back->snapshot.dates[i], s.dates[i]);
            }
        }
        QCOMPARE(back->models.size(), payload.models.size());
        for (std::size_t i = 0; i < payload.models.size(); ++i) {
            QCOMPARE(back->models[i].cardId, payload.models[i].cardId);
            QCOMPARE(back->models[i].cardVersion, payload.models[i].cardVersion);
            QCOMPARE(back->models[i].cardName, payload.models[i].cardName);
            QCOMPARE(back->models[i].guideline, payload.models[i].guideline);
            QCOMPARE(back->models[i].disclaimer, payload.models[i].disclaimer);
            compareEvaluations(back->models[i].evaluation, payload.models[i].evaluation);
        }
        // Writing what was read gives the same text.
        QCOMPARE(assessmentToJson(*back), json);
    }

    void awkwardValuesRoundTrip()
    {
        Evaluation e;
        e.modelId = QStringLiteral("retired-model"); // not in any registry: still readable
        e.modelVersion = QStringLiteral("0.9");
        e.inputs = {{clinical::Var::Sbp, 0.1 + 0.2, QDate(2020, 2, 29)},
                    {clinical::Var::Uacr, 1e-300, QDate()}};
        OutcomeRow ok{QStringLiteral("ascvd"),
                      QStringLiteral("%"),
                      10,
                      1.0 / 3.0,
                      QStringLiteral("low"),
                      Status::Warning,
                      {QStringLiteral("outside the derivation range; \"quoted\" ünïcode")},
                      {}};
        OutcomeRow none{QStringLiteral("heart_age"),
                        QStringLiteral("a"),
                        std::nullopt,
                        std::nullopt,
                        QString(),
                        Status::Refused,
                        {QStringLiteral("hdl_cholesterol missing")},
                        {}};
        OutcomeRow inf{QStringLiteral("x"),
                       QString(),
                       5,
                       std::numeric_limits<double>::infinity(),
                       QString(),
                       Status::Ok,
                       {},
                       {}};
        e.rows = {ok, none, inf};
        AssessmentPayload p;
        p.asOf = QDate(2025, 1, 2);
        p.snapshot.asOf = p.asOf;
        p.models.push_back({QStringLiteral("retired-model"),
                            QStringLiteral("0.9"),
                            QStringLiteral("Old"),
                            QString(),
                            QString(),
                            e});
        auto back = assessmentFromJson(assessmentToJson(p));
        QVERIFY2(back, qPrintable(back ? QString() : back.error().message()));
        QCOMPARE(back->models.size(), std::size_t(1));
        compareEvaluations(back->models[0].evaluation, e);
    }

    void malformedIsNamed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("field");
        const QByteArray head
            = R"({"format":"precis-assessment","formatVersion":1,"asOf":"2025-01-02","guidelineRegion":"us","snapshot":{"asOf":"2025-01-02","values":)";
        QTest::newRow("not json") << QByteArray("{") << int(ErrorCode::InvalidInput)
                                  << QStringLiteral("offset 1");
        QTest::newRow("other format") << QByteArray(R"({"format":"x"})")
                                      << int(ErrorCode::InvalidInput) << QStringLiteral("format");
        QTest::newRow("newer version")
            << QByteArray(R"({"format":"precis-assessment","formatVersion":2})")
            << int(ErrorCode::Unsupported) << QStringLiteral("formatVersion");
        QTest::newRow("unknown variable")
            << head + R"([{"var":"shoe_size","value":44,"date":""}]},"models":[]})"
            << int(ErrorCode::Unsupported) << QStringLiteral("snapshot.values[0].var");
        QTest::newRow("bad status")
            << head
                   + R"([]},"models":[{"cardId":"a","cardVersion":"1","cardName":"A","guideline":"","disclaimer":"","evaluation":{"modelId":"a","modelVersion":"1","inputs":[],"rows":[{"outcome":"o","unit":"%","category":"","status":"great","messages":[],"horizonYears":null,"value":null}]}}]})"
            << int(ErrorCode::InvalidInput)
            << QStringLiteral("models[0].evaluation.rows[0].status");
    }

    void malformedIsNamed()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, code);
        QFETCH(QString, field);
        auto r = assessmentFromJson(json);
        QVERIFY(!r);
        QCOMPARE(int(r.error().code), code);
        QCOMPARE(r.error().field, field);
    }
};

QTEST_GUILESS_MAIN(TestEvaluationJson)
#include "tst_evaluationjson.moc"
