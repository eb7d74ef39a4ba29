// SPDX-License-Identifier: GPL-3.0-or-later
// Batch scoring: output contract, order, number format, errors (core/risk/BatchScorer).
#include "FakeModels.h"

#include "core/clinical/SnapshotCsv.h"
#include "core/risk/BatchScorer.h"

#include <QBuffer>
#include <QTest>

#include <algorithm>
#include <charconv>
#include <cstring>

using namespace precis;
using namespace precis::risk;
using precis::risk::testing::FakeModel;

namespace {

struct Run
{
    QByteArray output;
    QString error;
};

Run score(const QByteArray &input, const std::vector<const RiskModel *> &models, int threads = 1)
{
    QByteArray in = input;
    QBuffer inBuffer(&in);
    inBuffer.open(QIODevice::ReadOnly);
    Run run;
    QBuffer outBuffer(&run.output);
    outBuffer.open(QIODevice::WriteOnly);
    const Result<BatchSummary> result
        = scoreCsv(inBuffer, outBuffer, models, BatchOptions{threads});
    if (!result)
        run.error = result.error().message();
    return run;
}

QList<QByteArray> lines(const QByteArray &output)
{
    QList<QByteArray> list = output.split('\n');
    if (!list.isEmpty() && list.last().isEmpty())
        list.removeLast();
    for (QByteArray &line : list) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    return list;
}

/// Output device that keeps only counts: how many writes, the largest, and the total.
class CountingDevice : public QIODevice
{
public:
    CountingDevice() { open(QIODevice::WriteOnly); }
    qint64 writes = 0;
    qint64 largest = 0;
    qint64 total = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 len) override
    {
        ++writes;
        largest = std::max(largest, len);
        total += len;
        return len;
    }
};

/// Input device that generates `people` rows on demand, never holding the whole file.
class GeneratedPeople : public QIODevice
{
public:
    explicit GeneratedPeople(int people) : m_people(people) { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        while (m_pending.size() < maxSize && m_next <= m_people) {
            m_pending += m_next == 0 ? QByteArray("id,age,sbp,total_cholesterol,smoking\r\n")
                                     : QByteArray::number(m_next) + ",50,130,200,never\r\n";
            ++m_next;
        }
        const qint64 n = std::min<qint64>(maxSize, m_pending.size());
        std::memcpy(data, m_pending.constData(), static_cast<std::size_t>(n));
        m_pending.remove(0, n);
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    int m_people;
    int m_next = 0;
    QByteArray m_pending;
};

} // namespace

