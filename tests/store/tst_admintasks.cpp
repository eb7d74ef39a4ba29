// SPDX-License-Identifier: GPL-3.0-or-later
// The store functions behind the administration screens (core/store/AdminTasks.h): a new
// recovery key, reading the audit trail, checking a written backup. Each is refused to a role
// other than administrator; the key change also without a fresh password proof.
#include "core/security/KeySlotFile.h"
#include "core/store/AdminTasks.h"
#include "core/store/AuditLog.h"
#include "core/store/Backup.h"
#include "core/store/Vault.h"
#include "core/store/VaultAdmin.h"
#include "core/store/VaultDatabase.h"
#include "core/store/VaultInternal.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace precis;
using namespace precis::store;

namespace {

const QString kAdminPw = QStringLiteral("admin correct horse battery 1");
const QString kNursePw = QStringLiteral("nurse correct horse battery 2");

security::SecretBytes pw(const QString &s)
{
    return security::SecretBytes::fromUtf8(s);
}

// The key file's credentials (slots, recovery, digests): the vault-state record in the same
// file is rewritten at every unlock and lock (issue #8 D1), so the whole file always changes.
QByteArray credentials(const QString &keyFilePath)
{
    auto keys = security::KeySlotFile::load(keyFilePath);
    return keys ? keys->credentialsFingerprint() : QByteArray("missing");
}

} // namespace

