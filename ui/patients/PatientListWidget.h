// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/Vault.h"

#include <QWidget>

#include <vector>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;

namespace precis::ui {

class PatientFilterProxyModel;
class PatientTableModel;

/// The patient list: a search field that filters as you type and a sortable table.
/// Enter or a double click on a row emits patientActivated().
class PatientListWidget : public QWidget
{
    Q_OBJECT
public:
    explicit PatientListWidget(QWidget *parent = nullptr);

    void setPatients(std::vector<store::PatientSummary> patients);
    /// Shows why the list could not be loaded instead of the table.
    void showLoadError(const QString &message);
    /// Empties the model and the search field: nothing of any patient remains on screen.
    void clear();
    void focusSearch();

    [[nodiscard]] PatientTableModel *model() const { return m_model; }
    [[nodiscard]] PatientFilterProxyModel *proxy() const { return m_proxy; }
    [[nodiscard]] QTableView *view() const { return m_view; }

Q_SIGNALS:
    void patientActivated(qint64 id);

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateCount();
    void sizeColumns();
    void distributeColumns();

    PatientTableModel *m_model = nullptr;
    PatientFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_empty = nullptr;
    QTableView *m_view = nullptr;
    QStackedWidget *m_stack = nullptr;
    std::vector<int> m_preferredWidths;
};

} // namespace precis::ui
