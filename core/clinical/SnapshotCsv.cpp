// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clinical/SnapshotCsv.h"

#include "core/clinical/Units.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <utility>

namespace precis::clinical {

namespace {

struct AltUnit
{
    Var var;
    std::string_view unit;
    UnitConversion conversion;
};

// The alternative units issue #4 accepts, and only those.
constexpr AltUnit kAltUnits[] = {
    {Var::TotalCholesterol, "mmol/L", UnitConversion::CholesterolMmolPerL},
    {Var::HdlCholesterol, "mmol/L", UnitConversion::CholesterolMmolPerL},
    {Var::LdlCholesterol, "mmol/L", UnitConversion::CholesterolMmolPerL},
    {Var::FastingGlucose, "mg/dL", UnitConversion::GlucoseMgPerDl},
    {Var::Creatinine, "umol/L", UnitConversion::CreatinineUmolPerL},
    {Var::Hba1c, "mmol/mol", UnitConversion::Hba1cMmolPerMol},
    {Var::Uacr, "mg/mmol", UnitConversion::UacrMgPerMmol},
    {Var::Calcium, "mmol/L", UnitConversion::CalciumMmolPerL},
    {Var::Phosphate, "mmol/L", UnitConversion::PhosphateMmolPerL},
    {Var::Albumin, "g/L", UnitConversion::AlbuminGPerL},
};

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

std::string_view toView(QLatin1StringView text)
{
    return std::string_view(text.data(), static_cast<std::size_t>(text.size()));
}

/// Cell text for an error message: short, so a stray paste does not flood the terminal.
QString quoted(std::string_view cell)
{
    constexpr std::size_t kMax = 40;
    QString text = fromUtf8(cell.substr(0, kMax));
    if (cell.size() > kMax)
        text += QStringLiteral("...");
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

tl::unexpected<Error> cellError(
    qint64 line, std::size_t column, const QString &header, QString detail, QString value = {})
{
    return tl::unexpected(
        Error{ErrorCode::InvalidInput,
              QStringLiteral("line %1, column %2 (%3)").arg(line).arg(column).arg(header),
              std::move(value),
              std::move(detail)});
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

double toCanonical(UnitConversion conversion, double value)
{
    switch (conversion) {
    case UnitConversion::None:
        return value;
    case UnitConversion::CholesterolMmolPerL:
        return value * units::kCholesterolMgdlPerMmol;
    case UnitConversion::GlucoseMgPerDl:
        return value / units::kGlucoseMgdlPerMmol;
    case UnitConversion::CreatinineUmolPerL:
        return value / units::kCreatinineUmolPerMgdl;
    case UnitConversion::Hba1cMmolPerMol:
        return units::hba1cPercentFromMmolPerMol(value);
    case UnitConversion::UacrMgPerMmol:
        return value * units::kUacrMggPerMgmmol;
    case UnitConversion::CalciumMmolPerL:
        return value * units::kCalciumMgdlPerMmol;
    case UnitConversion::PhosphateMmolPerL:
        return value * units::kPhosphateMgdlPerMmol;
    case UnitConversion::AlbuminGPerL:
        return value / units::kAlbuminGlPerGdl;
    }
    return value;
}

std::optional<double> parseStrictNumber(std::string_view text)
{
    // Check the grammar first: from_chars alone would accept "inf", "nan" and hex floats.
    std::size_t i = 0;
    const std::size_t n = text.size();
    if (i < n && text[i] == '-')
        ++i;
    std::size_t intDigits = 0;
    while (i < n && isDigit(text[i])) {
        ++i;
        ++intDigits;
    }
    std::size_t fracDigits = 0;
    if (i < n && text[i] == '.') {
        ++i;
        while (i < n && isDigit(text[i])) {
            ++i;
            ++fracDigits;
        }
    }
    if (intDigits + fracDigits == 0)
        return std::nullopt;
    if (i < n && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        if (i < n && (text[i] == '+' || text[i] == '-'))
            ++i;
        std::size_t expDigits = 0;
        while (i < n && isDigit(text[i])) {
            ++i;
            ++expDigits;
        }
        if (expDigits == 0)
            return std::nullopt;
    }
    if (i != n)
        return std::nullopt;
    double value = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + n, value);
    if (ec != std::errc() || ptr != text.data() + n || !std::isfinite(value))
        return std::nullopt;
    return value;
}

Result<InputColumn> parseColumnHeader(std::string_view header)
{
    InputColumn column;
    column.header = fromUtf8(header);
    std::string_view name = header;
    std::optional<std::string_view> unit;
    const std::size_t open = header.find('[');
    if (open != std::string_view::npos) {
        if (header.back() != ']' || header.size() < open + 2) {
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("a unit in brackets must close with ']' at the end of "
                                       "the column name"));
        }
        name = header.substr(0, open);
        unit = header.substr(open + 1, header.size() - open - 2);
    }
    if (name.empty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("empty column name"));
    if (name == "id") {
        if (unit)
            return fail(ErrorCode::InvalidInput, QStringLiteral("column id takes no unit"));
        column.kind = InputColumn::Kind::Id;
        return column;
    }
    const std::optional<Var> var
        = varByName(QLatin1StringView(name.data(), static_cast<qsizetype>(name.size())));
    if (!var) {
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("unknown column '%1'").arg(fromUtf8(name)));
    }
    column.var = *var;
    if (!unit)
        return column;
    const VarInfo &info = varInfo(*var);
    if (info.kind != VarKind::Number) {
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("column %1 takes no unit (it holds codes)").arg(info.name));
    }
    if (*unit == toView(info.unit))
        return column;
    for (const AltUnit &alt : kAltUnits) {
        if (alt.var == *var && alt.unit == *unit) {
            column.conversion = alt.conversion;
            return column;
        }
    }
    QString accepted = info.unit;
    for (const AltUnit &alt : kAltUnits) {
        if (alt.var == *var)
            accepted += QStringLiteral(" or ") + fromUtf8(alt.unit);
    }
    return fail(ErrorCode::InvalidInput,
                QStringLiteral("unknown unit '%1' for %2 (accepted: %3)")
                    .arg(fromUtf8(*unit), info.name, accepted));
}

