// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/intake/IntakeWidget.h"

#include "core/clinical/KidneyFunction.h"
#include "core/clinical/SnapshotAssembly.h"
#include "ui/Format.h"
#include "ui/chart/RiskFormat.h"
#include "ui/intake/MeasurementField.h"
#include "ui/session/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace precis::ui {

using clinical::Var;

namespace {

constexpr int kReadings = 3;
constexpr int kNotRecorded = -1;

std::optional<double> number(const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    double v = QLocale().toDouble(text, &ok);
    if (!ok)
        v = QLocale::c().toDouble(text, &ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

QString safetyName(store::SafetyFact f)
{
    switch (f) {
    case store::SafetyFact::Pregnancy:
        return IntakeWidget::tr("Pregnant");
    case store::SafetyFact::AcsOrPci:
        return IntakeWidget::tr("Acute coronary syndrome or PCI");
    case store::SafetyFact::MechanicalValve:
        return IntakeWidget::tr("Mechanical heart valve");
    case store::SafetyFact::MitralStenosis:
        return IntakeWidget::tr("Moderate to severe mitral stenosis");
    case store::SafetyFact::Dialysis:
        return IntakeWidget::tr("On dialysis");
    case store::SafetyFact::PriorDka:
        return IntakeWidget::tr("Prior diabetic ketoacidosis");
    case store::SafetyFact::MtcOrMen2:
        return IntakeWidget::tr("Personal or family history of medullary thyroid carcinoma or "
                                "MEN 2");
    case store::SafetyFact::BleedingHistory:
        return IntakeWidget::tr("Bleeding history");
    case store::SafetyFact::Count:
        break;
    }
    return {};
}

/// Words for the codes of a category variable (core/clinical/Variable.h).
QStringList categoryWords(Var v)
{
    switch (v) {
    case Var::Diabetes:
        return {IntakeWidget::tr("None"), IntakeWidget::tr("Type 1"), IntakeWidget::tr("Type 2")};
    case Var::Smoking:
        return {IntakeWidget::tr("Never smoked"),
                IntakeWidget::tr("Former smoker"),
                IntakeWidget::tr("Current, light (under 10 a day)"),
                IntakeWidget::tr("Current, moderate (10–19 a day)"),
                IntakeWidget::tr("Current, heavy (20 or more a day)"),
                IntakeWidget::tr("Current, amount unknown")};
    case Var::FamilyHistoryDiabetes:
        return {IntakeWidget::tr("None"),
                IntakeWidget::tr("Other relative (grandparent, aunt, uncle, cousin)"),
                IntakeWidget::tr("First-degree relative (parent, sibling, child)")};
    default:
        break;
    }
    return {};
}

} // namespace

IntakeWidget::IntakeWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("intakeWidget"));
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("intakeContent"));
    // Two columns, measurements left and history, safety and allergies right, each a stack
    // of its own sections (a grid would stretch a short section to its neighbour's height);
    // one column when the window is narrow (resizeEvent).
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    for (QVBoxLayout *column : {left, right})
        column->setSpacing(10);
    left->addWidget(buildVisitSection());
    left->addWidget(buildBloodPressureSection());
    left->addWidget(buildBodySection());
    left->addWidget(buildLabSection());
    right->addWidget(buildHistorySection());
    right->addWidget(buildSafetySection());
    left->addWidget(buildMedicationSection());
    right->addWidget(buildAllergySection());
    left->addStretch(1);
    right->addStretch(1);
    m_columns = new QBoxLayout(QBoxLayout::LeftToRight, content);
    m_columns->setContentsMargins(12, 8, 12, 12);
    m_columns->setSpacing(12);
    m_columns->addLayout(left, 1);
    m_columns->addLayout(right, 1);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("intakeScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(content);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("intakeStatusLabel"));
    m_status->setWordWrap(true);
    m_save = new QPushButton(tr("&Save Visit"), this);
    m_save->setObjectName(QStringLiteral("intakeSaveButton"));
    m_save->setDefault(true);
    m_save->setToolTip(tr("Save every value of this visit in one step (Enter or Ctrl+S)"));
    connect(m_save, &QPushButton::clicked, this, &IntakeWidget::save);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &IntakeWidget::save);

    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(12, 6, 12, 10);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(bottom);

    // Alt+1..8 jump to a section: its first input takes the focus.
    for (int i = 0; i < static_cast<int>(m_sections.size()) && i < 9; ++i) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::ALT | (Qt::Key_1 + i)), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        QGroupBox *box = m_sections[static_cast<std::size_t>(i)];
        connect(shortcut, &QShortcut::activated, this, [this, box] {
            box->setFocus();
            QWidget *first = box->nextInFocusChain();
            if (first && box->isAncestorOf(first))
                first->setFocus(Qt::ShortcutFocusReason);
            m_scroll->ensureWidgetVisible(box);
        });
    }
}

