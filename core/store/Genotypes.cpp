// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/Genotypes.h"

#include "core/store/AuditLog.h"
#include "core/store/Sqlite.h"
#include "core/store/VaultInternal.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace precis::store {

using detail::VaultAccess;

QString genotypeSourceToken(GenotypeSource source)
{
    switch (source) {
    case GenotypeSource::VcfCall:
        return QStringLiteral("vcf");
    case GenotypeSource::TypedIn:
        return QStringLiteral("typed");
    case GenotypeSource::OutsideResult:
        return QStringLiteral("outside");
    }
    return {};
}

std::optional<GenotypeSource> genotypeSourceFromToken(const QString &token)
{
    for (GenotypeSource s :
         {GenotypeSource::VcfCall, GenotypeSource::TypedIn, GenotypeSource::OutsideResult}) {
        if (genotypeSourceToken(s) == token)
            return s;
    }
    return std::nullopt;
}

namespace {

Result<void> validate(const GenotypeImport &import)
{
    if (import.tumour) {
        if (auto r = detail::validateTumourMatch(import.tumourType, *import.tumour); !r)
            return r;
    }
    if (import.results.empty() && !import.tumour)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("an import needs at least one gene result"),
                    QStringLiteral("gene"));
    static const QRegularExpression kSymbol(QStringLiteral("^[A-Z0-9][A-Z0-9-]*$"));
    static const QRegularExpression kSha(QStringLiteral("^[0-9a-f]{64}$"));
    if (!import.fileSha256.isEmpty() && !kSha.match(import.fileSha256).hasMatch())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("not a lower-case hex SHA-256"),
                    QStringLiteral("file_sha256"),
                    import.fileSha256);
    if (!import.assumeRefSha256.isEmpty()
        && (!import.assumeRef || !kSha.match(import.assumeRefSha256).hasMatch()))
        return fail(ErrorCode::InvalidInput,
                    import.assumeRef ? QStringLiteral("not a lower-case hex SHA-256")
                                     : QStringLiteral("a regions file without assumed regions"),
                    QStringLiteral("assume_ref_sha256"),
                    import.assumeRefSha256);
    QSet<QString> seen;
    for (const GenotypeResult &r : import.results) {
        if (!kSymbol.match(r.gene).hasMatch())
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("not a gene symbol"),
                        QStringLiteral("gene"),
                        r.gene);
        if (seen.contains(r.gene))
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("gene given twice in one import"),
                        QStringLiteral("gene"),
                        r.gene);
        seen.insert(r.gene);
        if (r.diplotype.trimmed().isEmpty())
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("%1 has no diplotype").arg(r.gene),
                        QStringLiteral("diplotype"));
        if (r.phenotype.trimmed().isEmpty() && import.source != GenotypeSource::OutsideResult)
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("%1 has no phenotype").arg(r.gene),
                        QStringLiteral("phenotype"));
        // The templates must say what the English says: the screen shows the one, the CLI and
        // exports the other.
        if (!r.noteSources.isEmpty()
            && genomics::englishNotes(r.noteSources)
                       .join(QLatin1String(genomics::kCallNoteSeparator))
                   != r.notes)
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("%1's note templates do not give its notes").arg(r.gene),
                        QStringLiteral("notes"));
        if (r.testedPositions && *r.testedPositions < 0)
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("negative count of tested positions"),
                        QStringLiteral("tested_positions"),
                        QString::number(*r.testedPositions));
    }
    return {};
}

std::optional<QString> nonEmpty(const QString &s)
{
    return s.isEmpty() ? std::nullopt : std::optional<QString>(s);
}

} // namespace

