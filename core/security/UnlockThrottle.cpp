// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/security/UnlockThrottle.h"

#include "core/security/AtomicFile.h"
#include "core/security/FileLock.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <map>

// File format 2 (JSON, human-readable on purpose: an administrator may inspect it; it holds no
// patient data):
//   {"format": 2, "next": <next event id>, "dropped": <events dropped when full>,
//    "users": {"<name>": {"failures": n, "last": "<ISO 8601 UTC>"}},
//    "events": [{"id": i, "user": "...", "at": "<ISO 8601 UTC>", "kind": "failed"|"throttled",
//                "context": "restore"?}]}
// Format 1 ({"format": 1, "failures": [{"user", "at"}]}, before issue #8) is read and converted.

namespace precis::security {

namespace {

constexpr int kFormat = 2;
// Keep the file bounded when someone hammers the prompt with many names.
constexpr std::size_t kMaxEvents = 1000;
constexpr std::size_t kMaxUsers = 1000;

tl::unexpected<Error> throttleDamaged(const QString &path)
{
    return fail(ErrorReason::ThrottleFileDamaged,
                ErrorCode::Damaged,
                QStringLiteral("throttle file damaged"),
                QStringLiteral("file"),
                path);
}

struct UserState
{
    int failures = 0;
    QDateTime last;
};

struct State
{
    quint64 next = 1;
    quint64 dropped = 0;
    std::map<QString, UserState> users;
    std::vector<FailedUnlock> events;
};

QDateTime parseTime(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
}

Result<State> read(const QString &path, const QDateTime &now)
{
    State st;
    QFile file(path);
    if (!file.exists())
        return st;
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
                    QStringLiteral("cannot read throttle file"),
                    QStringLiteral("file"),
                    path);
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return throttleDamaged(path);
    const QJsonObject root = doc.object();
    const int format = root.value(QStringLiteral("format")).toInt();
    // A time after `now` (the clock was set back, or the file came from a machine ahead of
    // this one) counts as `now`: the wait then ends within the cap (issue #8 D11).
    const auto clamp = [&](const QDateTime &t) { return now.isValid() && t > now ? now : t; };
    if (format == 1) {
        for (const QJsonValue v : root.value(QStringLiteral("failures")).toArray()) {
            const QJsonObject o = v.toObject();
            const QDateTime at = parseTime(o.value(QStringLiteral("at")));
            if (!at.isValid() || !o.value(QStringLiteral("user")).isString())
                return throttleDamaged(path);
            FailedUnlock e{st.next++, o.value(QStringLiteral("user")).toString(), clamp(at)};
            UserState &u = st.users[e.user];
            ++u.failures;
            u.last = std::max(u.last, e.at);
            st.events.push_back(e);
        }
        return st;
    }
    if (format != kFormat)
        return throttleDamaged(path);
    bool ok = false;
    st.next = root.value(QStringLiteral("next")).toString().toULongLong(&ok);
    st.dropped = root.value(QStringLiteral("dropped")).toString(QStringLiteral("0")).toULongLong();
    if (!ok || st.next == 0)
        return throttleDamaged(path);
    const QJsonObject users = root.value(QStringLiteral("users")).toObject();
    for (auto it = users.begin(); it != users.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        UserState u{o.value(QStringLiteral("failures")).toInt(-1),
                    parseTime(o.value(QStringLiteral("last")))};
        if (u.failures < 0 || !u.last.isValid())
            return throttleDamaged(path);
        u.last = clamp(u.last);
        st.users[it.key()] = u;
    }
    for (const QJsonValue v : root.value(QStringLiteral("events")).toArray()) {
        const QJsonObject o = v.toObject();
        FailedUnlock e;
        e.id = o.value(QStringLiteral("id")).toString().toULongLong(&ok);
        e.user = o.value(QStringLiteral("user")).toString();
        e.at = clamp(parseTime(o.value(QStringLiteral("at"))));
        const QString kind = o.value(QStringLiteral("kind")).toString();
        e.context = o.value(QStringLiteral("context")).toString();
        if (!ok || !e.at.isValid() || !o.value(QStringLiteral("user")).isString()
            || (kind != QLatin1String("failed") && kind != QLatin1String("throttled")))
            return throttleDamaged(path);
        e.kind = kind == QLatin1String("failed") ? FailedUnlock::Kind::WrongCredentials
                                                 : FailedUnlock::Kind::Throttled;
        st.events.push_back(e);
    }
    return st;
}

Result<void> write(const QString &path, const State &st)
{
    QJsonObject users;
    for (const auto &[name, u] : st.users)
        users.insert(name,
                     QJsonObject{{QStringLiteral("failures"), u.failures},
                                 {QStringLiteral("last"), u.last.toString(Qt::ISODateWithMs)}});
    QJsonArray events;
    for (const FailedUnlock &e : st.events) {
        QJsonObject o{{QStringLiteral("id"), QString::number(e.id)},
                      {QStringLiteral("user"), e.user},
                      {QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
                      {QStringLiteral("kind"),
                       e.kind == FailedUnlock::Kind::WrongCredentials
                           ? QStringLiteral("failed")
                           : QStringLiteral("throttled")}};
        if (!e.context.isEmpty())
            o.insert(QStringLiteral("context"), e.context);
        events.append(o);
    }
    const QJsonObject root{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("next"), QString::number(st.next)},
                           {QStringLiteral("dropped"), QString::number(st.dropped)},
                           {QStringLiteral("users"), users},
                           {QStringLiteral("events"), events}};
    return writeFileAtomically(path, QJsonDocument(root).toJson(QJsonDocument::Compact));
}

/// Runs `change` on the file's state under the folder lock and writes the result back.
template <typename Fn>
auto modify(const QString &path, const QDateTime &now, Fn &&change)
    -> decltype(change(std::declval<State &>()))
{
    auto lock = DirectoryLock::acquire(QFileInfo(path).absolutePath());
    if (!lock)
        return tl::unexpected(lock.error());
    auto st = read(path, now);
    if (!st)
        return tl::unexpected(st.error());
    auto result = change(*st);
    if (auto w = write(path, *st); !w)
        return tl::unexpected(w.error());
    return result;
}

void addEvent(State &st, FailedUnlock e)
{
    e.id = st.next++;
    st.events.push_back(std::move(e));
    if (st.events.size() > kMaxEvents) {
        st.events.erase(st.events.begin());
        ++st.dropped;
    }
}

std::chrono::seconds remaining(const State &st, const QString &user, const QDateTime &now)
{
    const auto it = st.users.find(user);
    if (it == st.users.end() || it->second.failures < UnlockThrottle::kFreeAttempts)
        return std::chrono::seconds{0};
    const auto delay = UnlockThrottle::delayAfter(it->second.failures);
    const qint64 ms = now.msecsTo(it->second.last.addSecs(delay.count()));
    if (ms <= 0)
        return std::chrono::seconds{0};
    return std::min(std::chrono::seconds{(ms + 999) / 1000}, UnlockThrottle::kMaxDelay);
}

void removeEvent(State &st, quint64 id)
{
    st.events.erase(std::remove_if(st.events.begin(),
                                   st.events.end(),
                                   [&](const FailedUnlock &e) { return e.id == id; }),
                    st.events.end());
}

} // namespace

