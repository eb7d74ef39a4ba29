// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/security/KeySlotFile.h"

#include "core/security/AtomicFile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QtEndian>

#include <algorithm>
#include <cstring>
#include <openssl/crypto.h>

// Byte layout of format versions 1 and 2 (all integers big-endian; version 2 only adds record
// type 6 and is written exactly when that record is present, so an older Precis reports "format
// not supported" instead of misreading the file):
//
//   record 0 (preamble): magic "PRCSKEYS" (8 bytes), u32 format version
//   record 1..n: u8 type, u32 payload length, payload, SHA-256(type || length || payload)
//     type 1 header (always record 1):
//        u32 format version, u32 record count (including the header), u32 page size (4096),
//        u32 SQLCipher format (3), u8 key mode (1 = raw key), bytes data-key digest
//     type 2 user slot / type 3 recovery slot (recovery at most once, name empty):
//        string name, bytes X25519 public key, u32 m (KiB), u32 t, u32 p, bytes salt,
//        bytes nonce, bytes sealed private key (AES-256-GCM ciphertext || tag),
//        bytes wrapped data key (wrapToPublicKey), bytes slot MAC
//     type 4 pending rotation (at most once, last):
//        bytes new-key digest, u32 count, count x (string name, bytes wrapped key, bytes MAC)
//     type 5 vault labels (optional, at most once, always record 2 when present):
//        u32 flags; bit 0 = demo vault; other bits are kept as read (a later version may use
//        them). Written only when a flag is set, so a file without labels is byte-identical to
//        one written before this record existed.
//     type 6 vault state (version 2 only; at most once, after every slot, before the pending
//        record): bytes vault id (16), u32 epoch, state confirmed, u8 has pending, [state
//        pending], bytes MAC; where state = u32 generation high, u32 generation low, u32 audit
//        count high, u32 audit count low, bytes audit head hash (32). MAC = HMAC-SHA256 under
//        HKDF-SHA256(data key, no salt, "precis-vault-state-v1", 32) over the payload before it.
//   "bytes"/"string" = u32 length then the bytes (strings UTF-8).
//
// The record count in the header catches a file truncated at a record boundary; the checksum
// catches other accidental damage. Checksums are not a defence against a deliberate edit: that
// is the job of the GCM tags, the data-key digest and the slot MACs (see KeySlotFile.h).
//
// The labels record is cosmetic and unauthenticated: anyone who can write the file can set or
// clear it, and the checksum only catches accidental damage. It exists so the unlock screen can
// warn "synthetic demo data" before anyone has unlocked (the real flag lives in the encrypted
// vault's settings table). It must never decide anything that matters: the demo-password
// exception of the password policy, `--screenshot` and every other demo-only path keep using
// the flag inside the encrypted vault (Vault::isDemo()).
//
// Why the digest is HMAC-SHA256(dataKey, "precis-dek-check") and not SHA-256(dataKey): the data
// key is 256 random bits, so neither form helps brute force by itself, but a plain hash is a
// value any other component might also compute from the same key (a log line, a future file
// format, SQLCipher's own derivations); the keyed, domain-separated form is useful for this one
// check only. Unlike LUKS's PBKDF2 digest no iteration count is needed: the input has full
// entropy, and the password-derived key never touches the digest.

