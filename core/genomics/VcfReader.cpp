// SPDX-License-Identifier: GPL-3.0-or-later
#include "VcfReader.h"

#include "HtsHandles.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <htslib/hts.h>
#include <htslib/kseq.h>
#include <htslib/kstring.h>
#include <htslib/tbx.h>
#include <htslib/vcf.h>
#include <memory>
#include <optional>
#include <tuple>

namespace precis::genomics {

namespace {

// Chromosome lengths from the assemblies' sequence reports (NCBI Assembly GRCh38
// GCF_000001405.26, GRCh37 GCF_000001405.13; RefSeq NC_0000NN.x): the chromosomes of the
// shipped gene definitions.
struct ContigLengths
{
    const char *chromosome;
    qint64 grch38;
    qint64 grch37;
};
constexpr ContigLengths kContigLengths[] = {
    {"10", 133797422, 135534747},
    {"12", 133275309, 133851895},
    {"1", 248956422, 249250621},
    {"2", 242193529, 243199373},
    {"4", 190214555, 191154276},
    {"6", 170805979, 171115067},
    {"13", 114364328, 115169878},
    {"16", 90338345, 90354753},
    {"19", 58617616, 59128983},
};

using hts::HeaderFree;
using hts::IntBuffer;
using hts::KString;
using hts::RecordFree;

QString chromosomeKey(const char *name)
{
    QString c = QString::fromUtf8(name);
    if (c.startsWith(QLatin1String("chr")))
        c = c.mid(3);
    return c;
}

/// What the header says about the genome build, and on what evidence.
struct BuildVerdict
{
    GenomeBuild build = GenomeBuild::Unknown;
    QString contig;               ///< the chromosome whose ##contig length told it
    std::optional<qint64> length; ///< that length
    qint64 grch38Length = 0;      ///< the chromosome's GRCh38 length
    QString reference;            ///< the ##reference value (may be empty)
};

/// Classifies the build from the ##contig length of `chromosome` (or of any other chromosome
/// Precis knows; a file that declares only chr10 still tells the build for a gene on chr12) and
/// ##reference.
BuildVerdict classifyBuild(const bcf_hdr_t *hdr, const QString &chromosome)
{
    BuildVerdict v;
    const ContigLengths *known = nullptr;
    QList<const ContigLengths *> order;
    for (const ContigLengths &c : kContigLengths) {
        if (chromosome == QLatin1String(c.chromosome))
            order.prepend(&c);
        else
            order.append(&c);
    }
    for (const ContigLengths *c : std::as_const(order)) {
        const QString name = QString::fromLatin1(c->chromosome);
        for (const QString &id : {name, QStringLiteral("chr") + name}) {
            const QByteArray idUtf8 = id.toUtf8();
            bcf_hrec_t *hrec = bcf_hdr_get_hrec(hdr, BCF_HL_CTG, "ID", idUtf8.constData(), nullptr);
            if (hrec == nullptr)
                continue;
            const int k = bcf_hrec_find_key(hrec, "length");
            if (k >= 0) {
                bool ok = false;
                const qint64 value = QByteArray(hrec->vals[k]).toLongLong(&ok);
                if (ok) {
                    v.length = value;
                    known = c;
                }
            }
        }
        if (v.length)
            break;
    }
    if (bcf_hrec_t *ref = bcf_hdr_get_hrec(hdr, BCF_HL_GEN, "reference", nullptr, nullptr))
        v.reference = QString::fromUtf8(ref->value);
    const QString refLower = v.reference.toLower();
    const bool refSays37
        = refLower.contains(QLatin1String("grch37")) || refLower.contains(QLatin1String("hg19"))
          || refLower.contains(QLatin1String("b37")) || refLower.contains(QLatin1String("hs37"));
    const bool refSays38
        = refLower.contains(QLatin1String("grch38")) || refLower.contains(QLatin1String("hg38"));
    if (v.length) {
        v.contig = QString::fromLatin1(known->chromosome);
        v.grch38Length = known->grch38;
        if (*v.length == known->grch37)
            v.build = GenomeBuild::GRCh37;
        else if (*v.length != known->grch38)
            v.build = GenomeBuild::Unknown;
        else
            v.build = refSays37 ? GenomeBuild::Conflicting : GenomeBuild::GRCh38;
        return v;
    }
    v.build = refSays37   ? GenomeBuild::GRCh37
              : refSays38 ? GenomeBuild::GRCh38
                          : GenomeBuild::Unknown;
    return v;
}

/// GRCh38 or a refusal naming what was found and what to do.
Result<void> checkBuild(const bcf_hdr_t *hdr, const QString &chromosome)
{
    const BuildVerdict v = classifyBuild(hdr, chromosome);
    const QString what = QStringLiteral(
        "Precis calls genotypes on GRCh38 only: lift the file over to GRCh38 (or re-call it "
        "against GRCh38) and give ##contig lines with lengths");
    if (v.length) {
        switch (v.build) {
        case GenomeBuild::GRCh38:
            return {};
        case GenomeBuild::GRCh37:
            return fail(ErrorCode::Unsupported,
                        QStringLiteral("the file is GRCh37 (chromosome %1 length %2). %3")
                            .arg(v.contig)
                            .arg(*v.length)
                            .arg(what),
                        QStringLiteral("header ##contig"),
                        QString::number(*v.length));
        case GenomeBuild::Conflicting:
            return fail(ErrorCode::Unsupported,
                        QStringLiteral("##reference names GRCh37 (%1) but the contig lengths are "
                                       "GRCh38; fix the header. %2")
                            .arg(v.reference, what),
                        QStringLiteral("header ##reference"),
                        v.reference);
        case GenomeBuild::Unknown:
            break;
        }
        return fail(ErrorCode::Unsupported,
                    QStringLiteral("unknown genome build (chromosome %1 length %2, GRCh38 has "
                                   "%3). %4")
                        .arg(v.contig)
                        .arg(*v.length)
                        .arg(v.grch38Length)
                        .arg(what),
                    QStringLiteral("header ##contig"),
                    QString::number(*v.length));
    }
    if (v.build == GenomeBuild::GRCh37)
        return fail(
            ErrorCode::Unsupported,
            QStringLiteral("the file is GRCh37 (##reference=%1). %2").arg(v.reference, what),
            QStringLiteral("header ##reference"),
            v.reference);
    if (v.build == GenomeBuild::GRCh38)
        return {};
    const QString found = v.reference.isEmpty()
                              ? QStringLiteral("no ##reference and no ##contig length for "
                                               "chromosome %1")
                                    .arg(chromosome)
                              : QStringLiteral("##reference=%1").arg(v.reference);
    return fail(ErrorCode::Unsupported,
                QStringLiteral("unknown genome build (%1). %2").arg(found, what),
                QStringLiteral("header"),
                v.reference);
}

/// Field name for an htslib parse error code.
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

/// The columns of one text record that every record is checked on, found by scanning the line
/// in place (no allocation per record).
struct Columns
{
    QByteArrayView fixed[9]; // CHROM .. FORMAT
    QByteArrayView sample;   // the chosen sample's column
    qint64 pos = 0;
};

/// A field's text as shown in an error (at most 40 characters).
QString shown(QByteArrayView v)
{
    return QString::fromUtf8(v.first(std::min<qsizetype>(v.size(), 40)));
}

bool isBase(char c)
{
    const char lower
        = static_cast<char>(c | 0x20); // 'A' -> 'a'; no other byte maps to a, c, g, t, n
    return lower == 'a' || lower == 'c' || lower == 'g' || lower == 't' || lower == 'n';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

/// Whether one ALT allele is plausible (VCF 4.2 §1.4.1 item 5, §5): bases, the missing-allele
/// "*", a symbolic allele "<ID>", a breakend (bases with a "[" or "]" mate, or a single breakend
/// with a leading or trailing ".").
bool plausibleAltAllele(QByteArrayView a)
{
    if (a.isEmpty())
        return false;
    if (a == "*")
        return true;
    if (a.front() == '<')
        return a.size() > 2 && a.back() == '>';
    if (a.contains('[') || a.contains(']')) {
        for (const char c : a)
            if (static_cast<unsigned char>(c) <= ' ')
                return false;
        return true;
    }
    if (a.size() > 1 && a.front() == '.')
        a = a.sliced(1);
    else if (a.size() > 1 && a.back() == '.')
        a.chop(1);
    for (const char c : a)
        if (!isBase(c))
            return false;
    return true;
}

/// Checks a GT value's syntax (VCF 4.2 §1.6.2: allele indices or "." separated by "/" or "|";
/// VCF 4.4 §1.6.2 allows a leading phasing indicator) and that every index names one of the
/// record's `alleles` (REF and the ALTs). An error text, or nothing.
std::optional<QString> checkGenotypeText(QByteArrayView gt, int alleles)
{
    const auto notGenotype = [gt] {
        return QStringLiteral("'%1' is not a genotype: alleles are '.' or numbers, separated by "
                              "'/' or '|'")
            .arg(shown(gt));
    };
    qsizetype i = 0;
    if (gt.size() > 1 && (gt[0] == '/' || gt[0] == '|'))
        ++i;
    while (true) {
        if (i >= gt.size())
            return notGenotype();
        if (gt[i] == '.') {
            ++i;
        } else {
            qint64 index = 0;
            const qsizetype from = i;
            while (i < gt.size() && isDigit(gt[i]) && i - from < 10)
                index = index * 10 + (gt[i++] - '0');
            if (i == from || (i < gt.size() && isDigit(gt[i])))
                return notGenotype();
            if (index >= alleles)
                return QStringLiteral("allele index %1 but the record has %2 alleles")
                    .arg(index)
                    .arg(alleles);
        }
        if (i == gt.size())
            return std::nullopt;
        if (gt[i] != '/' && gt[i] != '|')
            return notGenotype();
        ++i;
    }
}

/// Checks every record, in or out of the loci, on what htslib would otherwise only check when
/// it parses the record: the column count, CHROM, POS, REF, ALT, FORMAT and the chosen sample's
/// GT. Returns the first bad field and what is wrong with it.
std::optional<std::pair<QString, QString>>
checkColumns(const kstring_t &line, int samples, int sampleIndex, Columns &out)
{
    const qsizetype sampleColumn = 9 + sampleIndex;
    qsizetype count = 0;
    const char *from = line.s;
    const char *const lineEnd = line.s + line.l;
    while (true) {
        const auto *tab = static_cast<const char *>(
            std::memchr(from, '\t', static_cast<std::size_t>(lineEnd - from)));
        const char *to = tab == nullptr ? lineEnd : tab;
        if (count < 9)
            out.fixed[count] = QByteArrayView(from, to - from);
        else if (count == sampleColumn)
            out.sample = QByteArrayView(from, to - from);
        ++count;
        if (tab == nullptr)
            break;
        from = tab + 1;
    }
    const qsizetype expected = samples > 0 ? 9 + samples : 8;
    if (count != expected)
        return std::pair{
            QStringLiteral("columns"),
            QStringLiteral("%1 columns, the header names %2").arg(count).arg(expected)};
    const QByteArrayView(&cols)[9] = out.fixed;
    if (cols[0].isEmpty())
        return std::pair{QStringLiteral("CHROM"), QStringLiteral("empty: a contig name is needed")};
    for (const char c : cols[0])
        if (static_cast<unsigned char>(c) <= ' ')
            return std::pair{
                QStringLiteral("CHROM"),
                QStringLiteral("'%1' contains a space or control character").arg(shown(cols[0]))};
    // POS: digits only, 1 or more (VCF 4.2 §1.4.1 item 2).
    const auto badPos = [&cols] {
        return std::pair{
            QStringLiteral("POS"),
            QStringLiteral("'%1' is not a position (a whole number from 1)").arg(shown(cols[1]))};
    };
    qint64 pos = 0;
    if (cols[1].isEmpty() || cols[1].size() > 12)
        return badPos();
    for (const char c : cols[1]) {
        if (!isDigit(c))
            return badPos();
        pos = pos * 10 + (c - '0');
    }
    if (pos < 1)
        return badPos();
    out.pos = pos;
    if (cols[3].isEmpty())
        return std::pair{QStringLiteral("REF"), QStringLiteral("empty: a base is needed")};
    for (const char c : cols[3])
        if (!isBase(c))
            return std::pair{QStringLiteral("REF"),
                             QStringLiteral("'%1' is not a sequence of bases A, C, G, T, N")
                                 .arg(shown(cols[3]))};
    // ALT: "." or comma-separated alleles; their count bounds the GT's allele indices.
    int alleles = 1;
    if (cols[4] != ".") {
        qsizetype start = 0;
        while (true) {
            const qsizetype comma = cols[4].indexOf(',', start);
            const qsizetype end = comma < 0 ? cols[4].size() : comma;
            if (!plausibleAltAllele(cols[4].sliced(start, end - start)))
                return std::pair{QStringLiteral("ALT"),
                                 QStringLiteral("'%1' is not '.' or a list of alleles (bases, *, "
                                                "<ID> or a breakend)")
                                     .arg(shown(cols[4]))};
            ++alleles;
            if (comma < 0)
                break;
            start = comma + 1;
        }
    }
    if (samples == 0)
        return std::nullopt;
    // FORMAT: GT, when present, is the first key (VCF 4.2 §1.4.2); Precis needs it.
    if (!(cols[8] == "GT" || cols[8].startsWith("GT:")))
        return std::pair{QStringLiteral("FORMAT"),
                         QStringLiteral("'%1' does not start with GT").arg(shown(cols[8]))};
    const qsizetype colon = out.sample.indexOf(':');
    const QByteArrayView gt = colon < 0 ? out.sample : out.sample.first(colon);
    if (auto bad = checkGenotypeText(gt, alleles))
        return std::pair{QStringLiteral("GT"), *bad};
    return std::nullopt;
}

bool isSymbolic(const char *allele)
{
    return allele[0] == '<' || allele[0] == '*';
}

class Reader
{
public:
    explicit Reader(const QList<Locus> &loci)
    {
        for (const Locus &l : loci) {
            Chromosome &c = m_chromosomes[l.chromosome];
            c.wanted.insert(l.position, l.referenceBase);
            c.min = c.wanted.size() == 1 ? l.position : std::min(c.min, l.position);
            c.max = c.wanted.size() == 1 ? l.position : std::max(c.max, l.position);
        }
    }

    /// The chromosomes with loci and the span of their loci, for region queries.
    [[nodiscard]] QList<std::tuple<QString, qint64, qint64>> regions() const
    {
        QList<std::tuple<QString, qint64, qint64>> out;
        for (auto it = m_chromosomes.cbegin(); it != m_chromosomes.cend(); ++it)
            out.append({it.key(), it->min, it->max});
        return out;
    }

    [[nodiscard]] QString firstChromosome() const
    {
        return m_chromosomes.isEmpty() ? QString() : m_chromosomes.cbegin().key();
    }

    Result<void> selectSample(const bcf_hdr_t *hdr, const QString &sample)
    {
        const int n = bcf_hdr_nsamples(hdr);
        QStringList names;
        for (int i = 0; i < n; ++i)
            names << QString::fromUtf8(hdr->samples[i]);
        if (n == 0)
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("the file has no sample columns"),
                        QStringLiteral("header #CHROM"));
        if (sample.isEmpty()) {
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
        m_result.sample = names.at(m_sampleIndex);
        return {};
    }

    /// Counts a record that was not parsed (outside the loci).
    void skip() { ++m_result.records; }

    /// Whether a text record must be parsed: on a chromosome with loci, not past its last locus,
    /// and either not before its first locus or a block (END=) that may span it.
    [[nodiscard]] bool relevant(QByteArrayView chrom, qint64 pos, QByteArrayView info)
    {
        // Records come sorted by contig, so the previous record's contig is almost always this
        // one's: compared in place, without a lookup or a copy of the name.
        if (!m_haveLast || chrom != QByteArrayView(m_lastName)) {
            auto known = m_nameMatches.constFind(chrom.toByteArray());
            if (known == m_nameMatches.cend()) {
                QString key = QString::fromUtf8(chrom);
                if (key.startsWith(QLatin1String("chr")))
                    key = key.mid(3);
                const auto c = m_chromosomes.constFind(key);
                known = m_nameMatches.insert(chrom.toByteArray(),
                                             c == m_chromosomes.cend() ? nullptr : &*c);
            }
            m_lastName = known.key();
            m_lastMatch = *known;
            m_haveLast = true;
        }
        const Chromosome *c = m_lastMatch;
        if (c == nullptr)
            return false;
        if (pos > c->max)
            return false;
        return pos >= c->min || info.contains("END=");
    }

    /// Checks a BCF record the loci do not need (the text reader checks such records with
    /// checkColumns): POS and the chosen sample's allele indices.
    Result<void> checkBinary(const bcf_hdr_t *hdr, bcf1_t *rec, qint64 number)
    {
        const QString where = QStringLiteral("record %1, ").arg(number);
        if (rec->pos < 0)
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("position %1").arg(rec->pos + 1),
                        where + QStringLiteral("POS"));
        const int ngt = bcf_get_genotypes(hdr, rec, &m_gt.data, &m_gt.size);
        if (ngt <= 0)
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("no GT for the sample"),
                        where + QStringLiteral("GT"));
        const int ploidyMax = ngt / bcf_hdr_nsamples(hdr);
        const int32_t *gt = m_gt.data + static_cast<qsizetype>(m_sampleIndex) * ploidyMax;
        for (int i = 0; i < ploidyMax && gt[i] != bcf_int32_vector_end; ++i)
            if (!bcf_gt_is_missing(gt[i]) && bcf_gt_allele(gt[i]) >= rec->n_allele)
                return fail(ErrorCode::InvalidInput,
                            QStringLiteral("allele index %1 but the record has %2 alleles")
                                .arg(bcf_gt_allele(gt[i]))
                                .arg(rec->n_allele),
                            where + QStringLiteral("GT"),
                            QString::number(bcf_gt_allele(gt[i])));
        return {};
    }

