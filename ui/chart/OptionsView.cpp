// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/OptionsView.h"

#include "core/risk/RiskText.h"
#include "core/therapy/DecisionRecord.h"
#include "core/therapy/TherapyText.h"
#include "ui/Format.h"
#include "ui/chart/GenomicsView.h"
#include "ui/chart/ModelCatalog.h"
#include "ui/chart/OptionDecisionDialog.h"
#include "ui/chart/RiskFormat.h"
#include "ui/chart/TherapyImpactPanel.h"
#include "ui/session/Session.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPalette>
#include <QPushButton>
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
                             tr("Decision"),
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
    header->resizeSection(Decision, 116);
    m_tree->headerItem()->setToolTip(Decision, tr("The latest decision recorded on the option"));
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);

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

    // Decisions on the selected option: buttons enabled for a physician only (core enforces it
    // again); the status line says what happened or why the buttons are disabled.
    m_accept = new QPushButton(tr("&Accept..."), this);
    m_accept->setObjectName(QStringLiteral("acceptOptionButton"));
    m_decline = new QPushButton(tr("&Decline..."), this);
    m_decline->setObjectName(QStringLiteral("declineOptionButton"));
    m_defer = new QPushButton(tr("De&fer..."), this);
    m_defer->setObjectName(QStringLiteral("deferOptionButton"));
    m_decisionStatus = new QLabel(this);
    m_decisionStatus->setObjectName(QStringLiteral("decisionStatusLabel"));
    m_decisionStatus->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(8, 4, 8, 4);
    buttons->addWidget(m_accept);
    buttons->addWidget(m_decline);
    buttons->addWidget(m_defer);
    buttons->addWidget(m_decisionStatus, 1);
    auto *evidence = new QWidget(this);
    auto *evidenceLayout = new QVBoxLayout(evidence);
    evidenceLayout->setContentsMargins(0, 0, 0, 0);
    evidenceLayout->setSpacing(0);
    evidenceLayout->addLayout(buttons);
    evidenceLayout->addWidget(scroll, 1);

    m_impact = new TherapyImpactPanel(this);
    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->setObjectName(QStringLiteral("optionsBottomSplitter"));
    bottom->addWidget(evidence);
    bottom->addWidget(m_impact);
    bottom->setStretchFactor(0, 1);
    bottom->setStretchFactor(1, 1);
    bottom->setChildrenCollapsible(false);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tree);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    // The ranked list is what the physician reads first and grows with the window; the chart
    // keeps the height it needs to be read (its minimum), the table scrolls.
    split->setSizes({240, 300});
    scroll->setMinimumHeight(130);
    m_impact->setMinimumHeight(300);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->addWidget(m_heading);
    layout->addWidget(m_note);
    layout->addWidget(split, 1);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &OptionsView::showDetails);
    connect(m_accept, &QPushButton::clicked, this, [this] { decide(store::Decision::Accept); });
    connect(m_decline, &QPushButton::clicked, this, [this] { decide(store::Decision::Decline); });
    connect(m_defer, &QPushButton::clicked, this, [this] { decide(store::Decision::Defer); });
    connect(m_tree, &QTreeWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QTreeWidgetItem *item = m_tree->itemAt(pos);
        if (!item || !item->parent())
            return;
        m_tree->setCurrentItem(item);
        QMenu menu(this);
        for (QPushButton *b : {m_accept, m_decline, m_defer}) {
            QAction *a = menu.addAction(b->text(), b, &QPushButton::click);
            a->setEnabled(b->isEnabled());
        }
        menu.exec(m_tree->viewport()->mapToGlobal(pos));
    });
    updateButtons();
}

QPushButton *OptionsView::decisionButton(store::Decision decision) const
{
    switch (decision) {
    case store::Decision::Accept:
        return m_accept;
    case store::Decision::Decline:
        return m_decline;
    case store::Decision::Defer:
        return m_defer;
    }
    return nullptr;
}