namespace precis::security {

namespace {

constexpr char kMagic[] = "PRCSKEYS";
constexpr qsizetype kMagicSize = 8;
constexpr quint8 kTypeHeader = 1;
constexpr quint8 kTypeUser = 2;
constexpr quint8 kTypeRecovery = 3;
constexpr quint8 kTypePending = 4;
constexpr quint8 kTypeLabels = 5;
constexpr quint8 kTypeState = 6;
constexpr qsizetype kVaultIdSize = 16;
constexpr qsizetype kAuditHashSize = 32;
constexpr quint32 kLabelDemo = 1u << 0;
constexpr quint8 kKeyModeRaw = 1;
constexpr qsizetype kChecksumSize = 32;
constexpr quint32 kMaxRecordSize = 64 * 1024;
constexpr quint32 kMaxField = 4096;
constexpr int kMaxNameLength = 64;

const QByteArray kDigestLabel = QByteArrayLiteral("precis-dek-check");
const QByteArray kSlotMacInfo = QByteArrayLiteral("precis-slot-mac-v1");
const QByteArray kRecoveryInfo = QByteArrayLiteral("precis-recovery-v1");
const QByteArray kStateMacInfo = QByteArrayLiteral("precis-vault-state-v1");
const QString kWrongCredentials = QStringLiteral("wrong user name or password");

// --- encoding helpers --------------------------------------------------------------------------

void putU8(QByteArray &out, quint8 v)
{
    out.append(static_cast<char>(v));
}
void putU32(QByteArray &out, quint32 v)
{
    char b[4];
    qToBigEndian(v, b);
    out.append(b, 4);
}
void putBytes(QByteArray &out, QByteArrayView v)
{
    putU32(out, static_cast<quint32>(v.size()));
    out.append(v.data(), v.size());
}
void putString(QByteArray &out, const QString &s)
{
    putBytes(out, s.toUtf8());
}

void putU64(QByteArray &out, quint64 v)
{
    putU32(out, static_cast<quint32>(v >> 32));
    putU32(out, static_cast<quint32>(v & 0xffffffffu));
}

void putState(QByteArray &out, const VaultState &s)
{
    putU64(out, s.generation);
    putU64(out, static_cast<quint64>(s.auditCount));
    putBytes(out, s.auditHash);
}

/// The state record's payload without its MAC.
QByteArray statePayload(const VaultStateRecord &r)
{
    QByteArray p;
    putBytes(p, r.vaultId);
    putU32(p, r.epoch);
    putState(p, r.confirmed);
    putU8(p, r.pending ? 1 : 0);
    if (r.pending)
        putState(p, *r.pending);
    return p;
}

class Reader
{
public:
    explicit Reader(QByteArrayView data) : m_data(data) {}
    bool u8(quint8 &v)
    {
        if (m_pos + 1 > m_data.size())
            return false;
        v = static_cast<quint8>(m_data[m_pos++]);
        return true;
    }
    bool u32(quint32 &v)
    {
        if (m_pos + 4 > m_data.size())
            return false;
        v = qFromBigEndian<quint32>(m_data.data() + m_pos);
        m_pos += 4;
        return true;
    }
    bool bytes(QByteArray &v, quint32 max = kMaxField)
    {
        quint32 n = 0;
        if (!u32(n) || n > max || m_pos + n > m_data.size())
            return false;
        v = m_data.sliced(m_pos, n).toByteArray();
        m_pos += n;
        return true;
    }
    bool string(QString &v)
    {
        QByteArray b;
        if (!bytes(b, 1024))
            return false;
        v = QString::fromUtf8(b);
        return true;
    }
    bool u64(quint64 &v)
    {
        quint32 hi = 0, lo = 0;
        if (!u32(hi) || !u32(lo))
            return false;
        v = (quint64{hi} << 32) | lo;
        return true;
    }
    bool state(VaultState &s)
    {
        quint64 count = 0;
        if (!u64(s.generation) || !u64(count) || !bytes(s.auditHash)
            || s.auditHash.size() != kAuditHashSize || count > quint64{1} << 62)
            return false;
        s.auditCount = static_cast<qint64>(count);
        return true;
    }
    bool atEnd() const { return m_pos == m_data.size(); }

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
};

QByteArray record(quint8 type, const QByteArray &payload)
{
    QByteArray out;
    putU8(out, type);
    putU32(out, static_cast<quint32>(payload.size()));
    out += payload;
    out += sha256(out);
    return out;
}

tl::unexpected<Error> damaged(int record)
{
    return fail(ErrorReason::KeyFileDamaged,
                ErrorCode::Damaged,
                QStringLiteral("key-slot file damaged (record %1)").arg(record),
                QStringLiteral("record"),
                QString::number(record));
}

tl::unexpected<Error> slotDamaged(const QString &name, const QString &why)
{
    const QString label = name.isEmpty() ? QStringLiteral("recovery key slot")
                                         : QStringLiteral("key slot '%1'").arg(name);
    return fail(ErrorReason::KeyFileDamaged,
                ErrorCode::Damaged,
                label + QStringLiteral(" damaged: ") + why,
                QStringLiteral("slot"),
                name.isEmpty() ? QStringLiteral("recovery") : name);
}

tl::unexpected<Error> wrongCredentials()
{
    return fail(ErrorCode::Authentication, kWrongCredentials);
}

QByteArray digestOf(const SecretBytes &dataKey)
{
    return hmacSha256(dataKey.view(), kDigestLabel);
}

bool equalConstantTime(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size() && !a.isEmpty()
           && CRYPTO_memcmp(a.constData(), b.constData(), static_cast<std::size_t>(a.size())) == 0;
}

QByteArray dekAad(const QString &name)
{
    QByteArray aad = QByteArrayLiteral("precis-dek-v1");
    putString(aad, name);
    return aad;
}

QByteArray privateKeyAad(const KeySlotFile::Slot &slot)
{
    QByteArray aad = QByteArrayLiteral("precis-slot-v1");
    putString(aad, slot.name);
    putBytes(aad, slot.publicKey);
    putU32(aad, slot.params.memoryKiB);
    putU32(aad, slot.params.iterations);
    putU32(aad, slot.params.parallelism);
    putBytes(aad, slot.salt);
    return aad;
}

Result<QByteArray> slotMac(const SecretBytes &dataKey, const QString &name, QByteArrayView pub)
{
    auto macKey = hkdfSha256(dataKey.view(), {}, kSlotMacInfo, 32);
    if (!macKey)
        return tl::unexpected(macKey.error());
    QByteArray data = kSlotMacInfo;
    putString(data, name);
    putBytes(data, pub);
    return hmacSha256(macKey->view(), data);
}

Result<SecretBytes> recoveryKek(const SecretBytes &recoveryKey, QByteArrayView salt)
{
    // The recovery key has 256 bits of entropy: a slow KDF would add nothing.
    return hkdfSha256(recoveryKey.view(), salt, kRecoveryInfo, kDataKeySize);
}

Result<QString> validName(const QString &name)
{
    const auto bad = [&](const QString &why) {
        return fail(ErrorCode::InvalidInput, why, QStringLiteral("user"), name);
    };
    if (name.isEmpty())
        return bad(QStringLiteral("user name is empty"));
    if (name.trimmed() != name)
        return bad(QStringLiteral("user name starts or ends with white space"));
    if (name.toUcs4().size() > kMaxNameLength)
        return bad(QStringLiteral("user name is longer than 64 characters"));
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return bad(QStringLiteral("user name contains control characters"));
    }
    return name;
}

/// Builds a sealed slot: a new key pair, its private key sealed under kek-from-salt, the data
/// key wrapped to it and the slot MAC.
template <typename KekFn>
Result<KeySlotFile::Slot> buildSlot(const QString &name,
                                    const KdfParams &params,
                                    const SecretBytes &dataKey,
                                    KekFn &&deriveKek)
{
    KeySlotFile::Slot slot;
    slot.name = name;
    slot.params = params;
    const SecretBytes salt = SecretBytes::random(kArgon2SaltSize);
    const SecretBytes nonce = SecretBytes::random(kGcmNonceSize);
    if (salt.size() != kArgon2SaltSize || nonce.size() != kGcmNonceSize)
        return fail(ErrorCode::Internal, QStringLiteral("random generator failed"));
    slot.salt = salt.view().toByteArray();
    slot.nonce = nonce.view().toByteArray();
    auto pair = x25519Generate();
    if (!pair)
        return tl::unexpected(pair.error());
    slot.publicKey = pair->publicKey;
    Result<SecretBytes> kek = deriveKek(slot.salt);
    if (!kek)
        return tl::unexpected(kek.error());
    auto sealed = aes256GcmSeal(*kek, slot.nonce, pair->privateKey.view(), privateKeyAad(slot));
    if (!sealed)
        return tl::unexpected(sealed.error());
    slot.sealedPrivateKey = *sealed;
    auto wrapped = wrapToPublicKey(slot.publicKey, dataKey, dekAad(name));
    if (!wrapped)
        return tl::unexpected(wrapped.error());
    slot.wrappedDataKey = *wrapped;
    auto mac = slotMac(dataKey, name, slot.publicKey);
    if (!mac)
        return tl::unexpected(mac.error());
    slot.mac = *mac;
    return slot;
}

} // namespace

