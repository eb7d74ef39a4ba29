// SPDX-License-Identifier: GPL-3.0-or-later
// Types in one gene's result from a laboratory report (issue #10 "typed in"; issue #11 "outside
// results typed in"). The physician picks the gene, types the diplotype (or the HLA-B allele)
// and picks the phenotype the report states. While typing, the dialog shows what Precis's own
// definitions give for the diplotype and fills the phenotype from them; a report that says
// otherwise can still be recorded as reported, with the difference shown here and kept in the
// result's notes. Checking is core's (genomics::checkTypedResult); this is only the form.
#pragma once

#include "core/genomics/TypedResults.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace precis::ui {

class GenotypeEntryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit GenotypeEntryDialog(QWidget *parent = nullptr);

    /// The checked result; nullopt while the form does not pass core's checks.
    [[nodiscard]] std::optional<genomics::TypedResult> result() const;

    [[nodiscard]] QComboBox *geneCombo() const { return m_gene; }
    [[nodiscard]] QLineEdit *diplotypeEdit() const { return m_diplotype; }
    [[nodiscard]] QComboBox *phenotypeCombo() const { return m_phenotype; }
    [[nodiscard]] QLineEdit *reportEdit() const { return m_report; }
    [[nodiscard]] QLabel *checkLabel() const { return m_check; }
    [[nodiscard]] QPushButton *okButton() const;

private:
    void geneChanged();
    void diplotypeChanged();
    void update();
    [[nodiscard]] QString gene() const;
    [[nodiscard]] QString phenotype() const;

    QComboBox *m_gene = nullptr;
    QLineEdit *m_diplotype = nullptr;
    QLabel *m_alleles = nullptr;
    QComboBox *m_phenotype = nullptr;
    QLineEdit *m_report = nullptr;
    QLabel *m_check = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace precis::ui
