// SPDX-License-Identifier: GPL-3.0-or-later
// Key-slot file: create, load, unlock, password change, removal, recovery, rotation, damage.
#include "tests/support/TestKdf.h"

#include "core/security/KeySlotFile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <sys/stat.h>

using namespace precis::security;
using precis::ErrorCode;
using precis::Result;

// Fails the calling test function unless r unlocked and yielded key as the current key.
#define EXPECT_KEY(expr, key)                                                                      \
    do {                                                                                           \
        const auto &r_ = (expr);                                                                   \
        QVERIFY2(r_.has_value(), qPrintable(r_ ? QString() : r_.error().message()));               \
        QVERIFY(r_->current.constantTimeEquals(key));                                              \
    } while (false)

namespace {

SecretBytes pw(const char *text)
{
    return SecretBytes::fromUtf8(QString::fromUtf8(text));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

/// Splits a serialized file into its records (preamble first) by walking the length fields.
QList<QByteArray> records(const QByteArray &file)
{
    QList<QByteArray> out{file.left(12)};
    qsizetype pos = 12;
    while (pos + 5 <= file.size()) {
        const auto len = qFromBigEndian<quint32>(file.constData() + pos + 1);
        const qsizetype total = 5 + len + 32;
        out << file.mid(pos, total);
        pos += total;
    }
    return out;
}

/// rec with its trailing SHA-256 recomputed (a deliberate edit the checksum cannot catch).
QByteArray resealed(QByteArray rec)
{
    rec.replace(rec.size() - 32, 32, sha256(QByteArrayView(rec).first(rec.size() - 32)));
    return rec;
}

/// A record as serialize() writes it: type, length, payload, checksum.
QByteArray makeRecord(quint8 type, const QByteArray &payload)
{
    QByteArray rec(5, '\0');
    rec[0] = static_cast<char>(type);
    qToBigEndian<quint32>(static_cast<quint32>(payload.size()), rec.data() + 1);
    rec += payload;
    return rec + sha256(rec);
}

/// The header record with its record count set to count.
QByteArray withRecordCount(QByteArray header, quint32 count)
{
    qToBigEndian<quint32>(count, header.data() + 5 + 4);
    return resealed(header);
}

QByteArray u32be(quint32 v)
{
    QByteArray b(4, '\0');
    qToBigEndian<quint32>(v, b.data());
    return b;
}

} // namespace

class TestKeySlotFile : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    SecretBytes m_dek;
    SecretBytes m_recovery;
    QString m_path;

    // Not Q_ASSERT: release builds compile it out together with the calls inside.
    std::optional<KeySlotFile> makeFile()
    {
        auto f = KeySlotFile::createNew(m_dek);
        if (!f || !f->addUser(QStringLiteral("alice"), pw("alice password 1"), m_dek)
            || !f->addUser(QStringLiteral("bob"), pw("bob password 12345"), m_dek)
            || !f->setRecovery(m_recovery, m_dek))
            return std::nullopt;
        return std::move(*f);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(calibrateKdf(), precis::test::kKdfFastTest);
        m_dek = SecretBytes::random(32);
        auto rk = parseRecoveryKey(generateRecoveryKey());
        QVERIFY(rk.has_value());
        m_recovery = std::move(*rk);
        m_path = KeySlotFile::pathFor(m_dir.filePath(QStringLiteral("clinic.precis")));
        QVERIFY(m_path.endsWith(QStringLiteral("clinic.precis.keys")));
    }

    void init()
    {
        QFile::remove(m_path);
        auto f = makeFile();
        QVERIFY(f.has_value());
        QVERIFY(f->save(m_path).has_value());
    }

