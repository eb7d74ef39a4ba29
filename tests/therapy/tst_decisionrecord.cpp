// SPDX-License-Identifier: GPL-3.0-or-later
// What a treatment decision stores about its recommendation, and the re-derivation behind
// `precis-cli replay` (issue #10): canonical inputs and their SHA-256, the stored row, and that
// a changed stored input, knowledge-base version or model version is reported as a difference.
#include "DecisionFacts.h"

#include "core/risk/AssessmentReplay.h"
#include "core/risk/EvaluationJson.h"
#include "core/therapy/DecisionRecord.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace precis;
using namespace precis::therapy;

namespace {

bool hasField(const std::vector<risk::ReplayDifference> &d, const QString &field)
{
    return std::any_of(d.begin(), d.end(), [&](const auto &x) { return x.field == field; });
}

QString fields(const std::vector<risk::ReplayDifference> &d)
{
    QStringList out;
    for (const auto &x : d)
        out << QStringLiteral("%1 (stored '%2', now '%3')").arg(x.field, x.stored, x.now);
    return out.join(QStringLiteral("; "));
}

} // namespace

class TestDecisionRecord : public QObject
{
    Q_OBJECT
    risk::RiskRegistry m_registry;
    KnowledgeBase m_kb;

    /// The first eligible row with an ARR for the synthetic patient, stored as a decision would.
    RecommendationRecord record(const ChartFacts &facts)
    {
        const OptionEngine engine(m_kb, m_registry);
        for (const OptionRow &r : engine.assess(contextFromChart(facts))) {
            if (r.eligible && r.arrPct) {
                const QByteArray inputs = decisionInputsToJson(facts);
                return {r.option,
                        m_kb.version,
                        inputsSha256(inputs),
                        inputs,
                        recommendationToJson(r, modelVersion(m_registry, r.model))};
            }
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        risk::registerStandardModels(m_registry);
        auto kb = loadKnowledgeBase();
        QVERIFY2(kb, qPrintable(kb ? QString() : kb.error().message()));
        m_kb = *kb;
    }

    void sha256OfKnownText()
    {
        // FIPS 180-2, appendix B.1: SHA-256("abc").
        QCOMPARE(
            inputsSha256("abc"),
            QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    void inputsRoundTripByteForByte()
    {
        const ChartFacts facts = test::decisionFacts();
        const QByteArray json = decisionInputsToJson(facts);
        auto back = decisionInputsFromJson(json);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().message()));
        QCOMPARE(decisionInputsToJson(*back), json);
        QCOMPARE(back->medications.size(), std::size_t(1));
        QCOMPARE(back->allergies.front().substance, QStringLiteral("penicillin"));
        QCOMPARE(back->pregnant, std::optional<bool>(false));
        QVERIFY(!back->dialysis.has_value()); // unknown stays unknown, never "no"
        QCOMPARE(back->snapshot.get(clinical::Var::Sbp), std::optional<double>(152));
    }

    void hashChangesWhenAnInputChanges()
    {
        const ChartFacts facts = test::decisionFacts();
        const QString hash = inputsSha256(decisionInputsToJson(facts));
        QCOMPARE(inputsSha256(decisionInputsToJson(test::decisionFacts())), hash);

        ChartFacts sbp = facts;
        sbp.snapshot.set(clinical::Var::Sbp, 151, facts.snapshot.asOf);
        QVERIFY(inputsSha256(decisionInputsToJson(sbp)) != hash);

        ChartFacts date = facts;
        date.snapshot.set(clinical::Var::Sbp, 152, facts.snapshot.asOf.addDays(-1));
        QVERIFY(inputsSha256(decisionInputsToJson(date)) != hash);

        ChartFacts medication = facts;
        medication.medications.push_back({QStringLiteral("atorvastatin"), QString()});
        QVERIFY(inputsSha256(decisionInputsToJson(medication)) != hash);

        ChartFacts fact = facts;
        fact.dialysis = false; // unknown -> known "no" is a different input
        QVERIFY(inputsSha256(decisionInputsToJson(fact)) != hash);

        ChartFacts genotype = facts;
        genotype.genotypes.push_back(
            {QStringLiteral("SLCO1B1"), QStringLiteral("*5/*5"), QStringLiteral("Poor Function")});
        QVERIFY(inputsSha256(decisionInputsToJson(genotype)) != hash);
    }

    // A genotype-modified recommendation (SLCO1B1 -> the statin rows' pgx_modifier) is
    // re-derived from the stored inputs: the genotypes are part of them.
    void genotypesAreStoredAndReplayed()
    {
        ChartFacts facts = test::decisionFacts();
        facts.genotypes.push_back(
            {QStringLiteral("SLCO1B1"), QStringLiteral("*5/*5"), QStringLiteral("Poor Function")});
        const QByteArray json = decisionInputsToJson(facts);
        auto back = decisionInputsFromJson(json);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().message()));
        QCOMPARE(back->genotypes.size(), std::size_t(1));
        QCOMPARE(back->genotypes.front().phenotype, QStringLiteral("Poor Function"));
        QCOMPARE(decisionInputsToJson(*back), json);

