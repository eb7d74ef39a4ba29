// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the key-slot file parser (core/security/KeySlotFile.cpp, KeySlotFile::parse): the file
// next to every vault, read before any password is checked.
//
// Every record carries a SHA-256 checksum, which random mutations almost never match. When the
// first input byte is odd the harness therefore recomputes each record's checksum over the rest
// of the input, so the fuzzer reaches the payload decoding behind it; even inputs are parsed
// exactly as given. Properties: parsing never crashes, and a file that parses serialises to
// bytes that parse again to the same users, recovery slot, rotation state, labels, vault-state
// record and credentials, and serialise identically.
#include "FuzzSupport.h"

#include "core/security/KeySlotFile.h"

#include <QCryptographicHash>
#include <QtEndian>

using precis::security::KeySlotFile;

namespace {

// Preamble: 8-byte magic and u32 version; then records: u8 type, u32 length, payload, 32-byte
// SHA-256(type || length || payload) (layout comment in KeySlotFile.cpp).
void fixChecksums(QByteArray &file)
{
    qsizetype pos = 12;
    while (pos + 5 <= file.size()) {
        const auto length = qFromBigEndian<quint32>(file.constData() + pos + 1);
        if (length > file.size() - pos - 5 || pos + 5 + length + 32 > file.size())
            return;
        const QByteArray sum = QCryptographicHash::hash(
            QByteArrayView(file).sliced(pos, 5 + length), QCryptographicHash::Sha256);
        file.replace(pos + 5 + length, 32, sum);
        pos += 5 + length + 32;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using precis::fuzz::require;
    if (size == 0)
        return 0;
    QByteArray file = precis::fuzz::bytes(data + 1, size - 1);
    if ((data[0] & 1) != 0)
        fixChecksums(file);

    auto parsed = KeySlotFile::parse(file);
    if (!parsed)
        return 0;
    const QByteArray once = parsed->serialize();
    auto again = KeySlotFile::parse(once);
    require(bool(again), "a parsed key-slot file serialises to bytes that parse");
    require(again->users() == parsed->users(), "round trip keeps the users");
    require(again->hasRecovery() == parsed->hasRecovery(), "round trip keeps the recovery slot");
    require(again->rotationPending() == parsed->rotationPending(), "round trip keeps rotation");
    require(again->demoHint() == parsed->demoHint(), "round trip keeps the demo label");
    // The vault-state record (issue #8 D1) survives the round trip, and it is not part of the
    // credentials it sits beside.
    require(again->hasVaultState() == parsed->hasVaultState(), "round trip keeps the state");
    require(again->credentialsFingerprint() == parsed->credentialsFingerprint(),
            "round trip keeps the credentials");
    require(again->serialize() == once, "serialise(parse(serialise(x))) == serialise(x)");
    for (const QString &user : parsed->users())
        require(again->kdfParams(user).has_value(), "every user has KDF parameters");
    return 0;
}
