// SPDX-License-Identifier: GPL-3.0-or-later
#include "TumourMatcher.h"

#include "HtsHandles.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <htslib/hts.h>
#include <htslib/kseq.h>
#include <htslib/kstring.h>
#include <htslib/vcf.h>
#include <memory>
#include <optional>

namespace precis::genomics {

namespace {

// Chromosome lengths from the assemblies' sequence reports (NCBI Assembly GRCh38
// GCF_000001405.26: NC_000001.11, NC_000003.12, NC_000006.12, NC_000007.14, NC_000010.11,
// NC_000012.12, NC_000014.9; GRCh37 GCF_000001405.13: NC_000001.10, NC_000003.11, NC_000006.11,
// NC_000007.13, NC_000010.10, NC_000012.11, NC_000014.8): the chromosomes the tumour knowledge
// has alleles on.
struct ContigLengths
{
    const char *chromosome;
    qint64 grch38;
    qint64 grch37;
};
constexpr ContigLengths kContigLengths[] = {
    {"1", 248956422, 249250621},
    {"3", 198295559, 198022430},
    {"6", 170805979, 171115067},
    {"7", 159345973, 159138663},
    {"10", 133797422, 135534747},
    {"12", 133275309, 133851895},
    {"14", 107043718, 107349540},
};

using hts::HeaderFree;
using hts::IntBuffer;
using hts::KString;
using hts::RecordFree;

const QString kBuildAdvice = QStringLiteral(
    "Precis matches tumour variants on GRCh38 only: lift the file over to GRCh38 (or re-call it "
    "against GRCh38) and give ##contig lines with lengths");

/// GRCh38 or a refusal naming what was found and what to do.
Result<void> checkBuild(const bcf_hdr_t *hdr)
{
    bool grch38 = false;
    for (const ContigLengths &c : kContigLengths) {
        const QString name = QString::fromLatin1(c.chromosome);
        for (const QString &id : {name, QStringLiteral("chr") + name}) {
            const QByteArray idUtf8 = id.toUtf8();
            bcf_hrec_t *hrec = bcf_hdr_get_hrec(hdr, BCF_HL_CTG, "ID", idUtf8.constData(), nullptr);
            if (hrec == nullptr)
                continue;
            const int k = bcf_hrec_find_key(hrec, "length");
            if (k < 0)
                continue;
            bool ok = false;
            const qint64 length = QByteArray(hrec->vals[k]).toLongLong(&ok);
            if (!ok)
                continue;
            if (length == c.grch37)
                return fail(ErrorCode::Unsupported,
                            QStringLiteral("the file is GRCh37 (chromosome %1 length %2). %3")
                                .arg(name)
                                .arg(length)
                                .arg(kBuildAdvice),
                            QStringLiteral("header ##contig"),
                            QString::number(length));
            if (length != c.grch38)
                return fail(ErrorCode::Unsupported,
                            QStringLiteral("unknown genome build (chromosome %1 length %2, GRCh38 "
                                           "has %3). %4")
                                .arg(name)
                                .arg(length)
                                .arg(c.grch38)
                                .arg(kBuildAdvice),
                            QStringLiteral("header ##contig"),
                            QString::number(length));
            grch38 = true;
        }
    }
    QString reference;
    if (bcf_hrec_t *ref = bcf_hdr_get_hrec(hdr, BCF_HL_GEN, "reference", nullptr, nullptr))
        reference = QString::fromUtf8(ref->value);
    const QString lower = reference.toLower();
    const bool says37
        = lower.contains(QLatin1String("grch37")) || lower.contains(QLatin1String("hg19"))
          || lower.contains(QLatin1String("b37")) || lower.contains(QLatin1String("hs37"));
    const bool says38
        = lower.contains(QLatin1String("grch38")) || lower.contains(QLatin1String("hg38"));
    if (says37)
        return fail(
            ErrorCode::Unsupported,
            QStringLiteral("##reference names GRCh37 (%1). %2").arg(reference, kBuildAdvice),
            QStringLiteral("header ##reference"),
            reference);
    if (grch38 || says38)
        return {};
    return fail(
        ErrorCode::Unsupported,
        QStringLiteral("unknown genome build (no ##contig length for chromosome 1, 3, 7, 10 "
                       "or 12 and no GRCh38 ##reference). %1")
            .arg(kBuildAdvice),
        QStringLiteral("header"),
        reference);
}

QString fieldForError(int errcode)
{
    if (errcode & BCF_ERR_CTG_UNDEF || errcode & BCF_ERR_CTG_INVALID)
        return QStringLiteral("CHROM");
    if (errcode & BCF_ERR_NCOLS)
        return QStringLiteral("columns");
    if (errcode & BCF_ERR_TAG_UNDEF || errcode & BCF_ERR_TAG_INVALID)
        return QStringLiteral("INFO/FORMAT");
    if (errcode & BCF_ERR_LIMITS)
        return QStringLiteral("size limits");
    if (errcode & BCF_ERR_CHAR)
        return QStringLiteral("characters");
    return QStringLiteral("record");
}

/// The first bad fixed column of a text record, checked in place: column count, POS, REF, ALT.
std::optional<std::pair<QString, QString>> checkColumns(const kstring_t &line, int samples)
{
    const QByteArrayView text(line.s, static_cast<qsizetype>(line.l));
    QByteArrayView cols[9];
    qsizetype count = 0;
    qsizetype from = 0;
    while (true) {
        const qsizetype tab = text.indexOf('\t', from);
        const qsizetype to = tab < 0 ? text.size() : tab;
        if (count < 9)
            cols[count] = text.sliced(from, to - from);
        ++count;
        if (tab < 0)
            break;
        from = tab + 1;
    }
    const qsizetype expected = samples > 0 ? 9 + samples : 8;
    if (count != expected)
        return std::pair{
            QStringLiteral("columns"),
            QStringLiteral("%1 columns, the header names %2").arg(count).arg(expected)};
    const auto shown = [](QByteArrayView v) {
        return QString::fromUtf8(v.first(std::min<qsizetype>(v.size(), 40)));
    };
    bool ok = false;
    const qint64 pos = cols[1].toLongLong(&ok);
    if (!ok || pos < 1)
        return std::pair{QStringLiteral("POS"), shown(cols[1])};
    if (cols[3].isEmpty())
        return std::pair{QStringLiteral("REF"), shown(cols[3])};
    for (const char c : cols[3])
        if (!QByteArrayView("ACGTNacgtn").contains(c))
            return std::pair{QStringLiteral("REF"), shown(cols[3])};
    if (cols[4].isEmpty())
        return std::pair{QStringLiteral("ALT"), shown(cols[4])};
    return std::nullopt;
}

/// A sequence ALT (not symbolic, not a breakend, not the spanning-deletion star, not missing).
bool isSequence(const char *allele)
{
    if (allele[0] == '\0')
        return false;
    for (const char *p = allele; *p != '\0'; ++p)
        if (!std::strchr("ACGTNacgtn", *p))
            return false;
    return true;
}

class Matcher
{
public:
    Matcher(const TumourKnowledge &knowledge, const OncoTree &tree, const QString &tumourType)
        : m_knowledge(knowledge), m_tree(tree)
    {
        m_result.tumourType = tumourType;
        for (auto it = knowledge.alleles.cbegin(); it != knowledge.alleles.cend(); ++it)
            m_chromosomes.insert(it.key().chromosome);
    }

