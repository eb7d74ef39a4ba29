// SPDX-License-Identifier: GPL-3.0-or-later
// The unit conversions Precis uses, and no others (issue #4 fixes these constants). Each factor is
// the molar mass of the analyte (IUPAC standard atomic weights) in the unit pair named:
// cholesterol C27H46O 386.65 g/mol -> 38.67 mg/dL per mmol/L; glucose C6H12O6 180.16 g/mol ->
// 18.0 (rounded, as clinical laboratories use it); creatinine C4H7N3O 113.12 g/mol -> 88.4
// umol/L per mg/dL, and 1 mg/mmol creatinine = 1 mg / 113.12 mg = 8.84 mg/g (UACR); calcium
// 40.08 g/mol -> 4.008 mg/dL per mmol/L; phosphate as phosphorus, 30.97 g/mol -> 3.097.
// HbA1c: the IFCC-NGSP master equation, NGSP % = 0.09148 x IFCC mmol/mol + 2.152 (Hoelzel W
// et al., Clin Chem 2004;50:166-74), used in its rounded form NGSP = 0.0915 x IFCC + 2.15,
// i.e. IFCC = (NGSP - 2.15) x 10.929.
// Total, HDL and LDL cholesterol are all amounts of cholesterol (LDL-C is the cholesterol carried
// in low-density lipoprotein, not the particle's mass), so the one cholesterol factor converts
// each of them. Potassium has no conversion: Precis stores and accepts mmol/L only; a laboratory
// reporting mEq/L gives the same number, since K+ carries a single charge (1 mEq = 1 mmol).
#pragma once

namespace precis::clinical::units {

inline constexpr double kCholesterolMgdlPerMmol = 38.67; // TC, HDL-C, LDL-C mmol/L -> mg/dL
inline constexpr double kGlucoseMgdlPerMmol = 18.0;      // glucose mmol/L -> mg/dL
inline constexpr double kCreatinineUmolPerMgdl = 88.4;   // creatinine mg/dL -> umol/L
inline constexpr double kUacrMggPerMgmmol = 8.84;        // UACR mg/mmol -> mg/g
inline constexpr double kCalciumMgdlPerMmol = 4.008;     // calcium mmol/L -> mg/dL
inline constexpr double kPhosphateMgdlPerMmol = 3.097;   // phosphate mmol/L -> mg/dL
inline constexpr double kAlbuminGlPerGdl = 10.0;         // albumin g/dL -> g/L

/// HbA1c: IFCC mmol/mol from NGSP %.
[[nodiscard]] constexpr double hba1cMmolPerMolFromPercent(double percent)
{
    return (percent - 2.15) * 10.929;
}
/// HbA1c: NGSP % from IFCC mmol/mol.
[[nodiscard]] constexpr double hba1cPercentFromMmolPerMol(double mmolPerMol)
{
    return mmolPerMol / 10.929 + 2.15;
}

} // namespace precis::clinical::units