    /// Takes the genotype of one parsed record at `unit` `number` ("line 12", "record 3").
    Result<void> take(const bcf_hdr_t *hdr, bcf1_t *rec, const char *unit, qint64 number)
    {
        ++m_result.records;
        if (m_chromosomes.isEmpty())
            return {};
        // Contig names are compared once per contig, not once per record.
        auto known = m_contigMatches.constFind(rec->rid);
        if (known == m_contigMatches.cend()) {
            const char *name = bcf_hdr_id2name(hdr, rec->rid);
            QString key = name != nullptr ? chromosomeKey(name) : QString();
            known = m_contigMatches.insert(rec->rid, m_chromosomes.contains(key) ? key : QString());
        }
        if (known->isEmpty())
            return {};
        const QString &chromosome = *known;
        const Chromosome &wanted = *m_chromosomes.constFind(chromosome);
        const char *contig = bcf_hdr_id2name(hdr, rec->rid);
        const qint64 start = rec->pos + 1;
        const qint64 end = rec->pos + rec->rlen; // inclusive; rlen follows INFO/END
        if (end < wanted.min || start > wanted.max)
            return {};
        QHash<qint64, SiteGenotype> &sites = m_result.sites[chromosome];
        const QString where = QStringLiteral("%1 %2").arg(QLatin1String(unit)).arg(number);
        bcf_unpack(rec, BCF_UN_STR | BCF_UN_FLT | BCF_UN_FMT);
        // A record that failed the caller's filters (FILTER not PASS or ".") says nothing
        // reliable: every wanted position it covers stays untested, and the filter is kept so
        // the call can name it. Never reference, never a genotype.
        const QString failed = hts::failedFilters(hdr, rec);
        if (!failed.isEmpty()) {
            QHash<qint64, QString> &filtered = m_result.filtered[chromosome];
            for (auto it = wanted.wanted.cbegin(); it != wanted.wanted.cend(); ++it)
                if (it.key() >= start && it.key() <= end && !sites.contains(it.key()))
                    filtered.insert(it.key(), failed);
            return {};
        }
        const int ngt = bcf_get_genotypes(hdr, rec, &m_gt.data, &m_gt.size);
        if (ngt <= 0)
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("no GT for the sample"),
                        where + QStringLiteral(", GT"));
        const int ploidyMax = ngt / bcf_hdr_nsamples(hdr);
        const int32_t *gt = m_gt.data + static_cast<qsizetype>(m_sampleIndex) * ploidyMax;
        int alleles[2] = {-1, -1};
        int ploidy = 0;
        bool missing = false;
        for (int i = 0; i < ploidyMax; ++i) {
            if (gt[i] == bcf_int32_vector_end)
                break;
            if (ploidy == 2)
                return fail(ErrorCode::InvalidInput,
                            QStringLiteral("more than two alleles in a genotype"),
                            where + QStringLiteral(", GT"));
            if (bcf_gt_is_missing(gt[i]))
                missing = true;
            else {
                alleles[ploidy] = bcf_gt_allele(gt[i]);
                if (alleles[ploidy] >= rec->n_allele)
                    return fail(ErrorCode::InvalidInput,
                                QStringLiteral("allele index %1 but the record has %2 alleles")
                                    .arg(alleles[ploidy])
                                    .arg(rec->n_allele),
                                where + QStringLiteral(", GT"),
                                QString::number(alleles[ploidy]));
            }
            ++ploidy;
        }
        if (ploidy != 2)
            return fail(
                ErrorCode::InvalidInput,
                QStringLiteral("expected a diploid genotype on chromosome %1").arg(chromosome),
                where + QStringLiteral(", GT"));
        if (missing)
            return {}; // uncalled: the position stays untested
        const bool phased = bcf_gt_is_phased(gt[1]);
        const bool block = rec->n_allele >= 2 && isSymbolic(rec->d.allele[1]) && alleles[0] == 0
                           && alleles[1] == 0;
        if (block) {
            // gVCF reference block (or a reference call with only <NON_REF>): every wanted
            // position it spans was tested and is reference.
            for (auto it = wanted.wanted.cbegin(); it != wanted.wanted.cend(); ++it)
                if (it.key() >= start && it.key() <= end && !sites.contains(it.key()))
                    sites.insert(it.key(), SiteGenotype{it.value(), it.value(), true, {}, false});
            return {};
        }
        const auto locus = wanted.wanted.constFind(start);
        if (locus == wanted.wanted.cend())
            return {};
        const QString &refAllele = *locus;
        const QString recordRef = QString::fromLatin1(rec->d.allele[0]).toUpper();
        // The shared prefix of the record's REF and the definition's must agree (a record may
        // trim an indel differently from the definition, but not disagree with GRCh38).
        const qsizetype shared = std::min(recordRef.size(), refAllele.size());
        if (shared == 0 || recordRef.first(shared) != refAllele.first(shared))
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("reference allele %1 at %2:%3 differs from GRCh38 (%4); the "
                                       "file may not be GRCh38")
                            .arg(recordRef, QString::fromUtf8(contig))
                            .arg(start)
                            .arg(refAllele),
                        where + QStringLiteral(", REF"),
                        recordRef);
        SiteGenotype site;
        QString bases[2];
        for (int i = 0; i < 2; ++i) {
            const char *a = rec->d.allele[alleles[i]];
            if (isSymbolic(a))
                return {}; // a symbolic allele says nothing about the bases here: untested
            bases[i] = QString::fromLatin1(a).toUpper();
        }
        if (sites.contains(start) && !sites.value(start).fromReferenceBlock)
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("position %1:%2 appears twice").arg(chromosome).arg(start),
                        where + QStringLiteral(", POS"),
                        QString::number(start));
        site.allele1 = bases[0];
        site.allele2 = bases[1];
        site.recordReference = recordRef;
        site.phased = phased && alleles[0] != alleles[1];
        if (site.phased) {
            // Phase holds only within a phase set (FORMAT/PS, VCF 4.2 §1.6.2); without PS every
            // phased call of the chromosome is in one set.
            const int nps = bcf_get_format_int32(hdr, rec, "PS", &m_ps.data, &m_ps.size);
            if (nps >= bcf_hdr_nsamples(hdr)) {
                const std::ptrdiff_t perSample = nps / bcf_hdr_nsamples(hdr);
                const int32_t ps = m_ps.data[perSample * m_sampleIndex];
                if (ps != bcf_int32_missing && ps != bcf_int32_vector_end)
                    site.phaseSet = ps;
            }
        }
        sites.insert(start, site);
        return {};
    }

    [[nodiscard]] MultiGenotypeSet result() const { return m_result; }
    [[nodiscard]] int sampleIndex() const { return m_sampleIndex; }
    void setIndexed() { m_result.indexed = true; }

