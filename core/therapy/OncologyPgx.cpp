// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/therapy/OncologyPgx.h"

#include "core/risk/RiskText.h"

#include <optional>
#include <utility>

namespace precis::therapy {

namespace {

PgxText make(Gene gene,
             const QString &phenotype,
             const char *action,
             int year,
             const char *strength,
             const char *source = nullptr)
{
    PgxText t{QString(geneSymbol(gene)), phenotype, action, year, strength};
    t.source = source;
    return t;
}

PgxText indeterminate(Gene gene, int year)
{
    return make(gene,
                QStringLiteral("indeterminate"),
                QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                  "no phenotype assigned, so no genotype-based action; decide as "
                                  "if not tested"),
                year,
                QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "no recommendation"));
}

const char *strong()
{
    return QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "strong");
}

bool is(const QString &token, const char *a, const char *b = nullptr)
{
    return token == QLatin1String(a) || (b && token == QLatin1String(b));
}

/// DPYD and fluorouracil or capecitabine: CPIC 2017 (Amstutz U, et al. Clin Pharmacol Ther
/// 2018;103:210-216), Table 2, with the post-publication update that made activity score 1.5 a
/// 50 % reduction as well. The options carry the phenotype only, not the activity score, so the
/// intermediate note names both bands' strengths.
std::vector<PgxText> dpydNotes(const PatientContext &p)
{
    constexpr int year = 2017;
    const QString &t = p.phenotype(Gene::Dpyd);
    if (t.isEmpty() || is(t, "normal_metabolizer"))
        return {};
    if (is(t, "intermediate_metabolizer"))
        return {make(Gene::Dpyd,
                     t,
                     QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                       "start at half the usual dose (50 % reduction, activity "
                                       "score 1 or 1.5), then titrate by toxicity or drug-level "
                                       "monitoring"),
                     year,
                     QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                       "strong (activity score 1), moderate (activity score "
                                       "1.5)"))};
    if (is(t, "poor_metabolizer"))
        return {make(Gene::Dpyd,
                     t,
                     QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                       "avoid fluorouracil and its prodrugs (activity score 0 or "
                                       "0.5; at 0.5, only if no alternative, a strongly reduced "
                                       "dose with early drug-level monitoring)"),
                     year,
                     strong())};
    return {indeterminate(Gene::Dpyd, year)}; // indeterminate, or a term DPYD does not use
}

enum class Thiopurine { Azathioprine, Mercaptopurine, Thioguanine };

bool thiopurineIntermediate(const QString &t)
{
    return is(t, "intermediate_metabolizer", "possible_intermediate_metabolizer");
}

