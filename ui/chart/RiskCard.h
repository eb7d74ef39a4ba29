// SPDX-License-Identifier: GPL-3.0-or-later
// One model's result on the dashboard: the number with unit and horizon, its category and the
// guideline behind it, the model's name and version, the oldest input used, warnings next to
// the number, and, where the model cannot run, which fields are missing or out of range.
#pragma once

#include "core/clinical/Variable.h"
#include "core/risk/RiskModel.h"

#include <QFrame>

#include <optional>

class QLabel;
class QVBoxLayout;

namespace precis::ui {

/// A field a model needs that the snapshot lacks or holds out of the model's range.
struct InputProblem
{
    clinical::Var var;
    std::optional<double> value; ///< empty: missing
    double min = 0;
    double max = 0;
    QString unit;
};

class RiskCard : public QFrame
{
    Q_OBJECT
public:
    RiskCard(const risk::RiskModel &model,
             const risk::Evaluation &evaluation,
             const clinical::Snapshot &snapshot,
             QWidget *parent = nullptr);

    [[nodiscard]] QString modelId() const { return m_modelId; }
    /// The row the card leads with (the first row the model computed), if any.
    [[nodiscard]] const risk::OutcomeRow *headline() const { return m_headline; }
    [[nodiscard]] bool refused() const { return m_headline == nullptr; }
    void setSelected(bool selected);

    /// Missing or out-of-range required inputs of `card` in `snapshot` (structured, so that the
    /// card links each one to its Intake field without reading the model's English text).
    [[nodiscard]] static std::vector<InputProblem> inputProblems(const risk::ModelCard &card,
                                                                 const clinical::Snapshot &s);

Q_SIGNALS:
    void selected(const QString &modelId);
    /// "Enter <field>" on a refusal card: open Intake at this field.
    void fieldRequested(clinical::Var var);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void buildResult(QVBoxLayout *layout, const risk::ModelCard &card);
    void buildRefusal(QVBoxLayout *layout,
                      const risk::ModelCard &card,
                      const risk::Evaluation &evaluation,
                      const clinical::Snapshot &snapshot);

    QString m_modelId;
    const risk::Evaluation &m_evaluation;
    const risk::OutcomeRow *m_headline = nullptr;
};

} // namespace precis::ui
