// SPDX-License-Identifier: GPL-3.0-or-later
// precis-cli replay VAULT --as NAME (issue #10): re-derives every stored treatment
// recommendation and recorded assessment from its stored inputs with the models and knowledge
// base in this program, and names every one that differs. Roles, the audit row and the
// comparison are core's (store::readForReplay, therapy::replayRecommendation,
// risk::replayAssessment); this file parses arguments and prints.
#include "CliCommands.h"
#include "CliSupport.h"

#include "core/risk/AssessmentReplay.h"
#include "core/store/ReplaySource.h"
#include "core/therapy/DecisionRecord.h"
#include "core/therapy/TumourOptions.h"

#include <QTextStream>

namespace precis::cli {

namespace {

void printDifferences(QTextStream &out,
                      const QString &what,
                      const std::vector<risk::ReplayDifference> &differences)
{
    if (differences.empty()) {
        out << what << ": agrees\n";
        return;
    }
    out << what << ": DIFFERS\n";
    for (const risk::ReplayDifference &d : differences)
        out << "  " << d.field << ": stored '" << d.stored << "', now '" << d.now << "'\n";
}

} // namespace

int runReplay(const QStringList &args)
{
    const ParsedArgs a = parseArgs(args, {QStringLiteral("as")});
    if (!a.error.isEmpty())
        return usage(a.error);
    if (a.positional.size() != 1 || a.option(QStringLiteral("as")).isEmpty())
        return usage(QStringLiteral("replay VAULT --as NAME"));
    if (!selfTest())
        return ExitError;
    risk::RiskRegistry registry;
    risk::registerStandardModels(registry);
    // Every released knowledge-base version: each decision replays with its own.
    const Result<therapy::KnowledgeBases> kbs = therapy::loadKnowledgeBases();
    if (!kbs)
        return report(kbs.error());
    SecretReader secrets(a.passwordStdin);
    Session s = signIn(a.positional[0], a, secrets);
    if (!s.vault)
        return s.exitCode;
    const Result<store::ReplayRecords> records = store::readForReplay(*s.vault);
    if (!records)
        return report(records.error());

    QTextStream out(stdout);
    int differing = 0;
    // Tumour-guided options (therapy/TumourOptions.h) re-derive from the tumour knowledge.
    const Result<genomics::TumourKnowledge> tumourKnowledge = genomics::loadTumourKnowledge();
    const Result<genomics::OncoTree> oncotree = genomics::loadOncoTree();
    if (!tumourKnowledge || !oncotree)
        return report(!tumourKnowledge ? tumourKnowledge.error() : oncotree.error());
    for (const store::RecordedDecision &d : records->decisions) {
        const therapy::RecommendationRecord record{
            d.optionId, d.knowledgeBaseVersion, d.inputsSha256, d.inputs, d.recommendation};
        const auto differences
            = therapy::isTumourOption(d.optionId)
                  ? therapy::replayTumourRecommendation(*tumourKnowledge, *oncotree, record)
                  : therapy::replayRecommendation(*kbs, registry, record);
        differing += differences.empty() ? 0 : 1;
        printDifferences(out,
                         QStringLiteral("decision %1 (patient %2, option %3, knowledge base %4)")
                             .arg(d.id)
                             .arg(d.patientId)
                             .arg(d.optionId, d.knowledgeBaseVersion),
                         differences);
    }
    for (const store::ReplayAssessment &r : records->assessments) {
        const auto differences = risk::replayAssessment(registry, r.payload);
        differing += differences.empty() ? 0 : 1;
        printDifferences(out,
                         QStringLiteral("assessment %1 (patient %2)").arg(r.id).arg(r.patientId),
                         differences);
    }
    const auto total = records->decisions.size() + records->assessments.size();
    out << "replayed " << total << " records (" << records->decisions.size() << " decisions, "
        << records->assessments.size() << " assessments): " << differing << " differ\n";
    out.flush();
    return differing == 0 ? ExitOk : ExitDamaged;
}

} // namespace precis::cli
