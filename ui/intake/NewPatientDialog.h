// SPDX-License-Identifier: GPL-3.0-or-later
// New patient: names, date of birth, sex, a unique record number (suggested), ethnicity
// (QRISK3/QDiabetes categories), race for the PCE (with why it is asked), and the clinic's
// area-level deprivation inputs where it uses them.
#pragma once

#include "core/store/PatientRecords.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace precis::ui {

class Session;

class NewPatientDialog : public QDialog
{
    Q_OBJECT
public:
    NewPatientDialog(Session &session, QWidget *parent = nullptr);

    /// The new patient's id once created.
    [[nodiscard]] std::optional<qint64> patientId() const { return m_id; }

    void accept() override;

private:
    Session &m_session;
    std::optional<qint64> m_id;
    QLineEdit *m_family = nullptr;
    QLineEdit *m_given = nullptr;
    QDateEdit *m_dob = nullptr;
    QComboBox *m_sex = nullptr;
    QLineEdit *m_record = nullptr;
    QComboBox *m_ethnicity = nullptr;
    QComboBox *m_race = nullptr;
    QLineEdit *m_townsend = nullptr;
    QLineEdit *m_sdi = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace precis::ui
