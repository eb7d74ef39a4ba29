// SPDX-License-Identifier: GPL-3.0-or-later
// Review rows for current drugs with a DPYD, TPMT, NUDT15 or UGT1A1 rule (issue #10
// "Genotype-aware", issue #11): one case that fires, one that does not and one boundary per
// rule, each naming its source table, and a check that every note's action is the action of the
// matching record in resources/genomics/recommendations.json.
// - DPYD: Amstutz U et al., Clin Pharmacol Ther 2018;103:210-216 (CPIC 2017), Table 2.
// - TPMT/NUDT15: Relling MV et al., Clin Pharmacol Ther 2019;105:1095-1105 (CPIC 2018), Tables
//   2 and 3; CPIC's March 2024 update for intermediate metabolizers of both genes.
// - UGT1A1: Hulshof EC et al., Eur J Hum Genet 2023;31:982-987 (DPWG 2022), Table 2; US
//   irinotecan label, section 2.3.
// - The thiopurine wording with EngineBehaviour::thiopurineCellsVerified: CPIC's recommendation
//   records PA166298559/PA166298564 (thioguanine intermediate), PA166298228 (mercaptopurine,
//   NUDT15 poor), PA166298572 and PA166298566 (thioguanine, TPMT and NUDT15 poor), PharmGKB
//   guideline annotations shipped in PharmGKB/PharmCAT v2.12.0, commit
//   0585c2992625891a26b96a80e87ffcfdcb8f288a, src/main/resources/org/pharmgkb/pharmcat/reporter/
//   guidelines/; without it, the wording released with knowledge bases 2026.1 to 2026.3.
// - The combined TPMT x NUDT15 notes with EngineBehaviour::thiopurineCombinedCpic2025: CPIC's
//   combined records after the 2025 update (PMID 41618934), read in the fork
//   phonegor95/PharmCAT (commit 1697910573cc67fb5d8a59d3763ca7e4aeb49cbe),
//   src/main/resources/org/pharmgkb/pharmcat/reporter/prescribing_guidance.json (record ids in
//   thiopurineCombinedByBehaviour); without it, the note released with 2026.3 and 2026.4.
#include "core/genomics/PgxRecommendations.h"
#include "core/therapy/KnowledgeBase.h"
#include "core/therapy/OncologyPgx.h"
#include "core/therapy/PgxTerms.h"

#include <QTest>

using namespace precis;
using namespace precis::therapy;

namespace {

PatientContext taking(std::initializer_list<const char *> drugs)
{
    PatientContext p;
    for (const char *d : drugs) {
        const auto drug = recogniseDrug(QString::fromLatin1(d));
        Q_ASSERT(drug);
        p.medications.push_back(*drug);
    }
    return p;
}

void set(PatientContext &p, Gene gene, const char *token)
{
    p.phenotypes[static_cast<std::size_t>(gene)] = QString::fromLatin1(token);
}

const OptionRow *find(const std::vector<OptionRow> &rows, const QString &id)
{
    for (const OptionRow &row : rows) {
        if (row.option == id)
            return &row;
    }
    return nullptr;
}

} // namespace

