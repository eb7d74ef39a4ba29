// SPDX-License-Identifier: GPL-3.0-or-later
// An in-memory Session and Unlocker for GUI tests: every ErrorCode and role combination
// without a key derivation. Synthetic data only.
#pragma once

#include "ui/session/Session.h"

#include <memory>

namespace precis::test {

struct FakeVault
{
    QString path = QStringLiteral("/nonexistent/fake.precis");
    QString userName = QStringLiteral("demo-physician");
    QString password = QStringLiteral("correct horse battery staple");
    QList<store::Role> roles{store::Role::Physician};
    bool demo = true;
    int idleMinutes = 5;
    std::vector<store::PatientSummary> patients;
    /// When set, unlock fails with this error whatever is typed.
    std::optional<Error> failure;

    int unlocks = 0;
    int listCalls = 0;
    int locks = 0;
};

class FakeSession final : public ui::Session
{
public:
    explicit FakeSession(FakeVault &vault) : m_vault(vault), m_user{vault.userName, vault.roles} {}
    ~FakeSession() override { lock(); }

    const store::UserInfo &user() const override { return m_user; }
    bool isDemo() const override { return m_vault.demo; }
    QString path() const override { return m_vault.path; }
    Result<std::vector<store::PatientSummary>> listPatients() override
    {
        ++m_vault.listCalls;
        if (m_locked)
            return fail(ErrorCode::Permission, QStringLiteral("vault is locked"));
        if (!m_user.has(store::Role::Nurse) && !m_user.has(store::Role::Physician))
            return fail(ErrorCode::Permission, QStringLiteral("requires a clinical role"));
        return m_vault.patients;
    }
    Result<std::vector<store::UserInfo>> listUsers() override
    {
        if (!m_user.has(store::Role::Administrator))
            return fail(ErrorCode::Permission, QStringLiteral("administrator only"));
        return std::vector<store::UserInfo>{m_user,
                                            {QStringLiteral("demo-nurse"), {store::Role::Nurse}}};
    }
    int idleTimeoutMinutes() const override { return m_vault.idleMinutes; }
    Result<void> setIdleTimeoutMinutes(int minutes) override
    {
        if (minutes < 1 || minutes > 30)
            return fail(ErrorCode::InvalidInput, QStringLiteral("out of range"));
        m_vault.idleMinutes = minutes;
        return {};
    }
    void lock() override
    {
        if (!m_locked)
            ++m_vault.locks;
        m_locked = true;
    }

private:
    FakeVault &m_vault;
    store::UserInfo m_user;
    bool m_locked = false;
};

inline ui::Unlocker fakeUnlocker(FakeVault &vault)
{
    return [&vault](const QString &path,
                    const QString &user,
                    security::SecretBytes password) -> Result<std::unique_ptr<ui::Session>> {
        if (vault.failure)
            return tl::unexpected(*vault.failure);
        if (path != vault.path)
            return fail(ErrorCode::NotFound, QStringLiteral("vault file not found"));
        const QByteArray expected = vault.password.toUtf8();
        if (user != vault.userName || password.view() != QByteArrayView(expected))
            return fail(ErrorCode::Authentication, QStringLiteral("wrong user name or password"));
        ++vault.unlocks;
        return std::unique_ptr<ui::Session>(std::make_unique<FakeSession>(vault));
    };
}

} // namespace precis::test