    void createSaveLoadUnlock()
    {
        auto f = KeySlotFile::load(m_path);
        QVERIFY(f.has_value());
        QCOMPARE(f->users(), (QStringList{QStringLiteral("alice"), QStringLiteral("bob")}));
        QVERIFY(f->hasUser(QStringLiteral("bob")));
        QVERIFY(!f->hasUser(QStringLiteral("carol")));
        QVERIFY(f->hasRecovery());
        QVERIFY(!f->rotationPending());
        QCOMPARE(f->kdfParams(QStringLiteral("alice")),
                 std::optional<KdfParams>(precis::test::kKdfFastTest));
        EXPECT_KEY(f->unlockUser(QStringLiteral("alice"), pw("alice password 1")), m_dek);
        EXPECT_KEY(f->unlockUser(QStringLiteral("bob"), pw("bob password 12345")), m_dek);
        auto keys = f->unlockUser(QStringLiteral("alice"), pw("alice password 1"));
        QVERIFY(!keys->pending.has_value());
        // Serialisation is stable: load + serialize reproduces the file.
        QCOMPARE(f->serialize(), readAll(m_path));

        struct stat st
        {};
        QCOMPARE(::stat(QFile::encodeName(m_path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
    }

    void wrongPasswordAndUnknownUserSameMessage()
    {
        const QByteArray before = readAll(m_path);
        auto f = KeySlotFile::load(m_path);
        QVERIFY(f.has_value());
        auto wrong = f->unlockUser(QStringLiteral("alice"), pw("alice password 2"));
        auto unknown = f->unlockUser(QStringLiteral("mallory"), pw("alice password 1"));
        auto empty = f->unlockUser(QString(), pw("alice password 1"));
        for (const auto *r : {&wrong, &unknown, &empty}) {
            QVERIFY(!r->has_value());
            QCOMPARE(r->error().code, ErrorCode::Authentication);
            QCOMPARE(r->error().message(), QStringLiteral("wrong user name or password"));
        }
        // Another user's password does not open a slot either.
        QVERIFY(!f->unlockUser(QStringLiteral("bob"), pw("alice password 1")).has_value());
        // A failed unlock writes nothing.
        QCOMPARE(readAll(m_path), before);
    }

    void noTruncation()
    {
        auto f = KeySlotFile::createNew(m_dek);
        QVERIFY(f.has_value());
        const QByteArray base(99, 'x');
        QVERIFY(f->addUser(QStringLiteral("long"), SecretBytes::copyOf(base + 'a'), m_dek));
        EXPECT_KEY(f->unlockUser(QStringLiteral("long"), SecretBytes::copyOf(base + 'a')), m_dek);
        QVERIFY(!f->unlockUser(QStringLiteral("long"), SecretBytes::copyOf(base + 'b')));
    }

    void changePasswordRewritesOneSlot()
    {
        auto f = KeySlotFile::load(m_path);
        QVERIFY(f.has_value());
        const QList<QByteArray> before = records(f->serialize());
        QVERIFY(f->changePassword(QStringLiteral("alice"), pw("alice new password"), m_dek));
        const QList<QByteArray> after = records(f->serialize());
        QCOMPARE(after.size(), before.size());
        // preamble, header, alice, bob, recovery: only alice (index 2) changed.
        QCOMPARE(after.size(), 5);
        for (int i = 0; i < after.size(); ++i) {
            if (i == 2)
                QVERIFY(after[i] != before[i]);
            else
                QVERIFY2(after[i] == before[i], qPrintable(QStringLiteral("record %1").arg(i)));
        }
        QVERIFY(f->save(m_path));
        auto g = KeySlotFile::load(m_path);
        QVERIFY(g.has_value());
        QVERIFY(!g->unlockUser(QStringLiteral("alice"), pw("alice password 1")));
        EXPECT_KEY(g->unlockUser(QStringLiteral("alice"), pw("alice new password")), m_dek);
        EXPECT_KEY(g->unlockUser(QStringLiteral("bob"), pw("bob password 12345")), m_dek);
        // Wrong data key is refused, the slot stays.
        const SecretBytes other = SecretBytes::random(32);
        auto bad = g->changePassword(QStringLiteral("bob"), pw("whatever password"), other);
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::InvalidInput);
        auto none = g->changePassword(QStringLiteral("nobody"), pw("whatever password"), m_dek);
        QVERIFY(!none);
        QCOMPARE(none.error().code, ErrorCode::NotFound);
    }

    void addUserChecks()
    {
        auto f = KeySlotFile::load(m_path);
        QVERIFY(f.has_value());
        QCOMPARE(f->addUser(QStringLiteral("alice"), pw("x password long"), m_dek).error().code,
                 ErrorCode::InvalidInput);
        QCOMPARE(f->addUser(QString(), pw("x password long"), m_dek).error().code,
                 ErrorCode::InvalidInput);
        QCOMPARE(f->addUser(QStringLiteral(" pad"), pw("x password long"), m_dek).error().code,
                 ErrorCode::InvalidInput);
        const SecretBytes other = SecretBytes::random(32);
        QCOMPARE(f->addUser(QStringLiteral("carol"), pw("x password long"), other).error().code,
                 ErrorCode::InvalidInput);
        QVERIFY(f->addUser(QString::fromUtf8("J\xc3\xbcrgen"), pw("x password long"), m_dek));
        QVERIFY(f->save(m_path));
        auto g = KeySlotFile::load(m_path);
        QVERIFY(g.has_value());
        EXPECT_KEY(g->unlockUser(QString::fromUtf8("J\xc3\xbcrgen"), pw("x password long")), m_dek);
        // The recovery slot stays last and still opens.
        EXPECT_KEY(g->unlockRecovery(m_recovery), m_dek);
    }

    void removeUser()
    {
        auto f = KeySlotFile::load(m_path);
        QVERIFY(f.has_value());
        QVERIFY(f->removeUser(QStringLiteral("alice")));
        QCOMPARE(f->removeUser(QStringLiteral("alice")).error().code, ErrorCode::NotFound);
        QVERIFY(f->save(m_path));
        auto g = KeySlotFile::load(m_path);
        QVERIFY(g.has_value());
        QCOMPARE(g->users(), QStringList{QStringLiteral("bob")});
        auto r = g->unlockUser(QStringLiteral("alice"), pw("alice password 1"));
        QVERIFY(!r);
        QCOMPARE(r.error().message(), QStringLiteral("wrong user name or password"));
        EXPECT_KEY(g->unlockUser(QStringLiteral("bob"), pw("bob password 12345")), m_dek);
    }

    void recovery()
    {
        auto f = KeySlotFile::load(m_path);
        QVERIFY(f.has_value());
        EXPECT_KEY(f->unlockRecovery(m_recovery), m_dek);
        const SecretBytes wrong = SecretBytes::random(32);
        const QByteArray before = readAll(m_path);
        auto r = f->unlockRecovery(wrong);
        QCOMPARE(readAll(m_path), before); // a failed unlock writes nothing
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Authentication);
        QCOMPARE(r.error().message(), QStringLiteral("wrong recovery key"));

        // Replacing the recovery key: the old one stops working.
        auto next = parseRecoveryKey(generateRecoveryKey());
        QVERIFY(next.has_value());
        QVERIFY(f->setRecovery(*next, m_dek));
        QVERIFY(!f->unlockRecovery(m_recovery));
        EXPECT_KEY(f->unlockRecovery(*next), m_dek);

        auto noRecovery = KeySlotFile::createNew(m_dek);
        QCOMPARE(noRecovery->unlockRecovery(m_recovery).error().code, ErrorCode::NotFound);
    }

    void recoveryKeyText()
    {
        const QString text = generateRecoveryKey();
        // 14 groups of 4 Crockford base32 characters.
        QCOMPARE(text.size(), 14 * 4 + 13);
        QCOMPARE(text.split(QLatin1Char('-')).size(), 14);
        auto key = parseRecoveryKey(text);
        QVERIFY(key.has_value());
        QCOMPARE(key->size(), std::size_t{32});
        // Lower case, spaces instead of dashes and look-alike letters are accepted.
        QString relaxed = text.toLower();
        relaxed.replace(QLatin1Char('-'), QLatin1Char(' '));
        relaxed.replace(QLatin1Char('0'), QLatin1Char('o'));
        relaxed.replace(QLatin1Char('1'), QLatin1Char('l'));
        auto again = parseRecoveryKey(relaxed);
        QVERIFY(again.has_value());
        QVERIFY(again->constantTimeEquals(*key));
        // A typo (one character changed) is caught by the checksum.
        QString typo = text;
        typo[0] = typo[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        auto bad = parseRecoveryKey(typo);
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::InvalidInput);
        QVERIFY(bad.error().detail.contains(QStringLiteral("checksum")));
        QVERIFY(!parseRecoveryKey(text.left(text.size() - 1)));
        QVERIFY(!parseRecoveryKey(text + QStringLiteral("A")));
        QVERIFY(!parseRecoveryKey(QStringLiteral("UUUU")));
    }

    void rotationCommit()
    {
        auto f = KeySlotFile::load(m_path);
        QVERIFY(f.has_value());
        // A copy of the file taken by alice before she is removed.
        const QByteArray stolen = readAll(m_path);
        const SecretBytes newKey = SecretBytes::random(32);
        QVERIFY(f->removeUser(QStringLiteral("alice")));
        QVERIFY(f->beginRotation(m_dek, newKey));
        QVERIFY(f->rotationPending());
        QCOMPARE(f->beginRotation(m_dek, newKey).error().code, ErrorCode::Unsupported);
        QCOMPARE(f->addUser(QStringLiteral("carol"), pw("carol password xx"), m_dek).error().code,
                 ErrorCode::Unsupported);
        QVERIFY(f->save(m_path));

        // "Crash" here: a fresh load sees both keys for every remaining slot.
        auto g = KeySlotFile::load(m_path);
        QVERIFY(g.has_value());
        QVERIFY(g->rotationPending());
        auto bob = g->unlockUser(QStringLiteral("bob"), pw("bob password 12345"));
        EXPECT_KEY(bob, m_dek);
        QVERIFY(bob->pending.has_value());
        QVERIFY(bob->pending->constantTimeEquals(newKey));
        auto rec = g->unlockRecovery(m_recovery);
        EXPECT_KEY(rec, m_dek);
        QVERIFY(rec->pending && rec->pending->constantTimeEquals(newKey));
        QVERIFY(!g->unlockUser(QStringLiteral("alice"), pw("alice password 1")));

        QVERIFY(g->commitRotation());
        QVERIFY(!g->rotationPending());
        QVERIFY(g->save(m_path));
        auto h = KeySlotFile::load(m_path);
        QVERIFY(h.has_value());
        auto after = h->unlockUser(QStringLiteral("bob"), pw("bob password 12345"));
        EXPECT_KEY(after, newKey);
        QVERIFY(!after->pending.has_value());
        EXPECT_KEY(h->unlockRecovery(m_recovery), newKey);
        QVERIFY(h->matchesDigest(newKey));
        QVERIFY(!h->matchesDigest(m_dek));
        QCOMPARE(h->commitRotation().error().code, ErrorCode::NotFound);

        // Revocation is the rotation: alice's old slot still opens, but only the old key.
        auto old = KeySlotFile::parse(stolen);
        QVERIFY(old.has_value());
        auto aliceOld = old->unlockUser(QStringLiteral("alice"), pw("alice password 1"));
        QVERIFY(aliceOld.has_value());
        QVERIFY(!h->matchesDigest(aliceOld->current));
        QVERIFY(!aliceOld->current.constantTimeEquals(newKey));
    }

    void rotationAbort()
    {
        auto f = KeySlotFile::load(m_path);
        QVERIFY(f.has_value());
        const QByteArray before = f->serialize();
        const SecretBytes newKey = SecretBytes::random(32);
        const SecretBytes wrongCurrent = SecretBytes::random(32);
        QCOMPARE(f->beginRotation(wrongCurrent, newKey).error().code, ErrorCode::InvalidInput);
        QVERIFY(f->beginRotation(m_dek, newKey));
        QVERIFY(f->abortRotation());
        QVERIFY(!f->rotationPending());
        QCOMPARE(f->serialize(), before);
        EXPECT_KEY(f->unlockUser(QStringLiteral("alice"), pw("alice password 1")), m_dek);
        QCOMPARE(f->abortRotation().error().code, ErrorCode::NotFound);
    }

    void swappedPublicKeyDetectedBeforeRotation()
    {
        // An attacker who can write the file swaps bob's public key for one they control (and
        // fixes the checksum). beginRotation must refuse to wrap the new key to it.
        auto f = KeySlotFile::load(m_path);
        QVERIFY(f.has_value());
        QByteArray bytes = f->serialize();
        QList<QByteArray> recs = records(bytes);
        QCOMPARE(recs.size(), 5);
        QByteArray bob = recs[3];
        // payload: string name (4 + 3 bytes) then bytes public key (4 + 32).
        const qsizetype pubAt = 5 + 4 + 3 + 4;
        auto attacker = x25519Generate();
        bob.replace(pubAt, 32, attacker->publicKey);
        bob.replace(bob.size() - 32, 32, sha256(QByteArrayView(bob).first(bob.size() - 32)));
        recs[3] = bob;
        auto g = KeySlotFile::parse(recs.join());
        QVERIFY(g.has_value()); // structurally fine
        auto r = g->beginRotation(m_dek, SecretBytes::random(32));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Damaged);
        QCOMPARE(r.error().value, QStringLiteral("bob"));
    }

