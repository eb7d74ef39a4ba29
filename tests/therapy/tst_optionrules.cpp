// SPDX-License-Identifier: GPL-3.0-or-later
// The option rules of the shipped knowledge base, each with a case that fires, one that does not
// and one at its boundary, named by the guideline sentence it implements; ranking, NNT and the
// combination against hand-worked examples. Risk models are scripted (ScriptedModel.h) so every
// threshold is hit exactly.
#include "ScriptedModel.h"

#include "core/risk/models/ModelFactories.h"
#include "core/therapy/OptionEngine.h"

#include <QTest>

#include <cmath>

using namespace precis;
using namespace precis::therapy;
using clinical::Var;

namespace {

const OptionRow *find(const std::vector<OptionRow> &rows, const QString &id)
{
    for (const OptionRow &row : rows) {
        if (row.option == id)
            return &row;
    }
    return nullptr;
}

/// The notes of `pgx` about one statin: those whose action starts with its name ("GENE
/// phenotype: DRUG ..."; atorvastatin's note also names rosuvastatin, later in its action).
QStringList about(const QStringList &pgx, const char *drug)
{
    const QString start = QStringLiteral(": ") + QLatin1StringView(drug);
    QStringList out;
    for (const QString &n : pgx) {
        if (n.contains(start))
            out << n;
    }
    return out;
}

} // namespace

class TestOptionRules : public QObject
{
    Q_OBJECT

    KnowledgeBase m_kb;
    risk::RiskRegistry m_registry;
    // What the scripted models answer; each test sets what it needs.
    std::optional<double> m_pce = 10.0;             // pce, ascvd, 10 years
    std::optional<double> m_prevent = 20.0;         // prevent, ascvd, 10 years (the ARR model)
    std::optional<double> m_preventFormer = 14.0;   // prevent with smoking = former
    std::optional<double> m_preventAtTarget = 15.0; // prevent with sbp = 130
    std::optional<double> m_bpTreatedAtTarget;      // bp_treated the sbp = 130 re-run saw
    std::optional<double> m_kfre = 1.0;             // kfre-4, kidney_failure, 5 years
    std::optional<double> m_qdiabetes = 20.0;       // qdiabetes-2018, type2_diabetes, 10 years

    /// A 60-year-old man with nothing that fires any rule (normal BP, no diabetes, never
    /// smoked, normal kidneys, LDL-C 100 mg/dL, no statin).
    PatientContext base() const
    {
        PatientContext p;
        Snapshot &s = p.snapshot;
        s.set(Var::Age, 60);
        s.set(Var::Sex, 1);
        s.set(Var::LdlCholesterol, 100);
        s.set(Var::Sbp, 120);
        s.set(Var::Dbp, 75);
        s.set(Var::BpTreated, 0);
        s.set(Var::Statin, 0);
        s.set(Var::Diabetes, 0);
        s.set(Var::Smoking, 0);
        s.set(Var::Egfr, 90);
        s.set(Var::Uacr, 10);
        s.set(Var::Cvd, 0);
        return p;
    }

    std::vector<OptionRow> assess(const PatientContext &p) const
    {
        return OptionEngine(m_kb, m_registry).assess(p);
    }

    /// The row of `option`; fails the test when missing.
    OptionRow row(const PatientContext &p, const QString &option) const
    {
        const std::vector<OptionRow> rows = assess(p);
        const OptionRow *r = find(rows, option);
        return r ? *r : OptionRow{};
    }

    /// The rule an eligible row fired, or "" when not eligible.
    QString fired(const PatientContext &p, const QString &option) const
    {
        const OptionRow r = row(p, option);
        return r.eligible ? r.ruleId : QString();
    }

    /// The row of `option` under a released knowledge-base version.
    OptionRow rowIn(const char *version, const PatientContext &p, const QString &option) const
    {
        const Result<KnowledgeBases> all = loadKnowledgeBases();
        const KnowledgeBase *kb = all ? all->find(QString::fromLatin1(version)) : nullptr;
        if (kb == nullptr)
            return {};
        const std::vector<OptionRow> rows = OptionEngine(*kb, m_registry).assess(p);
        const OptionRow *r = find(rows, option);
        return r ? *r : OptionRow{};
    }

private Q_SLOTS:
    void initTestCase()
    {
        Result<KnowledgeBase> kb = loadKnowledgeBase();
        QVERIFY2(kb.has_value(), kb ? "" : qPrintable(kb.error().message()));
        m_kb = *kb;
        using testing::ScriptedModel;
        m_registry.add(std::make_unique<ScriptedModel>(
            QStringLiteral("pce"), QStringLiteral("ascvd"), 10, [this](const Snapshot &) {
                return m_pce;
            }));
        m_registry.add(std::make_unique<ScriptedModel>(
            QStringLiteral("prevent"), QStringLiteral("ascvd"), 10, [this](const Snapshot &s) {
                if (s.get(Var::Smoking) == 1.0)
                    return m_preventFormer;
                if (s.get(Var::Sbp) == 130.0) {
                    m_bpTreatedAtTarget = s.get(Var::BpTreated);
                    return m_preventAtTarget;
                }
                return m_prevent;
            }));
        m_registry.add(
            std::make_unique<ScriptedModel>(QStringLiteral("kfre-4"),
                                            QStringLiteral("kidney_failure"),
                                            5,
                                            [this](const Snapshot &) { return m_kfre; }));
        m_registry.add(
            std::make_unique<ScriptedModel>(QStringLiteral("qdiabetes-2018"),
                                            QStringLiteral("type2_diabetes"),
                                            10,
                                            [this](const Snapshot &) { return m_qdiabetes; }));
        // The real CHA2DS2-VASc and HAS-BLED: points and rates are exact and tested in
        // tests/risk_models_*.
        m_registry.add(risk::models::makeCha2ds2VascModel());
        m_registry.add(risk::models::makeHasBledModel());
    }

    void init()
    {
        m_pce = 10.0;
        m_prevent = 20.0;
        m_preventFormer = 14.0;
        m_preventAtTarget = 15.0;
        m_bpTreatedAtTarget.reset();
        m_kfre = 1.0;
        m_qdiabetes = 20.0;
    }

    // --- statin_high ---------------------------------------------------------------------
    // "In patients who are 75 years of age or younger with clinical ASCVD, high-intensity statin
    // therapy should be initiated or continued ..." (2018 cholesterol guideline 4.1, I A)
    void statinHighClinicalAscvd()
    {
        PatientContext p = base();
        p.snapshot.set(Var::Cvd, 1);
        QCOMPARE(fired(p, QStringLiteral("statin_high")), QStringLiteral("ascvd_75_or_younger"));
        const OptionRow r = row(p, QStringLiteral("statin_high"));
        QCOMPARE(r.cls, QStringLiteral("I"));
        QCOMPARE(r.level, QStringLiteral("A"));
        // Boundary: 75 is "75 or younger"; 76 falls to the > 75 rule (IIa, B-R).
        p.snapshot.set(Var::Age, 75);
        QCOMPARE(fired(p, QStringLiteral("statin_high")), QStringLiteral("ascvd_75_or_younger"));
        p.snapshot.set(Var::Age, 76);
        QCOMPARE(fired(p, QStringLiteral("statin_high")), QStringLiteral("ascvd_over_75"));
        QCOMPARE(row(p, QStringLiteral("statin_high")).cls, QStringLiteral("IIa"));
        // Does not fire: no clinical ASCVD, low risk.
        QCOMPARE(fired(base(), QStringLiteral("statin_high")), QString());
    }

    // "In patients 20 to 75 years of age with an LDL-C level of 190 mg/dL or higher, maximally
    // tolerated statin therapy is recommended." (4.2, I B-R)
    void statinHighSevereLdl()
    {
        PatientContext p = base();
        p.snapshot.set(Var::LdlCholesterol, 190); // boundary: 190 is "190 or higher"
        QCOMPARE(fired(p, QStringLiteral("statin_high")), QStringLiteral("ldl_190"));
        QCOMPARE(row(p, QStringLiteral("statin_high")).level, QStringLiteral("B-R"));
        QCOMPARE(fired(p, QStringLiteral("statin_moderate")), QString());
        p.snapshot.set(Var::LdlCholesterol, 189.9); // below: the risk-based group decides
        m_pce = 10.0;                               // intermediate, not high
        QCOMPARE(fired(p, QStringLiteral("statin_high")), QString());
        p.snapshot.set(Var::LdlCholesterol, 200);
        p.snapshot.set(Var::Age, 76); // outside 20-75
        QCOMPARE(fired(p, QStringLiteral("statin_high")), QString());
    }

    // "In adults with diabetes mellitus who have multiple ASCVD risk factors, it is reasonable
    // to prescribe high-intensity statin therapy ..." (4.3 recommendation 3, IIa B-R); Precis
    // counts 2 or more of its listed factors.
    void statinHighDiabetesRiskFactors()
    {
        PatientContext p = base();
        p.snapshot.set(Var::Diabetes, 2);
        p.snapshot.set(Var::Smoking, 4); // 1 factor: not multiple
        QCOMPARE(fired(p, QStringLiteral("statin_high")), QString());
        p.snapshot.set(Var::Uacr, 30); // boundary: UACR 30 counts -> 2 factors
        QCOMPARE(fired(p, QStringLiteral("statin_high")),
                 QStringLiteral("diabetes_multiple_risk_factors"));
        p.snapshot.set(Var::Uacr, 29.9); // 29.9 does not
        QCOMPARE(fired(p, QStringLiteral("statin_high")), QString());
    }

    // "... especially in patients at high risk (>= 20 %) levels should be reduced by 50% or
    // more" (4.4.2, I A) with the PCE's 2018 bands.
    void statinHighPceHigh()
    {
        PatientContext p = base();
        m_pce = 20.0; // boundary: 20 is high
        QCOMPARE(fired(p, QStringLiteral("statin_high")), QStringLiteral("pce_high"));
        QCOMPARE(fired(p, QStringLiteral("statin_moderate")), QString());
        m_pce = 19.99;
        QCOMPARE(fired(p, QStringLiteral("statin_high")), QString());
        QCOMPARE(fired(p, QStringLiteral("statin_moderate")), QStringLiteral("pce_intermediate"));
    }

    // --- statin_moderate -----------------------------------------------------------------
    // "In adults 40 to 75 years of age with diabetes mellitus, regardless of estimated 10-year
    // ASCVD risk, moderate-intensity statin therapy is indicated." (4.3 recommendation 1, I A)
    void statinModerateDiabetes()
    {
        PatientContext p = base();
        p.snapshot.set(Var::Diabetes, 2);
        m_pce = 1.0; // regardless of risk
        QCOMPARE(fired(p, QStringLiteral("statin_moderate")), QStringLiteral("diabetes_40_75"));
        p.snapshot.set(Var::Age, 40); // boundary
        QCOMPARE(fired(p, QStringLiteral("statin_moderate")), QStringLiteral("diabetes_40_75"));
        p.snapshot.set(Var::Age, 39);
        QCOMPARE(fired(p, QStringLiteral("statin_moderate")), QString());
    }

    // "In adults at intermediate risk ..., a moderate-intensity statin should be recommended."
    // (4.4.2, I A); "In patients at borderline risk, ... risk-enhancing factors may justify
    // initiation of moderate-intensity statin therapy." (4.4.2 recommendation 9, IIb B-R)
    void statinModeratePceBands()
    {
        PatientContext p = base();
        m_pce = 7.5; // boundary: intermediate starts at 7.5
        QCOMPARE(fired(p, QStringLiteral("statin_moderate")), QStringLiteral("pce_intermediate"));
        QCOMPARE(row(p, QStringLiteral("statin_moderate")).cls, QStringLiteral("I"));
        m_pce = 7.49;
        QCOMPARE(fired(p, QStringLiteral("statin_moderate")), QStringLiteral("pce_borderline"));
        QCOMPARE(row(p, QStringLiteral("statin_moderate")).cls, QStringLiteral("IIb"));
        m_pce = 5.0; // boundary: borderline starts at 5
        QCOMPARE(fired(p, QStringLiteral("statin_moderate")), QStringLiteral("pce_borderline"));
        m_pce = 4.99; // low risk: no statin rule fires
        QCOMPARE(fired(p, QStringLiteral("statin_moderate")), QString());
        // The risk-based group is for LDL-C 70-189: 69.9 does not qualify, 70 does.
        m_pce = 10.0;
        p.snapshot.set(Var::LdlCholesterol, 69.9);
        QCOMPARE(fired(p, QStringLiteral("statin_moderate")), QString());
        p.snapshot.set(Var::LdlCholesterol, 70);
        QCOMPARE(fired(p, QStringLiteral("statin_moderate")), QStringLiteral("pce_intermediate"));
    }

    // "In patients older than 75 years of age with clinical ASCVD, it is reasonable to initiate
    // moderate- or high-intensity statin therapy ..." (4.1, IIa B-R)
    void statinModerateAscvdOver75()
    {
        PatientContext p = base();
        p.snapshot.set(Var::Cvd, 1);
        p.snapshot.set(Var::Age, 76);
        QCOMPARE(fired(p, QStringLiteral("statin_moderate")), QStringLiteral("ascvd_over_75"));
        p.snapshot.set(Var::Age, 75); // boundary: at 75 high intensity is the recommendation
        QCOMPARE(fired(p, QStringLiteral("statin_moderate")), QString());
    }

    // Not in pregnancy; not with a recorded statin intolerance; not when already taking one.
    void statinExclusions()
    {
        PatientContext p = base();
        p.snapshot.set(Var::Diabetes, 2);
        QVERIFY(row(p, QStringLiteral("statin_moderate")).eligible);
        PatientContext pregnant = p;
        pregnant.pregnant = true;
        QCOMPARE(row(pregnant, QStringLiteral("statin_moderate")).reasons,
                 QStringList{QStringLiteral("pregnancy")});
        pregnant.pregnant = false; // 0 = not pregnant: fires again
        QVERIFY(row(pregnant, QStringLiteral("statin_moderate")).eligible);
        PatientContext intolerant = p;
        intolerant.intolerances = {QStringLiteral("statin")};
        QCOMPARE(row(intolerant, QStringLiteral("statin_high")).reasons,
                 QStringList{QStringLiteral("intolerance")});
        PatientContext taking = p;
        taking.medications = {*recogniseDrug(QStringLiteral("Atorvastatin"))};
        const OptionRow r = row(taking, QStringLiteral("statin_moderate"));
        QVERIFY(!r.eligible);
        QCOMPARE(r.reasons, QStringList{QStringLiteral("already_taking")});
        QVERIFY(!r.rank && !r.arrPct);
        PatientContext byAtc = p; // an ATC code of the statin class counts as well
        byAtc.medications = {*recogniseDrug(QStringLiteral("c10aa07"))};
        QCOMPARE(row(byAtc, QStringLiteral("statin_moderate")).reasons.value(0),
                 QStringLiteral("already_taking"));
    }

