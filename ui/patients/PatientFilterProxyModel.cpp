// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/patients/PatientFilterProxyModel.h"

#include "ui/Format.h"
#include "ui/patients/PatientTableModel.h"

#include <QRegularExpression>

namespace precis::ui {

PatientFilterProxyModel::PatientFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(PatientTableModel::SortRole);
    setDynamicSortFilter(true);
}

void PatientFilterProxyModel::setSearchText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    // Commas separate "Family, Given" as typed from the list; treat them as spaces.
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    m_terms = Format::foldForSearch(text).split(separators, Qt::SkipEmptyParts);
    invalidateFilter();
}

bool PatientFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_terms.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString haystack = index.data(PatientTableModel::SearchRole).toString();
    for (const QString &term : m_terms) {
        if (!haystack.contains(term))
            return false;
    }
    return true;
}

} // namespace precis::ui
