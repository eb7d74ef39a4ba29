// SPDX-License-Identifier: GPL-3.0-or-later
// What "Record assessment" stores: every model shown with its id, version, the exact inputs
// (value and date) and every result row, so that the assessment reopens exactly as shown.
#pragma once

#include <QByteArray>
#include <QString>

namespace precis::ui {

struct DashboardState;

[[nodiscard]] QByteArray assessmentJson(const DashboardState &state, const QString &regionToken);

} // namespace precis::ui
