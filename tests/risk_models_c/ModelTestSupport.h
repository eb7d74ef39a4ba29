// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the group-C model tests.
#pragma once

#include "core/risk/RiskModel.h"

#include <QString>
#include <QTest>

#include <initializer_list>
#include <utility>

namespace precis::risk::testc {

using clinical::Snapshot;
using clinical::Var;

inline Snapshot snapshotOf(std::initializer_list<std::pair<Var, double>> values)
{
    Snapshot s;
    s.asOf = QDate(2026, 1, 1);
    for (const auto &[var, value] : values)
        s.set(var, value, QDate(2025, 12, 1));
    return s;
}

inline bool anyMessageContains(const OutcomeRow &row, const QString &needle)
{
    for (const QString &m : row.messages) {
        if (m.contains(needle))
            return true;
    }
    return false;
}

} // namespace precis::risk::testc

Q_DECLARE_METATYPE(precis::clinical::Snapshot)
