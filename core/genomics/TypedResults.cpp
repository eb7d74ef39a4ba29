// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/genomics/TypedResults.h"

#include "core/genomics/OutsideResults.h"
#include "core/genomics/StarAlleleCaller.h"

#include <climits>

namespace precis::genomics {

namespace {

/// Appends a note to the result's English text and its templates, in step.
void addNote(TypedResult &out, const char *source, QStringList args = {})
{
    const CallNote note{QString::fromUtf8(source), std::move(args)};
    if (!out.notes.isEmpty())
        out.notes += QLatin1String(kCallNoteSeparator);
    out.notes += note.english();
    out.noteSources << note;
}

const QString kIndeterminate = QStringLiteral("Indeterminate");
const QString kNoPhenotype = QStringLiteral("n/a");

Result<GeneDefinition> definitionOf(const QString &gene)
{
    if (!shippedGenes().contains(gene))
        return fail(ErrorCode::NotFound,
                    QStringLiteral("no definition for this gene"),
                    QStringLiteral("gene"),
                    gene);
    return loadGeneDefinition(gene);
}

/// The index of the allele reported as `name`; -1 when the definition has none. Sub-alleles
/// share their parent's reported name: the first is as good as any for function and activity,
/// which PharmCAT gives per reported allele.
qsizetype alleleIndex(const GeneDefinition &def, const QString &name)
{
    for (qsizetype i = 0; i < def.alleles.size(); ++i)
        if (def.alleles[i].reportAs == name)
            return i;
    return -1;
}

/// VKORC1's alleles are named "rs9923231 G" and "rs9923231 A": the genotype letter is the
/// allele's last character.
qsizetype genotypeAlleleIndex(const GeneDefinition &def, QChar base)
{
    for (qsizetype i = 0; i < def.alleles.size(); ++i)
        if (def.alleles[i].name.endsWith(QLatin1Char(' ') + base))
            return i;
    return -1;
}

QString activityScoreOf(const GeneDefinition &def, qsizetype a, qsizetype b)
{
    bool okA = false;
    bool okB = false;
    const double x = def.alleles[a].activityValue.toDouble(&okA);
    const double y = def.alleles[b].activityValue.toDouble(&okB);
    // An allele of unknown or uncertain function has no CPIC activity value: no score.
    return okA && okB ? QString::number(x + y, 'f', 1) : QString();
}

Result<DiplotypeLookup> badDiplotype(const QString &why, const QString &value)
{
    return fail(ErrorCode::InvalidInput, why, QStringLiteral("diplotype"), value);
}

} // namespace

QStringList typedResultGenes()
{
    return shippedGenes() + outsideResultGenes();
}

bool isOutsideOnlyGene(const QString &gene)
{
    return outsideResultGenes().contains(gene);
}

Result<QStringList> typedPhenotypeChoices(const QString &gene)
{
    if (isOutsideOnlyGene(gene))
        return QStringList{};
    auto def = definitionOf(gene);
    if (!def)
        return tl::unexpected(def.error());
    if (def->phenotypes.isEmpty() && !def->hasActivityScore())
        return QStringList{kNoPhenotype};
    QStringList terms;
    // The definition's own order of first use, so the choices read as the table does.
    for (const QString &t : def->phenotypes)
        if (!terms.contains(t))
            terms << t;
    for (const QString &t : def->activityPhenotypes)
        if (!terms.contains(t))
            terms << t;
    terms.removeAll(kIndeterminate);
    terms.sort();
    terms << kIndeterminate;
    return terms;
}

Result<QStringList> typedAlleleNames(const QString &gene)
{
    auto def = definitionOf(gene);
    if (!def)
        return tl::unexpected(def.error());
    QStringList names;
    for (const NamedAllele &a : std::as_const(def->alleles)) {
        const QString name
            = def->diplotypeStyle == QLatin1String("genotype") ? a.name.right(1) : a.reportAs;
        if (!names.contains(name))
            names << name;
    }
    return names;
}

Result<DiplotypeLookup> lookUpDiplotype(const QString &gene, const QString &diplotype)
{
    auto def = definitionOf(gene);
    if (!def)
        return tl::unexpected(def.error());
    const QString text = diplotype.trimmed();
    qsizetype a = -1;
    qsizetype b = -1;
    if (def->diplotypeStyle == QLatin1String("genotype")) {
        const QString bases = text.toUpper();
        if (bases.size() != 2)
            return badDiplotype(QStringLiteral("expected the genotype as two bases (GG, GA, AA)"),
                                diplotype);
        a = genotypeAlleleIndex(*def, bases.at(0));
        b = genotypeAlleleIndex(*def, bases.at(1));
        if (a < 0 || b < 0)
            return badDiplotype(QStringLiteral("expected the genotype as two bases (GG, GA, AA)"),
                                diplotype);
    } else {
        const QStringList parts = text.split(QLatin1Char('/'));
        if (parts.size() != 2)
            return badDiplotype(QStringLiteral("expected two alleles separated by '/'"), diplotype);
        a = alleleIndex(*def, parts.at(0).trimmed());
        b = alleleIndex(*def, parts.at(1).trimmed());
        if (a < 0 || b < 0)
            return badDiplotype(
                QStringLiteral("allele %1 is not defined for %2")
                    .arg(a < 0 ? parts.at(0).trimmed() : parts.at(1).trimmed(), gene),
                diplotype);
    }
    // The definition's phenotype table is keyed by the pair in its own order (star alleles by
    // number, other names in definition order): both orders are tried.
    const QString &x = def->alleles[a].reportAs;
    const QString &y = def->alleles[b].reportAs;
    const QString forward = x + QLatin1Char('/') + y;
    const QString backward = y + QLatin1Char('/') + x;
    DiplotypeLookup out;
    if (def->diplotypeStyle == QLatin1String("genotype")) {
        // Written in definition order: "GA", never "AG".
        const qsizetype first = std::min(a, b);
        const qsizetype second = std::max(a, b);
        out.diplotype = def->alleles[first].name.right(1) + def->alleles[second].name.right(1);
    } else if (x.startsWith(QLatin1Char('*')) && y.startsWith(QLatin1Char('*'))) {
        out.diplotype = diplotypeName(x, y);
    } else {
        out.diplotype = a <= b ? forward : backward;
    }
    if (def->hasActivityScore()) {
        out.activityScore = activityScoreOf(*def, a, b);
        out.phenotype = def->activityPhenotypes.value(out.activityScore, kIndeterminate);
    } else if (def->phenotypes.isEmpty()) {
        out.phenotype = kNoPhenotype;
    } else {
        out.phenotype
            = def->phenotypes.value(forward, def->phenotypes.value(backward, kIndeterminate));
    }
    return out;
}

Result<TypedResult> checkTypedResult(const QString &gene,
                                     const QString &diplotype,
                                     const QString &phenotype,
                                     const QString &report)
{
    if (!typedResultGenes().contains(gene))
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("not a gene Precis accepts"),
                    QStringLiteral("gene"),
                    gene);
    TypedResult out;
    out.gene = gene;
    if (!report.trimmed().isEmpty())
        addNote(out,
                QT_TRANSLATE_NOOP("precis::genomics::CallNote", "report: %1"),
                {report.simplified()});
    if (isOutsideOnlyGene(gene)) {
        auto value = checkOutsideValue(gene, diplotype);
        if (!value)
            return fail(ErrorCode::InvalidInput,
                        value.error().detail,
                        QStringLiteral("diplotype"),
                        diplotype);
        if (!phenotype.trimmed().isEmpty())
            return fail(
                ErrorCode::InvalidInput,
                QStringLiteral("Precis does not interpret %1: no phenotype is stored").arg(gene),
                QStringLiteral("phenotype"),
                phenotype);
        out.diplotype = *value;
        out.outsideOnly = true;
        addNote(out,
                QT_TRANSLATE_NOOP("precis::genomics::CallNote", "typed in, stored as reported"));
        return out;
    }
    auto lookup = lookUpDiplotype(gene, diplotype);
    if (!lookup)
        return tl::unexpected(lookup.error());
    auto choices = typedPhenotypeChoices(gene);
    if (!choices)
        return tl::unexpected(choices.error());
    const QString term = phenotype.trimmed();
    QString chosen;
    for (const QString &c : std::as_const(*choices))
        if (c.compare(term, Qt::CaseInsensitive) == 0)
            chosen = c;
    if (chosen.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("not a phenotype term of %1 (%2)")
                        .arg(gene, choices->join(QStringLiteral(", "))),
                    QStringLiteral("phenotype"),
                    phenotype);
    out.diplotype = lookup->diplotype;
    out.phenotype = chosen;
    out.activityScore = lookup->activityScore;
    if (chosen != lookup->phenotype)
        addNote(out,
                QT_TRANSLATE_NOOP("precis::genomics::CallNote",
                                  "phenotype as reported; Precis's definitions give %1 for %2"),
                {lookup->phenotype, lookup->diplotype});
    return out;
}

} // namespace precis::genomics
