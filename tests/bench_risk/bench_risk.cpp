// SPDX-License-Identifier: GPL-3.0-or-later
// Risk-engine benchmarks (issue #4 targets): one evaluation of pce / prevent / qrisk3
// (< 1 us), a Shapley explanation of every registered model for one patient (< 20 ms), and
// `precis-cli score --models all` over 100,000 generated people (< 5 s, memory flat in the
// number of rows: max RSS is reported for 10,000 and 100,000 people).
#include "core/risk/Explainer.h"
#include "core/risk/RiskRegistry.h"

#include <QByteArray>
#include <QFile>

#include <benchmark/benchmark.h>
#include <chrono>
#include <cstdio>
#include <random>
#include <spawn.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>

extern char **environ;

using namespace precis;
using namespace precis::risk;

namespace {

const RiskRegistry &registry()
{
    static const RiskRegistry instance = [] {
        RiskRegistry r;
        registerStandardModels(r);
        return r;
    }();
    return instance;
}

/// A 55-year-old man inside every model's range, with every input known.
Snapshot benchPatient()
{
    Snapshot s;
    auto set = [&s](Var v, double x) { s.set(v, x); };
    set(Var::Age, 55);
    set(Var::Sex, 1);
    set(Var::Race, 0);
    set(Var::TotalCholesterol, 213);
    set(Var::HdlCholesterol, 50);
    set(Var::Sbp, 140);
    set(Var::Dbp, 85);
    set(Var::SbpSd, 8);
    set(Var::BpTreated, 1);
    set(Var::BpTreatedEver, 1);
    set(Var::Statin, 0);
    set(Var::Diabetes, 0);
    set(Var::Smoking, 3);
    set(Var::Egfr, 55);
    set(Var::Creatinine, 1.4);
    set(Var::Bmi, 28);
    set(Var::Height, 178);
    set(Var::Weight, 88.7);
    set(Var::Waist, 98);
    set(Var::Hba1c, 5.7);
    set(Var::FastingGlucose, 5.6);
    set(Var::Uacr, 40);
    set(Var::SdiDecile, 5);
    set(Var::Ethnicity, 1);
    set(Var::Townsend, 0);
    for (Var v : {Var::Af,
                  Var::AtypicalAntipsychotic,
                  Var::Corticosteroids,
                  Var::ErectileDysfunction,
                  Var::Migraine,
                  Var::RheumatoidArthritis,
                  Var::CkdStage35,
                  Var::SevereMentalIllness,
                  Var::Sle,
                  Var::FamilyHistoryChd,
                  Var::Cvd,
                  Var::GestationalDiabetes,
                  Var::Pcos,
                  Var::LearningDisability,
                  Var::SchizophreniaOrBipolar,
                  Var::PhysicallyActive,
                  Var::DailyVegetables,
                  Var::HighGlucoseHistory,
                  Var::HeartFailure,
                  Var::Hypertension,
                  Var::StrokeTiaTe,
                  Var::VascularDisease,
                  Var::PriorStroke,
                  Var::AbnormalRenalFunction,
                  Var::AbnormalLiverFunction,
                  Var::BleedingHistory,
                  Var::LabileInr,
                  Var::AntiplateletOrNsaid,
                  Var::AlcoholExcess})
        set(v, 0);
    set(Var::Af, 1);
    set(Var::Hypertension, 1);
    set(Var::FamilyHistoryDiabetes, 1);
    set(Var::Score2Region, 1);
    set(Var::KfreRegion, 0);
    set(Var::Calcium, 9.4);
    set(Var::Phosphate, 3.8);
    set(Var::Albumin, 4.0);
    set(Var::Bicarbonate, 24);
    return s;
}

void evaluateModel(benchmark::State &state, const RiskModel *model)
{
    const Snapshot patient = benchPatient();
    std::size_t refused = 0;
    for (auto _ : state) {
        Evaluation e = model->evaluate(patient);
        benchmark::DoNotOptimize(e);
        refused = 0;
        for (const OutcomeRow &row : e.rows)
            refused += row.status == Status::Refused ? 1 : 0;
    }
    state.counters["rows_refused"] = static_cast<double>(refused);
}

void explainModel(benchmark::State &state, const RiskModel *model)
{
    const Snapshot patient = benchPatient();
    // Explain the first output the model produces for this patient.
    const Evaluation e = model->evaluate(patient);
    const OutcomeRow *target = nullptr;
    for (const OutcomeRow &row : e.rows) {
        if (row.status != Status::Refused) {
            target = &row;
            break;
        }
    }
    if (target == nullptr) {
        state.SkipWithError("the model refuses the benchmark patient");
        return;
    }
    const Explainer explainer(*model);
    for (auto _ : state) {
        Result<Explanation> x = explainer.explain(patient, target->outcome, target->horizonYears);
        if (!x) {
            state.SkipWithError(x.error().message().toStdString().c_str());
            return;
        }
        benchmark::DoNotOptimize(x);
    }
    state.counters["players"] = static_cast<double>(model->card().players.size());
}

/// Every registered model explained for the same patient, one after the other: the cost of
/// a full explanation screen.
void explainAll(benchmark::State &state)
{
    const Snapshot patient = benchPatient();
    std::vector<std::pair<const RiskModel *, const OutcomeRow *>> targets;
    std::vector<Evaluation> evaluations;
    evaluations.reserve(registry().models().size());
    for (const auto &model : registry().models()) {
        evaluations.push_back(model->evaluate(patient));
        for (const OutcomeRow &row : evaluations.back().rows) {
            if (row.status != Status::Refused) {
                targets.emplace_back(model.get(), &row);
                break;
            }
        }
    }
    for (auto _ : state) {
        for (const auto &[model, row] : targets) {
            Result<Explanation> x
                = Explainer(*model).explain(patient, row->outcome, row->horizonYears);
            benchmark::DoNotOptimize(x);
        }
    }
    state.counters["models"] = static_cast<double>(targets.size());
}

/// Writes `count` generated people (fixed seed) with every column of the score contract.
std::string generatePeople(int count)
{
    const std::string path
        = std::string(PRECIS_BINARY_DIR) + "/bench-people-" + std::to_string(count) + ".csv";
    if (QFile::exists(QString::fromStdString(path)))
        return path;
    std::mt19937_64 rng(20261125);
    auto uniform = [&rng](double lo, double hi) {
        return std::uniform_real_distribution<double>(lo, hi)(rng);
    };
    auto pick = [&rng](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };
    auto flag = [&rng](double p) { return std::bernoulli_distribution(p)(rng) ? "1" : "0"; };
    const char *sexes[] = {"female", "male"};
    const char *races[] = {"white", "black", "other"};
    const char *diabetes[] = {"none", "none", "none", "type2", "type1"};
    const char *smoking[] = {"never", "former", "light", "moderate", "heavy"};
    const char *ethnicity[] = {"white",
                               "indian",
                               "pakistani",
                               "bangladeshi",
                               "other_asian",
                               "black_caribbean",
                               "black_african",
                               "chinese",
                               "other"};
    const char *fhd[] = {"none", "other_relative", "first_degree"};
    const char *regions[] = {"low", "moderate", "high", "very_high"};
    const char *kfre[] = {"north_american", "other"};
    QByteArray out;
    out.reserve(1 << 20);
    out += "id,age,sex,race,total_cholesterol,hdl_cholesterol,sbp,dbp,sbp_sd,bp_treated,"
           "bp_treated_ever,statin,diabetes,smoking,egfr,creatinine[umol/L],bmi,height,weight,"
           "waist,hba1c,fasting_glucose,uacr,sdi_decile,ethnicity,townsend,af,"
           "atypical_antipsychotic,corticosteroids,erectile_dysfunction,migraine,"
           "rheumatoid_arthritis,ckd_stage_3_5,severe_mental_illness,sle,family_history_chd,cvd,"
           "gestational_diabetes,pcos,learning_disability,schizophrenia_or_bipolar,"
           "family_history_diabetes,physically_active,daily_vegetables,high_glucose_history,"
           "score2_region,kfre_region,calcium,phosphate,albumin,bicarbonate,heart_failure,"
           "hypertension,stroke_tia_te,vascular_disease,prior_stroke,abnormal_renal_function,"
           "abnormal_liver_function,bleeding_history,labile_inr,antiplatelet_or_nsaid,"
           "alcohol_excess\r\n";
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    auto num = [](double x, int decimals) { return QByteArray::number(x, 'f', decimals); };
    for (int i = 0; i < count; ++i) {
        const int age = 30 + pick(55);
        const bool egfrKnown = pick(2) == 0;
        QByteArray row = "P" + QByteArray::number(i);
        const QByteArray cells[] = {QByteArray::number(age),
                                    sexes[pick(2)],
                                    races[pick(3)],
                                    num(uniform(130, 320), 0),
                                    num(uniform(20, 100), 0),
                                    num(uniform(90, 180), 0),
                                    num(uniform(60, 110), 0),
                                    num(uniform(0, 20), 1),
                                    flag(0.3),
                                    flag(0.35),
                                    flag(0.2),
                                    diabetes[pick(5)],
                                    smoking[pick(5)],
                                    egfrKnown ? num(uniform(15, 140), 0) : QByteArray(),
                                    num(uniform(50, 250), 0),
                                    QByteArray(),
                                    num(uniform(150, 195), 0),
                                    num(uniform(50, 120), 1),
                                    num(uniform(65, 130), 0),
                                    num(uniform(4.5, 8), 1),
                                    num(uniform(4, 6.9), 1),
                                    num(uniform(1, 400), 1),
                                    QByteArray::number(1 + pick(10)),
                                    ethnicity[pick(9)],
                                    num(uniform(-6, 10), 2),
                                    flag(0.05),
                                    flag(0.02),
                                    flag(0.03),
                                    flag(0.05),
                                    flag(0.1),
                                    flag(0.03),
                                    flag(0.05),
                                    flag(0.03),
                                    flag(0.01),
                                    flag(0.15),
                                    flag(0.05),
                                    flag(0.02),
                                    flag(0.03),
                                    flag(0.01),
                                    flag(0.01),
                                    fhd[pick(3)],
                                    flag(0.5),
                                    flag(0.5),
                                    flag(0.1),
                                    regions[pick(4)],
                                    kfre[pick(2)],
                                    num(uniform(8.5, 10.5), 1),
                                    num(uniform(2.5, 5), 1),
                                    num(uniform(3, 5), 1),
                                    num(uniform(18, 30), 0),
                                    flag(0.05),
                                    flag(0.4),
                                    flag(0.05),
                                    flag(0.1),
                                    flag(0.05),
                                    flag(0.05),
                                    flag(0.03),
                                    flag(0.05),
                                    flag(0.05),
                                    flag(0.1),
                                    flag(0.05)};
        for (const QByteArray &cell : cells)
            row += ',' + cell;
        out += row + "\r\n";
        if (out.size() > (1 << 20)) {
            file.write(out);
            out.clear();
        }
    }
    file.write(out);
    return path;
}

/// Runs precis-cli score --models all on `people` generated rows; reports wall time (manual
/// time) and the child's max RSS from wait4().
void scoreCli(benchmark::State &state)
{
    const int people = static_cast<int>(state.range(0));
    const std::string input = generatePeople(people);
    const std::string output = std::string(PRECIS_BINARY_DIR) + "/bench-results.csv";
    const std::string cli = std::string(PRECIS_BINARY_DIR) + "/app/precis-cli";
    long maxRssKb = 0;
    double cpuSeconds = 0;
    for (auto _ : state) {
        std::vector<std::string> args
            = {cli, "score", "--models", "all", "--in", input, "--out", output};
        std::vector<char *> argv;
        for (std::string &a : args)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        const auto start = std::chrono::steady_clock::now();
        pid_t pid = 0;
        if (posix_spawn(&pid, cli.c_str(), nullptr, nullptr, argv.data(), environ) != 0) {
            state.SkipWithError("cannot start precis-cli");
            return;
        }
        int status = 0;
        rusage usage{};
        wait4(pid, &status, 0, &usage);
        const auto stop = std::chrono::steady_clock::now();
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            state.SkipWithError("precis-cli score failed");
            return;
        }
        state.SetIterationTime(std::chrono::duration<double>(stop - start).count());
        maxRssKb = std::max(maxRssKb, usage.ru_maxrss);
        // User + system CPU of the child: on a loaded machine wall time overstates the cost.
        cpuSeconds = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
                     + static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    }
    state.counters["max_rss_kB"] = static_cast<double>(maxRssKb);
    state.counters["people"] = people;
    state.counters["child_cpu_s"] = cpuSeconds;
    std::remove(output.c_str());
}

} // namespace

int main(int argc, char **argv)
{
    for (const char *id : {"pce", "prevent", "qrisk3"}) {
        const RiskModel *model = registry().find(QString::fromLatin1(id));
        if (model == nullptr) {
            std::fprintf(stderr, "bench_risk: %s is not registered; skipped\n", id);
            continue;
        }
        benchmark::RegisterBenchmark((std::string("evaluate/") + id).c_str(), evaluateModel, model);
    }
    for (const auto &model : registry().models()) {
        benchmark::RegisterBenchmark(
            ("explain/" + model->card().id.toStdString()).c_str(), explainModel, model.get())
            ->Unit(benchmark::kMillisecond);
    }
    benchmark::RegisterBenchmark("explain_all_models", explainAll)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("score_cli_all", scoreCli)
        ->Arg(10000)
        ->Arg(100000)
        ->UseManualTime()
        ->Iterations(1)
        ->Unit(benchmark::kSecond);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
