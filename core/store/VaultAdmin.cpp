// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/VaultAdmin.h"

#include "core/security/Crypto.h"
#include "core/security/KeySlotFile.h"
#include "core/security/PasswordPolicy.h"
#include "core/store/AuditLog.h"
#include "core/store/Schema.h"
#include "core/store/Sqlite.h"
#include "core/store/VaultDatabase.h"
#include "core/store/VaultInternal.h"
#include "core/store/VaultState.h"

#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <unistd.h>

namespace precis::store {

namespace {

using detail::VaultAccess;

Result<void> checkPolicy(const security::SecretBytes &password, bool demo, const QString &user)
{
    auto policy = security::PasswordPolicy::builtIn();
    if (!policy)
        return tl::unexpected(policy.error());
    QString text = QString::fromUtf8(password.view());
    auto r = policy->check(text, demo, user);
    text.fill(QChar(0));
    return r;
}

Result<void> checkUserName(const QString &name)
{
    if (name.trimmed().isEmpty() || name != name.trimmed() || name.size() > 64
        || name == QLatin1String("recovery"))
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("invalid user name"),
                    QStringLiteral("user"),
                    name);
    for (QChar c : name)
        if (c.isSpace() || !c.isPrint() || c == QLatin1Char(','))
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("invalid user name"),
                        QStringLiteral("user"),
                        name);
    return {};
}

Result<security::KeySlotFile> loadSlots(const Vault &v)
{
    return security::KeySlotFile::load(security::KeySlotFile::pathFor(v.path()));
}

Result<int> administratorCount(Database &db, const QString &excluding)
{
    auto st = db.prepare("SELECT name, roles FROM users");
    if (!st)
        return tl::unexpected(st.error());
    int n = 0;
    for (;;) {
        auto row = st->step();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            break;
        if (st->text(0) == excluding)
            continue;
        auto roles = detail::parseRoles(st->text(1));
        if (roles && roles->contains(Role::Administrator))
            ++n;
    }
    return n;
}

} // namespace

namespace {

void removeCreationFiles(const QString &finalPath)
{
    const QString temp = detail::creatingPath(finalPath);
    for (const char *suffix : {"", ".keys", "-wal", "-shm", "-journal", ".auth"})
        QFile::remove(temp + QLatin1String(suffix));
}

Result<void> fsyncDirectoryOf(const QString &path)
{
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return fail(ErrorCode::Io, QStringLiteral("cannot open directory for fsync"));
    const int rc = ::fsync(fd);
    ::close(fd);
    if (rc != 0)
        return fail(ErrorCode::Io, QStringLiteral("cannot fsync directory"));
    return {};
}

Result<void> renameDurably(const QString &from, const QString &to)
{
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return fail(ErrorCode::Io, QStringLiteral("cannot rename"), QStringLiteral("path"), to);
    return fsyncDirectoryOf(to);
}

} // namespace

QString detail::creatingPath(const QString &finalPath)
{
    return finalPath + QStringLiteral(".creating");
}

Result<void> detail::prepareCreation(const QString &path)
{
    const QString keysPath = security::KeySlotFile::pathFor(path);
    const QString temp = creatingPath(path);
    // Leftovers of a creation that was killed (issue #8 D13): it never returned, so its recovery
    // key was never shown and nobody used it. A key file published without its vault (killed
    // between the two renames) goes too, but only with the temporary vault beside it as proof.
    if (!QFileInfo::exists(path) && QFileInfo::exists(keysPath) && QFileInfo::exists(temp))
        QFile::remove(keysPath);
    removeCreationFiles(path);
    if (QFileInfo::exists(path) || QFileInfo::exists(keysPath))
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("vault file already exists"),
                    QStringLiteral("path"),
                    path);
    return {};
}

Result<void> detail::publishCreatedVault(const QString &path)
{
    // Both files were made under temporary names; they become the vault together: the key file
    // first, the vault last, so a vault that exists always has its key file. A kill between the
    // two renames leaves a key file and the temporary vault, which prepareCreation() removes.
    const QString temp = creatingPath(path);
    if (QFileInfo(temp + QStringLiteral("-wal")).size() > 0)
        return fail(ErrorCode::Internal,
                    QStringLiteral("new vault still has a write-ahead log"),
                    QStringLiteral("path"),
                    temp);
    for (const char *suffix : {"-wal", "-shm", ".auth"})
        QFile::remove(temp + QLatin1String(suffix));
    if (auto r
        = renameDurably(security::KeySlotFile::pathFor(temp), security::KeySlotFile::pathFor(path));
        !r)
        return r;
    return renameDurably(temp, path);
}

