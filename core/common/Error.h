// SPDX-License-Identifier: GPL-3.0-or-later
// Structured errors for core: a code, the field or line, the offending value and a detail.
#pragma once

#include <QString>

#include <tl/expected.hpp>

namespace precis {

/// Broad classes of failure; the CLI maps them to exit codes and ui/ words them.
enum class ErrorCode {
    InvalidInput,   ///< a value is missing, malformed or out of range (field names it)
    Unsupported,    ///< the request is valid but outside what the code supports
    Authentication, ///< wrong user name or password, or throttled
    Permission,     ///< the signed-in user's roles do not allow this
    Damaged,        ///< a file is damaged, or the audit chain is broken
    NotFound,       ///< a file, user or record does not exist
    Io,             ///< the operating system refused a read or write
    Internal,       ///< a check that cannot fail failed; show no number
};

/// A finer reason within a code, for the failures a screen words differently (issue #8). The GUI
/// chooses its sentence by code and reason, never by matching the English `detail`.
enum class ErrorReason {
    None,
    Throttled,               ///< too many failed unlocks; Error::retryAfterSeconds says when
    ThrottleFileDamaged,     ///< VAULT.auth cannot be read
    VaultMissing,            ///< no file at the vault path
    KeyFileMissing,          ///< VAULT.keys is missing
    KeyFileDamaged,          ///< VAULT.keys fails a checksum or its structure
    KeyFileFromOtherVersion, ///< VAULT.keys and VAULT come from different key rotations
    VaultRolledBack,         ///< VAULT is older than the state its key file records
    KeyFileRolledBack,       ///< VAULT.keys is older than the vault
    RolledBackOnWorkstation, ///< both files older than the newest state this workstation saw
    NotAVault,               ///< the file is not a Precis vault (empty, plain SQLite, other data)
    VaultDamaged,            ///< a page of the vault fails its HMAC, or the header
    InterruptedRestore,      ///< a restore was interrupted and cannot be finished
    PasswordChangeRequired,  ///< an administrator set this password: the user must choose their own
    RoleRequired,      ///< the signed-in user lacks the role the action needs (e.g. physician)
    Cancelled,         ///< the user cancelled a long operation; nothing was changed
    PhysicianRequired, ///< a treatment decision: only a physician may record it (issue #10)
};

/// Why an operation failed. Core never words errors for the user beyond a plain English
/// detail; `field` names the input field, column or line, `value` the offending value.
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString field;
    QString value;
    QString detail;
    ErrorReason reason = ErrorReason::None;
    /// With ErrorReason::Throttled: seconds until the next attempt is allowed.
    qint64 retryAfterSeconds = 0;

    /// This error with `r` as its reason.
    [[nodiscard]] Error withReason(ErrorReason r) const
    {
        Error e = *this;
        e.reason = r;
        return e;
    }

    /// One-line English summary for logs of identifiers and for the CLI.
    [[nodiscard]] QString message() const
    {
        QString text = detail;
        if (!field.isEmpty())
            text = field + QStringLiteral(": ") + text;
        return text;
    }
};

template <typename T>
using Result = tl::expected<T, Error>;

[[nodiscard]] inline tl::unexpected<Error>
fail(ErrorCode code, QString detail, QString field = {}, QString value = {})
{
    return tl::unexpected<Error>(
        Error{code, std::move(field), std::move(value), std::move(detail)});
}

/// fail() with a reason.
[[nodiscard]] inline tl::unexpected<Error>
fail(ErrorReason reason, ErrorCode code, QString detail, QString field = {}, QString value = {})
{
    Error e{code, std::move(field), std::move(value), std::move(detail)};
    e.reason = reason;
    return tl::unexpected<Error>(std::move(e));
}

} // namespace precis
