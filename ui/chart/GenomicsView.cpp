// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/GenomicsView.h"

#include "core/genomics/PgxPipeline.h"
#include "core/genomics/PgxRecommendations.h"
#include "core/genomics/RecommendationText.h"
#include "core/genomics/TumourKnowledge.h"
#include "core/genomics/TypedResults.h"
#include "core/genomics/VcfReader.h"
#include "ui/Format.h"
#include "ui/chart/GenotypeEntryDialog.h"
#include "ui/session/Session.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>

namespace precis::ui {

namespace {

// Warning colours of the style sheet's QLabel[level="warning"] (dark amber on light amber), so a
// not-normal cell reads as a warning in the table too; the text says it as well.
const QColor kWarningText{0x5C, 0x44, 0x00};
const QColor kWarningBackground{0xFF, 0xF4, 0xD6};

QString translateRecommendation(const QString &english)
{
    const char *source = genomics::recommendationTextSource(english);
    return source ? QCoreApplication::translate(genomics::kRecommendationTextContext, source)
                  : english;
}

/// A stored result's notes in the reader's language: each template translated and filled, the
/// alternatives inside an argument joined with the translated "or". Results stored before
/// schema 8 have only their English notes, shown as stored.
QString notesText(const store::GenotypeResult &r)
{
    if (r.noteSources.isEmpty())
        return r.notes;
    QStringList out;
    for (const genomics::CallNote &n : r.noteSources) {
        QStringList args;
        for (const QString &a : n.args)
            args << a.split(QLatin1String(genomics::kAlternativeSeparator))
                        .join(GenomicsView::tr(" or "));
        const QByteArray source = n.source.toUtf8();
        out << fillTemplate(
            QCoreApplication::translate(genomics::kCallNoteContext, source.constData()), args);
    }
    //: Separates the notes of one gene's call
    return out.join(GenomicsView::tr("; "));
}

} // namespace

QString GenomicsView::drugsAffected(const QString &gene)
{
    // Issue #11 "Pharmacogenomics": the drugs each gene's CPIC (or DPWG/FDA for UGT1A1 and
    // irinotecan) recommendation concerns; HLA-B as in CPIC's abacavir, allopurinol and
    // carbamazepine/oxcarbazepine guidelines; CYP2D6 among others for codeine and tramadol.
    if (gene == QLatin1String("CYP2C19"))
        return tr("clopidogrel");
    if (gene == QLatin1String("SLCO1B1"))
        return tr("statins (simvastatin, atorvastatin and others)");
    if (gene == QLatin1String("ABCG2"))
        return tr("rosuvastatin");
    if (gene == QLatin1String("CYP2C9"))
        return tr("warfarin; fluvastatin");
    if (gene == QLatin1String("VKORC1") || gene == QLatin1String("CYP4F2"))
        return tr("warfarin");
    if (gene == QLatin1String("DPYD"))
        return tr("fluoropyrimidines (fluorouracil, capecitabine)");
    if (gene == QLatin1String("TPMT") || gene == QLatin1String("NUDT15"))
        return tr("thiopurines (azathioprine, mercaptopurine, thioguanine)");
    if (gene == QLatin1String("UGT1A1"))
        return tr("irinotecan");
    if (gene == QLatin1String("CYP2D6"))
        return tr("codeine, tramadol and others (not interpreted by Precis)");
    if (gene == QLatin1String("HLA-B"))
        return tr("abacavir, allopurinol, carbamazepine (not interpreted by Precis)");
    return {};
}

QString GenomicsView::phenotypeText(const QString &cpicTerm)
{
    // CPIC standardized terms (Caudle KE et al., Genet Med 2017;19:215-223).
    struct Term
    {
        const char *cpic;
        QString text;
    };
    const Term terms[] = {
        //: CPIC phenotype term
        {"Ultrarapid Metabolizer", tr("Ultrarapid Metabolizer")},
        //: CPIC phenotype term
        {"Rapid Metabolizer", tr("Rapid Metabolizer")},
        //: CPIC phenotype term
        {"Normal Metabolizer", tr("Normal Metabolizer")},
        //: CPIC phenotype term
        {"Likely Intermediate Metabolizer", tr("Likely Intermediate Metabolizer")},
        //: CPIC phenotype term
        {"Intermediate Metabolizer", tr("Intermediate Metabolizer")},
        //: CPIC phenotype term
        {"Possible Intermediate Metabolizer", tr("Possible Intermediate Metabolizer")},
        //: CPIC phenotype term
        {"Likely Poor Metabolizer", tr("Likely Poor Metabolizer")},
        //: CPIC phenotype term
        {"Poor Metabolizer", tr("Poor Metabolizer")},
        //: CPIC phenotype term for transporters
        {"Increased Function", tr("Increased Function")},
        //: CPIC phenotype term for transporters
        {"Normal Function", tr("Normal Function")},
        //: CPIC phenotype term for transporters
        {"Decreased Function", tr("Decreased Function")},
        //: CPIC phenotype term for transporters
        {"Possible Decreased Function", tr("Possible Decreased Function")},
        //: CPIC phenotype term for transporters
        {"Poor Function", tr("Poor Function")},
        //: CPIC phenotype term: the result cannot be interpreted (e.g. positions untested)
        {"Indeterminate", tr("Indeterminate")},
        //: Phenotype cell of a gene for which CPIC defines no phenotype (CYP4F2)
        {"n/a", tr("no CPIC phenotype")},
    };
    for (const Term &t : terms) {
        if (cpicTerm.compare(QLatin1String(t.cpic), Qt::CaseInsensitive) == 0)
            return t.text;
    }
    return cpicTerm;
}

GenomicsView::GenomicsView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("genomicsView"));
    m_heading = new QLabel(tr("Pharmacogenomic results"), this);
    m_heading->setObjectName(QStringLiteral("genomicsHeading"));
    m_heading->setProperty("areaHeading", true);
    m_note = new QLabel(tr("A gene not listed was not tested. Untested positions and "
                           "Indeterminate results are marked: they are never normal."),
                        this);
    m_note->setObjectName(QStringLiteral("genomicsNote"));
    m_note->setProperty("hint", true);
    m_note->setWordWrap(true);
    m_import = new QPushButton(tr("Import VC&F..."), this);
    m_import->setObjectName(QStringLiteral("genomicsImportButton"));
    m_import->setToolTip(tr("Call the pharmacogenes from a VCF or BCF file and store the results "
                            "(physicians)"));
    m_import->setAutoDefault(false);
    connect(m_import, &QPushButton::clicked, this, &GenomicsView::chooseFile);
    m_importTumour = new QPushButton(tr("Import T&umour VCF..."), this);
    m_importTumour->setObjectName(QStringLiteral("genomicsTumourImportButton"));
    m_importTumour->setToolTip(tr("Match a tumour's somatic VCF to targeted therapies and store "
                                  "the findings (physicians)"));
    m_importTumour->setAutoDefault(false);
    connect(m_importTumour, &QPushButton::clicked, this, &GenomicsView::chooseTumourFile);
    m_enter = new QPushButton(tr("Enter &Result..."), this);
    m_enter->setObjectName(QStringLiteral("genomicsEnterButton"));
    m_enter->setToolTip(tr("Type in one gene's result from a laboratory report (physicians)"));
    m_enter->setAutoDefault(false);
    connect(m_enter, &QPushButton::clicked, this, &GenomicsView::enterResult);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("genomicsStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("genomicsTable"));
    m_table->setHorizontalHeaderLabels({tr("Gene"),
                                        tr("Diplotype"),
                                        tr("Phenotype"),
                                        tr("Activity score"),
                                        tr("Tested"),
                                        tr("Untested"),
                                        tr("Drugs affected"),
                                        tr("Source")});
    m_table->horizontalHeaderItem(Tested)->setToolTip(
        tr("Positions of the gene's allele definitions that the file covered"));
    m_table->horizontalHeaderItem(Untested)->setToolTip(
        tr("Positions of the gene's allele definitions that the file did not cover"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);

    m_tumourHeading = new QLabel(tr("Tumour findings"), this);
    m_tumourHeading->setObjectName(QStringLiteral("tumourHeading"));
    m_tumourHeading->setProperty("areaHeading", true);
    m_tumourNote = new QLabel(this);
    m_tumourNote->setObjectName(QStringLiteral("tumourNote"));
    m_tumourNote->setProperty("hint", true);
    m_tumourNote->setWordWrap(true);
    m_tumourNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tumourTable = new QTableWidget(0, TumourColumnCount, this);
    m_tumourTable->setObjectName(QStringLiteral("tumourTable"));
    m_tumourTable->setHorizontalHeaderLabels({tr("Gene"),
                                              tr("Variant"),
                                              tr("Therapy"),
                                              tr("Effect"),
                                              tr("Context"),
                                              tr("Level"),
                                              tr("Citation")});
    m_tumourTable->horizontalHeaderItem(TumourContext)
        ->setToolTip(tr("On-label: evidence for this tumour type (or a type it belongs to); "
                        "tissue-agnostic: approved for the biomarker in any solid tumour the "
                        "label does not exclude; other tumour: evidence for other types only"));
    m_tumourTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tumourTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tumourTable->setAlternatingRowColors(true);
    m_tumourTable->verticalHeader()->hide();
    // One line per finding (the long variant, level and citation texts in the tooltips).
    m_tumourTable->setWordWrap(false);
    m_tumourTable->setTextElideMode(Qt::ElideRight);
    m_tumourTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_tumourTable->horizontalHeader()->setStretchLastSection(true);
    m_tumourTable->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_enter);
    top->addWidget(m_import);
    top->addWidget(m_importTumour);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addLayout(top);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_tumourHeading);
    layout->addWidget(m_tumourNote);
    layout->addWidget(m_tumourTable, 1);
    layout->addStretch(0); // takes the room only when both tables are hidden
    layout->addWidget(m_status);
    setPatient(nullptr, 0);
}