void OptionsView::setDecisionSession(Session *session, qint64 patientId)
{
    m_session = session;
    m_patientId = patientId;
    m_history.clear();
    updateButtons();
}

void OptionsView::clear()
{
    m_rows.clear();
    m_tumour.reset();
    m_tumourStart = 0;
    m_facts = {};
    m_context = {};
    m_history.clear();
    m_tree->clear();
    m_heading->clear();
    m_note->clear();
    m_details->clear();
    m_decisionStatus->clear();
    m_impact->clear();
    updateButtons();
}

void OptionsView::setFacts(const therapy::ChartFacts &facts, QDate asOf)
{
    clear();
    if (!m_kb) {
        m_heading->setText(tr("The treatment-option knowledge base could not be read."));
        return;
    }
    // Kept as given: a decision stores exactly these facts, from which replay re-derives it.
    m_facts = facts;
    m_context = therapy::contextFromChart(facts);
    const therapy::PatientContext &context = m_context;
    const therapy::OptionEngine engine(*m_kb, m_registry);
    m_rows = engine.assess(context);
    m_tumourStart = m_rows.size();
    readTumourOptions();
    readDecisions();

    m_heading->setText(tr("<b>Treatment options as of %1</b> (knowledge base %2). Precis lists "
                          "what the guidelines say for this patient; it supports, never decides.")
                           .arg(Format::date(asOf), m_kb->version.toHtmlEscaped()));
    QStringList notes;
    notes << tr("Ranked by absolute risk reduction within each model, outcome and horizon, never "
                "across them. Guideline titles and citations are shown as published (English).");
    if (!context.unrecognisedMedications.isEmpty()) {
        notes << tr("Medications not recognised, so not considered: %1")
                     .arg(context.unrecognisedMedications.join(QStringLiteral(", ")));
    }
    m_note->setText(notes.join(QLatin1Char('\n')));

    // Groups in the order their first row appears (knowledge-base order).
    using Key = std::tuple<QString, QString, int>;
    std::vector<Key> order;
    std::map<Key, std::vector<std::size_t>> groups;
    for (std::size_t i = 0; i < m_tumourStart; ++i) {
        const therapy::OptionRow &r = m_rows[i];
        const Key key{r.model, r.outcome, r.horizonYears.value_or(0)};
        if (!groups.count(key))
            order.push_back(key);
        groups[key].push_back(i);
    }
    const QPalette pal = palette();
    const QBrush grey = pal.brush(QPalette::Disabled, QPalette::Text);
    QLocale locale;
    // The tumour-guided options first: for a patient with a stored tumour match they are the
    // decisions at hand; the engine's groups follow as always.
    QTreeWidgetItem *first = addTumourGroup();
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
            item->setText(Option, optionName(r));
            item->setToolTip(Option, item->text(Option));
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
            item->setText(Pgx, pgxTexts(r).join(QStringLiteral("; ")));
            item->setToolTip(Pgx, item->text(Pgx));
            item->setText(Reason, reasonTexts(r).join(QStringLiteral("; ")));
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
    updateDecisionColumn();
    if (first)
        m_tree->setCurrentItem(first);
    updateButtons();
}

void OptionsView::readTumourOptions()
{
    m_tumour.reset();
    if (!m_session || !m_patientId)
        return;
    auto match = m_session->tumourMatch(m_patientId);
    if (!match) {
        if (match.error().code != ErrorCode::Unsupported)
            m_decisionStatus->setText(tr("The tumour findings could not be read."));
        return;
    }
    if (!match->has_value())
        return;
    const store::StoredTumourMatch &stored = **match;
    const QList<genomics::TumourFinding> findings = store::tumourFindings(stored.match);
    TumourState t;
    t.tumourType = stored.tumourType;
    t.knowledgeVersion = stored.match.knowledgeVersion;
    // Kept as derived: a decision stores exactly these inputs, from which replay re-derives it.
    t.inputs
        = therapy::tumourInputsToJson(stored.tumourType, stored.match.oncotreeRelease, findings);
    t.options = therapy::tumourOptions(findings);
    for (const therapy::TumourOption &o : t.options)
        m_rows.push_back(o.row);
    m_tumour = std::move(t);
}

