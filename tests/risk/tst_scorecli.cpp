// SPDX-License-Identifier: GPL-3.0-or-later
// End to end: the built precis-cli on small CSV files (`score` and `models`).
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kCli = QStringLiteral(PRECIS_BINARY_DIR "/app/precis-cli");

const QByteArray kPeople = "\xEF\xBB\xBF"
                           "id,age,sex,race,total_cholesterol[mmol/L],hdl_cholesterol,sbp[mm[Hg]],"
                           "bp_treated,diabetes,smoking,creatinine[umol/L]\r\n"
                           "first,55,female,white,5.2,50,130,0,none,never,80\r\n"
                           "\"second, with comma\",62,male,black,,45,150,1,type2,heavy,\r\n"
                           "third,45,male,other,4.1,60,118,0,none,former,95\r\n";

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &args, const QByteArray &stdinData = {})
{
    QProcess process;
    process.start(kCli, args);
    if (!process.waitForStarted())
        return {};
    process.write(stdinData);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return Run{process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QList<QByteArray> records(const QByteArray &csv)
{
    // The test input has no line breaks inside fields, so lines are records.
    QList<QByteArray> lines = csv.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

class TestScoreCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(kCli), qPrintable(kCli));
        QVERIFY(m_dir.isValid());
        QFile in(m_dir.filePath(QStringLiteral("people.csv")));
        QVERIFY(in.open(QIODevice::WriteOnly));
        in.write(kPeople);
    }

    void scoresAllToFile()
    {
        const QString outPath = m_dir.filePath(QStringLiteral("results.csv"));
        const Run run = cli({QStringLiteral("score"),
                             QStringLiteral("--models"),
                             QStringLiteral("all"),
                             QStringLiteral("--in"),
                             m_dir.filePath(QStringLiteral("people.csv")),
                             QStringLiteral("--out"),
                             outPath});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.isEmpty());
        QFile file(outPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        const QList<QByteArray> lines = records(csv);
        QCOMPARE(lines[0],
                 QByteArray("id,model,model_version,outcome,horizon_years,value,unit,"
                            "category,status,message\r"));
        QVERIFY(lines.size() > 3);
        // Input order: all of "first", then the quoted id, then "third", same count each.
        const qsizetype perPerson = (lines.size() - 1) / 3;
        QCOMPARE(lines.size(), 1 + 3 * perPerson);
        for (qsizetype i = 0; i < perPerson; ++i) {
            QVERIFY(lines[1 + i].startsWith("first,"));
            QVERIFY(lines[1 + perPerson + i].startsWith("\"second, with comma\","));
            QVERIFY(lines[1 + 2 * perPerson + i].startsWith("third,"));
        }
        for (const QByteArray &line : lines) {
            QVERIFY(line.endsWith('\r'));
            QVERIFY(line.contains(",ok,") || line.contains(",warning,")
                    || line.contains(",refused,") || line.startsWith("id,"));
        }

        // stdin to stdout gives the same bytes.
        const Run piped = cli({QStringLiteral("score"),
                               QStringLiteral("--models"),
                               QStringLiteral("all"),
                               QStringLiteral("--in"),
                               QStringLiteral("-"),
                               QStringLiteral("--out"),
                               QStringLiteral("-")},
                              kPeople);
        QCOMPARE(piped.exitCode, 0);
        QCOMPARE(piped.out, csv);
    }

    void kfreDialysisColumn()
    {
        // Issue #12: `dialysis` is a CSV column; 1 refuses the KFRE rows with the reason, 0 and
        // blank (not known) compute them.
        const QByteArray input = "id,age,sex,egfr,uacr,kfre_region,dialysis\n"
                                 "on,60,male,30,300,north_american,1\n"
                                 "off,60,male,30,300,north_american,0\n"
                                 "unknown,60,male,30,300,north_american,\n";
        const Run run = cli({QStringLiteral("score"),
                             QStringLiteral("--models"),
                             QStringLiteral("kfre-4"),
                             QStringLiteral("--in"),
                             QStringLiteral("-"),
                             QStringLiteral("--out"),
                             QStringLiteral("-")},
                            input);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QList<QByteArray> lines = records(run.out);
        QCOMPARE(lines.size(), 1 + 3 * 2); // header + 2 horizons per person
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray &line = lines[i];
            if (line.startsWith("on,")) {
                QVERIFY2(line.contains(",refused,"), line.constData());
                QVERIFY2(line.contains("dialysis = 1"), line.constData());
            } else {
                QVERIFY2(line.contains(",ok,"), line.constData());
            }
        }
    }

    void malformedInputLeavesNoFile_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("error");
        QTest::newRow("unknown column")
            << QByteArray("id,age,colour\n1,50,red\n")
            << QByteArray("precis-cli: line 1, column 3 (colour): unknown column 'colour'\n");
        QTest::newRow("unknown unit")
            << QByteArray("id,sbp[kPa]\n1,16\n")
            << QByteArray("precis-cli: line 1, column 2 (sbp[kPa]): unknown unit 'kPa'");
        QTest::newRow("unknown code on line 4")
            << QByteArray("id,age,smoking\n1,50,never\n2,50,former\n3,50,sometimes\n")
            << QByteArray("precis-cli: line 4, column 3 (smoking): unknown code 'sometimes'");
        QTest::newRow("decimal comma")
            << QByteArray("id,age\n1,\"5,5\"\n")
            << QByteArray("precis-cli: line 2, column 2 (age): '5,5' is not a number");
    }
    void malformedInputLeavesNoFile()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, error);
        QTemporaryDir dir;
        const QString inPath = dir.filePath(QStringLiteral("bad.csv"));
        const QString outPath = dir.filePath(QStringLiteral("out.csv"));
        QFile in(inPath);
        QVERIFY(in.open(QIODevice::WriteOnly));
        in.write(input);
        in.close();
        const Run run = cli({QStringLiteral("score"),
                             QStringLiteral("--models"),
                             QStringLiteral("all"),
                             QStringLiteral("--in"),
                             inPath,
                             QStringLiteral("--out"),
                             outPath});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(error), run.err.constData());
        QVERIFY(!QFile::exists(outPath));
        // Nor a temporary left behind: only the input remains.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("bad.csv")});

        // An existing output file is left as it was.
        QFile old(outPath);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
        old.close();
        QCOMPARE(cli({QStringLiteral("score"),
                      QStringLiteral("--models"),
                      QStringLiteral("all"),
                      QStringLiteral("--in"),
                      inPath,
                      QStringLiteral("--out"),
                      outPath})
                     .exitCode,
                 1);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("old"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("error");
        QTest::newRow("unknown model")
            << QStringList{QStringLiteral("score"),
                           QStringLiteral("--models"),
                           QStringLiteral("no-such-model"),
                           QStringLiteral("--in"),
                           QStringLiteral("-"),
                           QStringLiteral("--out"),
                           QStringLiteral("-")}
            << QByteArray("precis-cli: --models: unknown model id 'no-such-model'");
        QTest::newRow("missing --out")
            << QStringList{QStringLiteral("score"),
                           QStringLiteral("--models"),
                           QStringLiteral("all"),
                           QStringLiteral("--in"),
                           QStringLiteral("-")}
            << QByteArray("precis-cli: --models, --in and --out are required");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("score"), QStringLiteral("--fast")}
            << QByteArray("precis-cli: unknown argument '--fast'");
        QTest::newRow("missing input file")
            << QStringList{QStringLiteral("score"),
                           QStringLiteral("--models"),
                           QStringLiteral("all"),
                           QStringLiteral("--in"),
                           QStringLiteral("/nonexistent/people.csv"),
                           QStringLiteral("--out"),
                           QStringLiteral("-")}
            << QByteArray("precis-cli: cannot read /nonexistent/people.csv");
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, error);
        const Run run = cli(args);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(error), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    void modelsCommand()
    {
        const Run list = cli({QStringLiteral("models")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(!list.out.isEmpty());
        for (const QByteArray &line : records(list.out))
            QCOMPARE(line.count('\t'), 2); // id, version, name
        const Run md = cli({QStringLiteral("models"), QStringLiteral("--markdown")});
        QCOMPARE(md.exitCode, 0);
        QVERIFY(md.out.startsWith("# Risk models\n"));
        const QByteArray firstId = list.out.left(list.out.indexOf('\t'));
        QVERIFY(md.out.contains("## `" + firstId + "`"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestScoreCli)
#include "tst_scorecli.moc"
