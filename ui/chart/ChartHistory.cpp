// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/ChartHistory.h"

#include "core/clinical/SnapshotAssembly.h"
#include "core/store/ChartSnapshot.h"

#include <algorithm>
#include <set>

namespace precis::ui {

clinical::Snapshot ChartHistory::snapshotAsOf(QDate asOf) const
{
    clinical::Snapshot s
        = store::snapshotFromRecords(patient, observations, medications, safetyAnswers, asOf);
    clinical::deriveMissing(s);
    return s;
}

std::vector<QDate> ChartHistory::visitDates() const
{
    const std::vector<qint64> superseded = store::supersededIds(observations);
    std::set<QDate> dates;
    for (const store::ObservationRow &o : observations) {
        if (!std::binary_search(superseded.begin(), superseded.end(), o.id)
            && o.effective.isValid())
            dates.insert(o.effective);
    }
    return {dates.begin(), dates.end()};
}

} // namespace precis::ui