        // The row the genotype modifies, recorded as a decision would record it.
        const OptionEngine engine(m_kb, m_registry);
        RecommendationRecord r;
        for (const OptionRow &row : engine.assess(contextFromChart(facts))) {
            if (!row.pgx.isEmpty()) {
                r = {row.option,
                     m_kb.version,
                     inputsSha256(json),
                     json,
                     recommendationToJson(row, modelVersion(m_registry, row.model))};
                break;
            }
        }
        QVERIFY2(!r.optionId.isEmpty(), "SLCO1B1 poor function modifies a statin row");
        const auto same = replayRecommendation(m_kb, m_registry, r);
        QVERIFY2(same.empty(), qPrintable(fields(same)));

        // Without the genotype the row differs, so replay must have used the stored one.
        ChartFacts without = facts;
        without.genotypes.clear();
        r.inputs = decisionInputsToJson(without);
        r.inputsSha256 = inputsSha256(r.inputs);
        QVERIFY(!replayRecommendation(m_kb, m_registry, r).empty());
    }

    // Every released knowledge base stays in the program: a decision recorded under 2026.1
    // replays against 2026.1, with the behaviour 2026.1 was released with. SLCO1B1 decreased
    // function shows it: 2026.1's only statin rule was the simvastatin note (commit 9781d51,
    // OptionEngine.cpp slco1b1Simvastatin), while 2026.2 adds the CPIC 2022 atorvastatin,
    // pitavastatin and lovastatin notes (Cooper-DeHoff 2022, Table 2), so the row differs
    // between the versions and only a replay with 2026.1 agrees.
    void recordUnder2026_1ReplaysAgainst2026_1()
    {
        const Result<KnowledgeBases> kbs = loadKnowledgeBases();
        QVERIFY2(kbs, qPrintable(kbs ? QString() : kbs.error().message()));
        const KnowledgeBase *old = kbs->find(u"2026.1");
        QVERIFY(old != nullptr);
        ChartFacts facts = test::decisionFacts();
        facts.genotypes.push_back({QStringLiteral("SLCO1B1"),
                                   QStringLiteral("*1/*5"),
                                   QStringLiteral("Decreased Function")});
        const QByteArray json = decisionInputsToJson(facts);
        const OptionEngine engine(*old, m_registry);
        RecommendationRecord r;
        for (const OptionRow &row : engine.assess(contextFromChart(facts))) {
            if (row.option == QLatin1String("statin_moderate")) {
                QVERIFY(row.eligible);
                QCOMPARE(row.pgx,
                         QStringList{QStringLiteral(
                             "SLCO1B1 decreased_function: simvastatin: another statin, or < 20 "
                             "mg/day if simvastatin is warranted (CPIC 2022, strong)")});
                r = {row.option,
                     old->version,
                     inputsSha256(json),
                     json,
                     recommendationToJson(row, modelVersion(m_registry, row.model))};
            }
        }
        QCOMPARE(r.knowledgeBaseVersion, QStringLiteral("2026.1"));
        const auto same = replayRecommendation(*kbs, m_registry, r);
        QVERIFY2(same.empty(), qPrintable(fields(same)));

        // The same record re-derived with 2026.2 differs in its genotype notes: replay must
        // have used 2026.1.
        RecommendationRecord asNewer = r;
        asNewer.knowledgeBaseVersion = kbs->current().version;
        const auto newer = replayRecommendation(kbs->current(), m_registry, asNewer);
        QVERIFY2(hasField(newer, QStringLiteral("pgx")), qPrintable(fields(newer)));

        // A changed stored input of the 2026.1 record is reported.
        ChartFacts changed = facts;
        changed.snapshot.set(clinical::Var::LdlCholesterol, 120, changed.snapshot.asOf);
        RecommendationRecord altered = r;
        altered.inputs = decisionInputsToJson(changed);
        const auto d = replayRecommendation(*kbs, m_registry, altered);
        QVERIFY2(hasField(d, QStringLiteral("inputs_sha256")), qPrintable(fields(d)));
        QVERIFY2(hasField(d, QStringLiteral("arr_pct")), qPrintable(fields(d)));
    }

    // A decision recorded under 2026.3 replays against 2026.3 although 2026.4 words the same
    // genotype differently: with SLCO1B1 decreased function 2026.3's lovastatin note has no
    // dose limit, 2026.4's adds CPIC's "If lovastatin therapy is warranted, limit dose to
    // <=20mg/day" (record PA166298190, PharmCAT v2.12.0 CPIC_lovastatin_and_SLCO1B1.json).
    void recordUnder2026_3ReplaysAgainst2026_3()
    {
        const Result<KnowledgeBases> kbs = loadKnowledgeBases();
        QVERIFY2(kbs, qPrintable(kbs ? QString() : kbs.error().message()));
        const KnowledgeBase *v3 = kbs->find(u"2026.3");
        QVERIFY(v3 != nullptr);
        QCOMPARE(kbs->current().version, QStringLiteral("2026.5"));
        ChartFacts facts = test::decisionFacts();
        facts.genotypes.push_back({QStringLiteral("SLCO1B1"),
                                   QStringLiteral("*1/*5"),
                                   QStringLiteral("Decreased Function")});
        const QByteArray json = decisionInputsToJson(facts);
        RecommendationRecord r;
        for (const OptionRow &row : OptionEngine(*v3, m_registry).assess(contextFromChart(facts))) {
            if (row.option == QLatin1String("statin_moderate")) {
                QVERIFY(row.pgx.contains(QStringLiteral(
                    "SLCO1B1 decreased_function: lovastatin: another statin (CPIC 2022, "
                    "moderate)")));
                r = {row.option,
                     v3->version,
                     inputsSha256(json),
                     json,
                     recommendationToJson(row, modelVersion(m_registry, row.model))};
            }
        }
        QCOMPARE(r.knowledgeBaseVersion, QStringLiteral("2026.3"));
        const auto same = replayRecommendation(*kbs, m_registry, r);
        QVERIFY2(same.empty(), qPrintable(fields(same)));
        // Re-derived with the newest version (2026.5, the statin notes as 2026.4) the genotype
        // notes differ (the lovastatin dose limit).
        bool limit = false;
        for (const OptionRow &row :
             OptionEngine(kbs->current(), m_registry).assess(contextFromChart(facts))) {
            if (row.option == QLatin1String("statin_moderate"))
                limit = row.pgx.contains(QStringLiteral(
                    "SLCO1B1 decreased_function: lovastatin: another statin, or <= 20 mg/day if "
                    "lovastatin is warranted (CPIC 2022, moderate)"));
        }
        QVERIFY(limit);
        RecommendationRecord asNewer = r;
        asNewer.knowledgeBaseVersion = kbs->current().version;
        const auto newer = replayRecommendation(kbs->current(), m_registry, asNewer);
        QVERIFY2(hasField(newer, QStringLiteral("pgx")), qPrintable(fields(newer)));
    }

    // The 2026.1 program did not recognise ezetimibe and named it among the unrecognised
    // medications of the medication-dependent rows (commit 9781d51, PatientContext.cpp has no
    // C10AX09); 2026.1 is evaluated so, in the list's order, and later versions recognise it.
    void ezetimibeUnrecognisedUnder2026_1()
    {
        const Result<KnowledgeBases> kbs = loadKnowledgeBases();
        QVERIFY(kbs);
        ChartFacts facts = test::decisionFacts();
        facts.medications.push_back({QStringLiteral("ezetimibe"), QStringLiteral("C10AX09")});
        facts.medications.push_back({QStringLiteral("unknownol"), QString()});
        const auto reasonsOf = [&](const KnowledgeBase &kb) {
            for (const OptionRow &r : OptionEngine(kb, m_registry).assess(contextFromChart(facts)))
                if (r.option == QLatin1String("statin_moderate"))
                    return r.reasons;
            return QStringList();
        };
        QVERIFY2(reasonsOf(*kbs->find(u"2026.1"))
                     .contains(QStringLiteral(
                         "unrecognised medication not checked: ezetimibe, unknownol")),
                 qPrintable(reasonsOf(*kbs->find(u"2026.1")).join(u'|')));
        QVERIFY(reasonsOf(kbs->current())
                    .contains(QStringLiteral("unrecognised medication not checked: unknownol")));
    }

    // A version the program does not hold is reported, naming the versions it holds.
    void replayReportsAVersionNotInTheProgram()
    {
        const Result<KnowledgeBases> kbs = loadKnowledgeBases();
        QVERIFY(kbs);
        RecommendationRecord r = record(test::decisionFacts());
        r.knowledgeBaseVersion = QStringLiteral("2025.9");
        const auto d = replayRecommendation(*kbs, m_registry, r);
        QCOMPARE(d.size(), std::size_t(1));
        QCOMPARE(d.front().field, QStringLiteral("knowledge_base_version"));
        QCOMPARE(d.front().stored, QStringLiteral("2025.9"));
        QCOMPARE(
            d.front().now,
            QStringLiteral("not in this program (holds 2026.1, 2026.2, 2026.3, 2026.4, 2026.5)"));
    }

    void recommendationRoundTrip()
    {
        const RecommendationRecord r = record(test::decisionFacts());
        QVERIFY2(!r.optionId.isEmpty(), "the synthetic patient has an eligible option with an ARR");
        auto stored = recommendationFromJson(r.recommendation);
        QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message()));
        QCOMPARE(stored->row.option, r.optionId);
        QVERIFY(stored->row.eligible);
        QVERIFY(stored->row.arrPct.has_value());
        QCOMPARE(stored->modelVersion, modelVersion(m_registry, stored->row.model));
        QVERIFY(!stored->modelVersion.isEmpty());
    }

    void replayAgreesOnUnchangedRecord()
    {
        const RecommendationRecord r = record(test::decisionFacts());
        const auto d = replayRecommendation(m_kb, m_registry, r);
        QVERIFY2(d.empty(), qPrintable(fields(d)));
    }

    void replayNamesAChangedStoredInput()
    {
        // The stored inputs altered after the decision (hash left as recorded): the hash no longer
        // matches, and the re-derived ARR differs because SBP entered the model.
        RecommendationRecord r = record(test::decisionFacts());
        ChartFacts changed = test::decisionFacts();
        changed.snapshot.set(clinical::Var::Sbp, 182, changed.snapshot.asOf);
        changed.snapshot.set(clinical::Var::Age, 70, changed.snapshot.asOf);
        r.inputs = decisionInputsToJson(changed);
        const auto d = replayRecommendation(m_kb, m_registry, r);
        QVERIFY2(hasField(d, QStringLiteral("inputs_sha256")), qPrintable(fields(d)));
        QVERIFY2(hasField(d, QStringLiteral("arr_pct")), qPrintable(fields(d)));

        // Even with the hash recomputed to match, the re-derived row gives the change away.
        r.inputsSha256 = inputsSha256(r.inputs);
        const auto again = replayRecommendation(m_kb, m_registry, r);
        QVERIFY2(!hasField(again, QStringLiteral("inputs_sha256")), qPrintable(fields(again)));
        QVERIFY2(hasField(again, QStringLiteral("arr_pct")), qPrintable(fields(again)));
    }

    void replayReportsAnUnknownKnowledgeBaseVersion()
    {
        RecommendationRecord r = record(test::decisionFacts());
        r.knowledgeBaseVersion = QStringLiteral("v1999.1");
        const auto d = replayRecommendation(m_kb, m_registry, r);
        QCOMPARE(d.size(), std::size_t(1));
        QCOMPARE(d.front().field, QStringLiteral("knowledge_base_version"));
        QCOMPARE(d.front().stored, QStringLiteral("v1999.1"));
        QCOMPARE(d.front().now, m_kb.version);
    }

    void replayReportsAnotherModelVersion()
    {
        RecommendationRecord r = record(test::decisionFacts());
        QJsonObject o = QJsonDocument::fromJson(r.recommendation).object();
        o.insert(QStringLiteral("model_version"), QStringLiteral("0.0-withdrawn"));
        r.recommendation = QJsonDocument(o).toJson(QJsonDocument::Compact);
        const auto d = replayRecommendation(m_kb, m_registry, r);
        QVERIFY2(hasField(d, QStringLiteral("model_version")), qPrintable(fields(d)));
    }

    void replayReportsUnreadableInputs()
    {
        RecommendationRecord r = record(test::decisionFacts());
        r.inputs = "{\"format\":\"something else\"}";
        r.inputsSha256 = inputsSha256(r.inputs);
        const auto d = replayRecommendation(m_kb, m_registry, r);
        QVERIFY2(hasField(d, QStringLiteral("inputs")), qPrintable(fields(d)));
    }

    void assessmentReplay()
    {
        // A recorded assessment of every standard model on the synthetic snapshot re-derives
        // exactly; the same record with a changed input differs, naming the row.
        const clinical::Snapshot s = test::decisionFacts().snapshot;
        std::vector<const risk::RiskModel *> models;
        std::vector<risk::Evaluation> evaluations;
        for (const auto &m : m_registry.models()) {
            models.push_back(m.get());
            evaluations.push_back(m->evaluate(s));
        }
        const QByteArray json
            = risk::assessmentToJson(risk::makeAssessmentPayload(s, models, evaluations));
        const auto same = risk::replayAssessment(m_registry, json);
        QVERIFY2(same.empty(), qPrintable(fields(same)));

        auto payload = risk::assessmentFromJson(json);
        QVERIFY(payload);
        payload->snapshot.set(clinical::Var::Sbp, 182, s.asOf);
        const auto changed = risk::replayAssessment(m_registry, risk::assessmentToJson(*payload));
        QVERIFY(!changed.empty());
        QVERIFY2(
            std::any_of(changed.begin(),
                        changed.end(),
                        [](const auto &x) { return x.field.endsWith(QLatin1String(".value")); }),
            qPrintable(fields(changed)));

        const auto unreadable = risk::replayAssessment(m_registry, "not json");
        QCOMPARE(unreadable.size(), std::size_t(1));
        QCOMPARE(unreadable.front().field, QStringLiteral("payload"));
    }
};

QTEST_GUILESS_MAIN(TestDecisionRecord)
#include "tst_decisionrecord.moc"