    // --- blood pressure --------------------------------------------------------------------
    // "Use of BP-lowering medications is recommended for secondary prevention ... clinical CVD
    // and an average SBP of 130 mm Hg or higher or an average DBP of 80 mm Hg or higher, and for
    // primary prevention ... 10-year ASCVD risk of 10% or higher ..." (2017 BP guideline 8.1.2,
    // I; A for SBP, C-EO for DBP)
    void bpOneDrugCvdOrRisk()
    {
        PatientContext p = base();
        p.snapshot.set(Var::Cvd, 1);
        p.snapshot.set(Var::Sbp, 130); // boundary
        QCOMPARE(fired(p, QStringLiteral("bp_one_drug")), QStringLiteral("cvd_or_pce_10"));
        QCOMPARE(row(p, QStringLiteral("bp_one_drug")).level, QStringLiteral("A"));
        p.snapshot.set(Var::Sbp, 129);
        QCOMPARE(fired(p, QStringLiteral("bp_one_drug")), QString());
        p.snapshot.set(Var::Dbp, 80); // the diastolic threshold alone: level C-EO
        QCOMPARE(fired(p, QStringLiteral("bp_one_drug")), QStringLiteral("cvd_or_pce_10"));
        QCOMPARE(row(p, QStringLiteral("bp_one_drug")).level, QStringLiteral("C-EO"));

        PatientContext primary = base();
        primary.snapshot.set(Var::Sbp, 135);
        m_pce = 10.0; // boundary: 10 % qualifies
        QCOMPARE(fired(primary, QStringLiteral("bp_one_drug")), QStringLiteral("cvd_or_pce_10"));
        m_pce = 9.99;
        QCOMPARE(fired(primary, QStringLiteral("bp_one_drug")), QString());
    }

    // "Use of BP-lowering medication is recommended for primary prevention of CVD in adults with
    // no history of CVD and with an estimated 10-year ASCVD risk <10% and an SBP of 140 mm Hg or
    // higher or a DBP of 90 mm Hg or higher." (8.1.2, I C-LD)
    void bpOneDrugStage2()
    {
        PatientContext p = base();
        m_pce = 3.0;
        p.snapshot.set(Var::Sbp, 140); // boundary
        QCOMPARE(fired(p, QStringLiteral("bp_one_drug")), QStringLiteral("stage_2"));
        QCOMPARE(row(p, QStringLiteral("bp_one_drug")).level, QStringLiteral("C-LD"));
        p.snapshot.set(Var::Sbp, 139);
        QCOMPARE(fired(p, QStringLiteral("bp_one_drug")), QString());
        p.snapshot.set(Var::Dbp, 90);
        QCOMPARE(fired(p, QStringLiteral("bp_one_drug")), QStringLiteral("stage_2"));
    }

    // "In adults with DM and hypertension, antihypertensive drug treatment should be initiated
    // at a BP of 130/80 mm Hg or higher ..." (9.6, I B-R)
    void bpOneDrugDiabetes()
    {
        PatientContext p = base();
        m_pce = 3.0;
        p.snapshot.set(Var::Diabetes, 1);
        p.snapshot.set(Var::Sbp, 130);
        QCOMPARE(fired(p, QStringLiteral("bp_one_drug")), QStringLiteral("diabetes_130_80"));
        p.snapshot.set(Var::Sbp, 129);
        QCOMPARE(fired(p, QStringLiteral("bp_one_drug")), QString());
    }

    // "Initiation of antihypertensive drug therapy with 2 first-line agents of different classes
    // ... is recommended in adults with stage 2 hypertension and an average BP more than
    // 20/10 mm Hg above their BP target." (8.1.6, I C-EO; target 130/80)
    void bpTwoDrugs()
    {
        PatientContext p = base();
        p.snapshot.set(Var::Sbp, 151);
        QCOMPARE(fired(p, QStringLiteral("bp_two_drugs")), QStringLiteral("stage_2_above_target"));
        p.snapshot.set(Var::Sbp, 150); // boundary: 150 is exactly 20 above, not more
        QCOMPARE(fired(p, QStringLiteral("bp_two_drugs")), QString());
        p.snapshot.set(Var::Dbp, 91);
        QCOMPARE(fired(p, QStringLiteral("bp_two_drugs")), QStringLiteral("stage_2_above_target"));
        p.snapshot.set(Var::BpTreated, 1); // initiation only: already treated
        QCOMPARE(row(p, QStringLiteral("bp_two_drugs")).reasons,
                 QStringList{QStringLiteral("already_taking")});
    }

    // --- smoking ---------------------------------------------------------------------------
    // "To achieve tobacco abstinence, all adults who use tobacco should be firmly advised to
    // quit." (2019 primary prevention guideline 4.6)
    void smokingCessation()
    {
        PatientContext p = base();
        p.snapshot.set(Var::Smoking, 4);
        QCOMPARE(fired(p, QStringLiteral("smoking_cessation")), QStringLiteral("current_smoker"));
        p.snapshot.set(Var::Smoking, 2); // boundary: light (< 10/day) is current
        QCOMPARE(fired(p, QStringLiteral("smoking_cessation")), QStringLiteral("current_smoker"));
        p.snapshot.set(Var::Smoking, 1); // former
        QCOMPARE(fired(p, QStringLiteral("smoking_cessation")), QString());
        // The effect re-runs the model as former: 20 % -> 14 % gives ARR 6, NNT ceil(100/6)=17.
        p.snapshot.set(Var::Smoking, 4);
        const OptionRow r = row(p, QStringLiteral("smoking_cessation"));
        QCOMPARE(*r.arrPct, 6.0);
        QCOMPARE(*r.nnt, 17);
    }

    // --- aspirin_primary -------------------------------------------------------------------
    // USPSTF 2022: "The decision to initiate low-dose aspirin use for the primary prevention of
    // CVD in adults aged 40 to 59 years who have a 10% or greater 10-year CVD risk should be an
    // individual one." (C); "recommends against initiating ... in adults 60 years or older" (D).
    // 2019 ACC/AHA: "might be considered ... select adults 40 to 70 years of age who are at
    // higher ASCVD risk but not at increased bleeding risk" (IIb, A); not > 70 or with increased
    // bleeding risk (III: Harm).
    void aspirinPrimary()
    {
        PatientContext p = base();
        p.snapshot.set(Var::Age, 59); // boundary of the USPSTF band
        m_pce = 10.0;                 // boundary: 10 % qualifies
        QCOMPARE(fired(p, QStringLiteral("aspirin_primary")), QStringLiteral("uspstf_40_59"));
        QCOMPARE(row(p, QStringLiteral("aspirin_primary")).cls, QStringLiteral("C (USPSTF)"));
        m_pce = 9.99;
        QCOMPARE(fired(p, QStringLiteral("aspirin_primary")), QString());
        m_pce = 12.0;
        p.snapshot.set(Var::Age, 60); // 60-70: ACC/AHA IIb, shown with USPSTF's D
        QCOMPARE(fired(p, QStringLiteral("aspirin_primary")), QStringLiteral("acc_aha_60_70"));
        const OptionRow r = row(p, QStringLiteral("aspirin_primary"));
        QCOMPARE(r.cls, QStringLiteral("IIb"));
        QVERIFY(r.reasons.join(QLatin1Char(';')).contains(QLatin1String("grade D")));
        p.snapshot.set(Var::Age, 70); // boundary: 70 is still "40 to 70"
        QCOMPARE(fired(p, QStringLiteral("aspirin_primary")), QStringLiteral("acc_aha_60_70"));
        p.snapshot.set(Var::Age, 71);
        QCOMPARE(fired(p, QStringLiteral("aspirin_primary")), QString());
        p.snapshot.set(Var::Age, 50);
        p.snapshot.set(Var::BleedingHistory, 1); // increased bleeding risk
        QCOMPARE(fired(p, QStringLiteral("aspirin_primary")), QString());
        p.snapshot.set(Var::BleedingHistory, 0);
        p.medications = {*recogniseDrug(QStringLiteral("apixaban"))};
        QCOMPARE(fired(p, QStringLiteral("aspirin_primary")), QString());
        p.medications = {*recogniseDrug(QStringLiteral("aspirin"))};
        QCOMPARE(row(p, QStringLiteral("aspirin_primary")).reasons.value(0),
                 QStringLiteral("already_taking"));
        p.medications.clear();
        p.snapshot.set(Var::Cvd, 1); // secondary prevention is not this option
        QCOMPARE(fired(p, QStringLiteral("aspirin_primary")), QString());
        // Effect (ATT 2009 RR 0.88) at prevent 20 %: 100 (1 - 0.8^0.88) = 17.82888 %,
        // ARR 2.17112, NNT ceil(46.06) = 47; the bleeding harm is named.
        p.snapshot.set(Var::Cvd, 0);
        const OptionRow e = row(p, QStringLiteral("aspirin_primary"));
        QVERIFY(std::abs(*e.arrPct - (20.0 - 100.0 * (1.0 - std::pow(0.8, 0.88)))) < 1e-12);
        QVERIFY(std::abs(*e.arrPct - 2.17112) < 1e-5);
        QCOMPARE(*e.nnt, 47);
        QVERIFY(e.reasons.join(QLatin1Char(';')).contains(QLatin1String("RR 1.54")));
    }

    // --- oral_anticoagulation --------------------------------------------------------------
    // 2023 ACC/AHA/ACCP/HRS AF guideline 6.3.1: "annual thromboembolic risk of >=2%/year (eg,
    // CHA2DS2-VASc score of >=2 in men and >=3 in women), anticoagulation is recommended" (1, A);
    // ">=1% but <2%/year (equivalent to CHA2DS2-VASc score of 1 in men and 2 in women),
    // anticoagulation is reasonable" (2a, A).
    PatientContext afPatient(double age, int sex) const
    {
        PatientContext p = base();
        Snapshot &s = p.snapshot;
        s.set(Var::Age, age);
        s.set(Var::Sex, sex);
        s.set(Var::Af, 1);
        for (const Var v :
             {Var::HeartFailure, Var::Hypertension, Var::StrokeTiaTe, Var::VascularDisease})
            s.set(v, 0);
        return p;
    }

    void oralAnticoagulationByScore()
    {
        const QString oac = QStringLiteral("oral_anticoagulation");
        // Man 70 with hypertension: 1 (age 65-74) + 1 (H) = 2 -> recommended.
        PatientContext man = afPatient(70, 1);
        man.snapshot.set(Var::Hypertension, 1);
        QCOMPARE(fired(man, oac), QStringLiteral("vasc_high"));
        const OptionRow r = row(man, oac);
        QCOMPARE(r.cls, QStringLiteral("1"));
        QCOMPARE(r.level, QStringLiteral("A"));
        QCOMPARE(r.model, QStringLiteral("cha2ds2-vasc"));
        // Effect: score 2 -> 2.2 %/a (Friberg 2012); warfarin RR 0.36 (Hart 2007):
        // 100 (1 - 0.978^0.36) = 0.79764 %/a, ARR 1.40236, NNT ceil(71.31) = 72.
        QVERIFY(std::abs(*r.arrPct - 1.4023562736254918) < 1e-9);
        QCOMPARE(*r.nnt, 72);
        // Boundary for men: 65 alone = 1 -> reasonable (2a); 64 = 0 -> not.
        PatientContext m65 = afPatient(65, 1);
        QCOMPARE(fired(m65, oac), QStringLiteral("vasc_intermediate"));
        QCOMPARE(row(m65, oac).cls, QStringLiteral("2a"));
        QCOMPARE(fired(afPatient(64, 1), oac), QString());
        // Women: the sex point does not count alone. 64 -> 1 -> not; 65 -> 2 -> reasonable;
        // 75 -> 3 -> recommended.
        QCOMPARE(fired(afPatient(64, 0), oac), QString());
        QCOMPARE(fired(afPatient(65, 0), oac), QStringLiteral("vasc_intermediate"));
        QCOMPARE(fired(afPatient(75, 0), oac), QStringLiteral("vasc_high"));
        // Without atrial fibrillation: never.
        PatientContext noAf = afPatient(80, 1);
        noAf.snapshot.set(Var::Af, 0);
        QCOMPARE(fired(noAf, oac), QString());
    }

    void oralAnticoagulationAgentAndExclusions()
    {
        const QString oac = QStringLiteral("oral_anticoagulation");
        PatientContext p = afPatient(76, 1); // 2 points
        p.snapshot.set(Var::Weight, 80);
        p.snapshot.set(Var::Creatinine, 1.2);
        // DOAC preferred; Cockcroft-Gault (140 - 76) x 80 / (72 x 1.2) = 59.26 -> "59 mL/min".
        QVERIFY(row(p, oac).reasons.join(QLatin1Char(';')).contains(QLatin1String("59 mL/min")));
        p.mechanicalValve = true; // then warfarin (6.3.1 recommendation 2 excludes valves)
        QVERIFY(row(p, oac)
                    .reasons.join(QLatin1Char(';'))
                    .contains(QLatin1String("warfarin, not a DOAC: mechanical heart valve")));
        p.mechanicalValve = false;
        p.mitralStenosis = true;
        QVERIFY(row(p, oac)
                    .reasons.join(QLatin1Char(';'))
                    .contains(QLatin1String("moderate-to-severe mitral stenosis")));
        // A bleeding score never withholds it: bleeding history and labile INR change nothing.
        p.snapshot.set(Var::BleedingHistory, 1);
        p.snapshot.set(Var::LabileInr, 1);
        QCOMPARE(fired(p, oac), QStringLiteral("vasc_high"));
        // Already anticoagulated (a DOAC or warfarin) or a recorded intolerance.
        p.medications = {*recogniseDrug(QStringLiteral("apixaban"))};
        QCOMPARE(row(p, oac).reasons.value(0), QStringLiteral("already_taking"));
        p.medications = {*recogniseDrug(QStringLiteral("B01AA03"))};
        QCOMPARE(row(p, oac).reasons.value(0), QStringLiteral("already_taking"));
        p.medications.clear();
        p.intolerances = {QStringLiteral("anticoagulant")};
        QCOMPARE(row(p, oac).reasons.value(0), QStringLiteral("intolerance"));
        // Blank items count as absent for eligibility: age 76 alone (2) still qualifies,
        // while the model refuses the rate, so arr_pct is blank.
        PatientContext blank = base();
        blank.snapshot.set(Var::Age, 76);
        blank.snapshot.set(Var::Af, 1);
        blank.snapshot.clear(Var::Diabetes);
        const OptionRow b = row(blank, oac);
        QVERIFY(b.eligible);
        QVERIFY(!b.arrPct);
        QVERIFY(b.reasons.join(QLatin1Char(';')).contains(QLatin1String("counted as absent")));
    }