// --- construction, parsing, serialisation ------------------------------------------------------

QString KeySlotFile::pathFor(const QString &vaultPath)
{
    return vaultPath + QStringLiteral(".keys");
}

Result<KeySlotFile> KeySlotFile::createNew(const SecretBytes &dataKey)
{
    if (dataKey.size() != kDataKeySize)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("data key must be 32 bytes"),
                    QStringLiteral("dataKey"));
    KeySlotFile file;
    file.m_digest = digestOf(dataKey);
    return file;
}

Result<KeySlotFile> KeySlotFile::load(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return fail(ErrorReason::KeyFileMissing,
                    ErrorCode::NotFound,
                    QStringLiteral("key-slot file missing"),
                    QStringLiteral("file"),
                    path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
                    QStringLiteral("cannot read key-slot file: ") + f.errorString(),
                    QStringLiteral("file"),
                    path);
    // A key-slot file is a few KiB; refuse absurd sizes rather than reading them.
    if (f.size() > qint64{16} * 1024 * 1024)
        return damaged(0);
    return parse(f.readAll());
}

Result<KeySlotFile> KeySlotFile::parse(const QByteArray &bytes)
{
    if (bytes.size() < kMagicSize + 4 || QByteArrayView(bytes).first(kMagicSize) != kMagic)
        return damaged(0);
    const auto preambleVersion = qFromBigEndian<quint32>(bytes.constData() + kMagicSize);

    KeySlotFile file;
    qsizetype pos = kMagicSize + 4;
    quint32 recordCount = 0;
    int index = 0;
    bool recoverySeen = false;
    quint32 formatVersion = 0;
    while (pos < bytes.size() || index < static_cast<int>(recordCount) || index == 0) {
        ++index;
        if (index > 1 && index > static_cast<int>(recordCount))
            return damaged(index); // trailing bytes after the last record
        if (pos + 5 > bytes.size())
            return damaged(index); // truncated
        const auto type = static_cast<quint8>(bytes[pos]);
        const auto length = qFromBigEndian<quint32>(bytes.constData() + pos + 1);
        if (length > kMaxRecordSize || pos + 5 + length + kChecksumSize > bytes.size())
            return damaged(index);
        const QByteArrayView covered = QByteArrayView(bytes).sliced(pos, 5 + length);
        const QByteArrayView checksum
            = QByteArrayView(bytes).sliced(pos + 5 + length, kChecksumSize);
        if (sha256(covered) != checksum)
            return damaged(index);
        Reader r(covered.sliced(5));
        pos += 5 + length + kChecksumSize;

        if (index == 1) {
            quint32 version = 0, pageSize = 0, format = 0;
            quint8 keyMode = 0;
            if (type != kTypeHeader || !r.u32(version) || !r.u32(recordCount) || !r.u32(pageSize)
                || !r.u32(format) || !r.u8(keyMode) || !r.bytes(file.m_digest) || !r.atEnd()
                || recordCount < 1 || version != preambleVersion || file.m_digest.size() != 32)
                return damaged(1);
            formatVersion = version;
            if ((version != kFormatVersion && version != kFormatVersionWithState)
                || pageSize != kPageSize || format != kSqlcipherFormat || keyMode != kKeyModeRaw)
                return fail(ErrorCode::Unsupported,
                            QStringLiteral("key-slot file format not supported (version %1, page "
                                           "size %2, SQLCipher format %3, key mode %4)")
                                .arg(version)
                                .arg(pageSize)
                                .arg(format)
                                .arg(keyMode));
            continue;
        }
        if (file.m_pendingDigest) // the pending record must be the last one
            return damaged(index);
        if (type == kTypeLabels) {
            // Only directly after the header, hence at most once.
            if (index != 2 || !r.u32(file.m_labelFlags) || !r.atEnd())
                return damaged(index);
            continue;
        }
        if (type == kTypeState) {
            // Version 2 only, at most once, after the slots (only the pending record follows).
            VaultStateRecord st;
            quint8 hasPending = 0;
            if (formatVersion != kFormatVersionWithState || file.m_state || !r.bytes(st.vaultId)
                || st.vaultId.size() != kVaultIdSize || !r.u32(st.epoch) || !r.state(st.confirmed)
                || !r.u8(hasPending) || hasPending > 1)
                return damaged(index);
            if (hasPending) {
                VaultState pendingState;
                if (!r.state(pendingState))
                    return damaged(index);
                st.pending = pendingState;
            }
            if (!r.bytes(file.m_stateMac) || file.m_stateMac.size() != 32 || !r.atEnd())
                return damaged(index);
            file.m_state = std::move(st);
            continue;
        }
        if (file.m_state && type != kTypePending) // only the pending record follows the state
            return damaged(index);
        if (type == kTypeUser || type == kTypeRecovery) {
            Slot s;
            if (!r.string(s.name) || !r.bytes(s.publicKey) || !r.u32(s.params.memoryKiB)
                || !r.u32(s.params.iterations) || !r.u32(s.params.parallelism) || !r.bytes(s.salt)
                || !r.bytes(s.nonce) || !r.bytes(s.sealedPrivateKey) || !r.bytes(s.wrappedDataKey)
                || !r.bytes(s.mac) || !r.atEnd())
                return damaged(index);
            const bool isRecovery = type == kTypeRecovery;
            if (isRecovery != s.name.isEmpty() || (isRecovery && recoverySeen)
                || s.publicKey.size() != static_cast<qsizetype>(kX25519KeySize)
                || s.nonce.size() != static_cast<qsizetype>(kGcmNonceSize) || s.salt.isEmpty())
                return damaged(index);
            if (!isRecovery && (file.hasUser(s.name) || recoverySeen))
                return damaged(index); // duplicate name, or a user after the recovery slot
            recoverySeen = recoverySeen || isRecovery;
            file.m_slots.push_back(std::move(s));
        } else if (type == kTypePending) {
            QByteArray digest;
            quint32 count = 0;
            if (!r.bytes(digest) || digest.size() != 32 || !r.u32(count) || count > 1024)
                return damaged(index);
            for (quint32 i = 0; i < count; ++i) {
                PendingWrap w;
                if (!r.string(w.name) || !r.bytes(w.wrappedDataKey) || !r.bytes(w.mac))
                    return damaged(index);
                file.m_pending.push_back(std::move(w));
            }
            if (!r.atEnd())
                return damaged(index);
            file.m_pendingDigest = digest;
        } else {
            return damaged(index);
        }
    }
    if (formatVersion == kFormatVersionWithState && !file.m_state)
        return damaged(1); // version 2 is written only with a state record
    return file;
}

