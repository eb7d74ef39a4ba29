// SPDX-License-Identifier: GPL-3.0-or-later
// Genotype-based drug recommendations (issue #11): the shipped resources/genomics/
// recommendations.json is validated at build, and each rule has a case that fires, one that
// does not and a boundary case. Expected values and the table they come from:
// - DPYD: Amstutz U et al., Clin Pharmacol Ther 2018;103:210-216 (CPIC 2017), Table 2:
//   activity score 2 usual dose (strong); 1 -> 50 % reduction (strong); 1.5 -> 50 % after
//   CPIC's post-publication update (25-50 % in the 2017 table; moderate); 0.5 and 0 -> avoid
//   (strong).
// - TPMT, NUDT15: Relling MV et al., Clin Pharmacol Ther 2019;105:1095-1105 (CPIC 2018),
//   Tables 2 and 3: intermediate -> 30-80 % of the usual mercaptopurine start; March 2024
//   update (cpicpgx.org): intermediate for both genes -> 20-50 %; strength and threshold per
//   drug from CPIC's combined records after the 2025 update (PMID 41618934), read in the fork
//   phonegor95/PharmCAT (commit 1697910573cc67fb5d8a59d3763ca7e4aeb49cbe),
//   src/main/resources/org/pharmgkb/pharmcat/reporter/prescribing_guidance.json.
// - UGT1A1: Hulshof EC et al., Eur J Hum Genet 2023;31:982-987 (DPWG 2022), Table 2: poor
//   metaboliser -> 70 % starting dose, intermediate -> no action; FDA Camptosar label: *28
//   homozygotes -> consider at least one dose level lower.
// - cellsMatchTheSourceRecords: each cell against the recommendation record that transcribes the
//   guideline's table (record ids named per row): PharmGKB guideline annotations PA166104945
//   (mercaptopurine), PA166104933 (azathioprine), PA166104965 (thioguanine), PA166122686
//   (fluorouracil), PA166109594 (capecitabine), PA166104951 (DPWG irinotecan), as shipped in
//   PharmGKB/PharmCAT v2.12.0, commit 0585c2992625891a26b96a80e87ffcfdcb8f288a,
//   src/main/resources/org/pharmgkb/pharmcat/reporter/guidelines/ (data version 2024-03-25).
#include "core/genomics/PgxRecommendations.h"
#include "core/genomics/RecommendationText.h"

#include <QTest>

using namespace precis;
using namespace precis::genomics;

namespace {

std::vector<PgxRecommendation> forDrug(const std::vector<PgxRecommendation> &all,
                                       const QString &drug)
{
    std::vector<PgxRecommendation> out;
    for (const PgxRecommendation &r : all) {
        if (r.drug == drug)
            out.push_back(r);
    }
    return out;
}

} // namespace

class TestPgxRecommendations : public QObject
{
    Q_OBJECT

    RecommendationTable m_table;

    std::vector<PgxRecommendation> run(const std::vector<GenePhenotype> &results,
                                       const QString &drug)
    {
        return forDrug(recommendPgx(m_table, results), drug);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto table = shippedRecommendations();
        QVERIFY2(table.has_value(), qPrintable(table ? QString() : table.error().message()));
        m_table = *table;
    }

    // The data file: every record names a known source, the source a year and citation, and a
    // verification statement (checked by parseRecommendations); the drugs the issue names are
    // all present.
    void shippedTableCoversTheIssueDrugs()
    {
        QVERIFY(m_table.format == 1);
        QVERIFY(!m_table.dataVersion.isEmpty());
        for (const char *drug : {"fluorouracil",
                                 "capecitabine",
                                 "azathioprine",
                                 "mercaptopurine",
                                 "thioguanine",
                                 "irinotecan",
                                 "clopidogrel",
                                 "simvastatin",
                                 "rosuvastatin",
                                 "fluvastatin",
                                 "warfarin"}) {
            bool found = false;
            for (const RecommendationRecord &r : m_table.records)
                found = found || r.drug == QLatin1String(drug);
            QVERIFY2(found, drug);
        }
        QCOMPARE(m_table.sources.value(QStringLiteral("dpwg_ugt1a1_2022")).body,
                 QStringLiteral("DPWG"));
        QCOMPARE(m_table.sources.value(QStringLiteral("cpic_dpyd_2017")).doi,
                 QStringLiteral("10.1002/cpt.911"));
    }

    // Every action and classification of the shipped file has a translatable copy (the GUI
    // shows them in the user's language); an unknown text has none.
    void everyTextTranslatable()
    {
        for (const RecommendationRecord &r : m_table.records) {
            QVERIFY2(recommendationTextSource(r.action), qPrintable(r.id));
            QVERIFY2(recommendationTextSource(r.classification), qPrintable(r.id));
            QCOMPARE(QString::fromUtf8(recommendationTextSource(r.action)), r.action);
        }
        QVERIFY(recommendationTextSource(QStringLiteral("not a listed text")) == nullptr);
    }

