// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/Schema.h"

#include "core/store/Sqlite.h"

#include <QList>

#include <array>

namespace precis::store {

namespace {

// Migration 1: everything. SQLite 3.15.2 (Debian's SQLCipher 3.4.1) has no STRICT, RETURNING
// or UPSERT, so the SQL stays plain. Clinical tables are append-only: triggers refuse UPDATE
// and DELETE, so a correction can only be a new row that names the row it supersedes.
constexpr const char *kMigration1 = R"SQL(
CREATE TABLE users (
    name        TEXT PRIMARY KEY NOT NULL,
    roles       TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    changed_at  TEXT NOT NULL
);
CREATE TABLE patients (
    id             INTEGER PRIMARY KEY,
    record_number  TEXT NOT NULL UNIQUE COLLATE NOCASE,
    family_name    TEXT NOT NULL COLLATE NOCASE,
    given_name     TEXT NOT NULL COLLATE NOCASE,
    date_of_birth  TEXT NOT NULL,
    sex            TEXT NOT NULL,
    is_synthetic   INTEGER NOT NULL DEFAULT 0,
    created_by     TEXT NOT NULL,
    created_at     TEXT NOT NULL
);
-- Covers the patient list in its display order, and family-name prefix search.
CREATE INDEX patients_list ON patients(family_name, given_name, date_of_birth, record_number, sex);
CREATE INDEX patients_given ON patients(given_name);
CREATE INDEX patients_dob ON patients(date_of_birth);
CREATE TABLE observations (
    id            INTEGER PRIMARY KEY,
    patient_id    INTEGER NOT NULL REFERENCES patients(id),
    variable      TEXT NOT NULL,
    value         REAL NOT NULL,
    unit          TEXT NOT NULL,
    effective_date TEXT NOT NULL,
    recorded_by   TEXT NOT NULL,
    recorded_at   TEXT NOT NULL,
    supersedes    INTEGER REFERENCES observations(id),
    reason        TEXT
);
CREATE INDEX observations_patient ON observations(patient_id, variable, effective_date);
CREATE TABLE conditions (
    id            INTEGER PRIMARY KEY,
    patient_id    INTEGER NOT NULL REFERENCES patients(id),
    code          TEXT NOT NULL,
    label         TEXT NOT NULL,
    onset_date    TEXT,
    recorded_by   TEXT NOT NULL,
    recorded_at   TEXT NOT NULL,
    supersedes    INTEGER REFERENCES conditions(id),
    reason        TEXT
);
CREATE INDEX conditions_patient ON conditions(patient_id);
CREATE TABLE medications (
    id            INTEGER PRIMARY KEY,
    patient_id    INTEGER NOT NULL REFERENCES patients(id),
    code          TEXT NOT NULL,
    label         TEXT NOT NULL,
    start_date    TEXT,
    recorded_by   TEXT NOT NULL,
    recorded_at   TEXT NOT NULL,
    supersedes    INTEGER REFERENCES medications(id),
    reason        TEXT
);
CREATE INDEX medications_patient ON medications(patient_id);
CREATE TABLE settings (
    key    TEXT PRIMARY KEY NOT NULL,
    value  TEXT NOT NULL
);
INSERT INTO settings(key, value) VALUES ('idle_timeout_minutes', '5'), ('demo', '0');
CREATE TABLE audit (
    seq        INTEGER PRIMARY KEY,
    time_utc   TEXT NOT NULL,
    user_name  TEXT NOT NULL,
    action     TEXT NOT NULL,
    patient_id INTEGER,
    detail     TEXT NOT NULL,
    prev_hash  BLOB NOT NULL,
    hash       BLOB NOT NULL
);
CREATE TABLE audit_head (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    row_count  INTEGER NOT NULL,
    last_hash  BLOB NOT NULL
);
INSERT INTO audit_head(id, row_count, last_hash) VALUES (1, 0, zeroblob(32));
CREATE TRIGGER observations_no_update BEFORE UPDATE ON observations
    BEGIN SELECT RAISE(ABORT, 'clinical rows are append-only'); END;
CREATE TRIGGER observations_no_delete BEFORE DELETE ON observations
    BEGIN SELECT RAISE(ABORT, 'clinical rows are append-only'); END;
CREATE TRIGGER conditions_no_update BEFORE UPDATE ON conditions
    BEGIN SELECT RAISE(ABORT, 'clinical rows are append-only'); END;
CREATE TRIGGER conditions_no_delete BEFORE DELETE ON conditions
    BEGIN SELECT RAISE(ABORT, 'clinical rows are append-only'); END;
CREATE TRIGGER medications_no_update BEFORE UPDATE ON medications
    BEGIN SELECT RAISE(ABORT, 'clinical rows are append-only'); END;
CREATE TRIGGER medications_no_delete BEFORE DELETE ON medications
    BEGIN SELECT RAISE(ABORT, 'clinical rows are append-only'); END;
CREATE TRIGGER patients_no_delete BEFORE DELETE ON patients
    BEGIN SELECT RAISE(ABORT, 'clinical rows are append-only'); END;
)SQL";

// Migration 2 (issue #9, the patient chart): visits with their individual blood-pressure
// readings; observations keep the value as entered (value and unit) and the time measured;
// medications can be stopped (a new row superseding the started one, with stop_date);
// allergies, safety facts and recorded assessments. All append-only like migration 1.
constexpr const char *kMigration2 = R"SQL(
CREATE TABLE visits (
    id            INTEGER PRIMARY KEY,
    patient_id    INTEGER NOT NULL REFERENCES patients(id),
    measured_at   TEXT NOT NULL,
    recorded_by   TEXT NOT NULL,
    recorded_at   TEXT NOT NULL
);
CREATE INDEX visits_patient ON visits(patient_id);
CREATE TABLE bp_readings (
    id        INTEGER PRIMARY KEY,
    visit_id  INTEGER NOT NULL REFERENCES visits(id),
    position  INTEGER NOT NULL,
    sbp       REAL NOT NULL,
    dbp       REAL
);
CREATE INDEX bp_readings_visit ON bp_readings(visit_id);
ALTER TABLE observations ADD COLUMN effective_at TEXT;
ALTER TABLE observations ADD COLUMN entered_value REAL;
ALTER TABLE observations ADD COLUMN entered_unit TEXT;
ALTER TABLE observations ADD COLUMN visit_id INTEGER REFERENCES visits(id);
ALTER TABLE medications ADD COLUMN stop_date TEXT;
CREATE TABLE allergies (
    id            INTEGER PRIMARY KEY,
    patient_id    INTEGER NOT NULL REFERENCES patients(id),
    substance     TEXT NOT NULL,
    reaction      TEXT NOT NULL,
    intolerance   INTEGER NOT NULL,
    recorded_by   TEXT NOT NULL,
    recorded_at   TEXT NOT NULL,
    supersedes    INTEGER REFERENCES allergies(id),
    reason        TEXT
);
CREATE INDEX allergies_patient ON allergies(patient_id);
CREATE TABLE safety_facts (
    id             INTEGER PRIMARY KEY,
    patient_id     INTEGER NOT NULL REFERENCES patients(id),
    fact           TEXT NOT NULL,
    value          INTEGER NOT NULL,
    effective_at   TEXT NOT NULL,
    recorded_by    TEXT NOT NULL,
    recorded_at    TEXT NOT NULL
);
CREATE INDEX safety_facts_patient ON safety_facts(patient_id);
CREATE TABLE assessments (
    id            INTEGER PRIMARY KEY,
    patient_id    INTEGER NOT NULL REFERENCES patients(id),
    as_of         TEXT NOT NULL,
    payload       TEXT NOT NULL,
    recorded_by   TEXT NOT NULL,
    recorded_at   TEXT NOT NULL
);
CREATE INDEX assessments_patient ON assessments(patient_id);
INSERT INTO settings(key, value) VALUES ('guideline_region', 'us');
CREATE TRIGGER visits_no_update BEFORE UPDATE ON visits
    BEGIN SELECT RAISE(ABORT, 'clinical rows are append-only'); END;
CREATE TRIGGER visits_no_delete BEFORE DELETE ON visits
    BEGIN SELECT RAISE(ABORT, 'clinical rows are append-only'); END;
CREATE TRIGGER bp_readings_no_update BEFORE UPDATE ON bp_readings
    BEGIN SELECT RAISE(ABORT, 'clinical rows are append-only'); END;
CREATE TRIGGER bp_readings_no_delete BEFORE DELETE ON bp_readings
    BEGIN SELECT RAISE(ABORT, 'clinical rows are append-only'); END;
CREATE TRIGGER allergies_no_update BEFORE UPDATE ON allergies
    BEGIN SELECT RAISE(ABORT, 'clinical rows are append-only'); END;
CREATE TRIGGER allergies_no_delete BEFORE DELETE ON allergies
    BEGIN SELECT RAISE(ABORT, 'clinical rows are append-only'); END;
CREATE TRIGGER safety_facts_no_update BEFORE UPDATE ON safety_facts
    BEGIN SELECT RAISE(ABORT, 'clinical rows are append-only'); END;
CREATE TRIGGER safety_facts_no_delete BEFORE DELETE ON safety_facts
    BEGIN SELECT RAISE(ABORT, 'clinical rows are append-only'); END;
CREATE TRIGGER assessments_no_update BEFORE UPDATE ON assessments
    BEGIN SELECT RAISE(ABORT, 'clinical rows are append-only'); END;
CREATE TRIGGER assessments_no_delete BEFORE DELETE ON assessments
    BEGIN SELECT RAISE(ABORT, 'clinical rows are append-only'); END;
)SQL";

