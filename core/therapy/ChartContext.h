// SPDX-License-Identifier: GPL-3.0-or-later
// The option engine's PatientContext built from what a patient's chart holds (issue #10, "For
// a patient"): the chart's snapshot, the current medication list, the allergies and
// intolerances, and the safety facts. Plain inputs, so that core/therapy stays independent of
// core/store; the chart view and any vault-based command map their records onto these.
#pragma once

#include "core/therapy/PatientContext.h"

#include <optional>
#include <vector>

namespace precis::therapy {

/// One current (not stopped) medication as recorded: generic name and/or WHO ATC code.
struct ChartMedication
{
    QString name;
    QString atc;
};

/// One allergy or intolerance as recorded (free-text substance and reaction).
struct ChartAllergy
{
    QString substance;
    QString reaction;
    bool intolerance = false;
};

/// One stored pharmacogenomic result (store::GenotypeResult's text): the gene symbol as
/// printed, the diplotype and the CPIC phenotype term.
struct ChartGenotype
{
    QString gene;      ///< "CYP2C19", "VKORC1", "CYP2D6"
    QString diplotype; ///< "*2/*2"; VKORC1 may carry the rs9923231 bases ("C/T")
    QString phenotype; ///< CPIC term ("Poor Metabolizer"); VKORC1 may read "GA"
};

struct ChartFacts
{
    Snapshot snapshot; ///< as the chart's dashboard scores it (derived values included)
    std::vector<ChartMedication> medications; ///< current ones only
    std::vector<ChartAllergy> allergies;
    std::optional<bool> pregnant;
    std::optional<bool> acsPci;
    std::optional<bool> mechanicalValve;
    std::optional<bool> mitralStenosis;
    std::optional<bool> dialysis;
    std::optional<bool> priorDka;
    std::optional<bool> mtcMen2;
    std::vector<ChartGenotype> genotypes; ///< the current result per gene
};

/// The intolerance token (intoleranceTokens()) a recorded allergy or intolerance maps to, or
/// empty when none does. Matches the token itself in words ("statin", "SGLT2 inhibitor",
/// plural too), a few synonyms ("acetylsalicylic acid", "GLP-1 receptor agonist"), and a
/// recognised drug by generic name or ATC code through its class (e.g. "atorvastatin" or
/// "C10AA05" -> statin). An ACE inhibitor maps to ace_inhibitor_angioedema only when the
/// reaction names angioedema; otherwise (e.g. cough) to nothing, as an ARB stays possible.
[[nodiscard]] QString intoleranceToken(const ChartAllergy &allergy);

/// The PatientContext for the chart. Medications: recognised by ATC code first, then by name;
/// unrecognised ones are listed by their name (or code). Intolerances: every allergy or
/// intolerance that maps to a token (an allergy rules an option out as much as an
/// intolerance does), each token once. Dialysis sets Var::Dialysis when the snapshot lacks
/// it. Pharmacogenomic phenotypes: each stored result of a gene the options use becomes its
/// token through the one CPIC-term table (PgxTerms.h, phenotypeTokenFor: an unknown term is
/// "indeterminate", never normal); genes the options do not use (CYP2D6, HLA-B) are left out,
/// and a gene without a result stays blank (not tested).
[[nodiscard]] PatientContext contextFromChart(const ChartFacts &facts);

} // namespace precis::therapy