GenomicsView::~GenomicsView()
{
    clear();
}

void GenomicsView::setPatient(Session *session, qint64 patientId)
{
    m_session = session;
    m_patientId = patientId;
    const bool physician = session && session->user().has(store::Role::Physician);
    m_import->setVisible(physician);
    m_enter->setVisible(physician);
    m_importTumour->setVisible(physician);
    setImportButtonsEnabled(physician && !isImporting());
    std::optional<store::StoredTumourMatch> match;
    if (session && patientId) {
        auto read = session->tumourMatch(patientId);
        if (read)
            match = std::move(*read);
        else if (read.error().code != ErrorCode::Unsupported)
            m_status->setText(tr("The tumour findings could not be read. Lock the vault and ask "
                                 "your administrator to run a vault check."));
    }
    setTumourMatch(match);
}

QString GenomicsView::tumourContextText(const QString &code)
{
    if (code == QLatin1String("on-label"))
        //: Tumour finding context: evidence for the patient's tumour type
        return tr("on-label");
    if (code == QLatin1String("tissue-agnostic"))
        //: Tumour finding context: approved for the biomarker whatever the tumour type
        return tr("tissue-agnostic");
    if (code == QLatin1String("other-tumour"))
        //: Tumour finding context: evidence for other tumour types only
        return tr("other tumour types");
    return code;
}