// Migration 3: a row is current when no later row supersedes it. Every chart read asks that of
// every row ("NOT EXISTS (... WHERE supersedes = id)"); without an index each question scans
// the whole table, so reading one chart cost time in proportion to the whole clinic (0.6 s per
// patient in the 600-patient demo vault). Partial indexes: only corrections are indexed.
constexpr const char *kMigration3 = R"SQL(
CREATE INDEX observations_supersedes ON observations(supersedes) WHERE supersedes IS NOT NULL;
CREATE INDEX medications_supersedes ON medications(supersedes) WHERE supersedes IS NOT NULL;
CREATE INDEX allergies_supersedes ON allergies(supersedes) WHERE supersedes IS NOT NULL;
CREATE INDEX conditions_supersedes ON conditions(supersedes) WHERE supersedes IS NOT NULL;
)SQL";

// Migration 4 (issue #8, administration): users whose password an administrator set (a new
// user's initial password, or a reset) must choose their own at their next sign-in; until they
// do, core refuses everything but that change. A separate table keeps `users` as it was.
constexpr const char *kMigration4 = R"SQL(
CREATE TABLE password_change_required (
    user_name  TEXT PRIMARY KEY NOT NULL,
    set_by     TEXT NOT NULL,
    set_at     TEXT NOT NULL
);
)SQL";

