// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/Sqlite.h"

#include "core/security/SecretBytes.h"

#include <QFile>

#include <cstdlib>
#include <cstring>
#include <mutex>
#include <openssl/crypto.h>
#include <sqlcipher/sqlite3.h>
#include <unordered_set>

namespace precis::store {

namespace {

// Zero-on-free allocator. SQLCipher 3.4.1 does not scrub decrypted pages when it frees them
// (vault-security.md §0.4: 1,805 plaintext fragments in a core dump after close, 0 with this
// allocator). Each block carries its size in a 16-byte header so that free and realloc know
// how much to wipe; 16 keeps the payload aligned as malloc's is.
constexpr std::size_t kHeader = 16;

void *zeroMalloc(int n)
{
    if (n <= 0)
        return nullptr;
    auto *raw = static_cast<unsigned char *>(std::malloc(static_cast<std::size_t>(n) + kHeader));
    if (!raw)
        return nullptr;
    const auto size = static_cast<std::uint64_t>(n);
    std::memcpy(raw, &size, sizeof size);
    return raw + kHeader;
}

std::size_t blockSize(void *p)
{
    std::uint64_t size = 0;
    std::memcpy(&size, static_cast<unsigned char *>(p) - kHeader, sizeof size);
    return static_cast<std::size_t>(size);
}

void zeroFree(void *p)
{
    if (!p)
        return;
    auto *raw = static_cast<unsigned char *>(p) - kHeader;
    OPENSSL_cleanse(raw, blockSize(p) + kHeader);
    std::free(raw);
}

void *zeroRealloc(void *p, int n)
{
    if (!p)
        return zeroMalloc(n);
    if (n <= 0) {
        zeroFree(p);
        return nullptr;
    }
    // Never realloc in place: the C library could leave the old tail unscrubbed when it moves
    // the block.
    void *fresh = zeroMalloc(n);
    if (!fresh)
        return nullptr;
    std::memcpy(fresh, p, std::min(blockSize(p), static_cast<std::size_t>(n)));
    zeroFree(p);
    return fresh;
}

int zeroSize(void *p)
{
    return p ? static_cast<int>(blockSize(p)) : 0;
}

int zeroRoundup(int n)
{
    return (n + 7) & ~7;
}

int zeroInit(void *)
{
    return SQLITE_OK;
}

void zeroShutdown(void *) {}

const sqlite3_mem_methods kZeroingAllocator
    = {zeroMalloc, zeroFree, zeroRealloc, zeroSize, zeroRoundup, zeroInit, zeroShutdown, nullptr};

int g_initResult = SQLITE_OK;

// SQLCipher's raw-key form "x'<64 hex>'" (sqlcipher.net/sqlcipher-api, "Raw key data"), built in
// a wiped buffer so that the key never exists as SQL text or in a Qt container.
security::SecretBytes rawKeyLiteral(const security::SecretBytes &rawKey)
{
    security::SecretBytes out(rawKey.size() * 2 + 3);
    rawKey.withHex([&](const char *hex, std::size_t length) {
        out.data()[0] = 'x';
        out.data()[1] = '\'';
        std::memcpy(out.data() + 2, hex, length);
        out.data()[length + 2] = '\'';
    });
    return out;
}
std::once_flag g_initOnce;

} // namespace

Result<void> initialiseSqlite()
{
    std::call_once(g_initOnce, [] {
        int rc = sqlite3_config(SQLITE_CONFIG_MALLOC, &kZeroingAllocator);
        if (rc == SQLITE_OK)
            rc = sqlite3_initialize();
        g_initResult = rc;
    });
    if (g_initResult != SQLITE_OK)
        return fail(
            ErrorCode::Internal,
            QStringLiteral("SQLite could not be initialised with the zeroing allocator (%1)")
                .arg(g_initResult));
    return {};
}

namespace {
// Connections on which a page failed to verify (sqliteError sees every failure). A set rather
// than a member: Statement only knows the sqlite3 handle, and a Database moves.
std::mutex g_damagedMutex;
std::unordered_set<const sqlite3 *> g_damaged;
} // namespace

bool Database::sawDamage() const
{
    const std::lock_guard<std::mutex> guard(g_damagedMutex);
    return m_db && g_damaged.count(m_db) > 0;
}

Error sqliteError(sqlite3 *db, int rc, const QString &what)
{
    const int primary = rc & 0xff;
    ErrorCode code = ErrorCode::Internal;
    switch (primary) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        code = ErrorCode::Damaged;
        if (db) {
            const std::lock_guard<std::mutex> guard(g_damagedMutex);
            g_damaged.insert(db);
        }
        break;
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_READONLY:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        code = ErrorCode::Io;
        break;
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_TOOBIG:
        code = ErrorCode::InvalidInput;
        break;
    default:
        break;
    }
    const char *msg = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    return Error{
        code, what, QString::number(rc), QString::fromUtf8(msg ? msg : sqlite3_errstr(rc))};
}

