// SPDX-License-Identifier: GPL-3.0-or-later
// The key-slot sidecar VAULT.keys: the vault's data key wrapped once per user and for recovery.
#pragma once

#include "core/common/Error.h"
#include "core/security/Crypto.h"
#include "core/security/SecretBytes.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace precis::security {

/// The data key(s) an unlock yields. `current` is the committed key; `pending` is set only while
/// a rotation is pending (beginRotation() saved, commitRotation() not yet saved). After a crash
/// the vault opens with exactly one of the two: the store tries `current`, then `pending`, and
/// then completes (commitRotation() if the vault opened with `pending`, after finishing rekey)
/// or aborts (abortRotation() if it opened with `current`) and saves.
struct UnlockedKeys
{
    SecretBytes current;
    std::optional<SecretBytes> pending;
};

/// Where the vault's history stood at one moment (issue #8 D1): a generation counter that every
/// state transition (unlock, lock, a change to the key file, restore) raises by one, and the
/// audit chain's row count and head hash at that transition.
struct VaultState
{
    quint64 generation = 0;
    qint64 auditCount = 0;
    QByteArray auditHash; ///< 32 bytes (32 zero bytes for an empty chain)
    friend bool operator==(const VaultState &, const VaultState &) = default;
};

/// The authenticated vault-state record of a key file: which vault (a random 16-byte id kept in
/// the vault too), which epoch (raised by every restore) and the state the vault was last
/// confirmed at. Two files cannot commit together, so a transition first saves `pending` (the
/// state the vault is about to commit), then commits the vault, then saves it as `confirmed`: a
/// vault at either state belongs to this key file. MAC: HMAC-SHA256 under HKDF-SHA256(data key,
/// info "precis-vault-state-v1") over every field, so only a holder of the data key can write it.
struct VaultStateRecord
{
    QByteArray vaultId; ///< 16 random bytes
    quint32 epoch = 0;
    VaultState confirmed;
    std::optional<VaultState> pending;
    friend bool operator==(const VaultStateRecord &, const VaultStateRecord &) = default;
};

/// One Precis key-slot file (format version 1, or 2 with a vault-state record). See
/// KeySlotFile.cpp for the byte layout.
///
/// Envelope scheme (vault-security.md §5.2, issue 3): every slot owns an X25519 key pair. The
/// public key is stored in clear; the private key is sealed with AES-256-GCM under
/// Argon2id(password, salt, params) for a user slot, or HKDF-SHA256(recovery key, salt) for the
/// recovery slot (a 256-bit random key needs no slow KDF). The data key is wrapped to each
/// slot's public key, so whoever holds the data key can re-wrap a new one for every slot
/// without knowing any password. Each slot also carries HMAC-SHA256 under a key derived from the
/// data key over its name and public key, so a public key swapped into the file is detected
/// before a rotation wraps a new key to it.
///
/// The header stores the page size (4096), SQLCipher format 3 and raw-key mode (a SQLCipher
/// file has no readable version marker, vault-security.md §1.5) and a digest of the data key
/// (HMAC-SHA256(dataKey, "precis-dek-check")) so a decrypted key is verified before SQLCipher
/// sees it: "wrong password" and "damaged vault" then give different messages (§0.5).
///
/// Every record carries a SHA-256 checksum (accidental damage; tampering is caught by GCM tags,
/// the digest and the slot MACs). All mutators change only this in-memory object; save()
/// writes atomically. Not thread-safe.
class KeySlotFile
{
public:
    static constexpr quint32 kFormatVersion = 1;
    /// The version written when the file carries a vault-state record (record type 6).
    static constexpr quint32 kFormatVersionWithState = 2;
    static constexpr quint32 kPageSize = 4096;
    static constexpr quint32 kSqlcipherFormat = 3;

    /// vaultPath + ".keys"
    [[nodiscard]] static QString pathFor(const QString &vaultPath);

    /// NotFound "key-slot file missing"; Damaged "key-slot file damaged (record N)" where record
    /// 0 is the file preamble (magic and format version) and record 1 the header.
    [[nodiscard]] static Result<KeySlotFile> load(const QString &path);
    /// Parses bytes as load() does (tests, backups).
    [[nodiscard]] static Result<KeySlotFile> parse(const QByteArray &bytes);
    /// A file with no slots for the given 32-byte data key.
    [[nodiscard]] static Result<KeySlotFile> createNew(const SecretBytes &dataKey);