    void damagedFlipNamesRecord_data()
    {
        QTest::addColumn<int>("record");
        QTest::addColumn<int>("offsetInRecord");
        QTest::newRow("preamble magic") << 0 << 2;
        QTest::newRow("header digest") << 1 << 30;
        QTest::newRow("alice slot name") << 2 << 10;
        QTest::newRow("bob sealed key") << 3 << 120;
        QTest::newRow("recovery checksum") << 4 << -1; // last byte
    }
    void damagedFlipNamesRecord()
    {
        QFETCH(int, record);
        QFETCH(int, offsetInRecord);
        const QByteArray good = readAll(m_path);
        const QList<QByteArray> recs = records(good);
        QCOMPARE(recs.size(), 5);
        qsizetype at = 0;
        for (int i = 0; i < record; ++i)
            at += recs[i].size();
        at += offsetInRecord >= 0 ? offsetInRecord : recs[record].size() - 1;
        QByteArray bad = good;
        bad[at] = static_cast<char>(bad[at] ^ 0x04);
        writeAll(m_path, bad);
        auto f = KeySlotFile::load(m_path);
        QVERIFY(!f.has_value());
        QCOMPARE(f.error().code, ErrorCode::Damaged);
        QCOMPARE(f.error().detail, QStringLiteral("key-slot file damaged (record %1)").arg(record));
        QCOMPARE(readAll(m_path), bad); // nothing written
    }

