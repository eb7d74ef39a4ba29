// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/risk/InputReader.h"

#include <QCoreApplication>

#include <array>
#include <charconv>
#include <cmath>

namespace precis::risk {

QString formatNumber(double value)
{
    std::array<char, 32> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return QString::fromLatin1(buffer.data(), static_cast<qsizetype>(result.ptr - buffer.data()));
}

namespace {

QString fieldName(Var var)
{
    return QString(clinical::varInfo(var).name);
}

QString withUnit(const QString &number, const QString &unit)
{
    return unit.isEmpty() ? number : number + QLatin1Char(' ') + unit;
}

bool isCategory(Var var)
{
    return clinical::varInfo(var).kind == clinical::VarKind::Category;
}

/// A category code as the token a person CSV uses ("black", not 1); a number otherwise.
QString valueText(const InputSpec &spec, double value)
{
    if (isCategory(spec.var) && value == std::floor(value)) {
        const clinical::VarInfo &info = clinical::varInfo(spec.var);
        const double t = value - info.firstCode;
        if (t >= 0 && t < info.tokenCount)
            return QString(info.tokens[static_cast<std::size_t>(t)]);
    }
    return withUnit(formatNumber(value), spec.unit);
}

/// The valid range as an argument ("90-180 mm[Hg]"); for a category the accepted tokens, since
/// its codes are internal numbers a user never writes ("never, former, light").
QString rangeText(const InputSpec &spec)
{
    if (isCategory(spec.var)) {
        QStringList tokens;
        // Category codes are whole numbers; an integer counter cannot drift.
        for (int code = static_cast<int>(std::ceil(spec.min)); code <= spec.max; ++code)
            tokens.append(valueText(spec, code));
        return tokens.join(QStringLiteral(", "));
    }
    // "-8-12" would read as a subtraction: a negative minimum takes "to".
    const QString separator = spec.min < 0 ? QStringLiteral(" to ") : QStringLiteral("-");
    const QString range = formatNumber(spec.min) + separator + formatNumber(spec.max);
    return withUnit(range, spec.unit);
}

} // namespace

Message outOfRangeMessage(const InputSpec &spec, double value, bool notUsed)
{
    const char *source = nullptr;
    if (isCategory(spec.var)) {
        source = notUsed ? QT_TRANSLATE_NOOP("precis::risk::RiskText",
                                             "%1 = %2 is outside the valid values %3; not used")
                         : QT_TRANSLATE_NOOP("precis::risk::RiskText",
                                             "%1 = %2 is outside the valid values %3");
    } else {
        source = notUsed ? QT_TRANSLATE_NOOP("precis::risk::RiskText",
                                             "%1 = %2 is outside the valid range %3; not used")
                         : QT_TRANSLATE_NOOP("precis::risk::RiskText",
                                             "%1 = %2 is outside the valid range %3");
    }
    return {source, {fieldName(spec.var), valueText(spec, value), rangeText(spec)}};
}

Message missingMessage(const InputSpec &spec)
{
    const char *source = isCategory(spec.var)
                             ? QT_TRANSLATE_NOOP("precis::risk::RiskText",
                                                 "%1 is missing; required (valid values %2)")
                             : QT_TRANSLATE_NOOP("precis::risk::RiskText",
                                                 "%1 is missing; required (valid range %2)");
    return {source, {fieldName(spec.var), rangeText(spec)}};
}

InputReader::InputReader(const Snapshot &snapshot, const ModelCard &card)
    : m_snapshot(snapshot), m_card(card)
{
    // One allocation instead of a growth series: evaluate() runs millions of times in batch.
    m_used.reserve(card.inputs.size());
    Q_ASSERT(card.inputs.size() < 255);
    for (std::size_t i = card.inputs.size(); i-- > 0;) // first spec of a Var wins
        m_specIndex[clinical::index(card.inputs[i].var)] = static_cast<std::uint8_t>(i + 1);
}

const InputSpec *InputReader::spec(Var var) const
{
    const std::uint8_t position = m_specIndex[clinical::index(var)];
    return position == 0 ? nullptr : &m_card.inputs[position - 1U];
}

bool InputReader::usable(Var var) const
{
    const InputSpec *s = spec(var);
    const std::optional<double> value = m_snapshot.get(var);
    return s != nullptr && value && *value >= s->min && *value <= s->max;
}

std::optional<double> InputReader::require(Var var)
{
    const InputSpec *s = spec(var);
    if (s == nullptr) {
        refuse(
            {QT_TRANSLATE_NOOP("precis::risk::RiskText", "%1: not an input of %2 (internal error)"),
             {fieldName(var), m_card.id}});
        return std::nullopt;
    }
    const std::optional<double> value = m_snapshot.get(var);
    if (!value) {
        refuse(missingMessage(*s));
        return std::nullopt;
    }
    if (!(*value >= s->min && *value <= s->max)) {
        refuse(outOfRangeMessage(*s, *value));
        return std::nullopt;
    }
    m_used.push_back(UsedInput{var, *value, m_snapshot.dates[clinical::index(var)]});
    return value;
}

std::optional<double> InputReader::requireCode(Var var)
{
    const std::optional<double> value = require(var);
    if (value && *value != std::floor(*value)) {
        refuse({QT_TRANSLATE_NOOP("precis::risk::RiskText",
                                  "%1 = %2 is not a valid code (codes are whole numbers)"),
                {fieldName(var), formatNumber(*value)}});
        return std::nullopt;
    }
    return value;
}

std::optional<double> InputReader::optional(Var var)
{
    const InputSpec *s = spec(var);
    const std::optional<double> value = m_snapshot.get(var);
    if (s == nullptr || !value)
        return std::nullopt;
    if (!(*value >= s->min && *value <= s->max)) {
        warn(outOfRangeMessage(*s, *value, true));
        return std::nullopt;
    }
    m_used.push_back(UsedInput{var, *value, m_snapshot.dates[clinical::index(var)]});
    return value;
}

Evaluation refusedEvaluation(const ModelCard &card, const Messages &reasons)
{
    Evaluation evaluation;
    evaluation.modelId = card.id;
    evaluation.modelVersion = card.version;
    evaluation.rows.reserve(card.outputs.size());
    for (const OutputSpec &output : card.outputs)
        evaluation.rows.push_back(refusedRow(output, reasons));
    return evaluation;
}

OutcomeRow
makeRow(const OutputSpec &output, double value, QString category, const Messages &warnings)
{
    OutcomeRow row;
    row.outcome = output.outcome;
    row.unit = output.unit;
    row.horizonYears = output.horizonYears;
    row.value = value;
    row.category = std::move(category);
    row.status = warnings.isEmpty() ? Status::Ok : Status::Warning;
    row.messages = warnings.texts;
    row.messageSources = warnings.sources;
    return row;
}

OutcomeRow refusedRow(const OutputSpec &output, const Messages &reasons)
{
    OutcomeRow row;
    row.outcome = output.outcome;
    row.unit = output.unit;
    row.horizonYears = output.horizonYears;
    row.status = Status::Refused;
    row.messages = reasons.texts;
    row.messageSources = reasons.sources;
    return row;
}

} // namespace precis::risk
