// SPDX-License-Identifier: GPL-3.0-or-later
// The person CSV of `precis-cli score` (issue #4): column headers with optional UCUM units,
// strict locale-independent values, and one snapshot per row.
#pragma once

#include "core/clinical/Csv.h"
#include "core/clinical/SnapshotAssembly.h"

#include <QString>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace precis::clinical {

/// The accepted non-canonical units and their conversion to the canonical unit, with the
/// constants of Units.h and no others.
enum class UnitConversion : std::uint8_t {
    None,
    CholesterolMmolPerL, ///< mmol/L x 38.67 -> mg/dL (total, HDL and LDL cholesterol)
    GlucoseMgPerDl,      ///< mg/dL / 18.0 -> mmol/L (fasting glucose)
    CreatinineUmolPerL,  ///< umol/L / 88.4 -> mg/dL
    Hba1cMmolPerMol,     ///< IFCC mmol/mol -> NGSP %
    UacrMgPerMmol,       ///< mg/mmol x 8.84 -> mg/g
    CalciumMmolPerL,     ///< mmol/L x 4.008 -> mg/dL
    PhosphateMmolPerL,   ///< mmol/L x 3.097 -> mg/dL
    AlbuminGPerL,        ///< g/L / 10 -> g/dL
};

/// `value` in the unit of `conversion`, converted to the canonical unit.
[[nodiscard]] double toCanonical(UnitConversion conversion, double value);

/// One parsed column header.
struct InputColumn
{
    enum class Kind : std::uint8_t { Id, Variable, Extra };
    Kind kind = Kind::Variable;
    Var var = Var::Count;
    std::size_t extraIndex = 0; ///< Kind::Extra: position in the caller's list of extra names
    UnitConversion conversion = UnitConversion::None;
    QString header; ///< the header text as written, for error messages
};

/// Parses one header: `name` or `name[unit]`, the unit running from the first `[` to the
/// final `]` (so `sbp[mm[Hg]]` is sbp in mm[Hg]). Errors (InvalidInput, detail only): unknown
/// column, unknown unit for that column, a unit on a column that takes none.
[[nodiscard]] Result<InputColumn> parseColumnHeader(std::string_view header);

/// Strict, locale-independent decimal: `-?(D+(.D*)?|.D+)([eE][+-]?D+)?`, finite. Accepts
/// exponents ("1.5e2"); rejects a decimal comma ("1,5"), spaces, a leading '+', hex, inf and
/// nan. Returns nullopt when the text is not such a number.
[[nodiscard]] std::optional<double> parseStrictNumber(std::string_view text);

/// A value as it was typed, in its UCUM unit; `unit` must be the canonical unit or one that
/// parseColumnHeader accepts for the variable's column ("mmol/L" for total_cholesterol).
struct ValueAsEntered
{
    double value = 0;
    QString unit;
};

/// Per variable, the typed value behind a snapshot value, where there is one.
using EnteredValues = std::array<std::optional<ValueAsEntered>, kVarCount>;

/// A person CSV of one record for `snapshot`: the header line and one data line, each ended
/// by kCsvLineEnd, that SnapshotCsvLayout reads back to exactly the same values (so the text
/// can be fed to `precis-cli score` unchanged). Columns: `id` first, then every variable the
/// snapshot knows, in the order of enum Var; unknown variables have no column. Numbers are
/// written as the shortest decimal that round-trips the double, flags as 0/1, categories as
/// their tokens. A number is written as typed, in its unit (header `name[unit]`), when
/// `entered` holds a typed value in a non-canonical unit that converts to exactly the
/// snapshot's value; otherwise in the canonical unit. Nothing is derived: a snapshot without
/// eGFR has no egfr column (the reader derives it again from creatinine).
/// Errors (InvalidInput, field = the column name): a non-finite number, a flag other than
/// 0/1, a category code without a token, an age that is not a whole number.
[[nodiscard]] Result<std::string> formatPersonCsv(std::string_view id,
                                                  const Snapshot &snapshot,
                                                  const EnteredValues *entered = nullptr);

/// The column layout of one person CSV, from its header record.
///
/// Every cell is checked strictly; a blank cell means "not known". Errors name the line and
/// column as `Error::field` = "line L, column C (header)" and say why in `detail`, which is
/// what `precis-cli` prints. Thread-safe for concurrent parseRecord calls (const).
class SnapshotCsvLayout
{
public:
    /// Parses the header record the reader has just read (normally line 1). Unknown column,
    /// unknown unit, duplicate column or an empty header name is an error.
    [[nodiscard]] static Result<SnapshotCsvLayout> fromHeader(const CsvReader &reader);
    /// As above, and also accepts the columns named in `extraNames` (no unit, each at most
    /// once), which parseRecord passes through as raw text for the caller to check (e.g. the
    /// medication list of `precis-cli options`). Names of variables or `id` are never extras.
    [[nodiscard]] static Result<SnapshotCsvLayout>
    fromHeader(const CsvReader &reader, const std::vector<std::string_view> &extraNames);

    [[nodiscard]] std::size_t columnCount() const { return m_columns.size(); }
    [[nodiscard]] const std::vector<InputColumn> &columns() const { return m_columns; }

    /// Parses the record the reader has just read into `snapshot` (reset first; values in
    /// canonical units, no dates) and `id` (raw UTF-8, empty without an id column), then
    /// derives eGFR and BMI (deriveMissing). Errors: wrong number of fields, unparsable
    /// number, non-integer age, flag not 0/1, unknown category code, id not UTF-8.
    [[nodiscard]] Result<Derivation>
    parseRecord(const CsvReader &reader, Snapshot &snapshot, std::string &id) const;
    /// As above; `extras` is resized to the number of extra names given to fromHeader and
    /// receives each extra column's cell (UTF-8 checked; empty when the column is absent).
    [[nodiscard]] Result<Derivation> parseRecord(const CsvReader &reader,
                                                 Snapshot &snapshot,
                                                 std::string &id,
                                                 std::vector<std::string> &extras) const;

    /// The 1-based column of extra name `extraIndex`, 0 when the header lacks it.
    [[nodiscard]] std::size_t extraColumn(std::size_t extraIndex) const;

private:
    std::vector<InputColumn> m_columns;
    std::size_t m_extraCount = 0;
};

} // namespace precis::clinical