QString GenomicsView::tumourEffectText(const QString &code)
{
    if (code == QLatin1String("sensitivity"))
        //: Tumour finding effect: the variant predicts response to the therapy
        return tr("sensitivity");
    if (code == QLatin1String("resistance"))
        //: Tumour finding effect: the variant predicts resistance to the therapy
        return tr("resistance");
    return code;
}

void GenomicsView::setTumourMatch(const std::optional<store::StoredTumourMatch> &match)
{
    m_tumourTable->setRowCount(0);
    if (!match) {
        m_tumourTable->hide();
        m_tumourNote->setText(tr("No tumour file is stored for this patient."));
        return;
    }
    const store::StoredTumourMatch &m = *match;
    //: %1 OncoTree code, %2 date, %3 user, %4 tumour knowledge version, %5 OncoTree release
    QString note = tr("Tumour type %1 (OncoTree), imported on %2 by %3; matched with tumour "
                      "knowledge %4 and %5. Only listed variants are matched; a variant not "
                      "listed matched nothing.")
                       .arg(m.tumourType,
                            Format::date(m.recordedAt.toLocalTime().date()),
                            m.recordedBy,
                            m.match.knowledgeVersion,
                            m.match.oncotreeRelease);
    if (m.match.findings.empty())
        note += QLatin1Char(' ') + tr("No variant in the file has an entry in the knowledge.");
    m_tumourNote->setText(note);
    m_tumourTable->setVisible(!m.match.findings.empty());
    const QList<genomics::TumourFinding> findings = store::tumourFindings(m.match);
    m_tumourTable->setRowCount(static_cast<int>(findings.size()));
    for (int row = 0; row < findings.size(); ++row) {
        const genomics::TumourFinding &f = findings.at(row);
        const store::TumourFindingRow &stored = m.match.findings[static_cast<std::size_t>(row)];
        auto set = [&](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(text);
            m_tumourTable->setItem(row, column, item);
            return item;
        };
        set(TumourGene, f.gene);
        set(TumourVariant, f.variantText());
        set(TumourTherapy, f.therapy);
        QTableWidgetItem *effect = set(TumourEffect, tumourEffectText(stored.effect));
        if (f.effect == genomics::TumourEffect::Resistance) {
            QFont bold = effect->font();
            bold.setBold(true);
            effect->setFont(bold);
            effect->setForeground(kWarningText);
            effect->setBackground(kWarningBackground);
        }
        QTableWidgetItem *context = set(TumourContext, tumourContextText(stored.context));
        //: %1 OncoTree codes of the evidence behind a tumour finding
        context->setToolTip(tr("Evidence for: %1").arg(f.tumourTypes.join(QStringLiteral(", "))));
        // The label-only level is a code; "CIViC A" and AMP/ASCO/CAP tiers are names, shown as
        // they are.
        set(TumourLevel,
            f.level == QLatin1String(genomics::kLabelOnlyLevel)
                //: Evidence level of a tumour finding that rests on the FDA drug label alone
                ? tr("FDA label")
                : f.level);
        QTableWidgetItem *citation = set(TumourCitation, f.citations.join(QStringLiteral(" | ")));
        citation->setToolTip(f.citations.join(QLatin1Char('\n')));
    }
    m_tumourTable->resizeColumnsToContents();
    const int ch = m_tumourTable->fontMetrics().averageCharWidth();
    for (const auto &[column, chars] : {std::pair{int(TumourVariant), 36},
                                        std::pair{int(TumourTherapy), 26},
                                        std::pair{int(TumourLevel), 22}}) {
        const int cap
            = std::max(chars * ch, m_tumourTable->horizontalHeader()->sectionSizeHint(column));
        if (m_tumourTable->columnWidth(column) > cap)
            m_tumourTable->setColumnWidth(column, cap);
    }
    m_tumourTable->resizeRowsToContents();
}