private:
    struct Chromosome
    {
        QHash<qint64, QString> wanted;
        qint64 min = 0;
        qint64 max = -1;
    };
    QHash<QString, Chromosome> m_chromosomes;
    QHash<int, QString> m_contigMatches;
    QHash<QByteArray, const Chromosome *> m_nameMatches;
    QByteArray m_lastName;
    const Chromosome *m_lastMatch = nullptr;
    bool m_haveLast = false;
    int m_sampleIndex = 0;
    IntBuffer m_gt;
    IntBuffer m_ps;
    MultiGenotypeSet m_result;
};

Result<MultiGenotypeSet> readText(htsFile *fp, const QString &sample, const QList<Locus> &loci)
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
    std::unique_ptr<bcf_hdr_t, HeaderFree> hdr(bcf_hdr_init("r"));
    if (!hdr || bcf_hdr_parse(hdr.get(), headerText.s.s) != 0)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("the header cannot be parsed (meta lines or #CHROM line)"),
                    QStringLiteral("header"));
    if (bcf_hdr_nsamples(hdr.get()) == 0 && !QByteArray(headerText.s.s).contains("\n#CHROM"))
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("no #CHROM header line"),
                    QStringLiteral("header"));
    Reader reader(loci);
    if (auto ok = reader.selectSample(hdr.get(), sample); !ok)
        return tl::unexpected(ok.error());
    if (!loci.isEmpty())
        if (auto ok = checkBuild(hdr.get(), reader.firstChromosome()); !ok)
            return tl::unexpected(ok.error());
    std::unique_ptr<bcf1_t, RecordFree> rec(bcf_init());
    const int samples = bcf_hdr_nsamples(hdr.get());
    while (haveRecord) {
        if (line.s.l > 0) {
            const auto where = [lineNo] { return QStringLiteral("line %1").arg(lineNo); };
            Columns cols;
            if (auto bad = checkColumns(line.s, samples, reader.sampleIndex(), cols))
                return fail(ErrorCode::InvalidInput,
                            bad->second,
                            where() + QStringLiteral(", ") + bad->first,
                            bad->second);
            // Only records that may touch a locus are parsed in full: a whole genome is
            // millions of records and the genes span a few hundred kilobases.
            if (!reader.relevant(cols.fixed[0], cols.pos, cols.fixed[7])) {
                reader.skip();
            } else if (vcf_parse(&line.s, hdr.get(), rec.get()) != 0
                       || (rec->errcode & ~BCF_ERR_CTG_UNDEF) != 0)
                return fail(ErrorCode::InvalidInput,
                            QStringLiteral("htslib cannot parse the record"),
                            where() + QStringLiteral(", ") + fieldForError(rec->errcode));
            else if (auto ok = reader.take(hdr.get(), rec.get(), "line", lineNo); !ok)
                return tl::unexpected(ok.error());
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
    return reader.result();
}

Result<MultiGenotypeSet> readBcf(htsFile *fp, const QString &sample, const QList<Locus> &loci)
{
    std::unique_ptr<bcf_hdr_t, HeaderFree> hdr(bcf_hdr_read(fp));
    if (!hdr)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("the BCF header cannot be read"),
                    QStringLiteral("header"));
    Reader reader(loci);
    if (auto ok = reader.selectSample(hdr.get(), sample); !ok)
        return tl::unexpected(ok.error());
    if (!loci.isEmpty())
        if (auto ok = checkBuild(hdr.get(), reader.firstChromosome()); !ok)
            return tl::unexpected(ok.error());
    std::unique_ptr<bcf1_t, RecordFree> rec(bcf_init());
    qint64 n = 0;
    int r = 0;
    while ((r = bcf_read(fp, hdr.get(), rec.get())) == 0) {
        ++n;
        if (rec->errcode != 0)
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("htslib reports a damaged record"),
                        QStringLiteral("record %1, ").arg(n) + fieldForError(rec->errcode));
        if (auto ok = reader.checkBinary(hdr.get(), rec.get(), n); !ok)
            return tl::unexpected(ok.error());
        if (auto ok = reader.take(hdr.get(), rec.get(), "record", n); !ok)
            return tl::unexpected(ok.error());
    }
    if (r < -1)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("htslib cannot read the record"),
                    QStringLiteral("record %1").arg(n + 1));
    return reader.result();
}