const therapy::TumourOption *OptionsView::tumourOption(std::size_t rowIndex) const
{
    if (!m_tumour || rowIndex < m_tumourStart)
        return nullptr;
    const std::size_t k = rowIndex - m_tumourStart;
    return k < m_tumour->options.size() ? &m_tumour->options[k] : nullptr;
}

QTreeWidgetItem *OptionsView::addTumourGroup()
{
    if (!m_tumour || m_tumour->options.empty())
        return nullptr;
    auto *group = new QTreeWidgetItem(m_tree);
    //: %1 OncoTree code of the tumour, %2 tumour knowledge version
    group->setText(Rank,
                   tr("Tumour-guided options — tumour type %1 (tumour knowledge %2); no risk "
                      "reduction is computed for them")
                       .arg(m_tumour->tumourType, m_tumour->knowledgeVersion));
    group->setFirstColumnSpanned(true);
    QFont bold = group->font(Rank);
    bold.setBold(true);
    group->setFont(Rank, bold);
    group->setFlags(Qt::ItemIsEnabled);
    const QBrush grey = palette().brush(QPalette::Disabled, QPalette::Text);
    QTreeWidgetItem *first = nullptr;
    // Eligible rows first, as in every group; otherwise in the order derived.
    std::vector<std::size_t> idx;
    for (std::size_t i = m_tumourStart; i < m_rows.size(); ++i)
        idx.push_back(i);
    std::stable_sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) {
        return m_rows[a].eligible && !m_rows[b].eligible;
    });
    for (std::size_t i : idx) {
        const therapy::OptionRow &r = m_rows[i];
        const therapy::TumourOption *o = tumourOption(i);
        auto *item = new QTreeWidgetItem(group);
        item->setData(Option, OptionIdRole, r.option);
        item->setData(Rank, OptionIdRole, static_cast<qulonglong>(i));
        item->setText(Option, optionName(r));
        item->setToolTip(Option, item->text(Option));
        item->setText(Eligible,
                      r.eligible ? tr("Eligible")
                      : o && o->effect == genomics::TumourEffect::Resistance
                          //: A tumour finding that predicts resistance to the therapy
                          ? tr("Resistance")
                          : tr("Not eligible"));
        if (o) {
            //: %1 context (on-label, ...), %2 evidence level
            item->setText(
                Guideline,
                tr("%1, %2").arg(GenomicsView::tumourContextText(genomics::contextCode(o->context)),
                                 r.level));
        }
        // The column is narrow: the tooltip gives the whole context and level above the citation.
        item->setToolTip(Guideline,
                         item->text(Guideline).isEmpty()
                             ? r.citation
                             : item->text(Guideline) + QLatin1Char('\n') + r.citation);
        item->setText(Reason, reasonTexts(r).join(QStringLiteral("; ")));
        item->setToolTip(Reason, item->text(Reason));
        if (!r.eligible) {
            for (int c = 0; c < ColumnCount; ++c)
                item->setForeground(c, grey);
        }
        if (!first)
            first = item;
    }
    return first;
}

QString OptionsView::optionName(const therapy::OptionRow &row) const
{
    if (row.option.startsWith(QLatin1String("review:")))
        return tr("Review current %1").arg(row.option.mid(7));
    if (therapy::isTumourOption(row.option) && m_tumour) {
        for (const therapy::TumourOption &o : m_tumour->options) {
            if (o.row.option == row.option)
                //: Tumour-guided option: %1 therapy, %2 gene, %3 protein change
                return tr("%1 (%2 %3)").arg(o.therapy, o.gene, o.protein);
        }
    }
    if (const char *source = therapy::optionNameSource(row.option))
        return QCoreApplication::translate(therapy::kTherapyTextContext, source);
    if (m_kb) {
        if (const therapy::OptionRecord *o = m_kb->find(row.option))
            return o->what;
    }
    return row.option;
}

