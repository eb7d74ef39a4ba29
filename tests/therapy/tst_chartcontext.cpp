// SPDX-License-Identifier: GPL-3.0-or-later
// The PatientContext a chart's records become (core/therapy/ChartContext.h): medications by
// code or name, allergies and intolerances mapped to the knowledge base's intolerance tokens,
// safety facts carried over, and the engine reading the result as the CSV path would.
// ATC codes: WHO ATC/DDD index (https://atcddd.fhi.no/atc_ddd_index/).
#include "core/risk/RiskRegistry.h"
#include "core/therapy/ChartContext.h"
#include "core/therapy/OptionEngine.h"
#include "core/therapy/PgxTerms.h"

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
    // Stored pharmacogenomic results (CPIC terms, issue #11) become the options' tokens through
    // the one table of issue #10 ("Poor Metabolizer" <-> poor_metabolizer); VKORC1 as the
    // rs9923231 genotype on the gene's strand; CYP2D6 is not an options gene; an untested gene
    // stays blank and an unknown term is indeterminate, never normal.
    void storedPhenotypesReachTheContext()
    {
        ChartFacts facts;
        facts.genotypes = {
            {QStringLiteral("CYP2C19"),
             QStringLiteral("*2/*2"),
             QStringLiteral("Poor Metabolizer")},
            {QStringLiteral("SLCO1B1"),
             QStringLiteral("*1/*5"),
             QStringLiteral("Decreased Function")},
            {QStringLiteral("VKORC1"), QStringLiteral("C/T"), QStringLiteral("")},
            {QStringLiteral("CYP2C9"), QStringLiteral("*1/*99"), QStringLiteral("Odd Term")},
            {QStringLiteral("CYP2D6"), QStringLiteral("*1/*4"), QString()},
        };
        const PatientContext c = contextFromChart(facts);
        QCOMPARE(c.phenotype(Gene::Cyp2c19), QStringLiteral("poor_metabolizer"));
        QCOMPARE(c.phenotype(Gene::Slco1b1), QStringLiteral("decreased_function"));
        QCOMPARE(c.phenotype(Gene::Vkorc1), QStringLiteral("GA")); // C = G, T = A
        QCOMPARE(c.phenotype(Gene::Cyp2c9), QStringLiteral("indeterminate"));
        QVERIFY(c.phenotype(Gene::Dpyd).isEmpty()); // not tested
    }

    // Every CPIC term round-trips, and every token the options accept for a metabolizer or
    // transporter gene has its term (one table shared by both sides).
    void termTableCoversTheOptionTokens()
    {
        for (const PhenotypeTerm &t : phenotypeTerms()) {
            QCOMPARE(phenotypeTokenFromCpic(QString(t.cpic).toUpper()), QString(t.token));
            QCOMPARE(cpicTermFromToken(QString(t.token)), QString(t.cpic));
        }
        for (Gene g : {Gene::Cyp2c19, Gene::Slco1b1}) {
            for (const QString &token : phenotypeTokens(g))
                QVERIFY2(!cpicTermFromToken(token).isEmpty(), qPrintable(token));
        }
    }

    void vkorc1Forms_data()
    {
        QTest::addColumn<QString>("diplotype");
        QTest::addColumn<QString>("phenotype");
        QTest::addColumn<QString>("token");
        QTest::newRow("gene strand phenotype") << ""
                                               << "AA"
                                               << "AA";
        QTest::newRow("AG ordered") << ""
                                    << "AG"
                                    << "GA";
        QTest::newRow("forward strand C/C") << "rs9923231 C/C"
                                            << ""
                                            << "GG";
        QTest::newRow("forward strand T/T") << "T/T"
                                            << ""
                                            << "AA";
        QTest::newRow("gene strand G/A") << "G/A"
                                         << ""
                                         << "GA";
        QTest::newRow("nothing") << "*1/*1"
                                 << "Normal"
                                 << "";
    }

    void vkorc1Forms()
    {
        QFETCH(QString, diplotype);
        QFETCH(QString, phenotype);
        QFETCH(QString, token);
        QCOMPARE(vkorc1Token(diplotype, phenotype), token);
    }

    // A stored VKORC1 result without the c.-1639 pair (diplotype "GG or GA or AA" or
    // "unresolved", phenotype "Indeterminate", when rs9923231 is not called) was tested: token
    // "indeterminate", never blank (not tested) and never a genotype. Through the engine, knowledge
    // base 2026.5 writes the VKORC1 indeterminate warfarin note; 2026.4 writes none, as its program
    // did (EngineBehaviour::vkorc1IndeterminateNote, docs/OPTIONS.md).
    void vkorc1UndeterminedIsIndeterminate()
    {
        // As the caller stores it (core/genomics: candidates joined by " or ", phenotype
        // "Indeterminate" when they differ), and an unresolved call.
        QCOMPARE(phenotypeTokenFor(Gene::Vkorc1,
                                   QStringLiteral("GG or GA or AA"),
                                   QStringLiteral("Indeterminate")),
                 QStringLiteral("indeterminate"));
        QCOMPARE(phenotypeTokenFor(
                     Gene::Vkorc1, QStringLiteral("unresolved"), QStringLiteral("Indeterminate")),
                 QStringLiteral("indeterminate"));
        QVERIFY(vkorc1Token(QStringLiteral("GG or GA or AA"), QStringLiteral("Indeterminate"))
                    .isEmpty());
        QCOMPARE(phenotypeTokenFor(Gene::Vkorc1, QStringLiteral("rs9923231 C/T"), QString()),
                 QStringLiteral("GA"));
        ChartFacts facts;
        facts.snapshot.set(Var::Age, 60);
        facts.genotypes = {{QStringLiteral("VKORC1"),
                            QStringLiteral("GG or GA or AA"),
                            QStringLiteral("Indeterminate")}};
        const PatientContext c = contextFromChart(facts);
        QCOMPARE(c.phenotype(Gene::Vkorc1), QStringLiteral("indeterminate"));
        const Result<KnowledgeBases> all = loadKnowledgeBases();
        QVERIFY(all.has_value());
        risk::RiskRegistry registry;
        risk::registerStandardModels(registry);
        const auto oacNotes = [&](const char *version) {
            for (const OptionRow &row :
                 OptionEngine(*all->find(QString::fromLatin1(version)), registry).assess(c)) {
                if (row.option == QLatin1String("oral_anticoagulation"))
                    return row.pgx;
            }
            return QStringList{QStringLiteral("no oral_anticoagulation row")};
        };
        QCOMPARE(oacNotes("2026.4"), QStringList{});
        QCOMPARE(oacNotes("2026.5"),
                 QStringList{QStringLiteral(
                     "VKORC1 indeterminate: c.-1639G>A genotype not determined, so no "
                     "genotype-based action; decide as if not tested (CPIC 2017, no "
                     "recommendation)")});
    }

    // The stored SLCO1B1 poor function reaches the engine: a statin option carries CPIC 2022's
    // simvastatin modifier (the engine's SLCO1B1 rule, docs/OPTIONS.md).
    void engineSeesStoredGenotype()
    {
        const Result<KnowledgeBase> kb = loadKnowledgeBase();
        QVERIFY(kb.has_value());
        risk::RiskRegistry registry;
        risk::registerStandardModels(registry);
        const OptionEngine engine(*kb, registry);
        ChartFacts facts;
        facts.snapshot.set(Var::Age, 60);
        facts.snapshot.set(Var::Cvd, 1);
        facts.genotypes = {
            {QStringLiteral("SLCO1B1"), QStringLiteral("*5/*5"), QStringLiteral("Poor Function")}};
        bool modified = false;
        for (const OptionRow &row : engine.assess(contextFromChart(facts))) {
            if (row.option == QLatin1String("statin_high"))
                modified = row.pgx.join(QLatin1Char(' '))
                               .contains(QLatin1String("SLCO1B1 poor_function"));
        }
        QVERIFY(modified);
        facts.genotypes.clear();
        for (const OptionRow &row : engine.assess(contextFromChart(facts))) {
            if (row.option == QLatin1String("statin_high"))
                QVERIFY(row.pgx.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestChartContext)
#include "tst_chartcontext.moc"