QByteArray KeySlotFile::credentialsFingerprint() const
{
    KeySlotFile credentials = *this;
    credentials.m_state.reset();
    credentials.m_stateMac.clear();
    return QCryptographicHash::hash(credentials.serialize(), QCryptographicHash::Sha256);
}

QByteArray KeySlotFile::serialize() const
{
    const quint32 version = m_state ? kFormatVersionWithState : kFormatVersion;
    QByteArray out(kMagic, kMagicSize);
    putU32(out, version);

    const auto count = static_cast<quint32>(1 + (m_labelFlags != 0 ? 1 : 0) + m_slots.size()
                                            + (m_state ? 1 : 0) + (m_pendingDigest ? 1 : 0));
    QByteArray header;
    putU32(header, version);
    putU32(header, count);
    putU32(header, kPageSize);
    putU32(header, kSqlcipherFormat);
    putU8(header, kKeyModeRaw);
    putBytes(header, m_digest);
    out += record(kTypeHeader, header);

    if (m_labelFlags != 0) {
        QByteArray labels;
        putU32(labels, m_labelFlags);
        out += record(kTypeLabels, labels);
    }
    for (const Slot &s : m_slots) {
        QByteArray p;
        putString(p, s.name);
        putBytes(p, s.publicKey);
        putU32(p, s.params.memoryKiB);
        putU32(p, s.params.iterations);
        putU32(p, s.params.parallelism);
        putBytes(p, s.salt);
        putBytes(p, s.nonce);
        putBytes(p, s.sealedPrivateKey);
        putBytes(p, s.wrappedDataKey);
        putBytes(p, s.mac);
        out += record(s.name.isEmpty() ? kTypeRecovery : kTypeUser, p);
    }
    if (m_state) {
        QByteArray p = statePayload(*m_state);
        putBytes(p, m_stateMac);
        out += record(kTypeState, p);
    }
    if (m_pendingDigest) {
        QByteArray p;
        putBytes(p, *m_pendingDigest);
        putU32(p, static_cast<quint32>(m_pending.size()));
        for (const PendingWrap &w : m_pending) {
            putString(p, w.name);
            putBytes(p, w.wrappedDataKey);
            putBytes(p, w.mac);
        }
        out += record(kTypePending, p);
    }
    return out;
}

