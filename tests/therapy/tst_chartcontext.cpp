// SPDX-License-Identifier: GPL-3.0-or-later
// The PatientContext a chart's records become (core/therapy/ChartContext.h): medications by
// code or name, allergies and intolerances mapped to the knowledge base's intolerance tokens,
// safety facts carried over, and the engine reading the result as the CSV path would.
// ATC codes: WHO ATC/DDD index (https://atcddd.fhi.no/atc_ddd_index/).
#include "core/risk/RiskRegistry.h"
#include "core/therapy/ChartContext.h"
#include "core/therapy/OptionEngine.h"

#include <QTest>

using namespace precis;
using namespace precis::therapy;
using clinical::Var;

class TestChartContext : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void intoleranceTokens_data()
    {
        QTest::addColumn<QString>("substance");
        QTest::addColumn<QString>("reaction");
        QTest::addColumn<QString>("token");
        QTest::newRow("token word") << "Statin"
                                    << "myalgia"
                                    << "statin";
        QTest::newRow("plural") << "statins"
                                << ""
                                << "statin";
        QTest::newRow("generic name of a statin") << "atorvastatin"
                                                  << ""
                                                  << "statin";
        QTest::newRow("ATC of a statin (C10AA05)") << "C10AA05"
                                                   << ""
                                                   << "statin";
        QTest::newRow("synonym of aspirin") << "Acetylsalicylic acid"
                                            << ""
                                            << "aspirin";
        QTest::newRow("SGLT2 in words") << "SGLT2 inhibitor"
                                        << ""
                                        << "sglt2_inhibitor";
        QTest::newRow("GLP-1 in words") << "GLP-1 receptor agonist"
                                        << ""
                                        << "glp1_ra";
        QTest::newRow("ACE inhibitor, angioedema") << "ACE inhibitor"
                                                   << "angioedema"
                                                   << "ace_inhibitor_angioedema";
        QTest::newRow("ACE inhibitor, cough: an ARB stays possible") << "ACE inhibitor"
                                                                     << "cough"
                                                                     << "";
        QTest::newRow("warfarin (B01AA03) is an anticoagulant") << "warfarin"
                                                                << ""
                                                                << "anticoagulant";
        QTest::newRow("penicillin: no option") << "penicillin"
                                               << "rash"
                                               << "";
    }
    void intoleranceTokens()
    {
        QFETCH(QString, substance);
        QFETCH(QString, reaction);
        QFETCH(QString, token);
        QCOMPARE(intoleranceToken({substance, reaction, true}), token);
        // Every token produced is one the CSV path accepts.
        if (!token.isEmpty())
            QVERIFY(therapy::intoleranceTokens().contains(token));
    }

    void medicationsAndFacts()
    {
        ChartFacts facts;
        facts.snapshot.set(Var::Age, 60);
        facts.medications = {{QStringLiteral("Atorvastatin"), QString()},
                             {QString(), QStringLiteral("C09AA05")},
                             {QStringLiteral("Hausmittel"), QString()}};
        facts.allergies = {{QStringLiteral("statins"), QStringLiteral("myalgia"), true},
                           {QStringLiteral("simvastatin"), QStringLiteral("myopathy"), false},
                           {QStringLiteral("penicillin"), QStringLiteral("rash"), false}};
        facts.pregnant = false;
        facts.mechanicalValve = true;
        facts.dialysis = true;
        const PatientContext c = contextFromChart(facts);
        QCOMPARE(c.medications.size(), std::size_t(2));
        QCOMPARE(c.medications[0].atc, QStringLiteral("C10AA05"));
        QCOMPARE(c.medications[1].atc, QStringLiteral("C09AA05")); // ramipril
        QVERIFY(c.takesStatin());
        QVERIFY(c.takesAntihypertensive());
        QCOMPARE(c.unrecognisedMedications, QStringList{QStringLiteral("Hausmittel")});
        // Two statin entries, one token.
        QCOMPARE(c.intolerances, QStringList{QStringLiteral("statin")});
        QCOMPARE(c.pregnant, std::optional<bool>(false));
        QCOMPARE(c.mechanicalValve, std::optional<bool>(true));
        QVERIFY(!c.acsPci.has_value()); // unknown stays unknown, never "no"
        QCOMPARE(c.snapshot.get(Var::Dialysis), std::optional<double>(1.0));
        QCOMPARE(c.snapshot.get(Var::Age), std::optional<double>(60));
    }

    void dialysisInSnapshotWins()
    {
        ChartFacts facts;
        facts.snapshot.set(Var::Dialysis, 0.0);
        facts.dialysis = true;
        QCOMPARE(contextFromChart(facts).snapshot.get(Var::Dialysis), std::optional<double>(0.0));
    }

    // The engine reads a chart's statin intolerance as it reads the CSV's `intolerances=statin`:
    // both statin options not eligible, reason "intolerance" (docs/OPTIONS.md, 2018 guideline
    // rows).
    void engineSeesIntolerance()
    {
        const Result<KnowledgeBase> kb = loadKnowledgeBase();
        QVERIFY(kb.has_value());
        risk::RiskRegistry registry;
        risk::registerStandardModels(registry);
        const OptionEngine engine(*kb, registry);
        ChartFacts facts;
        facts.snapshot.set(Var::Age, 60);
        facts.snapshot.set(Var::Cvd, 1);
        facts.allergies = {{QStringLiteral("rosuvastatin"), QStringLiteral("myalgia"), true}};
        const std::vector<OptionRow> rows = engine.assess(contextFromChart(facts));
        int seen = 0;
        for (const OptionRow &row : rows) {
            if (row.option == QLatin1String("statin_high")
                || row.option == QLatin1String("statin_moderate")) {
                QVERIFY(!row.eligible);
                QVERIFY(row.reasons.contains(QStringLiteral("intolerance")));
                ++seen;
            }
        }
        QCOMPARE(seen, 2);
    }
};

QTEST_GUILESS_MAIN(TestChartContext)
#include "tst_chartcontext.moc"