    void truncated_data()
    {
        QTest::addColumn<int>("keep");
        QTest::addColumn<int>("record");
        QTest::newRow("empty file") << 0 << 0;
        QTest::newRow("inside preamble") << 7 << 0;
        QTest::newRow("inside header") << 20 << 1;
        QTest::newRow("at record boundary (recovery slot lost)") << -1 << 4;
        QTest::newRow("one byte short") << -2 << 4;
    }
    void truncated()
    {
        QFETCH(int, keep);
        QFETCH(int, record);
        const QByteArray good = readAll(m_path);
        const QList<QByteArray> recs = records(good);
        qsizetype size = keep;
        if (keep == -1)
            size = good.size() - recs.last().size();
        else if (keep == -2)
            size = good.size() - 1;
        writeAll(m_path, good.left(size));
        auto f = KeySlotFile::load(m_path);
        QVERIFY(!f.has_value());
        QCOMPARE(f.error().code, ErrorCode::Damaged);
        QCOMPARE(f.error().detail, QStringLiteral("key-slot file damaged (record %1)").arg(record));
    }

    void trailingGarbage()
    {
        writeAll(m_path, readAll(m_path) + QByteArray(40, 'z'));
        auto f = KeySlotFile::load(m_path);
        QVERIFY(!f.has_value());
        QCOMPARE(f.error().detail, QStringLiteral("key-slot file damaged (record 5)"));
    }

