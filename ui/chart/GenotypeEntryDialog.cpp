// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/GenotypeEntryDialog.h"

#include "ui/chart/GenomicsView.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace precis::ui {

namespace {

/// How many allele names the hint lists before "and N more" (the full list is its tooltip).
constexpr qsizetype kListedAlleles = 10;

void setWarning(QLabel *label, bool warning)
{
    label->setProperty("level", warning ? QStringLiteral("warning") : QString());
    label->style()->unpolish(label);
    label->style()->polish(label);
}

} // namespace

GenotypeEntryDialog::GenotypeEntryDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("genotypeEntryDialog"));
    setWindowTitle(tr("Enter Laboratory Result"));
    auto *intro = new QLabel(tr("One gene's result as the laboratory report gives it. It is "
                                "stored in the patient's record as typed in, with your name and "
                                "the time; it cannot be edited later, a newer result replaces "
                                "it and both are kept."),
                             this);
    intro->setWordWrap(true);

    m_gene = new QComboBox(this);
    m_gene->setObjectName(QStringLiteral("genotypeGeneCombo"));
    for (const QString &g : genomics::typedResultGenes())
        m_gene->addItem(g, g);
    m_diplotype = new QLineEdit(this);
    m_diplotype->setObjectName(QStringLiteral("genotypeDiplotypeEdit"));
    m_diplotype->setMaxLength(120);
    m_alleles = new QLabel(this);
    m_alleles->setObjectName(QStringLiteral("genotypeAllelesLabel"));
    m_alleles->setProperty("hint", true);
    m_alleles->setWordWrap(true);
    m_phenotype = new QComboBox(this);
    m_phenotype->setObjectName(QStringLiteral("genotypePhenotypeCombo"));
    m_report = new QLineEdit(this);
    m_report->setObjectName(QStringLiteral("genotypeReportEdit"));
    m_report->setMaxLength(200);
    m_report->setPlaceholderText(tr("Laboratory and report date (optional)"));
    m_check = new QLabel(this);
    m_check->setObjectName(QStringLiteral("genotypeCheckLabel"));
    m_check->setWordWrap(true);
    m_check->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Gene:"), m_gene);
    form->addRow(tr("&Diplotype:"), m_diplotype);
    form->addRow(QString(), m_alleles);
    form->addRow(tr("&Phenotype (as reported):"), m_phenotype);
    form->addRow(tr("&Report:"), m_report);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("genotypeButtonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Store Result"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_check);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    resize(560, 360);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_gene, &QComboBox::currentIndexChanged, this, &GenotypeEntryDialog::geneChanged);
    connect(m_diplotype, &QLineEdit::textEdited, this, &GenotypeEntryDialog::diplotypeChanged);
    connect(m_phenotype, &QComboBox::currentIndexChanged, this, &GenotypeEntryDialog::update);
    connect(m_report, &QLineEdit::textChanged, this, &GenotypeEntryDialog::update);
    geneChanged();
}

QPushButton *GenotypeEntryDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString GenotypeEntryDialog::gene() const
{
    return m_gene->currentData().toString();
}

QString GenotypeEntryDialog::phenotype() const
{
    return m_phenotype->currentData().toString();
}

