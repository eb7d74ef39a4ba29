// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/WorkstationState.h"

#include "core/security/AtomicFile.h"
#include "core/security/FileLock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

// File format: JSON {"format": 1, "vaults": {"<vault id hex>": {"epoch": E, "generation": "G",
// "auditCount": "N", "auditHash": "<hex>"}}}. 64-bit numbers are strings (JSON doubles would
// round them).

namespace precis::store {

namespace {

constexpr int kFormat = 1;

tl::unexpected<Error> damaged(const QString &path)
{
    return fail(ErrorCode::Damaged,
                QStringLiteral("workstation state file damaged"),
                QStringLiteral("file"),
                path);
}

Result<QJsonObject> readVaults(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return QJsonObject();
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
                    QStringLiteral("cannot read workstation state file"),
                    QStringLiteral("file"),
                    path);
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()
        || doc.object().value(QStringLiteral("format")).toInt() != kFormat)
        return damaged(path);
    return doc.object().value(QStringLiteral("vaults")).toObject();
}

std::optional<SeenVaultState> parseEntry(const QJsonObject &o)
{
    SeenVaultState s;
    bool ok1 = false, ok2 = false;
    const double epoch = o.value(QStringLiteral("epoch")).toDouble(-1);
    s.state.generation = o.value(QStringLiteral("generation")).toString().toULongLong(&ok1);
    s.state.auditCount = o.value(QStringLiteral("auditCount")).toString().toLongLong(&ok2);
    s.state.auditHash
        = QByteArray::fromHex(o.value(QStringLiteral("auditHash")).toString().toLatin1());
    if (!ok1 || !ok2 || epoch < 0 || epoch > 4294967295.0 || s.state.auditHash.size() != 32)
        return std::nullopt;
    s.epoch = static_cast<quint32>(epoch);
    return s;
}

bool newer(const SeenVaultState &a, const SeenVaultState &b)
{
    return a.epoch > b.epoch || (a.epoch == b.epoch && a.state.generation > b.state.generation);
}

} // namespace

QString WorkstationStates::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + QStringLiteral("/precis/seen-vaults.json");
}

Result<std::optional<SeenVaultState>> WorkstationStates::lookup(const QByteArray &vaultId,
                                                                const QString &path)
{
    auto vaults = readVaults(path);
    if (!vaults)
        return tl::unexpected(vaults.error());
    const QJsonValue v = vaults->value(QString::fromLatin1(vaultId.toHex()));
    if (v.isUndefined())
        return std::optional<SeenVaultState>();
    auto entry = parseEntry(v.toObject());
    if (!entry)
        return damaged(path);
    return std::optional<SeenVaultState>(*entry);
}

Result<void>
WorkstationStates::raise(const QByteArray &vaultId, const SeenVaultState &seen, const QString &path)
{
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir))
        return fail(ErrorCode::Io,
                    QStringLiteral("cannot create the application data folder"),
                    QStringLiteral("directory"),
                    dir);
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    auto lock = security::DirectoryLock::acquire(dir);
    if (!lock)
        return tl::unexpected(lock.error());
    auto vaults = readVaults(path);
    if (!vaults)
        return tl::unexpected(vaults.error());
    const QString key = QString::fromLatin1(vaultId.toHex());
    if (const QJsonValue old = vaults->value(key); !old.isUndefined()) {
        const auto stored = parseEntry(old.toObject());
        if (stored && !newer(seen, *stored))
            return {};
    }
    vaults->insert(
        key,
        QJsonObject{
            {QStringLiteral("epoch"), static_cast<double>(seen.epoch)},
            {QStringLiteral("generation"), QString::number(seen.state.generation)},
            {QStringLiteral("auditCount"), QString::number(seen.state.auditCount)},
            {QStringLiteral("auditHash"), QString::fromLatin1(seen.state.auditHash.toHex())}});
    const QJsonObject root{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("vaults"), *vaults}};
    return security::writeFileAtomically(path, QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace precis::store