    Result<void> prepare(const bcf_hdr_t *hdr, const QString &sample)
    {
        const int n = bcf_hdr_nsamples(hdr);
        QStringList names;
        for (int i = 0; i < n; ++i)
            names << QString::fromUtf8(hdr->samples[i]);
        if (n == 0) {
            m_sampleIndex = -1; // sites-only: every ALT counts
            if (!sample.isEmpty())
                return fail(
                    ErrorCode::InvalidInput,
                    QStringLiteral("no sample '%1': the file has no sample columns").arg(sample),
                    QStringLiteral("sample"),
                    sample);
        } else if (sample.isEmpty()) {
            if (n > 1)
                return fail(ErrorCode::InvalidInput,
                            QStringLiteral("the file has %1 samples (%2); choose one with --sample")
                                .arg(n)
                                .arg(names.join(QStringLiteral(", "))),
                            QStringLiteral("sample"));
            m_sampleIndex = 0;
        } else {
            m_sampleIndex = static_cast<int>(names.indexOf(sample));
            if (m_sampleIndex < 0)
                return fail(ErrorCode::InvalidInput,
                            QStringLiteral("no sample '%1' in the file (samples: %2)")
                                .arg(sample, names.join(QStringLiteral(", "))),
                            QStringLiteral("sample"),
                            sample);
        }
        m_result.sample = m_sampleIndex >= 0 ? names.at(m_sampleIndex) : QString();
        if (bcf_hdr_get_hrec(hdr, BCF_HL_INFO, "ID", "CSQ", nullptr) != nullptr)
            m_result.annotation = VcfAnnotation::Vep;
        else if (bcf_hdr_get_hrec(hdr, BCF_HL_INFO, "ID", "ANN", nullptr) != nullptr)
            m_result.annotation = VcfAnnotation::SnpEff;
        return checkBuild(hdr);
    }