Result<void> KeySlotFile::save(const QString &path) const
{
    return writeFileAtomically(path, serialize());
}

// --- queries -----------------------------------------------------------------------------------

QStringList KeySlotFile::users() const
{
    QStringList out;
    for (const Slot &s : m_slots) {
        if (!s.name.isEmpty())
            out << s.name;
    }
    return out;
}

bool KeySlotFile::hasUser(const QString &name) const
{
    return !name.isEmpty() && std::any_of(m_slots.begin(), m_slots.end(), [&](const Slot &s) {
        return s.name == name;
    });
}

bool KeySlotFile::hasRecovery() const
{
    return std::any_of(
        m_slots.begin(), m_slots.end(), [](const Slot &s) { return s.name.isEmpty(); });
}

bool KeySlotFile::demoHint() const
{
    return (m_labelFlags & kLabelDemo) != 0;
}

void KeySlotFile::setDemoHint(bool demo)
{
    m_labelFlags = demo ? (m_labelFlags | kLabelDemo) : (m_labelFlags & ~kLabelDemo);
}

bool KeySlotFile::hasVaultState() const
{
    return m_state.has_value();
}

namespace {
Result<QByteArray> stateMac(const SecretBytes &dataKey, const VaultStateRecord &record)
{
    auto macKey = hkdfSha256(dataKey.view(), {}, kStateMacInfo, 32);
    if (!macKey)
        return tl::unexpected(macKey.error());
    return hmacSha256(macKey->view(), kStateMacInfo + statePayload(record));
}
} // namespace

Result<std::optional<VaultStateRecord>> KeySlotFile::vaultState(const SecretBytes &dataKey) const
{
    if (!m_state)
        return std::optional<VaultStateRecord>();
    auto mac = matchesDigest(dataKey) ? stateMac(dataKey, *m_state) : Result<QByteArray>();
    if (!mac || !equalConstantTime(*mac, m_stateMac))
        return fail(ErrorReason::KeyFileDamaged,
                    ErrorCode::Damaged,
                    QStringLiteral("key-slot file damaged (vault state MAC)"),
                    QStringLiteral("record"),
                    QStringLiteral("vault state"));
    return m_state;
}

Result<void> KeySlotFile::setVaultState(const VaultStateRecord &record, const SecretBytes &dataKey)
{
    if (!matchesDigest(dataKey))
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("data key does not match the key-slot file"),
                    QStringLiteral("dataKey"));
    if (record.vaultId.size() != kVaultIdSize || record.confirmed.auditHash.size() != kAuditHashSize
        || (record.pending && record.pending->auditHash.size() != kAuditHashSize))
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("vault state record malformed"),
                    QStringLiteral("vaultState"));
    auto mac = stateMac(dataKey, record);
    if (!mac)
        return tl::unexpected(mac.error());
    m_state = record;
    m_stateMac = *mac;
    return {};
}

