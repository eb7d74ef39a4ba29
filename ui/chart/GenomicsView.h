// SPDX-License-Identifier: GPL-3.0-or-later
// The chart's Genomics view (issue #11, "Screen and CLI"): the patient's pharmacogenomic results
// as stored in the vault — gene, diplotype, phenotype, activity score, tested and untested
// positions, drugs affected, source and date — with Indeterminate and untested positions marked,
// never shown as normal. Physicians import a VCF from here: the file is read and called on a
// worker thread (progress, Cancel), and stored in one transaction only when the whole file was
// called (all or nothing). The vault itself is only touched on the GUI thread. Below the PGx
// table, the tumour findings of the newest tumour import (gene, variant, therapy, effect,
// context, level, citation), with the tumour type and the knowledge and OncoTree releases.
#pragma once

#include "core/common/Error.h"
#include "core/store/Genotypes.h"
#include "core/store/TumourFindings.h"

#include <QPointer>
#include <QWidget>

#include <atomic>
#include <memory>
#include <vector>

class QLabel;
class QProgressDialog;
class QPushButton;
class QTableWidget;
class QThread;

namespace precis::genomics {
struct PgxReport;
struct TypedResult;
} // namespace precis::genomics

namespace precis::ui {

class Session;

class GenomicsView : public QWidget
{
    Q_OBJECT
public:
    enum Column {
        Gene,
        Diplotype,
        Phenotype,
        ActivityScore,
        Tested,
        Untested,
        Drugs,
        Source,
        ColumnCount
    };
    enum TumourColumn {
        TumourGene,
        TumourVariant,
        TumourTherapy,
        TumourEffect,
        TumourContext,
        TumourLevel,
        TumourCitation,
        TumourColumnCount
    };
    /// Item data role on the Phenotype cell: true when the row must not be read as normal
    /// (Indeterminate, or positions untested).
    static constexpr int NotNormalRole = Qt::UserRole + 1;

    explicit GenomicsView(QWidget *parent = nullptr);
    ~GenomicsView() override;

    /// The chart's session and patient; the import button is offered to physicians only (the
    /// vault refuses everyone else in any case).
    void setPatient(Session *session, qint64 patientId);
    /// Shows stored results (as Session::genotypes returns them).
    void setResults(const std::vector<store::StoredGenotype> &results);
    /// Shows a stored tumour match (as Session::tumourMatch returns it); none: a hint instead.
    /// setPatient reads it through the session.
    void setTumourMatch(const std::optional<store::StoredTumourMatch> &match);
    /// Forgets the patient and every result; cancels and waits for a running import.
    void clear();

    /// Reads and calls `path` on a worker thread and stores it for the patient. `sample` picks
    /// one sample of a multi-sample file. Returns at once; importFinished() tells the outcome.
    void importFile(const QString &path, const QString &sample = {});
    [[nodiscard]] bool isImporting() const { return m_worker != nullptr; }
    /// Cancels a running import (nothing is stored).
    void cancelImport();
    /// Matches the tumour's (somatic) VCF `path` against the tumour knowledge for the OncoTree
    /// code `tumourType` on a worker thread and stores the findings for the patient as one
    /// import (no pharmacogenomic calls are made from a tumour file), as `precis-cli genomics
    /// import --tumour-type` does. Returns at once; importFinished() tells the outcome.
    void
    importTumourFile(const QString &path, const QString &tumourType, const QString &sample = {});

    /// Stores one result typed in from a report (GenotypeEntryDialog) for the patient: typed in,
    /// or as an outside result for CYP2D6 and HLA-B. Returns whether it was stored; the status
    /// line says what happened.
    bool storeTypedResult(const genomics::TypedResult &typed);

    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QPushButton *importButton() const { return m_import; }
    [[nodiscard]] QPushButton *enterButton() const { return m_enter; }
    [[nodiscard]] QPushButton *tumourImportButton() const { return m_importTumour; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }
    [[nodiscard]] QTableWidget *tumourTable() const { return m_tumourTable; }
    [[nodiscard]] QLabel *tumourNote() const { return m_tumourNote; }

    /// "on-label", "tissue-agnostic", "other-tumour" in the interface language.
    [[nodiscard]] static QString tumourContextText(const QString &code);
    /// "sensitivity", "resistance" in the interface language.
    [[nodiscard]] static QString tumourEffectText(const QString &code);

    /// The drugs a gene's result bears on, as shown in the Drugs column (translated).
    [[nodiscard]] static QString drugsAffected(const QString &gene);
    /// A CPIC phenotype term in the interface language ("Poor Metabolizer" ->
    /// "Langsamer Metabolisierer"); unknown terms are shown as stored.
    [[nodiscard]] static QString phenotypeText(const QString &cpicTerm);

Q_SIGNALS:
    /// An import was stored: the chart re-reads the results (and the options).
    void imported();
    /// An import ended: stored, refused, failed or cancelled (`error` is empty when stored).
    void importFinished(bool stored);

private:
    void chooseFile();
    void chooseTumourFile();
    [[nodiscard]] QString askFile(const QString &title);
    void enterResult();
    void workerDone();
    void tumourWorkerDone();
    void setImportButtonsEnabled(bool enabled);
    void showError(const Error &error);
    /// Asks which of the file's samples to read (the file held several and none was chosen);
    /// empty when the user cancelled or the header cannot be read.
    [[nodiscard]] QString askSample(const QString &title);
    /// Words a refusal of the file's genome build from its header: the build found and on what
    /// evidence, and what to do.
    [[nodiscard]] QString buildRefusalText() const;

    Session *m_session = nullptr;
    qint64 m_patientId = 0;
    QLabel *m_heading = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_enter = nullptr;
    QPushButton *m_importTumour = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_tumourHeading = nullptr;
    QLabel *m_tumourNote = nullptr;
    QTableWidget *m_tumourTable = nullptr;

    QThread *m_worker = nullptr;
    QPointer<QProgressDialog> m_progress;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<Result<genomics::PgxReport>> m_result;
    /// A tumour file matched on the worker: the record to store, the sample and the file's
    /// SHA-256.
    struct TumourFileMatch
    {
        store::TumourMatchRecord record;
        QString sample;
        QString fileSha256;
        qsizetype filtered = 0; ///< listed variants left unmatched by a failed FILTER
    };
    std::shared_ptr<Result<TumourFileMatch>> m_tumourResult;
    QString m_tumourType;
    QString m_path;
};

} // namespace precis::ui
