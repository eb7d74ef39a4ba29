// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/RiskCard.h"

#include "ui/Format.h"
#include "ui/chart/ModelCatalog.h"
#include "ui/chart/RiskFormat.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace precis::ui {

namespace {

QLabel *label(const QString &text, const char *objectName, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setObjectName(QLatin1String(objectName));
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

QString rowTitle(const risk::OutcomeRow &row)
{
    const QString horizon = RiskFormat::horizon(row.horizonYears, row.unit);
    const QString outcome = ModelCatalog::outcomeName(row.outcome);
    if (horizon.isEmpty())
        return outcome;
    //: Risk card: "10-year risk · Atherosclerotic cardiovascular disease"
    return RiskCard::tr("%1 \u00B7 %2").arg(horizon, outcome);
}

} // namespace

std::vector<InputProblem> RiskCard::inputProblems(const risk::ModelCard &card,
                                                  const clinical::Snapshot &s)
{
    std::vector<InputProblem> out;
    for (const risk::InputSpec &in : card.inputs) {
        const std::optional<double> v = s.get(in.var);
        if (!v) {
            if (!in.optional)
                out.push_back({in.var, std::nullopt, in.min, in.max, in.unit});
            continue;
        }
        if (*v < in.min || *v > in.max)
            out.push_back({in.var, v, in.min, in.max, in.unit});
    }
    return out;
}

RiskCard::RiskCard(const risk::RiskModel &model,
                   const risk::Evaluation &evaluation,
                   const clinical::Snapshot &snapshot,
                   QWidget *parent)
    : QFrame(parent), m_modelId(model.card().id), m_evaluation(evaluation)
{
    setObjectName(QStringLiteral("riskCard_%1").arg(m_modelId));
    setProperty("riskCard", true);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::StyledPanel);
    const risk::ModelCard &card = model.card();
    for (const risk::OutcomeRow &row : evaluation.rows) {
        if (row.value && row.status != risk::Status::Refused) {
            m_headline = &row;
            break;
        }
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(6);
    //: Risk card title: model name and version
    auto *title = label(
        tr("%1 \u00B7 version %2")
            .arg(RiskFormat::cardText(card.name),
                 evaluation.modelVersion.isEmpty() ? card.version : evaluation.modelVersion),
        "riskCardTitle",
        this);
    layout->addWidget(title);
    if (m_headline)
        buildResult(layout, card);
    else
        buildRefusal(layout, card, evaluation, snapshot);
    setAccessibleName(tr("%1 risk card").arg(RiskFormat::cardText(card.name)));
}

void RiskCard::buildResult(QVBoxLayout *layout, const risk::ModelCard &card)
{
    const risk::OutcomeRow &head = *m_headline;
    auto *numberRow = new QHBoxLayout;
    auto *value = label(RiskFormat::value(*head.value, head.unit), "riskCardValue", this);
    value->setAccessibleName(tr("%1: %2").arg(rowTitle(head), value->text()));
    numberRow->addWidget(value);
    auto *what = label(rowTitle(head), "riskCardOutcome", this);
    numberRow->addWidget(what, 1);
    layout->addLayout(numberRow);

    if (!head.category.isEmpty()) {
        const QString guideline = RiskFormat::cardText(card.guideline);
        auto *category = label(
            guideline.isEmpty() ? tr("Category: %1").arg(ModelCatalog::categoryName(head.category))
                                //: Risk category and the guideline that defines it
                                : tr("Category: %1 (by %2)")
                                      .arg(ModelCatalog::categoryName(head.category), guideline),
            "riskCardCategory",
            this);
        category->setProperty("category", head.category);
        layout->addWidget(category);
    }

    // The other rows of the model (other horizons, outcomes, points), smaller.
    QStringList others;
    for (const risk::OutcomeRow &row : m_evaluation.rows) {
        if (&row == m_headline)
            continue;
        if (row.value && row.status != risk::Status::Refused)
            others << tr("%1: %2").arg(rowTitle(row), RiskFormat::value(*row.value, row.unit));
    }
    if (!others.isEmpty())
        layout->addWidget(label(others.join(QLatin1Char('\n')), "riskCardOtherRows", this));

    // Warnings next to the number, never hidden.
    QStringList warnings;
    for (const risk::OutcomeRow &row : m_evaluation.rows) {
        if (row.status != risk::Status::Warning)
            continue;
        const QStringList texts = RiskFormat::messages(row);
        for (const QString &m : texts) {
            if (!warnings.contains(m))
                warnings << m;
        }
    }
    for (const QString &w : warnings) {
        auto *warning = label(QStringLiteral("\u26A0 ") + w, "riskCardWarning", this);
        layout->addWidget(warning);
    }

    // The basis: oldest input used and the model's outcome definition.
    QDate oldest;
    for (const risk::UsedInput &in : m_evaluation.inputs) {
        if (in.date.isValid() && (!oldest.isValid() || in.date < oldest))
            oldest = in.date;
    }
    if (oldest.isValid()) {
        auto *age = label(
            tr("Oldest input used: %1").arg(Format::date(oldest)), "riskCardOldestInput", this);
        if (oldest.daysTo(QDate::currentDate()) > 365)
            age->setProperty("stale", true);
        layout->addWidget(age);
    }
    if (ModelCatalog::usesRace(card.id)) {
        layout->addWidget(label(tr("Uses race as an input (white, African American or other). "
                                   "The 2023 AHA PREVENT equations left race out because race "
                                   "is a social, not a biological, category; compare them "
                                   "beside this card."),
                                "riskCardRaceNote",
                                this));
    }
    if (!card.disclaimer.isEmpty())
        layout->addWidget(label(RiskFormat::cardText(card.disclaimer), "riskCardDisclaimer", this));
    setToolTip(tr("%1\nOutcome: %2\nHorizon: %3\nDerived in: %4\nCitation: %5")
                   .arg(RiskFormat::cardText(card.name),
                        RiskFormat::cardText(card.outcome),
                        RiskFormat::cardText(card.horizon),
                        RiskFormat::cardText(card.derivation),
                        card.citation));
}

void RiskCard::buildRefusal(QVBoxLayout *layout,
                            const risk::ModelCard &card,
                            const risk::Evaluation &evaluation,
                            const clinical::Snapshot &snapshot)
{
    setProperty("refused", true);
    layout->addWidget(label(tr("Cannot compute"), "riskCardCannotCompute", this));
    const std::vector<InputProblem> problems = inputProblems(card, snapshot);
    for (const InputProblem &p : problems) {
        auto *row = new QHBoxLayout;
        const QString name = RiskFormat::variable(p.var);
        const QString range = QStringLiteral("%1\u2013%2 %3")
                                  .arg(QLocale().toString(p.min),
                                       QLocale().toString(p.max),
                                       RiskFormat::unit(p.unit))
                                  .trimmed();
        const QString text = p.value
                                 //: Refusal card: field, value, valid range
                                 ? tr("%1 is %2, outside the model's range %3")
                                       .arg(name, RiskFormat::variableValue(p.var, *p.value), range)
                                 : tr("%1 is missing").arg(name);
        row->addWidget(label(text, "riskCardProblem", this), 1);
        // Short text beside the problem (long field names made the column too wide to read);
        // the accessible name says which field it opens.
        auto *link = new QPushButton(tr("Enter value"), this);
        link->setAccessibleName(tr("Enter %1").arg(name));
        link->setToolTip(tr("Open Intake at %1").arg(name));
        link->setObjectName(
            QStringLiteral("riskCardFieldLink_%1").arg(QString(clinical::varInfo(p.var).name)));
        link->setFlat(true);
        link->setProperty("link", true);
        link->setCursor(Qt::PointingHandCursor);
        const clinical::Var var = p.var;
        connect(link, &QPushButton::clicked, this, [this, var] { Q_EMIT fieldRequested(var); });
        row->addWidget(link);
        layout->addLayout(row);
    }
    if (problems.empty()) {
        // Refused for another reason (outside the derivation population, prior CVD, ...):
        // the model's own reason, which names the field and value.
        QStringList reasons;
        for (const risk::OutcomeRow &row : evaluation.rows) {
            const QStringList texts = RiskFormat::messages(row);
            for (const QString &m : texts) {
                if (!reasons.contains(m))
                    reasons << m;
            }
        }
        layout->addWidget(label(reasons.join(QLatin1Char('\n')), "riskCardRefusalReason", this));
    }
}

void RiskCard::setSelected(bool selected)
{
    setProperty("selected", selected);
    style()->unpolish(this);
    style()->polish(this);
}

void RiskCard::mousePressEvent(QMouseEvent *event)
{
    Q_EMIT selected(m_modelId);
    QFrame::mousePressEvent(event);
}

void RiskCard::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space || event->key() == Qt::Key_Return
        || event->key() == Qt::Key_Enter) {
        Q_EMIT selected(m_modelId);
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace precis::ui