// Migration 5 (issue #10, treatment decisions): a physician accepts, declines or defers an option
// with a reason. Each row keeps what the recommendation was derived from so that it can be
// re-derived later (`precis-cli replay`): the knowledge-base version, the canonical inputs
// (therapy::decisionInputsToJson) with their SHA-256, and the option's row as it was shown.
// Append-only: a later decision on the same option names the one it supersedes.
constexpr const char *kMigration5 = R"SQL(
CREATE TABLE treatment_decisions (
    id             INTEGER PRIMARY KEY,
    patient_id     INTEGER NOT NULL REFERENCES patients(id),
    option_id      TEXT NOT NULL,
    decision       TEXT NOT NULL CHECK (decision IN ('accept', 'decline', 'defer')),
    reason         TEXT NOT NULL,
    kb_version     TEXT NOT NULL,
    inputs_sha256  TEXT NOT NULL,
    inputs         TEXT NOT NULL,
    recommendation TEXT NOT NULL,
    supersedes     INTEGER REFERENCES treatment_decisions(id),
    decided_by     TEXT NOT NULL,
    decided_at     TEXT NOT NULL
);
CREATE INDEX treatment_decisions_patient ON treatment_decisions(patient_id, option_id);
CREATE TRIGGER treatment_decisions_no_update BEFORE UPDATE ON treatment_decisions
    BEGIN SELECT RAISE(ABORT, 'clinical rows are append-only'); END;
CREATE TRIGGER treatment_decisions_no_delete BEFORE DELETE ON treatment_decisions
    BEGIN SELECT RAISE(ABORT, 'clinical rows are append-only'); END;
)SQL";