Result<QString> createVault(const QString &path,
                            const QString &adminName,
                            security::SecretBytes adminPassword,
                            CreateOptions options)
{
    if (auto r = detail::prepareCreation(path); !r)
        return tl::unexpected(r.error());
    auto recovery
        = detail::createUnpublishedVault(path, adminName, std::move(adminPassword), options);
    if (!recovery)
        return recovery;
    if (auto r = detail::publishCreatedVault(path); !r) {
        removeCreationFiles(path);
        return tl::unexpected(r.error());
    }
    return recovery;
}

Result<QString> detail::createUnpublishedVault(const QString &finalPath,
                                               const QString &adminName,
                                               security::SecretBytes adminPassword,
                                               CreateOptions options)
{
    if (auto r = checkUserName(adminName); !r)
        return tl::unexpected(r.error());
    if (auto r = checkPolicy(adminPassword, options.demo, adminName); !r)
        return tl::unexpected(r.error());
    const QString path = creatingPath(finalPath);
    const QString keysPath = security::KeySlotFile::pathFor(path);

    security::SecretBytes dataKey = security::SecretBytes::random(security::kDataKeySize);
    if (dataKey.size() != security::kDataKeySize)
        return fail(ErrorCode::Internal, QStringLiteral("random generator failed"));
    auto slots = security::KeySlotFile::createNew(dataKey);
    if (!slots)
        return tl::unexpected(slots.error());
    if (auto r = slots->addUser(adminName, adminPassword, dataKey); !r)
        return tl::unexpected(r.error());
    const QString recoveryText = security::generateRecoveryKey();
    auto recovery = security::parseRecoveryKey(recoveryText);
    if (!recovery)
        return tl::unexpected(recovery.error());
    if (auto r = slots->setRecovery(*recovery, dataKey); !r)
        return tl::unexpected(r.error());
    // Cosmetic, unauthenticated copy of the demo flag for the unlock screen's banner before the
    // first unlock (Vault::demoHint()); the flag that decides is the one in the settings table.
    slots->setDemoHint(options.demo);

    auto cleanup = [&] { removeCreationFiles(finalPath); };
    {
        auto db = openVaultDatabase(path, dataKey, OpenIntent::Create);
        if (!db) {
            cleanup();
            return tl::unexpected(db.error());
        }
        if (auto m = migrate(*db); !m) {
            cleanup();
            return tl::unexpected(m.error());
        }
        auto txn = Transaction::begin(*db);
        if (!txn) {
            cleanup();
            return tl::unexpected(txn.error());
        }
        auto st = db->prepare(
            "INSERT INTO users(name, roles, created_at, changed_at) VALUES (?, ?, ?, ?)");
        const QString now = detail::nowUtc();
        Result<void> ok = st ? st->bind(1, adminName)
                                   .bind(2, roleToken(Role::Administrator))
                                   .bind(3, now)
                                   .bind(4, now)
                                   .run()
                             : Result<void>(tl::unexpected(st.error()));
        if (ok && options.demo)
            ok = db->exec("UPDATE settings SET value = '1' WHERE key = 'demo'");
        if (ok) {
            auto a = appendAudit(*db,
                                 adminName,
                                 QString::fromLatin1(audit::kVaultCreate),
                                 std::nullopt,
                                 options.demo ? QStringLiteral("demo vault created")
                                              : QStringLiteral("vault created"));
            if (!a)
                ok = tl::unexpected(a.error());
        }
        // The first state of the vault (issue #8 D1): a random id, epoch 1, generation 1 at the
        // creation row, recorded in the vault and, authenticated, in the key file.
        const security::SecretBytes vaultId = security::SecretBytes::random(16);
        detail::StoredVaultState state{vaultId.view().toByteArray(), 1, {}};
        if (ok) {
            auto head = auditHead(*db);
            if (head)
                state.state = {1, head->rowCount, head->hash};
            else
                ok = tl::unexpected(head.error());
        }
        if (ok)
            ok = detail::writeStoredState(*db, state);
        if (ok)
            ok = slots->setVaultState({state.vaultId, state.epoch, state.state, std::nullopt},
                                      dataKey);
        if (ok)
            ok = txn->commit();
        if (!ok) {
            cleanup();
            return tl::unexpected(ok.error());
        }
    }
    if (auto r = slots->save(keysPath); !r) {
        cleanup();
        return tl::unexpected(r.error());
    }
    return recoveryText;
}

