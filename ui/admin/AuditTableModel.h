// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/AuditLog.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <optional>
#include <vector>

namespace precis::ui {

/// Audit rows for the administrator's audit view: row number, local time, user, action,
/// patient id and the detail as recorded. Filter values are under FilterRole.
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeqColumn, TimeColumn, UserColumn, ActionColumn, PatientColumn, DetailColumn };
    /// The raw value a filter compares: user name, action token, patient id (qint64, invalid
    /// when none), the local date of the row (QDate).
    static constexpr int FilterRole = Qt::UserRole + 1;

    explicit AuditTableModel(QObject *parent = nullptr);

    void setEntries(std::vector<store::AuditEntry> entries);
    void clear();
    [[nodiscard]] const std::vector<store::AuditEntry> &entries() const { return m_entries; }
    /// The row's time in local time (invalid if the stored text is not ISO 8601).
    [[nodiscard]] static QDateTime localTime(const store::AuditEntry &entry);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant
    headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<store::AuditEntry> m_entries;
    std::vector<QDateTime> m_local;
};

/// Keeps the rows that match every filter set: user, action, patient id and a date range
/// (inclusive, local dates).
class AuditFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AuditFilterProxyModel(QObject *parent = nullptr);

    /// Empty: any user / any action.
    void setUser(const QString &user);
    void setAction(const QString &action);
    /// nullopt: any row, with or without a patient.
    void setPatient(std::optional<qint64> patientId);
    /// Invalid dates leave that end open.
    void setDateRange(const QDate &from, const QDate &to);

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow,
                                        const QModelIndex &sourceParent) const override;

private:
    QString m_user;
    QString m_action;
    std::optional<qint64> m_patient;
    QDate m_from;
    QDate m_to;
};

} // namespace precis::ui
