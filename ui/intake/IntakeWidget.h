// SPDX-License-Identifier: GPL-3.0-or-later
// Intake: one visit of one patient, fast with the keyboard alone. Measurement time (default
// now, editable, never assumed), blood pressure as several readings (mean and SD shown), body
// measures (BMI shown), labs (eGFR shown, CKD-EPI 2021), smoking, conditions, family history,
// medications, allergies and the safety facts the treatment options need (blank = unknown).
// Save is one transaction; a refused value is named next to its field.
#pragma once

#include "core/clinical/Variable.h"
#include "core/store/ChartRecords.h"

#include <QWidget>

#include <map>
#include <optional>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QDateTimeEdit;
class QBoxLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QTableWidget;
class QCheckBox;

namespace precis::ui {

class MeasurementField;
class Session;

class IntakeWidget : public QWidget
{
    Q_OBJECT
public:
    explicit IntakeWidget(QWidget *parent = nullptr);

    /// Starts a new visit for the patient: every field empty, the time now.
    void start(Session *session, const store::PatientDetails &details);
    void clear();
    /// Something typed and not saved.
    [[nodiscard]] bool isDirty() const { return m_dirty; }
    /// Moves the keyboard focus to the field of `var` (refusal card links) and scrolls to it.
    bool focusField(clinical::Var var);
    /// Saves the visit; false (with the reason shown next to the field) when refused.
    bool save();

    [[nodiscard]] MeasurementField *field(clinical::Var var) const;
    [[nodiscard]] QComboBox *choice(clinical::Var var) const;
    [[nodiscard]] QDateTimeEdit *measuredAt() const { return m_measuredAt; }
    [[nodiscard]] QPushButton *saveButton() const { return m_save; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void saved();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QGroupBox *section(const QString &title, const char *objectName);
    QGroupBox *buildVisitSection();
    QGroupBox *buildBloodPressureSection();
    QGroupBox *buildBodySection();
    QGroupBox *buildLabSection();
    QGroupBox *buildHistorySection();
    QGroupBox *buildMedicationSection();
    QGroupBox *buildAllergySection();
    QGroupBox *buildSafetySection();
    MeasurementField *addField(QFormLayout *form, clinical::Var var);
    QComboBox *addChoice(QFormLayout *form, clinical::Var var);
    void updateDerived();
    void markDirty();
    [[nodiscard]] std::optional<store::Visit> collect();
    void showError(const Error &error);
    void refillMedications();
    void refillAllergies();

    Session *m_session = nullptr;
    store::PatientDetails m_details;
    QBoxLayout *m_columns = nullptr;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_hdlRuleShown = false;
    bool m_ldlRuleShown = false;

    QScrollArea *m_scroll = nullptr;
    std::vector<QGroupBox *> m_sections;
    QDateTimeEdit *m_measuredAt = nullptr;
    std::vector<std::pair<QLineEdit *, QLineEdit *>> m_readings; ///< SBP, DBP per reading
    QLabel *m_bpSummary = nullptr;
    QLabel *m_bmi = nullptr;
    QLabel *m_egfr = nullptr;
    std::map<clinical::Var, MeasurementField *> m_fields;
    std::map<clinical::Var, QComboBox *> m_choices;
    QTableWidget *m_medications = nullptr;
    QLineEdit *m_medName = nullptr;
    QLineEdit *m_medAtc = nullptr;
    QDateEdit *m_medStart = nullptr;
    std::vector<store::NewMedication> m_newMedications;
    std::vector<qint64> m_stoppedMedications;
    QTableWidget *m_allergies = nullptr;
    QLineEdit *m_allergySubstance = nullptr;
    QLineEdit *m_allergyReaction = nullptr;
    QCheckBox *m_allergyIntolerance = nullptr;
    std::vector<store::NewAllergy> m_newAllergies;
    std::map<store::SafetyFact, QComboBox *> m_safety;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace precis::ui