Result<void> reauthenticate(Vault &vault, const security::SecretBytes &password)
{
    if (auto r = VaultAccess::requireUnlocked(vault); !r)
        return r;
    auto slots = loadSlots(vault);
    if (!slots)
        return tl::unexpected(slots.error());
    auto keys = slots->unlockUser(vault.user().name, password);
    if (!keys || !keys->current.constantTimeEquals(VaultAccess::dataKey(vault))) {
        // A wrong password while signed in is a failed authentication like one at the unlock
        // screen; the vault is open, so it enters the chain at once.
        (void)appendAudit(VaultAccess::db(vault),
                          vault.user().name,
                          QString::fromLatin1(audit::kFailedUnlock),
                          std::nullopt,
                          QStringLiteral("wrong password at re-authentication"));
        return fail(ErrorCode::Authentication,
                    QStringLiteral("wrong password"),
                    QStringLiteral("user"),
                    vault.user().name);
    }
    VaultAccess::markAuthenticated(vault);
    return {};
}

Result<void> addUser(Vault &vault,
                     const QString &name,
                     const QList<Role> &roles,
                     security::SecretBytes password,
                     PasswordChange change)
{
    if (auto r = detail::requireRole(vault, Role::Administrator, QStringLiteral("adding a user"));
        !r)
        return r;
    if (auto r = detail::requireFreshAuthentication(vault, QStringLiteral("adding a user")); !r)
        return r;
    if (auto r = checkUserName(name); !r)
        return r;
    if (roles.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("at least one role is required"),
                    QStringLiteral("role"));
    if (auto r = checkPolicy(password, vault.isDemo(), name); !r)
        return r;
    Database &db = VaultAccess::db(vault);
    auto existing = detail::readRoles(db, name);
    if (!existing)
        return tl::unexpected(existing.error());
    auto slots = loadSlots(vault);
    if (!slots)
        return tl::unexpected(slots.error());
    if (*existing || slots->hasUser(name))
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("user already exists"),
                    QStringLiteral("user"),
                    name);
    // One state transition (issue #8 D1): the key file with the new slot and the pending state
    // is saved, then the user row and its audit row commit.
    return detail::commitTransition(
               vault.path(),
               db,
               VaultAccess::dataKey(vault),
               [&](security::KeySlotFile &fresh) {
                   return fresh.addUser(name, password, VaultAccess::dataKey(vault));
               },
               [&](Database &d) -> Result<void> {
                   auto st = d.prepare("INSERT INTO users(name, roles, created_at, changed_at)"
                                       " VALUES (?,?,?,?)");
                   if (!st)
                       return tl::unexpected(st.error());
                   const QString now = detail::nowUtc();
                   if (auto r = st->bind(1, name)
                                    .bind(2, detail::rolesToString(roles))
                                    .bind(3, now)
                                    .bind(4, now)
                                    .run();
                       !r)
                       return r;
                   const bool required = change == PasswordChange::Required;
                   if (required)
                       if (auto r
                           = detail::setPasswordChangeRequired(d, name, true, vault.user().name);
                           !r)
                           return r;
                   return appendAudit(d,
                                      vault.user().name,
                                      QString::fromLatin1(audit::kUserAdd),
                                      std::nullopt,
                                      QStringLiteral("%1 added with roles %2%3")
                                          .arg(name,
                                               detail::rolesToString(roles),
                                               required ? QStringLiteral(
                                                   "; password change required at first sign-in")
                                                        : QString()))
                       .map([](qint64) {});
               })
        .map([](const detail::StoredVaultState &) {});
}