QGroupBox *IntakeWidget::section(const QString &title, const char *objectName)
{
    auto *box = new QGroupBox(
        //: Intake section title with its shortcut number
        tr("%1  (Alt+%2)").arg(title).arg(m_sections.size() + 1));
    box->setObjectName(QLatin1String(objectName));
    box->setAccessibleName(title);
    m_sections.push_back(box);
    return box;
}

MeasurementField *IntakeWidget::addField(QFormLayout *form, Var var)
{
    auto *f = new MeasurementField(var);
    auto *label = new QLabel(RiskFormat::variable(var) + QLatin1Char(':'));
    label->setBuddy(f->edit());
    const QString definition = RiskFormat::definition(var);
    if (!definition.isEmpty()) {
        label->setToolTip(definition);
        f->edit()->setWhatsThis(definition);
    }
    form->addRow(label, f);
    m_fields[var] = f;
    connect(f, &MeasurementField::changed, this, [this] {
        updateDerived();
        markDirty();
    });
    connect(f, &MeasurementField::unitChosen, this, [this](Var v, const QString &unit) {
        // Remembered for the clinic (physicians may change it; for others it applies to this
        // entry only).
        if (m_session)
            (void)m_session->setPreferredUnit(v, unit);
    });
    return f;
}

QComboBox *IntakeWidget::addChoice(QFormLayout *form, Var var)
{
    auto *combo = new QComboBox;
    const QString column = QString(clinical::varInfo(var).name);
    combo->setObjectName(QStringLiteral("choice_%1").arg(column));
    combo->setAccessibleName(RiskFormat::variable(var));
    combo->addItem(tr("Not recorded"), kNotRecorded);
    const clinical::VarInfo &info = clinical::varInfo(var);
    if (info.kind == clinical::VarKind::Flag) {
        combo->addItem(tr("Yes"), 1);
        combo->addItem(tr("No"), 0);
    } else {
        const QStringList words = categoryWords(var);
        for (int i = 0; i < words.size(); ++i)
            combo->addItem(words[i], info.firstCode + i);
    }
    // Sized by a short minimum, not by the longest choice: otherwise long German choices and
    // labels together pushed the column wider than a 1280-pixel window.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(14);
    auto *label = new QLabel(RiskFormat::variable(var) + QLatin1Char(':'));
    label->setBuddy(combo);
    const QString definition = RiskFormat::definition(var);
    if (!definition.isEmpty()) {
        label->setToolTip(definition);
        combo->setToolTip(definition);
    }
    form->addRow(label, combo);
    m_choices[var] = combo;
    connect(combo, &QComboBox::currentIndexChanged, this, &IntakeWidget::markDirty);
    return combo;
}

QGroupBox *IntakeWidget::buildVisitSection()
{
    QGroupBox *box = section(tr("Visit"), "intakeVisitSection");
    auto *form = new QFormLayout(box);
    m_measuredAt = new QDateTimeEdit(box);
    m_measuredAt->setObjectName(QStringLiteral("intakeMeasuredAt"));
    m_measuredAt->setCalendarPopup(true);
    m_measuredAt->setDisplayFormat(
        QLocale()
            .dateTimeFormat(QLocale::ShortFormat)
            .replace(QStringLiteral("yy"), QStringLiteral("yyyy"))
            .replace(QStringLiteral("yyyyyyyy"), QStringLiteral("yyyy")));
    m_measuredAt->setToolTip(tr("When the values were measured (not when they are typed)"));
    auto *label = new QLabel(tr("&Measured at:"), box);
    label->setBuddy(m_measuredAt);
    form->addRow(label, m_measuredAt);
    connect(m_measuredAt, &QDateTimeEdit::dateTimeChanged, this, &IntakeWidget::markDirty);
    return box;
}

