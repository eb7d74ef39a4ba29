// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/risk/BatchScorer.h"

#include "core/clinical/SnapshotCsv.h"

#include <QIODevice>

#include <algorithm>
#include <array>
#include <atomic>
#include <charconv>
#include <thread>

namespace precis::risk {

namespace {

constexpr std::size_t kBlockSize = 512;                   // people scored per block
constexpr std::size_t kFlushBytes = std::size_t{1} << 20; // write out once this much is buffered

std::string_view statusToken(Status status)
{
    switch (status) {
    case Status::Ok:
        return "ok";
    case Status::Warning:
        return "warning";
    case Status::Refused:
        return "refused";
    }
    return "refused";
}

Result<void> writeAll(QIODevice &out, std::string &buffer)
{
    if (buffer.empty())
        return {};
    const qint64 written = out.write(buffer.data(), static_cast<qint64>(buffer.size()));
    if (written != static_cast<qint64>(buffer.size())) {
        return fail(ErrorCode::Io,
                    QStringLiteral("cannot write the output: %1").arg(out.errorString()));
    }
    buffer.clear();
    return {};
}

int workerCount(int requested)
{
    if (requested > 0)
        return requested;
    const unsigned cores = std::thread::hardware_concurrency();
    return static_cast<int>(std::clamp(cores, 1U, 8U));
}

} // namespace

bool isForcedPreventVariant(const QString &id)
{
    static constexpr std::array<QLatin1StringView, 5> kForced = {
        QLatin1StringView("prevent-base"),
        QLatin1StringView("prevent-uacr"),
        QLatin1StringView("prevent-hba1c"),
        QLatin1StringView("prevent-sdi"),
        QLatin1StringView("prevent-full"),
    };
    return std::find(kForced.begin(), kForced.end(), id) != kForced.end();
}

Result<std::vector<const RiskModel *>> selectModels(const RiskRegistry &registry,
                                                    const QString &ids)
{
    const QString field = QStringLiteral("--models");
    std::vector<const RiskModel *> selected;
    if (ids == QLatin1String("all")) {
        for (const auto &model : registry.models()) {
            if (!isForcedPreventVariant(model->card().id))
                selected.push_back(model.get());
        }
        if (selected.empty())
            return fail(ErrorCode::Unsupported, QStringLiteral("no models are registered"), field);
        return selected;
    }
    const QStringList items = ids.split(QLatin1Char(','));
    for (const QString &item : items) {
        if (item.isEmpty())
            return fail(ErrorCode::InvalidInput, QStringLiteral("empty model id"), field, ids);
        if (item == QLatin1String("all")) {
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("'all' cannot be combined with other ids"),
                        field,
                        ids);
        }
        const RiskModel *model = registry.find(item);
        if (model == nullptr) {
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("unknown model id '%1' (see precis-cli models)").arg(item),
                        field,
                        item);
        }
        selected.push_back(model);
    }
    return selected;
}

void appendResultRows(std::string &out, std::string_view id, const Evaluation &evaluation)
{
    std::array<char, 32> number{};
    const QString *cachedList = nullptr;
    qsizetype cachedSize = 0;
    std::string cachedField;
    for (const OutcomeRow &row : evaluation.rows) {
        clinical::appendCsvField(out, id);
        out.push_back(',');
        clinical::appendCsvField(out, evaluation.modelId);
        out.push_back(',');
        clinical::appendCsvField(out, evaluation.modelVersion);
        out.push_back(',');
        clinical::appendCsvField(out, row.outcome);
        out.push_back(',');
        if (row.horizonYears) {
            const auto r
                = std::to_chars(number.data(), number.data() + number.size(), *row.horizonYears);
            out.append(number.data(), r.ptr);
        }
        out.push_back(',');
        if (row.value && row.status != Status::Refused) {
            // Shortest decimal that round-trips the double; same digits as formatNumber().
            const auto r = std::to_chars(number.data(), number.data() + number.size(), *row.value);
            out.append(number.data(), r.ptr);
        }
        out.push_back(',');
        clinical::appendCsvField(out, row.unit);
        out.push_back(',');
        clinical::appendCsvField(out, row.category);
        out.push_back(',');
        out.append(statusToken(row.status));
        out.push_back(',');
        if (!row.messages.isEmpty()) {
            // The rows of one evaluation usually share one message list (a refusal applies
            // to every output): encode it once.
            if (row.messages.constData() != cachedList || row.messages.size() != cachedSize) {
                cachedField.clear();
                if (row.messages.size() == 1) {
                    clinical::appendCsvField(cachedField, row.messages.first());
                } else {
                    const QString joined = row.messages.join(QStringLiteral("; "));
                    clinical::appendCsvField(cachedField, joined);
                }
                cachedList = row.messages.constData();
                cachedSize = row.messages.size();
            }
            out.append(cachedField);
        }
        out.append(clinical::kCsvLineEnd);
    }
}

