// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/OptionsView.h"

#include "ui/Format.h"
#include "ui/chart/ModelCatalog.h"
#include "ui/chart/RiskFormat.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPalette>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <map>
#include <tuple>

namespace precis::ui {

therapy::ChartFacts chartFacts(const store::PatientDetails &details,
                               const clinical::Snapshot &snapshot)
{
    therapy::ChartFacts facts;
    facts.snapshot = snapshot;
    for (const store::Medication &m : details.medications) {
        if (!m.stopped)
            facts.medications.push_back({m.name, m.atc});
    }
    for (const store::Allergy &a : details.allergies)
        facts.allergies.push_back({a.substance, a.reaction, a.intolerance});
    auto fact = [&](store::SafetyFact f) { return details.safety[static_cast<std::size_t>(f)]; };
    facts.pregnant = fact(store::SafetyFact::Pregnancy);
    facts.acsPci = fact(store::SafetyFact::AcsOrPci);
    facts.mechanicalValve = fact(store::SafetyFact::MechanicalValve);
    facts.mitralStenosis = fact(store::SafetyFact::MitralStenosis);
    facts.dialysis = fact(store::SafetyFact::Dialysis);
    facts.priorDka = fact(store::SafetyFact::PriorDka);
    facts.mtcMen2 = fact(store::SafetyFact::MtcOrMen2);
    return facts;
}

OptionsView::OptionsView(const risk::RiskRegistry &registry, QWidget *parent)
    : QWidget(parent), m_registry(registry)
{
    setObjectName(QStringLiteral("optionsView"));
    if (Result<therapy::KnowledgeBase> kb = therapy::loadKnowledgeBase())
        m_kb = std::move(*kb);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("optionsHeading"));
    m_heading->setWordWrap(true);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("optionsNote"));
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("optionsTree"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Rank"),
                             tr("Option"),
                             tr("Eligible"),
                             tr("ARR (pp)"),
                             tr("NNT"),
                             tr("Class, level"),
                             tr("PGx"),
                             tr("Reason")});
    m_tree->headerItem()->setToolTip(
        Arr, tr("Absolute risk reduction in percentage points on the group's model"));
    m_tree->headerItem()->setToolTip(Pgx, tr("Pharmacogenomic modifier"));
    m_tree->headerItem()->setToolTip(Nnt, tr("Number needed to treat over the group's horizon"));
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setWordWrap(false);
    m_tree->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(Rank, 52);
    header->resizeSection(Option, 340);
    header->resizeSection(Eligible, 96);
    header->resizeSection(Arr, 76);
    header->resizeSection(Nnt, 52);
    header->resizeSection(Guideline, 112);
    header->resizeSection(Pgx, 120);

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("optionsDetails"));
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setTextFormat(Qt::RichText);
    m_details->setContentsMargins(8, 6, 8, 6);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("optionsDetailsArea"));
    scroll->setWidget(m_details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tree);
    split->addWidget(scroll);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    scroll->setMinimumHeight(130);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->addWidget(m_heading);
    layout->addWidget(m_note);
    layout->addWidget(split, 1);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &OptionsView::showDetails);
}

void OptionsView::clear()
{
    m_rows.clear();
    m_tree->clear();
    m_heading->clear();
    m_note->clear();
    m_details->clear();
}

