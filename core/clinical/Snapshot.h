// SPDX-License-Identifier: GPL-3.0-or-later
// A patient's values as of a date: the input of every risk model.
#pragma once

#include "core/clinical/Variable.h"

#include <QDate>

#include <array>
#include <optional>

namespace precis::clinical {

/// The latest value of each variable as of `asOf`, in canonical units (see Var), with the
/// date it was recorded. A default-constructed snapshot knows nothing. Value type; cheap to
/// copy (no heap), so what-if and explanation code copies and edits it freely.
struct Snapshot
{
    QDate asOf;
    std::array<std::optional<double>, kVarCount> values{};
    std::array<QDate, kVarCount> dates{};

    [[nodiscard]] std::optional<double> get(Var v) const { return values[index(v)]; }
    [[nodiscard]] bool has(Var v) const { return values[index(v)].has_value(); }
    void set(Var v, double value, QDate date = {})
    {
        values[index(v)] = value;
        dates[index(v)] = date;
    }
    void clear(Var v)
    {
        values[index(v)].reset();
        dates[index(v)] = QDate();
    }
};

} // namespace precis::clinical