    void missing()
    {
        QFile::remove(m_path);
        auto f = KeySlotFile::load(m_path);
        QVERIFY(!f.has_value());
        QCOMPARE(f.error().code, ErrorCode::NotFound);
        QCOMPARE(f.error().detail, QStringLiteral("key-slot file missing"));
    }

    void overLimitParamsRefused_data()
    {
        QTest::addColumn<uint>("m");
        QTest::addColumn<uint>("t");
        QTest::newRow("m = 1 GiB + 1 KiB") << 1024u * 1024u + 1u << 1u;
        QTest::newRow("t = 11") << 64u << 11u;
    }
    void overLimitParamsRefused()
    {
        QFETCH(uint, m);
        QFETCH(uint, t);
        QList<QByteArray> recs = records(readAll(m_path));
        QCOMPARE(recs.size(), 5);
        QByteArray bob = recs[3];
        // After name (4 + 3) and public key (4 + 32): u32 m, u32 t.
        const qsizetype mAt = 5 + 4 + 3 + 4 + 32;
        qToBigEndian<quint32>(m, bob.data() + mAt);
        qToBigEndian<quint32>(t, bob.data() + mAt + 4);
        bob.replace(bob.size() - 32, 32, sha256(QByteArrayView(bob).first(bob.size() - 32)));
        recs[3] = bob;
        auto f = KeySlotFile::parse(recs.join());
        QVERIFY(f.has_value());
        QElapsedTimer timer;
        timer.start();
        auto r = f->unlockUser(QStringLiteral("bob"), pw("bob password 12345"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Damaged);
        QCOMPARE(r.error().value, QStringLiteral("bob"));
        QVERIFY(r.error().detail.contains(QStringLiteral("key slot 'bob'")));
        QVERIFY(timer.elapsed() < 1000); // refused before deriving
        // Other slots are unaffected.
        EXPECT_KEY(f->unlockUser(QStringLiteral("alice"), pw("alice password 1")), m_dek);
    }

    void unsupportedFormatVersion()
    {
        QByteArray bytes = readAll(m_path);
        QList<QByteArray> recs = records(bytes);
        // Version 2 adds the vault-state record (issue #8); 3 does not exist yet.
        qToBigEndian<quint32>(3, recs[0].data() + 8);
        QByteArray header = recs[1];
        qToBigEndian<quint32>(3, header.data() + 5);
        header.replace(
            header.size() - 32, 32, sha256(QByteArrayView(header).first(header.size() - 32)));
        recs[1] = header;
        auto f = KeySlotFile::parse(recs.join());
        QVERIFY(!f.has_value());
        QCOMPARE(f.error().code, ErrorCode::Unsupported);
    }

    // Issue #8 D1: the vault-state record round-trips, is authenticated under the data key,
    // switches the file to format version 2, and survives a rotation when set again.
    void vaultStateRecord()
    {
        auto f = KeySlotFile::load(m_path);
        QVERIFY(f.has_value());
        QVERIFY(!f->hasVaultState());
        QCOMPARE(f->vaultState(m_dek)->has_value(), false);
        QCOMPARE(qFromBigEndian<quint32>(readAll(m_path).constData() + 8), 1u);
        const VaultStateRecord record{QByteArray(16, '\x11'),
                                      3,
                                      {7, 42, QByteArray(32, '\x22')},
                                      VaultState{8, 45, QByteArray(32, '\x33')}};
        QVERIFY(!f->setVaultState(record, SecretBytes::random(32))); // not the data key
        QVERIFY(f->setVaultState(record, m_dek));
        QVERIFY(f->save(m_path));
        QCOMPARE(qFromBigEndian<quint32>(readAll(m_path).constData() + 8), 2u);
        auto g = KeySlotFile::load(m_path);
        QVERIFY(g.has_value());
        QCOMPARE(**g->vaultState(m_dek), record);
        // Only the data key verifies it.
        const auto wrong = g->vaultState(SecretBytes::random(32));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().reason, precis::ErrorReason::KeyFileDamaged);
        // An edit with a correct record checksum (someone without the key) fails the MAC.
        QList<QByteArray> recs = records(readAll(m_path));
        QByteArray &state = recs.last();
        QCOMPARE(static_cast<quint8>(state[0]), quint8(6));
        state[5 + 4 + 16 + 3] = static_cast<char>(state[5 + 4 + 16 + 3] ^ 0x01); // epoch
        state.replace(
            state.size() - 32, 32, sha256(QByteArrayView(state).first(state.size() - 32)));
        auto edited = KeySlotFile::parse(recs.join());
        QVERIFY(edited.has_value());
        QVERIFY(!edited->vaultState(m_dek));
        // Rotation: set again under the new key, it stays last but for the pending record.
        const SecretBytes newKey = SecretBytes::random(32);
        QVERIFY(g->beginRotation(m_dek, newKey));
        QVERIFY(g->save(m_path));
        QCOMPARE(static_cast<quint8>(records(readAll(m_path)).last()[0]), quint8(4));
        auto reloaded = KeySlotFile::load(m_path);
        QVERIFY(reloaded.has_value());
        QVERIFY(reloaded->rotationPending());
        QVERIFY(reloaded->vaultState(m_dek)); // still under the committed key
        QVERIFY(g->commitRotation());
        QVERIFY(!g->vaultState(newKey));
        QVERIFY(g->setVaultState(record, newKey));
        QCOMPARE(**g->vaultState(newKey), record);
    }

