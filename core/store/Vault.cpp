// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/Vault.h"

#include "core/security/AtomicFile.h"
#include "core/security/KeySlotFile.h"
#include "core/security/UnlockThrottle.h"
#include "core/store/AuditLog.h"
#include "core/store/Backup.h"
#include "core/store/Schema.h"
#include "core/store/Sqlite.h"
#include "core/store/VaultCheck.h"
#include "core/store/VaultDatabase.h"
#include "core/store/VaultInternal.h"
#include "core/store/VaultState.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcStore, "precis.store")

namespace precis::store {

namespace {

constexpr const char *kRecoveryUser = "recovery";

/// Issue #7 (upgrades): a schema migration runs only after a verified copy of both files
/// exists, VAULT.before-schema-N-<UTC time> and its .keys (a backup pair that `restore` takes),
/// so that an upgrade that goes wrong can be undone. Verified = every page's HMAC checks under
/// the data key. Nothing is migrated when the copy cannot be made or does not verify.
Result<void>
backUpBeforeMigration(Database &db, const QString &path, const security::SecretBytes &key)
{
    // The WAL into the file first: the copy must hold every committed transaction on its own.
    if (auto r = db.exec("PRAGMA wal_checkpoint(TRUNCATE)"); !r)
        return r;
    const QString copy = QStringLiteral("%1.before-schema-%2-%3")
                             .arg(path)
                             .arg(kSchemaVersion)
                             .arg(QDateTime::currentDateTimeUtc().toString(
                                 QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'")));
    const std::pair<QString, QString> files[] = {
        {path, copy}, {security::KeySlotFile::pathFor(path), security::KeySlotFile::pathFor(copy)}};
    for (const auto &[from, to] : files) {
        QFile in(from);
        if (!in.open(QIODevice::ReadOnly))
            return fail(ErrorCode::Io,
                        QStringLiteral("cannot read the vault to back it up before upgrading"),
                        QStringLiteral("path"),
                        from);
        if (auto r = security::writeFileAtomically(to, in.readAll()); !r)
            return r;
    }
    auto scan = scanPages(copy, key);
    if (!scan)
        return tl::unexpected(scan.error());
    if (scan->pageCount == 0 || !scan->damagedPages.empty())
        return fail(ErrorCode::Damaged,
                    QStringLiteral("the copy made before upgrading the vault does not verify"),
                    QStringLiteral("path"),
                    copy);
    qCInfo(lcStore) << "vault copied before schema migration to" << QFileInfo(copy).fileName();
    return {};
}

PatientSummary readSummary(const Statement &st)
{
    PatientSummary p;
    p.id = st.int64(0);
    p.recordNumber = st.text(1);
    p.familyName = st.text(2);
    p.givenName = st.text(3);
    p.dateOfBirth = QDate::fromString(st.text(4), Qt::ISODate);
    p.sex = st.text(5);
    return p;
}

constexpr const char *kSummaryColumns
    = "SELECT id, record_number, family_name, given_name, date_of_birth, sex FROM patients";

std::optional<QDate> parseQueryDate(const QString &q)
{
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression dotted(QStringLiteral("^\\d{1,2}\\.\\d{1,2}\\.\\d{4}$"));
    if (iso.match(q).hasMatch()) {
        const QDate d = QDate::fromString(q, Qt::ISODate);
        if (d.isValid())
            return d;
    }
    if (dotted.match(q).hasMatch()) {
        const QDate d = QDate::fromString(q, QStringLiteral("d.M.yyyy"));
        if (d.isValid())
            return d;
    }
    return std::nullopt;
}

// A read failed with SQLITE_CORRUPT: name the page when the page scan finds it.
Error classifyReadError(const Vault &v, const Error &e)
{
    if (e.code != ErrorCode::Damaged || e.reason != ErrorReason::None)
        return e;
    return namePageDamage(v.path(), detail::VaultAccess::dataKey(v), e);
}

// Steps `st` to the end, appending one summary per row; a damaged page is named.
Result<void> appendSummaries(const Vault &v, Statement &st, std::vector<PatientSummary> &out)
{
    for (;;) {
        auto row = st.step();
        if (!row)
            return tl::unexpected(classifyReadError(v, row.error()));
        if (!*row)
            return {};
        out.push_back(readSummary(st));
    }
}

/// Deletes user rows that have no key slot: a removal that rotated the key but died before its
/// last step (issue #8 D2). Such a user cannot sign in; the row goes with an audit row.
Result<void> completeInterruptedRemovals(Database &db, const QStringList &slotUsers)
{
    auto st = db.prepare("SELECT name FROM users ORDER BY name");
    if (!st)
        return tl::unexpected(st.error());
    QStringList orphans;
    for (;;) {
        auto row = st->step();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            break;
        if (!slotUsers.contains(st->text(0)))
            orphans << st->text(0);
    }
    st->reset();
    for (const QString &name : orphans) {
        auto del = db.prepare("DELETE FROM users WHERE name = ?");
        if (!del)
            return tl::unexpected(del.error());
        if (auto r = del->bind(1, name).run(); !r)
            return r;
        auto flag = db.prepare("DELETE FROM password_change_required WHERE user_name = ?");
        if (!flag)
            return tl::unexpected(flag.error());
        if (auto r = flag->bind(1, name).run(); !r)
            return r;
        if (auto r = appendAudit(db,
                                 QStringLiteral("precis"),
                                 QString::fromLatin1(audit::kUserRemove),
                                 std::nullopt,
                                 QStringLiteral("%1 removed (completing an interrupted removal: "
                                                "the user had no key slot)")
                                     .arg(name));
            !r)
            return tl::unexpected(r.error());
    }
    return {};
}

Result<void> finishPendingRotation(Database &db,
                                   security::KeySlotFile &slots,
                                   const QString &keysPath,
                                   security::SecretBytes &key,
                                   std::optional<security::SecretBytes> &pending,
                                   bool openedWithPending)
{
    if (!pending)
        return {};
    // The rotation started (slot removed, new key wrapped for everyone else) but was not
    // committed. Finish it rather than abort it: aborting would leave the removed user's old slot
    // able to open the vault.
    auto record = slots.vaultState(key); // still MACed under the committed (old) key
    if (!record)
        return tl::unexpected(record.error());
    if (!openedWithPending) {
        if (auto r = rekeyVaultDatabase(db, *pending); !r)
            return r;
    }
    if (auto r = slots.commitRotation(); !r)
        return r;
    if (*record)
        if (auto r = slots.setVaultState(**record, *pending); !r)
            return r;
    if (auto r = slots.save(keysPath); !r)
        return r;
    key = std::move(*pending);
    pending.reset();
    qCInfo(lcStore) << "finished an interrupted key rotation";
    return {};
}

} // namespace

// --- roles ------------------------------------------------------------------------------------

QString roleToken(Role role)
{
    switch (role) {
    case Role::Nurse:
        return QStringLiteral("nurse");
    case Role::Physician:
        return QStringLiteral("physician");
    case Role::Administrator:
        return QStringLiteral("administrator");
    }
    return {};
}

std::optional<Role> roleFromToken(QStringView token)
{
    const QString t = token.trimmed().toString().toLower();
    if (t == QLatin1String("nurse"))
        return Role::Nurse;
    if (t == QLatin1String("physician"))
        return Role::Physician;
    if (t == QLatin1String("administrator") || t == QLatin1String("admin"))
        return Role::Administrator;
    return std::nullopt;
}

namespace detail {

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString rolesToString(const QList<Role> &roles)
{
    QStringList out;
    for (Role r : {Role::Nurse, Role::Physician, Role::Administrator})
        if (roles.contains(r))
            out << roleToken(r);
    return out.join(QLatin1Char(','));
}

Result<QList<Role>> parseRoles(const QString &text)
{
    QList<Role> roles;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        auto r = roleFromToken(part);
        if (!r)
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("unknown role"),
                        QStringLiteral("role"),
                        part.trimmed());
        if (!roles.contains(*r))
            roles << *r;
    }
    if (roles.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("at least one role is required"),
                    QStringLiteral("role"));
    return roles;
}

Result<std::optional<QList<Role>>> readRoles(Database &db, const QString &user)
{
    auto st = db.prepare("SELECT roles FROM users WHERE name = ?");
    if (!st)
        return tl::unexpected(st.error());
    st->bind(1, user);
    auto row = st->step();
    if (!row)
        return tl::unexpected(row.error());
    if (!*row)
        return std::optional<QList<Role>>();
    auto roles = parseRoles(st->text(0));
    if (!roles)
        return fail(ErrorCode::Damaged,
                    QStringLiteral("stored roles are unreadable"),
                    QStringLiteral("users"),
                    user);
    return std::optional<QList<Role>>(*roles);
}

Result<bool> passwordChangeRequired(Database &db, const QString &user)
{
    auto st = db.prepare("SELECT count(*) FROM password_change_required WHERE user_name = ?");
    if (!st)
        return tl::unexpected(st.error());
    st->bind(1, user);
    auto row = st->step();
    if (!row)
        return tl::unexpected(row.error());
    return *row && st->int64(0) > 0;
}

Result<void>
setPasswordChangeRequired(Database &db, const QString &user, bool required, const QString &by)
{
    if (!required) {
        auto del = db.prepare("DELETE FROM password_change_required WHERE user_name = ?");
        if (!del)
            return tl::unexpected(del.error());
        return del->bind(1, user).run();
    }
    auto ins = db.prepare("INSERT OR REPLACE INTO password_change_required(user_name, set_by,"
                          " set_at) VALUES (?, ?, ?)");
    if (!ins)
        return tl::unexpected(ins.error());
    return ins->bind(1, user).bind(2, by).bind(3, nowUtc()).run();
}

Result<void> requirePasswordChosen(const UserInfo &user)
{
    if (!user.mustChangePassword)
        return {};
    return tl::unexpected(Error{ErrorCode::Permission,
                                QStringLiteral("user"),
                                user.name,
                                QStringLiteral("choose a new password first: an administrator set"
                                               " the current one")}
                              .withReason(ErrorReason::PasswordChangeRequired));
}

Result<void> requireRole(const Vault &v, Role role, const QString &what)
{
    if (auto r = v.isLocked() ? fail(ErrorCode::Permission, QStringLiteral("vault is locked"))
                              : Result<void>();
        !r)
        return r;
    if (auto r = requirePasswordChosen(v.user()); !r)
        return r;
    if (!v.user().has(role))
        return fail(ErrorCode::Permission,
                    QStringLiteral("%1 requires the %2 role").arg(what, roleToken(role)),
                    QStringLiteral("user"),
                    v.user().name);
    return {};
}

Result<void> requireFreshAuthentication(const Vault &v, const QString &what)
{
    if (v.isLocked())
        return fail(ErrorCode::Permission, QStringLiteral("vault is locked"));
    const auto age = std::chrono::steady_clock::now() - VaultAccess::authenticatedAt(v);
    if (age < std::chrono::steady_clock::duration::zero() || age > kReauthenticationWindow)
        return fail(ErrorCode::Authentication,
                    QStringLiteral("re-authentication required before %1").arg(what),
                    QStringLiteral("user"),
                    v.user().name);
    return {};
}

void VaultAccess::closeWithoutWriting(Vault &v)
{
    v.m_locked = true;
    if (v.m_db)
        closeWithoutCheckpoint(*v.m_db, v.m_path, v.m_dataKey);
    v.m_db.reset();
    v.m_dataKey = security::SecretBytes();
}

Result<std::unique_ptr<Vault>>
VaultAccess::adopt(const QString &path, Database db, security::SecretBytes key, UserInfo user)
{
    std::unique_ptr<Vault> v(new Vault());
    v->m_path = path;
    v->m_db = std::make_unique<Database>(std::move(db));
    v->m_dataKey = std::move(key);
    v->m_user = std::move(user);
    // Stays locked (so that its destruction writes nothing) until the settings below are read.
    v->m_locked = true;
    // Every caller of adopt() has just verified a password, the recovery key or created the
    // vault: that counts as the authentication sensitive operations require.
    v->m_authenticatedAt = std::chrono::steady_clock::now();
    auto demo = v->m_db->queryText("SELECT value FROM settings WHERE key = 'demo'");
    if (!demo)
        return tl::unexpected(demo.error());
    v->m_demo = *demo == QLatin1String("1");
    auto idle = v->m_db->queryText("SELECT value FROM settings WHERE key = 'idle_timeout_minutes'");
    if (!idle)
        return tl::unexpected(idle.error());
    bool ok = false;
    const int minutes = idle->toInt(&ok);
    if (!ok || minutes < 1 || minutes > 30)
        return fail(ErrorCode::Damaged,
                    QStringLiteral("stored idle timeout out of range"),
                    QStringLiteral("idle_timeout_minutes"),
                    *idle);
    v->m_idleTimeout = minutes;
    v->m_locked = false;
    return v;
}

Result<std::unique_ptr<Vault>> VaultAccess::open(const QString &path,
                                                 security::UnlockedKeys keys,
                                                 security::KeySlotFile &slots,
                                                 UserInfo user,
                                                 bool recovery,
                                                 const UnlockOptions &options)
{
    const QString keysPath = security::KeySlotFile::pathFor(path);
    security::SecretBytes key = std::move(keys.current);
    std::optional<security::SecretBytes> pending = std::move(keys.pending);
    bool openedWithPending = false;
    auto db = openVaultDatabase(path, key);
    if (!db && pending && db.error().code == ErrorCode::Damaged) {
        auto second = openVaultDatabase(path, *pending);
        if (second) {
            db = std::move(second);
            openedWithPending = true;
        }
    }
    if (!db)
        return tl::unexpected(db.error());
    if (auto r = finishPendingRotation(*db, slots, keysPath, key, pending, openedWithPending); !r)
        return tl::unexpected(r.error().code == ErrorCode::Damaged
                                  ? namePageDamage(path, key, r.error())
                                  : r.error());
    // A copy of the key for naming damaged pages: `key` moves into the Vault below, and a scan
    // with an empty key would call every page damaged (issue #8 D10).
    const security::SecretBytes scanKey = security::SecretBytes::copyOf(key.view());
    auto fixRead = [&](const Error &e) {
        return e.code == ErrorCode::Damaged && e.reason == ErrorReason::None
                   ? namePageDamage(path, scanKey, e)
                   : e;
    };
    // A file the verified key decrypts but that holds no schema was never a vault (issue #8 D7):
    // migrate() would create one in it.
    auto version = schemaVersion(*db);
    if (!version)
        return tl::unexpected(fixRead(version.error()));
    if (*version == 0)
        return fail(ErrorReason::NotAVault,
                    ErrorCode::Damaged,
                    QStringLiteral("not a Precis vault (the file has no schema)"),
                    QStringLiteral("path"),
                    path);
    // Rollback detection (issue #8 D1): the vault's state against its key file's authenticated
    // record, against its own audit chain, and against what this workstation has seen. Before
    // migrate(), which writes.
    auto record = slots.vaultState(key);
    if (!record)
        return tl::unexpected(record.error());
    auto stored = readStoredState(*db);
    if (!stored)
        return tl::unexpected(fixRead(stored.error()));
    if (auto match = matchState(*stored, *record); !match)
        return tl::unexpected(match.error());
    if (*stored) {
        if (auto r = checkChainAtState(*db, **stored); !r)
            return tl::unexpected(fixRead(r.error()));
        if (options.checkWorkstation)
            if (auto r = checkWorkstation(*db, **stored); !r)
                return tl::unexpected(fixRead(r.error()));
    }
    auto migrationNeeded = migrationPending(*db);
    if (!migrationNeeded)
        return tl::unexpected(fixRead(migrationNeeded.error()));
    if (*migrationNeeded)
        if (auto r = backUpBeforeMigration(*db, path, key); !r)
            return tl::unexpected(fixRead(r.error()));
    if (auto m = migrate(*db); !m)
        return tl::unexpected(fixRead(m.error()));
    if (!recovery) {
        auto roles = readRoles(*db, user.name);
        if (!roles)
            return tl::unexpected(fixRead(roles.error()));
        if (!*roles)
            return fail(ErrorCode::Permission,
                        QStringLiteral("user has no role in this vault"),
                        QStringLiteral("user"),
                        user.name);
        user.roles = **roles;
        auto mustChange = passwordChangeRequired(*db, user.name);
        if (!mustChange)
            return tl::unexpected(fixRead(mustChange.error()));
        user.mustChangePassword = *mustChange;
    }
    auto v = adopt(path, std::move(*db), std::move(key), std::move(user));
    if (!v)
        return tl::unexpected(fixRead(v.error()));
    return v;
}

} // namespace detail

// --- Vault ------------------------------------------------------------------------------------

Vault::Vault() = default;

Vault::~Vault()
{
    lock();
}

Result<void> Vault::requireUnlocked() const
{
    if (m_locked || !m_db)
        return fail(ErrorCode::Permission, QStringLiteral("vault is locked"));
    return {};
}

Result<void> Vault::requireClinical() const
{
    if (auto r = requireUnlocked(); !r)
        return r;
    if (auto r = detail::requirePasswordChosen(m_user); !r)
        return r;
    if (!m_user.has(Role::Nurse) && !m_user.has(Role::Physician))
        return fail(ErrorCode::Permission,
                    QStringLiteral("opening charts requires the nurse or physician role"),
                    QStringLiteral("user"),
                    m_user.name);
    return {};
}

Result<std::unique_ptr<Vault>>
Vault::unlock(const QString &path, const QString &user, security::SecretBytes password)
{
    return detail::unlock(path, user, std::move(password), {});
}

Result<std::unique_ptr<Vault>> detail::unlock(const QString &path,
                                              const QString &user,
                                              security::SecretBytes password,
                                              const UnlockOptions &options)
{
    if (auto init = initialiseSqlite(); !init)
        return tl::unexpected(init.error());
    // Like SQLite's hot-journal rollback, an interrupted restore is completed before the pair is
    // read, whoever opens it: it needs no key, and opening a half-restored pair would fail.
    if (options.finishRestore)
        if (auto r = finishInterruptedRestore(path); !r)
            return tl::unexpected(r.error());
    if (!QFileInfo::exists(path))
        return fail(ErrorReason::VaultMissing,
                    ErrorCode::NotFound,
                    QStringLiteral("vault file not found"),
                    QStringLiteral("path"),
                    path);
    const QString authPath = options.throttlePath.isEmpty()
                                 ? security::UnlockThrottle::pathFor(path)
                                 : options.throttlePath;
    // Counted as a failure before the password is evaluated, under a lock (issue #8 D5): a
    // parallel guess sees it at once. Withdrawn below when the attempt succeeds or fails for
    // another reason than the password.
    auto attempt = security::UnlockThrottle::beginAttempt(
        authPath, user, QDateTime::currentDateTimeUtc(), options.throttleContext);
    if (!attempt)
        return tl::unexpected(attempt.error());
    const QString keysPath = security::KeySlotFile::pathFor(path);
    auto slots = security::KeySlotFile::load(keysPath);
    if (!slots) {
        (void)security::UnlockThrottle::attemptAbandoned(authPath, user, *attempt);
        return tl::unexpected(slots.error());
    }
    auto keys = slots->unlockUser(user, password);
    if (!keys) {
        if (keys.error().code != ErrorCode::Authentication)
            (void)security::UnlockThrottle::attemptAbandoned(authPath, user, *attempt);
        return tl::unexpected(keys.error());
    }
    if (auto r = security::UnlockThrottle::attemptSucceeded(authPath, user, *attempt); !r)
        return tl::unexpected(r.error());
    UserInfo info;
    info.name = user;
    auto vault = VaultAccess::open(path, std::move(*keys), *slots, std::move(info), false, options);
    if (!vault)
        return tl::unexpected(vault.error());
    if (!options.recordSignIn)
        return vault; // the caller records it (or, having found damage, writes nothing)
    // Attempts since the last unlock (wrong passwords and those the throttle turned away) enter
    // the chain now, with the unlock, in one transaction that is also the vault's next state
    // (issue #8 D1); only then are they removed from the sidecar (a crash loses nothing).
    std::vector<security::FailedUnlock> failures;
    if (options.consumeEvents) {
        auto pending = security::UnlockThrottle::pendingEvents(authPath);
        if (!pending) {
            VaultAccess::closeWithoutWriting(**vault);
            return tl::unexpected(pending.error());
        }
        failures = std::move(*pending);
    }
    const QString roles = rolesToString((*vault)->user().roles);
    TransitionOptions transition;
    transition.updateWorkstation = options.checkWorkstation;
    QStringList slotUsers;
    auto state = commitTransition(
        path,
        VaultAccess::db(**vault),
        VaultAccess::dataKey(**vault),
        [&](security::KeySlotFile &fresh) -> Result<void> {
            slotUsers = fresh.users(); // read under the write lock, with the rows below
            return {};
        },
        [&](Database &db) -> Result<void> {
            if (auto r = completeInterruptedRemovals(db, slotUsers); !r)
                return r;
            for (const security::FailedUnlock &f : failures) {
                QString detail = f.kind == security::FailedUnlock::Kind::WrongCredentials
                                     ? QStringLiteral("wrong user name or password")
                                     : QStringLiteral("turned away by the throttle");
                if (f.context == QLatin1String("restore"))
                    detail += QStringLiteral(" (signing in to a backup to restore it)");
                if (auto r = appendAudit(db,
                                         f.user,
                                         QString::fromLatin1(audit::kFailedUnlock),
                                         std::nullopt,
                                         detail,
                                         f.at);
                    !r)
                    return tl::unexpected(r.error());
            }
            return appendAudit(db,
                               user,
                               QString::fromLatin1(audit::kUnlock),
                               std::nullopt,
                               QStringLiteral("roles %1").arg(roles))
                .map([](qint64) {});
        },
        transition);
    if (!state) {
        const Error e = classifyReadError(**vault, state.error());
        VaultAccess::closeWithoutWriting(**vault);
        return tl::unexpected(e);
    }
    std::vector<quint64> written;
    written.reserve(failures.size());
    for (const security::FailedUnlock &f : failures)
        written.push_back(f.id);
    if (auto r = security::UnlockThrottle::forgetEvents(authPath, written); !r)
        qCWarning(lcStore) << "throttle events not cleared; they may be audited twice";
    if (auto r = repairOrphanSlots(**vault); !r) {
        VaultAccess::closeWithoutWriting(**vault);
        return tl::unexpected(r.error());
    }
    return vault;
}

bool Vault::demoHint(const QString &vaultPath)
{
    if (vaultPath.isEmpty())
        return false;
    const auto slots = security::KeySlotFile::load(security::KeySlotFile::pathFor(vaultPath));
    return slots && slots->demoHint();
}

Result<std::unique_ptr<Vault>> Vault::unlockWithRecoveryKey(const QString &path,
                                                            security::SecretBytes recoveryKey)
{
    if (auto init = initialiseSqlite(); !init)
        return tl::unexpected(init.error());
    if (auto r = finishInterruptedRestore(path); !r)
        return tl::unexpected(r.error());
    if (!QFileInfo::exists(path))
        return fail(ErrorReason::VaultMissing,
                    ErrorCode::NotFound,
                    QStringLiteral("vault file not found"),
                    QStringLiteral("path"),
                    path);
    const QString keysPath = security::KeySlotFile::pathFor(path);
    auto slots = security::KeySlotFile::load(keysPath);
    if (!slots)
        return tl::unexpected(slots.error());
    auto keys = slots->unlockRecovery(recoveryKey);
    if (!keys)
        return tl::unexpected(keys.error());
    UserInfo info;
    info.name = QString::fromLatin1(kRecoveryUser);
    info.roles = {Role::Administrator};
    auto vault = detail::VaultAccess::open(
        path, std::move(*keys), *slots, std::move(info), true, detail::UnlockOptions{});
    if (!vault)
        return tl::unexpected(vault.error());
    QStringList slotUsers;
    auto state = detail::commitTransition(
        path,
        detail::VaultAccess::db(**vault),
        detail::VaultAccess::dataKey(**vault),
        [&](security::KeySlotFile &fresh) -> Result<void> {
            slotUsers = fresh.users();
            return {};
        },
        [&](Database &db) -> Result<void> {
            if (auto r = completeInterruptedRemovals(db, slotUsers); !r)
                return r;
            return appendAudit(db,
                               (*vault)->user().name,
                               QString::fromLatin1(audit::kUnlockRecovery),
                               std::nullopt,
                               QStringLiteral("emergency access with the recovery key"))
                .map([](qint64) {});
        });
    if (!state) {
        const Error e = classifyReadError(**vault, state.error());
        detail::VaultAccess::closeWithoutWriting(**vault);
        return tl::unexpected(e);
    }
    if (auto r = detail::repairOrphanSlots(**vault); !r) {
        detail::VaultAccess::closeWithoutWriting(**vault);
        return tl::unexpected(r.error());
    }
    return vault;
}

Result<std::vector<PatientSummary>> Vault::listPatients()
{
    if (auto r = requireClinical(); !r)
        return tl::unexpected(r.error());
    auto st = m_db->prepare((QByteArray(kSummaryColumns)
                             + " ORDER BY family_name, given_name, date_of_birth, record_number")
                                .constData());
    if (!st)
        return tl::unexpected(st.error());
    std::vector<PatientSummary> out;
    if (auto r = appendSummaries(*this, *st, out); !r)
        return tl::unexpected(r.error());
    if (auto r = appendAudit(*m_db,
                             m_user.name,
                             QString::fromLatin1(audit::kPatientList),
                             std::nullopt,
                             QStringLiteral("%1 patients listed").arg(out.size()));
        !r)
        return tl::unexpected(r.error());
    return out;
}

Result<std::vector<PatientSummary>> Vault::searchPatients(const QString &query, int limit)
{
    if (auto r = requireClinical(); !r)
        return tl::unexpected(r.error());
    if (limit <= 0)
        limit = 100;
    const QString q = query.simplified();
    std::vector<PatientSummary> out;
    if (!q.isEmpty()) {
        QByteArray sql(kSummaryColumns);
        QStringList binds;
        if (auto date = parseQueryDate(q)) {
            sql += " WHERE date_of_birth = ?";
            binds << date->toString(Qt::ISODate);
        } else {
            // Each word must be the start of the family name, the given name or the record
            // number. Each column is searched through its index (prefix LIKE on a NOCASE column
            // is a range scan: the SQLite LIKE optimisation). It applies only to a literal
            // pattern without ESCAPE, so the word is sanitised and quoted here rather than bound.
            const QStringList words = QString(q)
                                          .replace(QLatin1Char(','), QLatin1Char(' '))
                                          .split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QByteArrayList clauses;
            for (const QString &w : words) {
                QString clean = w;
                clean.remove(QLatin1Char('%')).remove(QLatin1Char('_')).remove(QLatin1Char('\\'));
                if (clean.isEmpty())
                    continue;
                clean.replace(QLatin1Char('\''), QLatin1String("''"));
                const QByteArray lit = "'" + clean.toUtf8() + "%'";
                clauses << "id IN (SELECT id FROM patients WHERE family_name LIKE " + lit
                               + " UNION ALL SELECT id FROM patients WHERE given_name LIKE " + lit
                               + " UNION ALL SELECT id FROM patients WHERE record_number LIKE "
                               + lit + ")";
            }
            if (clauses.isEmpty())
                clauses << "0";
            sql += " WHERE " + clauses.join(" AND ");
        }
        sql += " ORDER BY family_name, given_name, date_of_birth, record_number LIMIT ?";
        auto st = m_db->prepare(sql.constData());
        if (!st)
            return tl::unexpected(st.error());
        int i = 1;
        for (const QString &b : binds)
            st->bind(i++, b);
        st->bind(i, limit);
        if (auto r = appendSummaries(*this, *st, out); !r)
            return tl::unexpected(r.error());
    }
    if (auto r = appendAudit(*m_db,
                             m_user.name,
                             QString::fromLatin1(audit::kPatientSearch),
                             std::nullopt,
                             QStringLiteral("%1 patients found").arg(out.size()));
        !r)
        return tl::unexpected(r.error());
    return out;
}

Result<PatientSummary> Vault::openPatient(qint64 id)
{
    if (auto r = requireClinical(); !r)
        return tl::unexpected(r.error());
    auto st = m_db->prepare((QByteArray(kSummaryColumns) + " WHERE id = ?").constData());
    if (!st)
        return tl::unexpected(st.error());
    st->bind(1, id);
    auto row = st->step();
    if (!row)
        return tl::unexpected(classifyReadError(*this, row.error()));
    if (!*row)
        return fail(ErrorCode::NotFound,
                    QStringLiteral("no such patient"),
                    QStringLiteral("id"),
                    QString::number(id));
    PatientSummary p = readSummary(*st);
    st->reset();
    if (auto r = appendAudit(*m_db,
                             m_user.name,
                             QString::fromLatin1(audit::kChartRead),
                             id,
                             QStringLiteral("chart opened"));
        !r)
        return tl::unexpected(r.error());
    return p;
}

Result<void> Vault::recordChartView(qint64 id, const QString &view)
{
    if (auto r = requireClinical(); !r)
        return r;
    static const QStringList kViews{QStringLiteral("summary"),
                                    QStringLiteral("intake"),
                                    QStringLiteral("timeline"),
                                    QStringLiteral("options"),
                                    QStringLiteral("genomics")};
    if (!kViews.contains(view))
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("unknown chart view"),
                    QStringLiteral("view"),
                    view);
    auto exists = m_db->prepare("SELECT count(*) FROM patients WHERE id = ?");
    if (!exists)
        return tl::unexpected(exists.error());
    exists->bind(1, id);
    auto row = exists->step();
    if (!row)
        return tl::unexpected(classifyReadError(*this, row.error()));
    if (!*row || exists->int64(0) == 0)
        return fail(ErrorCode::NotFound,
                    QStringLiteral("no such patient"),
                    QStringLiteral("id"),
                    QString::number(id));
    exists->reset();
    return appendAudit(*m_db,
                       m_user.name,
                       QString::fromLatin1(audit::kChartRead),
                       id,
                       QStringLiteral("%1 view shown").arg(view))
        .map([](qint64) {});
}

