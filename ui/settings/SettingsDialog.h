// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;

namespace precis::ui {

/// Desktop preferences (interface language). Vault policies such as the lock period live in
/// the vault, not here.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    void accept() override;

private:
    QComboBox *m_language = nullptr;
};

} // namespace precis::ui
