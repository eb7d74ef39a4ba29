// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/AdminTasks.h"

#include "core/security/KeySlotFile.h"
#include "core/store/VaultDatabase.h"
#include "core/store/VaultInternal.h"

namespace precis::store {

namespace {

using detail::VaultAccess;

} // namespace

Result<QString> regenerateRecoveryKey(Vault &vault)
{
    if (auto r
        = detail::requireRole(vault, Role::Administrator, QStringLiteral("a new recovery key"));
        !r)
        return tl::unexpected(r.error());
    if (auto r = detail::requireFreshAuthentication(vault, QStringLiteral("a new recovery key"));
        !r)
        return tl::unexpected(r.error());
    const QString keysPath = security::KeySlotFile::pathFor(vault.path());
    auto slots = security::KeySlotFile::load(keysPath);
    if (!slots)
        return tl::unexpected(slots.error());
    const QString text = security::generateRecoveryKey();
    auto key = security::parseRecoveryKey(text);
    if (!key)
        return tl::unexpected(key.error());
    if (auto r = slots->setRecovery(*key, VaultAccess::dataKey(vault)); !r)
        return tl::unexpected(r.error());
    // The key file first (as changePassword does): a row for a key that was never saved would
    // claim a change that did not happen.
    if (auto r = slots->save(keysPath); !r)
        return tl::unexpected(r.error());
    if (auto r = appendAudit(VaultAccess::db(vault),
                             vault.user().name,
                             QString::fromLatin1(audit::kRecoveryKeyChange),
                             std::nullopt,
                             QStringLiteral("new recovery key"));
        !r)
        return tl::unexpected(r.error());
    return text;
}

Result<std::vector<AuditEntry>> readAuditTrail(Vault &vault)
{
    if (auto r = detail::requireRole(
            vault, Role::Administrator, QStringLiteral("reading the audit trail"));
        !r)
        return tl::unexpected(r.error());
    Database &db = VaultAccess::db(vault);
    if (auto r = appendAudit(db,
                             vault.user().name,
                             QString::fromLatin1(audit::kAuditRead),
                             std::nullopt,
                             QStringLiteral("audit trail read"));
        !r)
        return tl::unexpected(r.error());
    return readAudit(db);
}

Result<CheckReport> checkBackup(Vault &vault, const QString &backupPath)
{
    if (auto r
        = detail::requireRole(vault, Role::Administrator, QStringLiteral("checking a backup"));
        !r)
        return tl::unexpected(r.error());
    const security::SecretBytes &dataKey = VaultAccess::dataKey(vault);
    auto slots = security::KeySlotFile::load(security::KeySlotFile::pathFor(backupPath));
    if (!slots)
        return tl::unexpected(slots.error());
    if (!slots->matchesDigest(dataKey))
        return fail(ErrorCode::Damaged,
                    QStringLiteral("backup key file does not match the vault"),
                    QStringLiteral("keys"),
                    security::KeySlotFile::pathFor(backupPath));
    CheckReport report;
    auto scan = scanPages(backupPath, dataKey);
    if (!scan)
        return tl::unexpected(scan.error());
    report.pages = *scan;
    // A file with a damaged page is not opened: SQLite would only report the first one it reads.
    if (!report.pages.damagedPages.empty())
        return report;
    {
        auto db = openVaultDatabase(backupPath, dataKey);
        if (!db)
            return tl::unexpected(db.error());
        auto st = db->prepare("PRAGMA integrity_check");
        if (!st)
            return tl::unexpected(st.error());
        for (;;) {
            auto row = st->step();
            if (!row) {
                report.integrityProblems << row.error().detail;
                break;
            }
            if (!*row)
                break;
            const QString line = st->text(0);
            if (line != QLatin1String("ok"))
                report.integrityProblems << line;
        }
    }
    if (report.ok()) {
        if (auto r = appendAudit(VaultAccess::db(vault),
                                 vault.user().name,
                                 QString::fromLatin1(audit::kBackupCheck),
                                 std::nullopt,
                                 QStringLiteral("%1 pages verified").arg(report.pages.pageCount));
            !r)
            return tl::unexpected(r.error());
    }
    return report;
}

} // namespace precis::store