/// One gene's thiopurine note: CPIC 2018 (Relling MV, et al. Clin Pharmacol Ther
/// 2019;105:1095-1105), Table 2 (TPMT) and Table 3 (NUDT15). `verified`
/// (EngineBehaviour::thiopurineCellsVerified): the wording checked against CPIC's
/// recommendation records (PharmGKB guideline annotations PA166104945 mercaptopurine,
/// PA166104965 thioguanine, as shipped in PharmGKB/PharmCAT at commit 0c6123b6): thioguanine
/// intermediate PA166298559/PA166298564 (50-80 % if the usual start is at least 40-60
/// mg/m2/day), mercaptopurine NUDT15 poor PA166298228 (10 mg/m2/day for malignancy),
/// thioguanine TPMT poor PA166298572 and NUDT15 poor PA166298566 (4-6 weeks; non-malignant:
/// a non-thiopurine immunosuppressant). Off: the wording released with 2026.3. `singleGene2025`
/// (EngineBehaviour::thiopurineSingleGeneCpic2025): the intermediate notes as CPIC's records read
/// after the 2025 guideline update (PMID 41618934), in PharmGKB guideline annotations
/// PA166104933 and PA166104965 as copied into the fork phonegor95/PharmCAT (commit
/// 1697910573cc67fb5d8a59d3763ca7e4aeb49cbe, src/main/resources/org/pharmgkb/pharmcat/reporter/
/// prescribing_guidance.json): thioguanine PA166298559, PA166298553, PA166298564, PA166298567
/// (30-80 % if the usual start is at least 40 mg/m2/day, moderate), azathioprine PA166297271,
/// PA166297264, PA166297276, PA166297280 (30-80 % if it is at least 2 mg/kg/day, strong).
std::optional<PgxText>
thiopurineNote(Gene gene, const QString &t, Thiopurine drug, bool verified, bool singleGene2025)
{
    constexpr int year = 2018;
    if (t.isEmpty() || is(t, "normal_metabolizer"))
        return std::nullopt;
    if (thiopurineIntermediate(t)) {
        switch (drug) {
        case Thiopurine::Mercaptopurine:
            return make(gene,
                        t,
                        QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                          "if the usual start is at least 75 mg/m2/day or 1.5 "
                                          "mg/kg/day, start at 30-80 % of it and adjust by "
                                          "myelosuppression; 2-4 weeks to steady state"),
                        year,
                        strong());
        case Thiopurine::Azathioprine:
            return make(gene,
                        t,
                        singleGene2025
                            ? QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                                "if the usual start is at least 2 mg/kg/day, "
                                                "start at 30-80 % of it and adjust by "
                                                "myelosuppression; 2-4 weeks to steady state")
                            : QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                                "if the usual start is 2-3 mg/kg/day, start at "
                                                "30-80 % of it and adjust by myelosuppression; 2-4 "
                                                "weeks to steady state"),
                        singleGene2025 ? 2025 : year,
                        strong());
        case Thiopurine::Thioguanine:
            if (singleGene2025)
                return make(gene,
                            t,
                            QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                              "if the usual start is at least 40 mg/m2/day, start "
                                              "at 30-80 % of it and adjust by myelosuppression; "
                                              "2-4 weeks to steady state"),
                            2025,
                            QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "moderate"));
            return make(gene,
                        t,
                        verified
                            ? QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                                "if the usual start is at least 40-60 mg/m2/day, "
                                                "start at 50-80 % of it and adjust by "
                                                "myelosuppression; 2-4 weeks to steady state")
                            : QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                                "start at 50-80 % of the usual dose and adjust by "
                                                "myelosuppression; 2-4 weeks to steady state"),
                        year,
                        QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "moderate"));
        }
    }
    if (is(t, "poor_metabolizer")) {
        const bool tpmt = gene == Gene::Tpmt;
        // The single-gene poor records after the 2025 update (singleGene2025), read where the
        // intermediate records above were, all strong: azathioprine PA166297284 (TPMT poor) and
        // PA166297279 (NUDT15 poor) a non-thiopurine immunosuppressant only; mercaptopurine
        // PA166298228 (NUDT15 poor) the tenfold lower start three times a week that TPMT poor
        // (PA166298223) has; thioguanine PA166298572 (TPMT poor) and PA166298566 (NUDT15 poor)
        // tenfold lower three times a week, with no non-malignant clause.
        if (singleGene2025) {
            switch (drug) {
            case Thiopurine::Azathioprine:
                return make(gene,
                            t,
                            QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                              "consider a non-thiopurine immunosuppressant"),
                            2025,
                            strong());
            case Thiopurine::Mercaptopurine:
                if (!tpmt)
                    return make(
                        gene,
                        t,
                        QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                          "malignancy: cut the daily dose tenfold and give "
                                          "it three times a week instead of daily (e.g. 10 "
                                          "mg/m2/day on 3 days a week), 4-6 weeks to steady "
                                          "state; non-malignant disease: consider a "
                                          "non-thiopurine immunosuppressant"),
                        2025,
                        strong());
                break;
            case Thiopurine::Thioguanine:
                return make(gene,
                            t,
                            QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                              "cut the daily dose tenfold and give it three times "
                                              "a week instead of daily, adjust by "
                                              "myelosuppression; 4-6 weeks to steady state"),
                            2025,
                            strong());
            }
        }
        const char *action = nullptr;
        switch (drug) {
        case Thiopurine::Mercaptopurine:
            if (tpmt)
                action = QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                           "malignancy: cut the daily dose tenfold and give it "
                                           "three times a week instead of daily, 4-6 weeks to "
                                           "steady state; non-malignant disease: consider a "
                                           "non-thiopurine immunosuppressant");
            else if (verified)
                action = QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                           "malignancy: start at 10 mg/m2/day and adjust by "
                                           "myelosuppression, 4-6 weeks to steady state; "
                                           "non-malignant disease: consider a non-thiopurine "
                                           "immunosuppressant");
            else
                action = QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                           "start at 10 mg/m2/day and adjust by "
                                           "myelosuppression, 4-6 weeks to steady state; "
                                           "non-malignant disease: consider a non-thiopurine "
                                           "immunosuppressant");
            break;
        case Thiopurine::Azathioprine:
            action = tpmt ? QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                              "non-malignant disease: consider a non-thiopurine "
                                              "immunosuppressant; malignancy: tenfold lower daily "
                                              "dose three times a week instead of daily")
                          : QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                              "non-malignant disease: consider a non-thiopurine "
                                              "immunosuppressant; malignancy: tenfold lower daily "
                                              "dose");
            break;
        case Thiopurine::Thioguanine:
            if (verified)
                action = tpmt ? QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                                  "tenfold lower daily dose three times a week "
                                                  "instead of daily, 4-6 weeks to steady state; "
                                                  "non-malignant disease: consider a "
                                                  "non-thiopurine immunosuppressant")
                              : QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                                  "start at 25 % of the usual dose and adjust by "
                                                  "myelosuppression, 4-6 weeks to steady state; "
                                                  "non-malignant disease: consider a "
                                                  "non-thiopurine immunosuppressant");
            else
                action = tpmt ? QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                                  "tenfold lower daily dose three times a week "
                                                  "instead of daily; non-malignant disease: "
                                                  "consider an alternative agent")
                              : QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                                  "start at 25 % of the usual dose and adjust by "
                                                  "myelosuppression; non-malignant disease: "
                                                  "consider an alternative agent");
            break;
        }
        return make(gene, t, action, year, strong());
    }
    return indeterminate(gene, year);
}

