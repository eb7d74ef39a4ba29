// SPDX-License-Identifier: GPL-3.0-or-later
// A recorded assessment exactly as it was recorded: who, when, as of which date, and every
// model's id, version, results and exact inputs from the stored payload (not recomputed).
#pragma once

#include "core/store/Assessments.h"

#include <QDialog>

namespace precis::ui {

class AssessmentDialog : public QDialog
{
    Q_OBJECT
public:
    AssessmentDialog(const store::RecordedAssessment &assessment, QWidget *parent = nullptr);
};

} // namespace precis::ui
