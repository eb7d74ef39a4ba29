// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/VaultAdmin.h"
#include "ui/session/Session.h"

namespace precis::ui {
namespace {

class VaultSession final : public Session
{
public:
    explicit VaultSession(std::unique_ptr<store::Vault> vault) : m_vault(std::move(vault)) {}
    ~VaultSession() override { lock(); }

    const store::UserInfo &user() const override { return m_vault->user(); }
    bool isDemo() const override { return m_vault->isDemo(); }
    QString path() const override { return m_vault->path(); }
    Result<std::vector<store::PatientSummary>> listPatients() override
    {
        return m_vault->listPatients();
    }
    Result<std::vector<store::UserInfo>> listUsers() override { return store::listUsers(*m_vault); }
    int idleTimeoutMinutes() const override { return m_vault->idleTimeoutMinutes(); }
    Result<void> setIdleTimeoutMinutes(int minutes) override
    {
        return m_vault->setIdleTimeoutMinutes(minutes);
    }
    void lock() override
    {
        if (!m_vault->isLocked())
            m_vault->lock();
    }

private:
    std::unique_ptr<store::Vault> m_vault;
};

} // namespace

Unlocker vaultUnlocker()
{
    return [](const QString &path,
              const QString &user,
              security::SecretBytes password) -> Result<std::unique_ptr<Session>> {
        auto vault = store::Vault::unlock(path, user, std::move(password));
        if (!vault)
            return tl::unexpected(vault.error());
        return std::unique_ptr<Session>(std::make_unique<VaultSession>(std::move(*vault)));
    };
}

} // namespace precis::ui
