// SPDX-License-Identifier: GPL-3.0-or-later
// The synthetic demo cohort behind `precis-cli demo create` and the README quick start, and the
// bulk generator the benchmarks and size tests use.
#pragma once

#include "core/common/Error.h"

#include <QDate>
#include <QString>

namespace precis::store {

class Vault;

struct DemoOptions
{
    int patients = 600;      ///< at least 500 for `demo create`
    quint64 seed = 20261125; ///< fixed: the same cohort on every machine
    /// createDemoVault: 0 = the demo cohort (writeDemoCohort), > 0 = the bulk shape.
    /// generateSyntheticPatients: 0 = a few visits of the usual panel, > 0 = exactly this many
    /// observations per patient.
    int observationsPerPatient = 0;
};

inline constexpr const char *kDemoNurse = "demo-nurse";
inline constexpr const char *kDemoPhysician = "demo-physician";
inline constexpr const char *kDemoAdmin = "demo-admin";

/// The demo cohort's "today", 2026-11-30: every visit is on or before it, the latest visit of
/// each patient within the year before it, and ages (25 to 90) are given as of it. Fixed, so
/// the cohort is the same whenever it is generated.
[[nodiscard]] QDate demoReferenceDate();

/// Creates a demo vault at `path` (marked demo; synthetic data only) with the users demo-nurse,
/// demo-physician and demo-admin, each with the password `precis-demo-password`, and fills it
/// with writeDemoCohort (as demo-nurse), or with generateSyntheticPatients when
/// options.observationsPerPatient > 0. Returns the number of patients written. The new file is
/// written without fsync after each visit (a crash leaves a half-built demo vault to delete,
/// never a damaged real one) and synced once at the end.
[[nodiscard]] Result<int> createDemoVault(const QString &path, const DemoOptions &options = {});

/// Writes the demo cohort into a vault without patients through the chart API (addPatient,
/// saveVisit, correctObservation), as an intake would (a second call fails on the first record
/// number, which is already in use): record numbers DEMO-000001 on, both sexes, ages 25-90, every
/// QRISK3 ethnicity and PCE race, visits up to ten years long, medication lists with start and stop
/// dates (statin and antihypertensive starts), allergies (statin intolerance, ACE-inhibitor
/// angioedema), the treatment-option safety facts, and corrections with reasons. Some charts
/// lack an input on purpose (no lipids, one BP reading, history not taken, smoking amount
/// unknown, race declined) so that models refuse. Patient i depends only on options.seed and
/// i, never on options.patients or the time of generation (except the recorded_at times).
/// The signed-in user needs a clinical role. Returns the number of patients written.
[[nodiscard]] Result<int> writeDemoCohort(Vault &vault, const DemoOptions &options);

/// Stores the demo's pharmacogenomic results (typed in, synthetic): DEMO-000002 CYP2C19 *2/*2
/// Poor Metabolizer and SLCO1B1 *1/*5 Decreased Function; DEMO-000003 CYP2C19 Indeterminate
/// (rs12248560 untested) and SLCO1B1 *1/*1 Normal Function; the first patient on simvastatin
/// SLCO1B1 *5/*5 Poor Function. createDemoVault calls it as demo-physician after the cohort
/// (the chart rows the cohort's digest covers are unchanged). Physician only. Returns the
/// number of patients given a result.
[[nodiscard]] Result<int> writeDemoGenotypes(Vault &physician);

/// The demo's tumour import (synthetic): DEMO-000004, a lung adenocarcinoma (OncoTree LUAD)
/// with EGFR L858R (c.2573T>G, NC_000007.14:g.55191822T>G) in a one-record somatic VCF generated
/// here; the variant placed with the shipped tumour knowledge and stored as an import with
/// `--tumour-type LUAD` stores it (file SHA-256 of the generated text, sample TUMOR). Physician
/// only; createDemoVault calls it after writeDemoGenotypes. Returns the number of findings.
[[nodiscard]] Result<int> writeDemoTumour(Vault &physician);

/// Bulk path for benchmarks and size tests: appends `options.patients` synthetic patients with
/// plain observations in one transaction per 1,000 patients (one audit row per batch). The
/// vault must be a demo vault or the caller a test/benchmark. Returns the number of
/// observations written.
[[nodiscard]] Result<qint64> generateSyntheticPatients(Vault &vault, const DemoOptions &options);

} // namespace precis::store
