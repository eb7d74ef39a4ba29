// SPDX-License-Identifier: GPL-3.0-or-later
// precis-cli vault commands: every role x command (allowed -> 0, denied -> 2), secrets from
// --password-stdin, damage -> 3.
#include "core/security/KeySlotFile.h"
#include "core/store/AuditLog.h"
#include "core/store/Backup.h"
#include "core/store/Sqlite.h"
#include "core/store/Vault.h"
#include "core/store/VaultAdmin.h"
#include "core/store/VaultInternal.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <cmath>

using namespace precis;
using namespace precis::store;

namespace {

const QString kPw = QStringLiteral("a long enough test password %1");

QString passwordOf(const QString &user)
{
    return kPw.arg(user);
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args,
        const QStringList &stdinLines,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    // The CLI's own objects linked with the test KDF policy (tests/support); tst_kdfbuild runs
    // the shipped precis-cli.
    p.start(QStringLiteral(PRECIS_BINARY_DIR "/tests/support/precis-cli-testkdf"), args);
    if (!p.waitForStarted())
        return {};
    p.write(stdinLines.join(QLatin1Char('\n')).toUtf8() + "\n");
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitCode(),
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// Sets the Argon2id parameters of `user`'s slot to m = 16 MiB, t = 8 in the key file (layout in
// core/security/KeySlotFile.cpp: record = u8 type, u32 length, payload, SHA-256; a user slot's
// payload starts with string name, bytes public key, u32 m, u32 t) and fixes the checksum.
bool slowDownSlot(const QString &keysPath, const QString &user)
{
    QFile f(keysPath);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QByteArray bytes = f.readAll();
    f.close();
    qsizetype pos = 12; // magic and format version
    while (pos + 5 <= bytes.size()) {
        const auto type = static_cast<quint8>(bytes[pos]);
        const auto length = qFromBigEndian<quint32>(bytes.constData() + pos + 1);
        const qsizetype payload = pos + 5;
        if (type == 2) {
            const auto nameLength = qFromBigEndian<quint32>(bytes.constData() + payload);
            if (bytes.mid(payload + 4, nameLength) == user.toUtf8()) {
                const qsizetype params = payload + 4 + nameLength + 4 + 32;
                qToBigEndian<quint32>(16 * 1024, bytes.data() + params);
                qToBigEndian<quint32>(8, bytes.data() + params + 4);
                bytes.replace(
                    payload + length,
                    32,
                    QCryptographicHash::hash(QByteArrayView(bytes).sliced(pos, 5 + length),
                                             QCryptographicHash::Sha256));
                return f.open(QIODevice::WriteOnly | QIODevice::Truncate)
                       && f.write(bytes) == bytes.size();
            }
        }
        pos = payload + length + 32;
    }
    return false;
}

} // namespace

class TestVaultCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;
    QString m_recovery;