bool KeySlotFile::rotationPending() const
{
    return m_pendingDigest.has_value();
}

bool KeySlotFile::matchesDigest(const SecretBytes &dataKey, bool pending) const
{
    if (dataKey.size() != kDataKeySize)
        return false;
    const QByteArray &expected = pending ? m_pendingDigest.value_or(QByteArray()) : m_digest;
    return equalConstantTime(digestOf(dataKey), expected);
}

std::optional<KdfParams> KeySlotFile::kdfParams(const QString &name) const
{
    for (const Slot &s : m_slots) {
        if (s.name == name && !name.isEmpty())
            return s.params;
    }
    return std::nullopt;
}

// --- unlocking ---------------------------------------------------------------------------------

namespace {

/// From an opened private key: the current data key (and the pending one), each verified.
Result<UnlockedKeys> keysFor(const KeySlotFile::Slot &slot,
                             const SecretBytes &privateKey,
                             const KeySlotFile &file,
                             const std::vector<KeySlotFile::PendingWrap> &pending)
{
    auto pub = x25519PublicKey(privateKey);
    if (!pub || *pub != slot.publicKey)
        return slotDamaged(slot.name, QStringLiteral("public key does not match"));
    auto current = unwrapWithPrivateKey(privateKey, slot.wrappedDataKey, dekAad(slot.name));
    if (!current)
        return slotDamaged(slot.name, QStringLiteral("wrapped data key does not open"));
    if (!file.matchesDigest(*current))
        return slotDamaged(slot.name, QStringLiteral("data key does not match the header"));
    auto mac = slotMac(*current, slot.name, slot.publicKey);
    if (!mac || !equalConstantTime(*mac, slot.mac))
        return slotDamaged(slot.name, QStringLiteral("slot MAC mismatch"));

    UnlockedKeys keys{std::move(*current), std::nullopt};
    if (file.rotationPending()) {
        const auto it = std::find_if(
            pending.begin(), pending.end(), [&](const auto &w) { return w.name == slot.name; });
        if (it == pending.end())
            return slotDamaged(slot.name, QStringLiteral("no pending key for this slot"));
        auto next = unwrapWithPrivateKey(privateKey, it->wrappedDataKey, dekAad(slot.name));
        if (!next || !file.matchesDigest(*next, true))
            return slotDamaged(slot.name, QStringLiteral("pending data key does not open"));
        auto nextMac = slotMac(*next, slot.name, slot.publicKey);
        if (!nextMac || !equalConstantTime(*nextMac, it->mac))
            return slotDamaged(slot.name, QStringLiteral("pending slot MAC mismatch"));
        keys.pending = std::move(*next);
    }
    return keys;
}

} // namespace

Result<UnlockedKeys> KeySlotFile::unlockUser(const QString &name, const SecretBytes &password) const
{
    const auto it = std::find_if(m_slots.begin(), m_slots.end(), [&](const Slot &s) {
        return !name.isEmpty() && s.name == name;
    });
    if (it == m_slots.end()) {
        // Spend one derivation anyway so timing does not reveal which user names exist.
        KdfParams p = minimumKdfParams();
        for (const Slot &s : m_slots) {
            if (!s.name.isEmpty() && kdfParamsAcceptable(s.params)) {
                p = s.params;
                break;
            }
        }
        const QByteArray salt(static_cast<qsizetype>(kArgon2SaltSize), '\0');
        (void)argon2id(password, salt, p);
        return wrongCredentials();
    }
    const Slot &slot = *it;
    if (!kdfParamsAcceptable(slot.params))
        return slotDamaged(slot.name,
                           QStringLiteral("Argon2id parameters beyond the limit (m = %1 KiB, t = "
                                          "%2, p = %3; limit m = 1 GiB, t = 10, p = 16)")
                               .arg(slot.params.memoryKiB)
                               .arg(slot.params.iterations)
                               .arg(slot.params.parallelism));
    auto kek = argon2id(password, slot.salt, slot.params);
    if (!kek)
        return tl::unexpected(kek.error());
    auto privateKey = aes256GcmOpen(*kek, slot.nonce, slot.sealedPrivateKey, privateKeyAad(slot));
    if (!privateKey)
        return wrongCredentials();
    return keysFor(slot, *privateKey, *this, m_pending);
}

Result<UnlockedKeys> KeySlotFile::unlockRecovery(const SecretBytes &recoveryKey) const
{
    const auto it = std::find_if(
        m_slots.begin(), m_slots.end(), [](const Slot &s) { return s.name.isEmpty(); });
    if (it == m_slots.end())
        return fail(ErrorCode::NotFound, QStringLiteral("no recovery slot"));
    auto kek = recoveryKek(recoveryKey, it->salt);
    if (!kek)
        return tl::unexpected(kek.error());
    auto privateKey = aes256GcmOpen(*kek, it->nonce, it->sealedPrivateKey, privateKeyAad(*it));
    if (!privateKey)
        return fail(ErrorCode::Authentication, QStringLiteral("wrong recovery key"));
    return keysFor(*it, *privateKey, *this, m_pending);
}