void GenomicsView::setResults(const std::vector<store::StoredGenotype> &results)
{
    m_table->setRowCount(0);
    m_table->setRowCount(static_cast<int>(results.size()));
    const QLocale locale;
    // What each result means for the drugs it concerns (resources/genomics/recommendations.json).
    std::vector<genomics::GenePhenotype> phenotypes;
    for (const store::StoredGenotype &g : results)
        phenotypes.push_back({g.result.gene,
                              g.result.phenotype,
                              g.result.activityScore,
                              g.result.untested,
                              g.result.diplotype});
    const auto table = genomics::shippedRecommendations();
    const std::vector<genomics::PgxRecommendation> recommendations
        = table ? genomics::recommendPgx(*table, phenotypes)
                : std::vector<genomics::PgxRecommendation>{};
    int row = 0;
    for (const store::StoredGenotype &g : results) {
        const store::GenotypeResult &r = g.result;
        const bool indeterminate
            = r.phenotype.compare(QLatin1String("Indeterminate"), Qt::CaseInsensitive) == 0;
        const bool untested = !r.untested.isEmpty();
        auto set = [&](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            m_table->setItem(row, column, item);
            return item;
        };
        set(Gene, r.gene);
        // An ambiguous call is stored as English text ("*1/*1 or *1/*17"): shown as its list of
        // candidates joined in the reader's language.
        const QStringList candidates = genomics::splitDiplotypeCandidates(r.diplotype);
        set(Diplotype,
            candidates.isEmpty()
                //: A diplotype no candidate pair explains
                ? tr("unresolved")
                //: Separates candidate diplotypes of an ambiguous call: "*1/*1 or *1/*17"
                : candidates.join(tr(" or ")));
        QString phenotype;
        if (r.phenotype.isEmpty())
            phenotype = tr("Not interpreted (outside result)");
        else if (untested)
            //: %1 a phenotype, e.g. "Normal Metabolizer"
            phenotype = tr("%1 (positions untested)").arg(phenotypeText(r.phenotype));
        else
            phenotype = phenotypeText(r.phenotype);
        QTableWidgetItem *ph = set(Phenotype, phenotype);
        ph->setData(NotNormalRole, indeterminate || untested || r.phenotype.isEmpty());
        if (indeterminate || untested) {
            QFont bold = ph->font();
            bold.setBold(true);
            ph->setFont(bold);
            ph->setForeground(kWarningText);
            ph->setBackground(kWarningBackground);
            ph->setToolTip(indeterminate
                               ? tr("Indeterminate: the result cannot be interpreted. It is not a "
                                    "normal result. %1")
                                     .arg(notesText(r))
                               : tr("Some positions were not tested: an allele there would "
                                    "not have been seen. %1")
                                     .arg(notesText(r)));
        } else if (!r.notes.isEmpty()) {
            ph->setToolTip(notesText(r));
        }
        //: Activity score not defined for this gene
        set(ActivityScore, r.activityScore.isEmpty() ? tr("n/a") : r.activityScore);
        set(Tested,
            r.testedPositions ? locale.toString(*r.testedPositions)
                              //: Number of tested positions not known (typed-in or outside result)
                              : tr("not stated"));
        QTableWidgetItem *un = set(Untested,
                                   untested ? tr("%n untested: %1", nullptr, r.untested.size())
                                                  .arg(r.untested.join(QStringLiteral(", ")))
                                   : r.testedPositions ? tr("none")
                                                       : tr("not stated"));
        if (untested) {
            un->setForeground(kWarningText);
            un->setBackground(kWarningBackground);
        }
        QTableWidgetItem *drugs = set(Drugs, drugsAffected(r.gene));
        QStringList advice;
        for (const genomics::PgxRecommendation &rec : recommendations) {
            if (!rec.genes.contains(r.gene))
                continue;
            if (!rec.determined) {
                //: %1 a drug; the phenotype was Indeterminate or not given
                QString line = tr("%1: no genotype-based recommendation (phenotype not "
                                  "determined)")
                                   .arg(rec.drug);
                // The source's own advice for an undetermined phenotype (CPIC's thiopurine
                // records for "Indeterminate"), as the CLI prints it: matched by record id,
                // never by reading the English text.
                if (table && !rec.recordId.isEmpty()) {
                    for (const genomics::RecommendationRecord &record : table->records) {
                        if (record.id == rec.recordId)
                            //: %1 the line before, %2 the guideline's advice, %3 its strength
                            line = tr("%1; advice: %2 (%3)")
                                       .arg(line,
                                            translateRecommendation(record.action),
                                            translateRecommendation(record.classification));
                    }
                }
                advice << line;
            } else if (rec.body.isEmpty())
                advice << tr("%1: no recommendation in Precis's table for this phenotype")
                              .arg(rec.drug);
            else
                //: %1 drug, %2 action, %3 source (CPIC, DPWG, FDA), %4 year, %5 strength
                advice << tr("%1: %2 (%3 %4, %5)")
                              .arg(rec.drug,
                                   translateRecommendation(rec.action),
                                   rec.body,
                                   QString::number(rec.year),
                                   translateRecommendation(rec.classification));
        }
        if (!table)
            advice << tr("The recommendation table could not be read.");
        drugs->setToolTip(advice.join(QLatin1Char('\n')));
        QString source;
        switch (g.source) {
        case store::GenotypeSource::VcfCall:
            source = g.sampleName.isEmpty() ? tr("VCF")
                                            //: %1 the sample name in the VCF
                                            : tr("VCF, sample %1").arg(g.sampleName);
            break;
        case store::GenotypeSource::TypedIn:
            source = tr("Typed in");
            break;
        case store::GenotypeSource::OutsideResult:
            source = tr("Outside result");
            break;
        }
        //: %1 source, %2 date recorded
        QTableWidgetItem *src = set(
            Source, tr("%1, %2").arg(source, Format::date(g.recordedAt.toLocalTime().date())));
        QStringList tip;
        tip << tr("Recorded by %1").arg(g.recordedBy);
        if (!g.fileSha256.isEmpty())
            tip << tr("File SHA-256: %1").arg(g.fileSha256);
        if (!g.definitions.isEmpty())
            tip << tr("Allele definitions: %1").arg(g.definitions);
        if (!g.tumourType.isEmpty())
            tip << tr("Tumour type (OncoTree): %1").arg(g.tumourType);
        if (g.assumeRef)
            tip << tr("Listed regions were assumed to be reference.");
        src->setToolTip(tip.join(QLatin1Char('\n')));
        ++row;
    }
    // Short columns fit their text; long ones wrap within a cap (in average characters) so that
    // the whole table fits a 1024-pixel-wide window.
    m_table->resizeColumnsToContents();
    const int ch = m_table->fontMetrics().averageCharWidth();
    for (const auto &[column, chars] : {std::pair{Diplotype, 16},
                                        std::pair{Phenotype, 20},
                                        std::pair{Untested, 15},
                                        std::pair{Drugs, 20}}) {
        // Never narrower than the column's header text.
        const int cap = std::max(chars * ch, m_table->horizontalHeader()->sectionSizeHint(column));
        if (m_table->columnWidth(column) > cap)
            m_table->setColumnWidth(column, cap);
    }
    m_table->resizeRowsToContents();
    // An empty table says nothing the status line does not; the tumour findings get the room.
    m_table->setVisible(!results.empty());
    if (results.empty())
        m_status->setText(tr("No pharmacogenomic results are stored for this patient."));
    else if (!isImporting())
        m_status->clear();
}