    // --- nephrology referral ---------------------------------------------------------------
    // KDIGO 2024 practice point 2.2.1 ("A 5-year kidney failure risk of 3%-5% can be used to
    // determine need for nephrology referral ..."), Precis at 3 %, KFRE only below eGFR 60;
    // KDIGO 2012 recommendation 5.1.1 (1B): GFR < 30, ACR >= 300 mg/g.
    void nephrologyReferral()
    {
        PatientContext p = base();
        p.snapshot.set(Var::Egfr, 45);
        m_kfre = 3.0; // boundary: 3 % refers
        QCOMPARE(fired(p, QStringLiteral("nephrology_referral")), QStringLiteral("kfre_5y_3pct"));
        const OptionRow r = row(p, QStringLiteral("nephrology_referral"));
        QVERIFY(!r.arrPct && !r.nnt && !r.rank); // a referral has no ARR
        QCOMPARE(r.model, QStringLiteral("kfre-4"));
        m_kfre = 2.99;
        QCOMPARE(fired(p, QStringLiteral("nephrology_referral")), QString());
        p.snapshot.set(Var::Egfr, 60); // KFRE is not used at eGFR 60
        m_kfre = 50.0;
        QCOMPARE(fired(p, QStringLiteral("nephrology_referral")), QString());

        m_kfre = 0.5;
        p.snapshot.set(Var::Egfr, 29.9);
        QCOMPARE(fired(p, QStringLiteral("nephrology_referral")), QStringLiteral("egfr_below_30"));
        QCOMPARE(row(p, QStringLiteral("nephrology_referral")).cls, QStringLiteral("1"));
        p.snapshot.set(Var::Egfr, 30); // boundary: 30 is not < 30
        QCOMPARE(fired(p, QStringLiteral("nephrology_referral")), QString());
        p.snapshot.set(Var::Uacr, 300); // boundary: 300 is ">= 300"
        QCOMPARE(fired(p, QStringLiteral("nephrology_referral")), QStringLiteral("acr_300"));
        p.snapshot.set(Var::Uacr, 299.9);
        QCOMPARE(fired(p, QStringLiteral("nephrology_referral")), QString());
        p.snapshot.set(Var::Egfr, 20);
        p.snapshot.set(Var::Dialysis, 1);
        QCOMPARE(fired(p, QStringLiteral("nephrology_referral")), QString());
    }

    // --- the model refusing ----------------------------------------------------------------
    void eligibilityDoesNotNeedTheModel()
    {
        PatientContext p = base();
        p.snapshot.set(Var::Cvd, 1);
        m_prevent.reset(); // the ARR model refuses
        const OptionRow r = row(p, QStringLiteral("statin_high"));
        QVERIFY(r.eligible);
        QVERIFY(!r.arrPct && !r.nnt && !r.rank);
        QVERIFY2(r.reasons.join(QLatin1Char(';')).contains(QLatin1String("bmi is missing")),
                 qPrintable(r.reasons.join(QLatin1Char(';'))));
        // The PCE refusing leaves the risk-based group undecided, named as such.
        PatientContext q = base();
        m_pce.reset();
        const OptionRow s = row(q, QStringLiteral("statin_moderate"));
        QVERIFY(!s.eligible);
        QVERIFY(s.reasons.join(QLatin1Char(';')).contains(QLatin1String("pce: bmi is missing")));
    }

    // --- pharmacogenomics ------------------------------------------------------------------
    // CPIC 2022 statin guideline (Cooper-DeHoff, Clin Pharmacol Ther 2022;111:1007, Table 2):
    // SLCO1B1 poor function, simvastatin "Prescribe an alternative statin ..." (strong);
    // decreased or possible decreased "... If simvastatin therapy is warranted, limit dose to
    // <20 mg/day" (strong); atorvastatin <= 20 mg (poor) / <= 40 mg (decreased) as starting dose
    // (moderate); lovastatin: an alternative statin, moderate (CPIC's record PA166298191 in
    // PharmCAT v2.12.0, CPIC_lovastatin_and_SLCO1B1.json; 2026.3 said strong, see
    // statinRowsAsCpicRecords). Blank = not tested: no modifier.
    void slco1b1Statins()
    {
        PatientContext p = base();
        QVERIFY(row(p, QStringLiteral("statin_high")).pgx.isEmpty()); // not tested
        p.phenotypes[static_cast<std::size_t>(Gene::Slco1b1)] = QStringLiteral("poor_function");
        const QStringList poor = row(p, QStringLiteral("statin_high")).pgx;
        QCOMPARE(poor.size(), 7); // one per statin
        QCOMPARE(poor.value(0),
                 QStringLiteral("SLCO1B1 poor_function: not simvastatin (CPIC 2022, strong)"));
        QCOMPARE(poor.value(1),
                 QStringLiteral("SLCO1B1 poor_function: atorvastatin <= 20 mg as starting dose; "
                                "above 20 mg consider rosuvastatin or combination therapy (CPIC "
                                "2022, moderate)"));
        QCOMPARE(poor.value(6),
                 QStringLiteral("SLCO1B1 poor_function: lovastatin: another statin (CPIC 2022, "
                                "moderate)"));
        // on every affected option, eligible or not (PCE 1 %: low risk, no statin rule fires)
        m_pce = 1.0;
        QVERIFY(!row(p, QStringLiteral("statin_moderate")).eligible);
        QCOMPARE(row(p, QStringLiteral("statin_moderate")).pgx, poor);
        QVERIFY(row(p, QStringLiteral("bp_one_drug")).pgx.isEmpty());
        QVERIFY(row(p, QStringLiteral("ezetimibe")).pgx.isEmpty()); // not a statin
        p.phenotypes[static_cast<std::size_t>(Gene::Slco1b1)]
            = QStringLiteral("possible_decreased_function");
        const QStringList decreased = row(p, QStringLiteral("statin_high")).pgx;
        QCOMPARE(decreased.value(0),
                 QStringLiteral("SLCO1B1 possible_decreased_function: simvastatin: another statin, "
                                "or < 20 mg/day if simvastatin is warranted (CPIC 2022, strong)"));
        QVERIFY(decreased.value(1).contains(u"atorvastatin <= 40 mg"));
        // Boundary: normal function changes no statin's dose.
        p.phenotypes[static_cast<std::size_t>(Gene::Slco1b1)] = QStringLiteral("normal_function");
        QVERIFY(row(p, QStringLiteral("statin_high")).pgx.isEmpty());
        // indeterminate: said explicitly, acted on as not tested.
        p.phenotypes[static_cast<std::size_t>(Gene::Slco1b1)] = QStringLiteral("indeterminate");
        QCOMPARE(row(p, QStringLiteral("statin_high")).pgx,
                 QStringList{QStringLiteral(
                     "SLCO1B1 indeterminate: no phenotype assigned, so no genotype-based action; "
                     "decide as if not tested (CPIC 2022, no recommendation)")});
    }

    // CPIC 2022 statin guideline: rosuvastatin with ABCG2 poor function <= 20 mg as starting
    // dose (moderate), <= 10 mg with SLCO1B1 poor function too (optional); fluvastatin with
    // CYP2C9 intermediate <= 40 mg/day, poor <= 20 mg/day (moderate). Decreased ABCG2 function
    // and a normal CYP2C9 change nothing.
    void abcg2AndCyp2c9Statins()
    {
        PatientContext p = base();
        auto set = [&p](Gene g, const char *v) {
            p.phenotypes[static_cast<std::size_t>(g)] = QLatin1String(v);
        };
        set(Gene::Abcg2, "poor_function");
        QCOMPARE(row(p, QStringLiteral("statin_high")).pgx,
                 QStringList{QStringLiteral("ABCG2 poor_function: rosuvastatin <= 20 mg as "
                                            "starting dose (CPIC 2022, moderate)")});
        set(Gene::Slco1b1, "poor_function");
        QVERIFY(row(p, QStringLiteral("statin_high"))
                    .pgx.contains(QStringLiteral(
                        "ABCG2 poor_function with SLCO1B1 poor_function: rosuvastatin <= 10 mg as "
                        "starting dose (CPIC 2022, optional)")));
        set(Gene::Slco1b1, "");
        set(Gene::Abcg2, "decreased_function"); // boundary: no dose change
        QVERIFY(row(p, QStringLiteral("statin_high")).pgx.isEmpty());
        set(Gene::Cyp2c9, "intermediate_metabolizer");
        QCOMPARE(row(p, QStringLiteral("statin_moderate")).pgx,
                 QStringList{QStringLiteral("CYP2C9 intermediate_metabolizer: fluvastatin <= 40 "
                                            "mg/day as starting dose (CPIC 2022, moderate)")});
        set(Gene::Cyp2c9, "poor_metabolizer");
        QVERIFY(row(p, QStringLiteral("statin_moderate")).pgx.value(0).contains(u"<= 20 mg/day"));
        set(Gene::Cyp2c9, "normal_metabolizer");
        QVERIFY(row(p, QStringLiteral("statin_moderate")).pgx.isEmpty());
    }

    // CPIC's rosuvastatin row for ABCG2 poor function with SLCO1B1 poor *or decreased* function:
    // <= 10 mg as starting dose (PharmGKB's annotation of the 2022 guideline, PA166262321). From
    // knowledge base 2026.3 (and 2026.4); 2026.2, as released, gave <= 20 mg with decreased
    // function and still does (a released version keeps its behaviour).
    void rosuvastatinAbcg2PoorWithSlco1b1Decreased()
    {
        PatientContext p = base();
        p.phenotypes[static_cast<std::size_t>(Gene::Abcg2)] = QStringLiteral("poor_function");
        p.phenotypes[static_cast<std::size_t>(Gene::Slco1b1)]
            = QStringLiteral("decreased_function");
        const QString tenMg = QStringLiteral(
            "ABCG2 poor_function with SLCO1B1 decreased_function: rosuvastatin <= 10 mg as "
            "starting dose (CPIC 2022, optional)");
        const QString twentyMg = QStringLiteral(
            "ABCG2 poor_function: rosuvastatin <= 20 mg as starting dose (CPIC 2022, moderate)");
        QCOMPARE(m_kb.version, QStringLiteral("2026.5"));
        QStringList pgx = row(p, QStringLiteral("statin_high")).pgx;
        QVERIFY2(pgx.contains(tenMg), qPrintable(pgx.join(u'|')));
        QVERIFY(!pgx.contains(twentyMg));
        // Boundary: ABCG2 decreased function with SLCO1B1 decreased: no rosuvastatin note.
        p.phenotypes[static_cast<std::size_t>(Gene::Abcg2)] = QStringLiteral("decreased_function");
        pgx = row(p, QStringLiteral("statin_high")).pgx;
        QVERIFY(std::none_of(
            pgx.begin(), pgx.end(), [](const QString &n) { return n.contains(u"rosuvastatin"); }));
        // 2026.2 as released.
        p.phenotypes[static_cast<std::size_t>(Gene::Abcg2)] = QStringLiteral("poor_function");
        const Result<KnowledgeBases> all = loadKnowledgeBases();
        QVERIFY(all);
        const KnowledgeBase *v2 = all->find(u"2026.2");
        QVERIFY(v2 != nullptr);
        for (const OptionRow &r : OptionEngine(*v2, m_registry).assess(p)) {
            if (r.option == QLatin1String("statin_high")) {
                QVERIFY(r.pgx.contains(twentyMg));
                QVERIFY(!r.pgx.contains(tenMg));
            }
        }
    }

    // --- the statin cells 2026.4 corrects ----------------------------------------------------
    // Each expected note is the cell as CPIC's recommendation record reads it: PharmGKB's
    // annotations of Cooper-DeHoff 2022 (Clin Pharmacol Ther 2022;111:1007, Table 2) shipped in
    // PharmCAT v2.12.0 (commit 0585c2992625891a26b96a80e87ffcfdcb8f288a), directory
    // src/main/resources/org/pharmgkb/pharmcat/reporter/guidelines/, record ids named per case.
    // Knowledge base 2026.3, as released, keeps its old notes (checked in each test).

    // CPIC_fluvastatin_and_CYP2C9_SLCO1B1.json (CYP2C9 by activity score: 1.0 and 1.5 are
    // intermediate, 0 and 0.5 poor metabolizers): SLCO1B1 poor function with CYP2C9 1.0/1.5/0/0.5
    // "Prescribe an alternative statin" (optional; PA166297924, PA166297925, PA166297922,
    // PA166297923); SLCO1B1 decreased or possible decreased with CYP2C9 0/0.5: the same
    // (optional; PA166297919, PA166297918, PA166297921, PA166297920); decreased or possible
    // decreased with CYP2C9 1.0/1.5 "Prescribe <=20mg per day as a starting dose" (optional;
    // PA166297905, PA166297904, PA166297907, PA166297906). Not combined: SLCO1B1 poor with CYP2C9
    // 2.0 or no result <= 40 mg/day (moderate; PA166297917, PA166297946); CYP2C9 1.0 with SLCO1B1
    // normal <= 40 mg/day (moderate; PA166297913); CYP2C9 2.0 with SLCO1B1 decreased: desired
    // starting dose (PA166297929, no note).
    void fluvastatinCombinedCpicRows()
    {
        PatientContext p = base();
        auto set = [&p](Gene g, const char *v) {
            p.phenotypes[static_cast<std::size_t>(g)] = QLatin1String(v);
        };
        const auto fluvastatin
            = [&] { return about(row(p, QStringLiteral("statin_high")).pgx, "fluvastatin"); };
        // Fires: SLCO1B1 poor with an intermediate metabolizer (the rule issue #10 found wrong).
        set(Gene::Slco1b1, "poor_function");
        set(Gene::Cyp2c9, "intermediate_metabolizer");
        QCOMPARE(fluvastatin(),
                 QStringList{QStringLiteral("CYP2C9 intermediate_metabolizer with SLCO1B1 "
                                            "poor_function: fluvastatin: another statin (CPIC "
                                            "2022, optional)")});
        set(Gene::Cyp2c9, "likely_poor_metabolizer");
        QCOMPARE(fluvastatin(),
                 QStringList{QStringLiteral("CYP2C9 likely_poor_metabolizer with SLCO1B1 "
                                            "poor_function: fluvastatin: another statin (CPIC "
                                            "2022, optional)")});
        set(Gene::Slco1b1, "decreased_function");
        set(Gene::Cyp2c9, "poor_metabolizer");
        QCOMPARE(fluvastatin(),
                 QStringList{QStringLiteral("CYP2C9 poor_metabolizer with SLCO1B1 "
                                            "decreased_function: fluvastatin: another statin "
                                            "(CPIC 2022, optional)")});
        set(Gene::Slco1b1, "possible_decreased_function");
        set(Gene::Cyp2c9, "likely_intermediate_metabolizer");
        QCOMPARE(fluvastatin(),
                 QStringList{QStringLiteral("CYP2C9 likely_intermediate_metabolizer with SLCO1B1 "
                                            "possible_decreased_function: fluvastatin <= 20 mg/day "
                                            "as starting dose (CPIC 2022, optional)")});
        // Does not fire: a normal metabolizer or a typical transporter leaves one gene's limit.
        set(Gene::Slco1b1, "poor_function");
        set(Gene::Cyp2c9, "normal_metabolizer");
        QCOMPARE(fluvastatin(),
                 QStringList{QStringLiteral("SLCO1B1 poor_function: fluvastatin <= 40 mg/day as "
                                            "starting dose (CPIC 2022, moderate)")});
        set(Gene::Cyp2c9, ""); // CYP2C9 not tested
        QCOMPARE(fluvastatin().size(), 1);
        QVERIFY(fluvastatin().value(0).startsWith(u"SLCO1B1 poor_function: fluvastatin <= 40"));
        set(Gene::Slco1b1, "normal_function");
        set(Gene::Cyp2c9, "intermediate_metabolizer");
        QCOMPARE(fluvastatin(),
                 QStringList{QStringLiteral("CYP2C9 intermediate_metabolizer: fluvastatin <= 40 "
                                            "mg/day as starting dose (CPIC 2022, moderate)")});
        set(Gene::Slco1b1, "decreased_function");
        set(Gene::Cyp2c9, "normal_metabolizer");
        QVERIFY(fluvastatin().isEmpty());
        // Boundary: a CYP2C9 phenotype not assigned (possible_intermediate_metabolizer is not a
        // CYP2C9 term) is not an intermediate metabolizer: SLCO1B1's own limit, and CYP2C9 named
        // as indeterminate (CPIC's "n/a" with SLCO1B1 poor: <= 40 mg/day, PA166297936).
        set(Gene::Slco1b1, "poor_function");
        set(Gene::Cyp2c9, "possible_intermediate_metabolizer");
        QCOMPARE(fluvastatin(),
                 QStringList{QStringLiteral("SLCO1B1 poor_function: fluvastatin <= 40 mg/day as "
                                            "starting dose (CPIC 2022, moderate)")});
        QVERIFY(row(p, QStringLiteral("statin_high"))
                    .pgx.contains(QStringLiteral(
                        "CYP2C9 indeterminate: no phenotype assigned, so no genotype-based "
                        "action; decide as if not tested (CPIC 2022, no recommendation)")));
        // A current fluvastatin gets one review row with that note and its strength.
        set(Gene::Cyp2c9, "intermediate_metabolizer");
        p.medications = {*recogniseDrug(QStringLiteral("fluvastatin"))};
        const OptionRow review = row(p, QStringLiteral("review:fluvastatin"));
        QCOMPARE(review.cls, QStringLiteral("optional"));
        QCOMPARE(review.pgx,
                 QStringList{QStringLiteral("CYP2C9 intermediate_metabolizer with SLCO1B1 "
                                            "poor_function: fluvastatin: another statin (CPIC "
                                            "2022, optional)")});
        // 2026.3 as released: each gene's limit, two notes, moderate.
        const QStringList old
            = about(rowIn("2026.3", p, QStringLiteral("statin_high")).pgx, "fluvastatin");
        QCOMPARE(old,
                 (QStringList{QStringLiteral("SLCO1B1 poor_function: fluvastatin <= 40 mg/day as "
                                             "starting dose (CPIC 2022, moderate)"),
                              QStringLiteral("CYP2C9 intermediate_metabolizer: fluvastatin <= 40 "
                                             "mg/day as starting dose (CPIC 2022, moderate)")}));
        QCOMPARE(rowIn("2026.3", p, QStringLiteral("review:fluvastatin")).cls,
                 QStringLiteral("moderate"));
    }

