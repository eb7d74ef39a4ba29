// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/risk/ModelDocs.h"

#include "core/risk/InputReader.h"

namespace precis::risk {

namespace {

/// Table cells must not break the row: escape pipes, fold line breaks.
QString cell(QString text)
{
    text.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

QString orNone(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("none") : text;
}

QString codeList(const clinical::VarInfo &info, double min, double max)
{
    QStringList tokens;
    for (int t = 0; t < info.tokenCount; ++t) {
        const int code = info.firstCode + t;
        if (code >= min && code <= max)
            tokens.append(QString(info.tokens[static_cast<std::size_t>(t)]));
    }
    return tokens.join(QStringLiteral(", "));
}

QString rangeCell(const InputSpec &spec)
{
    const clinical::VarInfo &info = clinical::varInfo(spec.var);
    if (info.kind == clinical::VarKind::Flag)
        return spec.min == spec.max ? formatNumber(spec.min) : QStringLiteral("0 or 1");
    if (info.kind == clinical::VarKind::Category)
        return codeList(info, spec.min, spec.max);
    return formatNumber(spec.min) + QStringLiteral(" to ") + formatNumber(spec.max);
}

QString referenceValue(const Snapshot &reference, Var var)
{
    const std::optional<double> value = reference.get(var);
    if (!value)
        return QStringLiteral("(none)");
    const clinical::VarInfo &info = clinical::varInfo(var);
    if (info.kind == clinical::VarKind::Category) {
        const int t = static_cast<int>(*value) - info.firstCode;
        if (t >= 0 && t < info.tokenCount)
            return QString(info.tokens[static_cast<std::size_t>(t)]);
    }
    QString text = formatNumber(*value);
    if (info.kind == clinical::VarKind::Number && !info.unit.isEmpty())
        text += QLatin1Char(' ') + QString(info.unit);
    return text;
}

void bulletList(QString &out, const QStringList &items)
{
    if (items.isEmpty()) {
        out += QStringLiteral("- none recorded\n");
        return;
    }
    for (const QString &item : items)
        out += QStringLiteral("- ") + item + QLatin1Char('\n');
}

} // namespace

QString modelList(const RiskRegistry &registry)
{
    QString out;
    for (const auto &model : registry.models()) {
        const ModelCard &card = model->card();
        out += card.id + QLatin1Char('\t') + card.version + QLatin1Char('\t') + card.name
               + QLatin1Char('\n');
    }
    return out;
}

QString modelCardMarkdown(const ModelCard &card)
{
    QString out;
    // An explicit anchor: the heading's generated one depends on the renderer.
    out += QStringLiteral("<a id=\"%1\"></a>\n\n## `%1` — %2\n\n").arg(card.id, card.name);
    out += QStringLiteral("| | |\n|---|---|\n");
    auto row = [&out](const char *label, const QString &value) {
        out += QStringLiteral("| %1 | %2 |\n").arg(QLatin1StringView(label), cell(orNone(value)));
    };
    row("id", QLatin1Char('`') + card.id + QLatin1Char('`'));
    row("version", card.version);
    row("outcome", card.outcome);
    row("horizon", card.horizon);
    row("derivation population", card.derivation);
    row("validation population", card.validation);
    row("guideline of the categories", card.guideline);
    row("citation", card.citation);
    row("coefficient source", card.coefficientSource);
    out += QLatin1Char('\n');

    out += QStringLiteral("**Inputs**\n\n| input | unit | valid range | optional | note |\n"
                          "|---|---|---|---|---|\n");
    for (const InputSpec &spec : card.inputs) {
        out += QStringLiteral("| `%1` | %2 | %3 | %4 | %5 |\n")
                   .arg(QString(clinical::varInfo(spec.var).name),
                        cell(spec.unit),
                        cell(rangeCell(spec)),
                        spec.optional ? QStringLiteral("yes") : QStringLiteral("no"),
                        cell(spec.note));
    }
    out += QLatin1Char('\n');

    out += QStringLiteral("**Outputs**\n\n| outcome | unit | horizon (years) |\n|---|---|---|\n");
    for (const OutputSpec &output : card.outputs) {
        out += QStringLiteral("| `%1` | %2 | %3 |\n")
                   .arg(output.outcome,
                        cell(output.unit),
                        output.horizonYears ? QString::number(*output.horizonYears)
                                            : QStringLiteral("—"));
    }
    out += QLatin1Char('\n');

    out += QStringLiteral("**Explanation** (exact Shapley values relative to the reference "
                          "profile)\n\n");
    QStringList held;
    for (const Var v : card.heldForExplanation)
        held.append(QLatin1Char('`') + QString(clinical::varInfo(v).name) + QLatin1Char('`'));
    out += QStringLiteral("- held at the patient's values: %1\n")
               .arg(held.isEmpty() ? QStringLiteral("none") : held.join(QStringLiteral(", ")));
    for (const PlayerGroup &group : card.players) {
        QStringList parts;
        for (const Var v : group.vars) {
            parts.append(
                QStringLiteral("`%1` = %2")
                    .arg(QString(clinical::varInfo(v).name), referenceValue(card.reference, v)));
        }
        out += QStringLiteral("- player `%1`: %2\n")
                   .arg(group.name, parts.join(QStringLiteral(", ")));
    }
    out += QLatin1Char('\n');

    out += QStringLiteral("**Limits**\n\n");
    bulletList(out, card.limits);
    if (!card.disclaimer.isEmpty())
        out += QStringLiteral("\n**Disclaimer shown with every score**: ") + card.disclaimer
               + QLatin1Char('\n');
    out += QStringLiteral("\n**Validation evidence**\n\n");
    bulletList(out, card.validationEvidence);
    out += QLatin1Char('\n');
    return out;
}

QString modelsMarkdown(const RiskRegistry &registry)
{
    QString out;
    out += QStringLiteral(
        "# Risk models\n\n"
        "Generated from the model cards in the code by `precis-cli models --markdown`; do not "
        "edit by hand, regenerate.\n\n"
        "Every model refuses (names field, value, unit and valid range) when an input is "
        "missing or outside the card's range, and computes with a warning outside its "
        "derivation population. Explanations are exact Shapley values over the players listed "
        "below, relative to each card's reference profile, in the result's own unit.\n\n"
        "| id | version | name | outputs |\n|---|---|---|---|\n");
    for (const auto &model : registry.models()) {
        const ModelCard &card = model->card();
        QStringList outputs;
        for (const OutputSpec &output : card.outputs) {
            outputs.append(output.outcome
                           + (output.horizonYears
                                  ? QStringLiteral(" (%1 y)").arg(*output.horizonYears)
                                  : QString()));
        }
        out += QStringLiteral("| [`%1`](#%2) | %3 | %4 | %5 |\n")
                   .arg(card.id,
                        card.id,
                        cell(card.version),
                        cell(card.name),
                        cell(outputs.join(QStringLiteral(", "))));
    }
    out += QLatin1Char('\n');
    for (const auto &model : registry.models())
        out += modelCardMarkdown(model->card());
    return out;
}

} // namespace precis::risk