void GenomicsView::clear()
{
    if (m_worker) {
        m_cancel->store(true);
        m_worker->wait();
        delete m_worker;
        m_worker = nullptr;
    }
    if (m_progress)
        m_progress->deleteLater();
    m_result.reset();
    m_table->setRowCount(0);
    m_tumourTable->setRowCount(0);
    m_status->clear();
    setPatient(nullptr, 0);
}

QString GenomicsView::askFile(const QString &title)
{
    // A VCF's name and folder often name the patient. Qt's own dialog (never the desktop's, which
    // may add the file to the desktop's recent-files list) saves its folder and history to Qt's
    // settings when destroyed: both are reset to neutral values first, so no path is kept.
    QFileDialog dialog(this, title, QDir::homePath());
    dialog.setObjectName(QStringLiteral("genomicsFileDialog"));
    dialog.setOption(QFileDialog::DontUseNativeDialog, true);
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setNameFilter(tr("Variant files (*.vcf *.vcf.gz *.bcf);;All files (*)"));
    const bool chosen = dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty();
    const QString path = chosen ? dialog.selectedFiles().constFirst() : QString();
    dialog.setHistory({});
    dialog.setDirectory(QDir::homePath());
    return path;
}

void GenomicsView::chooseFile()
{
    const QString path = askFile(tr("Import VCF"));
    if (!path.isEmpty())
        importFile(path);
}