// --- Statement ------------------------------------------------------------------------------

Statement::Statement(sqlite3 *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db), m_stmt(other.m_stmt), m_bindError(other.m_bindError)
{
    other.m_stmt = nullptr;
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = other.m_stmt;
        m_bindError = other.m_bindError;
        other.m_stmt = nullptr;
    }
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    const int rc = sqlite3_bind_int64(m_stmt, index, value);
    if (rc != SQLITE_OK && !m_bindError)
        m_bindError = rc;
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    const int rc = sqlite3_bind_double(m_stmt, index, value);
    if (rc != SQLITE_OK && !m_bindError)
        m_bindError = rc;
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    const int rc = sqlite3_bind_text(
        m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK && !m_bindError)
        m_bindError = rc;
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    const int rc = sqlite3_bind_blob(
        m_stmt, index, blob.constData(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK && !m_bindError)
        m_bindError = rc;
    return *this;
}

Statement &Statement::bindNull(int index)
{
    const int rc = sqlite3_bind_null(m_stmt, index);
    if (rc != SQLITE_OK && !m_bindError)
        m_bindError = rc;
    return *this;
}

Result<bool> Statement::step()
{
    if (!m_stmt)
        return fail(ErrorCode::Internal, QStringLiteral("step on an empty statement"));
    if (m_bindError)
        return tl::unexpected(sqliteError(m_db, m_bindError, QStringLiteral("bind")));
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error e = sqliteError(m_db, rc, QStringLiteral("step"));
    sqlite3_reset(m_stmt);
    return tl::unexpected(std::move(e));
}

Result<void> Statement::run()
{
    for (;;) {
        auto r = step();
        if (!r)
            return tl::unexpected(r.error());
        if (!*r)
            return {};
    }
}

void Statement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    m_bindError = 0;
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *p = sqlite3_column_text(m_stmt, column);
    const int n = sqlite3_column_bytes(m_stmt, column);
    return p ? QString::fromUtf8(reinterpret_cast<const char *>(p), n) : QString();
}

QByteArray Statement::blob(int column) const
{
    const void *p = sqlite3_column_blob(m_stmt, column);
    const int n = sqlite3_column_bytes(m_stmt, column);
    return p ? QByteArray(static_cast<const char *>(p), n) : QByteArray();
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

// --- Database -------------------------------------------------------------------------------

Database::~Database()
{
    close();
}

Database::Database(Database &&other) noexcept : m_db(other.m_db), m_path(std::move(other.m_path))
{
    other.m_db = nullptr;
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = other.m_db;
        m_path = std::move(other.m_path);
        other.m_db = nullptr;
    }
    return *this;
}

Result<Database> Database::open(const QString &path, Mode mode)
{
    if (auto init = initialiseSqlite(); !init)
        return tl::unexpected(init.error());
    int flags = SQLITE_OPEN_FULLMUTEX;
    switch (mode) {
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    }
    sqlite3 *db = nullptr;
    const QByteArray encoded = QFile::encodeName(path);
    const int rc = sqlite3_open_v2(encoded.constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error e = sqliteError(db, rc, QStringLiteral("open"));
        sqlite3_close_v2(db);
        return tl::unexpected(std::move(e));
    }
    sqlite3_extended_result_codes(db, 1);
    Database out;
    out.m_db = db;
    out.m_path = path;
    return out;
}