class TestOncologyPgx : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The drugs are recognised by generic name and by ATC code (WHO ATC index: L01BC02
    // fluorouracil, L01BC06 capecitabine, L04AX01 azathioprine, L01BB02 mercaptopurine, L01BB03
    // tioguanine, L01CE02 irinotecan).
    void drugsRecognised()
    {
        const std::pair<const char *, const char *> drugs[] = {{"fluorouracil", "L01BC02"},
                                                               {"capecitabine", "L01BC06"},
                                                               {"azathioprine", "L04AX01"},
                                                               {"mercaptopurine", "L01BB02"},
                                                               {"thioguanine", "L01BB03"},
                                                               {"tioguanine", "L01BB03"},
                                                               {"irinotecan", "L01CE02"}};
        for (const auto &[name, atc] : drugs) {
            const auto byName = recogniseDrug(QString::fromLatin1(name));
            QVERIFY2(byName && byName->atc == QLatin1String(atc), name);
            const auto byCode = recogniseDrug(QString::fromLatin1(atc).toLower());
            QVERIFY2(byCode && !byCode->name.isEmpty(), atc);
        }
        // By ATC code, the patient "takes" the named drug.
        PatientContext p = taking({"L01BC06"});
        QVERIFY(p.takes(QStringLiteral("capecitabine")));
    }

    // DPYD, CPIC 2017 Table 2: fires (intermediate -> 50 %), does not fire (normal, and not
    // tested), boundary (poor: avoid; indeterminate: no action, never normal).
    void dpyd()
    {
        PatientContext p = taking({"capecitabine"});
        set(p, Gene::Dpyd, "intermediate_metabolizer");
        auto rows = oncologyPgxReviewRows(p);
        QCOMPARE(rows.size(), std::size_t{1});
        QCOMPARE(rows[0].option, QStringLiteral("review:capecitabine"));
        QCOMPARE(rows[0].pgx.size(), 1);
        QCOMPARE(rows[0].pgx[0],
                 QStringLiteral("DPYD intermediate_metabolizer: start at half the usual dose (50 % "
                                "reduction, activity score 1 or 1.5), then titrate by toxicity or "
                                "drug-level monitoring (CPIC 2017, strong (activity score 1), "
                                "moderate (activity score 1.5))"));
        QVERIFY(rows[0].citation.contains(QLatin1String("10.1002/cpt.911")));

        set(p, Gene::Dpyd, "normal_metabolizer");
        QVERIFY(oncologyPgxReviewRows(p).empty());
        set(p, Gene::Dpyd, "");
        QVERIFY(oncologyPgxReviewRows(p).empty());

        set(p, Gene::Dpyd, "poor_metabolizer");
        rows = oncologyPgxReviewRows(p);
        QCOMPARE(rows.size(), std::size_t{1});
        QVERIFY(rows[0].pgx[0].contains(QLatin1String("avoid fluorouracil")));
        QCOMPARE(rows[0].cls, QStringLiteral("strong"));

        set(p, Gene::Dpyd, "indeterminate");
        rows = oncologyPgxReviewRows(p);
        QCOMPARE(rows.size(), std::size_t{1});
        QVERIFY(rows[0].pgx[0].contains(QLatin1String("no genotype-based action")));

        // A DPYD genotype without a fluoropyrimidine: no row.
        PatientContext other = taking({"azathioprine"});
        set(other, Gene::Dpyd, "poor_metabolizer");
        QVERIFY(find(oncologyPgxReviewRows(other), QStringLiteral("review:capecitabine"))
                == nullptr);
    }

    // TPMT and NUDT15, CPIC 2018 Tables 2-3: fires (TPMT intermediate -> 30-80 % for
    // mercaptopurine), does not fire (both normal), boundary (both intermediate -> one
    // combined 20-50 % note, the March 2024 update).
    void thiopurines()
    {
        PatientContext p = taking({"mercaptopurine", "thioguanine"});
        set(p, Gene::Tpmt, "intermediate_metabolizer");
        set(p, Gene::Nudt15, "normal_metabolizer");
        auto rows = oncologyPgxReviewRows(p);
        QCOMPARE(rows.size(), std::size_t{2});
        const OptionRow *mp = find(rows, QStringLiteral("review:mercaptopurine"));
        QVERIFY(mp);
        QCOMPARE(mp->pgx.size(), 1);
        QVERIFY(mp->pgx[0].startsWith(QLatin1String("TPMT intermediate_metabolizer: ")));
        QVERIFY(mp->pgx[0].contains(QLatin1String("30-80 %")));
        QVERIFY(mp->pgx[0].endsWith(QLatin1String("(CPIC 2018, strong)")));
        const OptionRow *tg = find(rows, QStringLiteral("review:thioguanine"));
        QVERIFY(tg && tg->pgx[0].contains(QLatin1String("50-80 %")));
        QCOMPARE(tg->cls, QStringLiteral("moderate"));

        set(p, Gene::Tpmt, "normal_metabolizer");
        QVERIFY(oncologyPgxReviewRows(p).empty());

        set(p, Gene::Tpmt, "intermediate_metabolizer");
        set(p, Gene::Nudt15, "possible_intermediate_metabolizer");
        rows = oncologyPgxReviewRows(p);
        mp = find(rows, QStringLiteral("review:mercaptopurine"));
        QVERIFY(mp);
        QCOMPARE(mp->pgx.size(), 1);
        QVERIFY(mp->pgx[0].contains(QLatin1String("20-50 %")));
        QVERIFY(mp->pgx[0].startsWith(QLatin1String(
            "TPMT intermediate_metabolizer with NUDT15 possible_intermediate_metabolizer: ")));

        // Poor TPMT with an indeterminate NUDT15: both said, nothing read as normal.
        PatientContext a = taking({"azathioprine"});
        set(a, Gene::Tpmt, "poor_metabolizer");
        set(a, Gene::Nudt15, "indeterminate");
        rows = oncologyPgxReviewRows(a);
        QCOMPARE(rows.size(), std::size_t{1});
        QCOMPARE(rows[0].pgx.size(), 2);
        QVERIFY(rows[0].pgx[0].contains(QLatin1String("non-thiopurine")));
        QVERIFY(rows[0].pgx[1].startsWith(QLatin1String("NUDT15 indeterminate: ")));
    }

    // UGT1A1 and irinotecan, DPWG 2022 Table 2 and the FDA label: fires (poor -> both
    // sources, neither called CPIC), does not fire (normal), boundary (intermediate: DPWG "no
    // action", so no row).
    void irinotecan()
    {
        PatientContext p = taking({"irinotecan"});
        set(p, Gene::Ugt1a1, "poor_metabolizer");
        auto rows = oncologyPgxReviewRows(p);
        QCOMPARE(rows.size(), std::size_t{1});
        QCOMPARE(rows[0].option, QStringLiteral("review:irinotecan"));
        QCOMPARE(rows[0].pgx.size(), 2);
        QVERIFY(rows[0].pgx[0].contains(QLatin1String("70 %")));
        QVERIFY(rows[0].pgx[0].endsWith(QLatin1String("(DPWG 2022, DPWG: genotyping essential)")));
        QVERIFY(rows[0].pgx[1].endsWith(QLatin1String("(FDA 2022, label)")));
        for (const QString &note : rows[0].pgx)
            QVERIFY(!note.contains(QLatin1String("CPIC")));
        QCOMPARE(rows[0].pgxSources.size(), std::size_t{2});
        QCOMPARE(QString::fromUtf8(rows[0].pgxSources[0].source), QStringLiteral("DPWG"));
        QCOMPARE(rows[0].pgxSources[0].english(), rows[0].pgx[0]);

        set(p, Gene::Ugt1a1, "normal_metabolizer");
        QVERIFY(oncologyPgxReviewRows(p).empty());
        set(p, Gene::Ugt1a1, "intermediate_metabolizer");
        QVERIFY(oncologyPgxReviewRows(p).empty());
    }

    // The thiopurine notes by behaviour (EngineBehaviour constructed directly): with
    // thiopurineCellsVerified the wording checked against CPIC's records (see the header); without
    // it, and through the one-argument call OptionEngine makes, the wording released with
    // 2026.1 to 2026.3, word for word (their outputs must replay byte-identically).
    void thiopurineWordingByBehaviour()
    {
        EngineBehaviour checked;
        QVERIFY(checked.thiopurineCellsVerified); // the newest behaviour
        checked.thiopurineSingleGeneCpic2025
            = false; // 2026.4 (see thiopurineSingleGeneByBehaviour)
        EngineBehaviour released;
        released.thiopurineCellsVerified = false;
        released.thiopurineSingleGeneCpic2025 = false;
        struct Case
        {
            const char *drug;
            Gene gene;
            const char *token;
            const char *before;
            const char *after;
        };
        const Case cases[] = {
            {"thioguanine",
             Gene::Tpmt,
             "intermediate_metabolizer",
             "start at 50-80 % of the usual dose and adjust by myelosuppression; 2-4 weeks to "
             "steady state",
             "if the usual start is at least 40-60 mg/m2/day, start at 50-80 % of it and adjust by "
             "myelosuppression; 2-4 weeks to steady state"},
            {"thioguanine",
             Gene::Nudt15,
             "possible_intermediate_metabolizer",
             "start at 50-80 % of the usual dose and adjust by myelosuppression; 2-4 weeks to "
             "steady state",
             "if the usual start is at least 40-60 mg/m2/day, start at 50-80 % of it and adjust by "
             "myelosuppression; 2-4 weeks to steady state"},
            {"mercaptopurine",
             Gene::Nudt15,
             "poor_metabolizer",
             "start at 10 mg/m2/day and adjust by myelosuppression, 4-6 weeks to steady state; "
             "non-malignant disease: consider a non-thiopurine immunosuppressant",
             "malignancy: start at 10 mg/m2/day and adjust by myelosuppression, 4-6 weeks to "
             "steady state; non-malignant disease: consider a non-thiopurine immunosuppressant"},
            {"thioguanine",
             Gene::Tpmt,
             "poor_metabolizer",
             "tenfold lower daily dose three times a week instead of daily; non-malignant "
             "disease: consider an alternative agent",
             "tenfold lower daily dose three times a week instead of daily, 4-6 weeks to steady "
             "state; non-malignant disease: consider a non-thiopurine immunosuppressant"},
            {"thioguanine",
             Gene::Nudt15,
             "poor_metabolizer",
             "start at 25 % of the usual dose and adjust by myelosuppression; non-malignant "
             "disease: consider an alternative agent",
             "start at 25 % of the usual dose and adjust by myelosuppression, 4-6 weeks to steady "
             "state; non-malignant disease: consider a non-thiopurine immunosuppressant"},
        };
        for (const Case &c : cases) {
            PatientContext p = taking({c.drug});
            set(p, c.gene, c.token);
            const auto before = oncologyPgxReviewRows(p, released);
            const auto after = oncologyPgxReviewRows(p, checked);
            const auto oneArgument = oncologyPgxReviewRows(p);
            QCOMPARE(before.size(), std::size_t{1});
            QCOMPARE(after.size(), std::size_t{1});
            QCOMPARE(oneArgument.size(), std::size_t{1});
            QCOMPARE(QString::fromUtf8(before[0].pgxSources[0].action),
                     QString::fromUtf8(c.before));
            QCOMPARE(QString::fromUtf8(after[0].pgxSources[0].action), QString::fromUtf8(c.after));
            QCOMPARE(oneArgument[0].pgx, before[0].pgx);
            QCOMPARE(after[0].cls, before[0].cls); // the strength did not change
        }
        // Other notes do not depend on the flag (TPMT intermediate with mercaptopurine).
        PatientContext m = taking({"mercaptopurine", "capecitabine", "irinotecan"});
        set(m, Gene::Tpmt, "intermediate_metabolizer");
        set(m, Gene::Dpyd, "intermediate_metabolizer");
        set(m, Gene::Ugt1a1, "poor_metabolizer");
        const auto a = oncologyPgxReviewRows(m, released);
        const auto b = oncologyPgxReviewRows(m, checked);
        QCOMPARE(a.size(), std::size_t{3});
        QCOMPARE(b.size(), a.size());
        for (std::size_t i = 0; i < a.size(); ++i)
            QCOMPARE(b[i].pgx, a[i].pgx);
        // The released knowledge bases keep the released wording; the flag is switched on with a
        // new version (docs/OPTIONS.md "Released versions").
        for (const char *version : {"2026.1", "2026.2", "2026.3"}) {
            bool found = false;
            for (const ReleasedKnowledgeBase &r : releasedKnowledgeBases()) {
                if (QLatin1String(r.version) == QLatin1String(version)) {
                    found = true;
                    QVERIFY2(!r.behaviour.thiopurineCellsVerified, version);
                }
            }
            QVERIFY2(found, version);
        }
    }

    // One gene intermediate (or possible intermediate), the other normal, by behaviour: with
    // thiopurineSingleGeneCpic2025 (2026.5) the notes as CPIC's records read after the 2025
    // update (PMID 41618934), in the fork phonegor95/PharmCAT (commit
    // 1697910573cc67fb5d8a59d3763ca7e4aeb49cbe), src/main/resources/org/pharmgkb/pharmcat/
    // reporter/prescribing_guidance.json — thioguanine PA166298559 (TPMT IM), PA166298553 (TPMT
    // possible IM), PA166298564 (NUDT15 IM), PA166298567 (NUDT15 possible IM): 30-80 % if the
    // usual start is at least 40 mg/m2/day, moderate; azathioprine PA166297271, PA166297264,
    // PA166297276, PA166297280: 30-80 % if it is at least 2 mg/kg/day, strong. Without it
    // (2026.4): 50-80 % at 40-60 mg/m2/day and 2-3 mg/kg/day. Does not fire: mercaptopurine
    // (its records kept 75 mg/m2/day or 1.5 mg/kg/day).
    void thiopurineSingleGeneByBehaviour()
    {
        const EngineBehaviour newest;
        QVERIFY(newest.thiopurineSingleGeneCpic2025);
        EngineBehaviour v4;
        v4.thiopurineSingleGeneCpic2025 = false;
        v4.thiopurineCombinedCpic2025 = false;
        const struct
        {
            const char *drug;
            const char *after;
            const char *before;
            const char *strength;
        } drugs[] = {
            {"thioguanine",
             "if the usual start is at least 40 mg/m2/day, start at 30-80 % of it and adjust by "
             "myelosuppression; 2-4 weeks to steady state",
             "if the usual start is at least 40-60 mg/m2/day, start at 50-80 % of it and adjust by "
             "myelosuppression; 2-4 weeks to steady state",
             "moderate"},
            {"azathioprine",
             "if the usual start is at least 2 mg/kg/day, start at 30-80 % of it and adjust by "
             "myelosuppression; 2-4 weeks to steady state",
             "if the usual start is 2-3 mg/kg/day, start at 30-80 % of it and adjust by "
             "myelosuppression; 2-4 weeks to steady state",
             "strong"},
        };
        for (const auto &d : drugs) {
            for (const Gene gene : {Gene::Tpmt, Gene::Nudt15}) {
                for (const char *token :
                     {"intermediate_metabolizer", "possible_intermediate_metabolizer"}) {
                    PatientContext p = taking({d.drug});
                    set(p, gene, token);
                    set(p, gene == Gene::Tpmt ? Gene::Nudt15 : Gene::Tpmt, "normal_metabolizer");
                    const auto now = oncologyPgxReviewRows(p, newest);
                    const auto before = oncologyPgxReviewRows(p, v4);
                    QCOMPARE(now.size(), std::size_t{1});
                    QCOMPARE(now[0].pgxSources.size(), std::size_t{1});
                    QCOMPARE(QString::fromUtf8(now[0].pgxSources[0].action),
                             QString::fromUtf8(d.after));
                    QCOMPARE(now[0].cls, QString::fromLatin1(d.strength));
                    QCOMPARE(now[0].pgxSources[0].cpicYear, 2025);
                    QCOMPARE(QString::fromUtf8(before[0].pgxSources[0].action),
                             QString::fromUtf8(d.before));
                    QCOMPARE(before[0].cls, QString::fromLatin1(d.strength));
                    QCOMPARE(before[0].pgxSources[0].cpicYear, 2018);
                    QCOMPARE(oncologyPgxReviewRows(p)[0].pgx.size(), qsizetype{1});
                }
            }
        }
        PatientContext m = taking({"mercaptopurine"});
        set(m, Gene::Tpmt, "intermediate_metabolizer");
        QCOMPARE(oncologyPgxReviewRows(m, newest)[0].pgx, oncologyPgxReviewRows(m, v4)[0].pgx);
        for (const ReleasedKnowledgeBase &r : releasedKnowledgeBases())
            QCOMPARE(r.behaviour.thiopurineSingleGeneCpic2025,
                     QLatin1String(r.version) == QLatin1String("2026.5"));
    }

    // TPMT and NUDT15 both intermediate (or possible intermediate), by behaviour: with
    // thiopurineCombinedCpic2025 each drug's note as CPIC's combined records read after the 2025
    // update (PMID 41618934), read in the fork phonegor95/PharmCAT (commit
    // 1697910573cc67fb5d8a59d3763ca7e4aeb49cbe), src/main/resources/org/pharmgkb/pharmcat/
    // reporter/prescribing_guidance.json — azathioprine PA166297269/PA166297273/PA166297262/
    // PA166297266 moderate, mercaptopurine PA166298215/PA166298234/PA166298214/PA166298233
    // strong, thioguanine PA166298558/PA166298561/PA166298552/PA166298555 moderate; without it
    // (2026.1 to 2026.4, and the one-argument call), the note released with 2026.3 and 2026.4.
    void thiopurineCombinedByBehaviour()
    {
        EngineBehaviour newest;
        QVERIFY(newest.thiopurineCombinedCpic2025);
        EngineBehaviour v4; // 2026.4: cells verified, combined note as released
        v4.thiopurineCombinedCpic2025 = false;
        const char *released = "intermediate for both TPMT and NUDT15: start at 20-50 % of the "
                               "usual dose (2024 update; replaces each gene's single-gene range)";
        const struct
        {
            const char *drug;
            const char *threshold;
            const char *strength;
        } drugs[] = {{"azathioprine", "at least 2 mg/kg/day", "moderate"},
                     {"mercaptopurine", "at least 75 mg/m2/day or 1.5 mg/kg/day", "strong"},
                     {"thioguanine", "at least 40 mg/m2/day", "moderate"}};
        for (const char *tpmt : {"intermediate_metabolizer", "possible_intermediate_metabolizer"}) {
            for (const char *nudt15 :
                 {"intermediate_metabolizer", "possible_intermediate_metabolizer"}) {
                for (const auto &d : drugs) {
                    PatientContext p = taking({d.drug});
                    set(p, Gene::Tpmt, tpmt);
                    set(p, Gene::Nudt15, nudt15);
                    const auto now = oncologyPgxReviewRows(p, newest);
                    const auto before = oncologyPgxReviewRows(p, v4);
                    const auto oneArgument = oncologyPgxReviewRows(p);
                    QCOMPARE(now.size(), std::size_t{1});
                    QCOMPARE(now[0].pgxSources.size(), std::size_t{1});
                    const PgxText &n = now[0].pgxSources[0];
                    QCOMPARE(QString::fromUtf8(n.action),
                             QStringLiteral("intermediate for both TPMT and NUDT15: if the usual "
                                            "start is %1, start at 20-50 % of it and adjust by "
                                            "myelosuppression; 2-4 weeks to steady state")
                                 .arg(QLatin1String(d.threshold)));
                    QCOMPARE(QString::fromUtf8(n.strength), QString::fromLatin1(d.strength));
                    QCOMPARE(n.cpicYear, 2025);
                    QCOMPARE(now[0].cls, QString::fromLatin1(d.strength));
                    QCOMPARE(before.size(), std::size_t{1});
                    QCOMPARE(QString::fromUtf8(before[0].pgxSources[0].action),
                             QString::fromUtf8(released));
                    QCOMPARE(before[0].cls, QStringLiteral("strength not verified"));
                    QCOMPARE(before[0].pgxSources[0].cpicYear, 2018);
                    QCOMPARE(oneArgument[0].pgx, before[0].pgx);
                }
            }
        }
        // Released before 2026.5: off; 2026.5: on.
        for (const ReleasedKnowledgeBase &r : releasedKnowledgeBases())
            QCOMPARE(r.behaviour.thiopurineCombinedCpic2025,
                     QLatin1String(r.version) == QLatin1String("2026.5"));
    }

    // One gene poor, the other intermediate, possible intermediate or poor, by behaviour: with
    // thiopurineCombinedCpic2025 (2026.5) one note per drug as CPIC's combined records read
    // after the 2025 update (PMID 41618934), in the fork phonegor95/PharmCAT (commit
    // 1697910573cc67fb5d8a59d3763ca7e4aeb49cbe), src/main/resources/org/pharmgkb/pharmcat/
    // reporter/prescribing_guidance.json, all strong — azathioprine PA166297272 (TPMT IM x NUDT15
    // PM), PA166297265, PA166297286, PA166297283, PA166297287: a non-thiopurine
    // immunosuppressant; mercaptopurine PA166298227, PA166298226, PA166298229, PA166298217,
    // PA166298236: tenfold lower three times a week (malignancy), a non-thiopurine
    // immunosuppressant otherwise; thioguanine PA166298560, PA166298554, PA166298573,
    // PA166298571, PA166298574: tenfold lower three times a week. Without it (2026.4): each
    // gene's single-gene note, two notes. Does not fire: one gene poor with the other normal
    // (one single-gene poor note, see thiopurineSingleGenePoorByBehaviour).
    void thiopurineCombinedPoorByBehaviour()
    {
        const EngineBehaviour newest;
        EngineBehaviour v4;
        v4.thiopurineCombinedCpic2025 = false;
        v4.thiopurineSingleGeneCpic2025 = false;
        const struct
        {
            const char *drug;
            const char *action;
        } drugs[] = {
            {"azathioprine",
             "poor for TPMT or NUDT15 and the other intermediate or poor: consider a "
             "non-thiopurine immunosuppressant"},
            {"mercaptopurine",
             "poor for TPMT or NUDT15 and the other intermediate or poor: malignancy: cut the "
             "daily dose tenfold and give it three times a week instead of daily (e.g. 10 "
             "mg/m2/day on 3 days a week), 4-6 weeks to steady state; non-malignant disease: "
             "consider a non-thiopurine immunosuppressant"},
            {"thioguanine",
             "poor for TPMT or NUDT15 and the other intermediate or poor: cut the daily dose "
             "tenfold and give it three times a week instead of daily, adjust by "
             "myelosuppression; 4-6 weeks to steady state"},
        };
        const std::pair<const char *, const char *> pairs[] = {
            {"intermediate_metabolizer", "poor_metabolizer"},
            {"possible_intermediate_metabolizer", "poor_metabolizer"},
            {"poor_metabolizer", "poor_metabolizer"},
            {"poor_metabolizer", "intermediate_metabolizer"},
            {"poor_metabolizer", "possible_intermediate_metabolizer"},
        };
        for (const auto &d : drugs) {
            for (const auto &[tpmt, nudt15] : pairs) {
                PatientContext p = taking({d.drug});
                set(p, Gene::Tpmt, tpmt);
                set(p, Gene::Nudt15, nudt15);
                const auto now = oncologyPgxReviewRows(p, newest);
                const auto before = oncologyPgxReviewRows(p, v4);
                QCOMPARE(now.size(), std::size_t{1});
                QCOMPARE(now[0].pgxSources.size(), std::size_t{1});
                const PgxText &n = now[0].pgxSources[0];
                QCOMPARE(QString::fromUtf8(n.action), QString::fromUtf8(d.action));
                QCOMPARE(n.phenotype,
                         QStringLiteral("%1 with NUDT15 %2")
                             .arg(QLatin1String(tpmt), QLatin1String(nudt15)));
                QCOMPARE(n.cpicYear, 2025);
                QCOMPARE(now[0].cls, QStringLiteral("strong"));
                QCOMPARE(before.size(), std::size_t{1});
                QCOMPARE(before[0].pgxSources.size(), std::size_t{2});          // one note per gene
                QCOMPARE(oncologyPgxReviewRows(p)[0].pgx.size(), qsizetype{2}); // as released
            }
            PatientContext p = taking({d.drug});
            set(p, Gene::Tpmt, "poor_metabolizer");
            set(p, Gene::Nudt15, "normal_metabolizer");
            const auto single = oncologyPgxReviewRows(p, newest);
            QCOMPARE(single[0].pgxSources.size(), std::size_t{1});
            QCOMPARE(single[0].pgxSources[0].phenotype, QStringLiteral("poor_metabolizer"));
            QVERIFY(!QString::fromUtf8(single[0].pgxSources[0].action)
                         .startsWith(QLatin1String("poor for TPMT or NUDT15")));
        }
    }

    // One gene poor, the other normal, by behaviour: with thiopurineSingleGeneCpic2025 (2026.5)
    // the notes as CPIC's single-gene poor records read after the 2025 update (PMID 41618934),
    // in the fork phonegor95/PharmCAT (commit 1697910573cc67fb5d8a59d3763ca7e4aeb49cbe),
    // src/main/resources/org/pharmgkb/pharmcat/reporter/prescribing_guidance.json, all strong —
    // azathioprine PA166297284 (TPMT PM) and PA166297279 (NUDT15 PM): "Consider alternative
    // nonthiopurine immunosuppressant therapy" only; mercaptopurine PA166298228 (NUDT15 PM):
    // malignancy tenfold lower three times a week (e.g. 10 mg/m2/day given 3 days a week),
    // non-malignant a non-thiopurine immunosuppressant; thioguanine PA166298572 (TPMT PM) and
    // PA166298566 (NUDT15 PM): tenfold lower three times a week, no non-malignant clause.
    // Without it (2026.4): the wording of CPIC's 2018 records as 2026.4 released it. Does not
    // fire: mercaptopurine TPMT poor (PA166298223 reads as PA166298228 now does; the note
    // 2026.4 released stays).
    void thiopurineSingleGenePoorByBehaviour()
    {
        const EngineBehaviour newest;
        QVERIFY(newest.thiopurineSingleGeneCpic2025);
        EngineBehaviour v4;
        v4.thiopurineSingleGeneCpic2025 = false;
        v4.thiopurineCombinedCpic2025 = false;
        const char *tenfold = "cut the daily dose tenfold and give it three times a week instead "
                              "of daily, adjust by myelosuppression; 4-6 weeks to steady state";
        const struct
        {
            const char *drug;
            Gene gene;
            const char *after;
            const char *before;
        } cells[] = {
            {"azathioprine",
             Gene::Tpmt,
             "consider a non-thiopurine immunosuppressant",
             "non-malignant disease: consider a non-thiopurine immunosuppressant; malignancy: "
             "tenfold lower daily dose three times a week instead of daily"},
            {"azathioprine",
             Gene::Nudt15,
             "consider a non-thiopurine immunosuppressant",
             "non-malignant disease: consider a non-thiopurine immunosuppressant; malignancy: "
             "tenfold lower daily dose"},
            {"mercaptopurine",
             Gene::Nudt15,
             "malignancy: cut the daily dose tenfold and give it three times a week instead of "
             "daily (e.g. 10 mg/m2/day on 3 days a week), 4-6 weeks to steady state; "
             "non-malignant disease: consider a non-thiopurine immunosuppressant",
             "malignancy: start at 10 mg/m2/day and adjust by myelosuppression, 4-6 weeks to "
             "steady state; non-malignant disease: consider a non-thiopurine immunosuppressant"},
            {"thioguanine",
             Gene::Tpmt,
             tenfold,
             "tenfold lower daily dose three times a week instead of daily, 4-6 weeks to steady "
             "state; non-malignant disease: consider a non-thiopurine immunosuppressant"},
            {"thioguanine",
             Gene::Nudt15,
             tenfold,
             "start at 25 % of the usual dose and adjust by myelosuppression, 4-6 weeks to steady "
             "state; non-malignant disease: consider a non-thiopurine immunosuppressant"},
        };
        for (const auto &c : cells) {
            PatientContext p = taking({c.drug});
            set(p, c.gene, "poor_metabolizer");
            set(p, c.gene == Gene::Tpmt ? Gene::Nudt15 : Gene::Tpmt, "normal_metabolizer");
            const auto now = oncologyPgxReviewRows(p, newest);
            const auto before = oncologyPgxReviewRows(p, v4);
            QCOMPARE(now.size(), std::size_t{1});
            QCOMPARE(now[0].pgxSources.size(), std::size_t{1});
            QCOMPARE(now[0].pgxSources[0].gene, QString(geneSymbol(c.gene)));
            QCOMPARE(QString::fromUtf8(now[0].pgxSources[0].action), QString::fromUtf8(c.after));
            QCOMPARE(now[0].pgxSources[0].cpicYear, 2025);
            QCOMPARE(now[0].cls, QStringLiteral("strong"));
            QCOMPARE(before.size(), std::size_t{1});
            QCOMPARE(before[0].pgxSources.size(), std::size_t{1});
            QCOMPARE(QString::fromUtf8(before[0].pgxSources[0].action),
                     QString::fromUtf8(c.before));
            QCOMPARE(before[0].pgxSources[0].cpicYear, 2018);
            QCOMPARE(before[0].cls, QStringLiteral("strong"));
        }
        PatientContext m = taking({"mercaptopurine"});
        set(m, Gene::Tpmt, "poor_metabolizer");
        set(m, Gene::Nudt15, "normal_metabolizer");
        QCOMPARE(oncologyPgxReviewRows(m, newest)[0].pgx, oncologyPgxReviewRows(m, v4)[0].pgx);
    }

    // Every action the review rows write is the action of the data file's record for the same
    // gene, phenotype and drug (the data file is the documented source; the literals here are
    // its translatable copies), with the wording checked against CPIC's records
    // (thiopurineCellsVerified, the newest behaviour).
    void actionsMatchTheDataFile()
    {
        const EngineBehaviour newest;
        const auto table = genomics::shippedRecommendations();
        QVERIFY(table.has_value());
        struct Case
        {
            const char *drug;
            Gene gene;
            const char *token;
            Gene other;
            const char *otherToken;
        };
        const Case cases[] = {
            {"fluorouracil", Gene::Dpyd, "intermediate_metabolizer", Gene::Count, nullptr},
            {"capecitabine", Gene::Dpyd, "poor_metabolizer", Gene::Count, nullptr},
            {"irinotecan", Gene::Ugt1a1, "poor_metabolizer", Gene::Count, nullptr},
        };
        std::vector<Case> all(std::begin(cases), std::end(cases));
        for (const char *drug : {"azathioprine", "mercaptopurine", "thioguanine"}) {
            for (const char *token : {"intermediate_metabolizer", "poor_metabolizer"}) {
                all.push_back({drug, Gene::Tpmt, token, Gene::Nudt15, "normal_metabolizer"});
                all.push_back({drug, Gene::Nudt15, token, Gene::Tpmt, "normal_metabolizer"});
            }
            all.push_back({drug,
                           Gene::Tpmt,
                           "possible_intermediate_metabolizer",
                           Gene::Nudt15,
                           "normal_metabolizer"});
            all.push_back({drug,
                           Gene::Nudt15,
                           "possible_intermediate_metabolizer",
                           Gene::Tpmt,
                           "normal_metabolizer"});
            all.push_back({drug,
                           Gene::Tpmt,
                           "intermediate_metabolizer",
                           Gene::Nudt15,
                           "intermediate_metabolizer"});
            all.push_back(
                {drug, Gene::Tpmt, "intermediate_metabolizer", Gene::Nudt15, "poor_metabolizer"});
            all.push_back({drug,
                           Gene::Tpmt,
                           "poor_metabolizer",
                           Gene::Nudt15,
                           "possible_intermediate_metabolizer"});
            all.push_back({drug, Gene::Tpmt, "poor_metabolizer", Gene::Nudt15, "poor_metabolizer"});
        }
        for (const Case &c : all) {
            PatientContext p = taking({c.drug});
            set(p, c.gene, c.token);
            std::vector<genomics::GenePhenotype> results{
                {QString(geneSymbol(c.gene)),
                 cpicTermFromToken(QString::fromLatin1(c.token)),
                 {},
                 {}}};
            if (c.otherToken) {
                set(p, c.other, c.otherToken);
                results.push_back({QString(geneSymbol(c.other)),
                                   cpicTermFromToken(QString::fromLatin1(c.otherToken)),
                                   {},
                                   {}});
            }
            const auto rows = oncologyPgxReviewRows(p, newest);
            QCOMPARE(rows.size(), std::size_t{1});
            QStringList expected;
            QStringList expectedStrengths;
            for (const genomics::PgxRecommendation &r : genomics::recommendPgx(*table, results)) {
                if (r.drug == QLatin1String(c.drug) && !r.action.startsWith(QLatin1String("usual")))
                    expected << r.action;
                if (r.drug == QLatin1String(c.drug) && !r.action.startsWith(QLatin1String("usual")))
                    expectedStrengths << r.classification;
            }
            QStringList actual;
            QStringList strengths;
            for (const PgxText &t : rows[0].pgxSources) {
                actual << QString::fromUtf8(t.action);
                strengths << QString::fromUtf8(t.strength);
            }
            QVERIFY2(actual == expected,
                     qPrintable(QStringLiteral("%1 %2: %3 vs %4")
                                    .arg(QLatin1String(c.drug),
                                         QLatin1String(c.token),
                                         actual.join(QLatin1Char('|')),
                                         expected.join(QLatin1Char('|')))));
            QCOMPARE(strengths, expectedStrengths);
        }
    }
};

QTEST_GUILESS_MAIN(TestOncologyPgx)
#include "tst_oncologypgx.moc"