void GenomicsView::setImportButtonsEnabled(bool enabled)
{
    m_import->setEnabled(enabled);
    m_enter->setEnabled(enabled);
    m_importTumour->setEnabled(enabled);
}

void GenomicsView::enterResult()
{
    if (!m_session)
        return;
    GenotypeEntryDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto typed = dialog.result())
        storeTypedResult(*typed);
}

bool GenomicsView::storeTypedResult(const genomics::TypedResult &typed)
{
    if (!m_session)
        return false;
    store::GenotypeImport import;
    // CYP2D6 and HLA-B are never interpreted: stored as an outside laboratory's result, the way
    // the two-column file import stores them.
    import.source
        = typed.outsideOnly ? store::GenotypeSource::OutsideResult : store::GenotypeSource::TypedIn;
    import.results.push_back({typed.gene,
                              typed.diplotype,
                              typed.phenotype,
                              typed.activityScore,
                              std::nullopt,
                              {},
                              typed.notes,
                              typed.noteSources});
    auto stored = m_session->importGenotypes(m_patientId, import);
    if (!stored) {
        if (stored.error().code == ErrorCode::InvalidInput)
            // Core checked the entry already; the vault refusing it is not about a file.
            m_status->setText(tr("The result was not stored: the vault refused it (%1).")
                                  .arg(stored.error().field));
        else
            showError(stored.error());
        return false;
    }
    //: %1 gene
    m_status->setText(tr("The %1 result was stored.").arg(typed.gene));
    Q_EMIT imported();
    return true;
}

