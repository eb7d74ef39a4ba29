// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/AuditLog.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace precis::ui {

class AuditFilterProxyModel;
class AuditTableModel;
class Session;
class TaskRunner;

/// The audit trail for administrators: every row, filtered by user, action, patient id and
/// date; "Verify Chain" walks the hash chain and shows the result and the head (N:HASH) to be
/// written down elsewhere. Rows are read when the panel is first shown, on Reload and with each
/// verification; each read is itself audited.
class AuditPanel : public QWidget
{
    Q_OBJECT
public:
    AuditPanel(TaskRunner &runner, QWidget *parent = nullptr);

    void setSession(Session *session);
    /// Reads every row (audited) and keeps the filters.
    void reload();
    void verify();
    void resetFilters();

    [[nodiscard]] AuditTableModel *model() const { return m_model; }
    [[nodiscard]] AuditFilterProxyModel *proxy() const { return m_proxy; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilters();
    void fillFilterChoices();
    void setDateBounds();
    void updateCount();
    void showResult(const QString &text, bool error);
    /// Shows these rows, keeping the filters.
    void setEntries(std::vector<store::AuditEntry> entries);

    TaskRunner &m_runner;
    Session *m_session = nullptr;
    bool m_loaded = false;
    AuditTableModel *m_model = nullptr;
    AuditFilterProxyModel *m_proxy = nullptr;
    QComboBox *m_user = nullptr;
    QComboBox *m_action = nullptr;
    QLineEdit *m_patient = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_anchor = nullptr;
    QLabel *m_anchorCaption = nullptr;
    QPushButton *m_copyAnchor = nullptr;
};

} // namespace precis::ui
