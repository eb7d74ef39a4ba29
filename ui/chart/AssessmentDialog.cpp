// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/AssessmentDialog.h"

#include "core/risk/EvaluationJson.h"
#include "ui/Format.h"
#include "ui/chart/ModelCatalog.h"
#include "ui/chart/RiskFormat.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace precis::ui {

AssessmentDialog::AssessmentDialog(const store::RecordedAssessment &assessment, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("assessmentDialog"));
    setWindowTitle(tr("Recorded Assessment"));
    auto *layout = new QVBoxLayout(this);
    //: %1 user, %2 date and time recorded, %3 as-of date
    auto *who = new QLabel(
        tr("Recorded by %1 on %2, values as of %3. Shown exactly as recorded; "
           "nothing is recomputed.")
            .arg(assessment.recordedBy,
                 QLocale().toString(assessment.recordedAt.toLocalTime(), QLocale::ShortFormat),
                 Format::date(assessment.asOf)),
        this);
    who->setWordWrap(true);
    layout->addWidget(who);

    auto payload = risk::assessmentFromJson(assessment.payload);
    if (!payload) {
        auto *error = new QLabel(tr("This assessment cannot be shown by this version of Precis "
                                    "(%1). It is kept unchanged in the vault.")
                                     .arg(payload.error().message()),
                                 this);
        error->setWordWrap(true);
        layout->addWidget(error);
    } else {
        auto *table = new QTableWidget(this);
        table->setObjectName(QStringLiteral("assessmentTable"));
        table->setColumnCount(6);
        table->setHorizontalHeaderLabels({tr("Model"),
                                          tr("Version"),
                                          tr("Outcome"),
                                          tr("Result"),
                                          tr("Category"),
                                          tr("Warnings or reason")});
        table->verticalHeader()->hide();
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->horizontalHeader()->setStretchLastSection(true);
        QStringList inputs;
        for (const risk::RecordedModel &m : payload->models) {
            for (const risk::OutcomeRow &row : m.evaluation.rows) {
                const int r = table->rowCount();
                table->insertRow(r);
                const QString horizon = RiskFormat::horizon(row.horizonYears, row.unit);
                const QString outcome = ModelCatalog::outcomeName(row.outcome);
                const QStringList cells{RiskFormat::cardText(m.cardName),
                                        m.evaluation.modelVersion,
                                        horizon.isEmpty()
                                            ? outcome
                                            : QStringLiteral("%1 \u00B7 %2").arg(horizon, outcome),
                                        row.value && row.status != risk::Status::Refused
                                            ? RiskFormat::value(*row.value, row.unit)
                                            : tr("cannot compute"),
                                        ModelCatalog::categoryName(row.category),
                                        RiskFormat::messages(row).join(QStringLiteral("; "))};
                for (int c = 0; c < cells.size(); ++c)
                    table->setItem(r, c, new QTableWidgetItem(cells[c]));
            }
        }
        for (std::size_t i = 0; i < clinical::kVarCount; ++i) {
            if (const auto v = payload->snapshot.values[i]) {
                const auto var = static_cast<clinical::Var>(i);
                inputs << tr("%1: %2 (%3)")
                              .arg(RiskFormat::variable(var),
                                   RiskFormat::variableValue(var, *v),
                                   Format::date(payload->snapshot.dates[i]));
            }
        }
        table->resizeColumnsToContents();
        layout->addWidget(table, 1);
        auto *basis = new QLabel(tr("Inputs: %1").arg(inputs.join(QStringLiteral("; "))), this);
        basis->setObjectName(QStringLiteral("assessmentInputs"));
        basis->setWordWrap(true);
        basis->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(basis);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 560);
}

} // namespace precis::ui