namespace {

// A knowledge-base text (an effect's endpoint, the re-run's change, ...) in the user's
// language when core/therapy marks it; any other text as it is.
QString knowledgeText(const QString &english)
{
    if (const char *source = therapy::knowledgeTextSource(english))
        return QCoreApplication::translate(therapy::kTherapyTextContext, source);
    return english;
}

} // namespace

// The row's reasons in the user's language: each template of core/therapy translated and
// filled, with the knowledge-base texts among its arguments translated too; a reason without a
// template stays as core worded it.
QStringList OptionsView::reasonTexts(const therapy::OptionRow &row)
{
    QStringList out;
    for (qsizetype i = 0; i < row.reasons.size(); ++i) {
        const auto index = static_cast<std::size_t>(i);
        const risk::Message *m
            = index < row.reasonSources.size() ? &row.reasonSources[index] : nullptr;
        if (!m || !m->source) {
            out << row.reasons.at(i);
            continue;
        }
        QStringList args;
        for (const QString &arg : m->args)
            args << knowledgeText(arg);
        out << risk::fillTemplate(
            QCoreApplication::translate(therapy::kTherapyTextContext, m->source), args);
    }
    return out;
}

// The genotype notes in the user's language: the note's frame, action and strength translated;
// gene, phenotype token and CPIC year as they are.
QStringList OptionsView::pgxTexts(const therapy::OptionRow &row)
{
    const auto translate = [](const char *text) {
        return text ? QCoreApplication::translate(therapy::kTherapyTextContext, text) : QString();
    };
    QStringList out;
    for (qsizetype i = 0; i < row.pgx.size(); ++i) {
        const auto index = static_cast<std::size_t>(i);
        if (index >= row.pgxSources.size() || !row.pgxSources[index].action) {
            out << row.pgx.at(i);
            continue;
        }
        const therapy::PgxText &p = row.pgxSources[index];
        if (p.source) { // DPWG or an FDA label, not CPIC
            out << risk::fillTemplate(translate(therapy::pgxNoteSourceFrame()),
                                      {p.gene,
                                       p.phenotype,
                                       translate(p.action),
                                       QString::fromUtf8(p.source),
                                       QString::number(p.cpicYear),
                                       translate(p.strength)});
            continue;
        }
        out << risk::fillTemplate(translate(therapy::pgxNoteFrame()),
                                  {p.gene,
                                   p.phenotype,
                                   translate(p.action),
                                   QString::number(p.cpicYear),
                                   translate(p.strength)});
    }
    return out;
}

void OptionsView::readDecisions()
{
    m_history.clear();
    if (!m_session)
        return;
    auto history = m_session->decisions(m_patientId);
    if (history) {
        m_history = std::move(*history);
    } else if (history.error().code != ErrorCode::Unsupported) {
        m_decisionStatus->setText(tr("Earlier decisions could not be read."));
    }
}

const store::RecordedDecision *OptionsView::latestDecision(const QString &optionId) const
{
    // m_history is newest first; the first on the option supersedes every other.
    for (const store::RecordedDecision &d : m_history) {
        if (d.optionId == optionId)
            return &d;
    }
    return nullptr;
}