void GenomicsView::cancelImport()
{
    if (m_cancel)
        m_cancel->store(true);
}

void GenomicsView::importFile(const QString &path, const QString &sample)
{
    if (!m_session || isImporting())
        return;
    m_path = path;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_result = std::make_shared<Result<genomics::PgxReport>>(
        fail(ErrorCode::Internal, QStringLiteral("not run")));
    setImportButtonsEnabled(false);
    m_status->setText(tr("Reading and calling the file..."));
    m_progress = new QProgressDialog(tr("Calling the pharmacogenes..."), tr("Cancel"), 0, 1, this);
    m_progress->setObjectName(QStringLiteral("genomicsProgressDialog"));
    m_progress->setWindowTitle(tr("Import VCF"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(0);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, &GenomicsView::cancelImport);
    // The worker reads the file only; the vault stays on this thread.
    const auto cancel = m_cancel;
    const auto result = m_result;
    QPointer<GenomicsView> self(this);
    m_worker = QThread::create([path, sample, cancel, result, self] {
        genomics::PgxOptions options;
        options.sample = sample;
        *result = genomics::callForImport(path, options, [&](int done, int total) {
            // The view outlives the worker (clear() waits for it), so `self` is set here.
            QMetaObject::invokeMethod(
                self.data(),
                [self, done, total] {
                    if (self && self->m_progress) {
                        self->m_progress->setMaximum(total);
                        self->m_progress->setValue(done);
                    }
                },
                Qt::QueuedConnection);
            return !cancel->load();
        });
    });
    connect(m_worker, &QThread::finished, this, &GenomicsView::workerDone);
    m_worker->start();
}

void GenomicsView::workerDone()
{
    if (!m_worker)
        return;
    m_worker->wait();
    m_worker->deleteLater();
    m_worker = nullptr;
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
    const bool physician = m_session && m_session->user().has(store::Role::Physician);
    setImportButtonsEnabled(physician);
    const auto result = std::move(m_result);
    if (!m_session || !result) {
        Q_EMIT importFinished(false);
        return;
    }
    // A Cancel that arrived after the last step still wins: nothing has been stored yet.
    const bool cancelled = m_cancel && m_cancel->load();
    if (cancelled || !*result) {
        const Error error = cancelled
                                ? Error{ErrorCode::InvalidInput, {}, {}, {}, ErrorReason::Cancelled}
                                : result->error();
        if (error.reason == ErrorReason::Cancelled) {
            m_status->setText(tr("Import cancelled; nothing was stored."));
        } else if (error.code == ErrorCode::InvalidInput && error.field == QLatin1String("sample")
                   && error.value.isEmpty()) {
            // Several samples and none chosen: ask for one, then call again.
            const QString sample = askSample(tr("Import VCF"));
            m_status->setText(tr("Nothing was stored."));
            Q_EMIT importFinished(false);
            if (!sample.isEmpty())
                importFile(m_path, sample);
            return;
        } else {
            showError(error);
        }
        Q_EMIT importFinished(false);
        return;
    }
    const genomics::PgxReport &report = **result;
    store::GenotypeImport import;
    import.source = store::GenotypeSource::VcfCall;
    import.fileSha256 = report.fileSha256;
    import.sampleName = report.sample;
    import.definitions = report.definitions();
    for (const genomics::PgxGeneResult &g : report.genes) {
        import.results.push_back({g.call.gene,
                                  g.diplotypeText(),
                                  g.call.phenotype,
                                  g.call.activityScore,
                                  g.testedPositions(),
                                  g.call.untested,
                                  g.call.notes.join(QLatin1String(genomics::kCallNoteSeparator)),
                                  g.call.noteSources});
    }
    auto stored = m_session->importGenotypes(m_patientId, import);
    if (!stored) {
        showError(stored.error());
        Q_EMIT importFinished(false);
        return;
    }
    m_status->setText(tr("%n gene result(s) stored from sample %1.",
                         nullptr,
                         static_cast<int>(import.results.size()))
                          .arg(report.sample));
    Q_EMIT imported();
    Q_EMIT importFinished(true);
}

QString GenomicsView::askSample(const QString &title)
{
    const auto facts = genomics::readVcfHeaderFacts(m_path);
    if (!facts || facts->samples.isEmpty())
        return {};
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("sampleDialog"));
    dialog.setWindowTitle(title);
    //: %n samples in the file; the user picks the patient's
    dialog.setLabelText(tr("The file holds %n samples. Which one is this patient's?",
                           nullptr,
                           static_cast<int>(facts->samples.size())));
    dialog.setComboBoxItems(facts->samples);
    dialog.setComboBoxEditable(false);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.textValue();
}

