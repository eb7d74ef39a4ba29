// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/therapy/PatientContext.h"

#include "core/clinical/MedicationClasses.h"

#include <QRegularExpression>

namespace precis::therapy {

namespace {

// WHO Collaborating Centre for Drug Statistics Methodology, ATC/DDD index
// (https://atcddd.fhi.no/atc_ddd_index/): C10AA HMG CoA reductase inhibitors; C02-C09
// antihypertensive groups as in core/clinical/MedicationClasses.h.
const std::vector<KnownDrug> kDrugs = {
    {QStringLiteral("simvastatin"), QStringLiteral("C10AA01")},
    {QStringLiteral("lovastatin"), QStringLiteral("C10AA02")},
    {QStringLiteral("pravastatin"), QStringLiteral("C10AA03")},
    {QStringLiteral("fluvastatin"), QStringLiteral("C10AA04")},
    {QStringLiteral("atorvastatin"), QStringLiteral("C10AA05")},
    {QStringLiteral("rosuvastatin"), QStringLiteral("C10AA07")},
    {QStringLiteral("pitavastatin"), QStringLiteral("C10AA08")},
    {QStringLiteral("ezetimibe"), QStringLiteral("C10AX09")},
    {QStringLiteral("hydrochlorothiazide"), QStringLiteral("C03AA03")},
    {QStringLiteral("chlortalidone"), QStringLiteral("C03BA04")},
    {QStringLiteral("chlorthalidone"), QStringLiteral("C03BA04")},
    {QStringLiteral("indapamide"), QStringLiteral("C03BA11")},
    {QStringLiteral("spironolactone"), QStringLiteral("C03DA01")},
    {QStringLiteral("metoprolol"), QStringLiteral("C07AB02")},
    {QStringLiteral("atenolol"), QStringLiteral("C07AB03")},
    {QStringLiteral("bisoprolol"), QStringLiteral("C07AB07")},
    {QStringLiteral("amlodipine"), QStringLiteral("C08CA01")},
    {QStringLiteral("felodipine"), QStringLiteral("C08CA02")},
    {QStringLiteral("nifedipine"), QStringLiteral("C08CA05")},
    {QStringLiteral("enalapril"), QStringLiteral("C09AA02")},
    {QStringLiteral("lisinopril"), QStringLiteral("C09AA03")},
    {QStringLiteral("perindopril"), QStringLiteral("C09AA04")},
    {QStringLiteral("ramipril"), QStringLiteral("C09AA05")},
    {QStringLiteral("losartan"), QStringLiteral("C09CA01")},
    {QStringLiteral("valsartan"), QStringLiteral("C09CA03")},
    {QStringLiteral("irbesartan"), QStringLiteral("C09CA04")},
    {QStringLiteral("candesartan"), QStringLiteral("C09CA06")},
    {QStringLiteral("telmisartan"), QStringLiteral("C09CA07")},
    {QStringLiteral("olmesartan"), QStringLiteral("C09CA08")},
    // B01A antithrombotic agents: B01AA vitamin K antagonists, B01AC platelet aggregation
    // inhibitors, B01AE direct thrombin inhibitors, B01AF direct factor Xa inhibitors.
    {QStringLiteral("warfarin"), QStringLiteral("B01AA03")},
    {QStringLiteral("clopidogrel"), QStringLiteral("B01AC04")},
    {QStringLiteral("aspirin"), QStringLiteral("B01AC06")},
    {QStringLiteral("acetylsalicylic acid"), QStringLiteral("B01AC06")},
    {QStringLiteral("prasugrel"), QStringLiteral("B01AC22")},
    {QStringLiteral("ticagrelor"), QStringLiteral("B01AC24")},
    {QStringLiteral("dabigatran"), QStringLiteral("B01AE07")},
    {QStringLiteral("rivaroxaban"), QStringLiteral("B01AF01")},
    {QStringLiteral("apixaban"), QStringLiteral("B01AF02")},
    {QStringLiteral("edoxaban"), QStringLiteral("B01AF03")},
    // A10BA biguanides, A10BJ GLP-1 receptor agonists, A10BK SGLT2 inhibitors.
    {QStringLiteral("metformin"), QStringLiteral("A10BA02")},
    {QStringLiteral("exenatide"), QStringLiteral("A10BJ01")},
    {QStringLiteral("liraglutide"), QStringLiteral("A10BJ02")},
    {QStringLiteral("dulaglutide"), QStringLiteral("A10BJ05")},
    {QStringLiteral("semaglutide"), QStringLiteral("A10BJ06")},
    {QStringLiteral("dapagliflozin"), QStringLiteral("A10BK01")},
    {QStringLiteral("canagliflozin"), QStringLiteral("A10BK02")},
    {QStringLiteral("empagliflozin"), QStringLiteral("A10BK03")},
    {QStringLiteral("ertugliflozin"), QStringLiteral("A10BK04")},
    // Drugs with a DPYD, TPMT, NUDT15 or UGT1A1 rule (issue #11): L01BC pyrimidine analogues,
    // L01BB purine analogues, L04AX other immunosuppressants, L01CE topoisomerase 1 inhibitors.
    {QStringLiteral("fluorouracil"), QStringLiteral("L01BC02")},
    {QStringLiteral("capecitabine"), QStringLiteral("L01BC06")},
    {QStringLiteral("azathioprine"), QStringLiteral("L04AX01")},
    {QStringLiteral("mercaptopurine"), QStringLiteral("L01BB02")},
    {QStringLiteral("thioguanine"), QStringLiteral("L01BB03")},
    {QStringLiteral("tioguanine"), QStringLiteral("L01BB03")},
    {QStringLiteral("irinotecan"), QStringLiteral("L01CE02")},
};

const std::vector<std::string_view> kExtraNames = {"medications",
                                                   "intolerances",
                                                   "pregnant",
                                                   "acs_pci",
                                                   "mechanical_valve",
                                                   "mitral_stenosis",
                                                   "prior_dka",
                                                   "mtc_men2",
                                                   "cyp2c19",
                                                   "slco1b1",
                                                   "abcg2",
                                                   "cyp2c9",
                                                   "cyp4f2",
                                                   "dpyd",
                                                   "tpmt",
                                                   "nudt15",
                                                   "ugt1a1",
                                                   "vkorc1"};
constexpr std::size_t kFirstGeneExtra = 8; // position of cyp2c19 in kExtraNames

tl::unexpected<Error>
cellError(qint64 line, const std::pair<std::size_t, QString> &column, QString detail, QString value)
{
    return tl::unexpected(Error{
        ErrorCode::InvalidInput,
        QStringLiteral("line %1, column %2 (%3)").arg(line).arg(column.first).arg(column.second),
        std::move(value),
        std::move(detail)});
}

QStringList splitList(const QString &cell)
{
    QStringList items;
    for (const QString &part : cell.split(QLatin1Char(';'))) {
        const QString item = part.trimmed();
        if (!item.isEmpty())
            items.append(item);
    }
    return items;
}

} // namespace

const std::vector<KnownDrug> &recognisedDrugs()
{
    return kDrugs;
}

std::optional<KnownDrug> recogniseDrug(QStringView item)
{
    const QString lower = item.trimmed().toString().toLower();
    for (const KnownDrug &drug : kDrugs) {
        if (drug.name == lower)
            return drug;
    }
    // A full WHO ATC code: letter, 2 digits, 2 letters, 2 digits (ATC structure, 5th level).
    static const QRegularExpression atc(QStringLiteral("^[A-Z][0-9]{2}[A-Z]{2}[0-9]{2}$"));
    const QString upper = item.trimmed().toString().toUpper();
    if (atc.match(upper).hasMatch()) {
        for (const KnownDrug &drug : kDrugs) {
            if (drug.atc == upper)
                return drug;
        }
        return KnownDrug{QString(), upper};
    }
    return std::nullopt;
}

const QStringList &intoleranceTokens()
{
    static const QStringList tokens{QStringLiteral("statin"),
                                    QStringLiteral("ace_inhibitor_angioedema"),
                                    QStringLiteral("ezetimibe"),
                                    QStringLiteral("aspirin"),
                                    QStringLiteral("metformin"),
                                    QStringLiteral("sglt2_inhibitor"),
                                    QStringLiteral("glp1_ra"),
                                    QStringLiteral("ras_inhibitor"),
                                    QStringLiteral("anticoagulant")};
    return tokens;
}

QLatin1StringView geneColumn(Gene gene)
{
    return QLatin1StringView(kExtraNames[kFirstGeneExtra + static_cast<std::size_t>(gene)].data());
}

QLatin1StringView geneSymbol(Gene gene)
{
    static constexpr std::array<QLatin1StringView, kGeneCount> kSymbols{
        QLatin1StringView("CYP2C19"),
        QLatin1StringView("SLCO1B1"),
        QLatin1StringView("ABCG2"),
        QLatin1StringView("CYP2C9"),
        QLatin1StringView("CYP4F2"),
        QLatin1StringView("DPYD"),
        QLatin1StringView("TPMT"),
        QLatin1StringView("NUDT15"),
        QLatin1StringView("UGT1A1"),
        QLatin1StringView("VKORC1")};
    return kSymbols[static_cast<std::size_t>(gene)];
}

const QStringList &phenotypeTokens(Gene gene)
{
    // CPIC standardized phenotype terms (Caudle KE, et al. Genet Med 2017;19:215-23) in
    // snake_case; "indeterminate" where CPIC reports it.
    static const QStringList metabolizer{QStringLiteral("ultrarapid_metabolizer"),
                                         QStringLiteral("rapid_metabolizer"),
                                         QStringLiteral("normal_metabolizer"),
                                         QStringLiteral("likely_intermediate_metabolizer"),
                                         QStringLiteral("intermediate_metabolizer"),
                                         QStringLiteral("possible_intermediate_metabolizer"),
                                         QStringLiteral("likely_poor_metabolizer"),
                                         QStringLiteral("poor_metabolizer"),
                                         QStringLiteral("indeterminate")};
    static const QStringList function{QStringLiteral("increased_function"),
                                      QStringLiteral("normal_function"),
                                      QStringLiteral("decreased_function"),
                                      QStringLiteral("possible_decreased_function"),
                                      QStringLiteral("poor_function"),
                                      QStringLiteral("indeterminate")};
    static const QStringList vkorc1{QStringLiteral("GG"),
                                    QStringLiteral("GA"),
                                    QStringLiteral("AA"),
                                    QStringLiteral("indeterminate")};
    switch (gene) {
    case Gene::Slco1b1:
    case Gene::Abcg2:
    case Gene::Cyp4f2:
        return function;
    case Gene::Vkorc1:
        return vkorc1;
    default:
        return metabolizer;
    }
}

bool PatientContext::takesStatin() const
{
    for (const KnownDrug &drug : medications) {
        if (clinical::inDrugClass(clinical::DrugClass::Statin, drug.atc))
            return true;
    }
    return false;
}

bool PatientContext::takesAntihypertensive() const
{
    for (const KnownDrug &drug : medications) {
        if (clinical::inDrugClass(clinical::DrugClass::Antihypertensive, drug.atc))
            return true;
    }
    return false;
}

bool PatientContext::takesAtcPrefix(QStringView prefix) const
{
    for (const KnownDrug &drug : medications) {
        if (drug.atc.startsWith(prefix))
            return true;
    }
    return false;
}

bool PatientContext::takes(QStringView genericName) const
{
    const std::optional<KnownDrug> wanted = recogniseDrug(genericName);
    for (const KnownDrug &drug : medications) {
        if (wanted && drug.atc == wanted->atc)
            return true;
    }
    return false;
}

const std::vector<std::string_view> &extraColumnNames()
{
    return kExtraNames;
}

Result<void> readExtras(const std::vector<std::string> &cells,
                        qint64 line,
                        const std::vector<std::pair<std::size_t, QString>> &columns,
                        PatientContext &context)
{
    auto cell = [&](std::size_t k) {
        return QString::fromUtf8(cells[k].data(), static_cast<qsizetype>(cells[k].size()));
    };
    // medications
    const QString medications = cell(0);
    context.medications.clear();
    context.unrecognisedMedications.clear();
    context.listedMedications.clear();
    for (const QString &item : splitList(medications)) {
        if (std::optional<KnownDrug> drug = recogniseDrug(item)) {
            context.medications.push_back(*drug);
            context.listedMedications.emplace_back(item, drug->name);
        } else {
            context.unrecognisedMedications.append(item);
            context.listedMedications.emplace_back(item, QString());
        }
    }
    if (!medications.trimmed().isEmpty()) {
        Snapshot &s = context.snapshot;
        if (context.takesStatin())
            s.set(Var::Statin, 1.0);
        else if (!s.has(Var::Statin))
            s.set(Var::Statin, 0.0);
        if (context.takesAntihypertensive())
            s.set(Var::BpTreated, 1.0);
        else if (!s.has(Var::BpTreated))
            s.set(Var::BpTreated, 0.0);
    }
    // intolerances
    context.intolerances.clear();
    for (const QString &item : splitList(cell(1))) {
        if (!intoleranceTokens().contains(item)) {
            return cellError(line,
                             columns[1],
                             QStringLiteral("unknown intolerance '%1' (expected one of %2)")
                                 .arg(item, intoleranceTokens().join(QStringLiteral(", "))),
                             item);
        }
        context.intolerances.append(item);
    }
    // flags
    std::optional<bool> *flags[] = {&context.pregnant,
                                    &context.acsPci,
                                    &context.mechanicalValve,
                                    &context.mitralStenosis,
                                    &context.priorDka,
                                    &context.mtcMen2};
    for (std::size_t f = 0; f < std::size(flags); ++f) {
        const std::size_t k = 2 + f;
        const std::string &raw = cells[k];
        if (raw.empty())
            flags[f]->reset();
        else if (raw == "0" || raw == "1")
            *flags[f] = raw == "1";
        else
            return cellError(line,
                             columns[k],
                             QStringLiteral("'%1' is not a flag (write 0 or 1)").arg(cell(k)),
                             cell(k));
    }
    // pharmacogenomic phenotypes: blank = not tested
    for (std::size_t g = 0; g < kGeneCount; ++g) {
        const std::size_t k = kFirstGeneExtra + g;
        const QString token = cell(k);
        if (!token.isEmpty() && !phenotypeTokens(static_cast<Gene>(g)).contains(token)) {
            return cellError(
                line,
                columns[k],
                QStringLiteral("unknown phenotype '%1' (expected one of %2)")
                    .arg(token, phenotypeTokens(static_cast<Gene>(g)).join(QStringLiteral(", "))),
                token);
        }
        context.phenotypes[g] = token;
    }
    return {};
}

} // namespace precis::therapy