void OptionsView::updateDecisionColumn()
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int c = 0; c < group->childCount(); ++c) {
            QTreeWidgetItem *item = group->child(c);
            const store::RecordedDecision *d
                = latestDecision(item->data(Option, OptionIdRole).toString());
            if (!d) {
                item->setText(Decision, QString());
                item->setToolTip(Decision, QString());
                continue;
            }
            item->setText(Decision, OptionDecisionDialog::pastTense(d->decision));
            //: %1 decision (Accepted, ...), %2 user, %3 date and time, %4 reason
            item->setToolTip(
                Decision,
                tr("%1 by %2 on %3: %4")
                    .arg(OptionDecisionDialog::pastTense(d->decision),
                         d->decidedBy,
                         QLocale().toString(d->decidedAt.toLocalTime(), QLocale::ShortFormat),
                         d->reason.isEmpty() ? tr("no reason given") : d->reason));
        }
    }
}

void OptionsView::updateButtons()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    const bool onOption = item && item->parent() && m_kb && m_session;
    const bool physician = m_session && m_session->user().has(store::Role::Physician);
    for (QPushButton *b : {m_accept, m_decline, m_defer}) {
        b->setEnabled(onOption && physician);
        b->setToolTip(!m_session || physician
                          ? tr("Record a decision on the selected option")
                          : tr("Only a physician can accept, decline or defer a treatment "
                               "option. You can view the options and earlier decisions."));
    }
}

void OptionsView::decide(store::Decision decision)
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || !item->parent() || !m_session || !m_kb)
        return;
    const auto i = static_cast<std::size_t>(item->data(Rank, OptionIdRole).toULongLong());
    if (i >= m_rows.size())
        return;
    const therapy::OptionRow row = m_rows[i];
    OptionDecisionDialog dialog(decision, optionName(row), row.eligible, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    store::DecisionRequest request;
    request.patientId = m_patientId;
    request.optionId = row.option;
    request.decision = decision;
    request.reason = dialog.reason();
    if (tumourOption(i) && m_tumour) {
        // Derived from the stored tumour match with the tumour knowledge (replayed from these).
        request.knowledgeBaseVersion = m_tumour->knowledgeVersion;
        request.inputs = m_tumour->inputs;
        request.recommendation = therapy::recommendationToJson(row, QString());
    } else {
        request.knowledgeBaseVersion = m_kb->version;
        request.inputs = therapy::decisionInputsToJson(m_facts);
        request.recommendation
            = therapy::recommendationToJson(row, therapy::modelVersion(m_registry, row.model));
    }
    auto recorded = m_session->recordDecision(request);
    if (!recorded) {
        const Error &e = recorded.error();
        if (e.reason == ErrorReason::PhysicianRequired)
            m_decisionStatus->setText(tr("Not recorded: only a physician can decide on a "
                                         "treatment option."));
        else if (e.code == ErrorCode::InvalidInput && e.field == QLatin1String("reason"))
            m_decisionStatus->setText(tr("Not recorded: declining or deferring needs a reason."));
        else if (e.code == ErrorCode::Permission)
            m_decisionStatus->setText(tr("Not recorded: your roles do not allow this."));
        else
            m_decisionStatus->setText(tr("The decision could not be recorded. Lock the vault and "
                                         "ask your administrator to check it."));
        return;
    }
    readDecisions();
    updateDecisionColumn();
    //: %1 decision (Accepted, ...), %2 option name
    m_decisionStatus->setText(
        tr("%1: %2. Recorded.").arg(OptionDecisionDialog::pastTense(decision), optionName(row)));
    showDetails();
}