/// TPMT and NUDT15 together: both intermediate (or possible intermediate) -> one combined
/// note in place of the two single-gene notes. `combined2025`
/// (EngineBehaviour::thiopurineCombinedCpic2025): each drug's note as CPIC's combined
/// recommendation records read after the 2025 guideline update (Clin Pharmacol Ther 2026,
/// PMID 41618934), read in PharmGKB guideline annotations PA166104933 (azathioprine),
/// PA166104945 (mercaptopurine), PA166104965 (thioguanine) as copied into forks of
/// PharmGKB/PharmCAT (phonegor95/PharmCAT commit 1697910573cc67fb5d8a59d3763ca7e4aeb49cbe,
/// src/main/resources/org/pharmgkb/pharmcat/reporter/prescribing_guidance.json):
/// azathioprine PA166297269, PA166297273, PA166297262, PA166297266 (20-50 % if the usual start
/// is at least 2 mg/kg/day, moderate); mercaptopurine PA166298215, PA166298234, PA166298214,
/// PA166298233 (20-50 % if at least 75 mg/m2/day or 1.5 mg/kg/day, strong); thioguanine
/// PA166298558, PA166298561, PA166298552, PA166298555 (20-50 % if at least 40 mg/m2/day,
/// moderate); each 2-4 weeks to steady state. Off: the note of CPIC's March 2024 update
/// without a verified strength, as 2026.3 and 2026.4 released it.
std::vector<PgxText>
thiopurineNotes(const PatientContext &p, Thiopurine drug, const EngineBehaviour &behaviour)
{
    const bool verified = behaviour.thiopurineCellsVerified;
    const bool combined2025 = behaviour.thiopurineCombinedCpic2025;
    const bool singleGene2025 = behaviour.thiopurineSingleGeneCpic2025;
    const QString &tpmt = p.phenotype(Gene::Tpmt);
    const QString &nudt15 = p.phenotype(Gene::Nudt15);
    if (thiopurineIntermediate(tpmt) && thiopurineIntermediate(nudt15)) {
        const QString both = QStringLiteral("%1 with NUDT15 %2").arg(tpmt, nudt15);
        if (!combined2025)
            return {
                make(Gene::Tpmt,
                     both,
                     QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                       "intermediate for both TPMT and NUDT15: start at "
                                       "20-50 % of the usual dose (2024 update; replaces "
                                       "each gene's single-gene range)"),
                     2018,
                     QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "strength not verified"))};
        constexpr int year = 2025;
        switch (drug) {
        case Thiopurine::Azathioprine:
            return {make(Gene::Tpmt,
                         both,
                         QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                           "intermediate for both TPMT and NUDT15: if the usual "
                                           "start is at least 2 mg/kg/day, start at 20-50 % of "
                                           "it and adjust by myelosuppression; 2-4 weeks to "
                                           "steady state"),
                         year,
                         QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "moderate"))};
        case Thiopurine::Mercaptopurine:
            return {make(Gene::Tpmt,
                         both,
                         QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                           "intermediate for both TPMT and NUDT15: if the usual "
                                           "start is at least 75 mg/m2/day or 1.5 mg/kg/day, "
                                           "start at 20-50 % of it and adjust by "
                                           "myelosuppression; 2-4 weeks to steady state"),
                         year,
                         strong())};
        case Thiopurine::Thioguanine:
            return {make(Gene::Tpmt,
                         both,
                         QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                           "intermediate for both TPMT and NUDT15: if the usual "
                                           "start is at least 40 mg/m2/day, start at 20-50 % of "
                                           "it and adjust by myelosuppression; 2-4 weeks to "
                                           "steady state"),
                         year,
                         QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "moderate"))};
        }
    }
    // One gene poor, the other intermediate, possible intermediate or poor: CPIC's combined
    // records after the 2025 update (combined2025), one note in place of the two single-gene
    // notes: azathioprine PA166297272 (TPMT intermediate, NUDT15 poor), PA166297265 (possible
    // intermediate, poor), PA166297283 (poor, intermediate), PA166297287 (poor, possible
    // intermediate), PA166297286 (poor, poor): a non-thiopurine immunosuppressant;
    // mercaptopurine PA166298227, PA166298226, PA166298217, PA166298236, PA166298229:
    // malignancy tenfold lower three times a week, non-malignant disease a non-thiopurine
    // immunosuppressant; thioguanine PA166298560, PA166298554, PA166298571, PA166298574,
    // PA166298573: tenfold lower three times a week; all strong, read where the intermediate
    // records above were.
    const bool tpmtPoor = is(tpmt, "poor_metabolizer");
    const bool nudt15Poor = is(nudt15, "poor_metabolizer");
    if (combined2025 && (tpmtPoor || nudt15Poor) && (tpmtPoor || thiopurineIntermediate(tpmt))
        && (nudt15Poor || thiopurineIntermediate(nudt15))) {
        const QString both = QStringLiteral("%1 with NUDT15 %2").arg(tpmt, nudt15);
        const char *action = nullptr;
        switch (drug) {
        case Thiopurine::Azathioprine:
            action = QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                       "poor for TPMT or NUDT15 and the other intermediate or "
                                       "poor: consider a non-thiopurine immunosuppressant");
            break;
        case Thiopurine::Mercaptopurine:
            action = QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                       "poor for TPMT or NUDT15 and the other intermediate or "
                                       "poor: malignancy: cut the daily dose tenfold and give it "
                                       "three times a week instead of daily (e.g. 10 mg/m2/day on "
                                       "3 days a week), 4-6 weeks to steady state; non-malignant "
                                       "disease: consider a non-thiopurine immunosuppressant");
            break;
        case Thiopurine::Thioguanine:
            action = QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                       "poor for TPMT or NUDT15 and the other intermediate or "
                                       "poor: cut the daily dose tenfold and give it three times a "
                                       "week instead of daily, adjust by myelosuppression; 4-6 "
                                       "weeks to steady state");
            break;
        }
        return {make(Gene::Tpmt, both, action, 2025, strong())};
    }
    std::vector<PgxText> out;
    if (std::optional<PgxText> n = thiopurineNote(Gene::Tpmt, tpmt, drug, verified, singleGene2025))
        out.push_back(*n);
    if (std::optional<PgxText> n
        = thiopurineNote(Gene::Nudt15, nudt15, drug, verified, singleGene2025))
        out.push_back(*n);
    return out;
}