// --- changes -----------------------------------------------------------------------------------

namespace {
tl::unexpected<Error> keyMismatch()
{
    return fail(ErrorCode::InvalidInput,
                QStringLiteral("data key does not match the key-slot file"),
                QStringLiteral("dataKey"));
}
tl::unexpected<Error> rotationInProgress()
{
    return fail(ErrorCode::Unsupported,
                QStringLiteral("a key rotation is pending; complete or abort it first"));
}
} // namespace

Result<void>
KeySlotFile::addUser(const QString &name, const SecretBytes &password, const SecretBytes &dataKey)
{
    auto valid = validName(name);
    if (!valid)
        return tl::unexpected(valid.error());
    if (hasUser(name))
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("user already exists"),
                    QStringLiteral("user"),
                    name);
    if (!matchesDigest(dataKey))
        return keyMismatch();
    if (rotationPending())
        return rotationInProgress();
    const KdfParams params = calibrateKdf();
    auto slot = buildSlot(name, params, dataKey, [&](const QByteArray &salt) {
        return argon2id(password, salt, params);
    });
    if (!slot)
        return tl::unexpected(slot.error());
    // Users before the recovery slot (parse() insists on that order).
    const auto recovery = std::find_if(
        m_slots.begin(), m_slots.end(), [](const Slot &s) { return s.name.isEmpty(); });
    m_slots.insert(recovery, std::move(*slot));
    return {};
}

Result<void> KeySlotFile::setRecovery(const SecretBytes &recoveryKey, const SecretBytes &dataKey)
{
    if (recoveryKey.size() != kDataKeySize)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("recovery key must be 32 bytes"),
                    QStringLiteral("recoveryKey"));
    if (!matchesDigest(dataKey))
        return keyMismatch();
    if (rotationPending())
        return rotationInProgress();
    auto slot = buildSlot(QString(), KdfParams{}, dataKey, [&](const QByteArray &salt) {
        return recoveryKek(recoveryKey, salt);
    });
    if (!slot)
        return tl::unexpected(slot.error());
    const auto it = std::find_if(
        m_slots.begin(), m_slots.end(), [](const Slot &s) { return s.name.isEmpty(); });
    if (it != m_slots.end())
        *it = std::move(*slot);
    else
        m_slots.push_back(std::move(*slot));
    return {};
}

Result<void> KeySlotFile::changePassword(const QString &name,
                                         const SecretBytes &newPassword,
                                         const SecretBytes &dataKey)
{
    const auto it = std::find_if(m_slots.begin(), m_slots.end(), [&](const Slot &s) {
        return !name.isEmpty() && s.name == name;
    });
    if (it == m_slots.end())
        return fail(
            ErrorCode::NotFound, QStringLiteral("no such user"), QStringLiteral("user"), name);
    if (!matchesDigest(dataKey))
        return keyMismatch();
    if (rotationPending())
        return rotationInProgress();
    const KdfParams params = calibrateKdf();
    auto slot = buildSlot(name, params, dataKey, [&](const QByteArray &salt) {
        return argon2id(newPassword, salt, params);
    });
    if (!slot)
        return tl::unexpected(slot.error());
    *it = std::move(*slot);
    return {};
}

Result<void> KeySlotFile::removeUser(const QString &name)
{
    const auto it = std::find_if(m_slots.begin(), m_slots.end(), [&](const Slot &s) {
        return !name.isEmpty() && s.name == name;
    });
    if (it == m_slots.end())
        return fail(
            ErrorCode::NotFound, QStringLiteral("no such user"), QStringLiteral("user"), name);
    if (rotationPending())
        return rotationInProgress();
    m_slots.erase(it);
    return {};
}

// --- rotation ----------------------------------------------------------------------------------

Result<void> KeySlotFile::beginRotation(const SecretBytes &currentDataKey,
                                        const SecretBytes &newDataKey)
{
    if (rotationPending())
        return rotationInProgress();
    if (!matchesDigest(currentDataKey))
        return keyMismatch();
    if (newDataKey.size() != kDataKeySize || newDataKey.constantTimeEquals(currentDataKey))
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("new data key must be 32 fresh bytes"),
                    QStringLiteral("newDataKey"));
    std::vector<PendingWrap> pending;
    for (const Slot &s : m_slots) {
        // A public key swapped into the file would receive the new key: check the binding
        // under the key only legitimate holders have.
        auto mac = slotMac(currentDataKey, s.name, s.publicKey);
        if (!mac || !equalConstantTime(*mac, s.mac))
            return slotDamaged(s.name, QStringLiteral("slot MAC mismatch"));
        auto wrapped = wrapToPublicKey(s.publicKey, newDataKey, dekAad(s.name));
        if (!wrapped)
            return tl::unexpected(wrapped.error());
        auto newMac = slotMac(newDataKey, s.name, s.publicKey);
        if (!newMac)
            return tl::unexpected(newMac.error());
        pending.push_back(PendingWrap{s.name, *wrapped, *newMac});
    }
    m_pending = std::move(pending);
    m_pendingDigest = digestOf(newDataKey);
    return {};
}