/// Reads only the regions of the loci through the file's .tbi/.csi index; `used` stays false
/// when there is no usable index (the caller then streams the whole file).
Result<MultiGenotypeSet> readIndexed(htsFile *fp,
                                     const QByteArray &file,
                                     const QString &sample,
                                     const QList<Locus> &loci,
                                     bool &used)
{
    used = false;
    const htsFormat *format = hts_get_format(fp);
    const bool isBcf = format->format == bcf;
    if (!isBcf && (format->format != vcf || format->compression != bgzf))
        return MultiGenotypeSet{};
    std::unique_ptr<bcf_hdr_t, HeaderFree> hdr(bcf_hdr_read(fp));
    if (!hdr)
        return MultiGenotypeSet{};
    struct IdxFree
    {
        void operator()(hts_idx_t *i) const { hts_idx_destroy(i); }
    };
    struct TbxFree
    {
        void operator()(tbx_t *t) const { tbx_destroy(t); }
    };
    struct ItrFree
    {
        void operator()(hts_itr_t *i) const { hts_itr_destroy(i); }
    };
    std::unique_ptr<hts_idx_t, IdxFree> idx;
    std::unique_ptr<tbx_t, TbxFree> tbx;
    if (isBcf)
        idx.reset(bcf_index_load3(file.constData(), nullptr, HTS_IDX_SILENT_FAIL));
    else
        tbx.reset(tbx_index_load3(file.constData(), nullptr, HTS_IDX_SILENT_FAIL));
    if (!idx && !tbx)
        return MultiGenotypeSet{};
    used = true;
    Reader reader(loci);
    if (auto ok = reader.selectSample(hdr.get(), sample); !ok)
        return tl::unexpected(ok.error());
    if (!loci.isEmpty())
        if (auto ok = checkBuild(hdr.get(), reader.firstChromosome()); !ok)
            return tl::unexpected(ok.error());
    reader.setIndexed();
    std::unique_ptr<bcf1_t, RecordFree> rec(bcf_init());
    KString line;
    qint64 n = 0;
    const int samples = bcf_hdr_nsamples(hdr.get());
    for (const auto &[chromosome, from, to] : reader.regions()) {
        for (const QString &name : {QStringLiteral("chr") + chromosome, chromosome}) {
            const QByteArray nameUtf8 = name.toUtf8();
            const int tid = isBcf ? bcf_hdr_name2id(hdr.get(), nameUtf8.constData())
                                  : tbx_name2id(tbx.get(), nameUtf8.constData());
            if (tid < 0)
                continue;
            std::unique_ptr<hts_itr_t, ItrFree> itr(
                isBcf ? bcf_itr_queryi(idx.get(), tid, from - 1, to)
                      : tbx_itr_queryi(tbx.get(), tid, from - 1, to));
            if (!itr)
                continue;
            int r = 0;
            while (true) {
                if (isBcf) {
                    r = bcf_itr_next(fp, itr.get(), rec.get());
                } else {
                    r = tbx_itr_next(fp, tbx.get(), itr.get(), &line.s);
                }
                if (r < 0)
                    break;
                ++n;
                const QString where
                    = QStringLiteral("record %1 of %2:%3-%4").arg(n).arg(name).arg(from).arg(to);
                if (!isBcf) {
                    Columns cols;
                    if (auto bad = checkColumns(line.s, samples, reader.sampleIndex(), cols))
                        return fail(ErrorCode::InvalidInput,
                                    bad->second,
                                    where + QStringLiteral(", ") + bad->first,
                                    bad->second);
                    if (vcf_parse(&line.s, hdr.get(), rec.get()) != 0
                        || (rec->errcode & ~BCF_ERR_CTG_UNDEF) != 0)
                        return fail(ErrorCode::InvalidInput,
                                    QStringLiteral("htslib cannot parse the record"),
                                    where + QStringLiteral(", ") + fieldForError(rec->errcode));
                } else if (rec->errcode != 0) {
                    return fail(ErrorCode::InvalidInput,
                                QStringLiteral("htslib reports a damaged record"),
                                where + QStringLiteral(", ") + fieldForError(rec->errcode));
                }
                if (auto ok = reader.take(hdr.get(), rec.get(), "record", n); !ok)
                    return tl::unexpected(ok.error());
            }
            if (r < -1)
                return fail(ErrorCode::InvalidInput,
                            QStringLiteral("htslib cannot read the indexed region (damaged file "
                                           "or stale index?)"),
                            QStringLiteral("record %1 of %2").arg(n + 1).arg(name));
        }
    }
    return reader.result();
}

} // namespace

