// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/ReplaySource.h"

#include "core/store/AuditLog.h"
#include "core/store/DecisionRow.h"
#include "core/store/Sqlite.h"
#include "core/store/Vault.h"
#include "core/store/VaultInternal.h"

namespace precis::store {

using detail::VaultAccess;

Result<ReplayRecords> readForReplay(Vault &vault)
{
    // Issue #10: "administrators and physicians may run it". A replay compares stored records
    // with the program, the review an administrator does after an upgrade; a nurse does not.
    if (vault.isLocked())
        return fail(ErrorCode::Permission, QStringLiteral("vault is locked"));
    if (auto r = detail::requirePasswordChosen(vault.user()); !r)
        return tl::unexpected(r.error());
    if (!vault.user().has(Role::Physician) && !vault.user().has(Role::Administrator))
        return fail(ErrorCode::Permission,
                    QStringLiteral("replay requires the physician or administrator role"),
                    QStringLiteral("user"),
                    vault.user().name);
    Database &db = VaultAccess::db(vault);
    ReplayRecords out;
    auto decisions = db.prepare("SELECT id, patient_id, option_id, decision, reason, kb_version,"
                                " inputs_sha256, inputs, recommendation, supersedes, decided_by,"
                                " decided_at FROM treatment_decisions ORDER BY id");
    if (!decisions)
        return tl::unexpected(decisions.error());
    for (;;) {
        auto row = decisions->step();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            break;
        auto d = detail::decisionFromRow(*decisions);
        if (!d)
            return tl::unexpected(d.error());
        out.decisions.push_back(std::move(*d));
    }
    auto assessments = db.prepare("SELECT id, patient_id, payload FROM assessments ORDER BY id");
    if (!assessments)
        return tl::unexpected(assessments.error());
    for (;;) {
        auto row = assessments->step();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            break;
        out.assessments.push_back(
            {assessments->int64(0), assessments->int64(1), assessments->text(2).toUtf8()});
    }
    if (auto r = appendAudit(db,
                             vault.user().name,
                             QString::fromLatin1(audit::kReplay),
                             std::nullopt,
                             QStringLiteral("%1 decisions and %2 assessments read for replay")
                                 .arg(out.decisions.size())
                                 .arg(out.assessments.size()));
        !r)
        return tl::unexpected(r.error());
    return out;
}

} // namespace precis::store