    QString makeVault()
    {
        const QString path = m_dir.filePath(QStringLiteral("c%1.precis").arg(++m_n));
        auto rec
            = createVault(path,
                          QStringLiteral("admin"),
                          security::SecretBytes::fromUtf8(passwordOf(QStringLiteral("admin"))));
        if (!rec)
            return {};
        m_recovery = *rec;
        auto v
            = Vault::unlock(path,
                            QStringLiteral("admin"),
                            security::SecretBytes::fromUtf8(passwordOf(QStringLiteral("admin"))));
        if (!v)
            return {};
        for (const auto &[name, role] : {std::pair{QStringLiteral("nurse"), Role::Nurse},
                                         std::pair{QStringLiteral("physician"), Role::Physician},
                                         std::pair{QStringLiteral("spare"), Role::Nurse}})
            if (!addUser(**v, name, {role}, security::SecretBytes::fromUtf8(passwordOf(name))))
                return {};
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void version()
    {
        const Run r = cli({QStringLiteral("--version")}, {});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("SQLCipher 3.")));
        QVERIFY(r.out.contains(QStringLiteral("SQLite 3.")));
        QVERIFY(r.out.contains(QStringLiteral("OpenSSL 3.")));
        QVERIFY(r.out.contains(QStringLiteral("Qt 6.")));
    }

    void roleMatrix_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("role");
        QTest::addColumn<int>("expected");
        const QStringList roles
            = {QStringLiteral("admin"), QStringLiteral("nurse"), QStringLiteral("physician")};
        struct Cmd
        {
            const char *name;
            bool admin, clinical;
        };
        const Cmd cmds[] = {{"vault check", true, false},
                            {"user add", true, false},
                            {"user passwd self", true, true},
                            {"user passwd other", true, false},
                            {"user remove", true, false},
                            {"user role", true, false},
                            {"patient list", false, true},
                            {"audit verify", true, false},
                            {"backup", true, false},
                            {"restore", true, false}};
        for (const Cmd &c : cmds)
            for (const QString &r : roles) {
                const bool allowed = r == QLatin1String("admin") ? c.admin : c.clinical;
                QTest::addRow("%s as %s", c.name, qPrintable(r))
                    << QString::fromLatin1(c.name) << r << (allowed ? 0 : 2);
            }
    }

    void roleMatrix()
    {
        QFETCH(QString, command);
        QFETCH(QString, role);
        QFETCH(int, expected);
        const QString vault = makeVault();
        QVERIFY(!vault.isEmpty());
        const QString pw = passwordOf(role);
        const QString newPw = QStringLiteral("a brand new password for the test");
        const QStringList as = {QStringLiteral("--as"), role, QStringLiteral("--password-stdin")};
        QStringList args;
        QStringList in = {pw};
        if (command == QLatin1String("vault check"))
            args = QStringList{QStringLiteral("vault"), QStringLiteral("check"), vault} + as;
        else if (command == QLatin1String("user add")) {
            args = QStringList{QStringLiteral("user"),
                               QStringLiteral("add"),
                               vault,
                               QStringLiteral("--user"),
                               QStringLiteral("newbie"),
                               QStringLiteral("--role"),
                               QStringLiteral("nurse,physician")}
                   + as;
            in << newPw;
        } else if (command == QLatin1String("user passwd self")) {
            args = QStringList{QStringLiteral("user"), QStringLiteral("passwd"), vault} + as;
            in << newPw;
        } else if (command == QLatin1String("user passwd other")) {
            args = QStringList{QStringLiteral("user"),
                               QStringLiteral("passwd"),
                               vault,
                               QStringLiteral("--user"),
                               QStringLiteral("spare")}
                   + as;
            in << newPw;
        } else if (command == QLatin1String("user remove"))
            args = QStringList{QStringLiteral("user"),
                               QStringLiteral("remove"),
                               vault,
                               QStringLiteral("--user"),
                               QStringLiteral("spare")}
                   + as;
        else if (command == QLatin1String("user role"))
            args = QStringList{QStringLiteral("user"),
                               QStringLiteral("role"),
                               vault,
                               QStringLiteral("--user"),
                               QStringLiteral("spare"),
                               QStringLiteral("--role"),
                               QStringLiteral("physician")}
                   + as;
        else if (command == QLatin1String("patient list"))
            args = QStringList{QStringLiteral("patient"), QStringLiteral("list"), vault} + as;
        else if (command == QLatin1String("audit verify"))
            args = QStringList{QStringLiteral("audit"), QStringLiteral("verify"), vault} + as;
        else if (command == QLatin1String("backup"))
            args
                = QStringList{QStringLiteral("backup"), vault, vault + QStringLiteral(".bak")} + as;
        else if (command == QLatin1String("restore")) {
            {
                auto v = Vault::unlock(
                    vault,
                    QStringLiteral("admin"),
                    security::SecretBytes::fromUtf8(passwordOf(QStringLiteral("admin"))));
                QVERIFY(v);
                QVERIFY(backupVault(**v, vault + QStringLiteral(".bak")));
            }
            args = QStringList{QStringLiteral("restore"), vault + QStringLiteral(".bak"), vault}
                   + as;
        }
        const Run r = cli(args, in);
        QVERIFY2(r.exitCode == expected,
                 qPrintable(QStringLiteral("exit %1, expected %2; stderr: %3")
                                .arg(r.exitCode)
                                .arg(expected)
                                .arg(r.err)));
        if (expected != 0)
            QVERIFY(!r.err.trimmed().isEmpty() && !r.err.trimmed().contains(QLatin1Char('\n')));
        if (command == QLatin1String("user passwd self") && expected == 0) {
            QVERIFY(Vault::unlock(vault, role, security::SecretBytes::fromUtf8(newPw)));
            QVERIFY(!Vault::unlock(vault, role, security::SecretBytes::fromUtf8(pw)));
        }
        // The effect happened exactly when the command was allowed (and a denied command
        // changed nothing): passwords from stdin in prompt order, roles as given.
        const auto spare = QStringLiteral("spare");
        auto spareWith = [&](const QString &password) {
            return Vault::unlock(vault, spare, security::SecretBytes::fromUtf8(password));
        };
        const bool allowed = expected == 0;
        if (command == QLatin1String("user passwd other")) {
            QCOMPARE(bool(spareWith(newPw)), allowed);
            QCOMPARE(bool(spareWith(passwordOf(spare))), !allowed);
        } else if (command == QLatin1String("user add")) {
            auto v = Vault::unlock(
                vault, QStringLiteral("newbie"), security::SecretBytes::fromUtf8(newPw));
            QCOMPARE(bool(v), allowed);
            if (v)
                QCOMPARE((*v)->user().roles, (QList<Role>{Role::Nurse, Role::Physician}));
        } else if (command == QLatin1String("user remove")) {
            QCOMPARE(bool(spareWith(passwordOf(spare))), !allowed);
        } else if (command == QLatin1String("user role")) {
            auto v = spareWith(passwordOf(spare));
            QVERIFY(v);
            QCOMPARE((*v)->user().roles,
                     allowed ? QList<Role>{Role::Physician} : QList<Role>{Role::Nurse});
        } else if (command == QLatin1String("backup")) {
            QCOMPARE(QFile::exists(vault + QStringLiteral(".bak")), allowed);
        } else if (command == QLatin1String("audit verify")) {
            QCOMPARE(r.out.trimmed().isEmpty(), !allowed);
        }
    }

    void patientListAndErrors()
    {
        const QString vault = makeVault();
        const QStringList list = {QStringLiteral("patient"),
                                  QStringLiteral("list"),
                                  vault,
                                  QStringLiteral("--as"),
                                  QStringLiteral("nurse"),
                                  QStringLiteral("--password-stdin")};
        QCOMPARE(cli(list, {passwordOf(QStringLiteral("nurse"))}).exitCode, 0);
        const Run wrong = cli(list, {QStringLiteral("definitely the wrong password")});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY(wrong.err.contains(QStringLiteral("wrong user name or password")));
        QCOMPARE(cli({QStringLiteral("patient"), QStringLiteral("list"), vault}, {}).exitCode, 1);
        QCOMPARE(cli({QStringLiteral("vault"), QStringLiteral("bogus")}, {}).exitCode, 1);
        // Audit chain broken -> 3 is covered in tst_vault; damage -> 3 here.
        {
            QFile f(vault);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(f.size() - 100));
            QVERIFY(f.putChar('\x7f'));
        }
        const Run check = cli({QStringLiteral("vault"),
                               QStringLiteral("check"),
                               vault,
                               QStringLiteral("--as"),
                               QStringLiteral("admin"),
                               QStringLiteral("--password-stdin")},
                              {passwordOf(QStringLiteral("admin"))});
        QCOMPARE(check.exitCode, 3);
        QVERIFY2(check.err.contains(QStringLiteral("vault damaged at page")),
                 qPrintable(check.err));
    }

    // Issue #8: `user add --require-password-change`; the new user can do nothing but choose
    // their own password (exit 2 otherwise), then works normally.
    void requiredPasswordChange()
    {
        const QString vault = makeVault();
        const QString initial = QStringLiteral("initial correct horse battery 7");
        const QString chosen = QStringLiteral("chosen correct horse battery 8");
        const auto as = [&](const QStringList &command, const QString &user) {
            return command
                   + QStringList{
                       vault, QStringLiteral("--as"), user, QStringLiteral("--password-stdin")};
        };
        const QStringList add{QStringLiteral("user"), QStringLiteral("add")};
        QCOMPARE(cli(as(add, QStringLiteral("admin"))
                         + QStringList{QStringLiteral("--user"),
                                       QStringLiteral("temp"),
                                       QStringLiteral("--role"),
                                       QStringLiteral("nurse"),
                                       QStringLiteral("--require-password-change")},
                     {passwordOf(QStringLiteral("admin")), initial})
                     .exitCode,
                 0);
        const QStringList list{QStringLiteral("patient"), QStringLiteral("list")};
        const Run refused = cli(as(list, QStringLiteral("temp")), {initial});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("choose a new password first")),
                 qPrintable(refused.err));
        // Only for add and passwd; and not for one's own password.
        QCOMPARE(cli(as({QStringLiteral("user"), QStringLiteral("remove")}, QStringLiteral("admin"))
                         + QStringList{QStringLiteral("--user"),
                                       QStringLiteral("temp"),
                                       QStringLiteral("--require-password-change")},
                     {passwordOf(QStringLiteral("admin"))})
                     .exitCode,
                 1);
        const QStringList passwd{QStringLiteral("user"), QStringLiteral("passwd")};
        QCOMPARE(cli(as(passwd, QStringLiteral("temp")), {initial, initial}).exitCode, 1);
        QCOMPARE(cli(as(passwd, QStringLiteral("temp")), {initial, chosen}).exitCode, 0);
        QCOMPARE(cli(as(list, QStringLiteral("temp")), {chosen}).exitCode, 0);
        // An administrator's reset can require the change again.
        QCOMPARE(cli(as(passwd, QStringLiteral("admin"))
                         + QStringList{QStringLiteral("--user"),
                                       QStringLiteral("temp"),
                                       QStringLiteral("--require-password-change")},
                     {passwordOf(QStringLiteral("admin")), initial})
                     .exitCode,
                 0);
        QCOMPARE(cli(as(list, QStringLiteral("temp")), {initial}).exitCode, 2);
    }

    void brokenAuditChainExits3()
    {
        const QString vault = makeVault();
        {
            auto v = Vault::unlock(
                vault,
                QStringLiteral("admin"),
                security::SecretBytes::fromUtf8(passwordOf(QStringLiteral("admin"))));
            QVERIFY(v);
            QVERIFY(detail::VaultAccess::db(**v).exec(
                "UPDATE audit SET user_name = 'mallory' WHERE seq = 2"));
        }
        const Run r = cli({QStringLiteral("audit"),
                           QStringLiteral("verify"),
                           vault,
                           QStringLiteral("--as"),
                           QStringLiteral("admin"),
                           QStringLiteral("--password-stdin")},
                          {passwordOf(QStringLiteral("admin"))});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("audit row 2")), qPrintable(r.err));
    }

    // `audit verify` names the first bad row for each kind of tampering (exit 3).
    void auditVerifyNamesFirstBadRow_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("firstBad");
        QTest::newRow("changed") << "UPDATE audit SET detail = 'x' WHERE seq = 3" << 3;
        QTest::newRow("deleted") << "DELETE FROM audit WHERE seq = 4" << 4;
        QTest::newRow("reordered")
            << "UPDATE audit SET seq = -1 WHERE seq = 5; UPDATE audit SET seq = 5 WHERE seq = 6;"
               " UPDATE audit SET seq = 6 WHERE seq = -1"
            << 5;
        QTest::newRow("truncated") << "DELETE FROM audit WHERE seq > 6" << 7;
    }

    void auditVerifyNamesFirstBadRow()
    {
        QFETCH(QString, sql);
        QFETCH(int, firstBad);
        const QString vault = makeVault();
        const QStringList args = {QStringLiteral("audit"),
                                  QStringLiteral("verify"),
                                  vault,
                                  QStringLiteral("--as"),
                                  QStringLiteral("admin"),
                                  QStringLiteral("--password-stdin")};
        const Run intact = cli(args, {passwordOf(QStringLiteral("admin"))});
        QVERIFY2(intact.exitCode == 0, qPrintable(intact.err));
        {
            auto v = Vault::unlock(
                vault,
                QStringLiteral("admin"),
                security::SecretBytes::fromUtf8(passwordOf(QStringLiteral("admin"))));
            QVERIFY(v);
            QVERIFY(*detail::VaultAccess::db(**v).queryInt("SELECT count(*) FROM audit") > 8);
            QVERIFY(detail::VaultAccess::db(**v).exec(sql.toUtf8().constData()));
        }
        const Run r = cli(args, {passwordOf(QStringLiteral("admin"))});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("audit row %1").arg(firstBad)), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
    }

    // A damaged FREE page: SQLite's integrity check does not read it, `vault check` must.
    void vaultCheckNamesDamagedFreePage()
    {
        const QString vault = makeVault();
        qint64 pageCount = 0;
        {
            auto v = Vault::unlock(
                vault,
                QStringLiteral("admin"),
                security::SecretBytes::fromUtf8(passwordOf(QStringLiteral("admin"))));
            QVERIFY(v);
            Database &db = detail::VaultAccess::db(**v);
            // Pages freed by a dropped scratch table (no clinical data) sit at the end.
            QVERIFY(db.exec("CREATE TABLE scratch(x BLOB); INSERT INTO scratch VALUES "
                            "(zeroblob(400000)); DROP TABLE scratch;"));
            QVERIFY(db.exec("PRAGMA wal_checkpoint(TRUNCATE)"));
            QVERIFY(*db.queryInt("PRAGMA freelist_count") > 50);
            pageCount = *db.queryInt("PRAGMA page_count");
        }
        const QStringList args = {QStringLiteral("vault"),
                                  QStringLiteral("check"),
                                  vault,
                                  QStringLiteral("--as"),
                                  QStringLiteral("admin"),
                                  QStringLiteral("--password-stdin")};
        QCOMPARE(cli(args, {passwordOf(QStringLiteral("admin"))}).exitCode, 0);
        {
            QFile f(vault);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek((pageCount - 1) * 4096 + 100));
            QVERIFY(f.putChar('\x42'));
        }
        // Ordinary use does not notice: the page is free.
        {
            auto v = Vault::unlock(
                vault,
                QStringLiteral("admin"),
                security::SecretBytes::fromUtf8(passwordOf(QStringLiteral("admin"))));
            QVERIFY(v);
            QCOMPARE(*detail::VaultAccess::db(**v).queryText("PRAGMA integrity_check"),
                     QStringLiteral("ok"));
        }
        const Run r = cli(args, {passwordOf(QStringLiteral("admin"))});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("page %1").arg(pageCount)), qPrintable(r.err));
    }

    // Issue #8 D1c: `audit anchor` prints N:HASH; `audit verify --anchor` exits 0 while the
    // chain holds that row, 3 once the vault was rolled back to before it. The rolled-back pair
    // is opened on a workstation that never saw the newer state (its own data folder), the one
    // place where the pair alone cannot tell.
    void auditAnchor()
    {
        const QString vault = makeVault();
        const QString old = vault + QStringLiteral(".old");
        for (const QString &suffix : {QString(), QStringLiteral(".keys")})
            QVERIFY(QFile::copy(vault + suffix, old + suffix));
        const QStringList as
            = {QStringLiteral("--as"), QStringLiteral("admin"), QStringLiteral("--password-stdin")};
        const QString pw = passwordOf(QStringLiteral("admin"));
        const Run anchor
            = cli(QStringList{QStringLiteral("audit"), QStringLiteral("anchor"), vault} + as, {pw});
        QVERIFY2(anchor.exitCode == 0, qPrintable(anchor.err));
        const QString text = anchor.out.trimmed();
        static const QRegularExpression form(QStringLiteral("^(\\d+):[0-9a-f]{64}$"));
        const auto m = form.match(text);
        QVERIFY2(m.hasMatch(), qPrintable(text));
        const QStringList verify = QStringList{QStringLiteral("audit"),
                                               QStringLiteral("verify"),
                                               vault,
                                               QStringLiteral("--anchor"),
                                               text}
                                   + as;
        const Run present = cli(verify, {pw});
        QVERIFY2(present.exitCode == 0, qPrintable(present.err));
        // A malformed anchor is a usage error.
        QCOMPARE(cli(QStringList{QStringLiteral("audit"),
                                 QStringLiteral("verify"),
                                 vault,
                                 QStringLiteral("--anchor"),
                                 QStringLiteral("12:xyz")}
                         + as,
                     {pw})
                     .exitCode,
                 1);
        // Roll both files back to before the anchor, then verify on another workstation.
        for (const QString &suffix : {QString(), QStringLiteral(".keys")}) {
            QFile::remove(vault + suffix);
            QVERIFY(QFile::copy(old + suffix, vault + suffix));
        }
        QTemporaryDir otherHome;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), otherHome.path());
        const Run gone = cli(verify, {pw}, env);
        QCOMPARE(gone.exitCode, 3);
        QVERIFY2(gone.err.contains(QStringLiteral("not in the audit chain")), qPrintable(gone.err));
        QCOMPARE(gone.err.trimmed().count(QLatin1Char('\n')), 0);
        // On this workstation the rollback is refused at sign-in already, also exit 3.
        const Run here = cli(verify, {pw});
        QCOMPARE(here.exitCode, 3);
        QVERIFY2(here.err.contains(QStringLiteral("older than this workstation has seen")),
                 qPrintable(here.err));
    }

    // Exit 3 names the older file.
    void rollbackExit3NamesTheOlderFile_data()
    {
        QTest::addColumn<bool>("vaultBack");
        QTest::addColumn<QString>("message");
        QTest::newRow("vault older") << true << "the vault is older than its key file";
        QTest::newRow("key file older") << false << "the key file is older than the vault";
    }
    void rollbackExit3NamesTheOlderFile()
    {
        QFETCH(bool, vaultBack);
        QFETCH(QString, message);
        const QString vault = makeVault();
        const QString old = vault + QStringLiteral(".old");
        for (const QString &suffix : {QString(), QStringLiteral(".keys")})
            QVERIFY(QFile::copy(vault + suffix, old + suffix));
        {
            auto v = Vault::unlock(
                vault,
                QStringLiteral("admin"),
                security::SecretBytes::fromUtf8(passwordOf(QStringLiteral("admin"))));
            QVERIFY(v);
        }
        const QString suffix = vaultBack ? QString() : QStringLiteral(".keys");
        QFile::remove(vault + suffix);
        QVERIFY(QFile::copy(old + suffix, vault + suffix));
        const Run r = cli({QStringLiteral("patient"),
                           QStringLiteral("list"),
                           vault,
                           QStringLiteral("--as"),
                           QStringLiteral("nurse"),
                           QStringLiteral("--password-stdin")},
                          {passwordOf(QStringLiteral("nurse"))});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
    }

    // Issue #8 D3: restore signs in to the live vault (its administrator) and to the backup;
    // --backup-as asks for the backup's password separately (it may have changed since). The
    // replaced pair is kept and named in the output.
    void restoreSignsInToBoth()
    {
        const QString vault = makeVault();
        const QString bak = vault + QStringLiteral(".bak");
        const QString oldPw = passwordOf(QStringLiteral("admin"));
        const QString newPw = QStringLiteral("the administrator changed it later");
        {
            auto v = Vault::unlock(
                vault, QStringLiteral("admin"), security::SecretBytes::fromUtf8(oldPw));
            QVERIFY(v);
            QVERIFY(backupVault(**v, bak));
            QVERIFY(changePassword(
                **v, QStringLiteral("admin"), security::SecretBytes::fromUtf8(newPw)));
        }
        const QStringList args = {QStringLiteral("restore"),
                                  bak,
                                  vault,
                                  QStringLiteral("--as"),
                                  QStringLiteral("admin"),
                                  QStringLiteral("--password-stdin")};
        // The live password does not open the backup: refused by the backup (exit 2).
        QCOMPARE(cli(args, {newPw}).exitCode, 2);
        // The backup's password is not the live one: refused by the live vault (exit 2).
        QCOMPARE(cli(args, {oldPw}).exitCode, 2);
        const Run ok
            = cli(args + QStringList{QStringLiteral("--backup-as"), QStringLiteral("admin")},
                  {newPw, oldPw});
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
        QVERIFY2(ok.out.contains(QStringLiteral("kept as c")), qPrintable(ok.out));
        QVERIFY(
            Vault::unlock(vault, QStringLiteral("admin"), security::SecretBytes::fromUtf8(oldPw)));
    }

    // Issue #8 D5: 30 simultaneous wrong passwords x 3 rounds. At most the free attempts, plus
    // one per expired delay, are evaluated; every attempt, evaluated or turned away, reaches
    // the audit chain; one user's failures do not lock another user out.
    void parallelGuessesAreThrottled()
    {
        const QString vault = makeVault();
        // Make each guess cost what a real one does (the test KDF takes microseconds, which
        // hides the race): the nurse's slot asks for Argon2id m = 16 MiB, t = 8. The slot no
        // longer opens (the parameters are bound into its seal), so every guess is wrong and
        // costs a full derivation.
        QVERIFY(slowDownSlot(security::KeySlotFile::pathFor(vault), QStringLiteral("nurse")));
        const QStringList args = {QStringLiteral("patient"),
                                  QStringLiteral("list"),
                                  vault,
                                  QStringLiteral("--as"),
                                  QStringLiteral("nurse"),
                                  QStringLiteral("--password-stdin")};
        int evaluated = 0;
        int throttled = 0;
        // The password comes from a file, so that every process reads it at its own pace (a
        // QProcess writes its stdin only inside waitFor... calls on that process, which would
        // serialise the attempts).
        const QString guess = m_dir.filePath(QStringLiteral("guess.txt"));
        {
            QFile g(guess);
            QVERIFY(g.open(QIODevice::WriteOnly));
            g.write("not the nurse's password at all\n");
        }
        QElapsedTimer elapsed;
        elapsed.start();
        for (int round = 0; round < 3; ++round) {
            std::vector<std::unique_ptr<QProcess>> procs;
            for (int i = 0; i < 30; ++i) {
                auto p = std::make_unique<QProcess>();
                p->setStandardInputFile(guess);
                p->start(QStringLiteral(PRECIS_BINARY_DIR "/tests/support/precis-cli-testkdf"),
                         args);
                procs.push_back(std::move(p));
            }
            for (auto &p : procs) {
                QVERIFY(p->waitForFinished(120000));
                QCOMPARE(p->exitCode(), 2);
                const QString err = QString::fromUtf8(p->readAllStandardError());
                if (err.contains(QStringLiteral("wrong user name or password")))
                    ++evaluated;
                else if (err.contains(QStringLiteral("too many failed attempts")))
                    ++throttled;
                else
                    QFAIL(qPrintable(err));
            }
        }
        // After the 5 free attempts the k-th further one waits 2^(k-1) s (UnlockThrottle::
        // delayAfter), so k more need 2^k - 1 s: within T seconds at most floor(log2(T + 1)),
        // plus one for the throttle's whole-second times. That is 3 for a 5-second run and 7
        // for a 2-minute one under sanitizers; the race this guards against lets most of each
        // round's 30 guesses through.
        const double seconds = static_cast<double>(elapsed.elapsed()) / 1000.0;
        const int allowed = 5 + 1 + static_cast<int>(std::floor(std::log2(seconds + 1.0)));
        qInfo("%d attempts evaluated, %d turned away in %.1f s (at most %d may be evaluated)",
              evaluated,
              throttled,
              seconds,
              allowed);
        QVERIFY2(evaluated <= allowed, qPrintable(QStringLiteral("%1 evaluated").arg(evaluated)));
        QCOMPARE(evaluated + throttled, 90);
        // The administrator is not locked out by the nurse's failures, and the chain holds all
        // 90 attempts.
        auto admin
            = Vault::unlock(vault,
                            QStringLiteral("admin"),
                            security::SecretBytes::fromUtf8(passwordOf(QStringLiteral("admin"))));
        QVERIFY2(admin, qPrintable(admin ? QString() : admin.error().message()));
        const auto rows = readAudit(detail::VaultAccess::db(**admin));
        QVERIFY(rows);
        int failedRows = 0;
        for (const AuditEntry &e : *rows)
            if (e.action == QLatin1String(audit::kFailedUnlock) && e.user == QLatin1String("nurse"))
                ++failedRows;
        QCOMPARE(failedRows, 90);
    }

    // Issue #8 D6: a backup must never write one of the vault's own files (exit 1, nothing
    // written); `backup VAULT VAULT.keys` used to overwrite the key file.
    void backupRefusesTheVaultsOwnFiles_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("the vault") << "";
        QTest::newRow("its key file") << ".keys";
        QTest::newRow("its key file by another spelling") << "/./";
        QTest::newRow("its WAL") << "-wal";
        QTest::newRow("its throttle file") << ".auth";
        QTest::newRow("its restore marker") << ".restoring";
    }
    void backupRefusesTheVaultsOwnFiles()
    {
        QFETCH(QString, suffix);
        const QString vault = makeVault();
        QString out = vault + suffix;
        if (suffix == QLatin1String("/./"))
            out = QFileInfo(vault).absolutePath() + QStringLiteral("/./")
                  + QFileInfo(vault).fileName() + QStringLiteral(".keys");
        const bool existed = QFileInfo::exists(out);
        const Run r = cli({QStringLiteral("backup"),
                           vault,
                           out,
                           QStringLiteral("--as"),
                           QStringLiteral("admin"),
                           QStringLiteral("--password-stdin")},
                          {passwordOf(QStringLiteral("admin"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("one of the vault's own files")), qPrintable(r.err));
        QCOMPARE(QFileInfo::exists(out), existed);
        if (!suffix.isEmpty())
            QVERIFY(!QFileInfo::exists(out + QStringLiteral(".keys")));
        auto v
            = Vault::unlock(vault,
                            QStringLiteral("nurse"),
                            security::SecretBytes::fromUtf8(passwordOf(QStringLiteral("nurse"))));
        QVERIFY2(v, qPrintable(v ? QString() : v.error().message()));
    }

    // Issue #8 D7: a file that is not a Precis vault (empty, or a plain SQLite database) next to
    // a valid key file exits 3 and is left exactly as it was (a 0-byte file used to be reported
    // as "user has no role" and rewritten as a new database).
    void notAVaultIsLeftUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("plain SQLite")
            << QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\0');
        QTest::newRow("short") << QByteArray(100, 'x');
    }
    void notAVaultIsLeftUntouched()
    {
        QFETCH(QByteArray, content);
        const QString vault = makeVault();
        {
            QFile f(vault);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QCOMPARE(f.write(content), content.size());
        }
        const Run r = cli({QStringLiteral("patient"),
                           QStringLiteral("list"),
                           vault,
                           QStringLiteral("--as"),
                           QStringLiteral("nurse"),
                           QStringLiteral("--password-stdin")},
                          {passwordOf(QStringLiteral("nurse"))});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("not a Precis vault")), qPrintable(r.err));
        QFile f(vault);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content);
        QVERIFY(!QFileInfo::exists(vault + QStringLiteral("-wal")));
    }

    // Issue #8 D10: damage in a page read while signing in is reported as that page (pages
    // count from 1, 4,096 bytes each), exit 3, on one line of stderr. The error path used the
    // data key after it had moved into the vault object, so the scan called page 1 damaged.
    void damagedPageIsNamed_data()
    {
        QTest::addColumn<QString>("table");
        for (const char *t : {"users", "settings", "audit", "audit_head", "schema_version"})
            QTest::newRow(t) << QString::fromLatin1(t);
    }
    void damagedPageIsNamed()
    {
        QFETCH(QString, table);
        const QString vault = makeVault();
        qint64 page = 0;
        {
            auto v = Vault::unlock(
                vault,
                QStringLiteral("admin"),
                security::SecretBytes::fromUtf8(passwordOf(QStringLiteral("admin"))));
            QVERIFY(v);
            Database &db = detail::VaultAccess::db(**v);
            // Push the tables apart so that they do not all sit on the first pages.
            QVERIFY(db.exec("CREATE TABLE filler(x BLOB); INSERT INTO filler VALUES "
                            "(zeroblob(60000))"));
            auto st = db.prepare("SELECT rootpage FROM sqlite_master WHERE name = ?");
            QVERIFY(st);
            st->bind(1, table);
            QVERIFY(*st->step());
            page = st->int64(0);
        }
        QVERIFY(page > 1);
        {
            QFile f(vault);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek((page - 1) * 4096 + 300));
            char c = 0;
            QVERIFY(f.getChar(&c));
            QVERIFY(f.seek((page - 1) * 4096 + 300));
            QVERIFY(f.putChar(static_cast<char>(c ^ 0x5a)));
        }
        const Run r = cli({QStringLiteral("patient"),
                           QStringLiteral("list"),
                           vault,
                           QStringLiteral("--as"),
                           QStringLiteral("nurse"),
                           QStringLiteral("--password-stdin")},
                          {passwordOf(QStringLiteral("nurse"))});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.err.trimmed(), QStringLiteral("precis-cli: vault damaged at page %1").arg(page));
    }

    // Issue #8 D9: `vault check` on a damaged vault writes nothing: no sign-in row, no
    // checkpoint, no check row, no lock row (1,010 of 1,018 failing checks changed the file).
    void failingCheckWritesNothing()
    {
        const QString vault = makeVault();
        qint64 pageCount = 0;
        {
            auto v = Vault::unlock(
                vault,
                QStringLiteral("admin"),
                security::SecretBytes::fromUtf8(passwordOf(QStringLiteral("admin"))));
            QVERIFY(v);
            Database &db = detail::VaultAccess::db(**v);
            QVERIFY(db.exec("CREATE TABLE scratch(x BLOB); INSERT INTO scratch VALUES "
                            "(zeroblob(400000)); DROP TABLE scratch;"));
            pageCount = *db.queryInt("PRAGMA page_count");
        }
        {
            QFile f(vault);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek((pageCount - 2) * 4096 + 100));
            QVERIFY(f.putChar('\x42'));
        }
        const auto snapshot = [&] {
            QByteArray all;
            for (const char *suffix : {"", "-wal", ".keys"}) {
                QFile f(vault + QLatin1String(suffix));
                all += f.open(QIODevice::ReadOnly)
                           ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                           : QByteArray("absent");
            }
            return all;
        };
        const QByteArray before = snapshot();
        const Run r = cli({QStringLiteral("vault"),
                           QStringLiteral("check"),
                           vault,
                           QStringLiteral("--as"),
                           QStringLiteral("admin"),
                           QStringLiteral("--password-stdin")},
                          {passwordOf(QStringLiteral("admin"))});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("page %1").arg(pageCount - 1)), qPrintable(r.err));
        QCOMPARE(snapshot(), before);
    }

    void recover()
    {
        const QString vault = makeVault();
        const QString newPw = QStringLiteral("recovered administrator password");
        const QStringList args = {QStringLiteral("vault"),
                                  QStringLiteral("recover"),
                                  vault,
                                  QStringLiteral("--user"),
                                  QStringLiteral("admin"),
                                  QStringLiteral("--password-stdin")};
        QCOMPARE(cli(args, {QStringLiteral("0000-0000-0000"), newPw}).exitCode, 2);
        // Order is recovery key first, then the new password: swapped lines are refused.
        QVERIFY(cli(args, {newPw, m_recovery}).exitCode != 0);
        QVERIFY(
            Vault::unlock(vault,
                          QStringLiteral("admin"),
                          security::SecretBytes::fromUtf8(passwordOf(QStringLiteral("admin")))));
        const Run ok = cli(args, {m_recovery, newPw});
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
        QVERIFY(
            Vault::unlock(vault, QStringLiteral("admin"), security::SecretBytes::fromUtf8(newPw)));
    }

    void createAndDemo()
    {
        const QString vault = m_dir.filePath(QStringLiteral("new.precis"));
        const Run r = cli({QStringLiteral("vault"),
                           QStringLiteral("create"),
                           vault,
                           QStringLiteral("--admin"),
                           QStringLiteral("boss"),
                           QStringLiteral("--password-stdin")},
                          {passwordOf(QStringLiteral("boss"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Recovery key")));
        // The demo password is refused outside demo vaults.
        const Run demoPw = cli({QStringLiteral("vault"),
                                QStringLiteral("create"),
                                vault + QStringLiteral("2"),
                                QStringLiteral("--admin"),
                                QStringLiteral("boss"),
                                QStringLiteral("--password-stdin")},
                               {QStringLiteral("precis-demo-password")});
        QCOMPARE(demoPw.exitCode, 1);
        const QString demo = m_dir.filePath(QStringLiteral("demo.precis"));
        const Run d = cli({QStringLiteral("demo"), QStringLiteral("create"), demo}, {});
        QVERIFY2(d.exitCode == 0, qPrintable(d.err));
        const Run list = cli({QStringLiteral("patient"),
                              QStringLiteral("list"),
                              demo,
                              QStringLiteral("--as"),
                              QStringLiteral("demo-physician"),
                              QStringLiteral("--password-stdin")},
                             {QStringLiteral("precis-demo-password")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.count(QLatin1Char('\n')) >= 500);
    }
};

QTEST_GUILESS_MAIN(TestVaultCli)
#include "tst_vaultcli.moc"