QGroupBox *IntakeWidget::buildBloodPressureSection()
{
    QGroupBox *box = section(tr("Blood pressure"), "intakeBloodPressureSection");
    auto *grid = new QGridLayout(box);
    grid->addWidget(new QLabel(tr("Reading"), box), 0, 0);
    grid->addWidget(new QLabel(tr("Systolic (mmHg)"), box), 0, 1);
    grid->addWidget(new QLabel(tr("Diastolic (mmHg)"), box), 0, 2);
    for (int i = 0; i < kReadings; ++i) {
        auto *sbp = new QLineEdit(box);
        sbp->setObjectName(QStringLiteral("input_sbp_%1").arg(i + 1));
        sbp->setAccessibleName(tr("Systolic reading %1").arg(i + 1));
        auto *dbp = new QLineEdit(box);
        dbp->setObjectName(QStringLiteral("input_dbp_%1").arg(i + 1));
        dbp->setAccessibleName(tr("Diastolic reading %1").arg(i + 1));
        sbp->setMaximumWidth(90);
        dbp->setMaximumWidth(90);
        auto *number = new QLabel(QString::number(i + 1), box);
        number->setBuddy(sbp);
        grid->addWidget(number, i + 1, 0);
        grid->addWidget(sbp, i + 1, 1);
        grid->addWidget(dbp, i + 1, 2);
        m_readings.emplace_back(sbp, dbp);
        for (QLineEdit *e : {sbp, dbp}) {
            connect(e, &QLineEdit::textChanged, this, [this] {
                updateDerived();
                markDirty();
            });
        }
    }
    m_bpSummary = new QLabel(box);
    m_bpSummary->setObjectName(QStringLiteral("intakeBpSummary"));
    m_bpSummary->setWordWrap(true);
    grid->addWidget(m_bpSummary, kReadings + 1, 0, 1, 3);
    return box;
}

QGroupBox *IntakeWidget::buildBodySection()
{
    QGroupBox *box = section(tr("Body"), "intakeBodySection");
    auto *form = new QFormLayout(box);
    addField(form, Var::Height);
    addField(form, Var::Weight);
    m_bmi = new QLabel(box);
    m_bmi->setObjectName(QStringLiteral("intakeBmiLabel"));
    form->addRow(tr("BMI:"), m_bmi);
    addField(form, Var::Waist);
    return box;
}

QGroupBox *IntakeWidget::buildLabSection()
{
    QGroupBox *box = section(tr("Laboratory"), "intakeLabSection");
    auto *form = new QFormLayout(box);
    for (Var v : {Var::TotalCholesterol,
                  Var::HdlCholesterol,
                  Var::LdlCholesterol,
                  Var::Hba1c,
                  Var::FastingGlucose,
                  Var::Creatinine})
        addField(form, v);
    m_egfr = new QLabel(box);
    m_egfr->setObjectName(QStringLiteral("intakeEgfrLabel"));
    form->addRow(tr("eGFR (CKD-EPI 2021):"), m_egfr);
    addField(form, Var::Uacr);
    addField(form, Var::Potassium);
    return box;
}

QGroupBox *IntakeWidget::buildHistorySection()
{
    QGroupBox *box = section(tr("Smoking, conditions and family history"), "intakeHistorySection");
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // A label too long for the column puts its field on the next line instead of being cut.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    addChoice(form, Var::Smoking);
    addChoice(form, Var::Diabetes);
    // The 0/1 conditions of the `precis-cli score` vocabulary.
    for (Var v : {Var::Hypertension,
                  Var::Af,
                  Var::Cvd,
                  Var::HeartFailure,
                  Var::StrokeTiaTe,
                  Var::VascularDisease,
                  Var::CkdStage35,
                  Var::RheumatoidArthritis,
                  Var::Sle,
                  Var::Migraine,
                  Var::SevereMentalIllness,
                  Var::SchizophreniaOrBipolar,
                  Var::AtypicalAntipsychotic,
                  Var::Corticosteroids,
                  Var::ErectileDysfunction,
                  Var::GestationalDiabetes,
                  Var::Pcos,
                  Var::LearningDisability,
                  Var::HighGlucoseHistory,
                  Var::PhysicallyActive,
                  Var::DailyVegetables,
                  Var::AbnormalRenalFunction,
                  Var::AbnormalLiverFunction,
                  Var::LabileInr,
                  Var::AntiplateletOrNsaid,
                  Var::AlcoholExcess})
        addChoice(form, v);
    addChoice(form, Var::FamilyHistoryChd);
    addChoice(form, Var::FamilyHistoryDiabetes);
    return box;
}