/// UGT1A1 and irinotecan: DPWG 2022 (Hulshof EC, et al. Eur J Hum Genet 2023;31:982-987),
/// Table 2 (poor metaboliser: 70 % starting dose; intermediate: no action), and the US label's
/// statement on *28 homozygotes (section 2.3, revised 1/2022). Not CPIC.
std::vector<PgxText> irinotecanNotes(const PatientContext &p)
{
    const QString &t = p.phenotype(Gene::Ugt1a1);
    if (t.isEmpty() || is(t, "normal_metabolizer", "intermediate_metabolizer"))
        return {};
    if (is(t, "poor_metabolizer"))
        return {
            make(Gene::Ugt1a1,
                 t,
                 QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                   "poor metaboliser (e.g. *28/*28, *6/*6, *6/*28): start at "
                                   "70 % of the usual dose, raise it by the neutrophil count "
                                   "if tolerated"),
                 2022,
                 QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "DPWG: genotyping essential"),
                 "DPWG"),
            make(Gene::Ugt1a1,
                 t,
                 QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                   "*28 homozygotes: consider starting at least one dose level "
                                   "lower (label)"),
                 2022,
                 QT_TRANSLATE_NOOP("precis::therapy::TherapyText", "label"),
                 "FDA")};
    return {indeterminate(Gene::Ugt1a1, 2022)};
}

