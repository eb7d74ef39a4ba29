// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace precis::ui {

/// Instant search over the patient list: every word typed must occur in the row's record
/// number, family name, given name or date of birth (ISO, the locale's form or dd.MM.yyyy),
/// ignoring case and accents. Sorting uses PatientTableModel::SortRole.
class PatientFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit PatientFilterProxyModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    [[nodiscard]] QString searchText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QStringList m_terms;
};

} // namespace precis::ui