QGroupBox *IntakeWidget::buildMedicationSection()
{
    QGroupBox *box = section(tr("Current medications"), "intakeMedicationSection");
    auto *layout = new QVBoxLayout(box);
    m_medications = new QTableWidget(box);
    m_medications->setObjectName(QStringLiteral("intakeMedicationTable"));
    m_medications->setAccessibleName(tr("Medications"));
    m_medications->setColumnCount(4);
    m_medications->setHorizontalHeaderLabels(
        {tr("Medication"), tr("ATC"), tr("Since"), tr("Stop")});
    m_medications->verticalHeader()->hide();
    m_medications->horizontalHeader()->setStretchLastSection(true);
    m_medications->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_medications->setMinimumHeight(110);
    layout->addWidget(m_medications);
    auto *add = new QHBoxLayout;
    m_medName = new QLineEdit(box);
    m_medName->setObjectName(QStringLiteral("intakeMedicationName"));
    m_medName->setPlaceholderText(tr("Generic name, e.g. atorvastatin"));
    m_medName->setAccessibleName(tr("New medication name"));
    m_medAtc = new QLineEdit(box);
    m_medAtc->setObjectName(QStringLiteral("intakeMedicationAtc"));
    m_medAtc->setPlaceholderText(tr("ATC, e.g. C10AA05"));
    m_medAtc->setAccessibleName(tr("New medication ATC code"));
    m_medAtc->setMaximumWidth(110);
    m_medStart = new QDateEdit(QDate::currentDate(), box);
    m_medStart->setObjectName(QStringLiteral("intakeMedicationStart"));
    m_medStart->setCalendarPopup(true);
    m_medStart->setAccessibleName(tr("New medication start date"));
    auto *addButton = new QPushButton(tr("A&dd"), box);
    addButton->setObjectName(QStringLiteral("intakeMedicationAdd"));
    addButton->setAutoDefault(false);
    connect(addButton, &QPushButton::clicked, this, [this] {
        const QString name = m_medName->text().trimmed();
        const QString atc = m_medAtc->text().trimmed().toUpper();
        if (name.isEmpty() && atc.isEmpty())
            return;
        m_newMedications.push_back({name, atc, m_medStart->date()});
        m_medName->clear();
        m_medAtc->clear();
        refillMedications();
        markDirty();
        m_medName->setFocus();
    });
    add->addWidget(m_medName, 2);
    add->addWidget(m_medAtc, 1);
    add->addWidget(m_medStart);
    add->addWidget(addButton);
    layout->addLayout(add);
    auto *hint
        = new QLabel(tr("Statin and blood-pressure treatment flags follow from this list."), box);
    hint->setWordWrap(true);
    hint->setProperty("hint", true);
    layout->addWidget(hint);
    return box;
}