    /// Adds a user slot (Argon2id parameters from calibrateKdf()). InvalidInput if the name is
    /// empty/too long/taken or dataKey does not match the header digest; Unsupported while a
    /// rotation is pending (the new slot would have no pending wrap).
    [[nodiscard]] Result<void>
    addUser(const QString &name, const SecretBytes &password, const SecretBytes &dataKey);
    /// Authentication "wrong user name or password" for an unknown user and for a wrong
    /// password alike (an unknown user still costs one derivation). Damaged naming the slot if
    /// its KDF parameters exceed kKdfLimit or the unwrapped key fails the digest/slot MAC.
    [[nodiscard]] Result<UnlockedKeys> unlockUser(const QString &name,
                                                  const SecretBytes &password) const;
    /// Authentication "wrong recovery key" / NotFound "no recovery slot".
    [[nodiscard]] Result<UnlockedKeys> unlockRecovery(const SecretBytes &recoveryKey) const;
    /// Creates or replaces the recovery slot. recoveryKey: 32 bytes from parseRecoveryKey().
    [[nodiscard]] Result<void> setRecovery(const SecretBytes &recoveryKey,
                                           const SecretBytes &dataKey);
    [[nodiscard]] bool hasRecovery() const;
    /// Replaces that one slot (new key pair, salt, parameters); other records stay
    /// byte-identical. The caller re-authenticated the user (or is an administrator) first.
    [[nodiscard]] Result<void>
    changePassword(const QString &name, const SecretBytes &newPassword, const SecretBytes &dataKey);
    /// Deletes the slot. Deleting is not revocation (SSD remanence, copies of the file): the
    /// store rotates the data key next — call removeUser(), beginRotation(), save() so one
    /// atomic write holds both. NotFound if there is no such user.
    [[nodiscard]] Result<void> removeUser(const QString &name);
    [[nodiscard]] QStringList users() const;
    [[nodiscard]] bool hasUser(const QString &name) const;

    /// Adds a pending record: newDataKey wrapped to every slot's public key, with its digest.
    /// currentDataKey must match the header digest; every slot's MAC is verified under it first
    /// (Damaged naming the slot otherwise). Unsupported if a rotation is already pending.
    [[nodiscard]] Result<void> beginRotation(const SecretBytes &currentDataKey,
                                             const SecretBytes &newDataKey);
    /// The pending key becomes current (digest, wraps and MACs). NotFound if none pending.
    [[nodiscard]] Result<void> commitRotation();
    /// Drops the pending record. NotFound if none pending.
    [[nodiscard]] Result<void> abortRotation();
    [[nodiscard]] bool rotationPending() const;

    /// The unauthenticated "demo vault" label (record type 5, see KeySlotFile.cpp): cosmetic
    /// only, for the unlock screen's banner before the first unlock. Anyone who can write the
    /// file can change it; decisions use the flag inside the encrypted vault. False when the
    /// file has no labels record. Every other mutator and save() keep it.
    [[nodiscard]] bool demoHint() const;
    void setDemoHint(bool demo);

    /// True when the file carries a vault-state record (which may still fail its MAC).
    [[nodiscard]] bool hasVaultState() const;
    /// The vault-state record, verified under dataKey (the committed data key: the one matching
    /// the header digest, also while a rotation is pending). nullopt when the file has none;
    /// Damaged "key-slot file damaged (vault state MAC)" when it does not verify.
    [[nodiscard]] Result<std::optional<VaultStateRecord>>
    vaultState(const SecretBytes &dataKey) const;
    /// Sets (and MACs) the record. dataKey must match the header digest (InvalidInput
    /// otherwise). commitRotation() changes the digest: set the record again after it.
    [[nodiscard]] Result<void> setVaultState(const VaultStateRecord &record,
                                             const SecretBytes &dataKey);

    /// True when dataKey matches the header digest (or the pending digest, if pending is true).
    [[nodiscard]] bool matchesDigest(const SecretBytes &dataKey, bool pending = false) const;

    [[nodiscard]] QByteArray serialize() const;
    /// SHA-256 of the file without its vault-state record: the credentials (slots, recovery,
    /// digests, pending rotation), which the state record's update at every unlock and lock
    /// leaves alone. Equal fingerprints mean nobody's access changed.
    [[nodiscard]] QByteArray credentialsFingerprint() const;
    /// Atomic write (QSaveFile, fsync of the directory), mode 0600.
    [[nodiscard]] Result<void> save(const QString &path) const;

    /// Slot KDF parameters (for tests and `vault check`); nullopt for an unknown user.
    [[nodiscard]] std::optional<KdfParams> kdfParams(const QString &name) const;

    /// Internal record types; public so the .cpp helpers can name them.
    struct Slot
    {
        QString name; ///< empty for the recovery slot
        QByteArray publicKey;
        KdfParams params;
        QByteArray salt;
        QByteArray nonce;
        QByteArray sealedPrivateKey;
        QByteArray wrappedDataKey;
        QByteArray mac;
    };
    struct PendingWrap
    {
        QString name; ///< empty for the recovery slot
        QByteArray wrappedDataKey;
        QByteArray mac;
    };

private:
    KeySlotFile() = default;

    QByteArray m_digest;
    std::vector<Slot> m_slots; ///< users in insertion order, recovery (if any) last
    std::optional<QByteArray> m_pendingDigest;
    std::vector<PendingWrap> m_pending;
    quint32 m_labelFlags = 0;                ///< record type 5; bit 0 demo hint, unknown bits kept
    std::optional<VaultStateRecord> m_state; ///< record type 6
    QByteArray m_stateMac;
};

/// A new recovery key as shown once at creation: 256 random bits plus a 24-bit checksum
/// (SHA-256 prefix), Crockford base32, 14 groups of 4 separated by '-'.
[[nodiscard]] QString generateRecoveryKey();
/// Accepts any case, spaces or dashes, and Crockford's look-alikes (O->0, I/L->1).
/// InvalidInput "recovery key malformed" / "recovery key checksum mismatch (typing error?)".
[[nodiscard]] Result<SecretBytes> parseRecoveryKey(const QString &text);

} // namespace precis::security
