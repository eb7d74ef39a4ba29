// SPDX-License-Identifier: GPL-3.0-or-later
// Tumour-variant matching (issue #11): a synthetic tumour/normal exome VCF of ~50,000 records
// (fixed seed, VEP CSQ annotation on every record, five knowledge hotspots among them), plain and
// bgzipped, matched against the shipped knowledge. Target: < 2 s. Results in
// docs/PERFORMANCE.md ("Genomics: tumour variants").
#include "core/genomics/TumourKnowledge.h"
#include "core/genomics/TumourMatcher.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <benchmark/benchmark.h>
#include <htslib/bgzf.h>
#include <vector>

using namespace precis::genomics;

namespace {

constexpr int kRecords = 50000;

struct Site
{
    int chromosome;
    qint64 position;
    QByteArray ref;
    QByteArray alt;
};

QByteArray syntheticVcf()
{
    // GRCh38 lengths (NCBI GCF_000001405.26) of chromosomes 1-22.
    static const qint64 lengths[]
        = {248956422, 242193529, 198295559, 190214555, 181538259, 170805979, 159345973, 145138636,
           138394717, 133797422, 135086622, 133275309, 114364328, 107043718, 101991189, 90338345,
           83257441,  80373285,  58617616,  64444167,  46709983,  50818468};
    QRandomGenerator rng(20261207);
    std::vector<Site> sites;
    sites.reserve(kRecords);
    const char bases[] = "ACGT";
    for (int i = 0; i < kRecords - 5; ++i) {
        const int c = static_cast<int>(rng.bounded(22));
        const qint64 pos = 1 + static_cast<qint64>(rng.bounded(quint64(lengths[c] - 100)));
        const char ref = bases[rng.bounded(4)];
        char alt = bases[rng.bounded(4)];
        while (alt == ref)
            alt = bases[rng.bounded(4)];
        const quint32 kind = rng.bounded(20);
        if (kind == 0)
            sites.push_back({c + 1, pos, QByteArray(1, ref) + "TTA", QByteArray(1, ref)});
        else if (kind == 1)
            sites.push_back({c + 1, pos, QByteArray(1, ref), QByteArray(1, ref) + "GC"});
        else
            sites.push_back({c + 1, pos, QByteArray(1, ref), QByteArray(1, alt)});
    }
    // Knowledge hotspots: BRAF V600E, KRAS G12D, EGFR L858R, EGFR c.2235_2249del, PIK3CA H1047R.
    sites.push_back({7, 140753336, "A", "T"});
    sites.push_back({12, 25245350, "C", "T"});
    sites.push_back({7, 55191822, "T", "G"});
    sites.push_back({7, 55174771, "AGGAATTAAGAGAAGC", "A"});
    sites.push_back({3, 179234297, "A", "G"});
    std::sort(sites.begin(), sites.end(), [](const Site &a, const Site &b) {
        return a.chromosome != b.chromosome ? a.chromosome < b.chromosome : a.position < b.position;
    });
    QByteArray text = "##fileformat=VCFv4.2\n##reference=GRCh38\n";
    for (int c = 0; c < 22; ++c)
        text += "##contig=<ID=chr" + QByteArray::number(c + 1)
                + ",length=" + QByteArray::number(lengths[c]) + ">\n";
    text += "##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Consequence annotations from "
            "Ensembl VEP. Format: Allele|Consequence|IMPACT|SYMBOL|Gene|Feature|HGVSc|HGVSp\">\n"
            "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
            "##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allelic depths\">\n"
            "##FORMAT=<ID=AF,Number=A,Type=Float,Description=\"Allele fraction\">\n"
            "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tTUMOR\tNORMAL\n";
    for (const Site &s : sites) {
        const quint32 depth = 40 + rng.bounded(200);
        const quint32 altDepth = 3 + rng.bounded(depth / 2);
        text += "chr" + QByteArray::number(s.chromosome) + '\t' + QByteArray::number(s.position)
                + "\t.\t" + s.ref + '\t' + s.alt + "\t.\tPASS\tCSQ=" + s.alt
                + "|missense_variant|MODERATE|GENE" + QByteArray::number(s.position % 20000)
                + "|ENSG00000000001|ENST00000000001|c.100A>G|p.Lys34Glu\tGT:AD:AF\t0/1:"
                + QByteArray::number(depth - altDepth) + ',' + QByteArray::number(altDepth) + ':'
                + QByteArray::number(double(altDepth) / depth, 'f', 3)
                + "\t0/0:" + QByteArray::number(depth) + ",0:0.000\n";
    }
    return text;
}

struct Setup
{
    QTemporaryDir dir{QDir::currentPath() + QStringLiteral("/bench_tumour-XXXXXX")};
    QString plain;
    QString gz;
    TumourKnowledge knowledge;
    OncoTree tree;

    Setup()
    {
        const QByteArray text = syntheticVcf();
        plain = dir.filePath(QStringLiteral("exome.vcf"));
        QFile f(plain);
        if (f.open(QIODevice::WriteOnly))
            f.write(text);
        f.close();
        gz = dir.filePath(QStringLiteral("exome.vcf.gz"));
        BGZF *out = bgzf_open(gz.toLocal8Bit().constData(), "w");
        if (out != nullptr) {
            if (bgzf_write(out, text.constData(), static_cast<size_t>(text.size())) < 0)
                gz.clear();
            bgzf_close(out);
        }
        knowledge = *loadTumourKnowledge();
        tree = *loadOncoTree();
    }
};

Setup &setup()
{
    static Setup s;
    return s;
}

void matchFile(benchmark::State &state, bool compressed)
{
    Setup &s = setup();
    const QString path = compressed ? s.gz : s.plain;
    qint64 findings = 0;
    qint64 records = 0;
    for (auto _ : state) {
        const auto m = matchTumourVcf(
            path, QStringLiteral("TUMOR"), QStringLiteral("LUAD"), s.knowledge, s.tree);
        if (!m) {
            state.SkipWithError(m.error().message().toUtf8().constData());
            return;
        }
        findings = m->findings.size();
        records = m->records;
        benchmark::DoNotOptimize(findings);
    }
    state.counters["records"] = double(records);
    state.counters["findings"] = double(findings);
}

void matchPlain(benchmark::State &state)
{
    matchFile(state, false);
}
void matchBgzip(benchmark::State &state)
{
    matchFile(state, true);
}
void loadKnowledge(benchmark::State &state)
{
    for (auto _ : state) {
        auto k = loadTumourKnowledge();
        auto t = loadOncoTree();
        benchmark::DoNotOptimize(k);
        benchmark::DoNotOptimize(t);
    }
}

} // namespace

BENCHMARK(loadKnowledge)->Unit(benchmark::kMillisecond);
BENCHMARK(matchPlain)->Unit(benchmark::kMillisecond);
BENCHMARK(matchBgzip)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
