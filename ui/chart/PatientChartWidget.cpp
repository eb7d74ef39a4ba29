// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/PatientChartWidget.h"

#include "core/clinical/SnapshotAssembly.h"
#include "ui/Format.h"
#include "ui/chart/AssessmentDialog.h"
#include "ui/chart/GenomicsView.h"
#include "ui/chart/OptionsView.h"
#include "ui/chart/RiskDashboard.h"
#include "ui/chart/RiskFormat.h"
#include "ui/intake/IntakeWidget.h"
#include "ui/session/Session.h"
#include "ui/timeline/TimelineWidget.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

namespace precis::ui {

PatientChartWidget::PatientChartWidget(const risk::RiskRegistry &registry, QWidget *parent)
    : QWidget(parent), m_registry(registry)
{
    setObjectName(QStringLiteral("patientChart"));
    m_header = new QWidget(this);
    m_header->setObjectName(QStringLiteral("chartHeader"));
    m_header->setAttribute(Qt::WA_StyledBackground, true);
    auto *back = new QPushButton(tr("\u2190 &Patients"), m_header);
    back->setObjectName(QStringLiteral("chartBackButton"));
    back->setToolTip(tr("Back to the patient list (Esc or Alt+Left)"));
    back->setAutoDefault(false);
    connect(back, &QPushButton::clicked, this, [this] {
        if (confirmLeave())
            Q_EMIT backRequested();
    });
    m_name = new QLabel(m_header);
    m_name->setObjectName(QStringLiteral("chartPatientName"));
    m_facts = new QLabel(m_header);
    m_facts->setObjectName(QStringLiteral("chartPatientFacts"));
    // Wraps rather than running under "Signed in" in a narrow window or at a large font size.
    m_facts->setWordWrap(true);
    m_allergies = new QLabel(m_header);
    m_allergies->setObjectName(QStringLiteral("chartAllergies"));
    m_allergies->setWordWrap(true);
    m_medications = new QLabel(m_header);
    m_medications->setObjectName(QStringLiteral("chartMedications"));
    m_medications->setWordWrap(true);
    m_user = new QLabel(m_header);
    m_user->setObjectName(QStringLiteral("chartSignedInUser"));
    for (QLabel *l : {m_name, m_facts, m_allergies, m_medications, m_user})
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *top = new QHBoxLayout;
    top->addWidget(back);
    top->addSpacing(8);
    top->addWidget(m_name);
    top->addSpacing(12);
    top->addWidget(m_facts, 1);
    top->addWidget(m_user);
    auto *headerLayout = new QVBoxLayout(m_header);
    headerLayout->setContentsMargins(12, 8, 12, 8);
    headerLayout->setSpacing(4);
    headerLayout->addLayout(top);
    headerLayout->addWidget(m_allergies);
    headerLayout->addWidget(m_medications);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("chartErrorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();

    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("chartViews"));
    m_views->setDocumentMode(true);
    m_dashboard = new RiskDashboard(m_registry, m_views);
    m_intake = new IntakeWidget(m_views);
    m_timeline = new TimelineWidget(m_views);
    m_views->addTab(m_dashboard, tr("&Summary"));
    m_views->addTab(m_intake, tr("&Intake"));
    m_views->addTab(m_timeline, tr("&Timeline"));
    // Last, so the existing tabs keep their indexes. Alt+N: Alt+O is the dashboard's
    // Contributions tab, visible with the summary.
    m_options = new OptionsView(m_registry, m_views);
    m_views->addTab(m_options, tr("Optio&ns"));
    m_genomics = new GenomicsView(m_views);
    m_views->addTab(m_genomics, tr("Geno&mics"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_error);
    layout->addWidget(m_views, 1);

    // Back to the list from anywhere in the chart (a popup or dialog keeps its own Esc).
    for (const QKeySequence &key :
         {QKeySequence(Qt::Key_Escape), QKeySequence(Qt::ALT | Qt::Key_Left)}) {
        auto *shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (confirmLeave())
                Q_EMIT backRequested();
        });
    }
    connect(m_views, &QTabWidget::currentChanged, this, &PatientChartWidget::onViewChanged);
    connect(m_dashboard, &RiskDashboard::fieldRequested, this, [this](clinical::Var var) {
        showView(View::Intake);
        m_intake->focusField(var);
    });
    connect(m_dashboard, &RiskDashboard::assessmentRecorded, this, [] {});
    connect(m_intake, &IntakeWidget::saved, this, [this] {
        reload();
        Q_EMIT chartChanged();
        showView(View::Summary);
    });
    connect(m_genomics, &GenomicsView::imported, this, [this] {
        m_genomics->setResults(readGenotypes());
    });
    connect(m_timeline, &TimelineWidget::correctionRequested, this, &PatientChartWidget::correct);
    connect(m_timeline,
            &TimelineWidget::assessmentRequested,
            this,
            &PatientChartWidget::showAssessment);
}