GenotypeSet MultiGenotypeSet::forChromosome(const QString &chromosome) const
{
    GenotypeSet set;
    set.sample = sample;
    set.records = records;
    set.sites = sites.value(chromosome);
    set.filtered = filtered.value(chromosome);
    return set;
}

Result<MultiGenotypeSet> readGenotypesAll(const QString &path,
                                          const QString &sample,
                                          const QList<Locus> &loci,
                                          bool useIndex)
{
    auto fp = hts::openForReading(path);
    if (!fp)
        return tl::unexpected(fp.error());
    if (useIndex && !loci.isEmpty()) {
        bool used = false;
        auto indexed = readIndexed(fp->get(), path.toLocal8Bit(), sample, loci, used);
        if (used)
            return indexed;
        // No index: start again from the top of the file.
        fp = hts::openForReading(path);
        if (!fp)
            return tl::unexpected(fp.error());
    }
    const htsFormat *format = hts_get_format(fp->get());
    if (format->format == bcf)
        return readBcf(fp->get(), sample, loci);
    if (format->format == vcf || format->format == text_format || format->format == unknown_format)
        return readText(fp->get(), sample, loci);
    return fail(ErrorCode::InvalidInput,
                QStringLiteral("not a VCF or BCF file"),
                QStringLiteral("file"),
                path);
}

