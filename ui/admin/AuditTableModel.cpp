// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/admin/AuditTableModel.h"

#include "ui/Format.h"
#include "ui/admin/AdminText.h"

#include <QLocale>

namespace precis::ui {

AuditTableModel::AuditTableModel(QObject *parent) : QAbstractTableModel(parent) {}

QDateTime AuditTableModel::localTime(const store::AuditEntry &entry)
{
    QDateTime t = QDateTime::fromString(entry.timeUtc, Qt::ISODateWithMs);
    if (!t.isValid())
        return {};
    t.setTimeSpec(Qt::UTC);
    return t.toLocalTime();
}

void AuditTableModel::setEntries(std::vector<store::AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_local.clear();
    m_local.reserve(m_entries.size());
    for (const store::AuditEntry &e : m_entries)
        m_local.push_back(localTime(e));
    endResetModel();
}

void AuditTableModel::clear()
{
    setEntries({});
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : DetailColumn + 1;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    const store::AuditEntry &e = m_entries[row];
    const QDateTime &local = m_local[row];
    if (role == FilterRole) {
        switch (index.column()) {
        case UserColumn:
            return e.user;
        case ActionColumn:
            return e.action;
        case PatientColumn:
            return e.patientId ? QVariant::fromValue(*e.patientId) : QVariant();
        case TimeColumn:
            return local.date();
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == SeqColumn || index.column() == PatientColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && index.column() == TimeColumn)
        //: Tooltip: the stored UTC time of an audit row
        return tr("%1 (UTC, as stored)").arg(e.timeUtc);
    if (role == Qt::ToolTipRole && index.column() == ActionColumn)
        return e.action;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SeqColumn:
        return QLocale().toString(e.seq);
    case TimeColumn:
        return local.isValid() ? QStringLiteral("%1 %2").arg(
                   Format::date(local.date()), local.time().toString(QStringLiteral("HH:mm:ss")))
                               : e.timeUtc;
    case UserColumn:
        return e.user;
    case ActionColumn:
        return AdminText::action(e.action);
    case PatientColumn:
        return e.patientId ? QString::number(*e.patientId) : QString();
    case DetailColumn:
        return e.detail;
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeqColumn:
        //: Audit table column: the row's number in the chain
        return tr("Row");
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case ActionColumn:
        return tr("Action");
    case PatientColumn:
        //: Audit table column: the patient's internal id (no name is shown here)
        return tr("Patient ID");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

AuditFilterProxyModel::AuditFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent) {}

void AuditFilterProxyModel::setUser(const QString &user)
{
    m_user = user;
    invalidateFilter();
}

void AuditFilterProxyModel::setAction(const QString &action)
{
    m_action = action;
    invalidateFilter();
}

void AuditFilterProxyModel::setPatient(std::optional<qint64> patientId)
{
    m_patient = patientId;
    invalidateFilter();
}

void AuditFilterProxyModel::setDateRange(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
    invalidateFilter();
}

bool AuditFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    auto value = [&](int column) {
        return m->index(sourceRow, column, sourceParent).data(AuditTableModel::FilterRole);
    };
    if (!m_user.isEmpty() && value(AuditTableModel::UserColumn).toString() != m_user)
        return false;
    if (!m_action.isEmpty() && value(AuditTableModel::ActionColumn).toString() != m_action)
        return false;
    if (m_patient) {
        const QVariant patient = value(AuditTableModel::PatientColumn);
        if (!patient.isValid() || patient.toLongLong() != *m_patient)
            return false;
    }
    if (m_from.isValid() || m_to.isValid()) {
        const QDate date = value(AuditTableModel::TimeColumn).toDate();
        if (!date.isValid())
            return false;
        if (m_from.isValid() && date < m_from)
            return false;
        if (m_to.isValid() && date > m_to)
            return false;
    }
    return true;
}

} // namespace precis::ui