void GenotypeEntryDialog::geneChanged()
{
    const QString g = gene();
    m_phenotype->clear();
    m_diplotype->clear();
    if (genomics::isOutsideOnlyGene(g)) {
        m_phenotype->addItem(tr("Not interpreted by Precis"), QString());
        m_phenotype->setEnabled(false);
        m_diplotype->setPlaceholderText(g == QLatin1String("HLA-B") ? tr("e.g. *57:01/*08:01")
                                                                    : tr("e.g. *1/*4"));
        m_alleles->setText(tr("Stored as the report gives it; Precis does not derive a "
                              "phenotype or a drug recommendation from %1.")
                               .arg(g));
        m_alleles->setToolTip({});
    } else {
        m_phenotype->setEnabled(true);
        //: Placeholder: no phenotype chosen yet
        m_phenotype->addItem(tr("Choose..."), QString());
        const auto terms = genomics::typedPhenotypeChoices(g);
        for (const QString &t : terms ? *terms : QStringList())
            m_phenotype->addItem(t == QLatin1String("n/a") ? tr("No CPIC phenotype for this gene")
                                                           : GenomicsView::phenotypeText(t),
                                 t);
        const auto names = genomics::typedAlleleNames(g);
        const QStringList all = names ? *names : QStringList();
        if (g == QLatin1String("VKORC1")) {
            m_diplotype->setPlaceholderText(tr("GG, GA or AA"));
            m_alleles->setText(tr("The rs9923231 genotype on the gene's strand (c.-1639G>A)."));
            m_alleles->setToolTip({});
        } else {
            m_diplotype->setPlaceholderText(
                all.size() >= 2 ? tr("e.g. %1/%2").arg(all.at(0), all.at(1)) : QString());
            const QStringList shown = all.mid(0, kListedAlleles);
            QString text = tr("Alleles defined: %1").arg(shown.join(QStringLiteral(", ")));
            if (all.size() > shown.size())
                text = tr("%1 and %n more", nullptr, static_cast<int>(all.size() - shown.size()))
                           .arg(text);
            m_alleles->setText(text);
            m_alleles->setToolTip(all.join(QStringLiteral(", ")));
        }
    }
    update();
}

void GenotypeEntryDialog::diplotypeChanged()
{
    // Fill the phenotype from the definitions as the diplotype becomes one Precis knows; the
    // physician changes it where the report says otherwise.
    const auto lookup = genomics::lookUpDiplotype(gene(), m_diplotype->text());
    if (lookup) {
        const int index = m_phenotype->findData(lookup->phenotype);
        if (index >= 0)
            m_phenotype->setCurrentIndex(index);
    }
    update();
}

void GenotypeEntryDialog::update()
{
    const QString g = gene();
    const QString typed = m_diplotype->text().trimmed();
    QString text;
    bool warning = false;
    if (typed.isEmpty()) {
        text = tr("Type the diplotype as the report gives it.");
    } else if (genomics::isOutsideOnlyGene(g)) {
        if (!genomics::checkTypedResult(g, typed, {}, {})) {
            warning = true;
            text = g == QLatin1String("HLA-B")
                       ? tr("Not an HLA-B allele Precis accepts: one or two alleles such as "
                            "*57:01 or *57:01/*08:01.")
                       : tr("Not a CYP2D6 diplotype Precis accepts: two star alleles such as "
                            "*1/*4, with a copy number as in *2x2/*4.");
        }
    } else if (const auto lookup = genomics::lookUpDiplotype(g, typed); !lookup) {
        warning = true;
        text = g == QLatin1String("VKORC1")
                   ? tr("Not a VKORC1 genotype: type GG, GA or AA.")
                   //: %1 gene
                   : tr("Not a %1 diplotype Precis knows: two alleles defined for the gene, "
                        "separated by \"/\".")
                         .arg(g);
    } else {
        const QString given = lookup->phenotype == QLatin1String("n/a")
                                  ? tr("no CPIC phenotype")
                                  : GenomicsView::phenotypeText(lookup->phenotype);
        //: %1 phenotype, %2 diplotype
        text = tr("Precis's definitions give %1 for %2.").arg(given, lookup->diplotype);
        if (!lookup->activityScore.isEmpty())
            text += QLatin1Char(' ') + tr("Activity score %1.").arg(lookup->activityScore);
        if (!phenotype().isEmpty() && phenotype() != lookup->phenotype) {
            warning = true;
            text += QLatin1Char(' ')
                    + tr("The phenotype chosen differs: it will be stored as reported, with this "
                         "difference noted.");
        }
    }
    m_check->setText(text);
    setWarning(m_check, warning);
    okButton()->setEnabled(result().has_value());
}

std::optional<genomics::TypedResult> GenotypeEntryDialog::result() const
{
    auto checked
        = genomics::checkTypedResult(gene(), m_diplotype->text(), phenotype(), m_report->text());
    if (!checked)
        return std::nullopt;
    return *checked;
}

} // namespace precis::ui