    // CPIC_lovastatin_and_SLCO1B1.json: decreased and possible decreased function "Prescribe an
    // alternative statin ... If lovastatin therapy is warranted, limit dose to <=20mg/day"
    // (moderate; PA166298190, PA166298189); poor function "Prescribe an alternative statin"
    // (moderate; PA166298191); normal and increased function: desired starting dose (strong,
    // PA166297982, PA166298148: no note).
    void lovastatinCpicRows()
    {
        PatientContext p = base();
        auto set = [&p](const char *v) {
            p.phenotypes[static_cast<std::size_t>(Gene::Slco1b1)] = QLatin1String(v);
        };
        const auto lovastatin
            = [&] { return about(row(p, QStringLiteral("statin_moderate")).pgx, "lovastatin"); };
        set("decreased_function");
        QCOMPARE(lovastatin(),
                 QStringList{QStringLiteral("SLCO1B1 decreased_function: lovastatin: another "
                                            "statin, or <= 20 mg/day if lovastatin is warranted "
                                            "(CPIC 2022, moderate)")});
        set("possible_decreased_function");
        QCOMPARE(lovastatin(),
                 QStringList{QStringLiteral("SLCO1B1 possible_decreased_function: lovastatin: "
                                            "another statin, or <= 20 mg/day if lovastatin is "
                                            "warranted (CPIC 2022, moderate)")});
        // Poor function: another statin, no dose limit, moderate.
        set("poor_function");
        QCOMPARE(lovastatin(),
                 QStringList{QStringLiteral("SLCO1B1 poor_function: lovastatin: another statin "
                                            "(CPIC 2022, moderate)")});
        p.medications = {*recogniseDrug(QStringLiteral("lovastatin"))};
        QCOMPARE(row(p, QStringLiteral("review:lovastatin")).cls, QStringLiteral("moderate"));
        // 2026.3 as released: strong with poor function, no limit with decreased function.
        QCOMPARE(rowIn("2026.3", p, QStringLiteral("review:lovastatin")).cls,
                 QStringLiteral("strong"));
        set("decreased_function");
        QCOMPARE(about(rowIn("2026.3", p, QStringLiteral("statin_moderate")).pgx, "lovastatin"),
                 QStringList{QStringLiteral("SLCO1B1 decreased_function: lovastatin: another "
                                            "statin (CPIC 2022, moderate)")});
        // Boundary: normal and increased function, no note and no review row.
        for (const char *typical : {"normal_function", "increased_function"}) {
            set(typical);
            QVERIFY2(lovastatin().isEmpty(), typical);
            QVERIFY(find(assess(p), QStringLiteral("review:lovastatin")) == nullptr);
        }
    }

    // CPIC_rosuvastatin_and_ABCG2_SLCO1B1.json: ABCG2 poor with SLCO1B1 normal or increased
    // function "Prescribe <=20mg as a starting dose" (optional; PA166298470, PA166298469); ABCG2
    // poor with SLCO1B1 not tested or indeterminate: the same, moderate (PA166298489,
    // PA166298486); ABCG2 and SLCO1B1 both poor: <=10mg (optional; PA166298467), the only cell
    // for that pair; ABCG2 decreased with SLCO1B1 poor: <=20mg (moderate; PA166298471).
    void rosuvastatinCpicRows()
    {
        PatientContext p = base();
        auto set = [&p](Gene g, const char *v) {
            p.phenotypes[static_cast<std::size_t>(g)] = QLatin1String(v);
        };
        const auto rosuvastatin
            = [&] { return about(row(p, QStringLiteral("statin_high")).pgx, "rosuvastatin"); };
        const QString optional20 = QStringLiteral(
            "ABCG2 poor_function: rosuvastatin <= 20 mg as starting dose (CPIC 2022, optional)");
        const QString moderate20 = QStringLiteral(
            "ABCG2 poor_function: rosuvastatin <= 20 mg as starting dose (CPIC 2022, moderate)");
        set(Gene::Abcg2, "poor_function");
        set(Gene::Slco1b1, "normal_function");
        QCOMPARE(rosuvastatin(), QStringList{optional20});
        set(Gene::Slco1b1, "increased_function");
        QCOMPARE(rosuvastatin(), QStringList{optional20});
        // Boundary: SLCO1B1 not tested, or indeterminate: moderate.
        set(Gene::Slco1b1, "");
        QCOMPARE(rosuvastatin(), QStringList{moderate20});
        set(Gene::Slco1b1, "indeterminate");
        QCOMPARE(rosuvastatin(), QStringList{moderate20});
        // Both poor: the one <= 10 mg note (2026.3 also showed SLCO1B1's <= 20 mg).
        set(Gene::Slco1b1, "poor_function");
        const QString tenMg = QStringLiteral(
            "ABCG2 poor_function with SLCO1B1 poor_function: rosuvastatin <= 10 mg as starting "
            "dose (CPIC 2022, optional)");
        QCOMPARE(rosuvastatin(), QStringList{tenMg});
        // ABCG2 decreased with SLCO1B1 poor: SLCO1B1's <= 20 mg, moderate.
        set(Gene::Abcg2, "decreased_function");
        QCOMPARE(rosuvastatin(),
                 QStringList{QStringLiteral("SLCO1B1 poor_function: rosuvastatin <= 20 mg as "
                                            "starting dose (CPIC 2022, moderate)")});
        // 2026.3 as released.
        set(Gene::Abcg2, "poor_function");
        QCOMPARE(about(rowIn("2026.3", p, QStringLiteral("statin_high")).pgx, "rosuvastatin"),
                 (QStringList{QStringLiteral("SLCO1B1 poor_function: rosuvastatin <= 20 mg as "
                                             "starting dose (CPIC 2022, moderate)"),
                              tenMg}));
        set(Gene::Slco1b1, "normal_function");
        QCOMPARE(about(rowIn("2026.3", p, QStringLiteral("statin_high")).pgx, "rosuvastatin"),
                 QStringList{moderate20});
    }

    // The thiopurine review note through the engine, per knowledge base: CPIC's thioguanine
    // record for TPMT intermediate metabolizers (PA166298559, PharmCAT v2.12.0 commit 0585c29,
    // CPIC_thioguanine_and_NUDT15_TPMT.json) gives 50-80 % only if the usual start is at least
    // 40-60 mg/m2/day; 2026.4 says so, 2026.3 keeps the wording it released. Does not fire: a
    // normal metabolizer (no note, no review row in either version).
    void thiopurineReviewNoteByKnowledgeBase()
    {
        PatientContext p = base();
        p.medications = {*recogniseDrug(QStringLiteral("thioguanine"))};
        const QString review = QStringLiteral("review:thioguanine");
        p.phenotypes[static_cast<std::size_t>(Gene::Tpmt)]
            = QStringLiteral("intermediate_metabolizer");
        const QString now = rowIn("2026.4", p, review).pgx.join(QLatin1Char('|'));
        const QString before = rowIn("2026.3", p, review).pgx.join(QLatin1Char('|'));
        QVERIFY2(now.contains(QLatin1String("at least 40-60 mg/m2/day")), qPrintable(now));
        QVERIFY2(!before.isEmpty() && !before.contains(QLatin1String("40-60 mg/m2/day")),
                 qPrintable(before));
        p.phenotypes[static_cast<std::size_t>(Gene::Tpmt)] = QStringLiteral("normal_metabolizer");
        QVERIFY(rowIn("2026.4", p, review).pgx.isEmpty());
    }

    // TPMT and NUDT15 both intermediate, through the engine per knowledge base: 2026.5 gives
    // each drug's note as CPIC's combined records read after the 2025 update (PMID 41618934;
    // records read in the fork phonegor95/PharmCAT, commit
    // 1697910573cc67fb5d8a59d3763ca7e4aeb49cbe, prescribing_guidance.json): mercaptopurine
    // PA166298233 (possible intermediate for both: 20-50 % if the usual start is at least 75
    // mg/m2/day or 1.5 mg/kg/day, strong), azathioprine PA166297266 (at least 2 mg/kg/day,
    // moderate), thioguanine PA166298555 (at least 40 mg/m2/day, moderate); 2026.4 keeps the
    // note it released ("strength not verified"). Does not fire: NUDT15 normal (the single-gene
    // TPMT note, the same in both versions).
    void thiopurineCombinedNoteByKnowledgeBase()
    {
        PatientContext p = base();
        p.medications = {*recogniseDrug(QStringLiteral("azathioprine")),
                         *recogniseDrug(QStringLiteral("mercaptopurine")),
                         *recogniseDrug(QStringLiteral("thioguanine"))};
        p.phenotypes[static_cast<std::size_t>(Gene::Tpmt)]
            = QStringLiteral("possible_intermediate_metabolizer");
        p.phenotypes[static_cast<std::size_t>(Gene::Nudt15)]
            = QStringLiteral("possible_intermediate_metabolizer");
        const QString both = QStringLiteral(
            "TPMT possible_intermediate_metabolizer with NUDT15 "
            "possible_intermediate_metabolizer: intermediate for both TPMT and NUDT15: ");
        const struct
        {
            const char *drug;
            const char *note;
            const char *cls;
        } cases[] = {
            {"azathioprine",
             "if the usual start is at least 2 mg/kg/day, start at 20-50 % of it and adjust by "
             "myelosuppression; 2-4 weeks to steady state (CPIC 2025, moderate)",
             "moderate"},
            {"mercaptopurine",
             "if the usual start is at least 75 mg/m2/day or 1.5 mg/kg/day, start at 20-50 % of "
             "it and adjust by myelosuppression; 2-4 weeks to steady state (CPIC 2025, strong)",
             "strong"},
            {"thioguanine",
             "if the usual start is at least 40 mg/m2/day, start at 20-50 % of it and adjust by "
             "myelosuppression; 2-4 weeks to steady state (CPIC 2025, moderate)",
             "moderate"},
        };
        for (const auto &c : cases) {
            const QString review = QStringLiteral("review:") + QLatin1String(c.drug);
            const OptionRow now = rowIn("2026.5", p, review);
            const OptionRow before = rowIn("2026.4", p, review);
            QCOMPARE(now.pgx, QStringList{both + QLatin1String(c.note)});
            QCOMPARE(now.cls, QString::fromLatin1(c.cls));
            QCOMPARE(
                before.pgx,
                QStringList{both
                            + QStringLiteral("start at 20-50 % of the usual dose (2024 update; "
                                             "replaces each gene's single-gene range) (CPIC "
                                             "2018, strength not verified)")});
            QCOMPARE(before.cls, QStringLiteral("strength not verified"));
        }
        p.phenotypes[static_cast<std::size_t>(Gene::Nudt15)] = QStringLiteral("normal_metabolizer");
        for (const auto &c : cases) {
            const QString review = QStringLiteral("review:") + QLatin1String(c.drug);
            // (azathioprine's and thioguanine's single-gene notes changed in 2026.5 too: see
            // thiopurineSingleGeneNoteByKnowledgeBase)
            if (QLatin1String(c.drug) == QLatin1String("mercaptopurine"))
                QCOMPARE(rowIn("2026.5", p, review).pgx, rowIn("2026.4", p, review).pgx);
            QVERIFY(!rowIn("2026.5", p, review).pgx.join(u'|').contains(u"20-50 %"));
        }
    }