Result<void> KeySlotFile::commitRotation()
{
    if (!rotationPending())
        return fail(ErrorCode::NotFound, QStringLiteral("no key rotation pending"));
    for (const Slot &s : m_slots) {
        if (std::none_of(m_pending.begin(), m_pending.end(), [&](const PendingWrap &w) {
                return w.name == s.name;
            }))
            return slotDamaged(s.name, QStringLiteral("no pending key for this slot"));
    }
    for (Slot &s : m_slots) {
        const auto it = std::find_if(m_pending.begin(), m_pending.end(), [&](const PendingWrap &w) {
            return w.name == s.name;
        });
        s.wrappedDataKey = it->wrappedDataKey;
        s.mac = it->mac;
    }
    m_digest = *m_pendingDigest;
    m_pendingDigest.reset();
    m_pending.clear();
    return {};
}

Result<void> KeySlotFile::abortRotation()
{
    if (!rotationPending())
        return fail(ErrorCode::NotFound, QStringLiteral("no key rotation pending"));
    m_pendingDigest.reset();
    m_pending.clear();
    return {};
}

// --- recovery keys -----------------------------------------------------------------------------

namespace {
// Crockford's base32 (https://www.crockford.com/base32.html): no I, L, O, U, so the digits that
// look alike can be read back either way.
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int kChecksumBytes = 3;
constexpr int kRecoveryChars = 56; // (32 + 3) bytes * 8 / 5
constexpr int kGroup = 4;

QByteArray recoveryChecksum(QByteArrayView key)
{
    return sha256(key).first(kChecksumBytes);
}
} // namespace

QString generateRecoveryKey()
{
    const SecretBytes key = SecretBytes::random(kDataKeySize);
    if (key.size() != kDataKeySize)
        return {}; // RAND_bytes failed; the caller treats an empty key as an error
    SecretBytes payload(kDataKeySize + kChecksumBytes);
    std::copy_n(key.data(), kDataKeySize, payload.data());
    const QByteArray check = recoveryChecksum(key.view());
    std::copy_n(reinterpret_cast<const unsigned char *>(check.constData()),
                kChecksumBytes,
                payload.data() + kDataKeySize);
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    int chars = 0;
    for (std::size_t i = 0; i < payload.size(); ++i) {
        buffer = (buffer << 8) | payload.data()[i];
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            if (chars > 0 && chars % kGroup == 0)
                out += QLatin1Char('-');
            out += QLatin1Char(kAlphabet[(buffer >> bits) & 31]);
            ++chars;
        }
    }
    // The bit buffer held key bits; a plain `buffer = 0` is a dead store the compiler may drop.
    OPENSSL_cleanse(&buffer, sizeof buffer);
    return out;
}

Result<SecretBytes> parseRecoveryKey(const QString &text)
{
    const auto malformed = [] {
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("recovery key malformed"),
                    QStringLiteral("recoveryKey"));
    };
    SecretBytes payload(kDataKeySize + kChecksumBytes);
    quint32 buffer = 0;
    int bits = 0;
    int chars = 0;
    std::size_t out = 0;
    for (const QChar qc : text) {
        char16_t c = qc.toUpper().unicode();
        if (c == u'-' || c == u' ' || c == u'\t')
            continue;
        if (c == u'O')
            c = u'0';
        else if (c == u'I' || c == u'L')
            c = u'1';
        const char *hit = c < 128 ? std::strchr(kAlphabet, static_cast<char>(c)) : nullptr;
        if (!hit || c == 0 || ++chars > kRecoveryChars)
            return malformed();
        buffer = (buffer << 5) | static_cast<quint32>(hit - kAlphabet);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            payload.data()[out++] = static_cast<unsigned char>((buffer >> bits) & 0xff);
        }
    }
    // The bit buffer held key bits; a plain `buffer = 0` is a dead store the compiler may drop.
    OPENSSL_cleanse(&buffer, sizeof buffer);
    if (chars != kRecoveryChars || out != payload.size())
        return malformed();
    SecretBytes key(kDataKeySize);
    std::copy_n(payload.data(), kDataKeySize, key.data());
    const QByteArray check = recoveryChecksum(key.view());
    if (CRYPTO_memcmp(check.constData(), payload.data() + kDataKeySize, kChecksumBytes) != 0)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("recovery key checksum mismatch (typing error?)"),
                    QStringLiteral("recoveryKey"));
    return key;
}

} // namespace precis::security