QString GenomicsView::buildRefusalText() const
{
    const auto facts = genomics::readVcfHeaderFacts(m_path);
    QString evidence;
    genomics::GenomeBuild build = genomics::GenomeBuild::Unknown;
    if (facts) {
        build = facts->build;
        if (facts->contigLength)
            //: %1 a chromosome ("10"), %2 its length in the file's ##contig line
            evidence = tr("chromosome %1 is %2 bases long")
                           .arg(facts->contig, QLocale().toString(*facts->contigLength));
        else if (!facts->reference.isEmpty())
            evidence = tr("##reference=%1").arg(facts->reference);
        else
            evidence = tr("no ##reference line and no ##contig lengths");
    }
    const QString todo = tr("Precis reads GRCh38 files only: lift the file over to GRCh38 or "
                            "re-call it against GRCh38, with ##contig lines that give lengths. "
                            "Nothing was stored.");
    switch (build) {
    case genomics::GenomeBuild::GRCh37:
        return tr("The file is on the GRCh37 genome build (%1).").arg(evidence) + QLatin1Char(' ')
               + todo;
    case genomics::GenomeBuild::Conflicting:
        return tr("The file's header contradicts itself: its ##reference names GRCh37 (%1) but "
                  "its contig lengths are GRCh38. Correct the header. Nothing was stored.")
            .arg(facts->reference);
    case genomics::GenomeBuild::GRCh38:
    case genomics::GenomeBuild::Unknown:
        break;
    }
    return (evidence.isEmpty() ? tr("The file's genome build cannot be told.")
                               : tr("The file's genome build cannot be told (%1).").arg(evidence))
           + QLatin1Char(' ') + todo;
}

void GenomicsView::showError(const Error &error)
{
    QString text;
    switch (error.code) {
    case ErrorCode::Permission:
        text = error.reason == ErrorReason::RoleRequired
                   ? tr("Only physicians can import genomic results. Nothing was stored.")
                   : tr("Your session does not allow this import. Nothing was stored.");
        break;
    case ErrorCode::Unsupported:
        text = buildRefusalText();
        break;
    case ErrorCode::InvalidInput:
        if (error.field == QLatin1String("sample") && !error.value.isEmpty()) {
            text = tr("The file has no sample “%1”. Nothing was stored.").arg(error.value);
            break;
        }
        //: %1 where in the file (e.g. "line 12, POS")
        text = tr("The file is malformed at %1. Nothing was stored.").arg(error.field);
        break;
    case ErrorCode::Io:
        text = tr("The file cannot be read. Nothing was stored.");
        break;
    default:
        text = tr("The results could not be stored. Nothing was stored; lock the vault and ask "
                  "your administrator to run a vault check.");
        break;
    }
    m_status->setText(text);
}

} // namespace precis::ui
