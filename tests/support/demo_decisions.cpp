// SPDX-License-Identifier: GPL-3.0-or-later
// precis-demo-decisions DEMO_VAULT RECORD_NO: records a few treatment decisions on one patient
// of a demo vault as demo-physician, the way the Options view records them (the chart's facts as
// of today, the engine's rows), so that .ci/screenshots can show decisions and their history.
// Demo vaults only (synthetic patients); never installed.
#include "core/clinical/SnapshotAssembly.h"
#include "core/risk/RiskRegistry.h"
#include "core/security/SecretBytes.h"
#include "core/store/ChartRecords.h"
#include "core/store/Decisions.h"
#include "core/store/DemoCohort.h"
#include "core/store/Genotypes.h"
#include "core/store/PatientRecords.h"
#include "core/store/Vault.h"
#include "core/therapy/DecisionRecord.h"
#include "core/therapy/OptionEngine.h"
#include "ui/chart/OptionsView.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace precis;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (args.size() != 3) {
        err << "usage: precis-demo-decisions DEMO_VAULT RECORD_NO\n";
        return 1;
    }
    auto vault = store::Vault::unlock(
        args[1],
        QString::fromLatin1(store::kDemoPhysician),
        security::SecretBytes::fromUtf8(QStringLiteral("precis-demo-password")));
    if (!vault || !(*vault)->isDemo()) {
        err << "precis-demo-decisions: not a demo vault\n";
        return 1;
    }
    auto patient = store::findPatientByRecordNumber(**vault, args[2]);
    const QDate today = QDate::currentDate();
    auto details = patient ? store::patientDetails(**vault, patient->id)
                           : Result<store::PatientDetails>(tl::unexpected(patient.error()));
    auto snapshot = patient ? store::patientSnapshot(**vault, patient->id, today)
                            : Result<clinical::Snapshot>(tl::unexpected(patient.error()));
    const auto kb = therapy::loadKnowledgeBase();
    if (!details || !snapshot || !kb) {
        err << "precis-demo-decisions: the patient's chart could not be read\n";
        return 1;
    }
    clinical::deriveMissing(*snapshot);
    risk::RiskRegistry registry;
    risk::registerStandardModels(registry);
    therapy::ChartFacts facts = ui::chartFacts(*details, *snapshot);
    // With the stored pharmacogenomic results, as the chart hands them to the Options view.
    auto genotypes = store::patientGenotypes(**vault, patient->id);
    if (!genotypes) {
        err << "precis-demo-decisions: the patient's genotypes could not be read\n";
        return 1;
    }
    for (const store::StoredGenotype &g : *genotypes)
        facts.genotypes.push_back({g.result.gene, g.result.diplotype, g.result.phenotype});
    const auto rows = therapy::OptionEngine(*kb, registry).assess(therapy::contextFromChart(facts));
    // The first group's ranked options: the first accepted (after an earlier deferral, so the
    // history shows), the second declined, the third deferred.
    struct Step
    {
        int rank;
        store::Decision decision;
        const char *reason;
    };
    const Step steps[] = {
        {1, store::Decision::Defer, "Repeat lipids in 6 weeks first"},
        {1, store::Decision::Accept, "Discussed benefits and side effects; patient agrees"},
        {2, store::Decision::Decline, "Patient prefers one new medicine at a time"},
        {3, store::Decision::Defer, "Review at next visit"},
    };
    const QString group = rows.empty() ? QString() : rows.front().model;
    int recorded = 0;
    for (const Step &s : steps) {
        for (const therapy::OptionRow &r : rows) {
            if (r.model != group || r.rank != s.rank)
                continue;
            auto id = store::recordDecision(
                **vault,
                {patient->id,
                 r.option,
                 s.decision,
                 QString::fromUtf8(s.reason),
                 kb->version,
                 therapy::decisionInputsToJson(facts),
                 therapy::recommendationToJson(r, therapy::modelVersion(registry, r.model))});
            if (!id) {
                err << "precis-demo-decisions: " << id.error().message() << "\n";
                return 1;
            }
            ++recorded;
        }
    }
    QTextStream(stdout) << recorded << " decisions recorded\n";
    return 0;
}