    void demoHintAbsentIsFalse()
    {
        // Files written before the labels record existed (and every non-demo file) have none.
        auto f = KeySlotFile::load(m_path);
        QVERIFY(f.has_value());
        QVERIFY(!f->demoHint());
        const QList<QByteArray> recs = records(readAll(m_path));
        QCOMPARE(recs.size(), 5);
        for (const QByteArray &rec : recs.mid(1))
            QVERIFY(static_cast<quint8>(rec[0]) != 5);
        // Clearing an absent hint changes nothing.
        f->setDemoHint(false);
        QCOMPARE(f->serialize(), readAll(m_path));
    }

    void demoHintRoundTrip()
    {
        const QByteArray plain = readAll(m_path);
        auto f = KeySlotFile::load(m_path);
        QVERIFY(f.has_value());
        f->setDemoHint(true);
        QVERIFY(f->demoHint());
        QVERIFY(f->save(m_path));
        const QByteArray labelled = readAll(m_path);
        const QList<QByteArray> recs = records(labelled);
        QCOMPARE(recs.size(), 6);
        QCOMPARE(recs[2], makeRecord(5, u32be(1))); // directly after the header, flags = 1

        auto g = KeySlotFile::load(m_path);
        QVERIFY(g.has_value());
        QVERIFY(g->demoHint());
        QCOMPARE(g->serialize(), labelled);
        // The hint is not part of anything secret: every slot still opens with the same key.
        EXPECT_KEY(g->unlockUser(QStringLiteral("alice"), pw("alice password 1")), m_dek);
        EXPECT_KEY(g->unlockRecovery(m_recovery), m_dek);

        // Clearing it drops the record: the file is byte-identical to the unlabelled one.
        g->setDemoHint(false);
        QVERIFY(!g->demoHint());
        QCOMPARE(g->serialize(), plain);
    }

