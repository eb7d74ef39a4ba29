// SPDX-License-Identifier: GPL-3.0-or-later
// The chart's interactive costs (issue #9 targets): opening a patient with ten years of visits
// to a fully painted dashboard (< 300 ms), and one what-if change to repainted charts (< 50 ms).
// A demo vault of synthetic patients is built once in a temporary directory; painting is forced
// with QWidget::grab() so that layout and every chart's paint are inside the measured time.
#include "core/security/SecretBytes.h"
#include "core/store/DemoCohort.h"
#include "ui/MainWindow.h"
#include "ui/chart/PatientChartWidget.h"
#include "ui/chart/RiskDashboard.h"
#include "ui/chart/WhatIfPanel.h"
#include "ui/session/Session.h"

#include <QApplication>
#include <QDoubleSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>

#include <algorithm>
#include <benchmark/benchmark.h>
#include <memory>

using namespace precis;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<ui::MainWindow> window;
    qint64 patientId = 0; ///< the demo patient with the most visits
    std::size_t visits = 0;
};

Fixture &fixture()
{
    static Fixture f = [] {
        Fixture x;
        const QString path = x.dir.filePath(QStringLiteral("bench.precis"));
        store::DemoOptions options;
        options.patients = 60;
        if (!store::createDemoVault(path, options))
            qFatal("demo vault could not be created");
        x.window = std::make_unique<ui::MainWindow>(ui::vaultUnlocker());
        x.window->setVaultPath(path);
        x.window->resize(1600, 1000);
        x.window->show();
        if (!x.window->unlock(
                QStringLiteral("demo-physician"),
                security::SecretBytes::fromUtf8(QStringLiteral("precis-demo-password"))))
            qFatal("demo vault could not be unlocked");
        auto patients = x.window->session()->listPatients();
        for (const auto &p : *patients) {
            if (!x.window->openPatient(p.id))
                continue;
            const std::size_t n = x.window->patientChart()->history().visitDates().size();
            if (n > x.visits) {
                x.visits = n;
                x.patientId = p.id;
            }
        }
        return x;
    }();
    return f;
}

void paintAll(QWidget *w)
{
    QApplication::processEvents();
    benchmark::DoNotOptimize(w->grab());
}

void BM_OpenChartPainted(benchmark::State &state)
{
    Fixture &f = fixture();
    for (auto _ : state) {
        f.window->showPatientList();
        if (!f.window->openPatient(f.patientId))
            state.SkipWithError("chart could not be opened");
        paintAll(f.window.get());
    }
    state.counters["visits"] = static_cast<double>(f.visits);
}
BENCHMARK(BM_OpenChartPainted)->Unit(benchmark::kMillisecond)->MinTime(1.0);

void BM_WhatIfChangeRepainted(benchmark::State &state)
{
    Fixture &f = fixture();
    f.window->openPatient(f.patientId);
    ui::RiskDashboard *dashboard = f.window->patientChart()->dashboard();
    dashboard->showChart(dashboard->whatIf());
    paintAll(f.window.get());
    QDoubleSpinBox *sbp = dashboard->whatIf()->sbpEdit();
    double value = 120;
    for (auto _ : state) {
        value = value >= 160 ? 120 : value + 1;
        sbp->setValue(value); // re-scores on change
        // What changes on screen is the what-if panel (controls, projected risk, its chart).
        paintAll(dashboard->whatIf());
    }
}
BENCHMARK(BM_WhatIfChangeRepainted)->Unit(benchmark::kMillisecond)->MinTime(1.0);

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    fixture().window.reset();
    benchmark::Shutdown();
    return 0;
}