    void schemaRejectsBadRecords_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        const QByteArray src = R"("sources":{"s":{"body":"CPIC","year":2018,"citation":"c"}})";
        QTest::newRow("format") << QByteArray(R"({"format":2,"dataVersion":"1",)" + src
                                              + R"(,"recommendations":[]})")
                                << QStringLiteral("format");
        QTest::newRow("unknown source")
            << QByteArray(R"({"format":1,"dataVersion":"1",)" + src
                          + R"(,"recommendations":[{"id":"a","drug":"x","action":"y",)"
                            R"("classification":"strong","source":"t","table":"T2",)"
                            R"("verification":"v","when":[{"gene":"TPMT","phenotypes":["P"]}]}]})")
            << QStringLiteral("record 1 (a): source");
        QTest::newRow("missing action")
            << QByteArray(R"({"format":1,"dataVersion":"1",)" + src
                          + R"(,"recommendations":[{"id":"a","drug":"x",)"
                            R"("classification":"strong","source":"s","table":"T2",)"
                            R"("verification":"v","when":[{"gene":"TPMT","phenotypes":["P"]}]}]})")
            << QStringLiteral("record 1 (a): action");
        QTest::newRow("empty when")
            << QByteArray(R"({"format":1,"dataVersion":"1",)" + src
                          + R"(,"recommendations":[{"id":"a","drug":"x","action":"y",)"
                            R"("classification":"strong","source":"s","table":"T2",)"
                            R"("verification":"v","when":[]}]})")
            << QStringLiteral("record 1 (a): when");
    }

    void schemaRejectsBadRecords()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        const auto table = parseRecommendations(json);
        QVERIFY(!table.has_value());
        QCOMPARE(table.error().code, ErrorCode::InvalidInput);
        QCOMPARE(table.error().field, field);
    }

    // DPYD, CPIC 2017 Table 2 (fires: activity score 1; does not fire: 2; boundary: 1.5, the
    // band whose reduction the post-publication update changed to 50 %).
    void dpydActivityScoreBands()
    {
        auto r = run({{QStringLiteral("DPYD"),
                       QStringLiteral("Intermediate Metabolizer"),
                       QStringLiteral("1"),
                       {}}},
                     QStringLiteral("capecitabine"));
        QCOMPARE(r.size(), std::size_t{1}); // the activity-score record replaces the generic one
        QCOMPARE(r[0].recordId, QStringLiteral("dpyd_as1_capecitabine"));
        QVERIFY(r[0].action.contains(QLatin1String("50 %")));
        QCOMPARE(r[0].classification, QStringLiteral("strong"));
        QCOMPARE(r[0].body, QStringLiteral("CPIC"));
        QCOMPARE(r[0].table, QStringLiteral("Table 2"));

        r = run({{QStringLiteral("DPYD"),
                  QStringLiteral("Normal Metabolizer"),
                  QStringLiteral("2"),
                  {}}},
                QStringLiteral("fluorouracil"));
        QCOMPARE(r.size(), std::size_t{1});
        QCOMPARE(r[0].recordId, QStringLiteral("dpyd_as2_fluorouracil"));
        QVERIFY(!r[0].action.contains(QLatin1String("reduc")));

        r = run({{QStringLiteral("DPYD"),
                  QStringLiteral("Intermediate Metabolizer"),
                  QStringLiteral("1.5"),
                  {}}},
                QStringLiteral("fluorouracil"));
        QCOMPARE(r.size(), std::size_t{1});
        QCOMPARE(r[0].recordId, QStringLiteral("dpyd_as1.5_fluorouracil"));
        QVERIFY(r[0].action.contains(QLatin1String("50 %")));
        QCOMPARE(r[0].classification, QStringLiteral("moderate"));
        QCOMPARE(r[0].text(),
                 QStringLiteral("DPYD Intermediate Metabolizer (activity score 1.5): %1 (CPIC "
                                "2017, moderate)")
                     .arg(r[0].action));
    }

    // DPYD poor metabolizer, Table 2: activity score 0.5 keeps the "no alternative" escape,
    // 0 does not.
    void dpydPoorMetabolizer()
    {
        auto r = run({{QStringLiteral("DPYD"),
                       QStringLiteral("Poor Metabolizer"),
                       QStringLiteral("0.5"),
                       {}}},
                     QStringLiteral("capecitabine"));
        QCOMPARE(r.size(), std::size_t{1});
        QVERIFY(r[0].action.startsWith(QLatin1String("avoid")));
        QVERIFY(r[0].action.contains(QLatin1String("monitoring")));
        r = run(
            {{QStringLiteral("DPYD"), QStringLiteral("Poor Metabolizer"), QStringLiteral("0"), {}}},
            QStringLiteral("capecitabine"));
        QCOMPARE(r.size(), std::size_t{1});
        QCOMPARE(r[0].recordId, QStringLiteral("dpyd_as0_capecitabine"));
        QVERIFY(!r[0].action.contains(QLatin1String("monitoring")));
    }

    // Missing data is never normal: an Indeterminate DPYD names the untested positions.
    void indeterminateNamesPositions()
    {
        const auto r = run({{QStringLiteral("DPYD"),
                             QStringLiteral("Indeterminate"),
                             QString(),
                             {QStringLiteral("rs3918290"), QStringLiteral("rs55886062")}}},
                           QStringLiteral("fluorouracil"));
        QCOMPARE(r.size(), std::size_t{1});
        QVERIFY(!r[0].determined);
        QCOMPARE(r[0].action,
                 QStringLiteral("no genotype-based recommendation: DPYD phenotype not "
                                "determined; positions rs3918290, rs55886062 would settle it"));
        QVERIFY(r[0].recordId.isEmpty());
        // An empty phenotype is the same, never a normal-metabolizer record.
        const auto e = run({{QStringLiteral("DPYD"), QString(), QString(), {}}},
                           QStringLiteral("capecitabine"));
        QCOMPARE(e.size(), std::size_t{1});
        QVERIFY(!e[0].determined);
    }

    // TPMT and NUDT15, CPIC 2018 Tables 2-3 and the March 2024 update (fires: TPMT
    // intermediate alone -> 30-80 %; does not fire: both normal; boundary: both intermediate
    // -> the combined 20-50 % record replaces the two single-gene ones).
    void thiopurinesSingleAndCombined()
    {
        auto r = run({{QStringLiteral("TPMT"), QStringLiteral("Intermediate Metabolizer"), {}, {}},
                      {QStringLiteral("NUDT15"), QStringLiteral("Normal Metabolizer"), {}, {}}},
                     QStringLiteral("mercaptopurine"));
        QCOMPARE(r.size(), std::size_t{2}); // TPMT's reduction and NUDT15's usual dose
        QCOMPARE(r[0].recordId, QStringLiteral("tpmt_im_mercaptopurine"));
        QVERIFY(r[0].action.contains(QLatin1String("30-80 %")));
        QCOMPARE(r[1].recordId, QStringLiteral("nudt15_nm_mercaptopurine"));

        r = run({{QStringLiteral("TPMT"), QStringLiteral("Normal Metabolizer"), {}, {}},
                 {QStringLiteral("NUDT15"), QStringLiteral("Normal Metabolizer"), {}, {}}},
                QStringLiteral("azathioprine"));
        QCOMPARE(r.size(), std::size_t{2});
        for (const PgxRecommendation &x : r)
            QVERIFY(x.action.startsWith(QLatin1String("usual starting dose")));

        r = run({{QStringLiteral("TPMT"), QStringLiteral("Intermediate Metabolizer"), {}, {}},
                 {QStringLiteral("NUDT15"),
                  QStringLiteral("Possible Intermediate Metabolizer"),
                  {},
                  {}}},
                QStringLiteral("thioguanine"));
        QCOMPARE(r.size(), std::size_t{1});
        QCOMPARE(r[0].recordId, QStringLiteral("tpmt_nudt15_im_thioguanine"));
        QVERIFY(r[0].action.contains(QLatin1String("20-50 %")));
        QCOMPARE(r[0].genes, (QStringList{QStringLiteral("TPMT"), QStringLiteral("NUDT15")}));
    }

    // One gene determined, the other not: the determined gene's record, and the other gene's
    // "not determined" entry (no silent normal).
    void thiopurinesOneGeneIndeterminate()
    {
        const auto r = run({{QStringLiteral("TPMT"), QStringLiteral("Poor Metabolizer"), {}, {}},
                            {QStringLiteral("NUDT15"),
                             QStringLiteral("Indeterminate"),
                             {},
                             {QStringLiteral("rs116855232")}}},
                           QStringLiteral("azathioprine"));
        QCOMPARE(r.size(), std::size_t{2});
        QVERIFY(!r[0].determined);
        QVERIFY(r[0].action.contains(QLatin1String("rs116855232")));
        // CPIC's April 2020 advice for an indeterminate NUDT15 is appended; still undetermined.
        QVERIFY(r[0].action.endsWith(QLatin1String(
            "; CPIC 2018: if a thiopurine is needed while NUDT15 status is unknown, monitor "
            "closely for toxicity")));
        QCOMPARE(r[0].recordId, QStringLiteral("nudt15_indeterminate_azathioprine"));
        QVERIFY(r[0].body.isEmpty());
        QCOMPARE(r[1].recordId, QStringLiteral("tpmt_pm_azathioprine"));
        QVERIFY(r[1].action.contains(QLatin1String("non-thiopurine")));
    }

    // UGT1A1 and irinotecan, DPWG 2022 Table 2 and the FDA label (fires: poor -> both
    // sources; does not fire: normal; boundary: intermediate, DPWG "no action").
    void irinotecanDpwgAndFda()
    {
        auto r = run({{QStringLiteral("UGT1A1"), QStringLiteral("Poor Metabolizer"), {}, {}}},
                     QStringLiteral("irinotecan"));
        QCOMPARE(r.size(), std::size_t{2});
        QCOMPARE(r[0].body, QStringLiteral("DPWG"));
        QVERIFY(r[0].action.contains(QLatin1String("70 %")));
        QCOMPARE(r[1].body, QStringLiteral("FDA"));
        QVERIFY(r[1].action.contains(QLatin1String("one dose level")));
        for (const PgxRecommendation &x : r)
            QVERIFY(!x.text().contains(QLatin1String("CPIC")));

        r = run({{QStringLiteral("UGT1A1"), QStringLiteral("Normal Metabolizer"), {}, {}}},
                QStringLiteral("irinotecan"));
        QCOMPARE(r.size(), std::size_t{1});
        QVERIFY(!r[0].action.contains(QLatin1String("70 %")));

        r = run({{QStringLiteral("UGT1A1"), QStringLiteral("Intermediate Metabolizer"), {}, {}}},
                QStringLiteral("irinotecan"));
        QCOMPARE(r.size(), std::size_t{1});
        QCOMPARE(r[0].recordId, QStringLiteral("ugt1a1_im_irinotecan"));
        QVERIFY(r[0].action.contains(QLatin1String("no dose change")));
    }

    // Each cell against its source record (see the file header for the repository, path and
    // commit). Rows: the results ("GENE=phenotype" or "GENE=phenotype=activity score"), the drug,
    // the Precis record expected, its classification (the record's), texts the action must
    // contain and texts it must not (the wording before the check, so that a reverted cell
    // fails).
    void cellsMatchTheSourceRecords_data()
    {
        QTest::addColumn<QStringList>("results");
        QTest::addColumn<QString>("drug");
        QTest::addColumn<QString>("record");
        QTest::addColumn<QString>("classification");
        QTest::addColumn<QStringList>("contains");
        QTest::addColumn<QStringList>("absent");
        const QString tpmtNm = QStringLiteral("TPMT=Normal Metabolizer");
        const QString nudtNm = QStringLiteral("NUDT15=Normal Metabolizer");
        // Single-gene intermediate (the other gene normal), CPIC's records after the 2025 update
        // (PMID 41618934), PharmGKB guideline annotations PA166104965 and PA166104933 as copied
        // into the fork phonegor95/PharmCAT (commit 1697910573cc67fb5d8a59d3763ca7e4aeb49cbe),
        // src/main/resources/org/pharmgkb/pharmcat/reporter/prescribing_guidance.json (moderate
        // trust): thioguanine 30-80 % if the usual start is at least 40 mg/m2/day, moderate
        // (PA166298559 TPMT IM, PA166298553 TPMT possible IM, PA166298564 NUDT15 IM, PA166298567
        // NUDT15 possible IM; until data version 2026-12-07.4 50-80 % at 40-60 mg/m2/day);
        // azathioprine 30-80 % if it is at least 2 mg/kg/day, strong (PA166297271 TPMT IM,
        // PA166297264 TPMT possible IM, PA166297276 NUDT15 IM, PA166297280 NUDT15 possible IM;
        // until 2026-12-07.4 "2-3 mg/kg/day").
        const QStringList tg1{"at least 40 mg/m2/day", "30-80 % of it", "2-4 weeks"};
        const QStringList tg1Old{"40-60 mg/m2/day", "50-80 %"};
        const QStringList aza1{"at least 2 mg/kg/day", "30-80 % of it", "2-4 weeks"};
        const QStringList aza1Old{"2-3 mg/kg/day"};
        QTest::newRow("PA166298559 thioguanine TPMT IM")
            << QStringList{QStringLiteral("TPMT=Intermediate Metabolizer"), nudtNm} << "thioguanine"
            << "tpmt_im_thioguanine"
            << "moderate" << tg1 << tg1Old;
        QTest::newRow("PA166298553 thioguanine TPMT possible IM")
            << QStringList{QStringLiteral("TPMT=Possible Intermediate Metabolizer"), nudtNm}
            << "thioguanine"
            << "tpmt_im_thioguanine"
            << "moderate" << tg1 << tg1Old;
        QTest::newRow("PA166298564 thioguanine NUDT15 IM")
            << QStringList{tpmtNm, QStringLiteral("NUDT15=Intermediate Metabolizer")}
            << "thioguanine"
            << "nudt15_im_thioguanine"
            << "moderate" << tg1 << tg1Old;
        QTest::newRow("PA166298567 thioguanine NUDT15 possible IM")
            << QStringList{tpmtNm, QStringLiteral("NUDT15=Possible Intermediate Metabolizer")}
            << "thioguanine"
            << "nudt15_im_thioguanine"
            << "moderate" << tg1 << tg1Old;
        // Mercaptopurine intermediate: 30-80 %, strong (PA166298220 TPMT possible intermediate).
        QTest::newRow("PA166298220 mercaptopurine TPMT possible IM")
            << QStringList{QStringLiteral("TPMT=Possible Intermediate Metabolizer"), nudtNm}
            << "mercaptopurine"
            << "tpmt_im_mercaptopurine"
            << "strong" << QStringList{"30-80 %", "75 mg/m2/day or 1.5 mg/kg/day"} << QStringList{};
        QTest::newRow("PA166297271 azathioprine TPMT IM")
            << QStringList{QStringLiteral("TPMT=Intermediate Metabolizer"), nudtNm}
            << "azathioprine"
            << "tpmt_im_azathioprine"
            << "strong" << aza1 << aza1Old;
        QTest::newRow("PA166297264 azathioprine TPMT possible IM")
            << QStringList{QStringLiteral("TPMT=Possible Intermediate Metabolizer"), nudtNm}
            << "azathioprine"
            << "tpmt_im_azathioprine"
            << "strong" << aza1 << aza1Old;
        QTest::newRow("PA166297276 azathioprine NUDT15 IM")
            << QStringList{tpmtNm, QStringLiteral("NUDT15=Intermediate Metabolizer")}
            << "azathioprine"
            << "nudt15_im_azathioprine"
            << "strong" << aza1 << aza1Old;
        QTest::newRow("PA166297280 azathioprine NUDT15 possible IM")
            << QStringList{tpmtNm, QStringLiteral("NUDT15=Possible Intermediate Metabolizer")}
            << "azathioprine"
            << "nudt15_im_azathioprine"
            << "strong" << aza1 << aza1Old;
        // Poor metabolizers with the other gene normal, strong. Mercaptopurine TPMT PM tenfold
        // and three times a week (PA166298223, CPIC 2018 as shipped in PharmCAT v2.12.0).
        // From data version 2026-12-07.6 CPIC's single-gene poor records after the 2025 update
        // (PMID 41618934), read in the fork phonegor95/PharmCAT (commit
        // 1697910573cc67fb5d8a59d3763ca7e4aeb49cbe), src/main/resources/org/pharmgkb/pharmcat/
        // reporter/prescribing_guidance.json: azathioprine TPMT PM (PA166297284) and NUDT15 PM
        // (PA166297279) only "consider alternative nonthiopurine immunosuppressant therapy"
        // (until 2026-12-07.5 a tenfold malignancy dose too); mercaptopurine NUDT15 PM
        // (PA166298228) the tenfold thrice-weekly start of TPMT PM (until then 10 mg/m2/day);
        // thioguanine TPMT PM (PA166298572) and NUDT15 PM (PA166298566) tenfold lower thrice
        // weekly with no non-malignant clause (until then NUDT15 25 %, and both a
        // non-thiopurine immunosuppressant for non-malignant disease).
        QTest::newRow("PA166298223 mercaptopurine TPMT PM")
            << QStringList{QStringLiteral("TPMT=Poor Metabolizer"), nudtNm} << "mercaptopurine"
            << "tpmt_pm_mercaptopurine"
            << "strong"
            << QStringList{"tenfold", "three times a week", "non-thiopurine immunosuppressant"}
            << QStringList{};
        QTest::newRow("PA166297284 azathioprine TPMT PM")
            << QStringList{QStringLiteral("TPMT=Poor Metabolizer"), nudtNm} << "azathioprine"
            << "tpmt_pm_azathioprine"
            << "strong" << QStringList{"consider a non-thiopurine immunosuppressant"}
            << QStringList{"tenfold", "malignancy"};
        QTest::newRow("PA166298572 thioguanine TPMT PM")
            << QStringList{QStringLiteral("TPMT=Poor Metabolizer"), nudtNm} << "thioguanine"
            << "tpmt_pm_thioguanine"
            << "strong"
            << QStringList{"cut the daily dose tenfold",
                           "three times a week instead of daily",
                           "4-6 weeks"}
            << QStringList{"non-malignant", "non-thiopurine", "alternative agent"};
        QTest::newRow("PA166298228 mercaptopurine NUDT15 PM")
            << QStringList{tpmtNm, QStringLiteral("NUDT15=Poor Metabolizer")} << "mercaptopurine"
            << "nudt15_pm_mercaptopurine"
            << "strong"
            << QStringList{"malignancy: cut the daily dose tenfold",
                           "three times a week instead of daily",
                           "10 mg/m2/day on 3 days a week",
                           "4-6 weeks",
                           "non-malignant disease: consider a non-thiopurine immunosuppressant"}
            << QStringList{"start at 10 mg/m2/day"};
        QTest::newRow("PA166297279 azathioprine NUDT15 PM")
            << QStringList{tpmtNm, QStringLiteral("NUDT15=Poor Metabolizer")} << "azathioprine"
            << "nudt15_pm_azathioprine"
            << "strong" << QStringList{"consider a non-thiopurine immunosuppressant"}
            << QStringList{"tenfold", "malignancy"};
        QTest::newRow("PA166298566 thioguanine NUDT15 PM")
            << QStringList{tpmtNm, QStringLiteral("NUDT15=Poor Metabolizer")} << "thioguanine"
            << "nudt15_pm_thioguanine"
            << "strong"
            << QStringList{"cut the daily dose tenfold",
                           "three times a week instead of daily",
                           "4-6 weeks"}
            << QStringList{"25 %", "non-malignant", "non-thiopurine", "alternative agent"};
        // TPMT and NUDT15 both intermediate (or possible intermediate): CPIC's combined records
        // after the 2025 update (PMID 41618934), PharmGKB guideline annotations PA166104945,
        // PA166104933, PA166104965 as copied into the fork phonegor95/PharmCAT (commit
        // 1697910573cc67fb5d8a59d3763ca7e4aeb49cbe), src/main/resources/org/pharmgkb/pharmcat/
        // reporter/prescribing_guidance.json: 20-50 % above each drug's threshold; mercaptopurine
        // strong (PA166298215 IM x IM, PA166298234 IM x possible IM, PA166298214 possible IM x
        // IM, PA166298233 possible IM x possible IM), azathioprine moderate (PA166297269,
        // PA166297273, PA166297262, PA166297266), thioguanine moderate (PA166298558,
        // PA166298561, PA166298552, PA166298555).
        const QString tpmtIm = QStringLiteral("TPMT=Intermediate Metabolizer");
        const QString tpmtPim = QStringLiteral("TPMT=Possible Intermediate Metabolizer");
        const QString nudtIm = QStringLiteral("NUDT15=Intermediate Metabolizer");
        const QString nudtPim = QStringLiteral("NUDT15=Possible Intermediate Metabolizer");
        const QStringList mp{
            "20-50 % of it", "at least 75 mg/m2/day or 1.5 mg/kg/day", "2-4 weeks"};
        const QStringList aza{"20-50 % of it", "at least 2 mg/kg/day", "2-4 weeks"};
        const QStringList tg{"20-50 % of it", "at least 40 mg/m2/day", "2-4 weeks"};
        const QStringList old{"2024 update", "of the usual dose"};
        QTest::newRow("PA166298215 mercaptopurine TPMT IM, NUDT15 IM")
            << QStringList{tpmtIm, nudtIm} << "mercaptopurine"
            << "tpmt_nudt15_im_mercaptopurine"
            << "strong" << mp << old;
        QTest::newRow("PA166298234 mercaptopurine TPMT IM, NUDT15 possible IM")
            << QStringList{tpmtIm, nudtPim} << "mercaptopurine"
            << "tpmt_nudt15_im_mercaptopurine"
            << "strong" << mp << old;
        QTest::newRow("PA166298214 mercaptopurine TPMT possible IM, NUDT15 IM")
            << QStringList{tpmtPim, nudtIm} << "mercaptopurine"
            << "tpmt_nudt15_im_mercaptopurine"
            << "strong" << mp << old;
        QTest::newRow("PA166298233 mercaptopurine TPMT possible IM, NUDT15 possible IM")
            << QStringList{tpmtPim, nudtPim} << "mercaptopurine"
            << "tpmt_nudt15_im_mercaptopurine"
            << "strong" << mp << old;
        QTest::newRow("PA166297269 azathioprine TPMT IM, NUDT15 IM")
            << QStringList{tpmtIm, nudtIm} << "azathioprine"
            << "tpmt_nudt15_im_azathioprine"
            << "moderate" << aza << old;
        QTest::newRow("PA166297273 azathioprine TPMT IM, NUDT15 possible IM")
            << QStringList{tpmtIm, nudtPim} << "azathioprine"
            << "tpmt_nudt15_im_azathioprine"
            << "moderate" << aza << old;
        QTest::newRow("PA166297262 azathioprine TPMT possible IM, NUDT15 IM")
            << QStringList{tpmtPim, nudtIm} << "azathioprine"
            << "tpmt_nudt15_im_azathioprine"
            << "moderate" << aza << old;
        QTest::newRow("PA166297266 azathioprine TPMT possible IM, NUDT15 possible IM")
            << QStringList{tpmtPim, nudtPim} << "azathioprine"
            << "tpmt_nudt15_im_azathioprine"
            << "moderate" << aza << old;
        QTest::newRow("PA166298558 thioguanine TPMT IM, NUDT15 IM")
            << QStringList{tpmtIm, nudtIm} << "thioguanine"
            << "tpmt_nudt15_im_thioguanine"
            << "moderate" << tg << old;
        QTest::newRow("PA166298561 thioguanine TPMT IM, NUDT15 possible IM")
            << QStringList{tpmtIm, nudtPim} << "thioguanine"
            << "tpmt_nudt15_im_thioguanine"
            << "moderate" << tg << old;
        QTest::newRow("PA166298552 thioguanine TPMT possible IM, NUDT15 IM")
            << QStringList{tpmtPim, nudtIm} << "thioguanine"
            << "tpmt_nudt15_im_thioguanine"
            << "moderate" << tg << old;
        QTest::newRow("PA166298555 thioguanine TPMT possible IM, NUDT15 possible IM")
            << QStringList{tpmtPim, nudtPim} << "thioguanine"
            << "tpmt_nudt15_im_thioguanine"
            << "moderate" << tg << old;
        // One gene poor, the other intermediate, possible intermediate or poor: CPIC's combined
        // records after the 2025 update, read where the rows above were (moderate trust), all
        // strong, one record in place of the two single-gene ones: azathioprine a non-thiopurine
        // immunosuppressant; mercaptopurine tenfold lower three times a week for malignancy, a
        // non-thiopurine immunosuppressant otherwise; thioguanine tenfold lower three times a
        // week (no non-malignant clause in its records).
        const QString tpmtPm = QStringLiteral("TPMT=Poor Metabolizer");
        const QString nudtPm = QStringLiteral("NUDT15=Poor Metabolizer");
        const QStringList azaPm{"poor for TPMT or NUDT15", "non-thiopurine immunosuppressant"};
        const QStringList mpPm{"poor for TPMT or NUDT15",
                               "tenfold",
                               "three times a week",
                               "10 mg/m2/day on 3 days a week",
                               "4-6 weeks",
                               "non-thiopurine immunosuppressant"};
        const QStringList tgPm{
            "poor for TPMT or NUDT15", "tenfold", "three times a week", "4-6 weeks"};
        const QStringList pmOld{"30-80 %", "20-50 %", "start at 10 mg/m2/day", "25 %"};
        QTest::newRow("PA166297272 azathioprine TPMT IM, NUDT15 PM")
            << QStringList{tpmtIm, nudtPm} << "azathioprine"
            << "tpmt_nudt15_pm_azathioprine"
            << "strong" << azaPm << pmOld;
        QTest::newRow("PA166297265 azathioprine TPMT possible IM, NUDT15 PM")
            << QStringList{tpmtPim, nudtPm} << "azathioprine"
            << "tpmt_nudt15_pm_azathioprine"
            << "strong" << azaPm << pmOld;
        QTest::newRow("PA166297286 azathioprine TPMT PM, NUDT15 PM")
            << QStringList{tpmtPm, nudtPm} << "azathioprine"
            << "tpmt_nudt15_pm_azathioprine"
            << "strong" << azaPm << pmOld;
        QTest::newRow("PA166297283 azathioprine TPMT PM, NUDT15 IM")
            << QStringList{tpmtPm, nudtIm} << "azathioprine"
            << "tpmt_pm_nudt15_im_azathioprine"
            << "strong" << azaPm << pmOld;
        QTest::newRow("PA166297287 azathioprine TPMT PM, NUDT15 possible IM")
            << QStringList{tpmtPm, nudtPim} << "azathioprine"
            << "tpmt_pm_nudt15_im_azathioprine"
            << "strong" << azaPm << pmOld;
        QTest::newRow("PA166298227 mercaptopurine TPMT IM, NUDT15 PM")
            << QStringList{tpmtIm, nudtPm} << "mercaptopurine"
            << "tpmt_nudt15_pm_mercaptopurine"
            << "strong" << mpPm << pmOld;
        QTest::newRow("PA166298226 mercaptopurine TPMT possible IM, NUDT15 PM")
            << QStringList{tpmtPim, nudtPm} << "mercaptopurine"
            << "tpmt_nudt15_pm_mercaptopurine"
            << "strong" << mpPm << pmOld;
        QTest::newRow("PA166298229 mercaptopurine TPMT PM, NUDT15 PM")
            << QStringList{tpmtPm, nudtPm} << "mercaptopurine"
            << "tpmt_nudt15_pm_mercaptopurine"
            << "strong" << mpPm << pmOld;
        QTest::newRow("PA166298217 mercaptopurine TPMT PM, NUDT15 IM")
            << QStringList{tpmtPm, nudtIm} << "mercaptopurine"
            << "tpmt_pm_nudt15_im_mercaptopurine"
            << "strong" << mpPm << pmOld;
        QTest::newRow("PA166298236 mercaptopurine TPMT PM, NUDT15 possible IM")
            << QStringList{tpmtPm, nudtPim} << "mercaptopurine"
            << "tpmt_pm_nudt15_im_mercaptopurine"
            << "strong" << mpPm << pmOld;
        QTest::newRow("PA166298560 thioguanine TPMT IM, NUDT15 PM")
            << QStringList{tpmtIm, nudtPm} << "thioguanine"
            << "tpmt_nudt15_pm_thioguanine"
            << "strong" << tgPm << pmOld;
        QTest::newRow("PA166298554 thioguanine TPMT possible IM, NUDT15 PM")
            << QStringList{tpmtPim, nudtPm} << "thioguanine"
            << "tpmt_nudt15_pm_thioguanine"
            << "strong" << tgPm << pmOld;
        QTest::newRow("PA166298573 thioguanine TPMT PM, NUDT15 PM")
            << QStringList{tpmtPm, nudtPm} << "thioguanine"
            << "tpmt_nudt15_pm_thioguanine"
            << "strong" << tgPm << pmOld;
        QTest::newRow("PA166298571 thioguanine TPMT PM, NUDT15 IM")
            << QStringList{tpmtPm, nudtIm} << "thioguanine"
            << "tpmt_pm_nudt15_im_thioguanine"
            << "strong" << tgPm << pmOld;
        QTest::newRow("PA166298574 thioguanine TPMT PM, NUDT15 possible IM")
            << QStringList{tpmtPm, nudtPim} << "thioguanine"
            << "tpmt_pm_nudt15_im_thioguanine"
            << "strong" << tgPm << pmOld;
        // Normal: the usual start, strong (PA166298565 thioguanine, TPMT and NUDT15 normal).
        QTest::newRow("PA166298565 thioguanine normal")
            << QStringList{tpmtNm, nudtNm} << "thioguanine"
            << "tpmt_nm_thioguanine"
            << "strong" << QStringList{"usual starting dose"} << QStringList{"%"};
        // DPYD (PA166297897 and PA166297852: activity score 1.5 -> 50 %, moderate;
        // PA166297898: 1 -> 50 %, strong, c.2846A>T homozygotes possibly more; PA166297902: 0.5
        // -> avoid, strong).
        QTest::newRow("PA166297897 fluorouracil DPYD 1.5")
            << QStringList{"DPYD=Intermediate Metabolizer=1.5"} << "fluorouracil"
            << "dpyd_as1.5_fluorouracil"
            << "moderate" << QStringList{"50 % reduction"} << QStringList{"25"};
        QTest::newRow("PA166297852 capecitabine DPYD 1.5")
            << QStringList{"DPYD=Intermediate Metabolizer=1.5"} << "capecitabine"
            << "dpyd_as1.5_capecitabine"
            << "moderate" << QStringList{"50 % reduction"} << QStringList{"25"};
        QTest::newRow("PA166297898 fluorouracil DPYD 1")
            << QStringList{"DPYD=Intermediate Metabolizer=1"} << "fluorouracil"
            << "dpyd_as1_fluorouracil"
            << "strong" << QStringList{"50 % reduction", "c.2846A>T homozygotes"} << QStringList{};
        QTest::newRow("PA166297902 capecitabine DPYD 0.5")
            << QStringList{"DPYD=Poor Metabolizer=0.5"} << "capecitabine"
            << "dpyd_as0.5_capecitabine"
            << "strong" << QStringList{"avoid", "strongly reduced dose"} << QStringList{};
        // UGT1A1 and irinotecan, DPWG: poor -> 70 % (PA166299191); normal -> DPWG gives no
        // recommendation (PA166299188, "No recommendation").
        QTest::newRow("PA166299191 irinotecan UGT1A1 PM")
            << QStringList{"UGT1A1=Poor Metabolizer"} << "irinotecan"
            << "ugt1a1_pm_irinotecan_dpwg"
            << "DPWG: genotyping essential" << QStringList{"70 %", "neutrophil"} << QStringList{};
        QTest::newRow("PA166299188 irinotecan UGT1A1 NM")
            << QStringList{"UGT1A1=Normal Metabolizer"} << "irinotecan"
            << "ugt1a1_nm_irinotecan"
            << "DPWG: no recommendation" << QStringList{"no genotype-based change"}
            << QStringList{};
        // Statins (Cooper-DeHoff 2022, Table 2), records in PharmCAT v2.12.0 (commit 0585c29)
        // reporter/guidelines/CPIC_{lovastatin_and_SLCO1B1,rosuvastatin_and_ABCG2_SLCO1B1,
        // fluvastatin_and_CYP2C9_SLCO1B1}.json; the same cells as knowledge base 2026.4.
        QTest::newRow("PA166298191 lovastatin SLCO1B1 poor")
            << QStringList{"SLCO1B1=Poor Function"} << "lovastatin"
            << "slco1b1_pf_lovastatin"
            << "moderate" << QStringList{"another statin"} << QStringList{"20 mg"};
        QTest::newRow("PA166298190 lovastatin SLCO1B1 decreased")
            << QStringList{"SLCO1B1=Decreased Function"} << "lovastatin"
            << "slco1b1_df_lovastatin"
            << "moderate" << QStringList{"another statin", "20 mg/day or less"} << QStringList{};
        QTest::newRow("PA166298470 rosuvastatin ABCG2 poor, SLCO1B1 normal")
            << QStringList{"ABCG2=Poor Function", "SLCO1B1=Normal Function"} << "rosuvastatin"
            << "abcg2_pf_slco1b1_nf_rosuvastatin"
            << "optional" << QStringList{"20 mg or less"} << QStringList{};
        QTest::newRow("PA166262321 rosuvastatin ABCG2 poor, SLCO1B1 decreased")
            << QStringList{"ABCG2=Poor Function", "SLCO1B1=Decreased Function"} << "rosuvastatin"
            << "abcg2_slco1b1_pf_rosuvastatin"
            << "optional" << QStringList{"10 mg or less"} << QStringList{};
        QTest::newRow("PA166297924 fluvastatin SLCO1B1 poor, CYP2C9 IM")
            << QStringList{"SLCO1B1=Poor Function", "CYP2C9=Intermediate Metabolizer"}
            << "fluvastatin"
            << "slco1b1_pf_cyp2c9_im_pm_fluvastatin"
            << "optional" << QStringList{"another statin"} << QStringList{"mg"};
        QTest::newRow("PA166297919 fluvastatin SLCO1B1 decreased, CYP2C9 PM")
            << QStringList{"SLCO1B1=Decreased Function", "CYP2C9=Poor Metabolizer"} << "fluvastatin"
            << "slco1b1_df_cyp2c9_pm_fluvastatin"
            << "optional" << QStringList{"another statin"} << QStringList{"mg"};
        QTest::newRow("PA166297905 fluvastatin SLCO1B1 decreased, CYP2C9 IM")
            << QStringList{"SLCO1B1=Possible Decreased Function",
                           "CYP2C9=Likely Intermediate Metabolizer"}
            << "fluvastatin"
            << "slco1b1_df_cyp2c9_im_fluvastatin"
            << "optional" << QStringList{"20 mg/day or less"} << QStringList{"another statin"};
    }

    // A combined SLCO1B1 x CYP2C9 (fluvastatin) or ABCG2 x SLCO1B1 (rosuvastatin) cell replaces
    // each gene's own cell: one recommendation, never two contradicting limits. Fires: SLCO1B1
    // poor with CYP2C9 poor; does not fire: CYP2C9 normal (the SLCO1B1 limit alone, PA166297917
    // <= 40 mg/day, moderate); boundary: SLCO1B1 decreased with CYP2C9 normal, no limit from
    // either gene (PA166297929).
    void statinCombinedCellsReplaceSingleGeneCells()
    {
        const auto one = [this](const QString &slco, const QString &cyp) {
            return run({{QStringLiteral("SLCO1B1"), slco, {}, {}},
                        {QStringLiteral("CYP2C9"), cyp, {}, {}}},
                       QStringLiteral("fluvastatin"));
        };
        auto r = one(QStringLiteral("Poor Function"), QStringLiteral("Poor Metabolizer"));
        QCOMPARE(r.size(), std::size_t{1});
        QCOMPARE(r[0].recordId, QStringLiteral("slco1b1_pf_cyp2c9_im_pm_fluvastatin"));
        r = one(QStringLiteral("Poor Function"), QStringLiteral("Normal Metabolizer"));
        QCOMPARE(r.size(), std::size_t{2});
        QStringList actions;
        for (const PgxRecommendation &x : r)
            actions << x.action;
        QVERIFY2(actions.contains(QStringLiteral("start at 40 mg/day or less")),
                 qPrintable(actions.join(QLatin1String(" | "))));
        r = one(QStringLiteral("Decreased Function"), QStringLiteral("Normal Metabolizer"));
        for (const PgxRecommendation &x : r)
            QVERIFY2(x.action.startsWith(QLatin1String("no ")), qPrintable(x.action));
        r = run({{QStringLiteral("SLCO1B1"), QStringLiteral("Increased Function"), {}, {}},
                 {QStringLiteral("ABCG2"), QStringLiteral("Poor Function"), {}, {}}},
                QStringLiteral("rosuvastatin"));
        QCOMPARE(r.size(), std::size_t{1});
        QCOMPARE(r[0].classification, QStringLiteral("optional"));
    }

    void cellsMatchTheSourceRecords()
    {
        QFETCH(QStringList, results);
        QFETCH(QString, drug);
        QFETCH(QString, record);
        QFETCH(QString, classification);
        QFETCH(QStringList, contains);
        QFETCH(QStringList, absent);
        std::vector<GenePhenotype> in;
        for (const QString &r : results) {
            const QStringList f = r.split(QLatin1Char('='));
            in.push_back({f.at(0), f.at(1), f.size() > 2 ? f.at(2) : QString(), {}});
        }
        const PgxRecommendation *found = nullptr;
        const auto all = run(in, drug);
        for (const PgxRecommendation &x : all) {
            if (x.recordId == record)
                found = &x;
        }
        QVERIFY2(found, qPrintable(record));
        QVERIFY(found->determined);
        QCOMPARE(found->classification, classification);
        for (const QString &c : contains)
            QVERIFY2(found->action.contains(c),
                     qPrintable(found->action + QStringLiteral(" / ") + c));
        for (const QString &a : absent)
            QVERIFY2(!found->action.contains(a),
                     qPrintable(found->action + QStringLiteral(" / ") + a));
        QVERIFY2(found->verification.contains(QLatin1String("verified")),
                 qPrintable(found->verification));
        QVERIFY(!found->verification.contains(QLatin1String("not verified against the table")));
    }

    // Indeterminate TPMT or NUDT15: CPIC's records for an indeterminate phenotype (PA166298206
    // mercaptopurine TPMT, PA166297040 azathioprine NUDT15, PA166298545 thioguanine TPMT;
    // strong) advise red-cell TPMT activity and close monitoring; the entry stays undetermined.
    void indeterminateAdviceMatchesTheRecords()
    {
        auto r = run({{QStringLiteral("TPMT"),
                       QStringLiteral("Indeterminate"),
                       {},
                       {QStringLiteral("rs1142345")}},
                      {QStringLiteral("NUDT15"), QStringLiteral("Normal Metabolizer"), {}, {}}},
                     QStringLiteral("mercaptopurine"));
        QCOMPARE(r.size(), std::size_t{2});
        QVERIFY(!r[0].determined);
        QCOMPARE(r[0].recordId, QStringLiteral("tpmt_indeterminate_mercaptopurine"));
        QVERIFY(r[0].action.endsWith(
            QLatin1String("; CPIC 2018: consider measuring TPMT activity in red cells to settle "
                          "the phenotype; if a thiopurine is needed meanwhile, monitor closely for "
                          "toxicity")));
        QCOMPARE(r[0].classification, QStringLiteral("no recommendation"));
        for (const char *id : {"tpmt_indeterminate_mercaptopurine",
                               "tpmt_indeterminate_azathioprine",
                               "tpmt_indeterminate_thioguanine",
                               "nudt15_indeterminate_mercaptopurine",
                               "nudt15_indeterminate_azathioprine",
                               "nudt15_indeterminate_thioguanine"}) {
            bool seen = false;
            for (const RecommendationRecord &rec : m_table.records) {
                if (rec.id != QLatin1String(id))
                    continue;
                seen = true;
                QCOMPARE(rec.classification, QStringLiteral("strong"));
                QVERIFY(rec.action.contains(QLatin1String("monitor closely for toxicity")));
            }
            QVERIFY2(seen, id);
        }
    }

    // No thiopurine, DPYD or UGT1A1 cell is left "not verified against the table", and none
    // without a verified strength: the combined TPMT + NUDT15 rows, "strength not verified"
    // until data version 2026-12-07.4, carry the strength of CPIC's records after the 2025
    // update and name the records and the fork's copy they were read in (moderate trust).
    void noCellLeftUnverified()
    {
        int combined = 0;
        for (const RecommendationRecord &r : m_table.records) {
            const QString gene = r.when.front().gene;
            if (gene != QLatin1String("TPMT") && gene != QLatin1String("NUDT15")
                && gene != QLatin1String("DPYD") && gene != QLatin1String("UGT1A1"))
                continue;
            QVERIFY2(!r.verification.contains(QLatin1String("not verified against the table")),
                     qPrintable(r.id));
            QVERIFY2(r.classification != QLatin1String("strength not verified"), qPrintable(r.id));
            if (r.id.startsWith(QLatin1String("tpmt_nudt15_im_"))) {
                ++combined;
                QCOMPARE(r.source, QStringLiteral("cpic_thiopurines_2025"));
                QVERIFY2(
                    r.verification.contains(QLatin1String(
                        "phonegor95/PharmCAT (commit 1697910573cc67fb5d8a59d3763ca7e4aeb49cbe)")),
                    qPrintable(r.id));
                QVERIFY2(r.verification.contains(QLatin1String("moderate trust")),
                         qPrintable(r.id));
            }
        }
        QCOMPARE(combined, 3);
        QCOMPARE(m_table.sources.value(QStringLiteral("cpic_thiopurines_2025")).year, 2025);
        // The combined strengths were set in data version 2026-12-07.4, the azathioprine and
        // thioguanine single-gene intermediate cells of the 2025 update in 2026-12-07.5, the
        // single-gene poor cells in 2026-12-07.6; later versions keep them.
        QVERIFY2(m_table.dataVersion >= QLatin1String("2026-12-07.6"),
                 qPrintable(m_table.dataVersion));
        // 2026-12-07.6: the single-gene poor cells of the 2025 update too (mercaptopurine TPMT
        // poor kept its 2018 record, which reads the same).
        for (const char *id : {"tpmt_im_azathioprine",
                               "nudt15_im_azathioprine",
                               "tpmt_im_thioguanine",
                               "nudt15_im_thioguanine",
                               "tpmt_pm_azathioprine",
                               "nudt15_pm_azathioprine",
                               "nudt15_pm_mercaptopurine",
                               "tpmt_pm_thioguanine",
                               "nudt15_pm_thioguanine"}) {
            bool seen = false;
            for (const RecommendationRecord &r : m_table.records) {
                if (r.id != QLatin1String(id))
                    continue;
                seen = true;
                QCOMPARE(r.source, QStringLiteral("cpic_thiopurines_2025"));
                QVERIFY2(r.verification.contains(QLatin1String("moderate trust")), id);
                QVERIFY2(r.verification.contains(
                             QLatin1String("1697910573cc67fb5d8a59d3763ca7e4aeb49cbe")),
                         id);
            }
            QVERIFY2(seen, id);
        }
    }

    // Statins (CPIC 2022 Table 2): ABCG2 and SLCO1B1 both poor -> the rosuvastatin <= 10 mg
    // record replaces each gene's <= 20 mg.
    void rosuvastatinCombined()
    {
        auto r = run({{QStringLiteral("SLCO1B1"), QStringLiteral("Poor Function"), {}, {}},
                      {QStringLiteral("ABCG2"), QStringLiteral("Poor Function"), {}, {}}},
                     QStringLiteral("rosuvastatin"));
        QCOMPARE(r.size(), std::size_t{1});
        QVERIFY(r[0].action.contains(QLatin1String("10 mg")));
        r = run({{QStringLiteral("SLCO1B1"), QStringLiteral("Poor Function"), {}, {}},
                 {QStringLiteral("ABCG2"), QStringLiteral("Normal Function"), {}, {}}},
                QStringLiteral("rosuvastatin"));
        QCOMPARE(r.size(), std::size_t{2});
        QVERIFY(r[0].action.contains(QLatin1String("20 mg")));
    }

    // CYP4F2 has no CPIC phenotype (the caller prints "n/a"); the CPIC 2017 warfarin figure
    // raises the dose 5-10 % for *3 carriers (rs2108622 T, also part of *4). Fires: *1/*3;
    // does not fire: *1/*2; boundary: an unresolved call ("*1/*3 or *2/*4") is neither, so
    // the table has no recommendation for it (never the non-carrier one).
    void cyp4f2CarrierForWarfarin()
    {
        const auto cyp4f2 = [&](const char *diplotype) {
            std::vector<PgxRecommendation> out;
            for (const PgxRecommendation &r : run({{QStringLiteral("CYP4F2"),
                                                    QStringLiteral("n/a"),
                                                    {},
                                                    {},
                                                    QString::fromLatin1(diplotype)}},
                                                  QStringLiteral("warfarin"))) {
                out.push_back(r);
            }
            return out;
        };
        auto r = cyp4f2("*1/*3");
        QCOMPARE(r.size(), std::size_t{1});
        QCOMPARE(r[0].recordId, QStringLiteral("cyp4f2_star3_warfarin"));
        QVERIFY(r[0].action.contains(QLatin1String("5-10 %")));
        QCOMPARE(r[0].classification, QStringLiteral("optional"));
        r = cyp4f2("*1/*2");
        QCOMPARE(r.size(), std::size_t{1});
        QCOMPARE(r[0].recordId, QStringLiteral("cyp4f2_nonstar3_warfarin"));
        r = cyp4f2("*1/*3 or *2/*4");
        QCOMPARE(r.size(), std::size_t{1});
        QVERIFY(r[0].recordId.isEmpty());
        QVERIFY(r[0].action.startsWith(QLatin1String("no recommendation in Precis's table")));
        QCOMPARE(r[0].text(),
                 QStringLiteral("CYP4F2 n/a: no recommendation in Precis's table for this "
                                "phenotype; decide as if not tested"));
    }

    // A gene's drugs: only drugs whose records name the gene get an entry.
    void onlyConcernedDrugs()
    {
        const auto all = recommendPgx(
            m_table, {{QStringLiteral("UGT1A1"), QStringLiteral("Poor Metabolizer"), {}, {}}});
        for (const PgxRecommendation &r : all)
            QCOMPARE(r.drug, QStringLiteral("irinotecan"));
        QCOMPARE(drugsConcerned(m_table, QStringLiteral("DPYD")),
                 (QStringList{QStringLiteral("fluorouracil"), QStringLiteral("capecitabine")}));
    }
};

QTEST_GUILESS_MAIN(TestPgxRecommendations)
#include "tst_pgxrecommendations.moc"