// Migration 6 (issue #11, genomics): pharmacogenomic results per patient. One import (a VCF
// called by Precis, a result typed in, or an outside laboratory's file) is one `genotype_imports`
// row with its source, and one `genotype_results` row per gene, written in one transaction. A
// re-import adds a new import; the newest result per gene counts (append-only, as migration 1).
// Developed beside migration 5 on another branch; it does not depend on it.
constexpr const char *kMigration6 = R"SQL(
CREATE TABLE genotype_imports (
    id             INTEGER PRIMARY KEY,
    patient_id     INTEGER NOT NULL REFERENCES patients(id),
    source         TEXT NOT NULL,
    file_sha256    TEXT,
    sample_name    TEXT,
    assume_ref     INTEGER NOT NULL DEFAULT 0,
    tumour_type    TEXT,
    definitions    TEXT,
    recorded_by    TEXT NOT NULL,
    recorded_at    TEXT NOT NULL
);
CREATE INDEX genotype_imports_patient ON genotype_imports(patient_id);
CREATE TABLE genotype_results (
    id                 INTEGER PRIMARY KEY,
    import_id          INTEGER NOT NULL REFERENCES genotype_imports(id),
    patient_id         INTEGER NOT NULL REFERENCES patients(id),
    gene               TEXT NOT NULL,
    diplotype          TEXT NOT NULL,
    phenotype          TEXT NOT NULL,
    activity_score     TEXT,
    tested_positions   INTEGER,
    untested_positions TEXT NOT NULL,
    notes              TEXT NOT NULL
);
CREATE INDEX genotype_results_patient ON genotype_results(patient_id, gene);
CREATE TRIGGER genotype_imports_no_update BEFORE UPDATE ON genotype_imports
    BEGIN SELECT RAISE(ABORT, 'clinical rows are append-only'); END;
CREATE TRIGGER genotype_imports_no_delete BEFORE DELETE ON genotype_imports
    BEGIN SELECT RAISE(ABORT, 'clinical rows are append-only'); END;
CREATE TRIGGER genotype_results_no_update BEFORE UPDATE ON genotype_results
    BEGIN SELECT RAISE(ABORT, 'clinical rows are append-only'); END;
CREATE TRIGGER genotype_results_no_delete BEFORE DELETE ON genotype_results
    BEGIN SELECT RAISE(ABORT, 'clinical rows are append-only'); END;
)SQL";

// Migration 7 (issue #11, tumour variants): an import given a tumour type also stores its
// somatic variants matched to targeted therapies: one `tumour_matches` row per import with the
// knowledge and OncoTree releases used, one `tumour_findings` row per variant x therapy x effect,
// written in the import's transaction. Append-only; the newest match of a patient counts.
constexpr const char *kMigration7 = R"SQL(
CREATE TABLE tumour_matches (
    id                INTEGER PRIMARY KEY,
    import_id         INTEGER NOT NULL UNIQUE REFERENCES genotype_imports(id),
    patient_id        INTEGER NOT NULL REFERENCES patients(id),
    tumour_type       TEXT NOT NULL,
    knowledge_version TEXT NOT NULL,
    oncotree_release  TEXT NOT NULL,
    records           INTEGER NOT NULL,
    alleles_seen      INTEGER NOT NULL
);
CREATE INDEX tumour_matches_patient ON tumour_matches(patient_id);
CREATE TABLE tumour_findings (
    id           INTEGER PRIMARY KEY,
    match_id     INTEGER NOT NULL REFERENCES tumour_matches(id),
    patient_id   INTEGER NOT NULL REFERENCES patients(id),
    gene         TEXT NOT NULL,
    protein      TEXT NOT NULL,
    hgvsc        TEXT NOT NULL,
    chromosome   TEXT NOT NULL,
    position     INTEGER NOT NULL,
    ref          TEXT NOT NULL,
    alt          TEXT NOT NULL,
    therapy      TEXT NOT NULL,
    effect       TEXT NOT NULL CHECK (effect IN ('sensitivity', 'resistance')),
    context      TEXT NOT NULL CHECK (context IN ('on-label', 'tissue-agnostic', 'other-tumour')),
    level        TEXT NOT NULL,
    tumour_types TEXT NOT NULL,
    citations    TEXT NOT NULL
);
CREATE INDEX tumour_findings_match ON tumour_findings(match_id);
CREATE TRIGGER tumour_matches_no_update BEFORE UPDATE ON tumour_matches
    BEGIN SELECT RAISE(ABORT, 'clinical rows are append-only'); END;
