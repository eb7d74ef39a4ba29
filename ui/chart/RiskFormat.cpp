// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/RiskFormat.h"

#include "core/risk/RiskText.h"

#include <QLocale>

#include <cmath>

namespace precis::ui {

using clinical::Var;

int RiskFormat::decimals(const QString &u)
{
    if (u == QLatin1String("%") || u == QLatin1String("%/a"))
        return 1;
    if (u == QLatin1String("mmol/L") || u == QLatin1String("mg/dL") || u == QLatin1String("kg/m2"))
        return 1;
    return 0;
}

QString RiskFormat::unit(const QString &u)
{
    if (u == QLatin1String("mm[Hg]"))
        return QStringLiteral("mmHg");
    if (u == QLatin1String("mL/min/{1.73_m2}"))
        return QStringLiteral("mL/min/1.73 m\u00B2");
    if (u == QLatin1String("kg/m2"))
        return QStringLiteral("kg/m\u00B2");
    if (u == QLatin1String("umol/L"))
        return QStringLiteral("\u00B5mol/L");
    if (u == QLatin1String("%/a"))
        return tr("% per year");
    if (u == QLatin1String("{points}"))
        return tr("points");
    if (u == QLatin1String("a"))
        return tr("years");
    return u;
}

QString RiskFormat::value(double v, const QString &u)
{
    const QLocale locale;
    const QString number = locale.toString(v, 'f', decimals(u));
    if (u == QLatin1String("%"))
        //: A risk in percent, e.g. "14.2 %"
        return tr("%1 %").arg(number);
    if (u == QLatin1String("{points}"))
        return tr("%n point(s)", nullptr, static_cast<int>(std::lround(v)));
    if (u.isEmpty())
        return number;
    return QStringLiteral("%1 %2").arg(number, unit(u));
}

QString RiskFormat::horizon(std::optional<int> years, const QString &u)
{
    if (u == QLatin1String("%/a"))
        return tr("annual rate");
    if (!years)
        return {};
    return tr("%n-year risk", nullptr, *years);
}

QString RiskFormat::variable(Var v)
{
    switch (v) {
    case Var::Age:
        return tr("Age");
    case Var::Sex:
        return tr("Sex");
    case Var::Race:
        return tr("Race (PCE)");
    case Var::TotalCholesterol:
        return tr("Total cholesterol");
    case Var::HdlCholesterol:
        return tr("HDL cholesterol");
    case Var::Sbp:
        return tr("Systolic blood pressure");
    case Var::Dbp:
        return tr("Diastolic blood pressure");
    case Var::SbpSd:
        return tr("SD of systolic readings");
    case Var::BpTreated:
        return tr("On blood pressure treatment");
    case Var::BpTreatedEver:
        return tr("Ever on blood pressure treatment");
    case Var::Statin:
        return tr("On a statin");
    case Var::Diabetes:
        return tr("Diabetes");
    case Var::Smoking:
        return tr("Smoking");
    case Var::Egfr:
        return tr("eGFR");
    case Var::Creatinine:
        return tr("Creatinine");
    case Var::Bmi:
        return tr("Body mass index");
    case Var::Height:
        return tr("Height");
    case Var::Weight:
        return tr("Weight");
    case Var::Waist:
        return tr("Waist circumference");
    case Var::Hba1c:
        return tr("HbA1c");
    case Var::FastingGlucose:
        return tr("Fasting glucose");
    case Var::Uacr:
        return tr("Urine albumin-creatinine ratio");
    case Var::SdiDecile:
        return tr("Social Deprivation Index decile");
    case Var::Ethnicity:
        return tr("Ethnicity");
    case Var::Townsend:
        return tr("Townsend deprivation score");
    case Var::Af:
        return tr("Atrial fibrillation");
    case Var::AtypicalAntipsychotic:
        return tr("Atypical antipsychotic");
    case Var::Corticosteroids:
        return tr("Regular corticosteroids");
    case Var::ErectileDysfunction:
        return tr("Erectile dysfunction");
    case Var::Migraine:
        return tr("Migraine");
    case Var::RheumatoidArthritis:
        return tr("Rheumatoid arthritis");
    case Var::CkdStage35:
        return tr("Chronic kidney disease stage 3–5");
    case Var::SevereMentalIllness:
        return tr("Severe mental illness");
    case Var::Sle:
        return tr("Systemic lupus erythematosus");
    case Var::FamilyHistoryChd:
        return tr("Family history of early heart disease");
    case Var::Cvd:
        return tr("Cardiovascular disease");
    case Var::GestationalDiabetes:
        return tr("Gestational diabetes");
    case Var::Pcos:
        return tr("Polycystic ovary syndrome");
    case Var::LearningDisability:
        return tr("Learning disability");
    case Var::SchizophreniaOrBipolar:
        return tr("Schizophrenia or bipolar disorder");
    case Var::FamilyHistoryDiabetes:
        return tr("Family history of diabetes");
    case Var::PhysicallyActive:
        return tr("Physically active");
    case Var::DailyVegetables:
        return tr("Vegetables or fruit every day");
    case Var::HighGlucoseHistory:
        return tr("History of high blood glucose");
    case Var::Score2Region:
        return tr("SCORE2 risk region");
    case Var::KfreRegion:
        return tr("KFRE region");
    case Var::Calcium:
        return tr("Calcium");
    case Var::Phosphate:
        return tr("Phosphate");
    case Var::Albumin:
        return tr("Albumin");
    case Var::Bicarbonate:
        return tr("Bicarbonate");
    case Var::HeartFailure:
        return tr("Heart failure");
    case Var::Hypertension:
        return tr("Hypertension");
    case Var::StrokeTiaTe:
        return tr("Stroke, TIA or thromboembolism");
    case Var::VascularDisease:
        return tr("Vascular disease");
    case Var::PriorStroke:
        return tr("Prior stroke");
    case Var::AbnormalRenalFunction:
        return tr("Abnormal renal function");
    case Var::AbnormalLiverFunction:
        return tr("Abnormal liver function");
    case Var::BleedingHistory:
        return tr("Bleeding history");
    case Var::LabileInr:
        return tr("Labile INR");
    case Var::AntiplateletOrNsaid:
        return tr("Antiplatelet or NSAID");
    case Var::AlcoholExcess:
        return tr("Alcohol excess");
    case Var::Dialysis:
        return tr("On dialysis");
    case Var::LdlCholesterol:
        return tr("LDL cholesterol");
    case Var::Potassium:
        return tr("Potassium");
    default:
        break;
    }
    return QString(clinical::varInfo(v).name);
}

QString RiskFormat::definition(Var v)
{
    // Definitions as the models' papers use them: QRISK3 (Hippisley-Cox et al., BMJ
    // 2017;357:j2099, Table 1 and "Predictor variables"), HAS-BLED (Pisters et al., Chest
    // 2010;138:1093, Table 1), CHA2DS2-VASc (Lip et al., Chest 2010;137:263), FINDRISC
    // (Lindstrom and Tuomilehto, Diabetes Care 2003;26:725).
    switch (v) {
    case Var::SevereMentalIllness:
        return tr("Schizophrenia, bipolar affective disorder or moderate to severe depression "
                  "(QRISK3).");
    case Var::AtypicalAntipsychotic:
        return tr("Currently taking a second-generation (atypical) antipsychotic (QRISK3).");
    case Var::Corticosteroids:
        return tr("Regular oral corticosteroid tablets (QRISK3).");
    case Var::ErectileDysfunction:
        return tr("A diagnosis of, or treatment for, erectile dysfunction (QRISK3).");
    case Var::CkdStage35:
        return tr("Chronic kidney disease stage 3, 4 or 5 recorded (QRISK3).");
    case Var::FamilyHistoryChd:
        return tr("Angina or heart attack in a first-degree relative before the age of 60 "
                  "(QRISK3).");
    case Var::Sle:
        return tr("Systemic lupus erythematosus (QRISK3).");
    case Var::Cvd:
        return tr("Known heart attack, angina, stroke, TIA or peripheral arterial disease: the "
                  "primary-prevention models do not apply.");
    case Var::BpTreated:
        return tr("Derived from the medication list when an antihypertensive is current.");
    case Var::Statin:
        return tr("Derived from the medication list when a statin is current.");
    case Var::Hypertension:
        return tr("CHA2DS2-VASc: hypertension; HAS-BLED: uncontrolled, systolic above "
                  "160 mmHg.");
    case Var::AbnormalRenalFunction:
        return tr("Dialysis, kidney transplant or serum creatinine of 200 \u00B5mol/L or more "
                  "(HAS-BLED).");
    case Var::AbnormalLiverFunction:
        return tr("Cirrhosis, or bilirubin above twice and AST/ALT above three times the upper "
                  "limit of normal (HAS-BLED).");
    case Var::BleedingHistory:
        return tr("Previous major bleeding or a predisposition to bleeding (HAS-BLED).");
    case Var::LabileInr:
        return tr("Unstable or high INRs, time in therapeutic range below 60 % (HAS-BLED).");
    case Var::AntiplateletOrNsaid:
        return tr("Concomitant antiplatelet drugs or NSAIDs (HAS-BLED).");
    case Var::AlcoholExcess:
        return tr("Eight or more drinks a week (HAS-BLED).");
    case Var::Dialysis:
        return tr("On maintenance dialysis, recorded as a safety fact: the kidney failure risk "
                  "equations do not apply (Tangri et al., JAMA 2011;305:1553).");
    case Var::VascularDisease:
        return tr("Prior heart attack, peripheral artery disease or aortic plaque "
                  "(CHA2DS2-VASc).");
    case Var::StrokeTiaTe:
        return tr("Prior stroke, transient ischaemic attack or thromboembolism (CHA2DS2-VASc).");
    case Var::PhysicallyActive:
        return tr("At least 30 minutes of physical activity daily, at work or in leisure time "
                  "(FINDRISC).");
    case Var::DailyVegetables:
        return tr("Eats vegetables, fruit or berries every day (FINDRISC).");
    case Var::HighGlucoseHistory:
        return tr("Ever found to have high blood glucose, for example at a health check, "
                  "during illness or pregnancy (FINDRISC).");
    case Var::LdlCholesterol:
        return tr("Low-density lipoprotein cholesterol as the laboratory reports it (measured or "
                  "calculated). Part of the total cholesterol, so it cannot exceed it. No risk "
                  "model uses it.");
    case Var::Potassium:
        return tr("Serum potassium. A result in mEq/L is the same number in mmol/L. No risk "
                  "model uses it.");
    case Var::Race:
        return tr("Asked only because the Pooled Cohort Equations have separate equations for "
                  "white and African American adults. The race-free PREVENT equations are "
                  "shown beside them.");
    default:
        break;
    }
    return {};
}

QStringList RiskFormat::categoryWords(Var v)
{
    // In the order of the `score` vocabulary's tokens (core/clinical/Variable.cpp).
    switch (v) {
    case Var::Race:
        return {tr("white"), tr("Black or African American"), tr("other")};
    case Var::Diabetes:
        return {tr("none"), tr("type 1"), tr("type 2")};
    case Var::Smoking:
        return {tr("never smoked"),
                tr("former smoker"),
                tr("light smoker (under 10 a day)"),
                tr("moderate smoker (10–19 a day)"),
                tr("heavy smoker (20 or more a day)"),
                tr("current smoker, amount unknown")};
    case Var::Ethnicity:
        return {tr("White or not stated"),
                tr("Indian"),
                tr("Pakistani"),
                tr("Bangladeshi"),
                tr("Other Asian"),
                tr("Black Caribbean"),
                tr("Black African"),
                tr("Chinese"),
                tr("Other ethnic group")};
    case Var::FamilyHistoryDiabetes:
        return {tr("none"), tr("other relative"), tr("first-degree relative")};
    case Var::Score2Region:
        return {tr("low risk"), tr("moderate risk"), tr("high risk"), tr("very high risk")};
    case Var::KfreRegion:
        return {tr("North American"), tr("other")};
    default:
        break;
    }
    return {};
}

QString RiskFormat::variableValue(Var v, double value)
{
    const clinical::VarInfo &info = clinical::varInfo(v);
    const int code = static_cast<int>(std::lround(value));
    switch (info.kind) {
    case clinical::VarKind::Flag:
        return code != 0 ? tr("yes") : tr("no");
    case clinical::VarKind::Category: {
        if (v == Var::Sex)
            return code == 1 ? tr("male") : tr("female");
        const int i = code - info.firstCode;
        const QStringList words = categoryWords(v);
        if (i >= 0 && i < words.size())
            return words[i];
        if (i >= 0 && i < info.tokenCount) {
            QString token = QString(info.tokens[static_cast<std::size_t>(i)]);
            token.replace(QLatin1Char('_'), QLatin1Char(' '));
            return token;
        }
        return QString::number(code);
    }
    case clinical::VarKind::Number:
        break;
    }
    const QString u = QString(info.unit);
    if (u.isEmpty() || u == QLatin1String("a"))
        return QLocale().toString(value, 'f', u == QLatin1String("a") ? 0 : 1);
    return value == std::floor(value) && decimals(u) == 0
               ? QStringLiteral("%1 %2").arg(QLocale().toString(value, 'f', 0), unit(u))
               : QStringLiteral("%1 %2").arg(QLocale().toString(value, 'f', 1), unit(u));
}

QString RiskFormat::message(const risk::Message &m)
{
    if (m.source == nullptr)
        return {};
    return risk::fillTemplate(QCoreApplication::translate(risk::kRiskTextContext, m.source),
                              m.args);
}

QStringList RiskFormat::messages(const risk::OutcomeRow &row)
{
    QStringList out;
    out.reserve(row.messages.size());
    for (qsizetype i = 0; i < row.messages.size(); ++i) {
        const auto index = static_cast<std::size_t>(i);
        if (index < row.messageSources.size() && row.messageSources[index].source != nullptr)
            out << message(row.messageSources[index]);
        else
            out << cardText(row.messages.at(i));
    }
    return out;
}

QString RiskFormat::cardText(const QString &english)
{
    if (english.isEmpty())
        return english;
    return QCoreApplication::translate(risk::kRiskTextContext, english.toUtf8().constData());
}

} // namespace precis::ui