bool PatientChartWidget::open(Session *session, qint64 patientId)
{
    clear();
    m_session = session;
    auto summary = session->openPatient(patientId);
    if (!summary) {
        m_error->setText(summary.error().code == ErrorCode::Permission
                             ? tr("Your roles do not allow opening charts.")
                             : tr("This chart could not be opened."));
        m_error->show();
        m_session = nullptr;
        return false;
    }
    m_history.patient = *summary;
    if (!reload())
        return false;
    m_views->setCurrentWidget(m_dashboard);
    return true;
}

bool PatientChartWidget::reload()
{
    if (!m_session)
        return false;
    const qint64 id = m_history.patient.id;
    auto details = m_session->patientDetails(id);
    auto observations
        = details ? m_session->observations(id)
                  : Result<std::vector<store::ObservationRow>>(tl::unexpected(details.error()));
    if (!details || !observations) {
        m_error->setText(tr("The chart could not be read completely; nothing is shown rather "
                            "than part of it. Lock the vault and ask your administrator to run a "
                            "vault check."));
        m_error->show();
        m_dashboard->clear();
        return false;
    }
    m_error->hide();
    m_details = std::move(*details);
    m_history.patient = m_details.summary;
    m_history.observations = std::move(*observations);
    m_history.medications = m_details.medications;
    m_history.safetyAnswers = m_details.safetyAnswers;
    updateHeader();
    m_dashboard->setChart(m_session, &m_history);
    if (!m_intake->isDirty())
        m_intake->start(m_session, m_details);
    return true;
}

void PatientChartWidget::updateHeader()
{
    const store::PatientSummary &p = m_details.summary;
    m_name->setText(p.givenName.isEmpty() ? p.familyName
                                          //: Chart header: family name, given name
                                          : tr("%1, %2").arg(p.familyName, p.givenName));
    const int age = Format::ageInYears(p.dateOfBirth, QDate::currentDate());
    //: Chart header: record number, age, sex, date of birth
    m_facts->setText(tr("No. %1 \u00B7 %n year(s) \u00B7 %2 \u00B7 born %3", nullptr, age)
                         .arg(p.recordNumber, Format::sex(p.sex), Format::date(p.dateOfBirth)));
    QStringList allergies;
    for (const store::Allergy &a : m_details.allergies) {
        allergies << (a.reaction.isEmpty()
                          ? a.substance
                          : QStringLiteral("%1 (%2)").arg(a.substance, a.reaction));
    }
    m_allergies->setText(
        allergies.isEmpty()
            ? tr("Allergies and intolerances: none recorded")
            : tr("Allergies and intolerances: %1").arg(allergies.join(QStringLiteral(", "))));
    m_allergies->setProperty("alert", !allergies.isEmpty());
    QStringList meds;
    for (const store::Medication &m : m_details.medications) {
        if (!m.stopped)
            meds << (m.name.isEmpty() ? m.atc : m.name);
    }
    m_medications->setText(
        meds.isEmpty() ? tr("Current medications: none recorded")
                       : tr("Current medications: %1").arg(meds.join(QStringLiteral(", "))));
    m_user->setText(tr("Signed in: %1").arg(m_session->user().name));
}

void PatientChartWidget::clear()
{
    m_session = nullptr;
    m_history = {};
    m_details = {};
    m_dashboard->clear();
    m_intake->clear();
    m_timeline->clear();
    m_options->setDecisionSession(nullptr, 0);
    m_options->clear();
    m_genomics->clear();
    for (QLabel *l : {m_name, m_facts, m_allergies, m_medications, m_user, m_error})
        l->clear();
    m_error->hide();
}

void PatientChartWidget::showView(View view)
{
    switch (view) {
    case View::Summary:
        m_views->setCurrentWidget(m_dashboard);
        break;
    case View::Intake:
        m_views->setCurrentWidget(m_intake);
        break;
    case View::Timeline:
        m_views->setCurrentWidget(m_timeline);
        break;
    case View::Options:
        m_views->setCurrentWidget(m_options);
        break;
    case View::Genomics:
        m_views->setCurrentWidget(m_genomics);
        break;
    }
}