    Result<void> take(const bcf_hdr_t *hdr, bcf1_t *rec, const QString &where)
    {
        ++m_result.records;
        auto known = m_contigs.constFind(rec->rid);
        if (known == m_contigs.cend()) {
            const char *name = bcf_hdr_id2name(hdr, rec->rid);
            QString c = QString::fromUtf8(name != nullptr ? name : "");
            if (c.startsWith(QLatin1String("chr")))
                c = c.mid(3);
            known = m_contigs.insert(rec->rid, c);
        }
        const bool relevant = m_chromosomes.contains(*known);
        bcf_unpack(rec,
                   m_sampleIndex >= 0 ? BCF_UN_STR | BCF_UN_FLT | BCF_UN_FMT
                                      : BCF_UN_STR | BCF_UN_FLT);
        if (rec->n_allele < 2)
            return {};
        const QString failed = relevant ? hts::failedFilters(hdr, rec) : QString();
        // The ALT alleles the sample carries.
        m_carried.fill(false, rec->n_allele);
        if (m_sampleIndex < 0 || bcf_get_fmt(hdr, rec, "GT") == nullptr) {
            m_carried.fill(true);
        } else {
            const int ngt = bcf_get_genotypes(hdr, rec, &m_gt.data, &m_gt.size);
            if (ngt <= 0)
                return fail(ErrorCode::InvalidInput,
                            QStringLiteral("GT cannot be read"),
                            where + QStringLiteral(", GT"));
            const int ploidyMax = ngt / bcf_hdr_nsamples(hdr);
            const int32_t *gt = m_gt.data + static_cast<qsizetype>(m_sampleIndex) * ploidyMax;
            for (int i = 0; i < ploidyMax && gt[i] != bcf_int32_vector_end; ++i) {
                if (bcf_gt_is_missing(gt[i]))
                    continue;
                const int allele = bcf_gt_allele(gt[i]);
                if (allele >= rec->n_allele)
                    return fail(ErrorCode::InvalidInput,
                                QStringLiteral("allele index %1 but the record has %2 alleles")
                                    .arg(allele)
                                    .arg(rec->n_allele),
                                where + QStringLiteral(", GT"),
                                QString::number(allele));
                m_carried[allele] = true;
            }
        }
        for (int i = 1; i < rec->n_allele; ++i) {
            if (!m_carried.at(i) || !isSequence(rec->d.allele[i]))
                continue;
            ++m_result.allelesSeen;
            if (!relevant)
                continue;
            const MinimalAllele allele = minimalAllele(*known,
                                                       rec->pos + 1,
                                                       QString::fromLatin1(rec->d.allele[0]),
                                                       QString::fromLatin1(rec->d.allele[i]));
            if (!m_knowledge.alleles.contains(allele))
                continue;
            if (!failed.isEmpty()) {
                m_result.filtered.append({allele, failed});
                continue;
            }
            m_result.findings.append(placeAllele(m_knowledge, m_tree, allele, m_result.tumourType));
        }
        return {};
    }

