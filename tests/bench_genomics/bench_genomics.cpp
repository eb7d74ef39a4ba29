// SPDX-License-Identifier: GPL-3.0-or-later
// Pharmacogenomic call benchmark (issue #11 targets): `precis-cli genomics call` on a synthetic
// 30x whole-genome single-sample VCF of ~5 million records, bgzipped, < 10 s and < 200 MB
// resident; < 1 s when a tabix index sits next to it. The file is generated once in the build
// directory (fixed layout: records evenly spaced over chr1-chr22 in proportion to their GRCh38
// lengths, every definition position of the shipped genes among them as 0/0, pseudo-random
// bases, QUAL and GT:DP:GQ elsewhere) and reused. Reported: wall time (manual time), the child's
// CPU time and max RSS from wait4().
#include "core/genomics/StarAlleleCaller.h"

#include <QFile>

#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>
#include <cstdio>
#include <fcntl.h>
#include <htslib/bgzf.h>
#include <htslib/tbx.h>
#include <map>
#include <spawn.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char **environ;

using namespace precis::genomics;

namespace {

constexpr long long kRecords = 5'000'000;

// GRCh38 chromosome lengths (NCBI Assembly GCF_000001405.26).
constexpr long long kLengths[22]
    = {248956422, 242193529, 198295559, 190214555, 181538259, 170805979, 159345973, 145138636,
       138394717, 133797422, 135086622, 133275309, 114364328, 107043718, 101991189, 90338345,
       83257441,  80373285,  58617616,  64444167,  46709983,  50818468};

/// Writes the synthetic VCF to `path` (bgzipped); false on an I/O error.
bool generate(const std::string &path)
{
    std::map<int, std::map<long long, std::string>> loci; // chromosome -> position -> REF
    for (const QString &gene : shippedGenes()) {
        const auto def = loadGeneDefinition(gene);
        if (!def)
            return false;
        for (const DefinitionPosition &p : def->positions)
            loci[def->chromosome.toInt()][p.position] = p.reference.toStdString();
    }
    BGZF *out = bgzf_open(path.c_str(), "w");
    if (out == nullptr)
        return false;
    std::string text = "##fileformat=VCFv4.2\n##reference=GRCh38\n";
    long long genome = 0;
    for (int c = 0; c < 22; ++c) {
        genome += kLengths[c];
        text += "##contig=<ID=chr" + std::to_string(c + 1)
                + ",length=" + std::to_string(kLengths[c]) + ">\n";
    }
    text += "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
            "##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">\n"
            "##FORMAT=<ID=GQ,Number=1,Type=Integer,Description=\"Quality\">\n"
            "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tSAMPLE\n";
    static const char *bases = "ACGT";
    long long written = 0;
    // A fixed linear congruential sequence (Knuth's MMIX constants) for the bases, depths and
    // qualities, so that the file compresses like real data rather than a repeated line.
    unsigned long long state = 0x2545F4914F6CDD1DULL;
    const auto draw = [&state](int n) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<int>((state >> 33) % static_cast<unsigned long long>(n));
    };
    for (int c = 0; c < 22; ++c) {
        const long long n = kRecords * kLengths[c] / genome;
        const long long step = kLengths[c] / (n + 1);
        const auto &wanted = loci[c + 1];
        auto next = wanted.begin();
        const std::string chrom = "chr" + std::to_string(c + 1);
        for (long long i = 1; i <= n; ++i) {
            const long long pos = i * step;
            while (next != wanted.end() && next->first <= pos) {
                if (next->first != pos) {
                    const std::string alt = next->second[0] == 'T' ? "C" : "T";
                    text += chrom + '\t' + std::to_string(next->first) + "\t.\t" + next->second
                            + '\t' + alt + "\t50\tPASS\t.\tGT:DP:GQ\t0/0:31:99\n";
                    ++written;
                }
                ++next;
            }
            if (next != wanted.end() && next->first == pos)
                continue; // the locus is written above on the next pass
            const int r = draw(4);
            const char ref = bases[r];
            const char alt = bases[(r + 1 + draw(3)) % 4];
            text += chrom + '\t' + std::to_string(pos) + "\t.\t" + ref + '\t' + alt + '\t'
                    + std::to_string(20 + draw(980)) + "\tPASS\t.\tGT:DP:GQ\t"
                    + (draw(3) == 0 ? "1/1:" : "0/1:") + std::to_string(8 + draw(50)) + ':'
                    + std::to_string(20 + draw(80)) + '\n';
            ++written;
            if (text.size() > (1 << 20)) {
                if (bgzf_write(out, text.data(), text.size()) < 0)
                    return false;
                text.clear();
            }
        }
        for (; next != wanted.end(); ++next) {
            const std::string alt = next->second[0] == 'T' ? "C" : "T";
            text += chrom + '\t' + std::to_string(next->first) + "\t.\t" + next->second + '\t' + alt
                    + "\t50\tPASS\t.\tGT:DP:GQ\t0/0:31:99\n";
            ++written;
        }
    }
    if (bgzf_write(out, text.data(), text.size()) < 0)
        return false;
    std::fprintf(stderr, "bench_genomics: wrote %lld records to %s\n", written, path.c_str());
    return bgzf_close(out) == 0;
}