void PatientChartWidget::onViewChanged(int index)
{
    if (!m_session)
        return;
    QWidget *view = m_views->widget(index);
    // Every view shown is audited, the summary included (it reads nothing new when shown again).
    const QString token = view == m_timeline   ? QStringLiteral("timeline")
                          : view == m_intake   ? QStringLiteral("intake")
                          : view == m_options  ? QStringLiteral("options")
                          : view == m_genomics ? QStringLiteral("genomics")
                                               : QStringLiteral("summary");
    if (auto r = m_session->recordChartView(m_history.patient.id, token);
        !r && r.error().code != ErrorCode::Unsupported) {
        m_error->setText(tr("Showing this view could not be recorded in the audit trail. Lock "
                            "the vault and ask your administrator to check it."));
        m_error->show();
    }
    if (view == m_timeline) {
        // Read when shown: an audited read of the chart's history, always current.
        auto entries = m_session->timeline(m_history.patient.id);
        if (entries)
            m_timeline->setEntries(std::move(*entries));
        else
            m_timeline->clear();
    } else if (view == m_intake && !m_intake->isDirty()) {
        reload();
    } else if (view == m_options) {
        // As of today, from the vault's snapshot derived as the dashboard scores it and the
        // chart's current medications, allergies and safety facts.
        const QDate today = QDate::currentDate();
        auto snapshot = m_session->snapshot(m_history.patient.id, today);
        clinical::Snapshot s = snapshot ? *snapshot : m_history.snapshotAsOf(today);
        if (snapshot)
            clinical::deriveMissing(s);
        // With the stored pharmacogenomic results, so that the genotype modifiers apply.
        m_options->setDecisionSession(m_session, m_history.patient.id);
        therapy::ChartFacts facts = chartFacts(m_details, s);
        for (const store::StoredGenotype &g : readGenotypes())
            facts.genotypes.push_back({g.result.gene, g.result.diplotype, g.result.phenotype});
        m_options->setFacts(facts, today);
    } else if (view == m_genomics) {
        m_genomics->setPatient(m_session, m_history.patient.id);
        m_genomics->setResults(readGenotypes());
    }
}

std::vector<store::StoredGenotype> PatientChartWidget::readGenotypes()
{
    if (!m_session)
        return {};
    auto genotypes = m_session->genotypes(m_history.patient.id);
    if (!genotypes) {
        if (genotypes.error().code != ErrorCode::Unsupported) {
            m_error->setText(tr("The genomic results could not be read. Lock the vault and ask "
                                "your administrator to run a vault check."));
            m_error->show();
        }
        return {};
    }
    return std::move(*genotypes);
}

bool PatientChartWidget::confirmLeave()
{
    if (!m_intake->isDirty())
        return true;
    const auto answer
        = QMessageBox::question(this,
                                tr("Unsaved Intake"),
                                tr("The visit being entered has not been saved. Save it now?"),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return m_intake->save();
    if (answer == QMessageBox::Discard) {
        m_intake->clear();
        return true;
    }
    return false;
}

void PatientChartWidget::correct(store::TimelineEntry entry)
{
    if (!m_session)
        return;
    auto var = clinical::varByName(QLatin1StringView(entry.what.toLatin1()));
    if (!var)
        return;
    bool ok = false;
    const double value
        = QInputDialog::getDouble(this,
                                  tr("Correct Value"),
                                  //: %1 variable, %2 value as recorded
                                  tr("Corrected value of %1 (recorded: %2), in %3:")
                                      .arg(RiskFormat::variable(*var),
                                           entry.value,
                                           RiskFormat::unit(QString(clinical::varInfo(*var).unit))),
                                  0,
                                  -1e9,
                                  1e9,
                                  2,
                                  &ok);
    if (!ok)
        return;
    const QString reason = QInputDialog::getText(this,
                                                 tr("Correct Value"),
                                                 tr("Reason for the correction (required):"),
                                                 QLineEdit::Normal,
                                                 QString(),
                                                 &ok)
                               .trimmed();
    if (!ok)
        return;
    if (reason.isEmpty()) {
        QMessageBox::information(
            this, tr("Correct Value"), tr("A correction needs a reason. Nothing was changed."));
        return;
    }
    auto corrected = m_session->correctObservation(entry.id, value, reason);
    if (!corrected) {
        QMessageBox::warning(this,
                             tr("Correct Value"),
                             tr("The correction was refused: %1").arg(corrected.error().message()));
        return;
    }
    reload();
    onViewChanged(m_views->currentIndex());
    Q_EMIT chartChanged();
}

void PatientChartWidget::showAssessment(qint64 assessmentId)
{
    if (!m_session)
        return;
    auto all = m_session->assessments(m_history.patient.id);
    if (!all)
        return;
    for (const store::RecordedAssessment &a : *all) {
        if (a.id == assessmentId) {
            AssessmentDialog dialog(a, this);
            dialog.exec();
            return;
        }
    }
}

} // namespace precis::ui
