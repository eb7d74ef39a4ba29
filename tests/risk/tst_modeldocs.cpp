// SPDX-License-Identifier: GPL-3.0-or-later
// Model cards rendered as the `precis-cli models` list and Markdown (core/risk/ModelDocs).
#include "FakeModels.h"

#include "core/risk/ModelDocs.h"

#include <QTest>

using namespace precis::risk;
using precis::risk::testing::FakeModel;

class TestModelDocs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listAndMarkdown()
    {
        RiskRegistry registry;
        auto model = std::make_unique<FakeModel>(
            QStringLiteral("fake-a"), [](double, double, double, double) { return 0.0; });
        model->mutableCard().limits = {QStringLiteral("not for | real patients")};
        model->mutableCard().guideline = QStringLiteral("None Guideline 2099");
        registry.add(std::move(model));
        registry.add(std::make_unique<FakeModel>(
            QStringLiteral("fake-b"), [](double, double, double, double) { return 0.0; }));
        QCOMPARE(modelList(registry),
                 QStringLiteral(
                     "fake-a\t1.0\tFake model for tests\nfake-b\t1.0\tFake model for tests\n"));
        const QString md = modelsMarkdown(registry);
        QVERIFY(md.startsWith(QStringLiteral("# Risk models\n")));
        QVERIFY(md.contains(QStringLiteral("## `fake-a` — Fake model for tests")));
        QVERIFY(md.indexOf(QStringLiteral("## `fake-a`"))
                < md.indexOf(QStringLiteral("## `fake-b`")));
        QVERIFY(md.contains(QStringLiteral("| `sbp` | mm[Hg] | 60 to 250 | no |  |")));
        // Category inputs list their codes' tokens, not numbers.
        QVERIFY(md.contains(QStringLiteral(
            "| `smoking` |  | never, former, light, moderate, heavy, current | no |  |")));
        QVERIFY(md.contains(QStringLiteral("| `risk` | % | 10 |")));
        QVERIFY(md.contains(QStringLiteral("| `points` | {points} | — |")));
        QVERIFY(
            md.contains(QStringLiteral("- player `cholesterol`: `total_cholesterol` = 170 mg/dL")));
        QVERIFY(md.contains(QStringLiteral("- player `smoking`: `smoking` = never")));
        QVERIFY(md.contains(QStringLiteral("- held at the patient's values: `age`")));
        QVERIFY(md.contains(QStringLiteral("- not for | real patients"))); // bullets need no escape
        QVERIFY(
            md.contains(QStringLiteral("| guideline of the categories | None Guideline 2099 |")));
    }
};

QTEST_GUILESS_MAIN(TestModelDocs)
#include "tst_modeldocs.moc"
