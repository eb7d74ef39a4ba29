// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/therapy/OptionsCsv.h"

#include "core/clinical/SnapshotCsv.h"

#include <QIODevice>

#include <array>
#include <charconv>

namespace precis::therapy {

namespace {

Result<void> flush(QIODevice &out, std::string &buffer)
{
    if (buffer.empty())
        return {};
    const qint64 written = out.write(buffer.data(), static_cast<qint64>(buffer.size()));
    if (written != static_cast<qint64>(buffer.size()))
        return fail(ErrorCode::Io,
                    QStringLiteral("cannot write the output: %1").arg(out.errorString()));
    buffer.clear();
    return {};
}

template <typename T>
void appendNumber(std::string &out, T value)
{
    std::array<char, 32> text{};
    const auto r = std::to_chars(text.data(), text.data() + text.size(), value);
    out.append(text.data(), r.ptr);
}

} // namespace

void appendOptionRows(std::string &out, std::string_view id, const std::vector<OptionRow> &rows)
{
    for (const OptionRow &row : rows) {
        clinical::appendCsvField(out, id);
        out.push_back(',');
        clinical::appendCsvField(out, row.option);
        out.push_back(',');
        out.push_back(row.eligible ? '1' : '0');
        out.push_back(',');
        if (row.rank)
            appendNumber(out, *row.rank);
        out.push_back(',');
        if (row.arrPct)
            appendNumber(out, *row.arrPct); // shortest round-trip decimal, unrounded
        out.push_back(',');
        if (row.nnt)
            appendNumber(out, *row.nnt);
        out.push_back(',');
        if (row.horizonYears)
            appendNumber(out, *row.horizonYears);
        for (const QString *field :
             {&row.model, &row.outcome, &row.guideline, &row.cls, &row.level, &row.citation}) {
            out.push_back(',');
            clinical::appendCsvField(out, *field);
        }
        out.push_back(',');
        clinical::appendCsvField(out, row.pgx.join(QStringLiteral("; ")));
        out.push_back(',');
        // `reason` starts with the rule that fired (eligible rows), then the reasons.
        QStringList reason = row.reasons;
        if (!row.ruleId.isEmpty())
            reason.prepend(row.ruleId);
        clinical::appendCsvField(out, reason.join(QStringLiteral("; ")));
        out.append(clinical::kCsvLineEnd);
    }
}

Result<OptionsSummary> optionsCsv(QIODevice &in, QIODevice &out, const OptionEngine &engine)
{
    clinical::CsvReader reader(in);
    Result<bool> header = reader.next();
    if (!header)
        return tl::unexpected(header.error());
    if (!*header) {
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("the input is empty; expected a header line"),
                    QStringLiteral("line 1, column 1"));
    }
    Result<clinical::SnapshotCsvLayout> layout
        = clinical::SnapshotCsvLayout::fromHeader(reader, extraColumnNames());
    if (!layout)
        return tl::unexpected(layout.error());
    std::vector<std::pair<std::size_t, QString>> extraColumns;
    for (std::size_t k = 0; k < extraColumnNames().size(); ++k) {
        const std::string_view name = extraColumnNames()[k];
        extraColumns.emplace_back(layout->extraColumn(k),
                                  QString::fromLatin1(name.data(), qsizetype(name.size())));
    }

    std::string buffer(kOptionsHeader);
    buffer.append(clinical::kCsvLineEnd);
    OptionsSummary summary;
    std::string id;
    std::vector<std::string> extras;
    while (true) {
        Result<bool> record = reader.next();
        if (!record) {
            Error error = record.error();
            const std::size_t column = reader.errorColumn();
            if (error.code == ErrorCode::InvalidInput && column >= 1
                && column <= layout->columnCount())
                error.field += QStringLiteral(" (%1)").arg(layout->columns()[column - 1].header);
            return tl::unexpected(error);
        }
        if (!*record)
            break;
        if (reader.recordIsBlank() && layout->columnCount() > 1)
            continue;
        PatientContext patient;
        Result<clinical::Derivation> parsed
            = layout->parseRecord(reader, patient.snapshot, id, extras);
        if (!parsed)
            return tl::unexpected(parsed.error());
        if (Result<void> read = readExtras(extras, reader.recordLine(), extraColumns, patient);
            !read)
            return tl::unexpected(read.error());
        const std::vector<OptionRow> rows = engine.assess(patient);
        appendOptionRows(buffer, id, rows);
        summary.rows += static_cast<qint64>(rows.size());
        ++summary.people;
        if (buffer.size() >= (std::size_t{1} << 20)) {
            if (Result<void> w = flush(out, buffer); !w)
                return tl::unexpected(w.error());
        }
    }
    if (Result<void> w = flush(out, buffer); !w)
        return tl::unexpected(w.error());
    return summary;
}

} // namespace precis::therapy