Result<void> changePassword(Vault &vault,
                            const QString &name,
                            security::SecretBytes newPassword,
                            PasswordChange change)
{
    if (auto r = VaultAccess::requireUnlocked(vault); !r)
        return r;
    if (name != vault.user().name && !vault.user().has(Role::Administrator))
        return fail(ErrorCode::Permission,
                    QStringLiteral("changing another user's password requires the administrator"
                                   " role"),
                    QStringLiteral("user"),
                    vault.user().name);
    // Someone who must choose their own password may do that and nothing else.
    if (name != vault.user().name)
        if (auto r = detail::requirePasswordChosen(vault.user()); !r)
            return r;
    if (auto r = detail::requireFreshAuthentication(vault, QStringLiteral("a password change")); !r)
        return r;
    if (auto r = checkPolicy(newPassword, vault.isDemo(), name); !r)
        return r;
    auto slots = loadSlots(vault);
    if (!slots)
        return tl::unexpected(slots.error());
    if (!slots->hasUser(name))
        return fail(
            ErrorCode::NotFound, QStringLiteral("no such user"), QStringLiteral("user"), name);
    const bool own = name == vault.user().name;
    // Only an administrator, for someone else, can require a change; one's own change clears it.
    const bool required = !own && change == PasswordChange::Required;
    if (own && vault.user().mustChangePassword) {
        // The administrator knows the current password: keeping it would defeat the change.
        if (slots->unlockUser(name, newPassword))
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("the new password must differ from the one the"
                                       " administrator set"),
                        QStringLiteral("password"));
    }
    // One state transition (issue #8 D1): a copy of the old key file no longer matches.
    return detail::commitTransition(
               vault.path(),
               VaultAccess::db(vault),
               VaultAccess::dataKey(vault),
               [&](security::KeySlotFile &fresh) {
                   return fresh.changePassword(name, newPassword, VaultAccess::dataKey(vault));
               },
               [&](Database &d) -> Result<void> {
                   if (auto r
                       = detail::setPasswordChangeRequired(d, name, required, vault.user().name);
                       !r)
                       return r;
                   return appendAudit(d,
                                      vault.user().name,
                                      QString::fromLatin1(audit::kPasswordChange),
                                      std::nullopt,
                                      QStringLiteral("password of %1 changed%2")
                                          .arg(name,
                                               required ? QStringLiteral(
                                                   "; change required at next sign-in")
                                                        : QString()))
                       .map([](qint64) {});
               })
        .map([&](const detail::StoredVaultState &) {
            if (own)
                VaultAccess::user(vault).mustChangePassword = false;
        });
}

Result<void> setRoles(Vault &vault, const QString &name, const QList<Role> &roles)
{
    if (auto r = detail::requireRole(vault, Role::Administrator, QStringLiteral("changing roles"));
        !r)
        return r;
    if (auto r = detail::requireFreshAuthentication(vault, QStringLiteral("changing roles")); !r)
        return r;
    if (roles.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("at least one role is required"),
                    QStringLiteral("role"));
    Database &db = VaultAccess::db(vault);
    auto old = detail::readRoles(db, name);
    if (!old)
        return tl::unexpected(old.error());
    if (!*old)
        return fail(
            ErrorCode::NotFound, QStringLiteral("no such user"), QStringLiteral("user"), name);
    if (!roles.contains(Role::Administrator)) {
        auto admins = administratorCount(db, name);
        if (!admins)
            return tl::unexpected(admins.error());
        if (*admins == 0)
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("the vault must keep at least one administrator"),
                        QStringLiteral("user"),
                        name);
    }
    auto txn = Transaction::begin(db);
    if (!txn)
        return tl::unexpected(txn.error());
    auto st = db.prepare("UPDATE users SET roles = ?, changed_at = ? WHERE name = ?");
    if (!st)
        return tl::unexpected(st.error());
    if (auto r
        = st->bind(1, detail::rolesToString(roles)).bind(2, detail::nowUtc()).bind(3, name).run();
        !r)
        return r;
    if (auto r
        = appendAudit(db,
                      vault.user().name,
                      QString::fromLatin1(audit::kRoleChange),
                      std::nullopt,
                      QStringLiteral("%1: %2 -> %3")
                          .arg(name, detail::rolesToString(**old), detail::rolesToString(roles)));
        !r)
        return tl::unexpected(r.error());
    if (auto r = txn->commit(); !r)
        return r;
    if (name == vault.user().name)
        VaultAccess::user(vault).roles = roles;
    return {};
}