Result<qint64> importGenotypes(Vault &vault, qint64 patientId, const GenotypeImport &import)
{
    // Storing a genotype changes what the treatment options say: physicians only, checked here
    // so that no front end can skip it (DESIGN.md "Who uses it": physicians import genomic files).
    if (auto r = detail::requireRole(vault, Role::Physician, QStringLiteral("importing genotypes"));
        !r) {
        Error e = r.error();
        if (e.code == ErrorCode::Permission && e.reason == ErrorReason::None)
            e.reason = ErrorReason::RoleRequired;
        return tl::unexpected(e);
    }
    if (auto r = validate(import); !r)
        return tl::unexpected(r.error());
    Database &db = VaultAccess::db(vault);
    auto txn = Transaction::begin(db);
    if (!txn)
        return tl::unexpected(txn.error());
    auto exists = db.prepare("SELECT 1 FROM patients WHERE id = ?");
    if (!exists)
        return tl::unexpected(exists.error());
    exists->bind(1, patientId);
    auto found = exists->step();
    if (!found)
        return tl::unexpected(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound,
                    QStringLiteral("no such patient"),
                    QStringLiteral("id"),
                    QString::number(patientId));
    exists->reset();
    auto head = db.prepare("INSERT INTO genotype_imports(patient_id, source, file_sha256,"
                           " sample_name, assume_ref, tumour_type, definitions, recorded_by,"
                           " recorded_at) VALUES (?,?,?,?,?,?,?,?,?)");
    if (!head)
        return tl::unexpected(head.error());
    head->bind(1, patientId)
        .bind(2, genotypeSourceToken(import.source))
        .bind(3, nonEmpty(import.fileSha256))
        .bind(4, nonEmpty(import.sampleName))
        .bind(5, import.assumeRef ? 1 : 0)
        .bind(6, nonEmpty(import.tumourType.trimmed()))
        .bind(7, nonEmpty(import.definitions))
        .bind(8, vault.user().name)
        .bind(9, detail::nowUtc());
    if (auto r = head->run(); !r)
        return tl::unexpected(r.error());
    const qint64 importId = db.lastInsertRowId();
    auto row = db.prepare("INSERT INTO genotype_results(import_id, patient_id, gene, diplotype,"
                          " phenotype, activity_score, tested_positions, untested_positions,"
                          " notes, note_sources) VALUES (?,?,?,?,?,?,?,?,?,?)");
    if (!row)
        return tl::unexpected(row.error());
    for (const GenotypeResult &r : import.results) {
        row->bind(1, importId)
            .bind(2, patientId)
            .bind(3, r.gene)
            .bind(4, r.diplotype.trimmed())
            .bind(5, r.phenotype.trimmed())
            .bind(6, nonEmpty(r.activityScore))
            .bind(7, r.testedPositions)
            .bind(8, r.untested.join(QLatin1Char(',')))
            .bind(9, r.notes)
            .bind(10,
                  r.noteSources.isEmpty()
                      ? std::nullopt
                      : std::optional<QString>(genomics::callNotesToJson(r.noteSources)));
        if (auto done = row->run(); !done)
            return tl::unexpected(done.error());
        row->reset();
    }
    if (import.tumour) {
        if (auto r
            = detail::insertTumourMatch(db, importId, patientId, import.tumourType, *import.tumour);
            !r)
            return tl::unexpected(r.error());
    }
    // Identifiers and counts only: which genes and what they showed stay in the vault's tables.
    if (auto r
        = appendAudit(db,
                      vault.user().name,
                      QString::fromLatin1(audit::kWrite),
                      patientId,
                      QStringLiteral("genotype import %1 recorded: %2 gene result(s), "
                                     "source %3%4%5")
                          .arg(importId)
                          .arg(import.results.size())
                          .arg(genotypeSourceToken(import.source),
                               !import.assumeRef ? QString()
                               : import.assumeRefSha256.isEmpty()
                                   ? QStringLiteral(", regions assumed reference")
                                   : QStringLiteral(", regions assumed reference (BED SHA-256 %1)")
                                         .arg(import.assumeRefSha256),
                               import.tumour ? QStringLiteral(", %1 tumour finding(s)")
                                                   .arg(import.tumour->findings.size())
                                             : QString()));
        !r)
        return tl::unexpected(r.error());
    if (auto r = txn->commit(); !r)
        return tl::unexpected(r.error());
    return importId;
}

Result<std::vector<StoredGenotype>> patientGenotypes(Vault &vault, qint64 patientId)
{
    if (auto r = VaultAccess::requireClinical(vault); !r)
        return tl::unexpected(r.error());
    Database &db = VaultAccess::db(vault);
    // The newest import per gene: a later import of the same gene replaces it on screen and in
    // the options; the older rows stay (append-only).
    auto st = db.prepare(
        "SELECT r.import_id, r.gene, r.diplotype, r.phenotype, r.activity_score,"
        " r.tested_positions, r.untested_positions, r.notes, i.source, i.file_sha256,"
        " i.sample_name, i.assume_ref, i.tumour_type, i.definitions, i.recorded_by, i.recorded_at,"
        " r.note_sources"
        " FROM genotype_results r JOIN genotype_imports i ON i.id = r.import_id"
        " WHERE r.patient_id = ? AND NOT EXISTS (SELECT 1 FROM genotype_results later"
        "   WHERE later.patient_id = r.patient_id AND later.gene = r.gene"
        "   AND later.import_id > r.import_id)"
        " ORDER BY r.gene");
    if (!st)
        return tl::unexpected(st.error());
    st->bind(1, patientId);
    std::vector<StoredGenotype> out;
    for (;;) {
        auto next = st->step();
        if (!next)
            return tl::unexpected(next.error());
        if (!*next)
            break;
        StoredGenotype g;
        g.importId = st->int64(0);
        g.result.gene = st->text(1);
        g.result.diplotype = st->text(2);
        g.result.phenotype = st->text(3);
        g.result.activityScore = st->isNull(4) ? QString() : st->text(4);
        if (!st->isNull(5))
            g.result.testedPositions = static_cast<int>(st->int64(5));
        const QString untested = st->text(6);
        if (!untested.isEmpty())
            g.result.untested = untested.split(QLatin1Char(','));
        g.result.notes = st->text(7);
        const auto source = genotypeSourceFromToken(st->text(8));
        if (!source)
            return fail(ErrorCode::Damaged,
                        QStringLiteral("unknown genotype source in the vault"),
                        QStringLiteral("source"),
                        st->text(8));
        g.source = *source;
        g.fileSha256 = st->isNull(9) ? QString() : st->text(9);
        g.sampleName = st->isNull(10) ? QString() : st->text(10);
        g.assumeRef = st->int64(11) != 0;
        g.tumourType = st->isNull(12) ? QString() : st->text(12);
        g.definitions = st->isNull(13) ? QString() : st->text(13);
        g.recordedBy = st->text(14);
        g.recordedAt = QDateTime::fromString(st->text(15), Qt::ISODateWithMs);
        if (!st->isNull(16)) {
            auto notes = genomics::callNotesFromJson(st->text(16));
            if (!notes)
                return tl::unexpected(notes.error());
            g.result.noteSources = *notes;
        }
        out.push_back(std::move(g));
    }
    if (auto r = appendAudit(db,
                             vault.user().name,
                             QString::fromLatin1(audit::kChartRead),
                             patientId,
                             QStringLiteral("%1 genotype results read").arg(out.size()));
        !r)
        return tl::unexpected(r.error());
    return out;
}

} // namespace precis::store
