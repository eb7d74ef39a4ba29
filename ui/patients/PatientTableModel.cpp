// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/patients/PatientTableModel.h"

#include "ui/Format.h"

namespace precis::ui {
namespace {
constexpr int columnCountValue = 5;

QString displayName(const store::PatientSummary &p)
{
    if (p.givenName.isEmpty())
        return p.familyName;
    //: Patient name in lists: %1 family name, %2 given name.
    return PatientTableModel::tr("%1, %2").arg(p.familyName, p.givenName);
}
} // namespace

PatientTableModel::PatientTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_asOf(QDate::currentDate())
{}

void PatientTableModel::setPatients(std::vector<store::PatientSummary> patients)
{
    beginResetModel();
    m_patients = std::move(patients);
    m_searchText.clear();
    m_searchText.reserve(m_patients.size());
    for (const auto &p : m_patients) {
        QStringList parts{p.recordNumber, p.familyName, p.givenName};
        parts << Format::searchableDates(p.dateOfBirth);
        m_searchText.push_back(Format::foldForSearch(parts.join(QLatin1Char('\n'))));
    }
    endResetModel();
}

void PatientTableModel::clear()
{
    beginResetModel();
    // Overwrite before release: the strings are implicitly shared and freed memory is not
    // wiped, so at least drop every reference now rather than at the next unlock.
    std::vector<store::PatientSummary>().swap(m_patients);
    std::vector<QString>().swap(m_searchText);
    endResetModel();
}

void PatientTableModel::setAsOf(const QDate &asOf)
{
    m_asOf = asOf;
    if (!m_patients.empty())
        Q_EMIT dataChanged(index(0, AgeColumn), index(rowCount() - 1, AgeColumn));
}

const store::PatientSummary *PatientTableModel::patientAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_patients[static_cast<std::size_t>(row)];
}

int PatientTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_patients.size());
}

int PatientTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columnCountValue;
}

QVariant PatientTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    const store::PatientSummary &p = m_patients[row];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RecordNumberColumn:
            return p.recordNumber;
        case NameColumn:
            return displayName(p);
        case DateOfBirthColumn:
            return Format::date(p.dateOfBirth);
        case AgeColumn: {
            const int age = Format::ageInYears(p.dateOfBirth, m_asOf);
            return age < 0 ? QVariant() : QVariant(age);
        }
        case SexColumn:
            return Format::sex(p.sex);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case RecordNumberColumn:
            return p.recordNumber;
        case NameColumn:
            return Format::foldForSearch(p.familyName + QLatin1Char('\t') + p.givenName);
        case DateOfBirthColumn:
            return p.dateOfBirth;
        case AgeColumn:
            return Format::ageInYears(p.dateOfBirth, m_asOf);
        case SexColumn:
            return Format::sex(p.sex);
        }
        break;
    case SearchRole:
        return m_searchText[row];
    case PatientIdRole:
        return p.id;
    case Qt::TextAlignmentRole:
        if (index.column() == AgeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        break;
    }
    return {};
}

QVariant PatientTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCountValue)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((section == AgeColumn ? Qt::AlignRight : Qt::AlignLeft)
                                   | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RecordNumberColumn:
        //: Column header: the clinic's medical record number.
        return tr("Record No.");
    case NameColumn:
        return tr("Name");
    case DateOfBirthColumn:
        return tr("Date of Birth");
    case AgeColumn:
        //: Column header: age in completed years.
        return tr("Age");
    case SexColumn:
        return tr("Sex");
    }
    return {};
}

} // namespace precis::ui
