// SPDX-License-Identifier: GPL-3.0-or-later
// The unit conversions Precis uses, and no others (issue #4; clinical.md §4.2).
#pragma once

namespace precis::clinical::units {

inline constexpr double kCholesterolMgdlPerMmol = 38.67; // cholesterol mmol/L -> mg/dL
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
