// SPDX-License-Identifier: GPL-3.0-or-later
// Vault performance (issue 3): on 100,000 synthetic patients x 20 observations, encrypted and
// unencrypted with the same schema, SQL and pragmas:
//   bulk insert (observations/s), unlock to patient list (incl. the production KDF),
//   search p95, opening one patient including its committed audit row p95.
// Results go to docs/PERFORMANCE.md ("Vault"). PRECIS_BENCH_PATIENTS overrides the size.
#include "core/security/KeySlotFile.h"
#include "core/store/DemoCohort.h"
#include "core/store/Schema.h"
#include "core/store/Sqlite.h"
#include "core/store/Vault.h"
#include "core/store/VaultAdmin.h"
#include "core/store/VaultDatabase.h"
#include "core/store/VaultInternal.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <benchmark/benchmark.h>
#include <memory>
#include <vector>

using namespace precis;
using namespace precis::store;

namespace {

const QString kPassword = QStringLiteral("benchmark administrator password");

struct Setup
{
    QTemporaryDir dir{QDir::currentPath() + QStringLiteral("/bench_store-XXXXXX")};
    QString encPath;
    QString plainPath;
    int patients = 100000;
};

Setup &setup()
{
    static Setup s;
    return s;
}

int patientCount()
{
    const int n = qEnvironmentVariableIntValue("PRECIS_BENCH_PATIENTS");
    return n > 0 ? n : 100000;
}

UserInfo benchUser()
{
    return UserInfo{QStringLiteral("bench"), {Role::Nurse, Role::Physician, Role::Administrator}};
}

// The unencrypted twin: same schema and pragmas, no key.
Result<std::unique_ptr<Vault>> openPlain(const QString &path)
{
    auto db = Database::open(path, Database::Mode::ReadWriteCreate);
    if (!db)
        return tl::unexpected(db.error());
    if (auto r = db->exec("PRAGMA page_size = 4096; PRAGMA temp_store = MEMORY;"
                          " PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"
                          " PRAGMA secure_delete = ON; PRAGMA foreign_keys = ON;");
        !r)
        return tl::unexpected(r.error());
    if (auto m = migrate(*db); !m)
        return tl::unexpected(m.error());
    return detail::VaultAccess::adopt(path, std::move(*db), security::SecretBytes(), benchUser());
}

Result<std::unique_ptr<Vault>> openEncrypted(const QString &path)
{
    auto v
        = Vault::unlock(path, QStringLiteral("admin"), security::SecretBytes::fromUtf8(kPassword));
    if (v)
        detail::VaultAccess::user(**v) = benchUser();
    return v;
}

Result<std::unique_ptr<Vault>> openFor(bool encrypted)
{
    return encrypted ? openEncrypted(setup().encPath) : openPlain(setup().plainPath);
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[static_cast<std::size_t>(p * (v.size() - 1))];
}

void bulkInsert(benchmark::State &state)
{
    const bool encrypted = state.range(0) != 0;
    Setup &s = setup();
    s.patients = patientCount();
    if (encrypted) {
        s.encPath = s.dir.filePath(QStringLiteral("bench.precis"));
        if (!createVault(
                s.encPath, QStringLiteral("admin"), security::SecretBytes::fromUtf8(kPassword))) {
            state.SkipWithError("create failed");
            return;
        }
    } else {
        s.plainPath = s.dir.filePath(QStringLiteral("plain.sqlite"));
    }
    for (auto _ : state) {
        auto v = openFor(encrypted);
        if (!v) {
            state.SkipWithError(qPrintable(v.error().message()));
            return;
        }
        DemoOptions o;
        o.patients = s.patients;
        o.observationsPerPatient = 20;
        QElapsedTimer t;
        t.start();
        auto n = generateSyntheticPatients(**v, o);
        const double secs = t.nsecsElapsed() / 1e9;
        if (!n) {
            state.SkipWithError(qPrintable(n.error().message()));
            return;
        }
        state.SetIterationTime(secs);
        state.counters["observations"] = static_cast<double>(*n);
        state.counters["obs_per_s"] = static_cast<double>(*n) / secs;
        (void)detail::VaultAccess::db(**v).exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
}

void unlockToList(benchmark::State &state)
{
    const bool encrypted = state.range(0) != 0;
    std::vector<double> ms;
    for (auto _ : state) {
        QElapsedTimer t;
        t.start();
        auto v = openFor(encrypted);
        if (!v) {
            state.SkipWithError(qPrintable(v.error().message()));
            return;
        }
        auto list = (*v)->listPatients();
        const double elapsed = t.nsecsElapsed() / 1e6;
        if (!list || static_cast<int>(list->size()) < setup().patients) {
            state.SkipWithError("list failed");
            return;
        }
        ms.push_back(elapsed);
        state.SetIterationTime(elapsed / 1000);
    }
    state.counters["median_ms"] = percentile(ms, 0.5);
    state.counters["max_ms"] = percentile(ms, 1.0);
}

void search(benchmark::State &state)
{
    const bool encrypted = state.range(0) != 0;
    auto v = openFor(encrypted);
    if (!v) {
        state.SkipWithError(qPrintable(v.error().message()));
        return;
    }
    // Name prefixes of growing length, record numbers and dates of birth, as typed.
    const QStringList queries = {QStringLiteral("Be"),
                                 QStringLiteral("Becker"),
                                 QStringLiteral("Anna"),
                                 QStringLiteral("Kel An"),
                                 QStringLiteral("DEMO-0421"),
                                 QStringLiteral("1961-04-12"),
                                 QStringLiteral("12.04.1961"),
                                 QStringLiteral("Zeller-Demo Max"),
                                 QStringLiteral("M"),
                                 QStringLiteral("Gr")};
    std::vector<double> ms;
    int i = 0;
    for (auto _ : state) {
        QElapsedTimer t;
        t.start();
        auto hits = (*v)->searchPatients(queries[i++ % queries.size()], 50);
        const double elapsed = t.nsecsElapsed() / 1e6;
        if (!hits) {
            state.SkipWithError(qPrintable(hits.error().message()));
            return;
        }
        ms.push_back(elapsed);
        state.SetIterationTime(elapsed / 1000);
    }
    state.counters["p50_ms"] = percentile(ms, 0.5);
    state.counters["p95_ms"] = percentile(ms, 0.95);
}

void openPatient(benchmark::State &state)
{
    const bool encrypted = state.range(0) != 0;
    auto v = openFor(encrypted);
    if (!v) {
        state.SkipWithError(qPrintable(v.error().message()));
        return;
    }
    std::vector<double> ms;
    QRandomGenerator rng(42);
    for (auto _ : state) {
        const qint64 id = 1 + rng.bounded(setup().patients);
        QElapsedTimer t;
        t.start();
        auto p = (*v)->openPatient(id); // includes the committed audit row (synchronous=FULL)
        const double elapsed = t.nsecsElapsed() / 1e6;
        if (!p) {
            state.SkipWithError(qPrintable(p.error().message()));
            return;
        }
        ms.push_back(elapsed);
        state.SetIterationTime(elapsed / 1000);
    }
    state.counters["p50_ms"] = percentile(ms, 0.5);
    state.counters["p95_ms"] = percentile(ms, 0.95);
}

} // namespace

// Arg 1 = encrypted, 0 = unencrypted. Registration order is execution order: insert first.
BENCHMARK(bulkInsert)->Arg(1)->Arg(0)->Iterations(1)->UseManualTime()->Unit(benchmark::kSecond);
BENCHMARK(unlockToList)
    ->Arg(1)
    ->Arg(0)
    ->Iterations(5)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(search)->Arg(1)->Arg(0)->Iterations(200)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(openPatient)
    ->Arg(1)
    ->Arg(0)
    ->Iterations(500)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