class TestBatchScorer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_a = std::make_unique<FakeModel>(
            QStringLiteral("fake-a"), [](double sbp, double, double, double) { return sbp / 7; });
        m_b = std::make_unique<FakeModel>(
            QStringLiteral("fake-b"), [](double, double tc, double, double) { return tc / 10; });
    }

    void headerAndOrder()
    {
        const Run run = score("id,age,sbp,total_cholesterol,smoking\r\n"
                              "p1,50,120,200,never\r\n"
                              "p2,60,140,180,former\r\n",
                              {m_b.get(), m_a.get()});
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        QVERIFY(run.output.endsWith("\r\n")); // RFC 4180 line ends
        const QList<QByteArray> out = lines(run.output);
        QCOMPARE(out.size(), 1 + 2 * 2 * 2);
        QCOMPARE(out[0],
                 QByteArray("id,model,model_version,outcome,horizon_years,value,unit,category,"
                            "status,message"));
        // Input order, then the order of the ids given (b before a), then the card's outputs.
        QCOMPARE(out[1], QByteArray("p1,fake-b,1.0,risk,10,20,%,low,ok,"));
        QCOMPARE(out[2], QByteArray("p1,fake-b,1.0,points,,0,{points},,ok,"));
        QCOMPARE(out[3], QByteArray("p1,fake-a,1.0,risk,10,17.142857142857142,%,low,ok,"));
        QCOMPARE(out[4], QByteArray("p1,fake-a,1.0,points,,0,{points},,ok,"));
        QCOMPARE(out[5], QByteArray("p2,fake-b,1.0,risk,10,18,%,low,ok,"));
        QCOMPARE(out[7], QByteArray("p2,fake-a,1.0,risk,10,20,%,low,ok,"));
    }

    void valuesRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("sbp");
        QTest::newRow("thirds") << QByteArray("100");
        QTest::newRow("tiny") << QByteArray("60.000000000000007");
        QTest::newRow("many digits") << QByteArray("133.33333333333334");
    }
    void valuesRoundTrip()
    {
        // The value column is the shortest text that parses back to the very same double.
        QFETCH(QByteArray, sbp);
        const Run run = score("id,age,sbp,total_cholesterol,smoking\n1,50," + sbp + ",200,never\n",
                              {m_a.get()});
        QVERIFY(run.error.isEmpty());
        const QByteArray value = lines(run.output)[1].split(',')[5];
        double parsed = 0;
        std::from_chars(value.constData(), value.constData() + value.size(), parsed);
        const double expected = std::stod(sbp.toStdString()) / 7;
        QCOMPARE(parsed, expected);
        QVERIFY2(value == QByteArray::fromStdString(formatNumber(expected).toStdString()),
                 value.constData());
        // Shortest: one digit fewer would not round-trip.
        QVERIFY(value.size() <= 17 + 2);
    }

    void scoreSnapshotIsWhatScoreCsvWrites()
    {
        // One person as a snapshot (patient risks) and as the CSV row of that snapshot (score
        // over patient show): the same bytes, header included; eGFR/BMI derived alike.
        Snapshot s;
        s.set(Var::Age, 61);
        s.set(Var::Sbp, 394.0 / 3); // a mean of readings: many digits
        s.set(Var::TotalCholesterol, 5.2 * 38.67);
        s.set(Var::Smoking, 5); // warns: two messages, one with a comma and a quote
        const auto csv = clinical::formatPersonCsv("p, 1", s);
        QVERIFY(csv);
        const Run run = score(QByteArray::fromStdString(*csv), {m_a.get(), m_b.get()});
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        const std::string direct = scoreSnapshot("p, 1", s, {m_a.get(), m_b.get()});
        QCOMPARE(QByteArray::fromStdString(direct), run.output);
        QVERIFY(run.output.contains("second warning"));
        // A refusal (no age) too.
        s.clear(Var::Age);
        const auto refusedCsv = clinical::formatPersonCsv("p2", s);
        QVERIFY(refusedCsv);
        QCOMPARE(QByteArray::fromStdString(scoreSnapshot("p2", s, {m_a.get()})),
                 score(QByteArray::fromStdString(*refusedCsv), {m_a.get()}).output);
    }

    void refusedAndWarningRows()
    {
        const Run run = score("id,age,sbp,total_cholesterol,smoking\n"
                              "\"a, \"\"quoted\"\" id\",50,,200,never\n"
                              "w,50,120,200,current\n",
                              {m_a.get()});
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        const QList<QByteArray> out = lines(run.output);
        QCOMPARE(out.size(), 5);
        // Refused: empty value, message names the field; the id is re-quoted.
        QCOMPARE(out[1],
                 QByteArray("\"a, \"\"quoted\"\" id\",fake-a,1.0,risk,10,,%,,refused,"
                            "sbp is missing; required (valid range 60-250 mm[Hg])"));
        // Warnings joined with "; " and quoted because of the embedded quotes.
        QCOMPARE(
            out[3],
            QByteArray("w,fake-a,1.0,risk,10,17.142857142857142,%,low,warning,"
                       "\"smoking amount unknown, counted as \"\"heavy\"\"; second warning\""));
    }

    void blankCellsAreUnknownAndBlankLinesSkipped()
    {
        const Run run
            = score("id,age,sbp,total_cholesterol,smoking\n\n1,50,120,,never\n\n", {m_a.get()});
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        const QList<QByteArray> out = lines(run.output);
        QCOMPARE(out.size(), 3);
        QVERIFY(out[1].contains("refused,total_cholesterol is missing"));
    }

    void threadsKeepOrder()
    {
        QByteArray input = "id,age,sbp,total_cholesterol,smoking\n";
        for (int i = 0; i < 3000; ++i)
            input += QByteArray::number(i) + ",50," + QByteArray::number(100 + i % 90)
                     + ",200,never\n";
        const Run one = score(input, {m_a.get(), m_b.get()}, 1);
        const Run four = score(input, {m_a.get(), m_b.get()}, 4);
        QVERIFY(one.error.isEmpty() && four.error.isEmpty());
        QCOMPARE(lines(one.output).size(), 1 + 3000 * 4);
        QCOMPARE(four.output, one.output);
        QVERIFY(lines(one.output)[4 * 2999 + 1].startsWith("2999,fake-a"));
    }

    void streamsInBoundedChunks()
    {
        // 60,000 people -> ~10 MB of output: written as it goes, in chunks of about 1 MiB,
        // never held whole (memory flat in the number of rows).
        GeneratedPeople in(60000);
        CountingDevice out;
        const Result<BatchSummary> r = scoreCsv(in, out, {m_a.get(), m_b.get()}, BatchOptions{2});
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message()));
        QCOMPARE(r->people, qint64{60000});
        QCOMPARE(r->rows, qint64{60000 * 4});
        QVERIFY(out.total > 8 * 1024 * 1024);
        QVERIFY(out.writes >= 8);
        QVERIFY2(out.largest <= 2 * 1024 * 1024, qPrintable(QString::number(out.largest)));
    }

    void errorsNameLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << QByteArray()
                               << QStringLiteral("line 1, column 1: the input is empty");
        QTest::newRow("unknown column")
            << QByteArray("id,sbp,colour\n")
            << QStringLiteral("line 1, column 3 (colour): unknown column");
        QTest::newRow("bad code on line 3")
            << QByteArray("id,smoking\n1,never\n2,sometimes\n")
            << QStringLiteral("line 3, column 2 (smoking): unknown code 'sometimes'");
        QTest::newRow("csv syntax")
            << QByteArray("id,sbp\n1,\"120\n")
            << QStringLiteral("line 2, column 2 (sbp): quoted field is not closed");
    }
    void errorsNameLineAndColumn()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, error);
        const Run run = score(input, {m_a.get()});
        QVERIFY2(run.error.startsWith(error), qPrintable(run.error));
    }

    void selectModels()
    {
        RiskRegistry registry;
        for (const char *id : {"pce", "prevent", "prevent-base", "prevent-full", "kfre-4"}) {
            registry.add(std::make_unique<FakeModel>(
                QString::fromLatin1(id), [](double, double, double, double) { return 0.0; }));
        }
        auto ids = [&](const QString &arg) {
            QStringList list;
            const auto selected = risk::selectModels(registry, arg);
            if (!selected)
                return QStringList{QStringLiteral("error: ") + selected.error().message()};
            for (const RiskModel *m : *selected)
                list.append(m->card().id);
            return list;
        };
        QCOMPARE(ids(QStringLiteral("all")),
                 (QStringList{
                     QStringLiteral("pce"), QStringLiteral("prevent"), QStringLiteral("kfre-4")}));
        QCOMPARE(ids(QStringLiteral("kfre-4,prevent-full,pce")),
                 (QStringList{QStringLiteral("kfre-4"),
                              QStringLiteral("prevent-full"),
                              QStringLiteral("pce")}));
        QVERIFY(ids(QStringLiteral("pce,nope"))
                    .first()
                    .startsWith(QStringLiteral("error: --models: unknown model id 'nope'")));
        QVERIFY(ids(QStringLiteral("pce,,kfre-4")).first().startsWith(QStringLiteral("error: ")));
        QVERIFY(ids(QStringLiteral("all,pce")).first().startsWith(QStringLiteral("error: ")));
    }

private:
    std::unique_ptr<FakeModel> m_a;
    std::unique_ptr<FakeModel> m_b;
};

QTEST_GUILESS_MAIN(TestBatchScorer)
#include "tst_batchscorer.moc"