std::size_t appendPersonRows(std::string &out,
                             std::string_view id,
                             const Snapshot &snapshot,
                             const std::vector<const RiskModel *> &models)
{
    std::size_t rows = 0;
    for (const RiskModel *model : models) {
        const Evaluation evaluation = model->evaluate(snapshot);
        rows += evaluation.rows.size();
        appendResultRows(out, id, evaluation);
    }
    return rows;
}

std::string
scoreSnapshot(std::string_view id, Snapshot snapshot, const std::vector<const RiskModel *> &models)
{
    clinical::deriveMissing(snapshot);
    std::string out(kResultHeader);
    out.append(clinical::kCsvLineEnd);
    appendPersonRows(out, id, snapshot, models);
    return out;
}

Result<BatchSummary> scoreCsv(QIODevice &in,
                              QIODevice &out,
                              const std::vector<const RiskModel *> &models,
                              BatchOptions options)
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
    Result<clinical::SnapshotCsvLayout> layout = clinical::SnapshotCsvLayout::fromHeader(reader);
    if (!layout)
        return tl::unexpected(layout.error());

    std::string buffer;
    buffer.reserve(kFlushBytes + std::size_t{64} * 1024);
    buffer.append(kResultHeader);
    buffer.append(clinical::kCsvLineEnd);

    BatchSummary summary;
    const int threads = workerCount(options.threads);
    std::vector<Snapshot> snapshots(kBlockSize);
    std::vector<std::string> ids(kBlockSize);
    std::vector<std::string> outputs(kBlockSize);
    std::vector<std::size_t> rowCounts(kBlockSize);

    // Scores people [0, count) of the block into outputs[]; several threads share the work.
    auto scoreBlock = [&](std::size_t count) {
        std::atomic<std::size_t> nextIndex{0};
        auto work = [&] {
            for (std::size_t i = nextIndex++; i < count; i = nextIndex++) {
                std::string &text = outputs[i];
                text.clear();
                rowCounts[i] = appendPersonRows(text, ids[i], snapshots[i], models);
            }
        };
        const int helpers = count < 16 ? 0 : threads - 1;
        std::vector<std::thread> pool;
        pool.reserve(static_cast<std::size_t>(std::max(helpers, 0)));
        for (int t = 0; t < helpers; ++t)
            pool.emplace_back(work);
        work();
        for (std::thread &thread : pool)
            thread.join();
    };

    bool more = true;
    while (more) {
        std::size_t count = 0;
        while (count < kBlockSize) {
            Result<bool> record = reader.next();
            if (!record) {
                // Name the column of a CSV syntax error as the cell errors do.
                Error error = record.error();
                const std::size_t column = reader.errorColumn();
                if (error.code == ErrorCode::InvalidInput && column >= 1
                    && column <= layout->columnCount())
                    error.field
                        += QStringLiteral(" (%1)").arg(layout->columns()[column - 1].header);
                return tl::unexpected(error);
            }
            if (!*record) {
                more = false;
                break;
            }
            // A blank line is no person (unless the file has one column, where it is one).
            if (reader.recordIsBlank() && layout->columnCount() > 1)
                continue;
            Result<clinical::Derivation> parsed
                = layout->parseRecord(reader, snapshots[count], ids[count]);
            if (!parsed)
                return tl::unexpected(parsed.error());
            ++count;
        }
        if (count == 0)
            continue;
        scoreBlock(count);
        for (std::size_t i = 0; i < count; ++i) {
            buffer.append(outputs[i]);
            summary.rows += static_cast<qint64>(rowCounts[i]);
            if (buffer.size() >= kFlushBytes) {
                if (Result<void> w = writeAll(out, buffer); !w)
                    return tl::unexpected(w.error());
            }
        }
        summary.people += static_cast<qint64>(count);
    }
    if (Result<void> w = writeAll(out, buffer); !w)
        return tl::unexpected(w.error());
    return summary;
}

} // namespace precis::risk