QGroupBox *IntakeWidget::buildAllergySection()
{
    QGroupBox *box = section(tr("Allergies and intolerances"), "intakeAllergySection");
    auto *layout = new QVBoxLayout(box);
    m_allergies = new QTableWidget(box);
    m_allergies->setObjectName(QStringLiteral("intakeAllergyTable"));
    m_allergies->setAccessibleName(tr("Allergies and intolerances"));
    m_allergies->setColumnCount(3);
    m_allergies->setHorizontalHeaderLabels({tr("Substance"), tr("Reaction"), tr("Kind")});
    m_allergies->verticalHeader()->hide();
    m_allergies->horizontalHeader()->setStretchLastSection(true);
    m_allergies->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_allergies->setMinimumHeight(110);
    layout->addWidget(m_allergies);
    auto *add = new QHBoxLayout;
    m_allergySubstance = new QLineEdit(box);
    m_allergySubstance->setObjectName(QStringLiteral("intakeAllergySubstance"));
    m_allergySubstance->setPlaceholderText(tr("Substance, e.g. statin"));
    m_allergySubstance->setAccessibleName(tr("Allergy substance"));
    m_allergyReaction = new QLineEdit(box);
    m_allergyReaction->setObjectName(QStringLiteral("intakeAllergyReaction"));
    m_allergyReaction->setPlaceholderText(tr("Reaction, e.g. myalgia"));
    m_allergyReaction->setAccessibleName(tr("Allergy reaction"));
    m_allergyIntolerance = new QCheckBox(tr("Intolerance"), box);
    m_allergyIntolerance->setObjectName(QStringLiteral("intakeAllergyIntolerance"));
    auto *addButton = new QPushButton(tr("Add"), box);
    addButton->setObjectName(QStringLiteral("intakeAllergyAdd"));
    addButton->setAutoDefault(false);
    connect(addButton, &QPushButton::clicked, this, [this] {
        const QString substance = m_allergySubstance->text().trimmed();
        if (substance.isEmpty())
            return;
        m_newAllergies.push_back(
            {substance, m_allergyReaction->text().trimmed(), m_allergyIntolerance->isChecked()});
        m_allergySubstance->clear();
        m_allergyReaction->clear();
        m_allergyIntolerance->setChecked(false);
        refillAllergies();
        markDirty();
        m_allergySubstance->setFocus();
    });
    add->addWidget(m_allergySubstance, 1);
    add->addWidget(m_allergyReaction, 1);
    add->addWidget(m_allergyIntolerance);
    add->addWidget(addButton);
    layout->addLayout(add);
    return box;
}

QGroupBox *IntakeWidget::buildSafetySection()
{
    QGroupBox *box = section(tr("Safety facts"), "intakeSafetySection");
    auto *form = new QFormLayout(box);
    auto *note = new QLabel(tr("Blank means unknown, never \u201Cno\u201D."), box);
    note->setProperty("hint", true);
    note->setWordWrap(true);
    form->addRow(note);
    for (std::size_t i = 0; i < store::kSafetyFactCount; ++i) {
        const auto fact = static_cast<store::SafetyFact>(i);
        auto *combo = new QComboBox(box);
        combo->setObjectName(QStringLiteral("safety_%1").arg(store::safetyFactToken(fact)));
        combo->setAccessibleName(safetyName(fact));
        combo->addItem(tr("Unknown"), kNotRecorded);
        combo->addItem(tr("Yes"), 1);
        combo->addItem(tr("No"), 0);
        auto *label = new QLabel(safetyName(fact) + QLatin1Char(':'), box);
        label->setWordWrap(true);
        label->setBuddy(combo);
        form->addRow(label, combo);
        m_safety[fact] = combo;
        connect(combo, &QComboBox::currentIndexChanged, this, &IntakeWidget::markDirty);
    }
    return box;
}

void IntakeWidget::start(Session *session, const store::PatientDetails &details)
{
    m_loading = true;
    m_session = session;
    m_details = details;
    for (auto &[var, f] : m_fields) {
        f->clear();
        if (auto unit = session->preferredUnit(var); unit && !unit->isEmpty())
            f->setUnit(*unit);
    }
    for (auto &[var, c] : m_choices)
        c->setCurrentIndex(0);
    for (auto &[sbp, dbp] : m_readings) {
        sbp->clear();
        dbp->clear();
    }
    // Safety facts start at the latest answer; only a changed answer is saved again.
    for (auto &[fact, combo] : m_safety) {
        const auto answer = details.safety[static_cast<std::size_t>(fact)];
        combo->setCurrentIndex(answer ? (*answer ? 1 : 2) : 0);
    }
    m_newMedications.clear();
    m_stoppedMedications.clear();
    m_newAllergies.clear();
    refillMedications();
    refillAllergies();
    m_measuredAt->setDateTime(QDateTime::currentDateTime());
    m_status->clear();
    updateDerived();
    m_loading = false;
    m_dirty = false;
}

void IntakeWidget::clear()
{
    m_loading = true;
    m_session = nullptr;
    m_details = {};
    for (auto &[var, f] : m_fields)
        f->clear();
    for (auto &[sbp, dbp] : m_readings) {
        sbp->clear();
        dbp->clear();
    }
    m_newMedications.clear();
    m_stoppedMedications.clear();
    m_newAllergies.clear();
    m_medications->setRowCount(0);
    m_allergies->setRowCount(0);
    m_status->clear();
    m_loading = false;
    m_dirty = false;
}

void IntakeWidget::markDirty()
{
    if (!m_loading)
        m_dirty = true;
}