OptionRow review(const QString &drug,
                 const std::vector<PgxText> &notes,
                 const QString &guideline,
                 const QString &citation)
{
    OptionRow row;
    row.option = QStringLiteral("review:") + drug;
    row.eligible = true;
    row.guideline = guideline;
    row.citation = citation;
    row.cls = QString::fromUtf8(notes.front().strength);
    for (const PgxText &n : notes) {
        row.pgx << n.english();
        row.pgxSources.push_back(n);
    }
    const risk::Message why{QT_TRANSLATE_NOOP("precis::therapy::TherapyText",
                                              "current drug with a genotype rule: review"),
                            {}};
    row.reasons << why.english();
    row.reasonSources.push_back(why);
    return row;
}

} // namespace

std::vector<OptionRow> oncologyPgxReviewRows(const PatientContext &patient)
{
    EngineBehaviour released;
    released.thiopurineCellsVerified = false;
    released.thiopurineCombinedCpic2025 = false;
    released.thiopurineSingleGeneCpic2025 = false;
    return oncologyPgxReviewRows(patient, released);
}

std::vector<OptionRow> oncologyPgxReviewRows(const PatientContext &patient,
                                             const EngineBehaviour &behaviour)
{
    std::vector<OptionRow> rows;
    const QString dpydGuideline = QStringLiteral(
        "CPIC guideline for dihydropyrimidine dehydrogenase genotype and fluoropyrimidine dosing: "
        "2017 update (with CPIC's later updates)");
    const QString dpydCitation = QStringLiteral(
        "Amstutz U, Henricks LM, Offer SM, et al. Clin Pharmacol Ther 2018;103:210-216. "
        "doi:10.1002/cpt.911");
    const std::vector<PgxText> dpyd = dpydNotes(patient);
    for (const char *drug : {"fluorouracil", "capecitabine"}) {
        if (!dpyd.empty() && patient.takes(QString::fromLatin1(drug)))
            rows.push_back(review(QLatin1String(drug), dpyd, dpydGuideline, dpydCitation));
    }
    const QString thiopurineGuideline = QStringLiteral(
        "CPIC guideline for thiopurine dosing based on TPMT and NUDT15 genotypes: 2018 update "
        "(with the March 2024 update)");
    const QString thiopurineCitation = QStringLiteral(
        "Relling MV, Schwab M, Whirl-Carrillo M, et al. Clin Pharmacol Ther 2019;105:1095-1105. "
        "doi:10.1002/cpt.1304");
    const std::pair<const char *, Thiopurine> thiopurines[]
        = {{"azathioprine", Thiopurine::Azathioprine},
           {"mercaptopurine", Thiopurine::Mercaptopurine},
           {"thioguanine", Thiopurine::Thioguanine}};
    for (const auto &[drug, kind] : thiopurines) {
        if (!patient.takes(QString::fromLatin1(drug)))
            continue;
        const std::vector<PgxText> notes = thiopurineNotes(patient, kind, behaviour);
        if (!notes.empty())
            rows.push_back(
                review(QLatin1String(drug), notes, thiopurineGuideline, thiopurineCitation));
    }
    if (patient.takes(QStringLiteral("irinotecan"))) {
        const std::vector<PgxText> notes = irinotecanNotes(patient);
        if (!notes.empty())
            rows.push_back(review(
                QStringLiteral("irinotecan"),
                notes,
                QStringLiteral("DPWG guideline for the gene-drug interaction between UGT1A1 and "
                               "irinotecan (2022); US irinotecan label, section 2.3"),
                QStringLiteral("Hulshof EC, Deenen MJ, Nijenhuis M, et al. Eur J Hum Genet "
                               "2023;31:982-987. doi:10.1038/s41431-022-01243-2; CAMPTOSAR "
                               "prescribing information, revised 1/2022")));
    }
    return rows;
}

QStringList oncologyPgxDrugs()
{
    return {QStringLiteral("fluorouracil"),
            QStringLiteral("capecitabine"),
            QStringLiteral("azathioprine"),
            QStringLiteral("mercaptopurine"),
            QStringLiteral("thioguanine"),
            QStringLiteral("tioguanine"),
            QStringLiteral("irinotecan")};
}

} // namespace precis::therapy
