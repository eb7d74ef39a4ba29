// SPDX-License-Identifier: GPL-3.0-or-later
// The seam between the screens and the vault: what ui/ needs from an unlocked vault.
#pragma once

#include "core/common/Error.h"
#include "core/security/SecretBytes.h"
#include "core/store/Vault.h"

#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace precis::ui {

/// An unlocked vault as the screens see it. VaultSession adapts store::Vault; GUI tests use an
/// in-memory fake so that every ErrorCode and role combination can be shown without a KDF.
/// Permissions are enforced by the vault (core), never by these screens: a screen that is
/// hidden for a role is a convenience, the vault refusing is the control.
class Session
{
public:
    virtual ~Session() = default;

    [[nodiscard]] virtual const store::UserInfo &user() const = 0;
    [[nodiscard]] virtual bool isDemo() const = 0;
    [[nodiscard]] virtual QString path() const = 0;
    /// Every patient's summary; an audited chart read.
    [[nodiscard]] virtual Result<std::vector<store::PatientSummary>> listPatients() = 0;
    /// The vault's users and their roles (administrator only; Permission otherwise).
    [[nodiscard]] virtual Result<std::vector<store::UserInfo>> listUsers() = 0;
    [[nodiscard]] virtual int idleTimeoutMinutes() const = 0;
    [[nodiscard]] virtual Result<void> setIdleTimeoutMinutes(int minutes) = 0;
    /// Wipes the data key and closes the connection. The session is unusable afterwards.
    virtual void lock() = 0;
};

/// Opens a vault for one user. The password is moved in and wiped by its owner.
using Unlocker = std::function<Result<std::unique_ptr<Session>>(
    const QString &path, const QString &user, security::SecretBytes password)>;

/// The production unlocker: store::Vault::unlock wrapped in a Session.
[[nodiscard]] Unlocker vaultUnlocker();

} // namespace precis::ui