Result<VcfHeaderFacts> readVcfHeaderFacts(const QString &path)
{
    auto fp = hts::openForReading(path);
    if (!fp)
        return tl::unexpected(fp.error());
    std::unique_ptr<bcf_hdr_t, HeaderFree> hdr(bcf_hdr_read(fp->get()));
    if (!hdr)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("the header cannot be parsed (meta lines or #CHROM line)"),
                    QStringLiteral("header"));
    VcfHeaderFacts facts;
    for (int i = 0; i < bcf_hdr_nsamples(hdr.get()); ++i)
        facts.samples << QString::fromUtf8(hdr->samples[i]);
    // Chromosome 10 (CYP2C19, CYP2C9) first, as a call of every gene reads it.
    const BuildVerdict v = classifyBuild(hdr.get(), QStringLiteral("10"));
    facts.build = v.build;
    facts.contig = v.contig;
    facts.contigLength = v.length;
    facts.reference = v.reference;
    return facts;
}

Result<GenotypeSet>
readGenotypes(const QString &path, const QString &sample, const QList<Locus> &loci)
{
    auto all = readGenotypesAll(path, sample, loci, false);
    if (!all)
        return tl::unexpected(all.error());
    return all->forChromosome(loci.isEmpty() ? QString() : loci.first().chromosome);
}

} // namespace precis::genomics