Result<void> Vault::setIdleTimeoutMinutes(int minutes)
{
    if (auto r = requireUnlocked(); !r)
        return r;
    if (auto r = detail::requirePasswordChosen(m_user); !r)
        return r;
    if (minutes < 1 || minutes > 30)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("idle timeout must be 1 to 30 minutes"),
                    QStringLiteral("idle_timeout_minutes"),
                    QString::number(minutes));
    auto txn = Transaction::begin(*m_db);
    if (!txn)
        return tl::unexpected(txn.error());
    auto st = m_db->prepare("UPDATE settings SET value = ? WHERE key = 'idle_timeout_minutes'");
    if (!st)
        return tl::unexpected(st.error());
    if (auto r = st->bind(1, QString::number(minutes)).run(); !r)
        return r;
    if (auto r = appendAudit(
            *m_db,
            m_user.name,
            QString::fromLatin1(audit::kSettingChange),
            std::nullopt,
            QStringLiteral("idle_timeout_minutes %1 -> %2").arg(m_idleTimeout).arg(minutes));
        !r)
        return tl::unexpected(r.error());
    if (auto r = txn->commit(); !r)
        return r;
    m_idleTimeout = minutes;
    return {};
}

void Vault::lock()
{
    if (m_locked)
        return;
    m_locked = true;
    if (m_db && m_db->isOpen() && detail::VaultAccess::damaged(*this)) {
        // Damage was found: no lock row, no checkpoint, nothing (issue #8 D9).
        closeWithoutCheckpoint(*m_db, m_path, m_dataKey);
    } else if (m_db && m_db->isOpen()) {
        // The lock row is a state transition (issue #8 D1: the key file's record moves on lock
        // and unlock, not per audit row). Best effort: a lock must never be held open by a
        // failing write, and a vault found damaged is not written to at all.
        const auto lockRow = [this](Database &db) {
            return appendAudit(db,
                               m_user.name,
                               QString::fromLatin1(audit::kLock),
                               std::nullopt,
                               QStringLiteral("vault locked"))
                .map([](qint64) {});
        };
        auto r = detail::commitTransition(m_path, *m_db, m_dataKey, {}, lockRow);
        if (!r && r.error().code != ErrorCode::Damaged) {
            // No key file to record the state in (removed while open, unreadable): the lock
            // row still belongs in the chain.
            if (auto plain = lockRow(*m_db); !plain)
                qCWarning(lcStore) << "lock audit row not written:" << plain.error().message();
        }
        m_db->close();
    }
    m_db.reset();
    m_dataKey = security::SecretBytes();
}

} // namespace precis::store
