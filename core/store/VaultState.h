// SPDX-License-Identifier: GPL-3.0-or-later
// Rollback detection (issue #8 D1): the vault's own record of its state, how it is matched
// against the key file's authenticated record and this workstation's mark, and the transition
// that moves all three forward crash-safely. Store-internal.
#pragma once

#include "core/common/Error.h"
#include "core/security/KeySlotFile.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace precis::security {
class SecretBytes;
}

namespace precis::store {

class Database;

namespace detail {

/// The state as the vault records it (settings rows, written in the transaction of each
/// transition): the vault's id and epoch and the generation with the audit head at that
/// transition.
struct StoredVaultState
{
    QByteArray vaultId;
    quint32 epoch = 0;
    security::VaultState state;
};

/// nullopt for a vault written before issue #8 (no state rows yet).
[[nodiscard]] Result<std::optional<StoredVaultState>> readStoredState(Database &db);
[[nodiscard]] Result<void> writeStoredState(Database &db, const StoredVaultState &state);

/// How the vault's state relates to its key file's record.
enum class StateMatch {
    Legacy,    ///< neither file has a state yet (created before issue #8)
    Confirmed, ///< the vault is at the record's confirmed state
    Pending,   ///< the vault is at the record's pending state (its transition committed)
};

/// Damaged with reason VaultRolledBack ("the vault is older than its key file ..."),
/// KeyFileRolledBack ("the key file is older than the vault ...") or KeyFileFromOtherVersion
/// (different vault, or different histories at the same generation).
[[nodiscard]] Result<StateMatch>
matchState(const std::optional<StoredVaultState> &vault,
           const std::optional<security::VaultStateRecord> &record);

/// The vault's audit chain still holds the row its state records (a rollback of the pages
/// holding the newest audit rows is caught here). Damaged/VaultRolledBack otherwise.
[[nodiscard]] Result<void> checkChainAtState(Database &db, const StoredVaultState &state);

/// The vault is not older than what this workstation has seen of it (D1b): a lower epoch, a
/// lower generation in the same epoch, or a chain that no longer holds the seen row is
/// Damaged/RolledBackOnWorkstation.
[[nodiscard]] Result<void> checkWorkstation(Database &db, const StoredVaultState &state);

using SlotChange = std::function<Result<void>(security::KeySlotFile &)>;
using VaultWork = std::function<Result<void>(Database &)>;

struct TransitionOptions
{
    bool updateWorkstation = true; ///< false while verifying a staged backup
    bool newEpoch = false;         ///< restore: epoch = max(epoch, minimumEpoch - 1) + 1
    quint32 minimumEpoch = 0;
};

/// One state transition of the vault at `vaultPath` (open as `db`, keyed with the committed
/// `dataKey`):
///  1. BEGIN IMMEDIATE (no other transition can interleave), load VAULT.keys, check that the
///     vault is at the record's confirmed or pending state (an interrupted earlier change that
///     never reached the vault is audited as "interrupted-change");
///  2. apply `changeSlots` to the freshly loaded key file and run `work` (its audit rows) in the
///     transaction; the new state is generation + 1 with the audit head after `work`;
///  3. save the key file with the change and {confirmed: old, pending: new};
///  4. COMMIT the vault;
///  5. save the key file with {confirmed: new}, and raise this workstation's mark.
/// A crash after 3 leaves the vault at the confirmed state, after 4 at the pending one: both
/// open. Failures in step 5 are only logged (the vault is at the pending state, accepted).
[[nodiscard]] Result<StoredVaultState> commitTransition(const QString &vaultPath,
                                                        Database &db,
                                                        const security::SecretBytes &dataKey,
                                                        const SlotChange &changeSlots,
                                                        const VaultWork &work,
                                                        const TransitionOptions &options = {});

} // namespace detail
} // namespace precis::store