MeasurementField *IntakeWidget::field(Var var) const
{
    auto it = m_fields.find(var);
    return it == m_fields.end() ? nullptr : it->second;
}

QComboBox *IntakeWidget::choice(Var var) const
{
    auto it = m_choices.find(var);
    return it == m_choices.end() ? nullptr : it->second;
}

bool IntakeWidget::focusField(Var var)
{
    QWidget *target = nullptr;
    if (MeasurementField *f = field(var))
        target = f->edit();
    else if (QComboBox *c = choice(var))
        target = c;
    else if (var == Var::Sbp || var == Var::Dbp || var == Var::SbpSd)
        target = m_readings.front().first;
    else if (var == Var::Egfr)
        target = field(Var::Creatinine)->edit();
    else if (var == Var::Bmi)
        target = field(Var::Height)->edit();
    else if (var == Var::Statin || var == Var::BpTreated || var == Var::BpTreatedEver)
        target = m_medName;
    if (!target)
        return false;
    m_scroll->ensureWidgetVisible(target, 40, 80);
    target->setFocus(Qt::OtherFocusReason);
    return true;
}

void IntakeWidget::updateDerived()
{
    // Blood pressure: mean of the readings given, SD of SBP with two or more.
    std::vector<double> sbp, dbp;
    QString problem;
    for (std::size_t i = 0; i < m_readings.size(); ++i) {
        const auto s = number(m_readings[i].first);
        const auto d = number(m_readings[i].second);
        if (s)
            sbp.push_back(*s);
        if (d)
            dbp.push_back(*d);
        if (s && d && *d >= *s)
            problem = tr("Reading %1: diastolic must be below systolic.").arg(i + 1);
        if ((!m_readings[i].first->text().trimmed().isEmpty() && !s)
            || (!m_readings[i].second->text().trimmed().isEmpty() && !d))
            problem = tr("Reading %1 is not a number.").arg(i + 1);
    }
    QString summary;
    if (!sbp.empty()) {
        double mean = 0;
        for (double v : sbp)
            mean += v;
        mean /= static_cast<double>(sbp.size());
        double dmean = 0;
        for (double v : dbp)
            dmean += v;
        if (!dbp.empty())
            dmean /= static_cast<double>(dbp.size());
        summary = dbp.empty() ? tr("Mean %1 mmHg systolic").arg(QLocale().toString(mean, 'f', 0))
                              : tr("Mean %1/%2 mmHg")
                                    .arg(QLocale().toString(mean, 'f', 0),
                                         QLocale().toString(dmean, 'f', 0));
        if (sbp.size() >= 2) {
            double ss = 0;
            for (double v : sbp)
                ss += (v - mean) * (v - mean);
            const double sd = std::sqrt(ss / static_cast<double>(sbp.size() - 1));
            summary += QStringLiteral(" \u00B7 ")
                       + tr("SD of systolic %1 mmHg").arg(QLocale().toString(sd, 'f', 1));
        }
    }
    m_bpSummary->setText(problem.isEmpty() ? summary : problem);
    m_bpSummary->setProperty("level", problem.isEmpty() ? "hint" : "error");

    const auto height = field(Var::Height)->canonicalValue();
    const auto weight = field(Var::Weight)->canonicalValue();
    m_bmi->setText(
        height && weight && *height > 0
            ? QStringLiteral("%1 kg/m\u00B2")
                  .arg(QLocale().toString(clinical::bmiFromWeightHeight(*weight, *height), 'f', 1))
            : tr("from height and weight"));

    const auto creatinine = field(Var::Creatinine)->canonicalValue();
    const int age = Format::ageInYears(m_details.summary.dateOfBirth, m_measuredAt->date());
    if (creatinine && *creatinine > 0 && age >= 18
        && (m_details.summary.sex == QLatin1String("female")
            || m_details.summary.sex == QLatin1String("male"))) {
        const double egfr = clinical::ckdEpi2021Egfr(
            *creatinine, age, m_details.summary.sex == QLatin1String("female"));
        m_egfr->setText(
            tr("%1 mL/min/1.73 m\u00B2 (%2)")
                .arg(QLocale().toString(egfr, 'f', 0), clinical::kdigoGfrCategory(egfr)));
    } else {
        m_egfr->setText(tr("from creatinine, age and sex (adults)"));
    }

    // Cross-field rules shown next to the field: HDL and LDL are parts of total cholesterol
    // and cannot exceed it (the vault refuses the same, core/store/ChartRecords.cpp). Compared
    // in the canonical unit, whatever units were chosen. Set again on every change: editing
    // the field clears its refusal, and the rule must come back while it still holds.
    const auto tc = field(Var::TotalCholesterol)->canonicalValue();
    const auto partOfTotal = [&](Var part, bool &shown, const QString &reason) {
        const auto value = field(part)->canonicalValue();
        const bool above = tc && value && *value > *tc;
        if (above || shown)
            field(part)->setExternalError(above ? reason : QString());
        shown = above;
    };
    partOfTotal(Var::HdlCholesterol, m_hdlRuleShown, tr("Refused: HDL above total cholesterol"));
    partOfTotal(Var::LdlCholesterol, m_ldlRuleShown, tr("Refused: LDL above total cholesterol"));
}