namespace {

/// Rotates the data key in three crash-safe steps and then records the change as one state
/// transition running `finalWork` (its audit rows; for a removal also the row deletion). The
/// caller may already have removed a slot from `slots`: that removal is saved together with the
/// pending rotation in step 1, so no instant leaves a removed user's slot next to a vault that
/// has forgotten them (issue #8 D2):
///   1. key file: slot gone + new key wrapped for every remaining slot (pending), one save;
///   2. the vault rekeyed in one atomic commit (a rollback journal);
///   3. key file: the pending key becomes current (the state record MACed under it);
///   4. transition: finalWork commits with the vault's next state.
/// A kill before 2 completes leaves a pending rotation that the next unlock finishes (it opens
/// with whichever key works); after 3 the next unlock deletes a user row that has no slot.
Result<void> rotate(Vault &vault, security::KeySlotFile &slots, const detail::VaultWork &finalWork)
{
    const QString keysPath = security::KeySlotFile::pathFor(vault.path());
    security::SecretBytes newKey = security::SecretBytes::random(security::kDataKeySize);
    if (newKey.size() != security::kDataKeySize)
        return fail(ErrorCode::Internal, QStringLiteral("random generator failed"));
    // The vault-state record is MACed under the data key: carry it over to the new key.
    auto record = slots.vaultState(VaultAccess::dataKey(vault));
    if (!record)
        return tl::unexpected(record.error());
    if (auto r = slots.beginRotation(VaultAccess::dataKey(vault), newKey); !r)
        return r;
    // 1. pending record durable (and, for a removal, the slot already gone)
    if (auto r = slots.save(keysPath); !r)
        return r;
    Database &db = VaultAccess::db(vault);
    // 2. every page re-encrypted in one atomic commit
    if (auto r = rekeyVaultDatabase(db, newKey); !r)
        return r;
    // 3. the new key becomes the committed one
    if (auto r = slots.commitRotation(); !r)
        return r;
    if (*record)
        if (auto r = slots.setVaultState(**record, newKey); !r)
            return r;
    if (auto r = slots.save(keysPath); !r)
        return r;
    VaultAccess::replaceDataKey(vault, std::move(newKey));
    // 4. one state transition: a key file from before the rotation no longer opens the vault
    // (wrong key), one from before this row no longer matches its state.
    return detail::commitTransition(vault.path(), db, VaultAccess::dataKey(vault), {}, finalWork)
        .map([](const detail::StoredVaultState &) {});
}

Result<void> auditRow(Database &db, const QString &user, const char *action, const QString &detail)
{
    return appendAudit(db, user, QString::fromLatin1(action), std::nullopt, detail).map([](qint64) {
    });
}

} // namespace

Result<void> rotateDataKey(Vault &vault)
{
    if (auto r = detail::requireRole(vault, Role::Administrator, QStringLiteral("key rotation"));
        !r)
        return r;
    if (auto r = detail::requireFreshAuthentication(vault, QStringLiteral("key rotation")); !r)
        return r;
    auto slots = loadSlots(vault);
    if (!slots)
        return tl::unexpected(slots.error());
    const QString who = vault.user().name;
    return rotate(vault, *slots, [&](Database &db) {
        return auditRow(db, who, audit::kKeyRotation, QStringLiteral("data key rotated"));
    });
}

