// SPDX-License-Identifier: GPL-3.0-or-later
// Applies the knowledge base to one person: eligibility by each option's rules, the absolute
// risk reduction on the option's model, outcome and horizon, ranking within each (model,
// outcome, horizon), and pharmacogenomic modifiers (issue #10).
#pragma once

#include "core/risk/RiskRegistry.h"
#include "core/risk/RiskText.h"
#include "core/therapy/KnowledgeBase.h"
#include "core/therapy/PatientContext.h"

#include <optional>
#include <vector>

namespace precis::therapy {

/// A pharmacogenomic note in parts, for translation: the frame "%1 %2: %3 (CPIC %4, %5)"
/// (kPgxNoteFrame in TherapyText.h) filled with gene, phenotype token, action, CPIC year and
/// strength; action and strength are literals marked in the TherapyText context.
struct PgxText
{
    QString gene;      ///< e.g. "SLCO1B1"
    QString phenotype; ///< the CSV token, e.g. "poor_function"
    const char *action = nullptr;
    int cpicYear = 0;
    const char *strength = nullptr; ///< "strong", "moderate", "optional", ...
    /// The body when it is not CPIC ("DPWG", "FDA"): the note then uses pgxNoteSourceFrame()
    /// "%1 %2: %3 (%4 %5, %6)" with the source before the year; nullptr = CPIC.
    const char *source = nullptr;

    /// The English note, exactly as the CSV writes it.
    [[nodiscard]] QString english() const;
};

/// One output row: an option for the person, or a review row for a current drug with a
/// genotype rule (option "review:DRUG").
struct OptionRow
{
    QString option;
    bool eligible = false;
    QString ruleId; ///< the knowledge-base rule that fired (eligible only); the CSV's `reason`
                    ///< starts with it, `reasons` does not hold it
    std::optional<int> rank;      ///< 1 = largest ARR in its (model, outcome, horizon) group
    std::optional<double> arrPct; ///< absolute risk reduction, percentage points, unrounded
    std::optional<int> nnt;       ///< ceil(100 / arrPct); empty when arrPct <= 0 or empty
    std::optional<int> horizonYears;
    QString model;
    QString outcome;
    QString guideline;
    QString cls;
    QString level;
    QString citation;
    QStringList pgx;                 ///< "GENE phenotype: action (CPIC year, strength)"
    std::vector<PgxText> pgxSources; ///< pgx[i] in parts, same order (for translation)
    QStringList reasons; ///< why not eligible, or what the eligibility and effect rest on
    /// reasons[i] as a translatable template (context "precis::therapy::TherapyText", see
    /// TherapyText.h) with its arguments, same order; the GUI translates these, the CSV writes
    /// `reasons` (English) byte for byte.
    std::vector<risk::Message> reasonSources;
    /// The model's risk without the option (percent), when it computed (eligible rows with an
    /// effect only).
    std::optional<double> baselinePct;
    /// The option's effect as one relative risk on the hazard scale: risk with the option =
    /// 100 * (1 - (1 - baselinePct/100)^relativeRisk). For a model re-run, the RR that gives
    /// the re-run's risk: ln(1 - with/100) / ln(1 - baseline/100). Empty with arrPct.
    std::optional<double> relativeRisk;
};

/// Risk with a relative risk applied on the hazard scale (percent in, percent out):
/// 100 * (1 - (1 - risk/100)^rr). The combination of several options multiplies their RRs
/// before applying them (independence assumption), as the knowledge base states.
[[nodiscard]] double riskWithRelativeRisk(double riskPercent, double rr);

/// The risk with several options combined: their relative risks multiplied (independence
/// assumed), then applied on the hazard scale as riskWithRelativeRisk does.
[[nodiscard]] double riskWithOptions(double riskPercent, const std::vector<double> &relativeRisks);

/// The combined effect of several options of one (model, outcome, horizon) group.
struct CombinedEffect
{
    QString model;
    QString outcome;
    int horizonYears = 0;
    QStringList options;     ///< the options combined, in the order given
    double baselinePct = 0;  ///< the group's risk without them
    double relativeRisk = 1; ///< the product of the options' relative risks
    double combinedPct = 0;  ///< riskWithOptions(baselinePct, their relative risks)
    double arrPct = 0;       ///< baselinePct - combinedPct, unrounded
    std::optional<int> nnt;  ///< ceil(100 / arrPct); empty when arrPct <= 0
};

/// The combined effect of the options `optionIds` for one person, from the rows assess()
/// returned: relative risks multiplied (independence assumed) and applied once on the hazard
/// scale to the group's baseline risk. For a therapy-impact chart: current risk
/// (baselinePct), the risk with each option (baselinePct - arrPct of its row) and with the set
/// (combinedPct). Errors (InvalidInput, field = the option id): an id without a row, a row that
/// is not eligible or has no relative risk (arr_pct blank), options of different (model,
/// outcome, horizon) groups — never combined across models — and two alternatives of one
/// family (statin_moderate with statin_high; two of bp_one_drug, bp_two_drugs, bp_to_target;
/// dpp_lifestyle with dpp_metformin), whose effects overlap. An empty list is an error too.
[[nodiscard]] Result<CombinedEffect> combineOptions(const std::vector<OptionRow> &rows,
                                                    const QStringList &optionIds);

/// The relative risk on the hazard scale that turns baselinePct into withPct (both percent):
/// ln(1 - with/100) / ln(1 - baseline/100); 1 when baselinePct is not in (0, 100).
[[nodiscard]] double equivalentRelativeRisk(double baselinePct, double withPct);

/// ceil(100 / arrPct), or empty when arrPct <= 0.
[[nodiscard]] std::optional<int> numberNeededToTreat(double arrPct);

/// Sets `rank` on every eligible row with an arr_pct: 1, 2, ... by falling arr_pct within each
/// (model, outcome, horizon); ties keep row order. Other rows get no rank.
void rankRows(std::vector<OptionRow> &rows);

class OptionEngine
{
public:
    /// `models` (may be empty): models that replace an option's default model when they have
    /// an output with the option's outcome and horizon (the first such model wins).
    OptionEngine(const KnowledgeBase &kb,
                 const risk::RiskRegistry &registry,
                 std::vector<const risk::RiskModel *> models = {});

    /// One row per knowledge-base option, in knowledge-base order, then review rows; ranked.
    [[nodiscard]] std::vector<OptionRow> assess(const PatientContext &patient) const;

private:
    const KnowledgeBase &m_kb;
    const risk::RiskRegistry &m_registry;
    std::vector<const risk::RiskModel *> m_models;
};

} // namespace precis::therapy
