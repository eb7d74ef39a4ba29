// SPDX-License-Identifier: GPL-3.0-or-later
// The synthetic demo cohort behind `precis-cli demo create` and the README quick start.
#pragma once

#include "core/common/Error.h"

#include <QString>

namespace precis::store {

class Vault;

struct DemoOptions
{
    int patients = 600;             ///< at least 500 for `demo create`
    quint64 seed = 20261125;        ///< fixed: the same cohort on every machine
    int observationsPerPatient = 0; ///< 0: several visits of the usual panel; >0: exactly this many
};

inline constexpr const char *kDemoNurse = "demo-nurse";
inline constexpr const char *kDemoPhysician = "demo-physician";
inline constexpr const char *kDemoAdmin = "demo-admin";

/// Creates a demo vault at `path` (marked demo; synthetic data only) with the users demo-nurse,
/// demo-physician and demo-admin, each with the password `precis-demo-password`, and fills it
/// with a synthetic cohort. Returns the number of patients written.
[[nodiscard]] Result<int> createDemoVault(const QString &path, const DemoOptions &options = {});

/// Appends `options.patients` synthetic patients to an unlocked vault in one transaction per
/// 1,000 patients (bulk path; one audit row per batch). The vault must be a demo vault or the
/// caller a test/benchmark. Returns the number of observations written.
[[nodiscard]] Result<qint64> generateSyntheticPatients(Vault &vault, const DemoOptions &options);

} // namespace precis::store
