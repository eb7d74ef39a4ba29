// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/therapy/ChartContext.h"

#include "core/therapy/PgxTerms.h"

namespace precis::therapy {

namespace {

// Lower case, '-' and '_' as spaces, runs of spaces as one, a plural 's' dropped.
QString words(const QString &text)
{
    QString s = text.toLower();
    s.replace(QLatin1Char('-'), QLatin1Char(' '));
    s.replace(QLatin1Char('_'), QLatin1Char(' '));
    s = s.simplified();
    if (s.endsWith(QLatin1Char('s')) && !s.endsWith(QLatin1String("ss")))
        s.chop(1);
    return s;
}

struct Synonym
{
    QLatin1StringView words;
    QLatin1StringView token;
};

// Written forms of each token (after words()).
constexpr Synonym kSynonyms[] = {
    {QLatin1StringView("statin"), QLatin1StringView("statin")},
    {QLatin1StringView("hmg coa reductase inhibitor"), QLatin1StringView("statin")},
    {QLatin1StringView("ezetimibe"), QLatin1StringView("ezetimibe")},
    {QLatin1StringView("aspirin"), QLatin1StringView("aspirin")},
    {QLatin1StringView("acetylsalicylic acid"), QLatin1StringView("aspirin")},
    {QLatin1StringView("metformin"), QLatin1StringView("metformin")},
    {QLatin1StringView("sglt2 inhibitor"), QLatin1StringView("sglt2_inhibitor")},
    {QLatin1StringView("glp1 ra"), QLatin1StringView("glp1_ra")},
    {QLatin1StringView("glp 1 ra"), QLatin1StringView("glp1_ra")},
    {QLatin1StringView("glp 1 receptor agonist"), QLatin1StringView("glp1_ra")},
    {QLatin1StringView("glp1 receptor agonist"), QLatin1StringView("glp1_ra")},
    {QLatin1StringView("ras inhibitor"), QLatin1StringView("ras_inhibitor")},
    {QLatin1StringView("arb"), QLatin1StringView("ras_inhibitor")},
    {QLatin1StringView("angiotensin receptor blocker"), QLatin1StringView("ras_inhibitor")},
    {QLatin1StringView("ace inhibitor angioedema"), QLatin1StringView("ace_inhibitor_angioedema")},
    {QLatin1StringView("anticoagulant"), QLatin1StringView("anticoagulant")},
};

// WHO Collaborating Centre for Drug Statistics Methodology, ATC/DDD index
// (https://atcddd.fhi.no/atc_ddd_index/): C10AA HMG CoA reductase inhibitors; C10AX09
// ezetimibe; B01AC06 and N02BA01 acetylsalicylic acid; A10BA02 metformin; A10BK SGLT2
// inhibitors; A10BJ GLP-1 analogues; C09A/C09B ACE inhibitors (plain, combinations); C09C/C09D
// angiotensin II receptor blockers; C09X other agents on the renin-angiotensin system
// (aliskiren); B01AA vitamin K antagonists, B01AE direct thrombin inhibitors, B01AF direct
// factor Xa inhibitors.
struct AtcClass
{
    QLatin1StringView prefix;
    QLatin1StringView token;
};
constexpr AtcClass kAtcClasses[] = {
    {QLatin1StringView("C10AA"), QLatin1StringView("statin")},
    {QLatin1StringView("C10AX09"), QLatin1StringView("ezetimibe")},
    {QLatin1StringView("B01AC06"), QLatin1StringView("aspirin")},
    {QLatin1StringView("N02BA01"), QLatin1StringView("aspirin")},
    {QLatin1StringView("A10BA02"), QLatin1StringView("metformin")},
    {QLatin1StringView("A10BK"), QLatin1StringView("sglt2_inhibitor")},
    {QLatin1StringView("A10BJ"), QLatin1StringView("glp1_ra")},
    {QLatin1StringView("C09C"), QLatin1StringView("ras_inhibitor")},
    {QLatin1StringView("C09D"), QLatin1StringView("ras_inhibitor")},
    {QLatin1StringView("C09X"), QLatin1StringView("ras_inhibitor")},
    {QLatin1StringView("B01AA"), QLatin1StringView("anticoagulant")},
    {QLatin1StringView("B01AE"), QLatin1StringView("anticoagulant")},
    {QLatin1StringView("B01AF"), QLatin1StringView("anticoagulant")},
};

bool isAceInhibitorAtc(const QString &atc)
{
    return atc.startsWith(QLatin1String("C09A")) || atc.startsWith(QLatin1String("C09B"));
}

} // namespace

QString intoleranceToken(const ChartAllergy &allergy)
{
    // "angioedem" also matches the German "Angioödem"'s ASCII spelling "Angioedem".
    const bool angioedema
        = allergy.reaction.contains(QLatin1String("angioedem"), Qt::CaseInsensitive);
    const QString w = words(allergy.substance);
    if (w == QLatin1String("ace inhibitor") || w == QLatin1String("acei"))
        return angioedema ? QStringLiteral("ace_inhibitor_angioedema") : QString();
    for (const Synonym &s : kSynonyms) {
        if (w == s.words)
            return s.token;
    }
    if (const std::optional<KnownDrug> drug = recogniseDrug(allergy.substance)) {
        if (isAceInhibitorAtc(drug->atc))
            return angioedema ? QStringLiteral("ace_inhibitor_angioedema") : QString();
        for (const AtcClass &c : kAtcClasses) {
            if (drug->atc.startsWith(c.prefix))
                return c.token;
        }
    }
    return {};
}

PatientContext contextFromChart(const ChartFacts &facts)
{
    PatientContext context;
    context.snapshot = facts.snapshot;
    for (const ChartMedication &m : facts.medications) {
        std::optional<KnownDrug> drug;
        if (!m.atc.trimmed().isEmpty())
            drug = recogniseDrug(m.atc);
        if (!drug && !m.name.trimmed().isEmpty())
            drug = recogniseDrug(m.name);
        const QString written = m.name.trimmed().isEmpty() ? m.atc.trimmed() : m.name.trimmed();
        if (drug) {
            // Keep the recorded name when only the code was known to Precis.
            if (drug->name.isEmpty())
                drug->name = m.name.trimmed().toLower();
            context.medications.push_back(*drug);
            context.listedMedications.emplace_back(written, drug->name);
        } else {
            context.unrecognisedMedications.append(written);
            context.listedMedications.emplace_back(written, QString());
        }
    }
    for (const ChartAllergy &a : facts.allergies) {
        const QString token = intoleranceToken(a);
        if (!token.isEmpty() && !context.intolerances.contains(token))
            context.intolerances.append(token);
    }
    context.pregnant = facts.pregnant;
    context.acsPci = facts.acsPci;
    context.mechanicalValve = facts.mechanicalValve;
    context.mitralStenosis = facts.mitralStenosis;
    context.priorDka = facts.priorDka;
    context.mtcMen2 = facts.mtcMen2;
    for (const ChartGenotype &g : facts.genotypes) {
        if (const std::optional<Gene> gene = geneFromSymbol(g.gene))
            context.phenotypes[static_cast<std::size_t>(*gene)]
                = phenotypeTokenFor(*gene, g.diplotype, g.phenotype);
    }
    if (facts.dialysis && !context.snapshot.has(Var::Dialysis))
        context.snapshot.set(Var::Dialysis, *facts.dialysis ? 1.0 : 0.0);
    return context;
}

} // namespace precis::therapy
