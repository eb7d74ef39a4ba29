// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/security/PasswordPolicy.h"

#include <QFile>

namespace precis::security {

namespace {

const QString kResourcePath = QStringLiteral(":/precis/security/blocklist.txt");

tl::unexpected<Error> rejected(const QString &why)
{
    return fail(ErrorCode::InvalidInput, why, QStringLiteral("password"));
}

} // namespace

QString PasswordPolicy::canonical(const QString &text)
{
    // NFKC first (NIST SP 800-63B-4 §3.1.1.2), then full case folding so "PRECIS" and "Précis"
    // spelled in any case compare like the list entry.
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded();
}

int PasswordPolicy::codePointCount(const QString &password)
{
    // Each code point is one character (NIST SP 800-63B-4 §3.1.1.2), counted after NFKC so that
    // "e" + combining acute counts as one, like the precomposed "é".
    return static_cast<int>(password.normalized(QString::NormalizationForm_KC).toUcs4().size());
}

Result<PasswordPolicy> PasswordPolicy::builtIn()
{
    // qt_add_resources() on precis_security links the resource as an object file into every
    // consumer, so it is registered before main() without Q_INIT_RESOURCE.
    auto policy = fromFile(kResourcePath);
    if (!policy)
        return fail(ErrorCode::Internal,
                    QStringLiteral("built-in password blocklist missing"),
                    QStringLiteral("file"),
                    kResourcePath);
    return policy;
}

Result<PasswordPolicy> PasswordPolicy::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.exists() ? ErrorCode::Io : ErrorCode::NotFound,
                    QStringLiteral("cannot read password blocklist"),
                    QStringLiteral("file"),
                    path);
    PasswordPolicy policy;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &raw : lines) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        policy.m_blocklist.insert(canonical(line));
    }
    if (policy.m_blocklist.isEmpty())
        return fail(ErrorCode::Damaged,
                    QStringLiteral("password blocklist is empty"),
                    QStringLiteral("file"),
                    path);
    return policy;
}

Result<void> PasswordPolicy::check(const QString &password,
                                   bool allowDemoPassword,
                                   const QString &userName) const
{
    const int length = codePointCount(password);
    if (length < kMinCodePoints)
        return rejected(kTooShort);
    if (length > kMaxCodePoints)
        return rejected(kTooLong);
    const QString key = canonical(password);
    if (key == canonical(kDemoPasswordText)) {
        if (allowDemoPassword)
            return {};
        return rejected(kDemoPassword);
    }
    if (m_blocklist.contains(key))
        return rejected(kBlocklisted);
    if (!userName.isEmpty() && key == canonical(userName))
        return rejected(kContainsUserName);
    return {};
}

} // namespace precis::security
