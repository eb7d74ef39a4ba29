// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/intake/MeasurementField.h"

#include "core/clinical/Plausibility.h"
#include "core/clinical/SnapshotCsv.h"
#include "ui/chart/RiskFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStyle>
#include <QVBoxLayout>

#include <string>

namespace precis::ui {

using clinical::Var;

namespace {

/// The units a clinician may type a variable in: the canonical one and those `precis-cli score`
/// accepts for the column (core/clinical/SnapshotCsv.cpp).
QStringList unitsFor(Var var)
{
    const QString canonical = QString(clinical::varInfo(var).unit);
    QStringList units{canonical};
    for (const char *u : {"mmol/L", "mg/dL", "umol/L", "mmol/mol", "mg/mmol", "g/L"}) {
        const QString unit = QString::fromLatin1(u);
        if (unit == canonical)
            continue;
        const std::string header = QStringLiteral("%1[%2]")
                                       .arg(QString(clinical::varInfo(var).name), unit)
                                       .toStdString();
        if (clinical::parseColumnHeader(header))
            units << unit;
    }
    return units;
}

std::optional<double> toCanonical(Var var, const QString &unit, double value)
{
    if (unit == QString(clinical::varInfo(var).unit))
        return value;
    const std::string header
        = QStringLiteral("%1[%2]").arg(QString(clinical::varInfo(var).name), unit).toStdString();
    auto column = clinical::parseColumnHeader(header);
    if (!column)
        return std::nullopt;
    return clinical::toCanonical(column->conversion, value);
}

std::optional<double> fromCanonical(Var var, const QString &unit, double canonical)
{
    // The conversions are linear through zero except HbA1c (IFCC = 10.929 (NGSP - 2.15)):
    // invert numerically from two points of toCanonical.
    const auto a = toCanonical(var, unit, 0.0);
    const auto b = toCanonical(var, unit, 1.0);
    if (!a || !b || *b == *a)
        return std::nullopt;
    return (canonical - *a) / (*b - *a);
}

} // namespace

MeasurementField::MeasurementField(Var var, QWidget *parent) : QWidget(parent), m_var(var)
{
    const QString column = QString(clinical::varInfo(var).name);
    setObjectName(QStringLiteral("field_%1").arg(column));
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("input_%1").arg(column));
    m_edit->setAccessibleName(RiskFormat::variable(var));
    m_edit->setMaximumWidth(110);
    m_edit->setClearButtonEnabled(false);
    const QStringList units = unitsFor(var);
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("unit_%1").arg(column));
    m_unit->setAccessibleName(tr("Unit of %1").arg(RiskFormat::variable(var)));
    for (const QString &u : units)
        m_unit->addItem(RiskFormat::unit(u), u);
    m_unitLabel = new QLabel(RiskFormat::unit(units.first()), this);
    m_unit->setVisible(units.size() > 1);
    m_unitLabel->setVisible(units.size() == 1);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("verdict_%1").arg(column));
    m_verdict->setProperty("verdict", true);
    m_verdict->setWordWrap(true);
    m_confirm = new QCheckBox(tr("Confirm"), this);
    m_confirm->setObjectName(QStringLiteral("confirm_%1").arg(column));
    m_confirm->setToolTip(tr("The value is outside the plausible range: confirm that it was "
                             "measured and typed correctly."));
    m_confirm->hide();

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);
    row->addWidget(m_edit);
    row->addWidget(m_unit);
    row->addWidget(m_unitLabel);
    row->addWidget(m_confirm);
    row->addWidget(m_verdict, 1);

    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        m_externalError.clear();
        m_confirm->setChecked(false);
        revalidate();
        Q_EMIT changed();
    });
    connect(m_unit, &QComboBox::activated, this, [this] {
        revalidate();
        Q_EMIT unitChosen(m_var, unit());
        Q_EMIT changed();
    });
    connect(m_confirm, &QCheckBox::toggled, this, [this] {
        revalidate();
        Q_EMIT changed();
    });
    revalidate();
}