Result<void> Database::key(const security::SecretBytes &rawKey)
{
    const security::SecretBytes literal = rawKeyLiteral(rawKey);
    const int rc = sqlite3_key(m_db, literal.data(), static_cast<int>(literal.size()));
    if (rc != SQLITE_OK)
        return tl::unexpected(sqliteError(m_db, rc, QStringLiteral("key")));
    return {};
}

Result<void> Database::rekey(const security::SecretBytes &rawKey)
{
    const security::SecretBytes literal = rawKeyLiteral(rawKey);
    const int rc = sqlite3_rekey(m_db, literal.data(), static_cast<int>(literal.size()));
    if (rc != SQLITE_OK)
        return tl::unexpected(sqliteError(m_db, rc, QStringLiteral("rekey")));
    return {};
}

Result<void> Database::exec(const char *sql)
{
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &err);
    if (err)
        sqlite3_free(err);
    if (rc != SQLITE_OK)
        return tl::unexpected(sqliteError(m_db, rc, QStringLiteral("exec")));
    return {};
}

Result<Statement> Database::prepare(const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        if (stmt)
            sqlite3_finalize(stmt);
        return tl::unexpected(sqliteError(m_db, rc, QStringLiteral("prepare")));
    }
    return Statement(m_db, stmt);
}

Result<QString> Database::queryText(const char *sql)
{
    auto st = prepare(sql);
    if (!st)
        return tl::unexpected(st.error());
    auto row = st->step();
    if (!row)
        return tl::unexpected(row.error());
    return *row ? st->text(0) : QString();
}

Result<qint64> Database::queryInt(const char *sql)
{
    auto st = prepare(sql);
    if (!st)
        return tl::unexpected(st.error());
    auto row = st->step();
    if (!row)
        return tl::unexpected(row.error());
    return *row ? st->int64(0) : 0;
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

bool Database::inAutocommit() const
{
    return m_db && sqlite3_get_autocommit(m_db) != 0;
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

void Database::close()
{
    if (m_db) {
        {
            const std::lock_guard<std::mutex> guard(g_damagedMutex);
            g_damaged.erase(m_db);
        }
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

// --- Transaction ----------------------------------------------------------------------------

Result<Transaction> Transaction::begin(Database &db)
{
    if (auto r = db.exec("BEGIN IMMEDIATE"); !r)
        return tl::unexpected(r.error());
    return Transaction(&db);
}

Transaction::Transaction(Transaction &&other) noexcept : m_db(other.m_db)
{
    other.m_db = nullptr;
}

Transaction::~Transaction()
{
    if (m_db && m_db->isOpen())
        (void)m_db->exec("ROLLBACK");
}

Result<void> Transaction::commit()
{
    if (!m_db)
        return fail(ErrorCode::Internal, QStringLiteral("commit without a transaction"));
    auto r = m_db->exec("COMMIT");
    if (!r)
        return r; // the destructor rolls back
    m_db = nullptr;
    return {};
}

// --- Runtime checks -------------------------------------------------------------------------

QString sqliteLibraryVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

QString sqlcipherVersion()
{
    auto db = Database::open(QStringLiteral(":memory:"), Database::Mode::ReadWriteCreate);
    if (!db)
        return {};
    auto v = db->queryText("PRAGMA cipher_version");
    return v ? *v : QString();
}

Result<void> sqliteSelfTest()
{
    // Two SQLite copies in one process corrupt each other's locks (sqlite.org/howtocorrupt.html
    // §2.2.1); Qt's QSQLITE plugin would bring in the system libsqlite3.
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (maps.open(QIODevice::ReadOnly)) {
        const QByteArray all = maps.readAll();
        if (all.contains("/libsqlite3.so"))
            return fail(ErrorCode::Internal,
                        QStringLiteral("the system libsqlite3 is loaded next to SQLCipher"));
    }
    if (sqlcipherVersion().isEmpty())
        return fail(ErrorCode::Internal,
                    QStringLiteral("the linked SQLite library is not SQLCipher"));
    return {};
}

} // namespace precis::store