    void demoHintUnknownFlagsKept()
    {
        QList<QByteArray> recs = records(readAll(m_path));
        recs.insert(2, makeRecord(5, u32be(0x80000001u)));
        recs[1] = withRecordCount(recs[1], 5);
        const QByteArray bytes = recs.join();
        auto f = KeySlotFile::parse(bytes);
        QVERIFY2(f.has_value(), qPrintable(f ? QString() : f.error().message()));
        QVERIFY(f->demoHint());
        QCOMPARE(f->serialize(), bytes);
        f->setDemoHint(false);
        QVERIFY(!f->demoHint());
        QCOMPARE(records(f->serialize())[2], makeRecord(5, u32be(0x80000000u)));
    }

    void demoHintDamagedDetected_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("record");
        QTest::newRow("flag bit flipped") << QStringLiteral("flip") << 2;
        QTest::newRow("payload too short") << QStringLiteral("short") << 2;
        QTest::newRow("payload too long") << QStringLiteral("long") << 2;
        QTest::newRow("twice") << QStringLiteral("twice") << 3;
        QTest::newRow("after a slot") << QStringLiteral("late") << 3;
        QTest::newRow("record count not raised") << QStringLiteral("count") << 5;
    }
    void demoHintDamagedDetected()
    {
        QFETCH(QString, kind);
        QFETCH(int, record);
        auto f = KeySlotFile::load(m_path);
        QVERIFY(f.has_value());
        f->setDemoHint(true);
        QList<QByteArray> recs = records(f->serialize());
        QCOMPARE(recs.size(), 6);
        const QByteArray label = recs[2];
        if (kind == QLatin1String("flip")) {
            recs[2][8] = static_cast<char>(recs[2][8] ^ 0x01); // flags LSB, checksum now wrong
        } else if (kind == QLatin1String("short")) {
            recs[2] = makeRecord(5, QByteArray(3, '\0'));
        } else if (kind == QLatin1String("long")) {
            recs[2] = makeRecord(5, u32be(1) + QByteArray(1, '\0'));
        } else if (kind == QLatin1String("twice")) {
            recs.insert(3, label);
            recs[1] = withRecordCount(recs[1], 6);
        } else if (kind == QLatin1String("late")) {
            recs.move(2, 3); // after alice's slot
        } else if (kind == QLatin1String("count")) {
            recs[1] = withRecordCount(recs[1], 4); // as if the labels record were not counted
        }
        const QByteArray bad = recs.join();
        writeAll(m_path, bad);
        auto g = KeySlotFile::load(m_path);
        QVERIFY(!g.has_value());
        QCOMPARE(g.error().code, ErrorCode::Damaged);
        QCOMPARE(g.error().detail, QStringLiteral("key-slot file damaged (record %1)").arg(record));
        QCOMPARE(readAll(m_path), bad); // nothing written
    }

    void demoHintSurvivesRewrites_data()
    {
        QTest::addColumn<bool>("commit");
        QTest::newRow("rotation committed") << true;
        QTest::newRow("rotation aborted") << false;
    }
    void demoHintSurvivesRewrites()
    {
        QFETCH(bool, commit);
        const auto reload = [this]() -> std::optional<KeySlotFile> {
            auto f = KeySlotFile::load(m_path);
            if (!f)
                return std::nullopt;
            return std::move(*f);
        };
        {
            auto f = reload();
            QVERIFY(f.has_value());
            f->setDemoHint(true);
            QVERIFY(f->save(m_path));
        }
        {
            auto f = reload();
            QVERIFY(f && f->demoHint());
            QVERIFY(f->addUser(QStringLiteral("carol"), pw("carol password xx"), m_dek));
            QVERIFY(f->save(m_path));
        }
        {
            auto f = reload();
            QVERIFY(f && f->demoHint());
            QVERIFY(f->changePassword(QStringLiteral("bob"), pw("bob new password 9"), m_dek));
            QVERIFY(f->setRecovery(m_recovery, m_dek));
            QVERIFY(f->save(m_path));
        }
        const SecretBytes newKey = SecretBytes::random(32);
        {
            auto f = reload();
            QVERIFY(f && f->demoHint());
            QVERIFY(f->removeUser(QStringLiteral("alice")));
            QVERIFY(f->beginRotation(m_dek, newKey));
            QVERIFY(f->save(m_path));
        }
        {
            // The pending record stays last, the labels record second.
            const QList<QByteArray> recs = records(readAll(m_path));
            QCOMPARE(static_cast<quint8>(recs[2][0]), quint8(5));
            QCOMPARE(static_cast<quint8>(recs.last()[0]), quint8(4));
            auto f = reload();
            QVERIFY(f && f->demoHint() && f->rotationPending());
            QVERIFY(commit ? f->commitRotation() : f->abortRotation());
            QVERIFY(f->save(m_path));
        }
        auto f = reload();
        QVERIFY(f.has_value());
        QVERIFY(f->demoHint());
        QVERIFY(!f->rotationPending());
        QCOMPARE(f->users(), (QStringList{QStringLiteral("bob"), QStringLiteral("carol")}));
        EXPECT_KEY(f->unlockUser(QStringLiteral("bob"), pw("bob new password 9")),
                   commit ? newKey : m_dek);
        EXPECT_KEY(f->unlockRecovery(m_recovery), commit ? newKey : m_dek);
    }
};

QTEST_GUILESS_MAIN(TestKeySlotFile)
#include "tst_keyslotfile.moc"
