// SPDX-License-Identifier: GPL-3.0-or-later
// Tumour-guided options (issue #11, "Tumour variants": "shown as options a physician can accept
// or decline like any other"): the stored tumour findings of a patient as option rows that the
// existing decision mechanism records (store::recordDecision) and `precis-cli replay`
// re-derives.
//
// Option id: "tumour:GENE:PROTEIN:THERAPY", e.g. "tumour:BRAF:p.V600E:dabrafenib + trametinib"
// (HGNC symbol, HGVS protein as the knowledge writes it, therapy as the knowledge names it with
// combinations joined by " + "). One row per gene, protein and therapy:
// - a sensitivity finding makes a candidate row (eligible), with its context (on-label,
//   tissue-agnostic, other-tumour), level and citations;
// - a resistance finding against the therapy — from this variant, or from another variant
//   whose therapy is part of it (KRAS G12D's resistance to cetuximab against encorafenib +
//   cetuximab) — is a warning on the candidate row, which is then not eligible;
// - a resistance finding without a sensitivity finding for the same variant and therapy is a
//   row of its own (not eligible), so that the warning can be acknowledged.
// No rank, ARR or NNT: the evidence predicts response of the tumour to a drug; it is not an
// effect on the outcome of a Precis risk model, so there is nothing to subtract (a row's reasons
// say so).
#pragma once

#include "core/genomics/TumourMatcher.h"
#include "core/risk/AssessmentReplay.h"
#include "core/therapy/DecisionRecord.h"
#include "core/therapy/OptionEngine.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

#include <vector>

namespace precis::therapy {

/// "tumour:GENE:PROTEIN:THERAPY".
[[nodiscard]] QString
tumourOptionId(const QString &gene, const QString &protein, const QString &therapy);

/// True for an id tumourOptionId() made (starts with "tumour:").
[[nodiscard]] bool isTumourOption(QStringView optionId);

/// One tumour-guided option with what the chart shows beside the common row.
struct TumourOption
{
    OptionRow row; ///< option, eligible, level, citation, reasons; no model, rank, ARR or NNT
    QString gene;
    QString protein;
    QString variant; ///< TumourFinding::variantText()
    QString therapy;
    genomics::TumourEffect effect = genomics::TumourEffect::Sensitivity; ///< of the row
    genomics::TumourContext context = genomics::TumourContext::OtherTumour;
    QStringList tumourTypes;
    QStringList warnings; ///< the resistance findings against the therapy (English)
};

/// The option rows for a patient's findings (in the matcher's order: file order, then context,
/// then therapy), candidate rows first, then resistance-only rows.
[[nodiscard]] std::vector<TumourOption>
tumourOptions(const QList<genomics::TumourFinding> &findings);

/// What a tumour decision's recommendation is derived from.
struct TumourInputs
{
    QString tumourType;
    QString oncotreeRelease;
    QList<genomics::MinimalAllele> alleles; ///< each once, in the findings' order
};

/// Canonical JSON of the inputs (compact, keys sorted): the tumour type, the OncoTree release
/// and the distinct alleles of the findings. Stored as a decision's `inputs`; replay places the
/// alleles again.
[[nodiscard]] QByteArray tumourInputsToJson(const QString &tumourType,
                                            const QString &oncotreeRelease,
                                            const QList<genomics::TumourFinding> &findings);

/// Reads what tumourInputsToJson wrote. InvalidInput (field = JSON path) otherwise.
[[nodiscard]] Result<TumourInputs> tumourInputsFromJson(const QByteArray &json);

/// Re-derives a tumour option's row from the stored inputs with the shipped knowledge and
/// OncoTree (each allele placed again against the tumour type) and lists every difference from
/// the stored row; empty when all agree. Reported: inputs whose hash is not the stored one; a
/// knowledge version or OncoTree release this program does not hold; unreadable JSON; an option
/// no longer derived; a differing eligibility, level, citation or reason, or any rank, ARR, NNT
/// or model where none belongs.
[[nodiscard]] std::vector<risk::ReplayDifference>
replayTumourRecommendation(const genomics::TumourKnowledge &knowledge,
                           const genomics::OncoTree &tree,
                           const RecommendationRecord &record);

} // namespace precis::therapy