    // One gene intermediate, the other normal, through the engine per knowledge base: 2026.5
    // writes CPIC's single-gene records read after the 2025 update (PMID 41618934; fork
    // phonegor95/PharmCAT, commit 1697910573cc67fb5d8a59d3763ca7e4aeb49cbe,
    // prescribing_guidance.json): thioguanine PA166298564 (NUDT15 intermediate: 30-80 % if the
    // usual start is at least 40 mg/m2/day, moderate), azathioprine PA166297276 (30-80 % if it
    // is at least 2 mg/kg/day, strong); 2026.4 keeps what it released (50-80 % at 40-60
    // mg/m2/day; 2-3 mg/kg/day). Does not fire: mercaptopurine (unchanged), and both normal (no
    // row in either version).
    void thiopurineSingleGeneNoteByKnowledgeBase()
    {
        PatientContext p = base();
        p.medications = {*recogniseDrug(QStringLiteral("azathioprine")),
                         *recogniseDrug(QStringLiteral("mercaptopurine")),
                         *recogniseDrug(QStringLiteral("thioguanine"))};
        p.phenotypes[static_cast<std::size_t>(Gene::Tpmt)] = QStringLiteral("normal_metabolizer");
        p.phenotypes[static_cast<std::size_t>(Gene::Nudt15)]
            = QStringLiteral("intermediate_metabolizer");
        const QString nudt = QStringLiteral("NUDT15 intermediate_metabolizer: ");
        QCOMPARE(rowIn("2026.5", p, QStringLiteral("review:thioguanine")).pgx,
                 QStringList{nudt
                             + QStringLiteral("if the usual start is at least 40 mg/m2/day, start "
                                              "at 30-80 % of it and adjust by myelosuppression; "
                                              "2-4 weeks to steady state (CPIC 2025, moderate)")});
        QCOMPARE(rowIn("2026.4", p, QStringLiteral("review:thioguanine")).pgx,
                 QStringList{nudt
                             + QStringLiteral("if the usual start is at least 40-60 mg/m2/day, "
                                              "start at 50-80 % of it and adjust by "
                                              "myelosuppression; 2-4 weeks to steady state (CPIC "
                                              "2018, moderate)")});
        QCOMPARE(rowIn("2026.5", p, QStringLiteral("review:azathioprine")).pgx,
                 QStringList{nudt
                             + QStringLiteral("if the usual start is at least 2 mg/kg/day, start "
                                              "at 30-80 % of it and adjust by myelosuppression; "
                                              "2-4 weeks to steady state (CPIC 2025, strong)")});
        QCOMPARE(rowIn("2026.4", p, QStringLiteral("review:azathioprine")).pgx,
                 QStringList{nudt
                             + QStringLiteral("if the usual start is 2-3 mg/kg/day, start at "
                                              "30-80 % of it and adjust by myelosuppression; 2-4 "
                                              "weeks to steady state (CPIC 2018, strong)")});
        QCOMPARE(rowIn("2026.5", p, QStringLiteral("review:azathioprine")).cls,
                 QStringLiteral("strong"));
        QCOMPARE(rowIn("2026.5", p, QStringLiteral("review:mercaptopurine")).pgx,
                 rowIn("2026.4", p, QStringLiteral("review:mercaptopurine")).pgx);
        p.phenotypes[static_cast<std::size_t>(Gene::Nudt15)] = QStringLiteral("normal_metabolizer");
        QVERIFY(rowIn("2026.5", p, QStringLiteral("review:thioguanine")).pgx.isEmpty());
        QVERIFY(rowIn("2026.4", p, QStringLiteral("review:thioguanine")).pgx.isEmpty());
    }

    // TPMT intermediate with NUDT15 poor, through the engine per knowledge base: 2026.5 writes
    // one note per drug as CPIC's combined records after the 2025 update (PMID 41618934; fork
    // phonegor95/PharmCAT, commit 1697910573cc67fb5d8a59d3763ca7e4aeb49cbe,
    // prescribing_guidance.json): azathioprine PA166297272 (consider a non-thiopurine
    // immunosuppressant, strong), mercaptopurine PA166298227, thioguanine PA166298560 (tenfold
    // lower three times a week, strong); 2026.4 keeps what it released, the two single-gene
    // notes (e.g. TPMT 30-80 % beside NUDT15 poor). Does not fire: TPMT normal with NUDT15 poor
    // (one NUDT15 poor note in both versions).
    void thiopurineCombinedPoorNoteByKnowledgeBase()
    {
        PatientContext p = base();
        p.medications = {*recogniseDrug(QStringLiteral("azathioprine")),
                         *recogniseDrug(QStringLiteral("mercaptopurine")),
                         *recogniseDrug(QStringLiteral("thioguanine"))};
        p.phenotypes[static_cast<std::size_t>(Gene::Tpmt)]
            = QStringLiteral("intermediate_metabolizer");
        p.phenotypes[static_cast<std::size_t>(Gene::Nudt15)] = QStringLiteral("poor_metabolizer");
        const QString both = QStringLiteral("TPMT intermediate_metabolizer with NUDT15 "
                                            "poor_metabolizer: poor for TPMT or NUDT15 and the "
                                            "other intermediate or poor: ");
        QCOMPARE(rowIn("2026.5", p, QStringLiteral("review:azathioprine")).pgx,
                 QStringList{both
                             + QStringLiteral("consider a non-thiopurine immunosuppressant (CPIC "
                                              "2025, strong)")});
        QCOMPARE(rowIn("2026.5", p, QStringLiteral("review:azathioprine")).cls,
                 QStringLiteral("strong"));
        QCOMPARE(rowIn("2026.5", p, QStringLiteral("review:thioguanine")).pgx,
                 QStringList{both
                             + QStringLiteral("cut the daily dose tenfold and give it three times "
                                              "a week instead of daily, adjust by "
                                              "myelosuppression; 4-6 weeks to steady state (CPIC "
                                              "2025, strong)")});
        const QStringList mp = rowIn("2026.5", p, QStringLiteral("review:mercaptopurine")).pgx;
        QCOMPARE(mp.size(), 1);
        QVERIFY2(mp[0].startsWith(both + QLatin1String("malignancy: cut the daily dose tenfold"))
                     && mp[0].endsWith(QLatin1String("(CPIC 2025, strong)")),
                 qPrintable(mp[0]));
        const QStringList before = rowIn("2026.4", p, QStringLiteral("review:azathioprine")).pgx;
        QCOMPARE(before.size(), 2);
        QVERIFY2(before[0].startsWith(QLatin1String("TPMT intermediate_metabolizer: if the usual "
                                                    "start is 2-3 mg/kg/day, start at 30-80 %")),
                 qPrintable(before[0]));
        QVERIFY2(before[1].startsWith(QLatin1String("NUDT15 poor_metabolizer: ")),
                 qPrintable(before[1]));
        p.phenotypes[static_cast<std::size_t>(Gene::Tpmt)] = QStringLiteral("normal_metabolizer");
        // TPMT normal with NUDT15 poor: one NUDT15 note in both versions, not the combined one;
        // 2026.5 words it as CPIC's single-gene poor records after the 2025 update
        // (PA166297279, PA166298228, PA166298566; see tst_oncologypgx).
        for (const char *drug : {"azathioprine", "mercaptopurine", "thioguanine"}) {
            const QString review = QStringLiteral("review:") + QLatin1String(drug);
            for (const char *version : {"2026.4", "2026.5"}) {
                const QStringList notes = rowIn(version, p, review).pgx;
                QCOMPARE(notes.size(), 1);
                QVERIFY2(notes[0].startsWith(QLatin1String("NUDT15 poor_metabolizer: "))
                             && !notes[0].contains(QLatin1String("poor for TPMT or NUDT15")),
                         qPrintable(notes[0]));
            }
            QVERIFY(rowIn("2026.5", p, review).pgx != rowIn("2026.4", p, review).pgx);
        }
    }

    // CPIC 2022 clopidogrel (Lee, Clin Pharmacol Ther 2022;112:959), Table 2: after ACS and/or
    // PCI, intermediate or likely intermediate "Avoid standard dose (75 mg) clopidogrel if
    // possible. Use prasugrel or ticagrelor at standard dose if no contraindication" (strong);
    // poor or likely poor "Avoid clopidogrel if possible ..." (strong). Table 3 (neurovascular):
    // moderate; prasugrel is contraindicated after stroke or TIA. A current clopidogrel gets a
    // review row.
    void cyp2c19Clopidogrel()
    {
        PatientContext p = base();
        p.medications = {*recogniseDrug(QStringLiteral("clopidogrel"))};
        const QString review = QStringLiteral("review:clopidogrel");
        QVERIFY(find(assess(p), review) == nullptr); // not tested: no review row
        p.phenotypes[static_cast<std::size_t>(Gene::Cyp2c19)] = QStringLiteral("poor_metabolizer");
        p.acsPci = true;
        OptionRow r = row(p, review);
        QVERIFY(r.eligible);
        QVERIFY(!r.rank);
        QCOMPARE(r.cls, QStringLiteral("strong"));
        QCOMPARE(
            r.pgx,
            QStringList{QStringLiteral("CYP2C19 poor_metabolizer: avoid clopidogrel; prasugrel "
                                       "or ticagrelor at standard dose if not contraindicated "
                                       "(CPIC 2022, strong)")});
        QVERIFY(r.citation.contains(u"2022;112:959"));
        p.phenotypes[static_cast<std::size_t>(Gene::Cyp2c19)]
            = QStringLiteral("likely_intermediate_metabolizer");
        QVERIFY(row(p, review).pgx.value(0).startsWith(
            u"CYP2C19 likely_intermediate_metabolizer: avoid standard-dose (75 mg) clopidogrel;"));
        // Neurovascular (stroke/TIA recorded, no ACS/PCI): moderate, ticagrelor, not prasugrel.
        p.acsPci = false;
        p.snapshot.set(Var::StrokeTiaTe, 1);
        r = row(p, review);
        QCOMPARE(r.cls, QStringLiteral("moderate"));
        QVERIFY(r.pgx.value(0).contains(u"prasugrel is contraindicated after stroke or TIA"));
        QVERIFY(!r.pgx.value(0).contains(u"prasugrel or ticagrelor"));
        // Neither indication recorded: both strengths named, and the reason says so.
        p.acsPci.reset();
        p.snapshot.set(Var::StrokeTiaTe, 0);
        r = row(p, review);
        QVERIFY(r.pgx.value(0).endsWith(
            u"(CPIC 2022, strong after ACS/PCI, moderate in neurovascular disease)"));
        QVERIFY(r.reasons.join(u';').contains(u"indication not recorded"));
        // Boundary: normal and ultrarapid metabolizers take the standard dose: no review row.
        p.phenotypes[static_cast<std::size_t>(Gene::Cyp2c19)]
            = QStringLiteral("normal_metabolizer");
        QVERIFY(find(assess(p), review) == nullptr);
        p.phenotypes[static_cast<std::size_t>(Gene::Cyp2c19)]
            = QStringLiteral("ultrarapid_metabolizer");
        QVERIFY(find(assess(p), review) == nullptr);
        // Not taking clopidogrel: no review row whatever the phenotype.
        p.phenotypes[static_cast<std::size_t>(Gene::Cyp2c19)] = QStringLiteral("poor_metabolizer");
        p.medications.clear();
        QVERIFY(find(assess(p), review) == nullptr);
        // indeterminate on clopidogrel: a review row saying so.
        p.medications = {*recogniseDrug(QStringLiteral("clopidogrel"))};
        p.phenotypes[static_cast<std::size_t>(Gene::Cyp2c19)] = QStringLiteral("indeterminate");
        QVERIFY(row(p, review).pgx.value(0).startsWith(u"CYP2C19 indeterminate: no phenotype"));
    }

    // CPIC 2017 warfarin (Johnson, Clin Pharmacol Ther 2017;102:397), dosing figure: calculate
    // the dose with a validated pharmacogenetic algorithm (strong); consider an alternative
    // agent with CYP2C9 poor metabolism (note e); CYP4F2*3: increase the dose 5-10 %
    // (optional). On oral_anticoagulation, eligible or not.
    void warfarinGenotypeNote()
    {
        PatientContext p = base(); // no AF: oral_anticoagulation not eligible
        const QString oac = QStringLiteral("oral_anticoagulation");
        QVERIFY(row(p, oac).pgx.isEmpty()); // not tested
        p.phenotypes[static_cast<std::size_t>(Gene::Vkorc1)] = QStringLiteral("GA");
        p.phenotypes[static_cast<std::size_t>(Gene::Cyp2c9)] = QStringLiteral("poor_metabolizer");
        p.phenotypes[static_cast<std::size_t>(Gene::Cyp4f2)] = QStringLiteral("decreased_function");
        const OptionRow r = row(p, oac);
        QVERIFY(!r.eligible);
        QCOMPARE(r.pgx,
                 (QStringList{QStringLiteral("CYP2C9 poor_metabolizer: if warfarin, dose by a "
                                             "validated pharmacogenetic algorithm, or consider "
                                             "another anticoagulant (CPIC 2017, strong)"),
                              QStringLiteral("VKORC1 c.-1639 GA: if warfarin, dose by a validated "
                                             "pharmacogenetic algorithm (CPIC 2017, strong)"),
                              QStringLiteral("CYP4F2 decreased_function: if warfarin, dose 5-10 % "
                                             "above the algorithm's (CPIC 2017, optional)")}));
        QVERIFY(r.reasons.join(u';').contains(u"African ancestry"));
        // Boundary: CYP4F2 normal function adds nothing; CYP2C9 normal keeps the algorithm note.
        p.phenotypes[static_cast<std::size_t>(Gene::Cyp4f2)] = QStringLiteral("normal_function");
        p.phenotypes[static_cast<std::size_t>(Gene::Cyp2c9)] = QStringLiteral("normal_metabolizer");
        QCOMPARE(row(p, oac).pgx.size(), 2);
        QVERIFY(!row(p, oac).pgx.value(0).contains(u"another anticoagulant"));
        // On warfarin: a review row with the same notes.
        p.medications = {*recogniseDrug(QStringLiteral("warfarin"))};
        QCOMPARE(row(p, QStringLiteral("review:warfarin")).pgx, row(p, oac).pgx);
    }

