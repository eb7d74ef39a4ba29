// SPDX-License-Identifier: GPL-3.0-or-later
// Kidney function helpers shared by the snapshot builder and the kidney risk models.
#pragma once

#include <QString>

namespace precis::clinical {

/// eGFR in mL/min/1.73 m2 by the CKD-EPI 2021 race-free creatinine equation (Inker et al.,
/// N Engl J Med 2021;385:1737, "2021 CKD-EPI creatinine" equation):
///   142 * min(Scr/k, 1)^a * max(Scr/k, 1)^-1.200 * 0.9938^age * 1.012 [female]
/// with k = 0.7 (female) / 0.9 (male) and a = -0.241 (female) / -0.302 (male).
/// `creatinineMgPerDl` is serum creatinine in mg/dL (IDMS-traceable), `ageYears` in years.
/// The caller validates the inputs (creatinine > 0, adult age); this function does not.
[[nodiscard]] double ckdEpi2021Egfr(double creatinineMgPerDl, double ageYears, bool female);

/// The KDIGO 2012 GFR category of an eGFR in mL/min/1.73 m2: "G1" (>= 90), "G2" (60-89),
/// "G3a" (45-59), "G3b" (30-44), "G4" (15-29), "G5" (< 15). Boundaries are inclusive at the
/// lower edge (60.0 is G2, 59.99 is G3a), as the KDIGO table is written for whole numbers.
[[nodiscard]] QString kdigoGfrCategory(double egfr);

} // namespace precis::clinical