Result<std::string>
formatPersonCsv(std::string_view id, const Snapshot &snapshot, const EnteredValues *entered)
{
    std::string header = "id";
    std::string record;
    appendCsvField(record, id);
    std::array<char, 32> number{};
    const auto appendNumber = [&](double v) {
        const auto r = std::to_chars(number.data(), number.data() + number.size(), v);
        record.append(number.data(), r.ptr);
    };
    for (std::size_t i = 0; i < kVarCount; ++i) {
        const std::optional<double> value = snapshot.values[i];
        if (!value)
            continue;
        const VarInfo &info = varInfo(static_cast<Var>(i));
        const QString name = info.name;
        const auto invalid = [&](const QString &detail) {
            return fail(ErrorCode::InvalidInput, detail, name, QString::number(*value, 'g', 17));
        };
        if (!std::isfinite(*value))
            return invalid(QStringLiteral("not a finite number"));
        header.push_back(',');
        record.push_back(',');
        switch (info.kind) {
        case VarKind::Number: {
            if (static_cast<Var>(i) == Var::Age && *value != std::floor(*value))
                return invalid(QStringLiteral("age is not a whole number of years"));
            const std::optional<ValueAsEntered> &typed
                = entered != nullptr ? (*entered)[i] : std::optional<ValueAsEntered>();
            if (typed && !typed->unit.isEmpty() && typed->unit != QString(info.unit)
                && std::isfinite(typed->value)) {
                const QByteArray column
                    = (name + QLatin1Char('[') + typed->unit + QLatin1Char(']')).toUtf8();
                const Result<InputColumn> parsed = parseColumnHeader(
                    std::string_view(column.constData(), static_cast<std::size_t>(column.size())));
                // Written as typed only when reading it back gives exactly the stored value.
                if (parsed && parsed->conversion != UnitConversion::None
                    && toCanonical(parsed->conversion, typed->value) == *value) {
                    header.append(column.constData(), static_cast<std::size_t>(column.size()));
                    appendNumber(typed->value);
                    break;
                }
            }
            header.append(info.name.data(), static_cast<std::size_t>(info.name.size()));
            appendNumber(*value);
            break;
        }
        case VarKind::Flag:
            if (*value != 0 && *value != 1)
                return invalid(QStringLiteral("a flag must be 0 or 1"));
            header.append(info.name.data(), static_cast<std::size_t>(info.name.size()));
            record.push_back(*value == 1 ? '1' : '0');
            break;
        case VarKind::Category: {
            const double code = *value - info.firstCode;
            if (code != std::floor(code) || code < 0 || code >= info.tokenCount)
                return invalid(QStringLiteral("unknown code"));
            header.append(info.name.data(), static_cast<std::size_t>(info.name.size()));
            const QLatin1StringView token = info.tokens[static_cast<std::size_t>(code)];
            record.append(token.data(), static_cast<std::size_t>(token.size()));
            break;
        }
        }
    }
    header.append(kCsvLineEnd);
    header.append(record);
    header.append(kCsvLineEnd);
    return header;
}

Result<SnapshotCsvLayout> SnapshotCsvLayout::fromHeader(const CsvReader &reader)
{
    return fromHeader(reader, {});
}