/// The plain and the indexed synthetic files, generated on first use.
const std::pair<std::string, std::string> &files()
{
    static const std::pair<std::string, std::string> paths = [] {
        const std::string dir = PRECIS_BINARY_DIR;
        const std::string plain = dir + "/bench-wgs.vcf.gz";
        const std::string indexed = dir + "/bench-wgs-indexed.vcf.gz";
        if (!QFile::exists(QString::fromStdString(plain)) && !generate(plain))
            return std::pair<std::string, std::string>{};
        if (!QFile::exists(QString::fromStdString(indexed + ".tbi"))) {
            QFile::remove(QString::fromStdString(indexed));
            if (!QFile::copy(QString::fromStdString(plain), QString::fromStdString(indexed))
                || tbx_index_build(indexed.c_str(), 0, &tbx_conf_vcf) != 0)
                return std::pair<std::string, std::string>{};
        }
        return std::pair{plain, indexed};
    }();
    return paths;
}

void callCli(benchmark::State &state, bool indexed)
{
    const auto &[plain, withIndex] = files();
    if (plain.empty()) {
        state.SkipWithError("cannot generate the synthetic VCF");
        return;
    }
    const std::string cli = std::string(PRECIS_BINARY_DIR) + "/app/precis-cli";
    long maxRssKb = 0;
    double cpuSeconds = 0;
    for (auto _ : state) {
        std::vector<std::string> args = {cli, "genomics", "call", indexed ? withIndex : plain};
        std::vector<char *> argv;
        for (std::string &a : args)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
        const auto start = std::chrono::steady_clock::now();
        pid_t pid = 0;
        const int spawned = posix_spawn(&pid, cli.c_str(), &actions, nullptr, argv.data(), environ);
        posix_spawn_file_actions_destroy(&actions);
        if (spawned != 0) {
            state.SkipWithError("cannot start precis-cli");
            return;
        }
        int status = 0;
        rusage usage{};
        wait4(pid, &status, 0, &usage);
        const auto stop = std::chrono::steady_clock::now();
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            state.SkipWithError("precis-cli genomics call failed");
            return;
        }
        state.SetIterationTime(std::chrono::duration<double>(stop - start).count());
        maxRssKb = std::max(maxRssKb, usage.ru_maxrss);
        cpuSeconds = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
                     + static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    }
    state.counters["max_rss_kB"] = static_cast<double>(maxRssKb);
    state.counters["child_cpu_s"] = cpuSeconds;
}

} // namespace

int main(int argc, char **argv)
{
    benchmark::RegisterBenchmark("pgx_call_wgs_5M", callCli, false)
        ->UseManualTime()
        ->Iterations(1)
        ->Unit(benchmark::kSecond);
    benchmark::RegisterBenchmark("pgx_call_wgs_5M_indexed", callCli, true)
        ->UseManualTime()
        ->Iterations(3)
        ->Unit(benchmark::kMillisecond);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