    TumourMatch result() const { return m_result; }

private:
    const TumourKnowledge &m_knowledge;
    const OncoTree &m_tree;
    QSet<QString> m_chromosomes;
    QHash<int, QString> m_contigs;
    int m_sampleIndex = 0;
    IntBuffer m_gt;
    QList<bool> m_carried;
    TumourMatch m_result;
};

Result<void> readText(htsFile *fp, const QString &sample, Matcher &matcher)
{
    KString line;
    KString headerText;
    qint64 lineNo = 0;
    bool haveRecord = false;
    int r = 0;
    while ((r = hts_getline(fp, KS_SEP_LINE, &line.s)) >= 0) {
        ++lineNo;
        if (line.s.l > 0 && line.s.s[0] == '#') {
            kputsn(line.s.s, line.s.l, &headerText.s);
            kputc('\n', &headerText.s);
            continue;
        }
        haveRecord = true;
        break;
    }
    if (r < -1)
        return fail(ErrorCode::Io,
                    QStringLiteral("read error (damaged compression?)"),
                    QStringLiteral("line %1").arg(lineNo + 1));
    if (headerText.s.l == 0 || !QByteArray(headerText.s.s).startsWith("##fileformat=VCF"))
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("not a VCF file: the first line must be ##fileformat=VCF..."),
                    QStringLiteral("line 1"));
    if (!QByteArray(headerText.s.s).contains("\n#CHROM"))
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("no #CHROM header line"),
                    QStringLiteral("header"));
    std::unique_ptr<bcf_hdr_t, HeaderFree> hdr(bcf_hdr_init("r"));
    if (!hdr || bcf_hdr_parse(hdr.get(), headerText.s.s) != 0)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("the header cannot be parsed (meta lines or #CHROM line)"),
                    QStringLiteral("header"));
    if (auto ok = matcher.prepare(hdr.get(), sample); !ok)
        return ok;
    std::unique_ptr<bcf1_t, RecordFree> rec(bcf_init());
    const int samples = bcf_hdr_nsamples(hdr.get());
    while (haveRecord) {
        if (line.s.l > 0) {
            const QString where = QStringLiteral("line %1").arg(lineNo);
            if (auto bad = checkColumns(line.s, samples))
                return fail(ErrorCode::InvalidInput,
                            bad->second,
                            where + QStringLiteral(", ") + bad->first,
                            bad->second);
            if (vcf_parse(&line.s, hdr.get(), rec.get()) != 0
                || (rec->errcode & ~BCF_ERR_CTG_UNDEF) != 0)
                return fail(ErrorCode::InvalidInput,
                            QStringLiteral("htslib cannot parse the record"),
                            where + QStringLiteral(", ") + fieldForError(rec->errcode));
            if (auto ok = matcher.take(hdr.get(), rec.get(), where); !ok)
                return ok;
        }
        r = hts_getline(fp, KS_SEP_LINE, &line.s);
        if (r < -1)
            return fail(ErrorCode::Io,
                        QStringLiteral("read error (damaged compression?)"),
                        QStringLiteral("line %1").arg(lineNo + 1));
        haveRecord = r >= 0;
        ++lineNo;
        if (haveRecord && line.s.l > 0 && line.s.s[0] == '#')
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("header line after the first record"),
                        QStringLiteral("line %1").arg(lineNo));
    }
    return {};
}

Result<void> readBcf(htsFile *fp, const QString &sample, Matcher &matcher)
{
    std::unique_ptr<bcf_hdr_t, HeaderFree> hdr(bcf_hdr_read(fp));
    if (!hdr)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("the BCF header cannot be read"),
                    QStringLiteral("header"));
    if (auto ok = matcher.prepare(hdr.get(), sample); !ok)
        return ok;
    std::unique_ptr<bcf1_t, RecordFree> rec(bcf_init());
    qint64 n = 0;
    int r = 0;
    while ((r = bcf_read(fp, hdr.get(), rec.get())) == 0) {
        ++n;
        const QString where = QStringLiteral("record %1").arg(n);
        if (rec->errcode != 0)
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("htslib reports a damaged record"),
                        where + QStringLiteral(", ") + fieldForError(rec->errcode));
        if (auto ok = matcher.take(hdr.get(), rec.get(), where); !ok)
            return ok;
    }
    if (r < -1)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("htslib cannot read the record"),
                    QStringLiteral("record %1").arg(n + 1));
    return {};
}

int contextRank(TumourContext c)
{
    switch (c) {
    case TumourContext::OnLabel:
        return 0;
    case TumourContext::TissueAgnostic:
        return 1;
    case TumourContext::OtherTumour:
        break;
    }
    return 2;
}

} // namespace

