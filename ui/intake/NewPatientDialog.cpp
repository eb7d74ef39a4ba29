// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/intake/NewPatientDialog.h"

#include "core/clinical/Variable.h"
#include "core/store/ChartRecords.h"
#include "ui/chart/RiskFormat.h"
#include "ui/session/Session.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace precis::ui {

using clinical::Var;

NewPatientDialog::NewPatientDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("newPatientDialog"));
    setWindowTitle(tr("New Patient"));
    m_family = new QLineEdit(this);
    m_family->setObjectName(QStringLiteral("newPatientFamilyName"));
    m_given = new QLineEdit(this);
    m_given->setObjectName(QStringLiteral("newPatientGivenName"));
    m_dob = new QDateEdit(this);
    m_dob->setObjectName(QStringLiteral("newPatientDateOfBirth"));
    m_dob->setCalendarPopup(true);
    m_dob->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dob->setMinimumDate(QDate(1900, 1, 1));
    m_dob->setMaximumDate(QDate::currentDate());
    m_dob->setDate(QDate::currentDate().addYears(-50));
    m_sex = new QComboBox(this);
    m_sex->setObjectName(QStringLiteral("newPatientSex"));
    m_sex->addItem(tr("Choose..."), QString());
    m_sex->addItem(tr("Female"), QStringLiteral("female"));
    m_sex->addItem(tr("Male"), QStringLiteral("male"));
    m_record = new QLineEdit(this);
    m_record->setObjectName(QStringLiteral("newPatientRecordNumber"));
    if (auto suggested = m_session.suggestRecordNumber())
        m_record->setText(*suggested);

    // QRISK3's ethrisk categories (Hippisley-Cox et al., BMJ 2017;357:j2099), also QDiabetes.
    m_ethnicity = new QComboBox(this);
    m_ethnicity->setObjectName(QStringLiteral("newPatientEthnicity"));
    m_ethnicity->addItem(tr("Not recorded"), -1);
    const QStringList ethnicities = RiskFormat::categoryWords(Var::Ethnicity);
    for (int i = 0; i < ethnicities.size(); ++i)
        m_ethnicity->addItem(ethnicities[i], i + 1);
    m_race = new QComboBox(this);
    m_race->setObjectName(QStringLiteral("newPatientRace"));
    m_race->addItem(tr("Not recorded"), -1);
    m_race->addItem(tr("White"), 0);
    m_race->addItem(tr("Black or African American"), 1);
    m_race->addItem(tr("Other"), 2);
    auto *raceWhy = new QLabel(RiskFormat::definition(Var::Race), this);
    raceWhy->setWordWrap(true);
    raceWhy->setProperty("hint", true);
    m_townsend = new QLineEdit(this);
    m_townsend->setObjectName(QStringLiteral("newPatientTownsend"));
    m_townsend->setPlaceholderText(tr("optional, e.g. -1.5"));
    m_townsend->setToolTip(tr("Townsend deprivation score of the patient's postcode area "
                              "(QRISK3); leave blank if the clinic does not use it."));
    m_sdi = new QLineEdit(this);
    m_sdi->setObjectName(QStringLiteral("newPatientSdi"));
    m_sdi->setPlaceholderText(tr("optional, 1–10"));
    m_sdi->setToolTip(tr("Social Deprivation Index decile of the patient's ZIP code area "
                         "(PREVENT); leave blank if the clinic does not use it."));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("newPatientError"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Family name:"), m_family);
    form->addRow(tr("&Given name:"), m_given);
    form->addRow(tr("&Date of birth:"), m_dob);
    form->addRow(tr("&Sex:"), m_sex);
    form->addRow(tr("&Record number:"), m_record);
    form->addRow(tr("&Ethnicity:"), m_ethnicity);
    form->addRow(tr("R&ace (PCE only):"), m_race);
    form->addRow(QString(), raceWhy);
    form->addRow(tr("&Townsend score:"), m_townsend);
    form->addRow(tr("S&DI decile:"), m_sdi);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create Patient"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("newPatientCreate"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewPatientDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewPatientDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

void NewPatientDialog::accept()
{
    const auto showError = [this](const QString &text, QWidget *field) {
        m_error->setText(text);
        m_error->show();
        if (field)
            field->setFocus();
    };
    if (m_family->text().trimmed().isEmpty())
        return showError(tr("Enter the family name."), m_family);
    if (m_sex->currentData().toString().isEmpty())
        return showError(tr("Choose the sex the risk models use."), m_sex);
    std::optional<double> townsend, sdi;
    if (!m_townsend->text().trimmed().isEmpty()) {
        bool ok = false;
        const double v = QLocale().toDouble(m_townsend->text().trimmed(), &ok);
        if (!ok)
            return showError(tr("The Townsend score is not a number."), m_townsend);
        townsend = v;
    }
    if (!m_sdi->text().trimmed().isEmpty()) {
        bool ok = false;
        const int v = m_sdi->text().trimmed().toInt(&ok);
        if (!ok || v < 1 || v > 10)
            return showError(tr("The SDI decile is a whole number from 1 to 10."), m_sdi);
        sdi = v;
    }
    store::NewPatient p;
    p.familyName = m_family->text().trimmed();
    p.givenName = m_given->text().trimmed();
    p.dateOfBirth = m_dob->date();
    p.sex = m_sex->currentData().toString();
    p.recordNumber = m_record->text().trimmed();
    auto id = m_session.addPatient(p);
    if (!id) {
        if (id.error().field == QLatin1String("record_number"))
            return showError(p.recordNumber.isEmpty()
                                 ? tr("Enter a record number.")
                                 : tr("Record number %1 is already in use.").arg(p.recordNumber),
                             m_record);
        return showError(tr("The patient could not be created: %1").arg(id.error().message()),
                         nullptr);
    }
    m_id = *id;
    store::Visit demographics;
    demographics.measuredAt = QDateTime::currentDateTime();
    if (const int e = m_ethnicity->currentData().toInt(); e > 0)
        demographics.values.push_back({Var::Ethnicity, static_cast<double>(e), QString()});
    if (const int r = m_race->currentData().toInt(); r >= 0)
        demographics.values.push_back({Var::Race, static_cast<double>(r), QString()});
    if (townsend)
        demographics.values.push_back({Var::Townsend, *townsend, QString()});
    if (sdi)
        demographics.values.push_back({Var::SdiDecile, *sdi, QString()});
    if (!demographics.values.empty()) {
        if (auto saved = m_session.saveVisit(*m_id, demographics); !saved) {
            // The patient exists; the chart opens and the values can be entered at Intake.
            m_error->setText(tr("The patient was created, but ethnicity, race and deprivation "
                                "could not be saved: %1")
                                 .arg(saved.error().message()));
        }
    }
    QDialog::accept();
}

} // namespace precis::ui