    // VKORC1 tested without a determined c.-1639G>A genotype (token "indeterminate", e.g. a
    // stored "GG or GA or AA"): missing data is never shown as normal (issue #11), so 2026.5
    // writes a note parallel to CYP2C9's indeterminate one (CPIC 2017 gives no genotype-based
    // action without the genotype: decide as if not tested); 2026.2 to 2026.4 wrote no VKORC1
    // note (as if not tested) and 2026.1 no warfarin notes at all. The expected notes per
    // version are those programs' behaviour (EngineBehaviour::vkorc1IndeterminateNote,
    // warfarinPgx). Does not fire: VKORC1 GA (the algorithm note in every version from 2026.2).
    void vkorc1IndeterminateByKnowledgeBase_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QStringList>("pgx");
        const QString cyp2c9 = QStringLiteral(
            "CYP2C9 indeterminate: no phenotype assigned, so no genotype-based action; decide as "
            "if not tested (CPIC 2017, no recommendation)");
        const QString vkorc1 = QStringLiteral(
            "VKORC1 indeterminate: c.-1639G>A genotype not determined, so no genotype-based "
            "action; decide as if not tested (CPIC 2017, no recommendation)");
        QTest::newRow("2026.1") << QStringLiteral("2026.1") << QStringList{};
        QTest::newRow("2026.2") << QStringLiteral("2026.2") << QStringList{cyp2c9};
        QTest::newRow("2026.3") << QStringLiteral("2026.3") << QStringList{cyp2c9};
        QTest::newRow("2026.4") << QStringLiteral("2026.4") << QStringList{cyp2c9};
        QTest::newRow("2026.5") << QStringLiteral("2026.5") << QStringList{cyp2c9, vkorc1};
    }

    void vkorc1IndeterminateByKnowledgeBase()
    {
        QFETCH(QString, version);
        QFETCH(QStringList, pgx);
        const QByteArray v = version.toLatin1();
        PatientContext p = base();
        p.phenotypes[static_cast<std::size_t>(Gene::Cyp2c9)] = QStringLiteral("indeterminate");
        p.phenotypes[static_cast<std::size_t>(Gene::Vkorc1)] = QStringLiteral("indeterminate");
        const QString oac = QStringLiteral("oral_anticoagulation");
        QCOMPARE(rowIn(v.constData(), p, oac).pgx, pgx);
        // On warfarin: the review row carries the same notes (none, no row, under 2026.1).
        p.medications = {*recogniseDrug(QStringLiteral("warfarin"))};
        QCOMPARE(rowIn(v.constData(), p, QStringLiteral("review:warfarin")).pgx, pgx);
        // VKORC1 alone indeterminate: a review row only where the note is written.
        p.phenotypes[static_cast<std::size_t>(Gene::Cyp2c9)].clear();
        QCOMPARE(rowIn(v.constData(), p, QStringLiteral("review:warfarin")).pgx.size(),
                 pgx.size() == 2 ? 1 : 0);
        // Not fired: a determined genotype keeps the algorithm note.
        p.phenotypes[static_cast<std::size_t>(Gene::Vkorc1)] = QStringLiteral("GA");
        const QStringList ga = rowIn(v.constData(), p, oac).pgx;
        if (version == QLatin1String("2026.1"))
            QVERIFY(ga.isEmpty());
        else
            QCOMPARE(ga,
                     QStringList{QStringLiteral("VKORC1 c.-1639 GA: if warfarin, dose by a "
                                                "validated pharmacogenetic algorithm (CPIC 2017, "
                                                "strong)")});
    }

    void reviewRowForCurrentSimvastatin()
    {
        PatientContext p = base();
        p.phenotypes[static_cast<std::size_t>(Gene::Slco1b1)]
            = QStringLiteral("decreased_function");
        p.medications = {*recogniseDrug(QStringLiteral("simvastatin"))};
        std::vector<OptionRow> rows = assess(p);
        const OptionRow *review = find(rows, QStringLiteral("review:simvastatin"));
        QVERIFY(review != nullptr);
        QCOMPARE(review->pgx.size(), 1);
        p.medications = {*recogniseDrug(QStringLiteral("atorvastatin"))};
        rows = assess(p);
        QVERIFY(find(rows, QStringLiteral("review:simvastatin")) == nullptr);
        p.medications = {*recogniseDrug(QStringLiteral("simvastatin"))};
        p.phenotypes[static_cast<std::size_t>(Gene::Slco1b1)].clear(); // not tested: no review
        rows = assess(p);
        QVERIFY(find(rows, QStringLiteral("review:simvastatin")) == nullptr);
    }

    // --- sglt2_inhibitor (KDIGO 2024 chapter 3.7) ------------------------------------------
    // "We recommend treating patients with type 2 diabetes (T2D), CKD, and an eGFR >= 20 ml/min
    // per 1.73 m2 with an SGLT2i." (recommendation 3.7.1, 1A)
    void sglt2TypeTwoDiabetesCkd()
    {
        QCOMPARE(fired(base(), QStringLiteral("sglt2_inhibitor")), QString()); // no indication
        PatientContext p = base();
        p.snapshot.set(Var::Diabetes, 2);
        p.snapshot.set(Var::Egfr, 50); // G3a: CKD
        QCOMPARE(fired(p, QStringLiteral("sglt2_inhibitor")), QStringLiteral("t2d_ckd"));
        const OptionRow r = row(p, QStringLiteral("sglt2_inhibitor"));
        QCOMPARE(r.cls, QStringLiteral("1"));
        QCOMPARE(r.level, QStringLiteral("A"));
        QCOMPARE(r.model, QStringLiteral("kfre-4"));
        // SMART-C's RR 0.63 is for kidney-disease progression, not KFRE's kidney failure: the
        // ARR is blank and the reason says why.
        QVERIFY(!r.arrPct);
        QVERIFY(!r.nnt);
        QVERIFY(r.reasons.join(u';').contains(QStringLiteral("arr_pct blank: SMART-C")));
        // Boundary: started at eGFR >= 20; 20 starts, 19.9 does not.
        p.snapshot.set(Var::Egfr, 20);
        QCOMPARE(fired(p, QStringLiteral("sglt2_inhibitor")), QStringLiteral("t2d_ckd"));
        p.snapshot.set(Var::Egfr, 19.9);
        QCOMPARE(fired(p, QStringLiteral("sglt2_inhibitor")), QString());
        QVERIFY(row(p, QStringLiteral("sglt2_inhibitor")).reasons.value(0).contains(u"< 20"));
        // Type 2 diabetes without CKD (eGFR 60, UACR 29.9) and without ASCVD or HF: no.
        p.snapshot.set(Var::Egfr, 60);
        p.snapshot.set(Var::Uacr, 29.9);
        QCOMPARE(fired(p, QStringLiteral("sglt2_inhibitor")), QString());
        p.snapshot.set(Var::Uacr, 30); // A2 is CKD
        QCOMPARE(fired(p, QStringLiteral("sglt2_inhibitor")), QStringLiteral("t2d_ckd"));
    }

    // "We recommend treating adults with CKD with an SGLT2i for the following: eGFR >= 20 with
    // urine ACR >= 200 mg/g, or heart failure, irrespective of level of albuminuria."
    // (recommendation 3.7.2, 1A); heart failure without CKD by the 2022 AHA/ACC/HFSA guideline.
    void sglt2AlbuminuriaAndHeartFailure()
    {
        PatientContext p = base();
        p.snapshot.set(Var::Uacr, 200); // boundary: 200 is ">= 200"
        QCOMPARE(fired(p, QStringLiteral("sglt2_inhibitor")), QStringLiteral("ckd_acr_200"));
        p.snapshot.set(Var::Uacr, 199.9); // CKD (A2) without diabetes or HF: no indication
        QCOMPARE(fired(p, QStringLiteral("sglt2_inhibitor")), QString());
        p.snapshot.set(Var::HeartFailure, 1);
        QCOMPARE(fired(p, QStringLiteral("sglt2_inhibitor")), QStringLiteral("ckd_heart_failure"));
        p.snapshot.set(Var::Uacr, 10); // no CKD: heart failure alone, by ejection fraction class
        QCOMPARE(fired(p, QStringLiteral("sglt2_inhibitor")), QStringLiteral("heart_failure"));
        const OptionRow hf = row(p, QStringLiteral("sglt2_inhibitor"));
        QCOMPARE(hf.cls, QStringLiteral("1 (HFrEF) / 2a (HFmrEF, HFpEF)"));
        QVERIFY(hf.guideline.contains(QStringLiteral("Heart Failure")));
        p.snapshot.clear(Var::Egfr); // started only at a known eGFR >= 20
        QCOMPARE(fired(p, QStringLiteral("sglt2_inhibitor")), QString());
        // Type 2 diabetes with established ASCVD (ADA Standards of Care, section 10).
        PatientContext a = base();
        a.snapshot.set(Var::Diabetes, 2);
        a.snapshot.set(Var::Cvd, 1);
        QCOMPARE(fired(a, QStringLiteral("sglt2_inhibitor")), QStringLiteral("t2d_ascvd"));
        a.snapshot.set(Var::Diabetes, 0); // ASCVD alone is no SGLT2i indication
        QCOMPARE(fired(a, QStringLiteral("sglt2_inhibitor")), QString());
    }

    // Not in type 1 diabetes, on dialysis or after ketoacidosis; intolerance; already taken.
    void sglt2Exclusions()
    {
        PatientContext p = base();
        p.snapshot.set(Var::Uacr, 400);
        QCOMPARE(fired(p, QStringLiteral("sglt2_inhibitor")), QStringLiteral("ckd_acr_200"));
        PatientContext t1 = p;
        t1.snapshot.set(Var::Diabetes, 1);
        QVERIFY(row(t1, QStringLiteral("sglt2_inhibitor")).reasons.value(0).startsWith(u"type 1"));
        QCOMPARE(fired(t1, QStringLiteral("sglt2_inhibitor")), QString());
        PatientContext dialysis = p;
        dialysis.snapshot.set(Var::Dialysis, 1);
        QCOMPARE(fired(dialysis, QStringLiteral("sglt2_inhibitor")), QString());
        PatientContext dka = p;
        dka.priorDka = true;
        QCOMPARE(fired(dka, QStringLiteral("sglt2_inhibitor")), QString());
        dka.priorDka = false;
        QCOMPARE(fired(dka, QStringLiteral("sglt2_inhibitor")), QStringLiteral("ckd_acr_200"));
        PatientContext intolerant = p;
        intolerant.intolerances = {QStringLiteral("sglt2_inhibitor")};
        QCOMPARE(row(intolerant, QStringLiteral("sglt2_inhibitor")).reasons,
                 QStringList{QStringLiteral("intolerance")});
        PatientContext taking = p;
        taking.medications = {*recogniseDrug(QStringLiteral("empagliflozin"))};
        QCOMPARE(row(taking, QStringLiteral("sglt2_inhibitor")).reasons,
                 QStringList{QStringLiteral("already_taking")});
    }

    // --- ras_inhibitor (KDIGO 2024 chapter 3.6) --------------------------------------------
    // "We recommend starting RASi (ACEi or ARB) for people with CKD and severely increased
    // albuminuria (G1-G4, A3) without diabetes (1B)" (3.6.1); "We suggest ... moderately
    // increased albuminuria (G1-G4, A2) without diabetes (2C)" (3.6.2); "We recommend ...
    // moderately-to-severely increased albuminuria (G1-G4, A2 and A3) with diabetes (1B)" (3.6.3).
    void rasInhibitorByAlbuminuria()
    {
        QCOMPARE(fired(base(), QStringLiteral("ras_inhibitor")), QString()); // UACR 10, A1
        PatientContext p = base();
        p.snapshot.set(Var::Uacr, 300); // boundary: KDIGO A2 is 30-300, so 300 is A2
        QCOMPARE(fired(p, QStringLiteral("ras_inhibitor")), QStringLiteral("a2_no_diabetes"));
        QCOMPARE(row(p, QStringLiteral("ras_inhibitor")).cls, QStringLiteral("2"));
        QCOMPARE(row(p, QStringLiteral("ras_inhibitor")).level, QStringLiteral("C"));
        p.snapshot.set(Var::Uacr, 300.1); // A3
        QCOMPARE(fired(p, QStringLiteral("ras_inhibitor")), QStringLiteral("a3_no_diabetes"));
        QCOMPARE(row(p, QStringLiteral("ras_inhibitor")).cls, QStringLiteral("1"));
        p.snapshot.set(Var::Uacr, 30); // boundary: 30 is A2
        QCOMPARE(fired(p, QStringLiteral("ras_inhibitor")), QStringLiteral("a2_no_diabetes"));
        p.snapshot.set(Var::Uacr, 29.9);
        QCOMPARE(fired(p, QStringLiteral("ras_inhibitor")), QString());
        p.snapshot.set(Var::Uacr, 30);
        p.snapshot.set(Var::Diabetes, 2);
        QCOMPARE(fired(p, QStringLiteral("ras_inhibitor")), QStringLiteral("diabetes_a2_a3"));
        QCOMPARE(row(p, QStringLiteral("ras_inhibitor")).level, QStringLiteral("B"));
        // G1-G4: eGFR 15 is G4, 14.9 is G5.
        p.snapshot.set(Var::Egfr, 15);
        QCOMPARE(fired(p, QStringLiteral("ras_inhibitor")), QStringLiteral("diabetes_a2_a3"));
        p.snapshot.set(Var::Egfr, 14.9);
        QCOMPARE(fired(p, QStringLiteral("ras_inhibitor")), QString());
    }

    // "Monitor for changes in blood pressure, serum creatinine, and serum potassium within 2-4
    // weeks of initiation or increase in the dose of a RASi" (KDIGO 2024 practice point); never
    // in pregnancy (label boxed warning); not after ACE-inhibitor angioedema (label).
    void rasInhibitorSafety()
    {
        PatientContext p = base();
        p.snapshot.set(Var::Uacr, 400);
        OptionRow r = row(p, QStringLiteral("ras_inhibitor"));
        QVERIFY(r.eligible);
        QVERIFY(r.reasons.join(u';').contains(QStringLiteral("potassium not recorded")));
        QVERIFY(!r.arrPct); // no relative risk on kidney failure in the knowledge base
        p.snapshot.set(Var::Potassium, 5.0); // boundary: 5.0 is not above 5.0
        r = row(p, QStringLiteral("ras_inhibitor"));
        QVERIFY(r.reasons.join(u';').contains(QStringLiteral("potassium 5 mmol/L: check")));
        QVERIFY(!r.reasons.join(u';').contains(QStringLiteral("NICE NG203")));
        p.snapshot.set(Var::Potassium, 5.1);
        r = row(p, QStringLiteral("ras_inhibitor"));
        QVERIFY(r.eligible);
        QVERIFY(r.reasons.join(u';').contains(QStringLiteral("NICE NG203")));
        PatientContext pregnant = p;
        pregnant.pregnant = true;
        QCOMPARE(row(pregnant, QStringLiteral("ras_inhibitor")).reasons,
                 QStringList{QStringLiteral("pregnancy")});
        PatientContext angioedema = p;
        angioedema.intolerances = {QStringLiteral("ace_inhibitor_angioedema")};
        QCOMPARE(row(angioedema, QStringLiteral("ras_inhibitor")).reasons,
                 QStringList{QStringLiteral("ace_inhibitor_angioedema")});
        PatientContext taking = p;
        taking.medications = {*recogniseDrug(QStringLiteral("losartan"))};
        QCOMPARE(row(taking, QStringLiteral("ras_inhibitor")).reasons,
                 QStringList{QStringLiteral("already_taking")});
    }

    // --- dpp_lifestyle, dpp_metformin -------------------------------------------------------
    // ADA section 5: "Patients with ... impaired fasting glucose (E), or an A1C 5.7-6.4% (E)
    // should be referred to an intensive diet and physical activity behavioral counseling
    // program"; prediabetes = A1C 5.7-6.4 % or fasting glucose 100-125 mg/dL (ADA section 2).
    void diabetesPreventionPrediabetes()
    {
        QCOMPARE(fired(base(), QStringLiteral("dpp_lifestyle")), QString()); // no HbA1c, FPG
        PatientContext p = base();
        p.snapshot.set(Var::Hba1c, 5.7); // boundary: 5.7 is prediabetes
        QCOMPARE(fired(p, QStringLiteral("dpp_lifestyle")), QStringLiteral("prediabetes"));
        QCOMPARE(row(p, QStringLiteral("dpp_lifestyle")).level, QStringLiteral("E"));
        p.snapshot.set(Var::Hba1c, 5.6);
        QCOMPARE(fired(p, QStringLiteral("dpp_lifestyle")), QString());
        p.snapshot.set(Var::Hba1c, 6.4);
        QCOMPARE(fired(p, QStringLiteral("dpp_lifestyle")), QStringLiteral("prediabetes"));
        p.snapshot.set(Var::Hba1c, 6.5); // the diabetes threshold: diagnose, not prevent
        QCOMPARE(fired(p, QStringLiteral("dpp_lifestyle")), QString());
        p.snapshot.clear(Var::Hba1c);
        p.snapshot.set(Var::FastingGlucose, 100.0 / 18.0); // 100 mg/dL: prediabetes
        QCOMPARE(fired(p, QStringLiteral("dpp_lifestyle")), QStringLiteral("prediabetes"));
        p.snapshot.set(Var::FastingGlucose, 5.5); // 99 mg/dL
        QCOMPARE(fired(p, QStringLiteral("dpp_lifestyle")), QString());
        p.snapshot.set(Var::FastingGlucose, 6.9);
        QCOMPARE(fired(p, QStringLiteral("dpp_lifestyle")), QStringLiteral("prediabetes"));
        p.snapshot.set(Var::FastingGlucose, 7.0); // 126 mg/dL: diabetes range
        QCOMPARE(fired(p, QStringLiteral("dpp_lifestyle")), QString());
        p.snapshot.set(Var::FastingGlucose, 6.0);
        p.snapshot.set(Var::Diabetes, 2); // diabetes recorded: not prevention
        QCOMPARE(fired(p, QStringLiteral("dpp_lifestyle")), QString());
        QCOMPARE(fired(p, QStringLiteral("dpp_metformin")), QString());
    }

    // DPPOS 10-year effects (Lancet 2009;374:1677): lifestyle -34 % (RR 0.66), metformin -18 %
    // (RR 0.82), applied to QDiabetes-2018's 10-year risk on the hazard scale, ranked together.
    void diabetesPreventionEffectAndRank()
    {
        PatientContext p = base();
        p.snapshot.set(Var::Hba1c, 6.0);
        m_qdiabetes = 20.0;
        const std::vector<OptionRow> rows = assess(p);
        const OptionRow *lifestyle = find(rows, QStringLiteral("dpp_lifestyle"));
        const OptionRow *metformin = find(rows, QStringLiteral("dpp_metformin"));
        QVERIFY(lifestyle && metformin);
        QCOMPARE(lifestyle->model, QStringLiteral("qdiabetes-2018"));
        // lifestyle: with = 100 (1 - 0.8^0.66) = 13.69432 %; ARR = 6.30568; NNT ceil(15.86) = 16.
        QVERIFY(std::abs(*lifestyle->arrPct - 6.3056825269820305) < 1e-9);
        QCOMPARE(*lifestyle->nnt, 16);
        // metformin: with = 100 (1 - 0.8^0.82) = 16.72133 %; ARR = 3.27867; NNT ceil(30.5) = 31.
        QVERIFY(std::abs(*metformin->arrPct - 3.2786716615920852) < 1e-9);
        QCOMPARE(*metformin->nnt, 31);
        // Ranked within (qdiabetes-2018, type2_diabetes, 10) only.
        QCOMPARE(*lifestyle->rank, 1);
        QCOMPARE(*metformin->rank, 2);
        // The model refuses: still eligible, ARR blank.
        m_qdiabetes.reset();
        const OptionRow blank = row(p, QStringLiteral("dpp_lifestyle"));
        QVERIFY(blank.eligible);
        QVERIFY(!blank.arrPct);
    }

    // Metformin: contraindicated below eGFR 30, not started at 30-44 (US labels); ADA:
    // "especially for those with BMI > 35 kg/m2, aged < 60 years, and women with prior GDM (A)".
    void diabetesPreventionMetforminSafety()
    {
        PatientContext p = base();
        p.snapshot.set(Var::Hba1c, 6.0);
        p.snapshot.set(Var::Egfr, 45); // boundary: 45 may start
        QCOMPARE(fired(p, QStringLiteral("dpp_metformin")), QStringLiteral("prediabetes"));
        QCOMPARE(row(p, QStringLiteral("dpp_metformin")).level, QStringLiteral("E")); // age 60
        p.snapshot.set(Var::Egfr, 44.9);
        QCOMPARE(fired(p, QStringLiteral("dpp_metformin")), QString());
        QVERIFY(row(p, QStringLiteral("dpp_metformin")).reasons.value(0).contains(u"30-44"));
        QCOMPARE(fired(p, QStringLiteral("dpp_lifestyle")), QStringLiteral("prediabetes"));
        p.snapshot.set(Var::Egfr, 29.9);
        QVERIFY(
            row(p, QStringLiteral("dpp_metformin")).reasons.value(0).contains(u"contraindicated"));
        p.snapshot.clear(Var::Egfr);
        QCOMPARE(fired(p, QStringLiteral("dpp_metformin")), QString());
        p.snapshot.set(Var::Egfr, 90);
        p.snapshot.set(Var::Age, 59); // < 60: the level-A group
        QCOMPARE(row(p, QStringLiteral("dpp_metformin")).level, QStringLiteral("A"));
        PatientContext taking = p;
        taking.medications = {*recogniseDrug(QStringLiteral("metformin"))};
        QCOMPARE(row(taking, QStringLiteral("dpp_metformin")).reasons,
                 QStringList{QStringLiteral("already_taking")});
        taking.intolerances = {QStringLiteral("metformin")};
        QCOMPARE(row(taking, QStringLiteral("dpp_metformin")).reasons,
                 QStringList{QStringLiteral("intolerance")});
    }

    // --- glp1_ra ---------------------------------------------------------------------------
    // ADA Standards of Care 2025 section 10: type 2 diabetes with established ASCVD -> SGLT2i
    // and/or GLP-1 RA with proven cardiovascular benefit (A); label: contraindicated with a
    // personal or family history of MTC or MEN 2. Effect: Sattar 2021 MACE HR 0.86.
    void glp1Ra()
    {
        QCOMPARE(fired(base(), QStringLiteral("glp1_ra")), QString());
        PatientContext p = base();
        p.snapshot.set(Var::Diabetes, 2);
        QCOMPARE(fired(p, QStringLiteral("glp1_ra")), QString()); // no ASCVD
        p.snapshot.set(Var::Cvd, 1);
        QCOMPARE(fired(p, QStringLiteral("glp1_ra")), QStringLiteral("t2d_ascvd"));
        const std::vector<OptionRow> rows = assess(p);
        const OptionRow *r = find(rows, QStringLiteral("glp1_ra"));
        QVERIFY(r);
        QCOMPARE(r->level, QStringLiteral("A"));
        // prevent 20 %: with = 100 (1 - 0.8^0.86) = 17.46134 %; ARR = 2.53866; NNT ceil(39.39)
        // = 40; ranked with the other (prevent, ascvd, 10) options.
        QVERIFY(std::abs(*r->arrPct - (20.0 - 100.0 * (1.0 - std::pow(0.8, 0.86)))) < 1e-12);
        QVERIFY(std::abs(*r->arrPct - 2.5386552307645793) < 1e-9);
        QCOMPARE(*r->nnt, 40);
        QVERIFY(r->rank.has_value());
        // Boundary: type 1 diabetes with ASCVD is not this indication.
        p.snapshot.set(Var::Diabetes, 1);
        QCOMPARE(fired(p, QStringLiteral("glp1_ra")), QString());
        p.snapshot.set(Var::Diabetes, 2);
        PatientContext men2 = p;
        men2.mtcMen2 = true;
        QCOMPARE(fired(men2, QStringLiteral("glp1_ra")), QString());
        QVERIFY(row(men2, QStringLiteral("glp1_ra")).reasons.value(0).startsWith(u"mtc_men2"));
        men2.mtcMen2 = false; // recorded as absent: the rule applies
        QCOMPARE(fired(men2, QStringLiteral("glp1_ra")), QStringLiteral("t2d_ascvd"));
        PatientContext taking = p;
        taking.medications = {*recogniseDrug(QStringLiteral("semaglutide"))};
        QCOMPARE(row(taking, QStringLiteral("glp1_ra")).reasons,
                 QStringList{QStringLiteral("already_taking")});
        PatientContext intolerant = p;
        intolerant.intolerances = {QStringLiteral("glp1_ra")};
        QCOMPARE(row(intolerant, QStringLiteral("glp1_ra")).reasons,
                 QStringList{QStringLiteral("intolerance")});
    }

    // --- ezetimibe (2018 cholesterol guideline) ---------------------------------------------
    // "In patients with clinical ASCVD who are judged to be very high risk, it is reasonable to
    // add ezetimibe to maximally tolerated statin therapy when the LDL-C level remains >= 70
    // mg/dL" (4.1, IIa B-R; IIb B-R when not very high risk)
    void ezetimibeAscvdOnStatin()
    {
        PatientContext p = base();
        p.snapshot.set(Var::Cvd, 1);
        p.medications = {*recogniseDrug(QStringLiteral("atorvastatin"))};
        p.snapshot.set(Var::Statin, 1);
        p.snapshot.set(Var::LdlCholesterol, 70); // boundary: "remains >= 70"
        QCOMPARE(fired(p, QStringLiteral("ezetimibe")), QStringLiteral("ascvd_ldl_70_on_statin"));
        const OptionRow r = row(p, QStringLiteral("ezetimibe"));
        QCOMPARE(r.cls, QStringLiteral("IIa (very high risk) / IIb"));
        QCOMPARE(r.level, QStringLiteral("B-R"));
        p.snapshot.set(Var::LdlCholesterol, 69.9);
        QCOMPARE(fired(p, QStringLiteral("ezetimibe")), QString());
        // Without a statin: a statin first.
        PatientContext noStatin = base();
        noStatin.snapshot.set(Var::Cvd, 1);
        QVERIFY(row(noStatin, QStringLiteral("ezetimibe"))
                    .reasons.value(0)
                    .contains(u"a statin first"));
        // No clinical ASCVD, no intolerance: not this rule.
        QCOMPARE(fired(base(), QStringLiteral("ezetimibe")), QString());
        // Already taking (ATC C10AX09) or intolerant.
        p.snapshot.set(Var::LdlCholesterol, 100);
        p.medications.push_back(*recogniseDrug(QStringLiteral("C10AX09")));
        QCOMPARE(row(p, QStringLiteral("ezetimibe")).reasons,
                 QStringList{QStringLiteral("already_taking")});
        p.medications.pop_back();
        p.intolerances = {QStringLiteral("ezetimibe")};
        QCOMPARE(row(p, QStringLiteral("ezetimibe")).reasons,
                 QStringList{QStringLiteral("intolerance")});
    }

    // Ezetimibe US prescribing information: a patient who becomes pregnant stops combined
    // ezetimibe and statin therapy; there are no adequate data on ezetimibe alone in pregnancy.
    // Knowledge base 2026.3 (contraindication `pregnancy`) does not offer it in pregnancy;
    // 2026.2, as released, did not read pregnancy for ezetimibe and still does not.
    void ezetimibeNotInPregnancy()
    {
        PatientContext p = base();
        p.snapshot.set(Var::Sex, 0);
        p.snapshot.set(Var::Cvd, 1);
        p.medications = {*recogniseDrug(QStringLiteral("atorvastatin"))};
        p.snapshot.set(Var::Statin, 1);
        p.snapshot.set(Var::LdlCholesterol, 100);
        QVERIFY(m_kb.find(u"ezetimibe")->contraindications.size() == 3);
        p.pregnant = true;
        QCOMPARE(row(p, QStringLiteral("ezetimibe")).reasons,
                 QStringList{QStringLiteral("pregnancy")});
        QVERIFY(!row(p, QStringLiteral("ezetimibe")).eligible);
        // Boundary: pregnancy recorded as "no", or unknown: the rule fires as before.
        p.pregnant = false;
        QCOMPARE(fired(p, QStringLiteral("ezetimibe")), QStringLiteral("ascvd_ldl_70_on_statin"));
        p.pregnant.reset();
        QCOMPARE(fired(p, QStringLiteral("ezetimibe")), QStringLiteral("ascvd_ldl_70_on_statin"));
        // Statin intolerance (ezetimibe alone) in pregnancy: not offered either.
        PatientContext alone = p;
        alone.medications.clear();
        alone.snapshot.set(Var::Statin, 0);
        alone.intolerances = {QStringLiteral("statin")};
        alone.pregnant = true;
        QCOMPARE(row(alone, QStringLiteral("ezetimibe")).reasons,
                 QStringList{QStringLiteral("pregnancy")});
        // 2026.2 as released.
        p.pregnant = true;
        const Result<KnowledgeBases> all = loadKnowledgeBases();
        QVERIFY(all);
        for (const OptionRow &r : OptionEngine(*all->find(u"2026.2"), m_registry).assess(p)) {
            if (r.option == QLatin1String("ezetimibe")) {
                QVERIFY(r.eligible);
                QCOMPARE(r.ruleId, QStringLiteral("ascvd_ldl_70_on_statin"));
            }
        }
    }

    // "In patients at increased ASCVD risk who have severe statin-associated muscle symptoms or
    // recurrent statin-associated muscle symptoms despite appropriate statin rechallenge, it is
    // reasonable to use RCT-proven nonstatin therapy that is likely to provide net clinical
    // benefit." (section 5, IIa B-R)
    void ezetimibeStatinIntolerant()
    {
        PatientContext p = base();
        p.intolerances = {QStringLiteral("statin")};
        m_pce = 7.5; // boundary: intermediate risk is a statin benefit group
        QCOMPARE(fired(p, QStringLiteral("ezetimibe")), QStringLiteral("statin_intolerant"));
        QCOMPARE(row(p, QStringLiteral("ezetimibe")).cls, QStringLiteral("IIa"));
        m_pce = 7.49;
        QCOMPARE(fired(p, QStringLiteral("ezetimibe")), QString());
        p.snapshot.set(Var::Diabetes, 2); // diabetes at 40-75
        QCOMPARE(fired(p, QStringLiteral("ezetimibe")), QStringLiteral("statin_intolerant"));
    }

    // Effect: CTT (Lancet 2010;376:1670) RR 0.78 per 1.0 mmol/L, LDL-C lowered 13 % (lower bound
    // of the 13-20 % the 2018 guideline gives): at LDL-C 100 mg/dL, 100 / 38.67 x 0.13 =
    // 0.336178 mmol/L, RR 0.78^0.336178 = 0.919866; on 20 %: 100 (1 - 0.8^0.919866) =
    // 18.556624 %, ARR 1.443376, NNT ceil(69.28) = 70.
    void ezetimibeEffect()
    {
        PatientContext p = base();
        p.snapshot.set(Var::Cvd, 1);
        p.snapshot.set(Var::Statin, 1);
        const OptionRow r = row(p, QStringLiteral("ezetimibe"));
        QVERIFY(r.eligible);
        QVERIFY(std::abs(*r.arrPct - 1.4433763269499025) < 1e-9);
        QCOMPARE(*r.nnt, 70);
        QVERIFY(std::abs(*r.relativeRisk - 0.9198660458287171) < 1e-9);
        QCOMPARE(*r.baselinePct, 20.0);
    }

    // --- bp_to_target (2017 BP guideline) -----------------------------------------------------
    // "For adults with confirmed hypertension and known CVD or 10-year ASCVD event risk of 10%
    // or higher, a BP target of less than 130/80 mm Hg is recommended." (8.1.5, I; B-R for SBP,
    // C-EO for DBP); "... without additional markers of increased CVD risk, a BP target of less
    // than 130/80 mm Hg may be reasonable." (8.1.5, IIb, B-NR)
    void bpToTargetRules()
    {
        PatientContext p = base();
        p.snapshot.set(Var::BpTreated, 1);
        p.snapshot.set(Var::Sbp, 130); // boundary: 130 is not "< 130"
        p.snapshot.set(Var::Cvd, 1);
        QCOMPARE(fired(p, QStringLiteral("bp_to_target")), QStringLiteral("target_cvd_or_pce_10"));
        QCOMPARE(row(p, QStringLiteral("bp_to_target")).cls, QStringLiteral("I"));
        QCOMPARE(row(p, QStringLiteral("bp_to_target")).level, QStringLiteral("B-R"));
        p.snapshot.set(Var::Sbp, 129.9);
        QCOMPARE(fired(p, QStringLiteral("bp_to_target")), QString()); // at target
        p.snapshot.set(Var::Dbp, 80); // the diastolic above target alone: C-EO
        QCOMPARE(row(p, QStringLiteral("bp_to_target")).level, QStringLiteral("C-EO"));
        // Lower risk: IIb.
        PatientContext lower = base();
        lower.snapshot.set(Var::Hypertension, 1);
        lower.snapshot.set(Var::Sbp, 134);
        m_pce = 9.99;
        QCOMPARE(fired(lower, QStringLiteral("bp_to_target")), QStringLiteral("target_lower_risk"));
        QCOMPARE(row(lower, QStringLiteral("bp_to_target")).cls, QStringLiteral("IIb"));
        m_pce = 10.0;
        QCOMPARE(fired(lower, QStringLiteral("bp_to_target")),
                 QStringLiteral("target_cvd_or_pce_10"));
        // "In adults with DM and hypertension ... a treatment goal of less than 130/80" (9.6)
        m_pce = 5.0;
        lower.snapshot.set(Var::Diabetes, 2);
        QCOMPARE(fired(lower, QStringLiteral("bp_to_target")), QStringLiteral("target_diabetes"));
        // No hypertension and no treatment recorded: not this option (bp_one_drug judges it).
        PatientContext none = base();
        none.snapshot.set(Var::Sbp, 150);
        QCOMPARE(fired(none, QStringLiteral("bp_to_target")), QString());
    }

    // Effect: the model re-run with sbp = 130, bp_treated kept as recorded (never 0 -> 1):
    // 20 % -> 15 %, ARR 5, NNT 20. A recorded SBP below the target is not raised to it.
    void bpToTargetEffect()
    {
        PatientContext p = base();
        p.snapshot.set(Var::Hypertension, 1);
        p.snapshot.set(Var::BpTreated, 0); // hypertension recorded, untreated
        p.snapshot.set(Var::Sbp, 150);
        const OptionRow r = row(p, QStringLiteral("bp_to_target"));
        QVERIFY(r.eligible);
        QCOMPARE(*r.arrPct, 5.0);
        QCOMPARE(*r.nnt, 20);
        QCOMPARE(m_bpTreatedAtTarget, std::optional<double>(0.0));
        QVERIFY(r.reasons.join(u';').contains(u"model re-run with sbp = 130"));
        // DBP above target, SBP 120: the re-run leaves SBP at 120 (no effect), ARR 0, NNT blank.
        p.snapshot.set(Var::Sbp, 120);
        p.snapshot.set(Var::Dbp, 85);
        m_bpTreatedAtTarget.reset();
        const OptionRow d = row(p, QStringLiteral("bp_to_target"));
        QVERIFY(d.eligible);
        QCOMPARE(*d.arrPct, 0.0);
        QVERIFY(!d.nnt);
        QVERIFY(!m_bpTreatedAtTarget); // sbp = 130 never asked
    }

    // A current statin with a genotype rule gets its own review row (CPIC 2022 statins).
    void reviewRowsForOtherStatins()
    {
        PatientContext p = base();
        p.phenotypes[static_cast<std::size_t>(Gene::Slco1b1)] = QStringLiteral("poor_function");
        p.medications = {*recogniseDrug(QStringLiteral("atorvastatin"))};
        OptionRow r = row(p, QStringLiteral("review:atorvastatin"));
        QCOMPARE(r.option, QStringLiteral("review:atorvastatin"));
        QCOMPARE(r.cls, QStringLiteral("moderate"));
        QCOMPARE(r.pgx.size(), 1);
        QVERIFY(r.pgx.value(0).contains(u"atorvastatin <= 20 mg"));
        // Pravastatin with decreased function: no dose change, so no review row.
        p.phenotypes[static_cast<std::size_t>(Gene::Slco1b1)]
            = QStringLiteral("decreased_function");
        p.medications = {*recogniseDrug(QStringLiteral("pravastatin"))};
        QVERIFY(find(assess(p), QStringLiteral("review:pravastatin")) == nullptr);
    }

    // Every reason has its translatable template (TherapyText context), and the template with
    // its arguments gives the English text exactly (the GUI translates, the CSV stays English).
    void reasonsHaveTemplates()
    {
        PatientContext p = base();
        p.snapshot.set(Var::Cvd, 1);
        p.snapshot.set(Var::Statin, 1);
        p.snapshot.set(Var::Hypertension, 1);
        p.snapshot.set(Var::Sbp, 150);
        p.snapshot.set(Var::Af, 1);
        p.medications = {*recogniseDrug(QStringLiteral("clopidogrel"))};
        p.phenotypes[static_cast<std::size_t>(Gene::Cyp2c19)] = QStringLiteral("poor_metabolizer");
        p.unrecognisedMedications = {QStringLiteral("foo")};
        for (const OptionRow &r : assess(p)) {
            QCOMPARE(r.reasonSources.size(), static_cast<std::size_t>(r.reasons.size()));
            for (qsizetype i = 0; i < r.reasons.size(); ++i) {
                const risk::Message &m = r.reasonSources[static_cast<std::size_t>(i)];
                QVERIFY2(m.source != nullptr, qPrintable(r.option));
                QCOMPARE(m.english(), r.reasons.at(i));
            }
        }
        // Pharmacogenomic notes in parts: the frame filled with them gives the note exactly.
        p.phenotypes[static_cast<std::size_t>(Gene::Slco1b1)] = QStringLiteral("poor_function");
        p.phenotypes[static_cast<std::size_t>(Gene::Vkorc1)] = QStringLiteral("AA");
        for (const OptionRow &r : assess(p)) {
            QCOMPARE(r.pgxSources.size(), static_cast<std::size_t>(r.pgx.size()));
            for (qsizetype i = 0; i < r.pgx.size(); ++i) {
                const PgxText &t = r.pgxSources[static_cast<std::size_t>(i)];
                QVERIFY(t.action != nullptr && t.strength != nullptr);
                QCOMPARE(t.english(), r.pgx.at(i));
            }
        }
        QCOMPARE(row(p, QStringLiteral("review:clopidogrel")).pgxSources.size(), std::size_t{1});
        // A fixed token is its own template: "already_taking".
        const OptionRow statin = row(p, QStringLiteral("statin_high"));
        QCOMPARE(QString::fromUtf8(statin.reasonSources.at(0).source),
                 QStringLiteral("already_taking"));
    }

    // A derived eGFR is shown with one decimal, rounded down (never crossing its threshold).
    void egfrRoundedInReasons()
    {
        PatientContext p = base();
        p.snapshot.set(Var::Diabetes, 2);
        p.snapshot.set(Var::Uacr, 100);
        p.snapshot.set(Var::Egfr, 19.96666666);
        QCOMPARE(row(p, QStringLiteral("sglt2_inhibitor")).reasons.value(0),
                 QStringLiteral("eGFR 19.9 < 20: not started"));
    }

    // --- ranking, NNT and combination (hand-worked) ----------------------------------------
    void rankingAndNnt()
    {
        // Man of 60 with clinical ASCVD, LDL-C 154.68 mg/dL (= 4.0 mmol/L x 38.67), BP 160/95
        // untreated, heavy smoker; prevent 10-year ASCVD 20 % (14 % as a former smoker).
        PatientContext p = base();
        p.snapshot.set(Var::Cvd, 1);
        p.snapshot.set(Var::LdlCholesterol, 154.68);
        p.snapshot.set(Var::Sbp, 160);
        p.snapshot.set(Var::Dbp, 95);
        p.snapshot.set(Var::Smoking, 4);
        const std::vector<OptionRow> rows = assess(p);
        const OptionRow *high = find(rows, QStringLiteral("statin_high"));
        const OptionRow *two = find(rows, QStringLiteral("bp_two_drugs"));
        const OptionRow *smoke = find(rows, QStringLiteral("smoking_cessation"));
        const OptionRow *one = find(rows, QStringLiteral("bp_one_drug"));
        QVERIFY(high && two && smoke && one);
        // statin_high: LDL-C lowered 50 % of 4.0 = 2.0 mmol/L; RR = 0.78^2 = 0.6084;
        // with = 100 (1 - 0.8^0.6084) = 12.69483 %; ARR = 20 - 12.69483 = 7.30517;
        // NNT = ceil(100 / 7.30517) = ceil(13.69) = 14.
        QVERIFY(std::abs(*high->arrPct - 7.305167136366158) < 1e-9);
        QCOMPARE(*high->nnt, 14);
        // bp_two_drugs: 2 x 9.1 = 18.2 mm Hg; RR = 0.80^1.82 = 0.666229;
        // with = 100 (1 - 0.8^0.666229) = 13.81420 %; ARR = 6.18580; NNT = ceil(16.17) = 17.
        QVERIFY(std::abs(*two->arrPct - 6.1857971317984255) < 1e-9);
        QCOMPARE(*two->nnt, 17);
        // smoking_cessation: re-run 20 -> 14, ARR 6, NNT 17.
        QCOMPARE(*smoke->arrPct, 6.0);
        // bp_one_drug: RR = 0.80^0.91 = 0.816229; with = 16.65122 %; ARR = 3.34878;
        // NNT = ceil(29.86) = 30.
        QVERIFY(std::abs(*one->arrPct - 3.348782657090016) < 1e-9);
        QCOMPARE(*one->nnt, 30);
        // Rank by ARR within (prevent, ascvd, 10): 7.31 > 6.19 > 6.0 > 3.35.
        QCOMPARE(*high->rank, 1);
        QCOMPARE(*two->rank, 2);
        QCOMPARE(*smoke->rank, 3);
        QCOMPARE(*one->rank, 4);
        QVERIFY(!find(rows, QStringLiteral("statin_moderate"))->rank); // not eligible
    }

    void rankingNeverAcrossModels()
    {
        auto make = [](double arr, int horizon, const char *model) {
            OptionRow r;
            r.eligible = true;
            r.arrPct = arr;
            r.horizonYears = horizon;
            r.model = QLatin1String(model);
            r.outcome = QStringLiteral("x");
            return r;
        };
        std::vector<OptionRow> rows{make(1.0, 10, "m1"), make(5.0, 1, "m2"), make(2.0, 10, "m1")};
        rankRows(rows);
        QCOMPARE(*rows[0].rank, 2); // behind c in m1
        QCOMPARE(*rows[1].rank, 1); // alone in m2, whatever its ARR
        QCOMPARE(*rows[2].rank, 1);
    }

    void nntEdges()
    {
        // ceil(100 / 2) = 50 exactly; ceil(100 / 3) = ceil(33.3) = 34; blank at 0 and below.
        QCOMPARE(*numberNeededToTreat(2.0), 50);
        QCOMPARE(*numberNeededToTreat(3.0), 34);
        QVERIFY(!numberNeededToTreat(0.0));
        QVERIFY(!numberNeededToTreat(-1.0));
    }

    void combination()
    {
        // 10 % with RR 0.8: 100 (1 - 0.9^0.8) = 8.08339 %, ARR 1.91661, NNT ceil(52.18) = 53.
        QVERIFY(std::abs(riskWithRelativeRisk(10.0, 0.8) - 8.083388115987844) < 1e-9);
        // statin_high (0.6084) and bp_two_drugs (0.666229) together at 20 %: RR product
        // 0.405334; 100 (1 - 0.8^0.405334) = 8.64779 %, ARR 11.35221 (less than 7.30517 +
        // 6.18580 = 13.49 added, as the hazard scale requires).
        const double rrs = std::pow(0.78, 2.0);
        const double rrb = std::pow(0.8, 1.82);
        QVERIFY(std::abs(riskWithOptions(20.0, {rrs, rrb}) - 8.647785107065609) < 1e-9);
        QCOMPARE(riskWithOptions(20.0, {}), 20.0);
    }

    // combineOptions: ezetimibe, bp_one_drug and smoking_cessation for one man at 20 %
    // (PREVENT, ascvd, 10): RRs 0.919866 (ezetimibe, above), 0.8^0.91 = 0.816229 (one drug,
    // 9.1 mm Hg) and the re-run's 20 -> 14 % as a hazard RR ln(0.86) / ln(0.80) = 0.675901;
    // product 0.507481; 100 (1 - 0.8^0.507481) = 10.706457 %, ARR 9.293543, NNT ceil(10.76) = 11.
    void combineOptionsWithinGroup()
    {
        PatientContext p = base();
        p.snapshot.set(Var::Cvd, 1);
        p.snapshot.set(Var::Statin, 1);
        p.snapshot.set(Var::Hypertension, 1);
        p.snapshot.set(Var::Sbp, 150);
        p.snapshot.set(Var::Smoking, 3);
        const std::vector<OptionRow> rows = assess(p);
        const Result<CombinedEffect> c = combineOptions(rows,
                                                        {QStringLiteral("ezetimibe"),
                                                         QStringLiteral("bp_one_drug"),
                                                         QStringLiteral("smoking_cessation")});
        QVERIFY2(c.has_value(), c ? "" : qPrintable(c.error().message()));
        QCOMPARE(c->model, QStringLiteral("prevent"));
        QCOMPARE(c->baselinePct, 20.0);
        QVERIFY(std::abs(c->relativeRisk - 0.5074805402822646) < 1e-9);
        QVERIFY(std::abs(c->combinedPct - 10.706457217039421) < 1e-9);
        QVERIFY(std::abs(c->arrPct - 9.293542782960579) < 1e-9);
        QCOMPARE(*c->nnt, 11);
        // Two BP alternatives overlap: refused, naming the second.
        const Result<CombinedEffect> bp
            = combineOptions(rows, {QStringLiteral("bp_one_drug"), QStringLiteral("bp_to_target")});
        QVERIFY(!bp);
        QCOMPARE(bp.error().field, QStringLiteral("bp_to_target"));
        // Not eligible (no AF): refused.
        QVERIFY(!combineOptions(rows, {QStringLiteral("oral_anticoagulation")}));
        QVERIFY(!combineOptions(rows, {}));
        // Across models: refused (prediabetes makes dpp_lifestyle eligible on QDiabetes).
        p.snapshot.set(Var::Diabetes, 0);
        p.snapshot.set(Var::Hba1c, 6.0);
        const Result<CombinedEffect> across = combineOptions(
            assess(p), {QStringLiteral("ezetimibe"), QStringLiteral("dpp_lifestyle")});
        QVERIFY(!across);
        QCOMPARE(across.error().field, QStringLiteral("dpp_lifestyle"));
    }
};

QTEST_GUILESS_MAIN(TestOptionRules)
#include "tst_optionrules.moc"
