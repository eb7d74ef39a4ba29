// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/Vault.h"

#include <QAbstractTableModel>
#include <QDate>

#include <vector>

namespace precis::ui {

/// The patient list as a table: record number, name, date of birth, age and sex.
///
/// Holds summaries only (no clinical values). clear() wipes every row, so that a locked
/// screen keeps nothing of a patient. Ages are computed against an explicit as-of date (today
/// unless a test sets one).
class PatientTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RecordNumberColumn, NameColumn, DateOfBirthColumn, AgeColumn, SexColumn };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< a value that sorts naturally (dates, numbers)
        SearchRole,                  ///< folded text matched by the search field
        PatientIdRole,               ///< the vault's id of the row's patient
    };

    explicit PatientTableModel(QObject *parent = nullptr);

    void setPatients(std::vector<store::PatientSummary> patients);
    void clear();
    void setAsOf(const QDate &asOf);
    [[nodiscard]] const store::PatientSummary *patientAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<store::PatientSummary> m_patients;
    std::vector<QString> m_searchText;
    QDate m_asOf;
};

} // namespace precis::ui
