// SPDX-License-Identifier: GPL-3.0-or-later
// The Genomics view's tumour import (issue #11, "importing a file from there shows progress and
// can be cancelled"): the physician picks the tumour's somatic VCF and its OncoTree code; the
// file is hashed and matched on a worker thread (it reads the file only) and the findings are
// stored on the GUI thread as one import, as `precis-cli genomics import --tumour-type` does.
#include "core/genomics/TumourMatcher.h"
#include "core/store/TumourFindings.h"
#include "ui/chart/GenomicsView.h"
#include "ui/session/Session.h"

#include <QCryptographicHash>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>

#include <algorithm>

namespace precis::ui {

namespace {

/// Hashes and matches the file; what `genomics import --tumour-type` reads, in the same order.
Result<void> matchTumourFile(const QString &path,
                             const QString &sample,
                             const QString &tumourType,
                             store::TumourMatchRecord &record,
                             QString &sampleName,
                             QString &sha256,
                             qsizetype &filtered)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return fail(ErrorCode::Io, QStringLiteral("cannot read the file"), QStringLiteral("file"));
    file.close();
    const auto knowledge = genomics::loadTumourKnowledge();
    if (!knowledge)
        return tl::unexpected(knowledge.error());
    const auto tree = genomics::loadOncoTree();
    if (!tree)
        return tl::unexpected(tree.error());
    auto match = genomics::matchTumourVcf(path, sample, tumourType, *knowledge, *tree);
    if (!match)
        return tl::unexpected(match.error());
    record = store::tumourMatchRecord(*match, *knowledge, *tree);
    sampleName = match->sample;
    sha256 = QString::fromLatin1(hash.result().toHex());
    filtered = match->filtered.size();
    return {};
}

} // namespace

void GenomicsView::chooseTumourFile()
{
    const QString path = askFile(tr("Import Tumour VCF"));
    if (path.isEmpty())
        return;
    const auto tree = genomics::loadOncoTree();
    if (!tree) {
        showError(tree.error());
        return;
    }
    // Every OncoTree code with its name, so the physician can type either ("LUAD", "lung").
    QStringList codes = tree->name.keys();
    std::sort(codes.begin(), codes.end());
    QStringList items;
    items.reserve(codes.size());
    for (const QString &code : std::as_const(codes))
        //: An OncoTree entry in a list: %1 code, %2 tumour type name (as OncoTree names it)
        items << tr("%1 - %2").arg(code, tree->name.value(code));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Import Tumour VCF"), tr("Tumour type (OncoTree code):"), items, -1, true, &ok);
    if (!ok)
        return;
    const QString code = chosen.section(QLatin1Char(' '), 0, 0).trimmed().toUpper();
    if (!tree->contains(code)) {
        //: %1 what was typed
        m_status->setText(tr("\"%1\" is not an OncoTree code. Nothing was stored.").arg(chosen));
        return;
    }
    importTumourFile(path, code);
}

void GenomicsView::importTumourFile(const QString &path,
                                    const QString &tumourType,
                                    const QString &sample)
{
    if (!m_session || isImporting())
        return;
    m_path = path;
    m_tumourType = tumourType;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_tumourResult = std::make_shared<Result<TumourFileMatch>>(
        fail(ErrorCode::Internal, QStringLiteral("not run")));
    setImportButtonsEnabled(false);
    m_status->setText(tr("Reading and matching the tumour file..."));
    // The matcher reads a tumour exome in well under a second (docs/PERFORMANCE.md): the bar is
    // busy, and Cancel discards the result (nothing is stored) even if the read has finished.
    m_progress
        = new QProgressDialog(tr("Matching the tumour's variants..."), tr("Cancel"), 0, 0, this);
    m_progress->setObjectName(QStringLiteral("genomicsProgressDialog"));
    m_progress->setWindowTitle(tr("Import Tumour VCF"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(0);
    connect(m_progress, &QProgressDialog::canceled, this, &GenomicsView::cancelImport);
    const auto result = m_tumourResult;
    m_worker = QThread::create([path, sample, tumourType, result] {
        TumourFileMatch m;
        auto done = matchTumourFile(
            path, sample, tumourType, m.record, m.sample, m.fileSha256, m.filtered);
        if (done)
            *result = std::move(m);
        else
            *result = tl::unexpected(done.error());
    });
    connect(m_worker, &QThread::finished, this, &GenomicsView::tumourWorkerDone);
    m_worker->start();
}

void GenomicsView::tumourWorkerDone()
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
    const auto result = std::move(m_tumourResult);
    const bool cancelled = m_cancel && m_cancel->load();
    if (!m_session || !result || cancelled) {
        m_status->setText(tr("Import cancelled; nothing was stored."));
        Q_EMIT importFinished(false);
        return;
    }
    if (!*result) {
        const Error &error = result->error();
        if (error.code == ErrorCode::InvalidInput && error.field == QLatin1String("sample")
            && error.value.isEmpty()) {
            const QString sample = askSample(tr("Import Tumour VCF"));
            m_status->setText(tr("Nothing was stored."));
            Q_EMIT importFinished(false);
            if (!sample.isEmpty())
                importTumourFile(m_path, m_tumourType, sample);
            return;
        }
        showError(error);
        Q_EMIT importFinished(false);
        return;
    }
    TumourFileMatch &matched = **result;
    store::GenotypeImport import;
    import.source = store::GenotypeSource::VcfCall;
    import.fileSha256 = matched.fileSha256;
    import.sampleName = matched.sample;
    import.tumourType = m_tumourType;
    const int findings = static_cast<int>(matched.record.findings.size());
    import.tumour = std::move(matched.record);
    auto stored = m_session->importGenotypes(m_patientId, import);
    if (!stored) {
        showError(stored.error());
        Q_EMIT importFinished(false);
        return;
    }
    setPatient(m_session, m_patientId); // re-reads the stored tumour match
    QString text = tr("%n tumour finding(s) stored for tumour type %1.", nullptr, findings)
                       .arg(m_tumourType);
    if (matched.filtered > 0)
        text += QLatin1Char(' ')
                + tr("%n listed variant(s) in records that failed the caller's filters were not "
                     "matched.",
                     nullptr,
                     static_cast<int>(matched.filtered));
    m_status->setText(text);
    Q_EMIT imported();
    Q_EMIT importFinished(true);
}

} // namespace precis::ui
