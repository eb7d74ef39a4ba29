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

/// Why an operation failed. Core never words errors for the user beyond a plain English
/// detail; `field` names the input field, column or line, `value` the offending value.
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString field;
    QString value;
    QString detail;

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

} // namespace precis