void OptionsView::showImpact(std::size_t rowIndex)
{
    const therapy::OptionRow &selected = m_rows[rowIndex];
    if (selected.model.isEmpty() || !selected.horizonYears) {
        m_impact->clear();
        return;
    }
    const risk::RiskModel *model = m_registry.find(selected.model);
    const QString modelName = model ? RiskFormat::cardText(model->card().name) : selected.model;
    const bool annual = selected.outcome == QLatin1String("stroke_rate_annual");
    const QString unit = annual ? QStringLiteral("%/a") : QStringLiteral("%");
    const QString horizon = RiskFormat::horizon(*selected.horizonYears, unit);
    //: %1 model name, %2 outcome, %3 horizon
    const QString title = tr("Therapy impact on %2, %3 (%1)")
                              .arg(modelName, ModelCatalog::outcomeName(selected.outcome), horizon);
    //: Axis title of the therapy-impact chart: %1 horizon ("10-year risk", "annual rate")
    const QString axis = annual ? tr("%1 (% per year)").arg(horizon) : tr("%1 (%)").arg(horizon);
    std::optional<double> current;
    QString reason;
    if (model) {
        const risk::Evaluation e = model->evaluate(m_context.snapshot);
        for (const risk::OutcomeRow &r : e.rows) {
            if (r.outcome != selected.outcome || r.horizonYears != selected.horizonYears)
                continue;
            if (r.status != risk::Status::Refused && r.value)
                current = r.value;
            else
                reason = r.messages.join(QStringLiteral("; "));
        }
    }
    std::vector<ImpactOption> options;
    for (const therapy::OptionRow &r : m_rows) {
        if (r.model != selected.model || r.outcome != selected.outcome
            || r.horizonYears != selected.horizonYears || !r.eligible || !r.arrPct)
            continue;
        const store::RecordedDecision *d = latestDecision(r.option);
        options.push_back({optionName(r),
                           r.rank.value_or(0),
                           *r.arrPct,
                           d && d->decision == store::Decision::Accept});
    }
    // In rank order, as the table lists them.
    std::stable_sort(options.begin(), options.end(), [](const auto &a, const auto &b) {
        return a.rank < b.rank;
    });
    m_impact->setGroup(title, axis, current, options, reason);
}

void OptionsView::showDetails()
{
    updateButtons();
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
    if (const therapy::TumourOption *o = tumourOption(i)) {
        //: %1 gene, %2 variant with HGVS and position
        lines << tr("Variant: %1 %2").arg(esc(o->gene), esc(o->variant));
        //: %1 context (on-label, ...), %2 OncoTree codes, %3 evidence level
        lines << tr("Evidence: %1 (for %2), level %3")
                     .arg(GenomicsView::tumourContextText(genomics::contextCode(o->context)),
                          esc(o->tumourTypes.join(QStringLiteral(", "))),
                          esc(r.level));
    }
    if (!r.citation.isEmpty())
        lines << tr("Citation: %1").arg(esc(r.citation));
    if (!r.pgx.isEmpty())
        lines << tr("Pharmacogenomics: %1").arg(esc(pgxTexts(r).join(QStringLiteral("; "))));
    if (!r.reasons.isEmpty()) {
        lines << (r.eligible ? tr("Reason: %1") : tr("Not eligible: %1"))
                     .arg(esc(reasonTexts(r).join(QStringLiteral("; "))));
    }
    if (m_kb && !m_kb->combination.isEmpty() && !tumourOption(i))
        lines << tr("Combining options: %1").arg(esc(knowledgeText(m_kb->combination)));
    // The decision history of this option, newest first: the latest one is in force.
    bool latest = true;
    for (const store::RecordedDecision &d : m_history) {
        if (d.optionId != r.option)
            continue;
        //: %1 decision (Accepted, ...), %2 user, %3 date and time, %4 reason
        const QString text
            = tr("%1 by %2 on %3: %4")
                  .arg(OptionDecisionDialog::pastTense(d.decision),
                       esc(d.decidedBy),
                       QLocale().toString(d.decidedAt.toLocalTime(), QLocale::ShortFormat),
                       d.reason.isEmpty() ? tr("no reason given") : esc(d.reason));
        lines << (latest ? tr("<b>Decision:</b> %1").arg(text)
                         : tr("Earlier (superseded): %1").arg(text));
        latest = false;
    }
    if (latest && m_session)
        lines << tr("No decision recorded on this option.");
    m_details->setText(lines.join(QStringLiteral("<br>")));
    showImpact(i);
}

} // namespace precis::ui