std::optional<double> MeasurementField::enteredValue() const
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    double v = QLocale().toDouble(text, &ok);
    if (!ok)
        v = QLocale::c().toDouble(text, &ok);
    if (!ok)
        return std::nullopt;
    return v;
}

QString MeasurementField::unit() const
{
    return m_unit->isVisible() || m_unit->count() > 1 ? m_unit->currentData().toString()
                                                      : QString(clinical::varInfo(m_var).unit);
}

void MeasurementField::setUnit(const QString &ucum)
{
    const int i = m_unit->findData(ucum);
    if (i >= 0) {
        m_unit->setCurrentIndex(i);
        revalidate();
    }
}

std::optional<double> MeasurementField::canonicalValue() const
{
    const auto v = enteredValue();
    if (!v)
        return std::nullopt;
    return toCanonical(m_var, unit(), *v);
}

bool MeasurementField::acceptable() const
{
    return m_externalError.isEmpty()
           && (m_state == State::Empty || m_state == State::Ok
               || (m_state == State::NeedsConfirmation && m_confirm->isChecked()));
}

void MeasurementField::setExternalError(const QString &message)
{
    m_externalError = message;
    revalidate();
}

void MeasurementField::clear()
{
    m_edit->clear();
    m_externalError.clear();
    m_confirm->setChecked(false);
    revalidate();
}

void MeasurementField::revalidate()
{
    const auto range = clinical::plausibility(m_var);
    const QString u = unit();
    const auto shown = [&](double canonical) {
        const auto v = fromCanonical(m_var, u, canonical);
        return v ? QLocale().toString(
                   *v, 'f', RiskFormat::decimals(u) + (u == QLatin1String("mmol/L") ? 1 : 0))
                 : QString();
    };
    QString hint;
    if (range) {
        //: Intake field hint: plausible range, possible range, unit
        hint = tr("plausible %1\u2013%2, possible %3\u2013%4 %5")
                   .arg(shown(range->plausibleMin),
                        shown(range->plausibleMax),
                        shown(range->possibleMin),
                        shown(range->possibleMax),
                        RiskFormat::unit(u));
    }
    m_edit->setToolTip(hint);
    QString verdict;
    const QString text = m_edit->text().trimmed();
    if (!m_externalError.isEmpty()) {
        m_state = State::Impossible;
        verdict = m_externalError;
    } else if (text.isEmpty()) {
        m_state = State::Empty;
        verdict = hint;
    } else if (!enteredValue()) {
        m_state = State::NotANumber;
        verdict = tr("Not a number");
    } else {
        const double canonical = canonicalValue().value_or(*enteredValue());
        if (range && (canonical < range->possibleMin || canonical > range->possibleMax)) {
            m_state = State::Impossible;
            verdict = tr("Refused: outside the possible range %1\u2013%2 %3")
                          .arg(shown(range->possibleMin),
                               shown(range->possibleMax),
                               RiskFormat::unit(u));
        } else if (range && (canonical < range->plausibleMin || canonical > range->plausibleMax)) {
            m_state = State::NeedsConfirmation;
            verdict = tr("Implausible (plausible %1\u2013%2 %3): confirm or correct")
                          .arg(shown(range->plausibleMin),
                               shown(range->plausibleMax),
                               RiskFormat::unit(u));
        } else {
            m_state = State::Ok;
            verdict = hint;
        }
    }
    m_confirm->setVisible(m_state == State::NeedsConfirmation);
    m_verdict->setText(verdict);
    const char *level
        = (m_state == State::Impossible || m_state == State::NotANumber)
              ? "error"
              : (m_state == State::NeedsConfirmation && !m_confirm->isChecked() ? "warning"
                                                                                : "hint");
    m_verdict->setProperty("level", QLatin1String(level));
    m_verdict->style()->unpolish(m_verdict);
    m_verdict->style()->polish(m_verdict);
}

} // namespace precis::ui