CREATE TRIGGER tumour_matches_no_delete BEFORE DELETE ON tumour_matches
    BEGIN SELECT RAISE(ABORT, 'clinical rows are append-only'); END;
CREATE TRIGGER tumour_findings_no_update BEFORE UPDATE ON tumour_findings
    BEGIN SELECT RAISE(ABORT, 'clinical rows are append-only'); END;
CREATE TRIGGER tumour_findings_no_delete BEFORE DELETE ON tumour_findings
    BEGIN SELECT RAISE(ABORT, 'clinical rows are append-only'); END;
)SQL";

// Migration 8 (issue #11, notes in the reader's language): a genotype result's notes are also
// stored as their templates and arguments (core/genomics/CallNote.h, a JSON array), so that the
// Genomics view translates them instead of showing the English. NULL for rows written before.
constexpr const char *kMigration8 = R"SQL(
ALTER TABLE genotype_results ADD COLUMN note_sources TEXT;
)SQL";

struct Migration
{
    int version;
    const char *sql;
};

// In increasing order. Numbers need not be contiguous: each migration whose number is not yet
// recorded in schema_version is applied (so a branch's migration 6 can land before 5, and 5
// still applies to a vault that already has 6). Migrations must therefore not depend on one
// another unless their numbers say so.
constexpr std::array<Migration, 8> kMigrations = {{{1, kMigration1},
                                                   {2, kMigration2},
                                                   {3, kMigration3},
                                                   {4, kMigration4},
                                                   {5, kMigration5},
                                                   {6, kMigration6},
                                                   {7, kMigration7},
                                                   {8, kMigration8}}};
static_assert(kMigrations.back().version == kSchemaVersion);

/// The versions recorded in the file.
Result<QList<int>> appliedVersions(Database &db)
{
    auto st = db.prepare("SELECT version FROM schema_version ORDER BY version");
    if (!st)
        return tl::unexpected(st.error());
    QList<int> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            break;
        out.append(static_cast<int>(st->int64(0)));
    }
    return out;
}

} // namespace

Result<int> schemaVersion(Database &db)
{
    auto exists = db.queryInt(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'");
    if (!exists)
        return tl::unexpected(exists.error());
    if (*exists == 0)
        return 0;
    auto v = db.queryInt("SELECT max(version) FROM schema_version");
    if (!v)
        return tl::unexpected(v.error());
    return static_cast<int>(*v);
}

Result<bool> migrationPending(Database &db)
{
    auto exists = db.queryInt(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'");
    if (!exists)
        return tl::unexpected(exists.error());
    if (*exists == 0)
        return true;
    auto applied = appliedVersions(db);
    if (!applied)
        return tl::unexpected(applied.error());
    for (const Migration &m : kMigrations) {
        if (!applied->contains(m.version))
            return true;
    }
    return false;
}

Result<int> migrate(Database &db)
{
    if (auto r = db.exec("CREATE TABLE IF NOT EXISTS schema_version ("
                         " version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
        !r)
        return tl::unexpected(r.error());
    auto current = schemaVersion(db);
    if (!current)
        return tl::unexpected(current.error());
    if (*current > kSchemaVersion)
        return fail(ErrorCode::Unsupported,
                    QStringLiteral("vault was written by a newer Precis (schema %1, this build %2)")
                        .arg(*current)
                        .arg(kSchemaVersion));
    auto applied = appliedVersions(db);
    if (!applied)
        return tl::unexpected(applied.error());
    for (const Migration &m : kMigrations) {
        if (applied->contains(m.version))
            continue;
        auto txn = Transaction::begin(db);
        if (!txn)
            return tl::unexpected(txn.error());
        if (auto r = db.exec(m.sql); !r)
            return tl::unexpected(r.error());
        auto st = db.prepare("INSERT INTO schema_version(version, applied_at)"
                             " VALUES (?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))");
        if (!st)
            return tl::unexpected(st.error());
        if (auto r = st->bind(1, m.version).run(); !r)
            return tl::unexpected(r.error());
        if (auto r = txn->commit(); !r)
            return tl::unexpected(r.error());
    }
    return kSchemaVersion;
}

} // namespace precis::store
