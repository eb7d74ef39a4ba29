// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/VaultDatabase.h"

#include "core/security/SecretBytes.h"
#include "core/store/VaultCheck.h"

#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <unistd.h>

namespace precis::store {

namespace {

Result<void> expectPragma(Database &db, const char *sql, const QString &expected, const char *name)
{
    auto v = db.queryText(sql);
    if (!v)
        return tl::unexpected(v.error());
    if (v->compare(expected, Qt::CaseInsensitive) != 0)
        return fail(ErrorCode::Internal,
                    QStringLiteral("unsafe vault connection setting"),
                    QString::fromLatin1(name),
                    *v);
    return {};
}

} // namespace

Result<void> checkLooksLikeVault(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(
            ErrorCode::Io, QStringLiteral("cannot read vault file"), QStringLiteral("path"), path);
    const qint64 size = f.size();
    const auto notAVault = [&](const QString &why) {
        return fail(ErrorReason::NotAVault,
                    ErrorCode::Damaged,
                    QStringLiteral("not a Precis vault (%1)").arg(why),
                    QStringLiteral("path"),
                    path);
    };
    if (size == 0)
        return notAVault(QStringLiteral("the file is empty"));
    // A plain SQLite database starts with this magic; a SQLCipher file starts with its random
    // salt instead (vault-security.md §1.1).
    if (f.peek(16) == QByteArray("SQLite format 3\0", 16))
        return notAVault(QStringLiteral("an unencrypted SQLite database"));
    if (size < kPageSize || size % kPageSize != 0)
        return notAVault(QStringLiteral("its size is not a whole number of 4096-byte pages"));
    return {};
}

Result<void> createPrivateFile(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(
            ErrorCode::Io, QStringLiteral("cannot create file"), QStringLiteral("path"), path);
    // O_CREAT honours the umask but never widens; fchmod makes an existing file private too.
    const int rc = ::fchmod(fd, 0600);
    ::close(fd);
    if (rc != 0)
        return fail(ErrorCode::Io,
                    QStringLiteral("cannot make file private"),
                    QStringLiteral("path"),
                    path);
    return {};
}

Result<void> assertSafeSettings(Database &db)
{
    auto version = db.queryText("PRAGMA cipher_version");
    if (!version)
        return tl::unexpected(version.error());
    if (version->isEmpty())
        return fail(ErrorCode::Internal,
                    QStringLiteral("SQLite library is not SQLCipher"),
                    QStringLiteral("cipher_version"));
    // 3.4.1 ignores attempts to change HMAC or KDF settings, so its defaults are asserted.
    if (auto r = expectPragma(db, "PRAGMA cipher_use_hmac", QStringLiteral("1"), "cipher_use_hmac");
        !r)
        return r;
    if (auto r = expectPragma(db, "PRAGMA page_size", QString::number(kPageSize), "page_size"); !r)
        return r;
    if (auto r = expectPragma(
            db, "PRAGMA cipher_page_size", QString::number(kPageSize), "cipher_page_size");
        !r)
        return r;
    // temp_store=FILE writes plaintext rows to unlinked temp files (§0.3).
    if (auto r = expectPragma(db, "PRAGMA temp_store", QStringLiteral("2"), "temp_store"); !r)
        return r;
    if (auto r = expectPragma(db, "PRAGMA journal_mode", QStringLiteral("wal"), "journal_mode"); !r)
        return r;
    if (auto r = expectPragma(db, "PRAGMA synchronous", QStringLiteral("2"), "synchronous"); !r)
        return r;
    if (auto r = expectPragma(db, "PRAGMA secure_delete", QStringLiteral("1"), "secure_delete"); !r)
        return r;
    return expectPragma(db, "PRAGMA foreign_keys", QStringLiteral("1"), "foreign_keys");
}

Result<Database>
openVaultDatabase(const QString &path, const security::SecretBytes &dataKey, OpenIntent intent)
{
    const bool create = intent == OpenIntent::Create;
    if (create && QFileInfo::exists(path))
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("vault file already exists"),
                    QStringLiteral("path"),
                    path);
    if (!create && !QFileInfo::exists(path))
        return fail(ErrorReason::VaultMissing,
                    ErrorCode::NotFound,
                    QStringLiteral("vault file not found"),
                    QStringLiteral("path"),
                    path);
    if (!create) {
        // Issue #8 D7: decide from the bytes, before SQLite sees the file, whether it can be a
        // vault at all; SQLite would treat an empty file as a new database and write to it.
        if (auto r = checkLooksLikeVault(path); !r)
            return tl::unexpected(r.error());
    }

