// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 4180 reading and writing (core/clinical/Csv).
#include "core/clinical/Csv.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>

using namespace precis;
using namespace precis::clinical;

namespace {

using Records = QList<QStringList>;

struct ReadResult
{
    Records records;
    QList<qint64> lines;
    QString error;
};

ReadResult readAll(const QByteArray &bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    ReadResult result;
    for (;;) {
        Result<bool> r = reader.next();
        if (!r) {
            result.error = r.error().message();
            return result;
        }
        if (!*r)
            return result;
        QStringList fields;
        for (std::size_t i = 0; i < reader.fieldCount(); ++i) {
            const std::string_view f = reader.field(i);
            fields.append(QString::fromUtf8(f.data(), static_cast<qsizetype>(f.size())));
        }
        result.records.append(fields);
        result.lines.append(reader.recordLine());
    }
}

} // namespace

class TestCsv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reads_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<Records>("records");
        QTest::addColumn<QList<qint64>>("lines");
        const QStringList ab{QStringLiteral("a"), QStringLiteral("b")};
        const QStringList cd{QStringLiteral("c"), QStringLiteral("d")};
        QTest::newRow("lf") << QByteArray("a,b\nc,d\n") << Records{ab, cd} << QList<qint64>{1, 2};
        QTest::newRow("crlf") << QByteArray("a,b\r\nc,d\r\n") << Records{ab, cd}
                              << QList<qint64>{1, 2};
        QTest::newRow("no final line break")
            << QByteArray("a,b\r\nc,d") << Records{ab, cd} << QList<qint64>{1, 2};
        QTest::newRow("utf8 bom") << QByteArray("\xEF\xBB\xBF"
                                                "a,b\nc,d\n")
                                  << Records{ab, cd} << QList<qint64>{1, 2};
        QTest::newRow("quoted comma")
            << QByteArray("\"a,1\",b\n") << Records{{QStringLiteral("a,1"), QStringLiteral("b")}}
            << QList<qint64>{1};
        QTest::newRow("doubled quote")
            << QByteArray("\"say \"\"hi\"\"\",x\n")
            << Records{{QStringLiteral("say \"hi\""), QStringLiteral("x")}} << QList<qint64>{1};
        QTest::newRow("embedded crlf counts lines")
            << QByteArray("\"l1\r\nl2\",x\r\nc,d\r\n")
            << Records{{QStringLiteral("l1\r\nl2"), QStringLiteral("x")}, cd}
            << QList<qint64>{1, 3};
        QTest::newRow("empty fields") << QByteArray(",,\n\"\",x,\n")
                                      << Records{{QString(), QString(), QString()},
                                                 {QString(), QStringLiteral("x"), QString()}}
                                      << QList<qint64>{1, 2};
        QTest::newRow("utf8 text")
            << QByteArray("Zo\xC3\xAB,\xE2\x89\xA5\n")
            << Records{{QStringLiteral("Zoë"), QStringLiteral("≥")}} << QList<qint64>{1};
        QTest::newRow("empty input") << QByteArray() << Records{} << QList<qint64>{};
    }
    void reads()
    {
        QFETCH(QByteArray, input);
        QFETCH(Records, records);
        QFETCH(QList<qint64>, lines);
        const ReadResult result = readAll(input);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.records, records);
        QCOMPARE(result.lines, lines);
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("error");
        QTest::newRow("unterminated quote")
            << QByteArray("a,b\nc,\"d\n")
            << QStringLiteral("line 2, column 2: quoted field is not closed");
        QTest::newRow("quote inside unquoted field")
            << QByteArray("a,b\nc,d\"e\n") << QStringLiteral("line 2, column 2: quote inside");
        QTest::newRow("text after closing quote")
            << QByteArray("a,\"b\"x\n") << QStringLiteral("line 1, column 2: text after");
    }
    void rejects()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, error);
        const ReadResult result = readAll(input);
        QVERIFY2(result.error.startsWith(error), qPrintable(result.error));
    }

    void longInputAcrossChunks()
    {
        // Records spanning the 64 KiB read chunks must come back intact and in order.
        QByteArray input;
        const QByteArray longField(70000, 'x');
        input += "\"" + longField + "\",1\r\n";
        for (int i = 0; i < 20000; ++i)
            input += QByteArray::number(i) + ",\"q,\"\"" + QByteArray::number(i) + "\"\r\n";
        const ReadResult result = readAll(input);
        QVERIFY(result.error.isEmpty());
        QCOMPARE(result.records.size(), 20001);
        QCOMPARE(result.records[0][0].size(), 70000);
        QCOMPARE(result.records[12346][1], QStringLiteral("q,\"12345"));
        QCOMPARE(result.lines[20000], qint64{20001});
    }

    void writes_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain") << QStringLiteral("abc") << QByteArray("abc");
        QTest::newRow("empty") << QString() << QByteArray();
        QTest::newRow("comma") << QStringLiteral("a,b") << QByteArray("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"x\"") << QByteArray("\"say \"\"x\"\"\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QByteArray("\"a\nb\"");
        QTest::newRow("cr") << QStringLiteral("a\rb") << QByteArray("\"a\rb\"");
        QTest::newRow("non-ascii")
            << QStringLiteral("≥ 20, \"x\"") << QByteArray("\"\xE2\x89\xA5 20, \"\"x\"\"\"");
    }
    void writes()
    {
        QFETCH(QString, value);
        QFETCH(QByteArray, expected);
        std::string out;
        appendCsvField(out, QStringView(value));
        QCOMPARE(QByteArray::fromStdString(out), expected);
        const QByteArray utf8 = value.toUtf8();
        std::string viaBytes;
        appendCsvField(viaBytes,
                       std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
        QCOMPARE(QByteArray::fromStdString(viaBytes), expected);
        // What we write reads back to the same text.
        const ReadResult back = readAll(QByteArray::fromStdString(out) + ",end\r\n");
        QCOMPARE(back.records.size(), 1);
        QCOMPARE(back.records[0][0], value);
    }

    void randomRoundTrip()
    {
        // Property: any table of fields written with appendCsvField reads back unchanged,
        // and arbitrary bytes never hang or crash the reader (they read or fail cleanly).
        QRandomGenerator rng(4180);
        const char alphabet[] = {'a', 'b', ',', '"', '\r', '\n', '1', ' '};
        for (int round = 0; round < 500; ++round) {
            Records table;
            std::string csv;
            const int rows = 1 + rng.bounded(5);
            const int cols = 1 + rng.bounded(4);
            for (int r = 0; r < rows; ++r) {
                QStringList record;
                for (int c = 0; c < cols; ++c) {
                    QByteArray field;
                    const int len = rng.bounded(6);
                    for (int k = 0; k < len; ++k)
                        field += alphabet[rng.bounded(8)];
                    // A lone empty field would be a blank line; keep records non-blank.
                    if (cols == 1 && field.isEmpty())
                        field = "x";
                    record.append(QString::fromLatin1(field));
                    if (c > 0)
                        csv += ',';
                    appendCsvField(csv,
                                   std::string_view(field.constData(),
                                                    static_cast<std::size_t>(field.size())));
                }
                table.append(record);
                csv += kCsvLineEnd;
            }
            const ReadResult back = readAll(QByteArray::fromStdString(csv));
            QVERIFY2(back.error.isEmpty(), qPrintable(back.error));
            QCOMPARE(back.records, table);

            QByteArray noise;
            for (int k = 0; k < 40; ++k)
                noise += alphabet[rng.bounded(8)];
            const ReadResult fuzz = readAll(noise);
            QVERIFY(fuzz.error.isEmpty() || fuzz.error.startsWith(QStringLiteral("line ")));
        }
    }

    void utf8Validation_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ascii") << QByteArray("abc") << true;
        QTest::newRow("two bytes") << QByteArray("\xC3\xAB") << true;
        QTest::newRow("four bytes") << QByteArray("\xF0\x9F\x98\x80") << true;
        QTest::newRow("latin1 byte") << QByteArray("\xEB") << false;
        QTest::newRow("overlong") << QByteArray("\xC0\xAF") << false;
        QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << false;
        QTest::newRow("truncated") << QByteArray("\xE2\x89") << false;
    }
    void utf8Validation()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, valid);
        QCOMPARE(isValidUtf8(
                     std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size()))),
                 valid);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
