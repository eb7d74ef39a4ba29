// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/TumourFindings.h"

#include "core/store/AuditLog.h"
#include "core/store/Sqlite.h"
#include "core/store/VaultInternal.h"

namespace precis::store {

using detail::VaultAccess;

namespace {

// Lists are stored joined; neither an OncoTree code nor a citation contains the separator
// (tst_tumour checks the shipped knowledge for it).
const QLatin1String kListSeparator("\x1f");

bool isEffect(const QString &s)
{
    return s == QLatin1String("sensitivity") || s == QLatin1String("resistance");
}

bool isContext(const QString &s)
{
    return s == QLatin1String("on-label") || s == QLatin1String("tissue-agnostic")
           || s == QLatin1String("other-tumour");
}

tl::unexpected<Error> invalid(const QString &field, const QString &message)
{
    return fail(ErrorCode::InvalidInput, message, field);
}

} // namespace

TumourMatchRecord tumourMatchRecord(const genomics::TumourMatch &match,
                                    const genomics::TumourKnowledge &knowledge,
                                    const genomics::OncoTree &tree)
{
    TumourMatchRecord r;
    r.knowledgeVersion = knowledge.knowledgeVersion;
    r.oncotreeRelease = tree.release;
    r.records = match.records;
    r.allelesSeen = match.allelesSeen;
    for (const genomics::TumourFinding &f : match.findings)
        r.findings.push_back({f.gene,
                              f.protein,
                              f.hgvsc,
                              f.allele.chromosome,
                              f.allele.position,
                              f.allele.ref,
                              f.allele.alt,
                              f.therapy,
                              genomics::effectCode(f.effect),
                              genomics::contextCode(f.context),
                              f.level,
                              f.tumourTypes,
                              f.citations});
    return r;
}

QList<genomics::TumourFinding> tumourFindings(const TumourMatchRecord &match)
{
    QList<genomics::TumourFinding> out;
    for (const TumourFindingRow &r : match.findings) {
        genomics::TumourFinding f;
        f.gene = r.gene;
        f.protein = r.protein;
        f.hgvsc = r.hgvsc;
        f.allele = {r.chromosome, r.position, r.ref, r.alt};
        f.therapy = r.therapy;
        f.effect = r.effect == QLatin1String("resistance") ? genomics::TumourEffect::Resistance
                                                           : genomics::TumourEffect::Sensitivity;
        if (r.context == QLatin1String("on-label"))
            f.context = genomics::TumourContext::OnLabel;
        else if (r.context == QLatin1String("tissue-agnostic"))
            f.context = genomics::TumourContext::TissueAgnostic;
        else
            f.context = genomics::TumourContext::OtherTumour;
        f.level = r.level;
        f.tumourTypes = r.tumourTypes;
        f.citations = r.citations;
        out.append(std::move(f));
    }
    return out;
}

namespace detail {

Result<void> validateTumourMatch(const QString &tumourType, const TumourMatchRecord &match)
{
    if (tumourType.trimmed().isEmpty())
        return invalid(QStringLiteral("tumour_type"),
                       QStringLiteral("a tumour match needs the tumour type"));
    if (match.knowledgeVersion.trimmed().isEmpty())
        return invalid(QStringLiteral("knowledge_version"),
                       QStringLiteral("a tumour match needs the knowledge version"));
    if (match.oncotreeRelease.trimmed().isEmpty())
        return invalid(QStringLiteral("oncotree_release"),
                       QStringLiteral("a tumour match needs the OncoTree release"));
    if (match.records < 0 || match.allelesSeen < 0)
        return invalid(QStringLiteral("records"), QStringLiteral("negative count"));
    for (const TumourFindingRow &f : match.findings) {
        if (f.gene.isEmpty() || f.protein.isEmpty() || f.therapy.isEmpty())
            return invalid(QStringLiteral("finding"),
                           QStringLiteral("a finding needs gene, protein and therapy"));
        if (f.chromosome.isEmpty() || f.position <= 0)
            return invalid(QStringLiteral("position"),
                           QStringLiteral("a finding needs its genomic position"));
        if (!isEffect(f.effect))
            return invalid(QStringLiteral("effect"),
                           QStringLiteral("not sensitivity or resistance"));
        if (!isContext(f.context))
            return invalid(QStringLiteral("context"),
                           QStringLiteral("not on-label, tissue-agnostic or other-tumour"));
    }
    return {};
}

Result<void> insertTumourMatch(Database &db,
                               qint64 importId,
                               qint64 patientId,
                               const QString &tumourType,
                               const TumourMatchRecord &match)
{
    auto head = db.prepare("INSERT INTO tumour_matches(import_id, patient_id, tumour_type,"
                           " knowledge_version, oncotree_release, records, alleles_seen)"
                           " VALUES (?,?,?,?,?,?,?)");
    if (!head)
        return tl::unexpected(head.error());
    head->bind(1, importId)
        .bind(2, patientId)
        .bind(3, tumourType.trimmed())
        .bind(4, match.knowledgeVersion)
        .bind(5, match.oncotreeRelease)
        .bind(6, match.records)
        .bind(7, match.allelesSeen);
    if (auto r = head->run(); !r)
        return tl::unexpected(r.error());
    const qint64 matchId = db.lastInsertRowId();
    auto row = db.prepare("INSERT INTO tumour_findings(match_id, patient_id, gene, protein, hgvsc,"
                          " chromosome, position, ref, alt, therapy, effect, context, level,"
                          " tumour_types, citations) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!row)
        return tl::unexpected(row.error());
    for (const TumourFindingRow &f : match.findings) {
        row->bind(1, matchId)
            .bind(2, patientId)
            .bind(3, f.gene)
            .bind(4, f.protein)
            .bind(5, f.hgvsc)
            .bind(6, f.chromosome)
            .bind(7, f.position)
            .bind(8, f.ref)
            .bind(9, f.alt)
            .bind(10, f.therapy)
            .bind(11, f.effect)
            .bind(12, f.context)
            .bind(13, f.level)
            .bind(14, f.tumourTypes.join(kListSeparator))
            .bind(15, f.citations.join(kListSeparator));
        if (auto done = row->run(); !done)
            return tl::unexpected(done.error());
        row->reset();
    }
    return {};
}

} // namespace detail

Result<std::optional<StoredTumourMatch>> patientTumourMatch(Vault &vault, qint64 patientId)
{
    if (auto r = VaultAccess::requireClinical(vault); !r)
        return tl::unexpected(r.error());
    Database &db = VaultAccess::db(vault);
    // The newest match counts: a later tumour import replaces the findings on screen and in the
    // options; the older rows stay (append-only).
    auto head = db.prepare("SELECT m.id, m.import_id, m.tumour_type, m.knowledge_version,"
                           " m.oncotree_release, m.records, m.alleles_seen, i.file_sha256,"
                           " i.sample_name, i.recorded_by, i.recorded_at"
                           " FROM tumour_matches m JOIN genotype_imports i ON i.id = m.import_id"
                           " WHERE m.patient_id = ? ORDER BY m.import_id DESC LIMIT 1");
    if (!head)
        return tl::unexpected(head.error());
    head->bind(1, patientId);
    auto found = head->step();
    if (!found)
        return tl::unexpected(found.error());
    std::optional<StoredTumourMatch> out;
    if (*found) {
        StoredTumourMatch m;
        const qint64 matchId = head->int64(0);
        m.importId = head->int64(1);
        m.tumourType = head->text(2);
        m.match.knowledgeVersion = head->text(3);
        m.match.oncotreeRelease = head->text(4);
        m.match.records = head->int64(5);
        m.match.allelesSeen = head->int64(6);
        m.fileSha256 = head->isNull(7) ? QString() : head->text(7);
        m.sampleName = head->isNull(8) ? QString() : head->text(8);
        m.recordedBy = head->text(9);
        m.recordedAt = QDateTime::fromString(head->text(10), Qt::ISODateWithMs);
        auto st = db.prepare("SELECT gene, protein, hgvsc, chromosome, position, ref, alt,"
                             " therapy, effect, context, level, tumour_types, citations"
                             " FROM tumour_findings WHERE match_id = ? ORDER BY id");
        if (!st)
            return tl::unexpected(st.error());
        st->bind(1, matchId);
        for (;;) {
            auto next = st->step();
            if (!next)
                return tl::unexpected(next.error());
            if (!*next)
                break;
            TumourFindingRow f;
            f.gene = st->text(0);
            f.protein = st->text(1);
            f.hgvsc = st->text(2);
            f.chromosome = st->text(3);
            f.position = st->int64(4);
            f.ref = st->text(5);
            f.alt = st->text(6);
            f.therapy = st->text(7);
            f.effect = st->text(8);
            f.context = st->text(9);
            f.level = st->text(10);
            const QString types = st->text(11);
            if (!types.isEmpty())
                f.tumourTypes = types.split(kListSeparator);
            const QString citations = st->text(12);
            if (!citations.isEmpty())
                f.citations = citations.split(kListSeparator);
            if (!isEffect(f.effect) || !isContext(f.context))
                return fail(ErrorCode::Damaged,
                            QStringLiteral("unknown tumour finding code in the vault"),
                            QStringLiteral("tumour_findings"));
            m.match.findings.push_back(std::move(f));
        }
        out = std::move(m);
    }
    if (auto r = appendAudit(
            db,
            vault.user().name,
            QString::fromLatin1(audit::kChartRead),
            patientId,
            QStringLiteral("%1 tumour findings read").arg(out ? out->match.findings.size() : 0));
        !r)
        return tl::unexpected(r.error());
    return out;
}

} // namespace precis::store