void OptionsView::setFacts(const therapy::ChartFacts &facts, QDate asOf)
{
    clear();
    if (!m_kb) {
        m_heading->setText(tr("The treatment-option knowledge base could not be read."));
        return;
    }
    const therapy::PatientContext context = therapy::contextFromChart(facts);
    const therapy::OptionEngine engine(*m_kb, m_registry);
    m_rows = engine.assess(context);

    m_heading->setText(tr("<b>Treatment options as of %1</b> (knowledge base %2). Precis lists "
                          "what the guidelines say for this patient; it supports, never decides.")
                           .arg(Format::date(asOf), m_kb->version.toHtmlEscaped()));
    QStringList notes;
    notes << tr("Ranked by absolute risk reduction within each model, outcome and horizon, never "
                "across them. Option names, guideline reasons and citations are shown as the "
                "knowledge base words them (English).");
    if (!context.unrecognisedMedications.isEmpty()) {
        notes << tr("Medications not recognised, so not considered: %1")
                     .arg(context.unrecognisedMedications.join(QStringLiteral(", ")));
    }
    m_note->setText(notes.join(QLatin1Char('\n')));

    // Groups in the order their first row appears (knowledge-base order).
    using Key = std::tuple<QString, QString, int>;
    std::vector<Key> order;
    std::map<Key, std::vector<std::size_t>> groups;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const therapy::OptionRow &r = m_rows[i];
        const Key key{r.model, r.outcome, r.horizonYears.value_or(0)};
        if (!groups.count(key))
            order.push_back(key);
        groups[key].push_back(i);
    }
    const QPalette pal = palette();
    const QBrush grey = pal.brush(QPalette::Disabled, QPalette::Text);
    QLocale locale;
    QTreeWidgetItem *first = nullptr;
    for (const Key &key : order) {
        std::vector<std::size_t> idx = groups[key];
        std::stable_sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) {
            const therapy::OptionRow &x = m_rows[a];
            const therapy::OptionRow &y = m_rows[b];
            if (x.eligible != y.eligible)
                return x.eligible;
            if (x.rank.has_value() != y.rank.has_value())
                return x.rank.has_value();
            return x.rank && y.rank && *x.rank < *y.rank;
        });
        const auto &[model, outcome, years] = key;
        QString title;
        if (model.isEmpty()) {
            title = tr("Current medications with a genotype rule");
        } else {
            const risk::RiskModel *m = m_registry.find(model);
            const QString modelName = m ? RiskFormat::cardText(m->card().name) : model;
            title = tr("%1 — %2, %3")
                        .arg(modelName,
                             ModelCatalog::outcomeName(outcome),
                             outcome == QLatin1String("stroke_rate_annual")
                                 ? RiskFormat::horizon(years, QStringLiteral("%/a"))
                                 : RiskFormat::horizon(years, QStringLiteral("%")));
        }
        auto *group = new QTreeWidgetItem(m_tree);
        group->setText(Rank, title);
        group->setFirstColumnSpanned(true);
        QFont bold = group->font(Rank);
        bold.setBold(true);
        group->setFont(Rank, bold);
        group->setFlags(Qt::ItemIsEnabled);
        for (std::size_t i : idx) {
            const therapy::OptionRow &r = m_rows[i];
            auto *item = new QTreeWidgetItem(group);
            item->setData(Option, OptionIdRole, r.option);
            item->setData(Rank, OptionIdRole, static_cast<qulonglong>(i));
            if (r.rank)
                item->setText(Rank, locale.toString(*r.rank));
            QString name = r.option;
            if (r.option.startsWith(QLatin1String("review:")))
                name = tr("Review current %1").arg(r.option.mid(7));
            for (const therapy::OptionRecord &o : m_kb->options) {
                if (o.id == r.option)
                    name = o.what;
            }
            item->setText(Option, name);
            item->setToolTip(Option, name);
            item->setText(Eligible, r.eligible ? tr("Eligible") : tr("Not eligible"));
            if (r.arrPct)
                item->setText(Arr, locale.toString(*r.arrPct, 'f', 1));
            if (r.nnt)
                item->setText(Nnt, locale.toString(*r.nnt));
            // Class and level here; the guideline and its citation in the tooltip and below.
            if (!r.cls.isEmpty())
                item->setText(Guideline, tr("%1, %2").arg(r.cls, r.level));
            item->setToolTip(Guideline,
                             r.citation.isEmpty()
                                 ? r.guideline
                                 : QStringLiteral("%1\n%2").arg(r.guideline, r.citation));
            item->setText(Pgx, r.pgx.join(QStringLiteral("; ")));
            item->setToolTip(Pgx, item->text(Pgx));
            item->setText(Reason, r.reasons.join(QStringLiteral("; ")));
            item->setToolTip(Reason, item->text(Reason));
            for (int c : {Arr, Nnt, Rank})
                item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
            if (!r.eligible) {
                for (int c = 0; c < ColumnCount; ++c)
                    item->setForeground(c, grey);
            }
            if (!first)
                first = item;
        }
    }
    m_tree->expandAll();
    if (first)
        m_tree->setCurrentItem(first);
}

void OptionsView::showDetails()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || !item->parent()) {
        m_details->clear();
        return;
    }
    const auto i = static_cast<std::size_t>(item->data(Rank, OptionIdRole).toULongLong());
    if (i >= m_rows.size())
        return;
    const therapy::OptionRow &r = m_rows[i];
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(esc(item->text(Option)));
    QLocale locale;
    if (r.arrPct) {
        lines << (r.nnt ? tr("Absolute risk reduction %1 percentage points; number needed to "
                             "treat %2.")
                              .arg(locale.toString(*r.arrPct, 'f', 2), locale.toString(*r.nnt))
                        : tr("Absolute risk reduction %1 percentage points.")
                              .arg(locale.toString(*r.arrPct, 'f', 2)));
    }
    if (!r.guideline.isEmpty()) {
        lines << (r.cls.isEmpty() ? tr("Guideline: %1").arg(esc(r.guideline))
                                  : tr("Guideline: %1 — class %2, level %3")
                                        .arg(esc(r.guideline), esc(r.cls), esc(r.level)));
    }
    if (!r.citation.isEmpty())
        lines << tr("Citation: %1").arg(esc(r.citation));
    if (!r.pgx.isEmpty())
        lines << tr("Pharmacogenomics: %1").arg(esc(r.pgx.join(QStringLiteral("; "))));
    if (!r.reasons.isEmpty()) {
        lines << (r.eligible ? tr("Reason: %1") : tr("Not eligible: %1"))
                     .arg(esc(r.reasons.join(QStringLiteral("; "))));
    }
    if (m_kb && !m_kb->combination.isEmpty())
        lines << tr("Combining options: %1").arg(esc(m_kb->combination));
    m_details->setText(lines.join(QStringLiteral("<br>")));
}

} // namespace precis::ui
