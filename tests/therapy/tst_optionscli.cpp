// SPDX-License-Identifier: GPL-3.0-or-later
// End to end: the built precis-cli options on small CSV files, with the real models.
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

const QString kCli = QStringLiteral(PRECIS_BINARY_DIR "/app/precis-cli");

const QByteArray kHeader = "id,option,eligible,rank,arr_pct,nnt,horizon_years,model,outcome,"
                           "guideline,class,level,citation,pgx_modifier,reason";

// Woman of 50 with the PREVENT README profile (SBP 160 treated, TC 200, HDL 45, diabetes,
// eGFR 90, BMI 35), LDL-C 120 mg/dL, heavy smoker, SLCO1B1 poor function; and a man with CKD.
const QByteArray kPeople
    = "id,age,sex,race,total_cholesterol,hdl_cholesterol,ldl_cholesterol[mmol/L],sbp,dbp,"
      "bp_treated,diabetes,smoking,egfr,bmi,uacr,kfre_region,medications,intolerances,"
      "pregnant,slco1b1\r\n"
      "w,50,female,white,200,45,3.1,160,95,1,type2,heavy,90,35,,,amlodipine,,0,poor_function\r\n"
      "m,60,male,white,180,50,,128,78,0,none,never,30,27,300,north_american,,,,\r\n";

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &args)
{
    QProcess process;
    process.start(kCli, args);
    if (!process.waitForStarted())
        return {};
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return Run{process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QList<QByteArray> lines(const QByteArray &csv)
{
    QList<QByteArray> result = csv.split('\n');
    if (!result.isEmpty() && result.last().isEmpty())
        result.removeLast();
    for (QByteArray &line : result)
        line = line.trimmed();
    return result;
}

/// Naive split: the tested cells come before the first quoted field.
QList<QByteArray> cells(const QByteArray &line)
{
    return line.split(',');
}

} // namespace

class TestOptionsCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return file.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(kCli), qPrintable(kCli));
        QVERIFY(m_dir.isValid());
    }

    void writesOneRowPerOption()
    {
        const QString in = write(QStringLiteral("people.csv"), kPeople);
        const QString out = m_dir.filePath(QStringLiteral("options.csv"));
        const Run run = cli(
            {QStringLiteral("options"), QStringLiteral("--in"), in, QStringLiteral("--out"), out});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = lines(file.readAll());
        QCOMPARE(rows.value(0), kHeader);
        // 15 implemented options per person; no review row (no statin, clopidogrel or
        // warfarin taken).
        QCOMPARE(rows.size(), 1 + 2 * 15);
        QByteArray statinHigh;
        QByteArray smoking;
        for (const QByteArray &row : rows) {
            if (row.startsWith("w,statin_moderate,"))
                statinHigh = row;
            if (row.startsWith("w,smoking_cessation,"))
                smoking = row;
        }
        // Diabetes at 40-75: moderate intensity (2018, I A); the SLCO1B1 modifier is shown.
        QVERIFY2(statinHigh.startsWith("w,statin_moderate,1,"), statinHigh.constData());
        QVERIFY(statinHigh.contains("SLCO1B1 poor_function: not simvastatin (CPIC 2022, strong)"));
        // Smoking cessation on PREVENT: a real ARR and NNT = ceil(100 / ARR).
        const QList<QByteArray> c = cells(smoking);
        QCOMPARE(c.value(2), QByteArray("1"));
        const double arr = c.value(4).toDouble();
        QVERIFY2(arr > 0, smoking.constData());
        QCOMPARE(c.value(5).toInt(), static_cast<int>(std::ceil(100.0 / arr)));
        QCOMPARE(c.value(7), QByteArray("prevent"));
        // The man: UACR 300 and eGFR 30 -> referral by ACR; KFRE computed (eGFR < 60).
        bool referral = false;
        for (const QByteArray &row : rows)
            referral = referral || row.startsWith("m,nephrology_referral,1,,,,5,kfre-4,");
        QVERIFY(referral);
    }

    // A man of 62 after ACS/PCI on clopidogrel and atorvastatin, CYP2C19 poor metabolizer,
    // VKORC1 GA, hypertension treated to 142/85, LDL-C 110 mg/dL: the new rows and columns.
    // CPIC 2022 clopidogrel Table 2 (ACS/PCI, poor: avoid clopidogrel, strong); ezetimibe
    // (2018 cholesterol guideline 4.1: clinical ASCVD, LDL-C >= 70 on a statin); bp_to_target
    // (2017 BP guideline 8.1.5: CVD, target < 130/80); the CPIC 2017 warfarin note on
    // oral_anticoagulation, which is not eligible (no AF).
    void genotypeRowsAndNewOptions()
    {
        const QByteArray csv
            = "id,age,sex,race,total_cholesterol,hdl_cholesterol,ldl_cholesterol,sbp,dbp,"
              "bp_treated,diabetes,smoking,egfr,bmi,cvd,hypertension,medications,acs_pci,cyp2c19,"
              "vkorc1\r\n"
              "p,62,male,white,200,45,110,142,85,1,none,never,80,27,1,1,clopidogrel;atorvastatin,1,"
              "poor_metabolizer,GA\r\n";
        const QString in = write(QStringLiteral("pgx.csv"), csv);
        const Run run = cli({QStringLiteral("options"),
                             QStringLiteral("--in"),
                             in,
                             QStringLiteral("--out"),
                             QStringLiteral("-")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QList<QByteArray> rows = lines(run.out);
        // 15 options, then the review row (atorvastatin without SLCO1B1: no statin review).
        QCOMPARE(rows.size(), 1 + 15 + 1);
        const QByteArray review = rows.last();
        QVERIFY2(review.startsWith("p,review:clopidogrel,1,,,,,,,"), review.constData());
        QVERIFY(review.contains(",strong,,"));
        QVERIFY(review.contains("Lee CR, Luzum JA, Sangkuhl K, et al. Clin Pharmacol Ther "
                                "2022;112:959-67"));
        QVERIFY(review.contains("\"CYP2C19 poor_metabolizer: avoid clopidogrel; prasugrel or "
                                "ticagrelor at standard dose if not contraindicated (CPIC 2022, "
                                "strong)\""));
        QByteArray ezetimibe;
        QByteArray target;
        QByteArray oac;
        for (const QByteArray &row : rows) {
            if (row.startsWith("p,ezetimibe,"))
                ezetimibe = row;
            if (row.startsWith("p,bp_to_target,"))
                target = row;
            if (row.startsWith("p,oral_anticoagulation,"))
                oac = row;
        }
        QVERIFY2(ezetimibe.startsWith("p,ezetimibe,1,"), ezetimibe.constData());
        QVERIFY(ezetimibe.contains(",IIa (very high risk) / IIb,B-R,"));
        QVERIFY(ezetimibe.contains(",ascvd_ldl_70_on_statin; clinical ASCVD with LDL-C 110"));
        QVERIFY2(target.startsWith("p,bp_to_target,1,"), target.constData());
        QVERIFY(target.contains("target_cvd_or_pce_10; hypertension with clinical CVD"));
        QVERIFY2(oac.startsWith("p,oral_anticoagulation,0,"), oac.constData());
        QVERIFY(oac.contains("VKORC1 c.-1639 GA: if warfarin, dose by a validated pharmacogenetic "
                             "algorithm (CPIC 2017, strong)"));
    }

    // The dpyd, tpmt, nudt15 and ugt1a1 columns drive the review rows of current drugs (issue
    // #11): capecitabine by ATC code (L01BC06) with DPYD poor metabolizer (CPIC 2017 Table 2:
    // avoid, strong); azathioprine with TPMT and NUDT15 both intermediate (CPIC March 2024
    // update: 20-50 %); irinotecan with UGT1A1 poor metabolizer (DPWG 2022 Table 2 and the FDA
    // label, not CPIC). A second person with the same drugs and blank genotypes gets no review
    // row (blank = not tested, never normal and never a note).
    void oncologyGenotypeColumns()
    {
        const QByteArray csv
            = "id,age,sex,race,total_cholesterol,hdl_cholesterol,sbp,bp_treated,diabetes,smoking,"
              "medications,dpyd,tpmt,nudt15,ugt1a1\r\n"
              "o,58,female,white,200,50,120,0,none,never,L01BC06;azathioprine;irinotecan,"
              "poor_metabolizer,intermediate_metabolizer,intermediate_metabolizer,"
              "poor_metabolizer\r\n"
              "n,58,female,white,200,50,120,0,none,never,L01BC06;azathioprine;irinotecan,,,,\r\n";
        const QString in = write(QStringLiteral("onc.csv"), csv);
        const Run run = cli({QStringLiteral("options"),
                             QStringLiteral("--in"),
                             in,
                             QStringLiteral("--out"),
                             QStringLiteral("-")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QByteArray cape;
        QByteArray aza;
        QByteArray iri;
        int reviewsOfN = 0;
        for (const QByteArray &row : lines(run.out)) {
            if (row.startsWith("o,review:capecitabine,"))
                cape = row;
            if (row.startsWith("o,review:azathioprine,"))
                aza = row;
            if (row.startsWith("o,review:irinotecan,"))
                iri = row;
            if (row.startsWith("n,review:"))
                ++reviewsOfN;
        }
        QVERIFY2(cape.startsWith("o,review:capecitabine,1,,,,,,,"), run.out.constData());
        QVERIFY(cape.contains("DPYD poor_metabolizer: avoid fluorouracil and its prodrugs"));
        QVERIFY(cape.contains("(CPIC 2017, strong)"));
        QVERIFY(cape.contains("doi:10.1002/cpt.911"));
        // Knowledge base 2026.5: CPIC's combined azathioprine records after the 2025 update
        // (PA166297269, TPMT and NUDT15 intermediate: 20-50 % if the usual start is at least 2
        // mg/kg/day, moderate; read in the fork phonegor95/PharmCAT, commit
        // 1697910573cc67fb5d8a59d3763ca7e4aeb49cbe, prescribing_guidance.json).
        QVERIFY2(aza.contains("TPMT intermediate_metabolizer with NUDT15 intermediate_metabolizer: "
                              "intermediate for both TPMT and NUDT15: if the usual start is at "
                              "least 2 mg/kg/day, start at 20-50 % of it"),
                 aza.constData());
        QVERIFY2(aza.contains(",moderate,"), aza.constData());
        QVERIFY(aza.contains("(CPIC 2025, moderate)"));
        QVERIFY(iri.contains("(DPWG 2022, DPWG: genotyping essential)"));
        QVERIFY(iri.contains("(FDA 2022, label)"));
        QVERIFY(!iri.contains("CPIC"));
        QCOMPARE(reviewsOfN, 0);

        // Knowledge base 2026.2 was released before these drugs were recognised: evaluated as
        // released, it writes no such review rows and names the drugs as unrecognised, as the
        // 2026.2 program (bf05674) did for this input.
        const Run old = cli({QStringLiteral("options"),
                             QStringLiteral("--in"),
                             in,
                             QStringLiteral("--out"),
                             QStringLiteral("-"),
                             QStringLiteral("--knowledge-base"),
                             QStringLiteral("2026.2")});
        QVERIFY2(old.exitCode == 0, old.err.constData());
        QVERIFY2(!old.out.contains(",review:"), old.out.constData());
        QVERIFY(old.out.contains(
            "unrecognised medication not checked: L01BC06, azathioprine, irinotecan"));
    }

    // A mean of readings (SBP 129.96, 150.04, 105.333...) is shown with the fewest decimals
    // that keep it on its side of every whole number: "129.96" (not "130.0", which would read
    // as reaching the 130/80 threshold it does not reach), "150.04" (not "150.0", which would
    // read as not above 150), "105.3". Knowledge base 2026.2 showed the shortest form.
    void bloodPressureDecimalsNeverCrossAThreshold()
    {
        const QByteArray csv
            = "id,age,sex,race,total_cholesterol,hdl_cholesterol,sbp,dbp,bp_treated,diabetes,"
              "smoking\r\n"
              "a,58,female,white,200,50,129.96,79.5,0,none,never\r\n"
              "b,58,female,white,200,50,150.04,64,0,none,never\r\n"
              "c,58,female,white,200,50,105.33333333333333,64,0,none,never\r\n";
        const QString in = write(QStringLiteral("bp.csv"), csv);
        const QStringList args{QStringLiteral("options"),
                               QStringLiteral("--in"),
                               in,
                               QStringLiteral("--out"),
                               QStringLiteral("-")};
        const Run run = cli(args);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("BP 129.96/79.5 mm[Hg]"), run.out.constData());
        QVERIFY(run.out.contains("BP 150.04/64 mm[Hg]"));
        QVERIFY(run.out.contains("BP 105.3/64 mm[Hg]"));
        QVERIFY(!run.out.contains("105.33"));
        const Run old
            = cli(args + QStringList{QStringLiteral("--knowledge-base"), QStringLiteral("2026.2")});
        QVERIFY2(old.exitCode == 0, old.err.constData());
        QVERIFY(old.out.contains("BP 105.33333333333333/64 mm[Hg]"));
    }

    void modelsOptionReplacesTheDefault()
    {
        const QString in = write(QStringLiteral("people2.csv"), kPeople);
        const Run run = cli({QStringLiteral("options"),
                             QStringLiteral("--in"),
                             in,
                             QStringLiteral("--out"),
                             QStringLiteral("-"),
                             QStringLiteral("--models"),
                             QStringLiteral("pce")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        for (const QByteArray &row : lines(run.out)) {
            if (row.startsWith("w,statin_moderate,"))
                QVERIFY2(row.contains(",10,pce,ascvd,"), row.constData());
            if (row.startsWith("m,nephrology_referral,"))
                QVERIFY2(row.contains(",5,kfre-4,"), row.constData()); // pce has no kidney output
        }
    }

    void malformedCellNamesLineAndColumnAndWritesNothing()
    {
        // Line 3, column 19 (pregnant) holds "yes".
        QByteArray bad = kPeople;
        bad.replace(",north_american,,,,\r\n", ",north_american,,,yes,\r\n");
        const QString in = write(QStringLiteral("bad.csv"), bad);
        const QString out = m_dir.filePath(QStringLiteral("bad-out.csv"));
        const Run run = cli(
            {QStringLiteral("options"), QStringLiteral("--in"), in, QStringLiteral("--out"), out});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("line 3, column 19 (pregnant)"), run.err.constData());
        QVERIFY(!QFile::exists(out));
    }

    void unknownPhenotypeIsAnError()
    {
        QByteArray bad = kPeople;
        bad.replace("poor_function", "poor");
        const QString in = write(QStringLiteral("bad2.csv"), bad);
        const QString out = m_dir.filePath(QStringLiteral("bad2-out.csv"));
        const Run run = cli(
            {QStringLiteral("options"), QStringLiteral("--in"), in, QStringLiteral("--out"), out});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("line 2, column 20 (slco1b1)"), run.err.constData());
        QVERIFY(!QFile::exists(out));
    }

    void unknownColumnIsAnError()
    {
        const QString in = write(QStringLiteral("bad3.csv"), "id,age,aspirin\r\nx,50,1\r\n");
        const Run run = cli({QStringLiteral("options"),
                             QStringLiteral("--in"),
                             in,
                             QStringLiteral("--out"),
                             m_dir.filePath(QStringLiteral("bad3-out.csv"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("line 1, column 3 (aspirin)"), run.err.constData());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("bad3-out.csv"))));
    }

    // Every released knowledge base stays in the program with the behaviour it was released
    // with (docs/OPTIONS.md "Released versions"): on 600 synthetic persons covering every input
    // column (data/people-kb2026.1.csv, written by data/make_people.py 2026 600), this program
    // with --knowledge-base 2026.1 writes byte for byte what the 2026.1 program wrote. Expected:
    // SHA-256 of `precis-cli options --in people-kb2026.1.csv --out -` of the program built at
    // commit 9781d51 (the last with knowledge base 2026.1), 7809 lines.
    void releasedKnowledgeBase2026_1WritesWhatItsProgramWrote()
    {
        const QString in = QFINDTESTDATA("data/people-kb2026.1.csv");
        QVERIFY(!in.isEmpty());
        const Run run = cli({QStringLiteral("options"),
                             QStringLiteral("--in"),
                             in,
                             QStringLiteral("--out"),
                             QStringLiteral("-"),
                             QStringLiteral("--knowledge-base"),
                             QStringLiteral("2026.1")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.out.count('\n'), 7809);
        QCOMPARE(QCryptographicHash::hash(run.out, QCryptographicHash::Sha256).toHex(),
                 QByteArray("29d0b39a3c7fa9971b4f9fba946693109445ff09353abe1c850092f7a30daf65"));
        // 2026.2 likewise: the program at commit bf05674 (knowledge base 2026.2, the last
        // before 2026.3), 9120 lines.
        const Run v2 = cli({QStringLiteral("options"),
                            QStringLiteral("--in"),
                            in,
                            QStringLiteral("--out"),
                            QStringLiteral("-"),
                            QStringLiteral("--knowledge-base"),
                            QStringLiteral("2026.2")});
        QVERIFY2(v2.exitCode == 0, v2.err.constData());
        QCOMPARE(v2.out.count('\n'), 9120);
        QCOMPARE(QCryptographicHash::hash(v2.out, QCryptographicHash::Sha256).toHex(),
                 QByteArray("49671a3c2128a058156c056501d2af85a0554add823bc661941eab2f00cced3e"));
        // 2026.3 likewise: the program at commit 494e14e (knowledge base 2026.3, the last
        // before 2026.4), 9120 lines. Its output differs from 2026.4's on these persons (35
        // have SLCO1B1 decreased or poor function with a CYP2C9 intermediate or poor
        // metabolizer, whose fluvastatin cell 2026.4 corrects).
        const Run v3 = cli({QStringLiteral("options"),
                            QStringLiteral("--in"),
                            in,
                            QStringLiteral("--out"),
                            QStringLiteral("-"),
                            QStringLiteral("--knowledge-base"),
                            QStringLiteral("2026.3")});
        QVERIFY2(v3.exitCode == 0, v3.err.constData());
        QCOMPARE(v3.out.count('\n'), 9120);
        QCOMPARE(QCryptographicHash::hash(v3.out, QCryptographicHash::Sha256).toHex(),
                 QByteArray("9a3e0bb1ebd552aeb75b4dcaa2630297469ccb4ddc50607d2a5f6b450a338414"));
        // 2026.4 likewise: the program at commit deecf84 (knowledge base 2026.4, the last
        // before 2026.5), 9120 lines. These persons take no thiopurine, so 2026.5 writes the
        // same; the thiopurine persons below differ.
        const Run v4 = cli({QStringLiteral("options"),
                            QStringLiteral("--in"),
                            in,
                            QStringLiteral("--out"),
                            QStringLiteral("-"),
                            QStringLiteral("--knowledge-base"),
                            QStringLiteral("2026.4")});
        QVERIFY2(v4.exitCode == 0, v4.err.constData());
        QCOMPARE(v4.out.count('\n'), 9120);
        QCOMPARE(QCryptographicHash::hash(v4.out, QCryptographicHash::Sha256).toHex(),
                 QByteArray("bbe1501bf15bcfb191e65679b8ad822e0eca7c7a7282d38908aa267d73a8deac"));
        // The newest version differs on the same persons (genotype notes, review rows, new
        // options), so the checks above can fail.
        const Run now = cli({QStringLiteral("options"),
                             QStringLiteral("--in"),
                             in,
                             QStringLiteral("--out"),
                             QStringLiteral("-")});
        QVERIFY2(now.exitCode == 0, now.err.constData());
        QVERIFY(now.out != run.out);
        QVERIFY(now.out != v3.out);
        QVERIFY(now.out.contains("fluvastatin: another statin (CPIC 2022, optional)"));
        // A version the program does not hold is a usage error naming the versions it holds.
        const Run missing = cli({QStringLiteral("options"),
                                 QStringLiteral("--in"),
                                 in,
                                 QStringLiteral("--out"),
                                 QStringLiteral("-"),
                                 QStringLiteral("--knowledge-base"),
                                 QStringLiteral("2025.9")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("knowledge base 2025.9 is not in this program (holds "
                                      "2026.1, 2026.2, 2026.3, 2026.4, 2026.5)"),
                 missing.err.constData());
    }

    // 36 persons taking azathioprine, mercaptopurine and thioguanine, one per pair of TPMT and
    // NUDT15 results (blank, normal, intermediate, possible intermediate, poor, indeterminate;
    // data/thiopurines-tpmt-nudt15.csv). --knowledge-base 2026.4 writes byte for byte what the
    // program of commit deecf84 (knowledge base 2026.4, the last before 2026.5) wrote: 637
    // lines, SHA-256 a51d17c8... 2026.5 differs only in review rows, each of one of these kinds
    // (CPIC's records after the 2025 update, PMID 41618934, read in the fork
    // phonegor95/PharmCAT, commit 1697910573cc67fb5d8a59d3763ca7e4aeb49cbe,
    // src/main/resources/org/pharmgkb/pharmcat/reporter/prescribing_guidance.json):
    // - both genes intermediate or possible intermediate (4 pairs x 3 drugs = 12 rows): the
    //   combined records, azathioprine moderate (PA166297269, PA166297273, PA166297262,
    //   PA166297266), mercaptopurine strong (PA166298215, PA166298234, PA166298214,
    //   PA166298233), thioguanine moderate (PA166298558, PA166298561, PA166298552, PA166298555);
    // - one gene intermediate or possible intermediate, the other blank, normal or indeterminate
    //   (2 x 3 + 2 x 3 = 12 pairs; azathioprine and thioguanine = 24 rows): azathioprine at
    //   least 2 mg/kg/day (PA166297271, PA166297264, PA166297276, PA166297280), thioguanine
    //   30-80 % at least 40 mg/m2/day (PA166298559, PA166298553, PA166298564, PA166298567);
    // - one gene poor, the other intermediate, possible intermediate or poor (5 pairs x 3 drugs
    //   = 15 rows): one strong note in place of the two single-gene notes, azathioprine a
    //   non-thiopurine immunosuppressant (PA166297272, PA166297265, PA166297286, PA166297283,
    //   PA166297287), mercaptopurine tenfold three times a week or a non-thiopurine
    //   immunosuppressant (PA166298227, PA166298226, PA166298229, PA166298217, PA166298236),
    //   thioguanine tenfold three times a week (PA166298560, PA166298554, PA166298573,
    //   PA166298571, PA166298574);
    // - one gene poor, the other blank, normal or indeterminate (3 + 3 pairs; TPMT poor:
    //   azathioprine and thioguanine, NUDT15 poor: all three drugs = 15 rows): the single-gene
    //   poor records, all strong, azathioprine a non-thiopurine immunosuppressant only
    //   (PA166297284, PA166297279), mercaptopurine NUDT15 poor tenfold three times a week
    //   (PA166298228), thioguanine tenfold three times a week (PA166298572, PA166298566);
    //   mercaptopurine TPMT poor (PA166298223) reads as before.
    void thiopurineCombinedRowsByVersion()
    {
        const QString in = QFINDTESTDATA("data/thiopurines-tpmt-nudt15.csv");
        QVERIFY(!in.isEmpty());
        const QStringList args{QStringLiteral("options"),
                               QStringLiteral("--in"),
                               in,
                               QStringLiteral("--out"),
                               QStringLiteral("-"),
                               QStringLiteral("--knowledge-base")};
        const Run v4 = cli(args + QStringList{QStringLiteral("2026.4")});
        QVERIFY2(v4.exitCode == 0, v4.err.constData());
        QCOMPARE(v4.out.count('\n'), 637);
        QCOMPARE(QCryptographicHash::hash(v4.out, QCryptographicHash::Sha256).toHex(),
                 QByteArray("a51d17c841a0df945749e1d971c422ef9bfb32fbb8ae26593439bbbc6f827504"));
        const Run v5 = cli(args + QStringList{QStringLiteral("2026.5")});
        QVERIFY2(v5.exitCode == 0, v5.err.constData());
        const QList<QByteArray> before = lines(v4.out);
        const QList<QByteArray> after = lines(v5.out);
        QCOMPARE(after.size(), before.size());
        int combined = 0;
        int singleGene = 0;
        int combinedPoor = 0;
        int singleGenePoor = 0;
        for (qsizetype i = 0; i < before.size(); ++i) {
            if (before[i] == after[i])
                continue;
            const QByteArray &row = after[i];
            QVERIFY2(row.contains(",review:"), row.constData());
            if (before[i].contains("(CPIC 2018, strength not verified)")) {
                ++combined;
                QVERIFY2(!row.contains("strength not verified"), row.constData());
                QVERIFY2(row.contains("intermediate for both TPMT and NUDT15: if the usual start "
                                      "is at least "),
                         row.constData());
                if (row.contains(",review:azathioprine,"))
                    QVERIFY2(row.contains("at least 2 mg/kg/day, start at 20-50 % of it")
                                 && row.contains(",moderate,")
                                 && row.contains("(CPIC 2025, moderate)"),
                             row.constData());
                else if (row.contains(",review:mercaptopurine,"))
                    QVERIFY2(
                        row.contains("at least 75 mg/m2/day or 1.5 mg/kg/day, start at 20-50 %")
                            && row.contains(",strong,") && row.contains("(CPIC 2025, strong)"),
                        row.constData());
                else
                    QVERIFY2(row.contains(",review:thioguanine,")
                                 && row.contains("at least 40 mg/m2/day, start at 20-50 % of it")
                                 && row.contains(",moderate,")
                                 && row.contains("(CPIC 2025, moderate)"),
                             row.constData());
                continue;
            }
            if (row.contains("poor for TPMT or NUDT15 and the other intermediate or poor: ")) {
                ++combinedPoor;
                QVERIFY2(row.contains("(CPIC 2025, strong)") && row.contains(",strong,")
                             && row.contains("_metabolizer with NUDT15 "),
                         row.constData());
                QVERIFY2(before[i].contains("poor_metabolizer: ")
                             && before[i].count("(CPIC 2018, ") == 2,
                         before[i].constData());
                QVERIFY2(row.count("(CPIC ") == 1, row.constData());
                continue;
            }
            if (before[i].contains("poor_metabolizer: ")) {
                ++singleGenePoor;
                // The row's class is its first note's (",no recommendation," with TPMT
                // indeterminate first).
                QVERIFY2(row.contains("(CPIC 2025, strong)") && row.count("(CPIC 2025, ") == 1
                             && row.count("poor_metabolizer: ") == 1,
                         row.constData());
                if (row.contains(",review:azathioprine,"))
                    QVERIFY2(row.contains("poor_metabolizer: consider a non-thiopurine "
                                          "immunosuppressant (CPIC 2025, strong)"),
                             row.constData());
                else if (row.contains(",review:mercaptopurine,"))
                    QVERIFY2(row.contains("NUDT15 poor_metabolizer: malignancy: cut the daily dose "
                                          "tenfold")
                                 && before[i].contains("start at 10 mg/m2/day"),
                             row.constData());
                else
                    QVERIFY2(row.contains(",review:thioguanine,")
                                 && row.contains("poor_metabolizer: cut the daily dose tenfold and "
                                                 "give it three times a week instead of daily, "
                                                 "adjust by myelosuppression; 4-6 weeks to "
                                                 "steady state (CPIC 2025, strong)"),
                             row.constData());
                continue;
            }
            ++singleGene;
            if (row.contains(",review:azathioprine,")) {
                QVERIFY2(before[i].contains("if the usual start is 2-3 mg/kg/day, start at 30-80 % "
                                            "of it"),
                         before[i].constData());
                QVERIFY2(
                    row.contains("if the usual start is at least 2 mg/kg/day, start at 30-80 % "
                                 "of it and adjust by myelosuppression; 2-4 weeks to steady "
                                 "state (CPIC 2025, strong)")
                        && !row.contains("2-3 mg/kg/day"),
                    row.constData());
            } else {
                QVERIFY2(row.contains(",review:thioguanine,"), row.constData());
                QVERIFY2(before[i].contains("if the usual start is at least 40-60 mg/m2/day, start "
                                            "at 50-80 % of it"),
                         before[i].constData());
                QVERIFY2(row.contains("if the usual start is at least 40 mg/m2/day, start at 30-80 "
                                      "% of it and adjust by myelosuppression; 2-4 weeks to steady "
                                      "state (CPIC 2025, moderate)")
                             && !row.contains("40-60"),
                         row.constData());
            }
        }
        QCOMPARE(combined, 12);
        QCOMPARE(singleGene, 24);
        QCOMPARE(combinedPoor, 15);
        QCOMPARE(singleGenePoor, 15);
    }

    // The vkorc1 column accepts "indeterminate" (tested, c.-1639 genotype not determined).
    // 2026.5 writes the VKORC1 indeterminate note on oral_anticoagulation and review:warfarin,
    // parallel to CYP2C9's (missing data never shown as normal, issue #11); 2026.4 writes what
    // it writes for a blank vkorc1 (not tested), as its program had no such note (that program
    // refused the token, so no older output exists to compare). Person "w" has AF and takes
    // warfarin; person "b" is the same with vkorc1 blank.
    void vkorc1IndeterminateColumn()
    {
        const QByteArray head
            = "id,age,sex,race,total_cholesterol,hdl_cholesterol,sbp,bp_treated,diabetes,smoking,"
              "af,medications,cyp2c9,vkorc1\r\n";
        const QString in = write(QStringLiteral("vkorc1.csv"),
                                 head
                                     + "w,70,female,white,200,50,120,0,none,never,1,warfarin,"
                                       "normal_metabolizer,indeterminate\r\n");
        const QString blank = write(QStringLiteral("vkorc1-blank.csv"),
                                    head
                                        + "w,70,female,white,200,50,120,0,none,never,1,warfarin,"
                                          "normal_metabolizer,\r\n");
        const auto run = [&](const QString &file, const char *version) {
            return cli({QStringLiteral("options"),
                        QStringLiteral("--in"),
                        file,
                        QStringLiteral("--out"),
                        QStringLiteral("-"),
                        QStringLiteral("--knowledge-base"),
                        QString::fromLatin1(version)});
        };
        const Run v5 = run(in, "2026.5");
        QVERIFY2(v5.exitCode == 0, v5.err.constData());
        const QByteArray note = "VKORC1 indeterminate: c.-1639G>A genotype not determined, so no "
                                "genotype-based action; decide as if not tested (CPIC 2017, no "
                                "recommendation)";
        int rows = 0;
        for (const QByteArray &row : lines(v5.out)) {
            if (row.startsWith("w,oral_anticoagulation,") || row.startsWith("w,review:warfarin,")) {
                ++rows;
                QVERIFY2(row.contains(note), row.constData());
                QVERIFY2(row.contains("CYP2C9 normal_metabolizer: if warfarin, dose by a validated "
                                      "pharmacogenetic algorithm (CPIC 2017, strong)"),
                         row.constData());
            }
        }
        QCOMPARE(rows, 2);
        const Run v4 = run(in, "2026.4");
        QVERIFY2(v4.exitCode == 0, v4.err.constData());
        QVERIFY(!v4.out.contains("VKORC1"));
        const Run v4blank = run(blank, "2026.4");
        QVERIFY2(v4blank.exitCode == 0, v4blank.err.constData());
        QCOMPARE(v4.out, v4blank.out);
        // The note is the only difference between a blank and an indeterminate vkorc1 in 2026.5.
        const Run v5blank = run(blank, "2026.5");
        QVERIFY(!v5blank.out.contains("VKORC1"));
        QCOMPARE(QByteArray(v5.out).replace("; " + note, ""), v5blank.out);
    }
};

QTEST_GUILESS_MAIN(TestOptionsCli)
#include "tst_optionscli.moc"
