// SPDX-License-Identifier: GPL-3.0-or-later
// precis-cli patient list|show|risks (issue #9): for every demo patient, `patient risks` prints
// exactly what `precis-cli score` prints for the output of `patient show`; both are audited
// chart reads; a role that may not read charts exits 2, an unknown record number exits 1.
//
// Efficiency: the built precis-cli runs `patient list` once and a handful of show / risks /
// score runs; the comparison over all 600 patients calls the same command functions in-process
// (app/cli/PatientCommands.h, linked from the precis_cli_commands library), one unlock in all.
#include "app/cli/PatientCommands.h"
#include "core/risk/BatchScorer.h"
#include "core/risk/RiskRegistry.h"
#include "core/store/AuditLog.h"
#include "core/store/DemoCohort.h"
#include "core/store/Sqlite.h"
#include "core/store/Vault.h"
#include "core/store/VaultInternal.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace precis;
using namespace precis::store;

namespace {

const QString kDemoPw = QStringLiteral("precis-demo-password");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run runCli(const QStringList &args,
           const QString &password = QStringLiteral("precis-demo-password"))
{
    QProcess p;
    p.start(QStringLiteral(PRECIS_BINARY_DIR "/app/precis-cli"), args);
    if (!p.waitForStarted())
        return {};
    p.write(password.toUtf8() + "\n");
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

/// `precis-cli score --models <ids>` run in-process on `input` (what runScore does with a file).
QByteArray scoreInProcess(const std::string &input,
                          const std::vector<const risk::RiskModel *> &models)
{
    QByteArray in(input.data(), static_cast<qsizetype>(input.size()));
    QBuffer inBuffer(&in);
    inBuffer.open(QIODevice::ReadOnly);
    QByteArray out;
    QBuffer outBuffer(&out);
    outBuffer.open(QIODevice::WriteOnly);
    const auto done = risk::scoreCsv(inBuffer, outBuffer, models, risk::BatchOptions{1});
    return done ? out : QByteArray("score failed: ") + done.error().message().toUtf8();
}

QByteArray bytes(const std::string &s)
{
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace

class TestPatientCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_vaultPath;
    std::unique_ptr<Vault> m_vault;
    std::vector<PatientSummary> m_patients;
    QStringList m_recordNumbers; ///< from `precis-cli patient list`
    risk::RiskRegistry m_registry;
    std::vector<const risk::RiskModel *> m_all;
    QDate m_ref;

    QStringList as(const QString &user) const
    {
        return {QStringLiteral("--as"), user, QStringLiteral("--password-stdin")};
    }
    QStringList patientArgs(const QString &sub, const QString &record) const
    {
        return QStringList{
                   QStringLiteral("patient"), sub, m_vaultPath, QStringLiteral("--patient"), record}
               + as(QStringLiteral("demo-physician"));
    }
    QString write(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            return {};
        return path;
    }
    /// A patient whose shown row has a column of the given prefix (e.g. "total_cholesterol[").
    QString patientWith(const QByteArray &header)
    {
        for (const QString &record : m_recordNumbers) {
            auto p = cli::readPatientAsOf(*m_vault, record, m_ref);
            if (!p)
                continue;
            auto shown = cli::patientShowText(*p);
            if (shown && bytes(*shown).split('\n').first().contains(header))
                return record;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ref = demoReferenceDate();
        m_vaultPath = m_dir.filePath(QStringLiteral("demo.precis"));
        const auto created = createDemoVault(m_vaultPath);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message()));
        risk::registerStandardModels(m_registry);
        auto all = risk::selectModels(m_registry, QStringLiteral("all"));
        QVERIFY(all);
        m_all = *all;

        // The CLI's patient list, once: the first three columns as before, the record number
        // as the fourth (issue #9).
        const Run list
            = runCli(QStringList{QStringLiteral("patient"), QStringLiteral("list"), m_vaultPath}
                     + as(QStringLiteral("demo-nurse")));
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        auto v = Vault::unlock(m_vaultPath,
                               QStringLiteral("demo-physician"),
                               security::SecretBytes::fromUtf8(kDemoPw));
        QVERIFY(v);
        m_vault = std::move(*v);
        // Hundreds of audited reads follow; their durability is not under test here.
        QVERIFY(detail::VaultAccess::db(*m_vault).exec("PRAGMA synchronous = OFF"));
        auto patients = m_vault->listPatients();
        QVERIFY(patients);
        m_patients = *patients;
        const QList<QByteArray> lines = list.out.split('\n');
        QCOMPARE(lines.size(), static_cast<qsizetype>(m_patients.size()) + 1); // final newline
        QVERIFY(lines.last().isEmpty());
        for (std::size_t i = 0; i < m_patients.size(); ++i) {
            const PatientSummary &p = m_patients[i];
            const QString expected = QStringLiteral("%1\t%2, %3\t%4\t%5")
                                         .arg(p.id)
                                         .arg(p.familyName,
                                              p.givenName,
                                              p.dateOfBirth.toString(Qt::ISODate),
                                              p.recordNumber);
            QCOMPARE(QString::fromUtf8(lines[static_cast<qsizetype>(i)]), expected);
            m_recordNumbers << QString::fromUtf8(lines[static_cast<qsizetype>(i)])
                                   .section(QLatin1Char('\t'), 3, 3);
        }
        QCOMPARE(m_recordNumbers.size(), 600);
    }

    void risksEqualScoreOverShowForEveryDemoPatient_data()
    {
        QTest::addColumn<int>("yearsBack");
        QTest::newRow("as of the cohort's reference date") << 0;
        QTest::newRow("five years earlier (trend point)") << 5;
    }

    void risksEqualScoreOverShowForEveryDemoPatient()
    {
        QFETCH(int, yearsBack);
        const QDate asOf = m_ref.addYears(-yearsBack);
        int withUnits = 0;
        int compared = 0;
        for (const QString &record : std::as_const(m_recordNumbers)) {
            auto p = cli::readPatientAsOf(*m_vault, record, asOf);
            QVERIFY2(p, qPrintable(record));
            auto shown = cli::patientShowText(*p);
            QVERIFY2(shown, qPrintable(shown ? record : record + shown.error().message()));
            // Header and one row, id = record number.
            const QList<QByteArray> lines = bytes(*shown).split('\n');
            QCOMPARE(lines.size(), 3);
            QVERIFY(lines[0].startsWith("id,age,sex"));
            QVERIFY(lines[1].startsWith(record.toUtf8() + ','));
            if (lines[0].contains('['))
                ++withUnits;
            auto risks = cli::patientRisksText(*p, m_all);
            QVERIFY(risks);
            const QByteArray scored = scoreInProcess(*shown, m_all);
            if (bytes(*risks) != scored) {
                QFAIL(qPrintable(QStringLiteral("%1 as of %2\nshow:\n%3\nrisks:\n%4\nscore:\n%5")
                                     .arg(record,
                                          asOf.toString(Qt::ISODate),
                                          QString::fromUtf8(bytes(*shown)),
                                          QString::fromUtf8(bytes(*risks)),
                                          QString::fromUtf8(scored))));
            }
            ++compared;
        }
        QCOMPARE(compared, 600);
        // The comparison covered values typed in non-default units (written as name[unit]).
        if (yearsBack == 0)
            QVERIFY2(withUnits >= 50, qPrintable(QString::number(withUnits)));
    }

    void cliOutputIsTheCommandsOutput()
    {
        // Through real processes for a few patients: show and risks print what the in-process
        // functions return, and `score` over the printed show gives the printed risks.
        const QStringList records = {patientWith("total_cholesterol[mmol/L]"),
                                     patientWith("creatinine[umol/L]"),
                                     m_recordNumbers.first()};
        const QStringList asOf = {QStringLiteral("--as-of"), m_ref.toString(Qt::ISODate)};
        for (const QString &record : records) {
            QVERIFY(!record.isEmpty());
            auto p = cli::readPatientAsOf(*m_vault, record, m_ref);
            QVERIFY(p);
            const Run show = runCli(patientArgs(QStringLiteral("show"), record) + asOf);
            QVERIFY2(show.exitCode == 0, qPrintable(show.err));
            QCOMPARE(show.out, bytes(*cli::patientShowText(*p)));
            const Run risks = runCli(patientArgs(QStringLiteral("risks"), record) + asOf);
            QVERIFY2(risks.exitCode == 0, qPrintable(risks.err));
            QCOMPARE(risks.out, bytes(*cli::patientRisksText(*p, m_all)));
            const QString in = write(record + QStringLiteral(".csv"), show.out);
            const Run score = runCli({QStringLiteral("score"),
                                      QStringLiteral("--models"),
                                      QStringLiteral("all"),
                                      QStringLiteral("--in"),
                                      in,
                                      QStringLiteral("--out"),
                                      QStringLiteral("-")},
                                     {});
            QVERIFY2(score.exitCode == 0, qPrintable(score.err));
            QCOMPARE(risks.out, score.out);
            // --models takes the same ids as score.
            const QStringList some = {QStringLiteral("--models"), QStringLiteral("qrisk3,pce")};
            const Run risksSome
                = runCli(patientArgs(QStringLiteral("risks"), record) + asOf + some);
            const Run scoreSome = runCli(QStringList{QStringLiteral("score")} + some
                                             + QStringList{QStringLiteral("--in"),
                                                           in,
                                                           QStringLiteral("--out"),
                                                           QStringLiteral("-")},
                                         {});
            QCOMPARE(risksSome.exitCode, 0);
            QCOMPARE(risksSome.out, scoreSome.out);
            QVERIFY(risksSome.out.contains(",qrisk3,") && risksSome.out.contains(",pce,"));
            QVERIFY(!risksSome.out.contains(",prevent"));
        }
    }

    void asOfDefaultsToToday()
    {
        const QString record = m_recordNumbers.first();
        const QDate before = QDate::currentDate();
        const Run show = runCli(patientArgs(QStringLiteral("show"), record));
        const QDate after = QDate::currentDate();
        QVERIFY2(show.exitCode == 0, qPrintable(show.err));
        // (Two candidates only when the run straddles midnight.)
        QByteArrayList expected;
        for (const QDate &d : {before, after}) {
            auto p = cli::readPatientAsOf(*m_vault, record, d);
            QVERIFY(p);
            expected << bytes(*cli::patientShowText(*p));
        }
        QVERIFY2(expected.contains(show.out), show.out.constData());
    }

    void showAndRisksAreAuditedChartReads()
    {
        const PatientSummary &patient = m_patients.front();
        Database &db = detail::VaultAccess::db(*m_vault);
        for (const QString &sub : {QStringLiteral("show"), QStringLiteral("risks")}) {
            const qint64 before = *db.queryInt("SELECT max(seq) FROM audit");
            const Run r = runCli(patientArgs(sub, patient.recordNumber));
            QCOMPARE(r.exitCode, 0);
            auto rows = readAudit(db, before + 1);
            QVERIFY(rows);
            int reads = 0;
            for (const AuditEntry &e : *rows)
                if (e.action == QLatin1String(audit::kChartRead) && e.patientId == patient.id
                    && e.user == QLatin1String("demo-physician"))
                    ++reads;
            QVERIFY2(reads >= 1, qPrintable(sub));
            // The chain stays intact with the CLI's rows in it.
            auto verified = verifyAudit(db);
            QVERIFY(verified && verified->intact);
        }
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("expected");
        QTest::addColumn<QString>("stderrHas");
        const QString vault = m_dir.filePath(QStringLiteral("demo.precis"));
        const QString pw = kDemoPw;
        const QStringList base = {QStringLiteral("--password-stdin")};
        for (const QString &sub : {QStringLiteral("show"), QStringLiteral("risks")}) {
            const QStringList cmd = {QStringLiteral("patient"), sub, vault};
            const QStringList known = {QStringLiteral("--patient"), QStringLiteral("DEMO-000001")};
            QTest::addRow("%s: administrator may not read charts", qPrintable(sub))
                << cmd + known + QStringList{QStringLiteral("--as"), QStringLiteral("demo-admin")}
                       + base
                << pw << 2 << QStringLiteral("role");
            QTest::addRow("%s: wrong password", qPrintable(sub))
                << cmd + known + QStringList{QStringLiteral("--as"), QStringLiteral("demo-nurse")}
                       + base
                << QStringLiteral("not the demo password") << 2 << QString();
            QTest::addRow("%s: unknown record number", qPrintable(sub))
                << cmd
                       + QStringList{QStringLiteral("--patient"),
                                     QStringLiteral("DEMO-999999"),
                                     QStringLiteral("--as"),
                                     QStringLiteral("demo-nurse")}
                       + base
                << pw << 1 << QStringLiteral("DEMO-999999");
            QTest::addRow("%s: no --patient", qPrintable(sub))
                << cmd + QStringList{QStringLiteral("--as"), QStringLiteral("demo-nurse")} + base
                << pw << 1 << QStringLiteral("--patient");
            QTest::addRow("%s: invalid --as-of", qPrintable(sub))
                << cmd + known
                       + QStringList{QStringLiteral("--as-of"),
                                     QStringLiteral("2026-13-01"),
                                     QStringLiteral("--as"),
                                     QStringLiteral("demo-nurse")}
                       + base
                << pw << 1 << QStringLiteral("2026-13-01");
            QTest::addRow("%s: --as-of in the future", qPrintable(sub))
                << cmd + known
                       + QStringList{QStringLiteral("--as-of"),
                                     QDate::currentDate().addDays(2).toString(Qt::ISODate),
                                     QStringLiteral("--as"),
                                     QStringLiteral("demo-nurse")}
                       + base
                << pw << 1 << QStringLiteral("after today");
            QTest::addRow("%s: --as-of before birth", qPrintable(sub))
                << cmd + known
                       + QStringList{QStringLiteral("--as-of"),
                                     QStringLiteral("1900-01-01"),
                                     QStringLiteral("--as"),
                                     QStringLiteral("demo-nurse")}
                       + base
                << pw << 1 << QStringLiteral("born after");
        }
        QTest::newRow("risks: unknown model") << QStringList{QStringLiteral("patient"),
                                                             QStringLiteral("risks"),
                                                             vault,
                                                             QStringLiteral("--patient"),
                                                             QStringLiteral("DEMO-000001"),
                                                             QStringLiteral("--models"),
                                                             QStringLiteral("no-such-model"),
                                                             QStringLiteral("--as"),
                                                             QStringLiteral("demo-nurse")}
                                                     + base
                                              << pw << 1 << QStringLiteral("no-such-model");
        QTest::newRow("show: --models is for risks") << QStringList{QStringLiteral("patient"),
                                                                    QStringLiteral("show"),
                                                                    vault,
                                                                    QStringLiteral("--patient"),
                                                                    QStringLiteral("DEMO-000001"),
                                                                    QStringLiteral("--models"),
                                                                    QStringLiteral("all"),
                                                                    QStringLiteral("--as"),
                                                                    QStringLiteral("demo-nurse")}
                                                            + base
                                                     << pw << 1 << QStringLiteral("--models");
        QTest::newRow("list: administrator may not list patients")
            << QStringList{QStringLiteral("patient"),
                           QStringLiteral("list"),
                           vault,
                           QStringLiteral("--as"),
                           QStringLiteral("demo-admin")}
                   + base
            << pw << 2 << QStringLiteral("role");
    }

    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, password);
        QFETCH(int, expected);
        QFETCH(QString, stderrHas);
        const Run r = runCli(args, password);
        QCOMPARE(r.exitCode, expected);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(stderrHas), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestPatientCli)
#include "tst_patientcli.moc"