QString TumourFinding::variantText() const
{
    return QStringLiteral("%1 (%2; %3)").arg(protein, hgvsc, describe(allele));
}

QList<TumourFinding> placeAllele(const TumourKnowledge &knowledge,
                                 const OncoTree &tree,
                                 const MinimalAllele &allele,
                                 const QString &tumourType)
{
    const QList<BiomarkerAllele> matches = knowledge.alleles.value(allele);
    QList<TumourFinding> rows;
    for (const BiomarkerAllele &ba : matches) {
        const TumourBiomarker &biomarker = knowledge.biomarkers.at(ba.biomarker);
        const QList<int> entries = knowledge.evidenceByBiomarker.value(biomarker.id);
        // Therapies whose tissue-agnostic label excludes the patient's tumour type: the
        // exclusion is a statement about this tumour (e.g. intrinsic resistance of colorectal
        // cancer to BRAF inhibition), so evidence from other tumours is not offered either.
        QSet<QString> excluded;
        for (const int i : entries) {
            const TumourEvidence &e = knowledge.evidence.at(i);
            if (!e.tissueAgnostic)
                continue;
            for (const QString &x : e.excludedTumourTypes)
                if (tree.isWithin(tumourType, x))
                    excluded.insert(e.therapy);
        }
        for (const int i : entries) {
            const TumourEvidence &e = knowledge.evidence.at(i);
            if (excluded.contains(e.therapy))
                continue;
            TumourContext context = TumourContext::OtherTumour;
            if (e.tissueAgnostic)
                context = TumourContext::TissueAgnostic;
            else if (tree.isWithin(tumourType, e.tumourType))
                context = TumourContext::OnLabel;
            TumourFinding *row = nullptr;
            for (TumourFinding &r : rows)
                if (r.therapy == e.therapy && r.effect == e.effect)
                    row = &r;
            if (row == nullptr) {
                rows.append(TumourFinding{biomarker.gene,
                                          ba.protein,
                                          ba.hgvsc,
                                          allele,
                                          e.therapy,
                                          e.effect,
                                          context,
                                          e.level(),
                                          {},
                                          {}});
                row = &rows.last();
            } else if (contextRank(context) < contextRank(row->context)) {
                row->context = context;
                row->level = e.level();
                row->tumourTypes.clear();
                row->citations.clear();
            } else if (contextRank(context) > contextRank(row->context)) {
                continue;
            }
            if (!row->tumourTypes.contains(e.tumourType)) {
                row->tumourTypes.append(e.tumourType);
                row->citations.append(QStringLiteral("[%1] %2").arg(e.tumourType, e.citation));
            }
        }
    }
    std::stable_sort(rows.begin(), rows.end(), [](const TumourFinding &a, const TumourFinding &b) {
        if (contextRank(a.context) != contextRank(b.context))
            return contextRank(a.context) < contextRank(b.context);
        if (a.effect != b.effect)
            return a.effect < b.effect;
        return a.therapy < b.therapy;
    });
    return rows;
}

Result<TumourMatch> matchTumourVcf(const QString &path,
                                   const QString &sample,
                                   const QString &tumourType,
                                   const TumourKnowledge &knowledge,
                                   const OncoTree &tree)
{
    const QString code = tumourType.trimmed().toUpper();
    if (!tree.contains(code))
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("unknown OncoTree code '%1' (OncoTree %2)")
                        .arg(tumourType, tree.release),
                    QStringLiteral("tumour type"),
                    tumourType);
    auto fp = hts::openForReading(path);
    if (!fp)
        return tl::unexpected(fp.error());
    Matcher matcher(knowledge, tree, code);
    const htsFormat *format = hts_get_format(fp->get());
    Result<void> read;
    if (format->format == bcf)
        read = readBcf(fp->get(), sample, matcher);
    else if (format->format == vcf || format->format == text_format
             || format->format == unknown_format)
        read = readText(fp->get(), sample, matcher);
    else
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("not a VCF or BCF file"),
                    QStringLiteral("file"),
                    path);
    if (!read)
        return tl::unexpected(read.error());
    return matcher.result();
}

} // namespace precis::genomics