QString UnlockThrottle::pathFor(const QString &vaultPath)
{
    return vaultPath + QStringLiteral(".auth");
}

std::chrono::seconds UnlockThrottle::delayAfter(int failures)
{
    if (failures < kFreeAttempts)
        return std::chrono::seconds{0};
    // 2^(n-5) s: 1, 2, 4, ... 256, then the 5-minute cap.
    const int exponent = failures - kFreeAttempts;
    if (exponent >= 9)
        return kMaxDelay;
    return std::min(std::chrono::seconds{1LL << exponent}, kMaxDelay);
}

Result<quint64> UnlockThrottle::beginAttempt(const QString &path,
                                             const QString &user,
                                             const QDateTime &now,
                                             const QString &context)
{
    return modify(path, now, [&](State &st) -> Result<quint64> {
        const QDateTime at = now.toUTC();
        if (const auto wait = remaining(st, user, at); wait.count() > 0) {
            // Recorded for the audit chain, but the wait is not lengthened.
            addEvent(st, FailedUnlock{0, user, at, FailedUnlock::Kind::Throttled, context});
            Error e{
                ErrorCode::Authentication,
                QStringLiteral("throttle"),
                QString::number(wait.count()),
                QStringLiteral("too many failed attempts; try again in %1 s").arg(wait.count())};
            e.reason = ErrorReason::Throttled;
            e.retryAfterSeconds = wait.count();
            return tl::unexpected(e);
        }
        UserState &u = st.users[user];
        ++u.failures;
        u.last = at;
        if (st.users.size() > kMaxUsers) {
            // Forget the name whose last failure is oldest (never the one just counted).
            auto oldest = st.users.end();
            for (auto it = st.users.begin(); it != st.users.end(); ++it)
                if (it->first != user
                    && (oldest == st.users.end() || it->second.last < oldest->second.last))
                    oldest = it;
            if (oldest != st.users.end())
                st.users.erase(oldest);
        }
        addEvent(st, FailedUnlock{0, user, at, FailedUnlock::Kind::WrongCredentials, context});
        return st.next - 1;
    });
}

Result<void>
UnlockThrottle::attemptSucceeded(const QString &path, const QString &user, quint64 attempt)
{
    return modify(path, QDateTime::currentDateTimeUtc(), [&](State &st) -> Result<void> {
        st.users.erase(user);
        removeEvent(st, attempt);
        return {};
    });
}

Result<void>
UnlockThrottle::attemptAbandoned(const QString &path, const QString &user, quint64 attempt)
{
    return modify(path, QDateTime::currentDateTimeUtc(), [&](State &st) -> Result<void> {
        if (auto it = st.users.find(user); it != st.users.end() && it->second.failures > 0)
            if (--it->second.failures == 0)
                st.users.erase(it);
        removeEvent(st, attempt);
        return {};
    });
}

Result<std::vector<FailedUnlock>> UnlockThrottle::pendingEvents(const QString &path)
{
    auto lock = DirectoryLock::acquire(QFileInfo(path).absolutePath());
    if (!lock)
        return tl::unexpected(lock.error());
    auto st = read(path, QDateTime::currentDateTimeUtc());
    if (!st)
        return tl::unexpected(st.error());
    return st->events;
}

Result<void> UnlockThrottle::forgetEvents(const QString &path, const std::vector<quint64> &ids)
{
    if (ids.empty())
        return {};
    return modify(path, QDateTime::currentDateTimeUtc(), [&](State &st) -> Result<void> {
        for (quint64 id : ids)
            removeEvent(st, id);
        return {};
    });
}

Result<std::chrono::seconds>
UnlockThrottle::remainingDelay(const QString &path, const QString &user, const QDateTime &now)
{
    auto st = read(path, now.toUTC());
    if (!st)
        return tl::unexpected(st.error());
    return remaining(*st, user, now.toUTC());
}

} // namespace precis::security
