// SPDX-License-Identifier: GPL-3.0-or-later
// What this workstation has seen of each vault: the rollback high-water mark of issue #8 D1b.
#pragma once

#include "core/common/Error.h"
#include "core/security/KeySlotFile.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace precis::store {

/// The newest state of one vault seen on this workstation.
struct SeenVaultState
{
    quint32 epoch = 0;
    security::VaultState state;
};

/// Rolling back the vault and its key file together passes every check the two files can make
/// of each other. Each workstation therefore remembers, per OS user, the newest state it has
/// seen of each vault (by the vault's random id) and refuses an older one. The file lives in
/// per-user application data (QStandardPaths::GenericDataLocation + "/precis/seen-vaults.json",
/// mode 0600) and holds no patient data: vault ids, epochs, generations, audit row counts and
/// audit hashes only. It is not a secret and not authenticated: deleting it forgets the marks.
/// Read-modify-write runs under a DirectoryLock, and a mark only ever rises.
class WorkstationStates
{
public:
    [[nodiscard]] static QString defaultPath();
    /// nullopt when this workstation never saw the vault. A damaged file is Damaged.
    [[nodiscard]] static Result<std::optional<SeenVaultState>>
    lookup(const QByteArray &vaultId, const QString &path = defaultPath());
    /// Records `seen` unless the stored mark is newer (higher epoch, or the same epoch and a
    /// higher or equal generation).
    [[nodiscard]] static Result<void> raise(const QByteArray &vaultId,
                                            const SeenVaultState &seen,
                                            const QString &path = defaultPath());
};

} // namespace precis::store
