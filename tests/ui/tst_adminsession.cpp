// SPDX-License-Identifier: GPL-3.0-or-later
// The administration calls of the session (ui/session/Session.h) on a real vault: a nurse or a
// physician is refused every one by the vault itself, whatever a screen shows; a wrong own
// password changes nothing; the head shown after a verification is the last row of the chain.
#include "core/security/KeySlotFile.h"
#include "core/security/PasswordPolicy.h"
#include "core/security/SecretBytes.h"
#include "core/store/AdminTasks.h"
#include "core/store/Backup.h"
#include "core/store/VaultAdmin.h"
#include "ui/admin/AdminText.h"
#include "ui/session/Session.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace precis;

namespace {

const QString kAdminPw = QStringLiteral("admin correct horse battery 1");
const QString kNursePw = QStringLiteral("nurse correct horse battery 2");
const QString kDocPw = QStringLiteral("doctor correct horse battery 3");

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

using Call = std::function<Error(ui::Session &, const QString &ownPassword)>;

template <typename T>
Error errorOf(const Result<T> &r)
{
    return r ? Error{ErrorCode::Internal, {}, {}, QStringLiteral("unexpectedly succeeded")}
             : r.error();
}

} // namespace

Q_DECLARE_METATYPE(Call)

class TestAdminSession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_vault;
    QString m_backup;

    std::unique_ptr<ui::Session> open(const QString &user, const QString &password)
    {
        auto session = ui::vaultUnlocker()(m_vault, user, pw(password));
        return session ? std::move(*session) : nullptr;
    }

    std::vector<store::UserInfo> users()
    {
        auto admin = open(QStringLiteral("admin"), kAdminPw);
        if (!admin)
            return {};
        auto list = admin->listUsers();
        return list ? *list : std::vector<store::UserInfo>{};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_vault = m_dir.filePath(QStringLiteral("clinic.precis"));
        QVERIFY(store::createVault(m_vault, QStringLiteral("admin"), pw(kAdminPw)));
        auto admin = store::Vault::unlock(m_vault, QStringLiteral("admin"), pw(kAdminPw));
        QVERIFY(admin);
        QVERIFY(
            store::addUser(**admin, QStringLiteral("nurse"), {store::Role::Nurse}, pw(kNursePw)));
        QVERIFY(store::addUser(
            **admin, QStringLiteral("doctor"), {store::Role::Physician}, pw(kDocPw)));
        m_backup = m_dir.filePath(QStringLiteral("backup.precis"));
        QVERIFY(store::backupVault(**admin, m_backup));
    }

    void clinicalRolesAreRefused_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<Call>("call");
        const QString backupOut = m_dir.filePath(QStringLiteral("refused.precis"));
        const QString backup = m_backup;
        const QList<std::pair<const char *, Call>> calls{
            {"add user",
             [](ui::Session &s, const QString &own) {
                 return errorOf(s.addUser(pw(own),
                                          QStringLiteral("intruder"),
                                          {store::Role::Administrator},
                                          pw(QStringLiteral("intruder horse battery staple")),
                                          store::PasswordChange::Required));
             }},
            {"change roles",
             [](ui::Session &s, const QString &own) {
                 return errorOf(s.setUserRoles(
                     pw(own), QStringLiteral("nurse"), {store::Role::Administrator}));
             }},
            {"reset password",
             [](ui::Session &s, const QString &own) {
                 return errorOf(s.resetPassword(pw(own),
                                                QStringLiteral("admin"),
                                                pw(QStringLiteral("taken over horse battery")),
                                                store::PasswordChange::Required));
             }},
            {"remove user",
             [](ui::Session &s, const QString &own) {
                 return errorOf(s.removeUser(pw(own), QStringLiteral("admin")));
             }},
            {"rotate data key",
             [](ui::Session &s, const QString &own) { return errorOf(s.rotateDataKey(pw(own))); }},
            {"new recovery key",
             [](ui::Session &s, const QString &own) {
                 return errorOf(s.regenerateRecoveryKey(pw(own)));
             }},
            {"back up",
             [backupOut](ui::Session &s, const QString &own) {
                 return errorOf(s.backup(pw(own), backupOut));
             }},
            {"restore",
             [backup](ui::Session &s, const QString &own) {
                 return errorOf(s.restore(pw(own), backup, QStringLiteral("admin"), pw(kAdminPw)));
             }},
            {"audit trail",
             [](ui::Session &s, const QString &) { return errorOf(s.auditTrail()); }},
            {"verify audit",
             [](ui::Session &s, const QString &) { return errorOf(s.verifyAuditTrail()); }}};
        for (const auto &[name, call] : calls) {
            QTest::addRow("nurse: %s", name) << QStringLiteral("nurse") << kNursePw << call;
            QTest::addRow("physician: %s", name) << QStringLiteral("doctor") << kDocPw << call;
        }
    }
    void clinicalRolesAreRefused()
    {
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(Call, call);
        const QByteArray keysBefore = credentials(security::KeySlotFile::pathFor(m_vault));
        const auto usersBefore = users();
        {
            auto session = open(user, password);
            QVERIFY(session);
            const Error error = call(*session, password);
            QCOMPARE(error.code, ErrorCode::Permission);
            // A refused restore does not lock the session: it never started.
            QVERIFY(!session->isLocked());
        }
        QCOMPARE(credentials(security::KeySlotFile::pathFor(m_vault)), keysBefore);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("refused.precis"))));
        const auto usersAfter = users();
        QCOMPARE(usersAfter.size(), usersBefore.size());
        for (std::size_t i = 0; i < usersAfter.size(); ++i) {
            QCOMPARE(usersAfter[i].name, usersBefore[i].name);
            QCOMPARE(usersAfter[i].roles, usersBefore[i].roles);
        }
    }

    void wrongOwnPasswordChangesNothing()
    {
        const QByteArray keysBefore = credentials(security::KeySlotFile::pathFor(m_vault));
        auto session = open(QStringLiteral("admin"), kAdminPw);
        QVERIFY(session);
        const QString wrong = QStringLiteral("not the admin password at all");
        QCOMPARE(errorOf(session->addUser(pw(wrong),
                                          QStringLiteral("extra"),
                                          {store::Role::Nurse},
                                          pw(QStringLiteral("extra correct horse battery")),
                                          store::PasswordChange::Required))
                     .code,
                 ErrorCode::Authentication);
        QCOMPARE(errorOf(session->rotateDataKey(pw(wrong))).code, ErrorCode::Authentication);
        QCOMPARE(errorOf(session->regenerateRecoveryKey(pw(wrong))).code,
                 ErrorCode::Authentication);
        QCOMPARE(
            errorOf(session->restore(pw(wrong), m_backup, QStringLiteral("admin"), pw(kAdminPw)))
                .code,
            ErrorCode::Authentication);
        QVERIFY(!session->isLocked());
        QCOMPARE(credentials(security::KeySlotFile::pathFor(m_vault)), keysBefore);
        // Each wrong password is in the chain as a failed authentication (VaultAdmin.cpp).
        auto rows = session->auditTrail();
        QVERIFY(rows);
        int failed = 0;
        for (const store::AuditEntry &e : *rows)
            failed += e.action == QLatin1String(store::audit::kFailedUnlock) ? 1 : 0;
        QCOMPARE(failed, 4);
    }

    // The rule the administration dialogs name for a new password, chosen by asking the policy
    // (PasswordPolicy.h, NIST SP 800-63B-4 §3.1.1.2), never by reading its English detail.
    void passwordRuleNamed_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("repeat");
        QTest::addColumn<bool>("demoVault");
        QTest::addColumn<QString>("expected");
        const QString good = QStringLiteral("lantern orchard pebble river");
        QTest::newRow("too short") << QStringLiteral("fourteen chars") << QString() << false
                                   << QStringLiteral("At least 15 characters (14 so far).");
        QTest::newRow("too long") << QString(257, QLatin1Char('x')) << QString() << false
                                  << QStringLiteral("At most 256 characters (257 typed).");
        // A blocklist entry of resources/security/blocklist.txt.
        QTest::newRow("common") << QStringLiteral("!!!!!!!!!!!!!!!") << QString() << false
                                << QStringLiteral("This password is on the list of common "
                                                  "passwords. Choose another.");
        QTest::newRow("user name") << QStringLiteral("dr-mustermann-01") << QString() << false
                                   << QStringLiteral("The password must not be the user name.");
        QTest::newRow("demo password elsewhere")
            << QStringLiteral("precis-demo-password") << QString() << false
            << QStringLiteral("The demo password is accepted only in demo vaults.");
        QTest::newRow("demo password in a demo vault")
            << QStringLiteral("precis-demo-password") << QStringLiteral("precis-demo-password")
            << true << QString();
        QTest::newRow("not repeated") << good << QString() << false
                                      << QStringLiteral("The password meets the rules. Type it "
                                                        "again below.");
        QTest::newRow("repeated wrongly") << good << good + QLatin1Char('!') << false
                                          << QStringLiteral("The two passwords differ.");
        QTest::newRow("good") << good << good << false << QString();
    }
    void passwordRuleNamed()
    {
        QFETCH(QString, password);
        QFETCH(QString, repeat);
        QFETCH(bool, demoVault);
        QFETCH(QString, expected);
        auto policy = security::PasswordPolicy::builtIn();
        QVERIFY(policy);
        QCOMPARE(ui::AdminText::passwordProblem(
                     *policy, password, repeat, demoVault, QStringLiteral("dr-mustermann-01")),
                 expected);
    }

    void verificationShowsTheHead()
    {
        auto session = open(QStringLiteral("admin"), kAdminPw);
        QVERIFY(session);
        auto checked = session->verifyAuditTrail();
        QVERIFY(checked);
        QVERIFY(checked->verification.intact);
        QVERIFY(!checked->entries.empty());
        const store::AuditEntry &last = checked->entries.back();
        // "N:HASH": the row count and the last row's SHA-256 (issue #8, D1 (c)).
        QCOMPARE(checked->anchor,
                 QStringLiteral("%1:%2")
                     .arg(checked->entries.size())
                     .arg(QString::fromLatin1(last.hash.toHex())));
        QCOMPARE(last.seq, static_cast<qint64>(checked->entries.size()));
        QCOMPARE(last.hash.size(), 32);
        // The verification's own row comes right before the read that found the head.
        QCOMPARE(checked->entries[checked->entries.size() - 2].action,
                 QString::fromLatin1(store::audit::kAuditVerify));
        QCOMPARE(last.action, QString::fromLatin1(store::audit::kAuditRead));
    }
};

QTEST_GUILESS_MAIN(TestAdminSession)
#include "tst_adminsession.moc"
