// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/security/UnlockThrottle.h"

#include "core/security/AtomicFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

// File format: JSON {"format": 1, "failures": [{"user": "...", "at": "<ISO 8601 UTC>"}, ...]}.
// Human-readable on purpose: an administrator may inspect it; it holds no patient data.

namespace precis::security {

namespace {
constexpr int kFormat = 1;
// Keep the file bounded when someone hammers the prompt; the audit chain gets the newest ones
// and a count of the dropped ones is implied by the gap.
constexpr std::size_t kMaxEvents = 1000;

tl::unexpected<Error> throttleDamaged(const QString &path)
{
    return fail(
        ErrorCode::Damaged, QStringLiteral("throttle file damaged"), QStringLiteral("file"), path);
}
} // namespace

QString UnlockThrottle::pathFor(const QString &vaultPath)
{
    return vaultPath + QStringLiteral(".auth");
}

Result<UnlockThrottle> UnlockThrottle::load(const QString &path)
{
    UnlockThrottle throttle(path);
    QFile file(path);
    if (!file.exists())
        return throttle;
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
                    QStringLiteral("cannot read throttle file"),
                    QStringLiteral("file"),
                    path);
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()
        || doc.object().value(QStringLiteral("format")).toInt() != kFormat)
        return throttleDamaged(path);
    for (const QJsonValue v : doc.object().value(QStringLiteral("failures")).toArray()) {
        const QJsonObject o = v.toObject();
        const QDateTime at
            = QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
        if (!at.isValid() || !o.value(QStringLiteral("user")).isString())
            return throttleDamaged(path);
        throttle.m_events.push_back({o.value(QStringLiteral("user")).toString(), at.toUTC()});
    }
    return throttle;
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

std::chrono::seconds UnlockThrottle::remainingDelay(const QDateTime &now) const
{
    if (m_events.empty())
        return std::chrono::seconds{0};
    const auto delay = delayAfter(static_cast<int>(m_events.size()));
    const QDateTime allowedAt = m_events.back().at.addSecs(delay.count());
    const qint64 ms = now.msecsTo(allowedAt);
    if (ms <= 0)
        return std::chrono::seconds{0};
    // A clock set backwards must not lock a user out for longer than the cap.
    return std::min(std::chrono::seconds{(ms + 999) / 1000}, kMaxDelay);
}

Result<void> UnlockThrottle::check(const QDateTime &now) const
{
    const auto wait = remainingDelay(now);
    if (wait.count() > 0)
        return fail(ErrorCode::Authentication,
                    QStringLiteral("too many failed attempts; try again in %1 s").arg(wait.count()),
                    QStringLiteral("throttle"),
                    QString::number(wait.count()));
    return {};
}

Result<void> UnlockThrottle::recordFailure(const QString &user, const QDateTime &now)
{
    m_events.push_back({user, now.toUTC()});
    if (m_events.size() > kMaxEvents) {
        m_events.erase(m_events.begin());
        m_taken = std::max(0, m_taken - 1);
    }
    return save();
}

std::vector<FailedUnlock> UnlockThrottle::takePendingEvents()
{
    std::vector<FailedUnlock> out(m_events.begin() + m_taken, m_events.end());
    m_taken = static_cast<int>(m_events.size());
    return out;
}

Result<void> UnlockThrottle::clear()
{
    m_events.clear();
    m_taken = 0;
    if (!QFile::exists(m_path))
        return {};
    return save();
}

Result<void> UnlockThrottle::save() const
{
    QJsonArray failures;
    for (const FailedUnlock &e : m_events) {
        failures.append(QJsonObject{{QStringLiteral("user"), e.user},
                                    {QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)}});
    }
    const QJsonObject root{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("failures"), failures}};
    return writeFileAtomically(m_path, QJsonDocument(root).toJson(QJsonDocument::Compact));
}

} // namespace precis::security