void IntakeWidget::refillMedications()
{
    m_medications->setRowCount(0);
    const auto addRow
        = [this](const QString &name, const QString &atc, const QDate &since, QWidget *stop) {
              const int row = m_medications->rowCount();
              m_medications->insertRow(row);
              m_medications->setItem(row, 0, new QTableWidgetItem(name));
              m_medications->setItem(row, 1, new QTableWidgetItem(atc));
              m_medications->setItem(row, 2, new QTableWidgetItem(Format::date(since)));
              if (stop)
                  m_medications->setCellWidget(row, 3, stop);
              else
                  m_medications->setItem(row, 3, new QTableWidgetItem(tr("new")));
          };
    for (const store::Medication &m : m_details.medications) {
        if (m.stopped)
            continue;
        auto *stop = new QCheckBox(tr("Stop"));
        stop->setObjectName(QStringLiteral("intakeMedicationStop_%1").arg(m.id));
        stop->setAccessibleName(tr("Stop %1").arg(m.name.isEmpty() ? m.atc : m.name));
        stop->setChecked(std::find(m_stoppedMedications.begin(), m_stoppedMedications.end(), m.id)
                         != m_stoppedMedications.end());
        const qint64 id = m.id;
        connect(stop, &QCheckBox::toggled, this, [this, id](bool on) {
            auto it = std::find(m_stoppedMedications.begin(), m_stoppedMedications.end(), id);
            if (on && it == m_stoppedMedications.end())
                m_stoppedMedications.push_back(id);
            else if (!on && it != m_stoppedMedications.end())
                m_stoppedMedications.erase(it);
            markDirty();
        });
        addRow(m.name, m.atc, m.started, stop);
    }
    for (const store::NewMedication &m : m_newMedications)
        addRow(m.name, m.atc, m.started, nullptr);
    m_medications->resizeColumnsToContents();
}

void IntakeWidget::refillAllergies()
{
    m_allergies->setRowCount(0);
    const auto addRow = [this](const QString &substance, const QString &reaction, bool intol) {
        const int row = m_allergies->rowCount();
        m_allergies->insertRow(row);
        m_allergies->setItem(row, 0, new QTableWidgetItem(substance));
        m_allergies->setItem(row, 1, new QTableWidgetItem(reaction));
        m_allergies->setItem(
            row, 2, new QTableWidgetItem(intol ? tr("Intolerance") : tr("Allergy")));
    };
    for (const store::Allergy &a : m_details.allergies)
        addRow(a.substance, a.reaction, a.intolerance);
    for (const store::NewAllergy &a : m_newAllergies)
        addRow(a.substance, a.reaction, a.intolerance);
    m_allergies->resizeColumnsToContents();
}

