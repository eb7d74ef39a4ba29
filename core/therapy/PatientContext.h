// SPDX-License-Identifier: GPL-3.0-or-later
// What the option engine knows about one person beyond the risk models' snapshot: current
// medications, intolerances, conditions that contraindicate options, and pharmacogenomic
// phenotypes (issue #10).
#pragma once

#include "core/clinical/Snapshot.h"
#include "core/common/Error.h"

#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace precis::therapy {

using clinical::Snapshot;
using clinical::Var;

/// A medication Precis recognises by generic name (English INN, case-insensitive) or by a
/// full 7-character WHO ATC code.
struct KnownDrug
{
    QString name; ///< generic name, lower case ("simvastatin"); empty for a bare ATC code
    QString atc;  ///< WHO ATC code, e.g. "C10AA01"
};

/// The generic names recognised, with their ATC codes (documented in docs/OPTIONS.md).
[[nodiscard]] const std::vector<KnownDrug> &recognisedDrugs();

/// The drug a medication-list item names, if recognised (generic name or ATC code).
[[nodiscard]] std::optional<KnownDrug> recogniseDrug(QStringView item);

/// Intolerance tokens accepted in the `intolerances` column.
[[nodiscard]] const QStringList &intoleranceTokens();

/// Pharmacogenomic genes carried as extra columns, in column order.
enum class Gene {
    Cyp2c19,
    Slco1b1,
    Abcg2,
    Cyp2c9,
    Cyp4f2,
    Dpyd,
    Tpmt,
    Nudt15,
    Ugt1a1,
    Vkorc1,
    Count
};
inline constexpr std::size_t kGeneCount = static_cast<std::size_t>(Gene::Count);

/// Column name of a gene (lower case, e.g. "slco1b1").
[[nodiscard]] QLatin1StringView geneColumn(Gene gene);
/// Printed gene symbol (e.g. "SLCO1B1").
[[nodiscard]] QLatin1StringView geneSymbol(Gene gene);
/// The phenotype tokens accepted for the gene (snake_case CPIC terms; VKORC1: the rs9923231
/// genotype GG, GA or AA on the gene's strand).
[[nodiscard]] const QStringList &phenotypeTokens(Gene gene);

struct PatientContext
{
    Snapshot snapshot;
    std::vector<KnownDrug> medications; ///< recognised items of the medication list
    QStringList unrecognisedMedications;
    /// Every item of the medication list as written, in order, with the generic name it was
    /// recognised as (empty when not recognised); for a knowledge base evaluated as released
    /// before a drug was recognised (EngineBehaviour::recognisesEzetimibe).
    std::vector<std::pair<QString, QString>> listedMedications;
    QStringList intolerances;
    std::optional<bool> pregnant;
    std::optional<bool> acsPci;
    std::optional<bool> mechanicalValve;
    std::optional<bool> mitralStenosis;
    std::optional<bool> priorDka;
    std::optional<bool> mtcMen2;
    /// Per gene the phenotype token; empty = not tested (never read as normal).
    std::array<QString, kGeneCount> phenotypes;

    [[nodiscard]] bool takesStatin() const;
    [[nodiscard]] bool takesAntihypertensive() const;
    [[nodiscard]] bool takes(QStringView genericName) const;
    /// A recognised medication whose ATC code starts with `prefix` (e.g. "B01A").
    [[nodiscard]] bool takesAtcPrefix(QStringView prefix) const;
    [[nodiscard]] bool intolerant(QStringView token) const { return intolerances.contains(token); }
    [[nodiscard]] const QString &phenotype(Gene gene) const
    {
        return phenotypes[static_cast<std::size_t>(gene)];
    }
};

/// The extra columns of `precis-cli options` beyond the `score` vocabulary, in the order
/// readExtras expects them.
[[nodiscard]] const std::vector<std::string_view> &extraColumnNames();

/// Fills the non-snapshot part of `context` from the raw extra cells (one per
/// extraColumnNames() entry; empty = blank or absent). `column(k)` gives the 1-based column and
/// header of extra k for error messages. Errors (InvalidInput, field "line L, column C
/// (header)"): a flag other than 0/1, an unknown intolerance or phenotype token. Unrecognised
/// medications are no error; they are listed in unrecognisedMedications.
/// When the medication list is not blank, the statin and bp_treated flags of the snapshot
/// follow it: a recognised drug of the class sets the flag to 1; a blank flag becomes 0.
[[nodiscard]] Result<void> readExtras(const std::vector<std::string> &cells,
                                      qint64 line,
                                      const std::vector<std::pair<std::size_t, QString>> &columns,
                                      PatientContext &context);

} // namespace precis::therapy