    auto db = withPrivateUmask([&] {
        return Database::open(path,
                              create ? Database::Mode::ReadWriteCreate : Database::Mode::ReadWrite);
    });
    if (!db)
        return tl::unexpected(db.error());
    if (auto r = db->key(dataKey); !r)
        return tl::unexpected(r.error());
    // Must precede the first read, for new files and on every open (3.4.1 defaults to 1024).
    if (auto r = db->exec("PRAGMA cipher_page_size = 4096"); !r)
        return tl::unexpected(r.error());
    // Force decryption of page 1. The key was already verified against the slot digest, so a
    // failure here means the file itself is damaged (§0.5: SQLCipher cannot tell them apart).
    if (auto r = db->queryInt("SELECT count(*) FROM sqlite_master"); !r) {
        Error e = r.error();
        if (e.code == ErrorCode::Damaged) {
            const Error header = Error{ErrorCode::Damaged,
                                       QStringLiteral("vault"),
                                       path,
                                       QStringLiteral("vault header damaged")}
                                     .withReason(ErrorReason::VaultDamaged);
            // Issue #8 D8: when no page at all verifies under the key the slot file gave, the
            // key is not this file's: the key file comes from another rotation of the vault (a
            // damaged header fails page 1 only).
            auto scan = scanPages(path, dataKey);
            if (scan && scan->pageCount >= 2
                && static_cast<qint64>(scan->damagedPages.size()) == scan->pageCount)
                return fail(ErrorReason::KeyFileFromOtherVersion,
                            ErrorCode::Damaged,
                            QStringLiteral("the key file does not belong to this version of the "
                                           "vault (it is from another key rotation)"),
                            QStringLiteral("vault"),
                            path);
            // Name the page when it is not page 1 (the schema can span several pages).
            Error named = namePageDamage(path, dataKey, header);
            if (named.value == QLatin1String("1"))
                named = header;
            return tl::unexpected(named);
        }
        return tl::unexpected(e);
    }
    const char *setup = "PRAGMA temp_store = MEMORY;"
                        "PRAGMA journal_mode = WAL;"
                        "PRAGMA synchronous = FULL;"
                        "PRAGMA secure_delete = ON;"
                        "PRAGMA foreign_keys = ON;"
                        "PRAGMA busy_timeout = 5000;"
                        // 64 MiB page cache: decrypting a page costs more than reading it
                        // (vault-security.md §0.8), so keep the working set decrypted.
                        "PRAGMA cache_size = -65536;";
    if (auto r = withPrivateUmask([&] { return db->exec(setup); }); !r)
        return tl::unexpected(r.error());
    if (auto r = assertSafeSettings(*db); !r)
        return tl::unexpected(r.error());
    if (create)
        ::chmod(QFile::encodeName(path).constData(), 0600);
    return std::move(*db);
}

void closeWithoutCheckpoint(Database &db, const QString &path, const security::SecretBytes &key)
{
    if (!db.isOpen())
        return;
    // A WAL without frames has nothing to checkpoint; closing plainly lets SQLite delete it, as
    // it would have been without this session.
    if (QFileInfo(path + QStringLiteral("-wal")).size() <= 32) {
        db.close();
        return;
    }
    auto peer = Database::open(path, Database::Mode::ReadOnly);
    const bool holding = peer && peer->key(key) && peer->exec("PRAGMA cipher_page_size = 4096")
                         && peer->queryInt("SELECT count(*) FROM sqlite_master");
    db.close();
    if (peer)
        peer->close();
    (void)holding; // without the peer's lock the close above may have checkpointed
}

Result<void> rekeyVaultDatabase(Database &db, const security::SecretBytes &newKey)
{
    if (auto r = db.exec("PRAGMA wal_checkpoint(TRUNCATE)"); !r)
        return r;
    auto mode = db.queryText("PRAGMA journal_mode = DELETE");
    if (!mode)
        return tl::unexpected(mode.error());
    if (mode->compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0)
        return fail(ErrorCode::Io,
                    QStringLiteral("cannot leave WAL mode for key rotation"),
                    QStringLiteral("journal_mode"),
                    *mode);
    if (auto r = db.rekey(newKey); !r)
        return r;
    if (auto r = db.exec("PRAGMA journal_mode = WAL"); !r)
        return r;
    return assertSafeSettings(db);
}

} // namespace precis::store