std::optional<store::Visit> IntakeWidget::collect()
{
    store::Visit visit;
    visit.measuredAt = m_measuredAt->dateTime();
    for (std::size_t i = 0; i < m_readings.size(); ++i) {
        const auto s = number(m_readings[i].first);
        const auto d = number(m_readings[i].second);
        const bool sGiven = !m_readings[i].first->text().trimmed().isEmpty();
        const bool dGiven = !m_readings[i].second->text().trimmed().isEmpty();
        if ((sGiven && !s) || (dGiven && !d) || (dGiven && !sGiven) || (s && d && *d >= *s)) {
            m_status->setText(
                tr("Blood pressure reading %1 is refused: %2").arg(i + 1).arg(m_bpSummary->text()));
            m_readings[i].first->setFocus();
            return std::nullopt;
        }
        if (s)
            visit.sbpReadings.push_back(*s);
        if (d)
            visit.dbpReadings.push_back(*d);
    }
    if (!visit.dbpReadings.empty() && visit.dbpReadings.size() != visit.sbpReadings.size()) {
        m_status->setText(tr("Give a diastolic value for every systolic reading, or none."));
        m_readings.front().second->setFocus();
        return std::nullopt;
    }
    for (auto &[var, f] : m_fields) {
        if (!f->acceptable()) {
            m_status->setText(f->state() == MeasurementField::State::NeedsConfirmation
                                  ? tr("%1 is implausible: confirm it or correct it.")
                                        .arg(RiskFormat::variable(var))
                                  : tr("%1 is refused: see the reason next to the field.")
                                        .arg(RiskFormat::variable(var)));
            focusField(var);
            return std::nullopt;
        }
        if (const auto v = f->enteredValue())
            visit.values.push_back({var, *v, f->unit()});
    }
    for (auto &[var, c] : m_choices) {
        const int code = c->currentData().toInt();
        if (code != kNotRecorded)
            visit.values.push_back({var, static_cast<double>(code), QString()});
    }
    visit.medicationsStarted = m_newMedications;
    visit.medicationsStopped = m_stoppedMedications;
    visit.allergies = m_newAllergies;
    for (auto &[fact, combo] : m_safety) {
        const int v = combo->currentData().toInt();
        const auto before = m_details.safety[static_cast<std::size_t>(fact)];
        if (v == kNotRecorded)
            continue;
        if (before && *before == (v == 1))
            continue;
        visit.safetyFacts.emplace_back(fact, v == 1);
    }
    return visit;
}

void IntakeWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Below this width two columns of labelled fields no longer fit side by side.
    constexpr int twoColumnWidth = 1100;
    m_columns->setDirection(width() < twoColumnWidth ? QBoxLayout::TopToBottom
                                                     : QBoxLayout::LeftToRight);
}

bool IntakeWidget::save()
{
    if (!m_session)
        return false;
    m_status->setProperty("level", "error");
    auto visit = collect();
    if (!visit)
        return false;
    if (visit->values.empty() && visit->sbpReadings.empty() && visit->medicationsStarted.empty()
        && visit->medicationsStopped.empty() && visit->allergies.empty()
        && visit->safetyFacts.empty()) {
        m_status->setText(tr("Nothing to save yet."));
        return false;
    }
    auto written = m_session->saveVisit(m_details.summary.id, *visit);
    if (!written) {
        showError(written.error());
        return false;
    }
    m_status->setProperty("level", "hint");
    m_dirty = false;
    Q_EMIT saved();
    return true;
}

void IntakeWidget::showError(const Error &error)
{
    // The vault names the field by its column; the message stays next to that field.
    QString where;
    if (auto var = clinical::varByName(QLatin1StringView(error.field.toLatin1()))) {
        if (MeasurementField *f = field(*var)) {
            f->setExternalError(tr("Refused: %1").arg(error.detail));
            focusField(*var);
        }
        where = RiskFormat::variable(*var);
    }
    switch (error.code) {
    case ErrorCode::InvalidInput:
        m_status->setText(
            where.isEmpty()
                ? tr("The visit was not saved: %1").arg(error.message())
                : tr("The visit was not saved: %1 is refused (%2).").arg(where, error.detail));
        break;
    case ErrorCode::Permission:
        m_status->setText(tr("Your roles do not allow recording a visit. Nothing was saved."));
        break;
    default:
        m_status->setText(tr("The vault could not save the visit; nothing was saved. Lock the "
                             "vault and ask your administrator to run a vault check."));
        break;
    }
}

void IntakeWidget::keyPressEvent(QKeyEvent *event)
{
    // Enter saves from any field (QLineEdit passes Enter on; combo boxes and tables keep it).
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (qobject_cast<QLineEdit *>(focusWidget()) != nullptr && focusWidget() != m_medName
            && focusWidget() != m_medAtc && focusWidget() != m_allergySubstance
            && focusWidget() != m_allergyReaction) {
            save();
            return;
        }
    }
    QWidget::keyPressEvent(event);
}

} // namespace precis::ui
