// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clinical/MedicationClasses.h"

#include <array>

namespace precis::clinical {

namespace {

constexpr std::array<QLatin1StringView, 2> kStatin
    = {QLatin1StringView("C10AA"), QLatin1StringView("C10B")};
constexpr std::array<QLatin1StringView, 5> kAntihypertensive = {QLatin1StringView("C02"),
                                                                QLatin1StringView("C03"),
                                                                QLatin1StringView("C07"),
                                                                QLatin1StringView("C08"),
                                                                QLatin1StringView("C09")};

void applyClass(Snapshot &s, Var var, DrugClass drugClass, const std::vector<MedicationSpan> &meds)
{
    const QDate asOf = s.asOf;
    std::optional<QDate> currentSince;
    std::optional<QDate> lastStop;
    for (const MedicationSpan &m : meds) {
        if (!inDrugClass(drugClass, m.atc))
            continue;
        if (m.started.isValid() && m.started > asOf)
            continue; // not started yet on asOf
        if (m.stopped && *m.stopped <= asOf) {
            if (!lastStop || *m.stopped > *lastStop)
                lastStop = *m.stopped;
            continue;
        }
        const QDate since = m.started.isValid() ? m.started : asOf;
        if (!currentSince || since > *currentSince)
            currentSince = since;
    }
    if (currentSince) {
        s.set(var, 1, *currentSince);
        return;
    }
    if (lastStop) {
        const bool typedLater = s.has(var) && s.dates[index(var)] > *lastStop;
        if (!typedLater)
            s.set(var, 0, *lastStop);
    }
}

} // namespace

bool inDrugClass(DrugClass drugClass, QStringView atc)
{
    const QString code = atc.trimmed().toString().toUpper();
    const auto matches = [&](const auto &prefixes) {
        for (QLatin1StringView p : prefixes) {
            if (code.startsWith(p))
                return true;
        }
        return false;
    };
    return drugClass == DrugClass::Statin ? matches(kStatin) : matches(kAntihypertensive);
}

void applyMedicationFlags(Snapshot &snapshot, const std::vector<MedicationSpan> &medications)
{
    applyClass(snapshot, Var::Statin, DrugClass::Statin, medications);
    applyClass(snapshot, Var::BpTreated, DrugClass::Antihypertensive, medications);
}

} // namespace precis::clinical
