// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/ChartSnapshot.h"

#include "core/clinical/MedicationClasses.h"

#include <algorithm>

namespace precis::store {

std::vector<qint64> supersededIds(const std::vector<ObservationRow> &rows)
{
    std::vector<qint64> ids;
    for (const ObservationRow &o : rows) {
        if (o.supersedes)
            ids.push_back(*o.supersedes);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

clinical::Snapshot snapshotFromRecords(const PatientSummary &patient,
                                       const std::vector<ObservationRow> &rows,
                                       const std::vector<Medication> &medications,
                                       const std::vector<SafetyFactAnswer> &answers,
                                       QDate asOf)
{
    // The same steps as patientSnapshot() (PatientRecords.cpp), on rows already read.
    const std::vector<qint64> superseded = supersededIds(rows);
    clinical::Snapshot s;
    s.asOf = asOf;
    for (const ObservationRow &o : rows) {
        if (o.effective > asOf || std::binary_search(superseded.begin(), superseded.end(), o.id))
            continue;
        const auto i = clinical::index(o.variable);
        if (!s.values[i] || s.dates[i] <= o.effective)
            s.set(o.variable, o.value, o.effective);
    }
    const QDate dob = patient.dateOfBirth;
    if (dob.isValid() && asOf.isValid() && dob <= asOf) {
        int age = asOf.year() - dob.year();
        if (asOf < dob.addYears(age))
            --age;
        s.set(clinical::Var::Age, age, asOf);
    }
    s.set(clinical::Var::Sex, patient.sex == QLatin1String("male") ? 1 : 0, asOf);
    std::vector<clinical::MedicationSpan> spans;
    spans.reserve(medications.size());
    for (const Medication &m : medications)
        spans.push_back({m.atc, m.started, m.stopped});
    clinical::applyMedicationFlags(s, spans);
    mergeSafetyFacts(s, answers);
    return s;
}

void mergeSafetyFacts(clinical::Snapshot &s, const std::vector<SafetyFactAnswer> &answers)
{
    for (const SafetyFactAnswer &a : answers) {
        std::optional<clinical::Var> v;
        if (a.fact == SafetyFact::BleedingHistory)
            v = clinical::Var::BleedingHistory;
        else if (a.fact == SafetyFact::Dialysis)
            v = clinical::Var::Dialysis;
        if (!v || !a.effective.isValid() || a.effective > s.asOf)
            continue;
        if (!s.has(*v) || s.dates[clinical::index(*v)] <= a.effective)
            s.set(*v, a.value ? 1 : 0, a.effective);
    }
}

} // namespace precis::store