class TestAdminTasks : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_serial = 0;

    /// A new vault with "admin" (administrator) and "nurse"; returns its path and the recovery
    /// key shown at creation.
    std::pair<QString, QString> makeVault()
    {
        const QString path = m_dir.filePath(QStringLiteral("v%1.precis").arg(++m_serial));
        auto recovery = createVault(path, QStringLiteral("admin"), pw(kAdminPw));
        if (!recovery)
            return {};
        auto admin = Vault::unlock(path, QStringLiteral("admin"), pw(kAdminPw));
        if (!admin || !addUser(**admin, QStringLiteral("nurse"), {Role::Nurse}, pw(kNursePw)))
            return {};
        return {path, *recovery};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void newRecoveryKeyReplacesTheOld()
    {
        const auto [path, oldKey] = makeVault();
        QVERIFY(!path.isEmpty());
        QString newKey;
        {
            auto admin = Vault::unlock(path, QStringLiteral("admin"), pw(kAdminPw));
            QVERIFY(admin);
            auto made = regenerateRecoveryKey(**admin);
            QVERIFY2(made, made ? "" : qPrintable(made.error().message()));
            newKey = *made;
            // The format of security::generateRecoveryKey (KeySlotFile.h): 14 groups of 4.
            QVERIFY(QRegularExpression(QStringLiteral("^[0-9A-Z]{4}(-[0-9A-Z]{4}){13}$"))
                        .match(newKey)
                        .hasMatch());
            QVERIFY(newKey != oldKey);
            const auto rows = readAudit(detail::VaultAccess::db(**admin));
            QVERIFY(rows);
            QCOMPARE(rows->back().action, QString::fromLatin1(audit::kRecoveryKeyChange));
            QCOMPARE(rows->back().user, QStringLiteral("admin"));
        }
        auto parsedNew = security::parseRecoveryKey(newKey);
        QVERIFY(parsedNew);
        QVERIFY(Vault::unlockWithRecoveryKey(path, std::move(*parsedNew)));
        auto parsedOld = security::parseRecoveryKey(oldKey);
        QVERIFY(parsedOld);
        const auto old = Vault::unlockWithRecoveryKey(path, std::move(*parsedOld));
        QVERIFY(!old);
        QCOMPARE(old.error().code, ErrorCode::Authentication);
    }

    // Issue #8: an initial password set by an administrator must be replaced at the first
    // sign-in, and core refuses everything else until it is.
    void initialPasswordMustBeChangedFirst()
    {
        const auto [path, recoveryKey] = makeVault();
        QVERIFY(!path.isEmpty());
        const QString initial = QStringLiteral("initial correct horse battery 3");
        const QString chosen = QStringLiteral("chosen correct horse battery 4");
        {
            auto admin = Vault::unlock(path, QStringLiteral("admin"), pw(kAdminPw));
            QVERIFY(admin);
            QVERIFY(addUser(**admin,
                            QStringLiteral("dr-new"),
                            {Role::Physician, Role::Administrator},
                            pw(initial),
                            PasswordChange::Required));
            const auto users = listUsers(**admin);
            QVERIFY(users);
            for (const UserInfo &u : *users)
                QCOMPARE(u.mustChangePassword, u.name == QLatin1String("dr-new"));
            const auto rows = readAudit(detail::VaultAccess::db(**admin));
            QVERIFY(rows);
            QVERIFY2(rows->back().detail.contains(QStringLiteral("password change required")),
                     qPrintable(rows->back().detail));
        }
        {
            auto fresh = Vault::unlock(path, QStringLiteral("dr-new"), pw(initial));
            QVERIFY(fresh);
            QVERIFY((*fresh)->user().mustChangePassword);
            // Clinical and administrative calls alike are refused, with the reason.
            const auto patients = (*fresh)->listPatients();
            QVERIFY(!patients);
            QCOMPARE(patients.error().code, ErrorCode::Permission);
            QCOMPARE(patients.error().reason, ErrorReason::PasswordChangeRequired);
            const auto users = listUsers(**fresh);
            QVERIFY(!users);
            QCOMPARE(users.error().reason, ErrorReason::PasswordChangeRequired);
            const auto other = changePassword(
                **fresh, QStringLiteral("nurse"), pw(QStringLiteral("taken over horse battery")));
            QVERIFY(!other);
            // Keeping the administrator's password is not a change.
            const auto same = changePassword(**fresh, QStringLiteral("dr-new"), pw(initial));
            QVERIFY(!same);
            QCOMPARE(same.error().code, ErrorCode::InvalidInput);
            QVERIFY((*fresh)->user().mustChangePassword);
            QVERIFY(changePassword(**fresh, QStringLiteral("dr-new"), pw(chosen)));
            QVERIFY(!(*fresh)->user().mustChangePassword);
            QVERIFY((*fresh)->listPatients());
        }
        QVERIFY(!Vault::unlock(path, QStringLiteral("dr-new"), pw(initial)));
        auto again = Vault::unlock(path, QStringLiteral("dr-new"), pw(chosen));
        QVERIFY(again);
        QVERIFY(!(*again)->user().mustChangePassword);
        QVERIFY(listUsers(**again));
    }

    void resetPasswordCanRequireAChange()
    {
        const auto [path, recoveryKey] = makeVault();
        QVERIFY(!path.isEmpty());
        const QString reset = QStringLiteral("reset correct horse battery 5");
        {
            auto admin = Vault::unlock(path, QStringLiteral("admin"), pw(kAdminPw));
            QVERIFY(admin);
            QVERIFY(changePassword(
                **admin, QStringLiteral("nurse"), pw(reset), PasswordChange::Required));
        }
        {
            auto nurse = Vault::unlock(path, QStringLiteral("nurse"), pw(reset));
            QVERIFY(nurse);
            QVERIFY((*nurse)->user().mustChangePassword);
            QCOMPARE((*nurse)->listPatients().error().reason, ErrorReason::PasswordChangeRequired);
        }
        {
            // A reset without the requirement clears it (the administrator's explicit choice).
            auto admin = Vault::unlock(path, QStringLiteral("admin"), pw(kAdminPw));
            QVERIFY(admin);
            QVERIFY(changePassword(**admin, QStringLiteral("nurse"), pw(kNursePw)));
        }
        auto nurse = Vault::unlock(path, QStringLiteral("nurse"), pw(kNursePw));
        QVERIFY(nurse);
        QVERIFY(!(*nurse)->user().mustChangePassword);
        QVERIFY((*nurse)->listPatients());
    }

    void newRecoveryKeyNeedsAdministratorAndFreshProof()
    {
        const auto [path, oldKey] = makeVault();
        QVERIFY(!path.isEmpty());
        const QString keys = security::KeySlotFile::pathFor(path);
        const QByteArray before = credentials(keys);
        {
            auto nurse = Vault::unlock(path, QStringLiteral("nurse"), pw(kNursePw));
            QVERIFY(nurse);
            const auto refused = regenerateRecoveryKey(**nurse);
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, ErrorCode::Permission);
        }
        QCOMPARE(credentials(keys), before);
        auto admin = Vault::unlock(path, QStringLiteral("admin"), pw(kAdminPw));
        QVERIFY(admin);
        // The same window as every other sensitive change (VaultInternal.h).
        detail::VaultAccess::setAuthenticatedAt(**admin,
                                                std::chrono::steady_clock::now()
                                                    - detail::kReauthenticationWindow
                                                    - std::chrono::seconds(1));
        const auto stale = regenerateRecoveryKey(**admin);
        QVERIFY(!stale);
        QCOMPARE(stale.error().code, ErrorCode::Authentication);
        QCOMPARE(credentials(keys), before);
        QVERIFY(reauthenticate(**admin, pw(kAdminPw)));
        QVERIFY(regenerateRecoveryKey(**admin));
        QVERIFY(credentials(keys) != before);
    }

    void auditTrailIsAdministratorsOnlyAndAudited()
    {
        const auto [path, key] = makeVault();
        QVERIFY(!path.isEmpty());
        {
            auto nurse = Vault::unlock(path, QStringLiteral("nurse"), pw(kNursePw));
            QVERIFY(nurse);
            const auto refused = readAuditTrail(**nurse);
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, ErrorCode::Permission);
        }
        auto admin = Vault::unlock(path, QStringLiteral("admin"), pw(kAdminPw));
        QVERIFY(admin);
        auto direct = readAudit(detail::VaultAccess::db(**admin));
        QVERIFY(direct);
        auto rows = readAuditTrail(**admin);
        QVERIFY(rows);
        // Every row that was there, plus the read's own row at the end.
        QCOMPARE(rows->size(), direct->size() + 1);
        for (std::size_t i = 0; i < direct->size(); ++i)
            QCOMPARE((*rows)[i].hash, (*direct)[i].hash);
        QCOMPARE(rows->back().action, QString::fromLatin1(audit::kAuditRead));
        QCOMPARE(rows->back().user, QStringLiteral("admin"));
        // The nurse's refused read is not a row; the chain is intact.
        auto verified = verifyAudit(detail::VaultAccess::db(**admin));
        QVERIFY(verified && verified->intact);
    }

    void checkBackupFindsWhatIsWrong()
    {
        const auto [path, key] = makeVault();
        QVERIFY(!path.isEmpty());
        auto admin = Vault::unlock(path, QStringLiteral("admin"), pw(kAdminPw));
        QVERIFY(admin);
        const QString backup = m_dir.filePath(QStringLiteral("backup-%1.precis").arg(m_serial));
        QVERIFY(backupVault(**admin, backup));

        auto good = checkBackup(**admin, backup);
        QVERIFY2(good, good ? "" : qPrintable(good.error().message()));
        QVERIFY(good->ok());
        // Every page of the file was scanned (4,096-byte pages, VaultDatabase.h).
        QCOMPARE(good->pages.pageCount, QFile(backup).size() / kPageSize);
        auto rows = readAudit(detail::VaultAccess::db(**admin));
        QVERIFY(rows);
        QCOMPARE(rows->back().action, QString::fromLatin1(audit::kBackupCheck));

        // A flipped byte inside page 2 (not its reserve) fails that page's HMAC.
        const QString damaged = m_dir.filePath(QStringLiteral("damaged-%1.precis").arg(m_serial));
        QVERIFY(QFile::copy(backup, damaged));
        QVERIFY(QFile::copy(security::KeySlotFile::pathFor(backup),
                            security::KeySlotFile::pathFor(damaged)));
        {
            QFile f(damaged);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(kPageSize + 100));
            char c = 0;
            QVERIFY(f.getChar(&c));
            QVERIFY(f.seek(kPageSize + 100));
            QVERIFY(f.putChar(static_cast<char>(c ^ 0x5a)));
        }
        auto bad = checkBackup(**admin, damaged);
        QVERIFY(bad);
        QVERIFY(!bad->ok());
        QCOMPARE(bad->pages.damagedPages, std::vector<qint64>{2});
        QCOMPARE(readAudit(detail::VaultAccess::db(**admin))->back().action,
                 QString::fromLatin1(audit::kBackupCheck)); // unchanged: no row for a bad backup

        // The key file of another vault: its digest is of another data key.
        const auto [otherPath, otherKey] = makeVault();
        QVERIFY(!otherPath.isEmpty());
        QVERIFY(QFile::remove(security::KeySlotFile::pathFor(damaged)));
        QVERIFY(QFile::copy(security::KeySlotFile::pathFor(otherPath),
                            security::KeySlotFile::pathFor(damaged)));
        auto foreign = checkBackup(**admin, damaged);
        QVERIFY(!foreign);
        QCOMPARE(foreign.error().code, ErrorCode::Damaged);
        QCOMPARE(foreign.error().field, QStringLiteral("keys"));

        auto nurse = Vault::unlock(path, QStringLiteral("nurse"), pw(kNursePw));
        QVERIFY(nurse);
        const auto refused = checkBackup(**nurse, backup);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Permission);
    }
};

QTEST_GUILESS_MAIN(TestAdminTasks)
#include "tst_admintasks.moc"
