// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the roll-forward of an interrupted restore (core/store/Backup.cpp,
// finishInterruptedRestore), which every unlock runs first and which reads the marker
// VAULT.restoring: "precis-restore 1", then the SHA-256 (hex) of the staged vault and of the
// staged key file, one per line.
//
// Input: byte 0 chooses which of the four files exist before the call (bit 0 VAULT, bit 1
// VAULT.keys, bit 2 VAULT.restore, bit 3 VAULT.restore.keys; each holds fixed synthetic bytes),
// bit 4 leaves the marker out, bit 5 gives VAULT.keys the staged keys (a crash after the first
// rename); the rest is the marker. The seed corpus holds markers whose digests match those bytes,
// so the fuzzer starts from restores that really roll forward. Properties: no crash; after a
// successful call no marker and no staging file is left, and when a marker was there, VAULT and
// VAULT.keys hold exactly the bytes whose digests it names.
#include "FuzzSupport.h"

#include "core/store/Backup.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace {

const QByteArray kStagedVault = QByteArrayLiteral("synthetic staged vault");
const QByteArray kStagedKeys = QByteArrayLiteral("synthetic staged keys");
const QByteArray kOldVault = QByteArrayLiteral("synthetic old vault");
const QByteArray kOldKeys = QByteArrayLiteral("synthetic old keys");

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray hexSha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using precis::fuzz::require;
    if (size == 0)
        return 0;
    const QString dir = precis::fuzz::scratchDir();
    const QString vault = dir + QStringLiteral("/clinic.precis");
    const QString marker = vault + QStringLiteral(".restoring");
    const QString staging = vault + QStringLiteral(".restore");
    // Start from an empty folder every time.
    for (const QString &name : QDir(dir).entryList(QDir::Files | QDir::Hidden))
        QFile::remove(dir + QLatin1Char('/') + name);
    const struct
    {
        int bit;
        QString path;
        QByteArray content;
    } files[] = {{1, vault, kOldVault},
                 {2, vault + QStringLiteral(".keys"), (data[0] & 32) != 0 ? kStagedKeys : kOldKeys},
                 {4, staging, kStagedVault},
                 {8, staging + QStringLiteral(".keys"), kStagedKeys}};
    for (const auto &f : files)
        if ((data[0] & f.bit) != 0)
            precis::fuzz::writeFile(f.path, f.content);
    const QByteArray markerBytes = precis::fuzz::bytes(data + 1, size - 1);
    const bool hadMarker = (data[0] & 16) == 0;
    if (hadMarker)
        precis::fuzz::writeFile(marker, markerBytes);

    if (!precis::store::finishInterruptedRestore(vault))
        return 0;
    require(!QFileInfo::exists(marker), "no marker after a finished restore");
    require(!QFileInfo::exists(staging) && !QFileInfo::exists(staging + QStringLiteral(".keys")),
            "no staging file after a finished restore");
    if (hadMarker) {
        const QList<QByteArray> lines = markerBytes.split('\n');
        require(lines.size() >= 3, "an accepted marker has three lines");
        require(hexSha256(readFile(vault)) == lines[1], "VAULT is the verified vault");
        require(hexSha256(readFile(vault + QStringLiteral(".keys"))) == lines[2],
                "VAULT.keys is the verified key file");
    }
    return 0;
}