Result<SnapshotCsvLayout>
SnapshotCsvLayout::fromHeader(const CsvReader &reader,
                              const std::vector<std::string_view> &extraNames)
{
    SnapshotCsvLayout layout;
    layout.m_columns.reserve(reader.fieldCount());
    layout.m_extraCount = extraNames.size();
    bool haveId = false;
    std::array<bool, kVarCount> seen{};
    std::vector<char> seenExtra(extraNames.size(), 0);
    for (std::size_t i = 0; i < reader.fieldCount(); ++i) {
        const std::string_view text = reader.field(i);
        const auto extra = std::find(extraNames.begin(), extraNames.end(), text);
        if (extra != extraNames.end()) {
            InputColumn column;
            column.kind = InputColumn::Kind::Extra;
            column.extraIndex = static_cast<std::size_t>(extra - extraNames.begin());
            column.header = fromUtf8(text);
            if (std::exchange(seenExtra[column.extraIndex], char{1}) != 0) {
                return cellError(
                    reader.recordLine(), i + 1, column.header, QStringLiteral("duplicate column"));
            }
            layout.m_columns.push_back(std::move(column));
            continue;
        }
        Result<InputColumn> column = parseColumnHeader(text);
        if (!column)
            return cellError(reader.recordLine(), i + 1, fromUtf8(text), column.error().detail);
        const bool duplicate = column->kind == InputColumn::Kind::Id
                                   ? std::exchange(haveId, true)
                                   : std::exchange(seen[index(column->var)], true);
        if (duplicate) {
            return cellError(
                reader.recordLine(), i + 1, fromUtf8(text), QStringLiteral("duplicate column"));
        }
        layout.m_columns.push_back(std::move(*column));
    }
    return layout;
}

std::size_t SnapshotCsvLayout::extraColumn(std::size_t extraIndex) const
{
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        if (m_columns[i].kind == InputColumn::Kind::Extra && m_columns[i].extraIndex == extraIndex)
            return i + 1;
    }
    return 0;
}

Result<Derivation>
SnapshotCsvLayout::parseRecord(const CsvReader &reader, Snapshot &snapshot, std::string &id) const
{
    std::vector<std::string> extras;
    return parseRecord(reader, snapshot, id, extras);
}

Result<Derivation> SnapshotCsvLayout::parseRecord(const CsvReader &reader,
                                                  Snapshot &snapshot,
                                                  std::string &id,
                                                  std::vector<std::string> &extras) const
{
    snapshot = Snapshot();
    id.clear();
    extras.assign(m_extraCount, std::string());
    const qint64 line = reader.recordLine();
    if (reader.fieldCount() != m_columns.size()) {
        const std::size_t column = std::min(reader.fieldCount(), m_columns.size()) + 1;
        return tl::unexpected(Error{ErrorCode::InvalidInput,
                                    QStringLiteral("line %1, column %2").arg(line).arg(column),
                                    QString(),
                                    QStringLiteral("the record has %1 fields; the header has %2")
                                        .arg(reader.fieldCount())
                                        .arg(m_columns.size())});
    }
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        const InputColumn &column = m_columns[i];
        const std::string_view cell = reader.field(i);
        if (column.kind == InputColumn::Kind::Id) {
            if (!isValidUtf8(cell))
                return cellError(line, i + 1, column.header, QStringLiteral("not valid UTF-8"));
            id.assign(cell);
            continue;
        }
        if (column.kind == InputColumn::Kind::Extra) {
            if (!isValidUtf8(cell))
                return cellError(line, i + 1, column.header, QStringLiteral("not valid UTF-8"));
            extras[column.extraIndex].assign(cell);
            continue;
        }
        if (cell.empty())
            continue; // blank = not known
        const VarInfo &info = varInfo(column.var);
        switch (info.kind) {
        case VarKind::Number: {
            const std::optional<double> number = parseStrictNumber(cell);
            if (!number) {
                return cellError(line,
                                 i + 1,
                                 column.header,
                                 QStringLiteral("%1 is not a number (write digits with a '.' "
                                                "decimal point, e.g. 5.2)")
                                     .arg(quoted(cell)),
                                 fromUtf8(cell));
            }
            if (column.var == Var::Age && *number != std::floor(*number)) {
                return cellError(line,
                                 i + 1,
                                 column.header,
                                 QStringLiteral("%1 is not a whole number of years (age is in "
                                                "completed years)")
                                     .arg(quoted(cell)),
                                 fromUtf8(cell));
            }
            snapshot.values[index(column.var)] = toCanonical(column.conversion, *number);
            break;
        }
        case VarKind::Flag:
            if (cell == "0" || cell == "1") {
                snapshot.values[index(column.var)] = cell == "1" ? 1.0 : 0.0;
                break;
            }
            return cellError(line,
                             i + 1,
                             column.header,
                             QStringLiteral("%1 is not a flag (write 0 or 1)").arg(quoted(cell)),
                             fromUtf8(cell));
        case VarKind::Category: {
            bool found = false;
            for (int t = 0; t < info.tokenCount; ++t) {
                if (cell == toView(info.tokens[static_cast<std::size_t>(t)])) {
                    snapshot.values[index(column.var)] = info.firstCode + t;
                    found = true;
                    break;
                }
            }
            if (found)
                break;
            QStringList tokens;
            for (int t = 0; t < info.tokenCount; ++t)
                tokens.append(QString(info.tokens[static_cast<std::size_t>(t)]));
            return cellError(line,
                             i + 1,
                             column.header,
                             QStringLiteral("unknown code %1 (expected one of %2)")
                                 .arg(quoted(cell), tokens.join(QStringLiteral(", "))),
                             fromUtf8(cell));
        }
        }
    }
    return deriveMissing(snapshot);
}

} // namespace precis::clinical
