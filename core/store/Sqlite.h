// SPDX-License-Identifier: GPL-3.0-or-later
// A thin RAII wrapper over SQLCipher's sqlite3 C API. sqlite3.h stays inside store/*.cpp: this
// header only forward-declares the handles, so no other module can reach SQLite directly.
#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace precis::security {
class SecretBytes;
}

namespace precis::store {

/// Installs the zero-on-free allocator (once, before SQLite initialises) and initialises
/// SQLite. Every Database::open calls it; calling it again is harmless. Returns an error if
/// SQLite was already initialised with another allocator (the allocator would then be missing).
[[nodiscard]] Result<void> initialiseSqlite();

/// A prepared statement. Move-only; finalised on destruction. Column and bind indexes follow
/// SQLite: bind from 1, column from 0.
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3 *db, sqlite3_stmt *stmt);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const QByteArray &blob);
    Statement &bindNull(int index);
    template <typename T>
    Statement &bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    /// Steps once: true when a row is available, false when done; an error otherwise. The
    /// first bind error (if any) is reported here.
    [[nodiscard]] Result<bool> step();
    /// Steps to completion, ignoring rows.
    [[nodiscard]] Result<void> run();
    void reset();

    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] qint64 int64(int column) const;
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] QString text(int column) const;
    [[nodiscard]] QByteArray blob(int column) const;
    [[nodiscard]] int columnCount() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_bindError = 0;
};

/// One SQLite connection. Move-only; closed on destruction (sqlite3_close_v2, so that a
/// forgotten statement cannot keep the file open behind our back).
class Database
{
public:
    enum class Mode { ReadWrite, ReadWriteCreate, ReadOnly };

    Database() = default;
    ~Database();
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    [[nodiscard]] static Result<Database> open(const QString &path, Mode mode);

    /// Keys the connection with a raw 256-bit key via sqlite3_key("x'<hex>'"), never SQL text.
    [[nodiscard]] Result<void> key(const security::SecretBytes &rawKey);
    /// Re-encrypts every page under a new raw key (sqlite3_rekey).
    [[nodiscard]] Result<void> rekey(const security::SecretBytes &rawKey);

    [[nodiscard]] Result<void> exec(const char *sql);
    [[nodiscard]] Result<Statement> prepare(const char *sql);
    /// The first column of the first row of `sql` as text (empty when no row).
    [[nodiscard]] Result<QString> queryText(const char *sql);
    [[nodiscard]] Result<qint64> queryInt(const char *sql);

    [[nodiscard]] qint64 lastInsertRowId() const;
    [[nodiscard]] int changes() const;
    [[nodiscard]] bool isOpen() const { return m_db != nullptr; }
    /// True once any statement on this connection failed with SQLITE_CORRUPT or SQLITE_NOTADB
    /// (a page failed its HMAC): the vault then writes nothing more (issue #8 D9).
    [[nodiscard]] bool sawDamage() const;
    /// True when no transaction is open on this connection.
    [[nodiscard]] bool inAutocommit() const;
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] sqlite3 *handle() const { return m_db; }
    void close();

private:
    sqlite3 *m_db = nullptr;
    QString m_path;
};

/// Commits on commit(), rolls back on scope exit otherwise. BEGIN IMMEDIATE takes the write
/// lock up front so that a transaction never fails half-way on a busy upgrade.
class Transaction
{
public:
    [[nodiscard]] static Result<Transaction> begin(Database &db);
    ~Transaction();
    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    [[nodiscard]] Result<void> commit();

private:
    explicit Transaction(Database *db) : m_db(db) {}
    Database *m_db = nullptr;
};

/// Maps an SQLite result code and message to a precis::Error.
[[nodiscard]] Error sqliteError(sqlite3 *db, int rc, const QString &what);

/// Runtime versions for `precis-cli --version` and the SOUP check.
[[nodiscard]] QString sqliteLibraryVersion(); ///< sqlite3_libversion()
[[nodiscard]] QString sqlcipherVersion();     ///< PRAGMA cipher_version on a memory database

/// The store half of the startup self-test: no libsqlite3 mapped into the process
/// (/proc/self/maps) and the linked library is SQLCipher (cipher_version non-empty).
[[nodiscard]] Result<void> sqliteSelfTest();

} // namespace precis::store
