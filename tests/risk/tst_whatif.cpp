// SPDX-License-Identifier: GPL-3.0-or-later
// What-if re-evaluation over an edited snapshot (core/risk/WhatIf).
#include "FakeModels.h"

#include "core/risk/WhatIf.h"

#include <QTest>

using namespace precis;
using namespace precis::risk;
using precis::risk::testing::FakeModel;

class TestWhatIf : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void editsApplyAndBothEvaluationsReturn()
    {
        const FakeModel model(QStringLiteral("fake"), [](double sbp, double tc, double k, double) {
            return sbp / 10 + tc / 100 + k;
        });
        Snapshot s;
        s.asOf = QDate(2025, 6, 1);
        s.set(Var::Age, 50, QDate(2025, 1, 1));
        s.set(Var::Sbp, 150, QDate(2025, 1, 1));
        s.set(Var::TotalCholesterol, 250, QDate(2025, 1, 1));
        s.set(Var::Smoking, 4, QDate(2025, 1, 1));
        WhatIfEdits edits;
        edits.sbp = 120;
        edits.smoking = 1; // quit: former smoker
        edits.bpTreated = true;
        const Result<WhatIfResult> r = runWhatIf(model, s, edits);
        QVERIFY(r);
        QCOMPARE(*r->baseline.rows[0].value, 15 + 2.5 + 4);
        QCOMPARE(*r->whatIf.rows[0].value, 12 + 2.5 + 1);
        QCOMPARE(*r->edited.get(Var::Sbp), 120.0);
        QCOMPARE(r->edited.dates[clinical::index(Var::Sbp)], QDate(2025, 6, 1));
        QCOMPARE(*r->edited.get(Var::BpTreated), 1.0);
        QCOMPARE(*r->edited.get(Var::TotalCholesterol), 250.0); // untouched
    }

    void weightFollowsDerivedBmiOnly()
    {
        const FakeModel model(QStringLiteral("fake"),
                              [](double sbp, double, double, double) { return sbp; });
        Snapshot s;
        s.set(Var::Weight, 100);
        s.set(Var::Height, 200);
        const clinical::Derivation derived = clinical::deriveMissing(s);
        QVERIFY(derived.bmi);
        QCOMPARE(*s.get(Var::Bmi), 25.0);
        WhatIfEdits edits;
        edits.weight = 80;
        const Result<WhatIfResult> r = runWhatIf(model, s, edits, derived);
        QVERIFY(r);
        QCOMPARE(*r->edited.get(Var::Bmi), 20.0);
        QVERIFY(r->notes.isEmpty());

        // A recorded BMI is not ours to change; say so.
        Snapshot recorded = s;
        recorded.set(Var::Bmi, 31);
        const Result<WhatIfResult> kept = runWhatIf(model, recorded, edits, {});
        QVERIFY(kept);
        QCOMPARE(*kept->edited.get(Var::Bmi), 31.0);
        QCOMPARE(*kept->edited.get(Var::Weight), 80.0);
        QCOMPARE(kept->notes.size(), 1);
    }

    void invalidEdits_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("field");
        QTest::newRow("negative sbp") << 0 << QStringLiteral("sbp");
        QTest::newRow("nan cholesterol") << 1 << QStringLiteral("total_cholesterol");
        QTest::newRow("smoking code 7") << 2 << QStringLiteral("smoking");
        QTest::newRow("zero weight") << 3 << QStringLiteral("weight");
    }
    void invalidEdits()
    {
        QFETCH(int, which);
        QFETCH(QString, field);
        const FakeModel model(QStringLiteral("fake"),
                              [](double sbp, double, double, double) { return sbp; });
        WhatIfEdits edits;
        if (which == 0)
            edits.sbp = -5;
        else if (which == 1)
            edits.totalCholesterol = std::nan("");
        else if (which == 2)
            edits.smoking = 7;
        else
            edits.weight = 0;
        const Result<WhatIfResult> r = runWhatIf(model, Snapshot(), edits);
        QVERIFY(!r);
        QCOMPARE(r.error().field, field);
    }
};

QTEST_GUILESS_MAIN(TestWhatIf)
#include "tst_whatif.moc"
