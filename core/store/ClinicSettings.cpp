// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/ClinicSettings.h"

#include "core/clinical/SnapshotCsv.h"
#include "core/store/AuditLog.h"
#include "core/store/Sqlite.h"
#include "core/store/Vault.h"
#include "core/store/VaultInternal.h"

namespace precis::store {

namespace {

using detail::VaultAccess;

constexpr const char *kRegionKey = "guideline_region";

QString unitKey(clinical::Var var)
{
    return QStringLiteral("unit.") + QString(clinical::varInfo(var).name);
}

Result<std::optional<QString>> readSetting(Database &db, const QString &key)
{
    auto st = db.prepare("SELECT value FROM settings WHERE key = ?");
    if (!st)
        return tl::unexpected(st.error());
    st->bind(1, key);
    auto row = st->step();
    if (!row)
        return tl::unexpected(row.error());
    if (!*row)
        return std::optional<QString>();
    return std::optional<QString>(st->text(0));
}

/// Writes one setting and its audit row in one transaction; the old value is named.
Result<void>
writeSetting(Vault &vault, const QString &key, const QString &value, const QString &oldValue)
{
    Database &db = VaultAccess::db(vault);
    auto txn = Transaction::begin(db);
    if (!txn)
        return tl::unexpected(txn.error());
    auto st = db.prepare("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)");
    if (!st)
        return tl::unexpected(st.error());
    if (auto r = st->bind(1, key).bind(2, value).run(); !r)
        return r;
    if (auto r = appendAudit(db,
                             vault.user().name,
                             QString::fromLatin1(audit::kSettingChange),
                             std::nullopt,
                             QStringLiteral("%1 %2 -> %3").arg(key, oldValue, value));
        !r)
        return tl::unexpected(r.error());
    return txn->commit();
}

/// Changing what clinicians read off the screen is a physician's decision (header comment).
Result<void> requireSettingRole(const Vault &vault)
{
    return detail::requireRole(vault, Role::Physician, QStringLiteral("changing clinic settings"));
}

} // namespace

QString guidelineRegionToken(GuidelineRegion region)
{
    switch (region) {
    case GuidelineRegion::Us:
        return QStringLiteral("us");
    case GuidelineRegion::Uk:
        return QStringLiteral("uk");
    case GuidelineRegion::Europe:
        return QStringLiteral("europe");
    }
    return {};
}

std::optional<GuidelineRegion> guidelineRegionFromToken(const QString &token)
{
    for (auto r : {GuidelineRegion::Us, GuidelineRegion::Uk, GuidelineRegion::Europe}) {
        if (token == guidelineRegionToken(r))
            return r;
    }
    return std::nullopt;
}

Result<GuidelineRegion> guidelineRegion(Vault &vault)
{
    if (auto r = VaultAccess::requireClinical(vault); !r)
        return tl::unexpected(r.error());
    auto stored = readSetting(VaultAccess::db(vault), QString::fromLatin1(kRegionKey));
    if (!stored)
        return tl::unexpected(stored.error());
    if (!*stored)
        return GuidelineRegion::Us;
    auto region = guidelineRegionFromToken(**stored);
    if (!region)
        return fail(ErrorCode::Damaged,
                    QStringLiteral("stored guideline region unknown"),
                    QString::fromLatin1(kRegionKey),
                    **stored);
    return *region;
}

Result<void> setGuidelineRegion(Vault &vault, GuidelineRegion region)
{
    if (auto r = requireSettingRole(vault); !r)
        return r;
    auto old = readSetting(VaultAccess::db(vault), QString::fromLatin1(kRegionKey));
    if (!old)
        return tl::unexpected(old.error());
    return writeSetting(vault,
                        QString::fromLatin1(kRegionKey),
                        guidelineRegionToken(region),
                        old->value_or(QStringLiteral("us")));
}

Result<QString> preferredUnit(Vault &vault, clinical::Var var)
{
    if (auto r = VaultAccess::requireClinical(vault); !r)
        return tl::unexpected(r.error());
    auto stored = readSetting(VaultAccess::db(vault), unitKey(var));
    if (!stored)
        return tl::unexpected(stored.error());
    return stored->value_or(QString(clinical::varInfo(var).unit));
}

Result<void> setPreferredUnit(Vault &vault, clinical::Var var, const QString &unit)
{
    if (auto r = requireSettingRole(vault); !r)
        return r;
    const QString column = QString(clinical::varInfo(var).name);
    if (var == clinical::Var::Count || clinical::varInfo(var).kind != clinical::VarKind::Number)
        return fail(ErrorCode::InvalidInput, QStringLiteral("has no unit"), column, unit);
    // Exactly the units `precis-cli score` accepts for the column.
    const QByteArray header = (column + QLatin1Char('[') + unit + QLatin1Char(']')).toUtf8();
    if (auto c = clinical::parseColumnHeader(
            std::string_view(header.constData(), static_cast<std::size_t>(header.size())));
        !c)
        return fail(ErrorCode::InvalidInput, c.error().detail, column, unit);
    auto old = readSetting(VaultAccess::db(vault), unitKey(var));
    if (!old)
        return tl::unexpected(old.error());
    return writeSetting(
        vault, unitKey(var), unit, old->value_or(QString(clinical::varInfo(var).unit)));
}

} // namespace precis::store