Result<void> removeUser(Vault &vault, const QString &name)
{
    if (auto r = detail::requireRole(vault, Role::Administrator, QStringLiteral("removing a user"));
        !r)
        return r;
    if (auto r = detail::requireFreshAuthentication(vault, QStringLiteral("removing a user")); !r)
        return r;
    if (name == vault.user().name)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("cannot remove the signed-in user"),
                    QStringLiteral("user"),
                    name);
    Database &db = VaultAccess::db(vault);
    auto roles = detail::readRoles(db, name);
    if (!roles)
        return tl::unexpected(roles.error());
    auto slots = loadSlots(vault);
    if (!slots)
        return tl::unexpected(slots.error());
    if (!*roles && !slots->hasUser(name))
        return fail(
            ErrorCode::NotFound, QStringLiteral("no such user"), QStringLiteral("user"), name);
    if (*roles && (*roles)->contains(Role::Administrator)) {
        auto admins = administratorCount(db, name);
        if (!admins)
            return tl::unexpected(admins.error());
        if (*admins == 0)
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("the vault must keep at least one administrator"),
                        QStringLiteral("user"),
                        name);
    }
    // The slot goes first, in the same save as the pending rotation; the user's row goes last,
    // with the audit rows (issue #8 D2: the old order deleted the row first, and a kill before
    // the key file was saved left the slot able to unwrap the current key).
    if (slots->hasUser(name)) {
        if (auto r = slots->removeUser(name); !r)
            return r;
    }
    const QString who = vault.user().name;
    return rotate(vault, *slots, [&](Database &d) -> Result<void> {
        auto st = d.prepare("DELETE FROM users WHERE name = ?");
        if (!st)
            return tl::unexpected(st.error());
        if (auto r = st->bind(1, name).run(); !r)
            return r;
        if (auto r = detail::setPasswordChangeRequired(d, name, false, who); !r)
            return r;
        if (auto r = auditRow(d, who, audit::kUserRemove, QStringLiteral("%1 removed").arg(name));
            !r)
            return r;
        return auditRow(d,
                        who,
                        audit::kKeyRotation,
                        QStringLiteral("data key rotated after removing %1").arg(name));
    });
}

Result<void> detail::repairOrphanSlots(Vault &vault)
{
    // A key slot without a user row: a user add that saved the key file but died before its
    // row committed (or a removal by an older Precis that died after deleting the row). The slot
    // unwraps the current key, so it goes with a rotation, like a removal.
    QStringList orphans;
    {
        Database &db = VaultAccess::db(vault);
        auto txn = Transaction::begin(db); // consistent with any transition in flight
        if (!txn)
            return tl::unexpected(txn.error());
        auto slots = loadSlots(vault);
        if (!slots)
            return tl::unexpected(slots.error());
        for (const QString &user : slots->users()) {
            auto roles = detail::readRoles(db, user);
            if (!roles)
                return tl::unexpected(roles.error());
            if (!*roles)
                orphans << user;
        }
    }
    if (orphans.isEmpty())
        return {};
    auto slots = loadSlots(vault);
    if (!slots)
        return tl::unexpected(slots.error());
    for (const QString &user : orphans)
        if (auto r = slots->removeUser(user); !r)
            return r;
    const QString who = vault.user().name;
    return rotate(vault, *slots, [&](Database &d) -> Result<void> {
        for (const QString &user : orphans)
            if (auto r = auditRow(d,
                                  who,
                                  audit::kUserRemove,
                                  QStringLiteral("key slot of %1 had no user in the vault: "
                                                 "removed (an interrupted change)")
                                      .arg(user));
                !r)
                return r;
        return auditRow(
            d,
            who,
            audit::kKeyRotation,
            QStringLiteral("data key rotated after removing a key slot without a user"));
    });
}

Result<std::vector<UserInfo>> listUsers(Vault &vault)
{
    if (auto r = detail::requireRole(vault, Role::Administrator, QStringLiteral("listing users"));
        !r)
        return tl::unexpected(r.error());
    auto st = VaultAccess::db(vault).prepare("SELECT name, roles FROM users ORDER BY name");
    if (!st)
        return tl::unexpected(st.error());
    std::vector<UserInfo> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            break;
        UserInfo u;
        u.name = st->text(0);
        u.roles = detail::parseRoles(st->text(1)).value_or(QList<Role>());
        auto mustChange = detail::passwordChangeRequired(VaultAccess::db(vault), u.name);
        if (!mustChange)
            return tl::unexpected(mustChange.error());
        u.mustChangePassword = *mustChange;
        out.push_back(u);
    }
    return out;
}

Result<void> recoverAdministrator(const QString &path,
                                  security::SecretBytes recoveryKey,
                                  const QString &adminName,
                                  security::SecretBytes newPassword)
{
    auto vault = Vault::unlockWithRecoveryKey(path, std::move(recoveryKey));
    if (!vault)
        return tl::unexpected(vault.error());
    auto roles = detail::readRoles(VaultAccess::db(**vault), adminName);
    if (!roles)
        return tl::unexpected(roles.error());
    if (!*roles || !(*roles)->contains(Role::Administrator))
        return fail(ErrorCode::NotFound,
                    QStringLiteral("no such administrator"),
                    QStringLiteral("user"),
                    adminName);
    return changePassword(**vault, adminName, std::move(newPassword));
}

} // namespace precis::store
