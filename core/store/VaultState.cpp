// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/VaultState.h"

#include "core/security/SecretBytes.h"
#include "core/store/AuditLog.h"
#include "core/store/Sqlite.h"
#include "core/store/WorkstationState.h"

#include <QLoggingCategory>

// Why a generation counter and not the audit row count alone: audit rows are written between
// transitions (every chart read), so the vault is legitimately ahead of its key file's record
// most of the time. The generation moves only at transitions, which are exactly the moments the
// key file is written too, so "the vault is at the confirmed or the pending generation" is an
// exact test, and the audit head stored with each generation ties it to the chain.

Q_DECLARE_LOGGING_CATEGORY(lcStore) // defined in Vault.cpp

namespace precis::store::detail {

namespace {

constexpr const char *kVaultIdKey = "vault_id";
constexpr const char *kEpochKey = "state_epoch";
constexpr const char *kGenerationKey = "state_generation";
constexpr const char *kAuditCountKey = "state_audit_count";
constexpr const char *kAuditHashKey = "state_audit_hash";

tl::unexpected<Error> rolledBack(ErrorReason reason, const QString &detail)
{
    return fail(reason, ErrorCode::Damaged, detail, QStringLiteral("vault state"));
}

Result<QString> setting(Database &db, const char *key)
{
    auto st = db.prepare("SELECT value FROM settings WHERE key = ?");
    if (!st)
        return tl::unexpected(st.error());
    st->bind(1, QString::fromLatin1(key));
    auto row = st->step();
    if (!row)
        return tl::unexpected(row.error());
    return *row ? st->text(0) : QString();
}

Result<void> putSetting(Database &db, const char *key, const QString &value)
{
    auto st = db.prepare("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)");
    if (!st)
        return tl::unexpected(st.error());
    return st->bind(1, QString::fromLatin1(key)).bind(2, value).run();
}

QString describe(quint32 epoch, quint64 generation)
{
    return QStringLiteral("epoch %1, state %2").arg(epoch).arg(generation);
}

} // namespace

Result<std::optional<StoredVaultState>> readStoredState(Database &db)
{
    StoredVaultState s;
    QString values[5];
    const char *keys[5] = {kVaultIdKey, kEpochKey, kGenerationKey, kAuditCountKey, kAuditHashKey};
    int present = 0;
    for (int i = 0; i < 5; ++i) {
        auto v = setting(db, keys[i]);
        if (!v)
            return tl::unexpected(v.error());
        values[i] = *v;
        present += v->isEmpty() ? 0 : 1;
    }
    if (present == 0)
        return std::optional<StoredVaultState>();
    bool ok[4] = {};
    s.vaultId = QByteArray::fromHex(values[0].toLatin1());
    const qulonglong epoch = values[1].toULongLong(&ok[0]);
    s.state.generation = values[2].toULongLong(&ok[1]);
    s.state.auditCount = values[3].toLongLong(&ok[2]);
    s.state.auditHash = QByteArray::fromHex(values[4].toLatin1());
    ok[3] = epoch <= 0xffffffffu;
    if (present != 5 || !ok[0] || !ok[1] || !ok[2] || !ok[3] || s.vaultId.size() != 16
        || s.state.auditHash.size() != 32 || s.state.auditCount < 0)
        return fail(ErrorReason::VaultDamaged,
                    ErrorCode::Damaged,
                    QStringLiteral("stored vault state damaged"),
                    QStringLiteral("settings"));
    s.epoch = static_cast<quint32>(epoch);
    return std::optional<StoredVaultState>(s);
}

Result<void> writeStoredState(Database &db, const StoredVaultState &s)
{
    const std::pair<const char *, QString> rows[] = {
        {kVaultIdKey, QString::fromLatin1(s.vaultId.toHex())},
        {kEpochKey, QString::number(s.epoch)},
        {kGenerationKey, QString::number(s.state.generation)},
        {kAuditCountKey, QString::number(s.state.auditCount)},
        {kAuditHashKey, QString::fromLatin1(s.state.auditHash.toHex())},
    };
    for (const auto &[key, value] : rows)
        if (auto r = putSetting(db, key, value); !r)
            return r;
    return {};
}

Result<StateMatch> matchState(const std::optional<StoredVaultState> &vault,
                              const std::optional<security::VaultStateRecord> &record)
{
    // A vault from before issue #8 has no state; its first transition may have saved the key
    // file (confirmed generation 0, pending 1) and died before the vault committed.
    if (!vault && (!record || record->confirmed.generation == 0))
        return StateMatch::Legacy;
    if (!vault)
        return rolledBack(ErrorReason::VaultRolledBack,
                          QStringLiteral("the vault is older than its key file (the vault has no "
                                         "state record; the key file expects %1)")
                              .arg(describe(record->epoch, record->confirmed.generation)));
    if (!record)
        return rolledBack(ErrorReason::KeyFileRolledBack,
                          QStringLiteral("the key file is older than the vault (the key file has "
                                         "no state record; the vault is at %1)")
                              .arg(describe(vault->epoch, vault->state.generation)));
    if (vault->vaultId != record->vaultId)
        return rolledBack(ErrorReason::KeyFileFromOtherVersion,
                          QStringLiteral("the key file belongs to another vault"));
    const quint64 g = vault->state.generation;
    const quint64 newest
        = record->pending ? record->pending->generation : record->confirmed.generation;
    if (vault->epoch < record->epoch
        || (vault->epoch == record->epoch && g < record->confirmed.generation))
        return rolledBack(ErrorReason::VaultRolledBack,
                          QStringLiteral("the vault is older than its key file (vault at %1, key "
                                         "file expects %2)")
                              .arg(describe(vault->epoch, g),
                                   describe(record->epoch, record->confirmed.generation)));
    if (vault->epoch > record->epoch || g > newest)
        return rolledBack(ErrorReason::KeyFileRolledBack,
                          QStringLiteral("the key file is older than the vault (key file at %1, "
                                         "vault at %2)")
                              .arg(describe(record->epoch, newest), describe(vault->epoch, g)));
    const security::VaultState &expected
        = g == record->confirmed.generation ? record->confirmed : *record->pending;
    if (vault->state != expected)
        return rolledBack(ErrorReason::KeyFileFromOtherVersion,
                          QStringLiteral("the vault and its key file record different histories "
                                         "at %1")
                              .arg(describe(vault->epoch, g)));
    return g == record->confirmed.generation ? StateMatch::Confirmed : StateMatch::Pending;
}

Result<void> checkChainAtState(Database &db, const StoredVaultState &state)
{
    auto contains = auditChainContains(db, state.state.auditCount, state.state.auditHash);
    if (!contains)
        return tl::unexpected(contains.error());
    if (!*contains) {
        // Name the first row that is gone when the rows simply end early.
        auto last = db.queryInt("SELECT coalesce(max(seq), 0) FROM audit");
        if (last && *last < state.state.auditCount)
            return rolledBack(ErrorReason::VaultRolledBack,
                              QStringLiteral("the vault is older than its own state record (audit "
                                             "row %1 and later are missing; the state records %2 "
                                             "rows)")
                                  .arg(*last + 1)
                                  .arg(state.state.auditCount));
        return rolledBack(ErrorReason::VaultRolledBack,
                          QStringLiteral("the vault is older than its own state record (audit "
                                         "row %1 is missing or changed)")
                              .arg(state.state.auditCount));
    }
    return {};
}

Result<void> checkWorkstation(Database &db, const StoredVaultState &state)
{
    auto seen = WorkstationStates::lookup(state.vaultId);
    if (!seen)
        return tl::unexpected(seen.error());
    if (!*seen || (*seen)->epoch < state.epoch)
        return {};
    const SeenVaultState &mark = **seen;
    const auto older = [&] {
        return rolledBack(ErrorReason::RolledBackOnWorkstation,
                          QStringLiteral("the vault and its key file are older than this "
                                         "workstation has seen (files at %1, seen %2)")
                              .arg(describe(state.epoch, state.state.generation),
                                   describe(mark.epoch, mark.state.generation)));
    };
    if (mark.epoch > state.epoch || mark.state.generation > state.state.generation)
        return older();
    auto contains = auditChainContains(db, mark.state.auditCount, mark.state.auditHash);
    if (!contains)
        return tl::unexpected(contains.error());
    if (!*contains)
        return older();
    return {};
}

Result<StoredVaultState> commitTransition(const QString &vaultPath,
                                          Database &db,
                                          const security::SecretBytes &dataKey,
                                          const SlotChange &changeSlots,
                                          const VaultWork &work,
                                          const TransitionOptions &options)
{
    const QString keysPath = security::KeySlotFile::pathFor(vaultPath);
    auto txn = Transaction::begin(db);
    if (!txn)
        return tl::unexpected(txn.error());
    // Loaded under the write lock: a concurrent transition has either saved and committed, or
    // not started.
    auto slots = security::KeySlotFile::load(keysPath);
    if (!slots)
        return tl::unexpected(slots.error());
    auto record = slots->vaultState(dataKey);
    if (!record)
        return tl::unexpected(record.error());
    auto stored = readStoredState(db);
    if (!stored)
        return tl::unexpected(stored.error());
    auto match = matchState(*stored, *record);
    if (!match)
        return tl::unexpected(match.error());
    StoredVaultState before;
    if (*match == StateMatch::Legacy) {
        // First transition of a vault from before issue #8: give it an id and epoch 1 (or those
        // of an interrupted first transition).
        if (*record) {
            before.vaultId = (*record)->vaultId;
            before.epoch = (*record)->epoch;
        } else {
            const security::SecretBytes id = security::SecretBytes::random(16);
            before.vaultId = id.view().toByteArray();
            before.epoch = 1;
        }
        auto head = auditHead(db);
        if (!head)
            return tl::unexpected(head.error());
        before.state = {0, head->rowCount, head->hash};
    } else {
        before = **stored;
        if (auto r = checkChainAtState(db, before); !r)
            return tl::unexpected(r.error());
        if (*match == StateMatch::Confirmed && (*record)->pending) {
            // A transition saved the key file but its vault commit never happened: its change
            // to the key file (if any) stands without an audit row. Say so in the chain.
            if (auto r = appendAudit(db,
                                     QStringLiteral("precis"),
                                     QString::fromLatin1(audit::kInterruptedChange),
                                     std::nullopt,
                                     QStringLiteral("a change to the key file (state %1) was "
                                                    "interrupted before the vault recorded it")
                                         .arg((*record)->pending->generation));
                !r)
                return tl::unexpected(r.error());
        }
    }
    if (changeSlots)
        if (auto r = changeSlots(*slots); !r)
            return tl::unexpected(r.error());
    if (work)
        if (auto r = work(db); !r)
            return tl::unexpected(r.error());
    auto head = auditHead(db);
    if (!head)
        return tl::unexpected(head.error());
    StoredVaultState after = before;
    after.state = {before.state.generation + 1, head->rowCount, head->hash};
    if (options.newEpoch)
        after.epoch
            = std::max(before.epoch, options.minimumEpoch > 0 ? options.minimumEpoch - 1 : 0u) + 1;
    if (auto r = writeStoredState(db, after); !r)
        return tl::unexpected(r.error());

    security::VaultStateRecord next{after.vaultId, after.epoch, before.state, after.state};
    if (options.newEpoch) {
        // Only a staged copy gets a new epoch (restore): it is not live until published, so
        // there is no crash window to cover.
        next.confirmed = after.state;
        next.pending.reset();
    }
    if (auto r = slots->setVaultState(next, dataKey); !r)
        return tl::unexpected(r.error());
    if (auto r = slots->save(keysPath); !r)
        return tl::unexpected(r.error());
    if (auto r = txn->commit(); !r)
        return tl::unexpected(r.error());
    next = security::VaultStateRecord{after.vaultId, after.epoch, after.state, std::nullopt};
    if (auto r = slots->setVaultState(next, dataKey); !r || !slots->save(keysPath))
        qCWarning(lcStore) << "vault state not confirmed in the key file; the next unlock will";
    if (options.updateWorkstation) {
        if (auto r = WorkstationStates::raise(after.vaultId, {after.epoch, after.state}); !r)
            qCWarning(lcStore) << "workstation state not updated:" << r.error().message();
    }
    return after;
}

} // namespace precis::store::detail
