// SPDX-License-Identifier: GPL-3.0-or-later
// How the dashboard groups and orders the registered models: clinical area, the clinic's
// guideline region, and the plain words a card uses for an outcome. Presentation only: what a
// model computes and when it refuses stays in core/risk.
#pragma once

#include "core/store/ClinicSettings.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace precis::ui {

enum class ClinicalArea { Cardiovascular, Kidney, Diabetes, AtrialFibrillation, Other };

/// The clinic setting "guideline region" (store::ClinicSettings): which models come first.
using store::GuidelineRegion;

struct ModelCatalog
{
    Q_DECLARE_TR_FUNCTIONS(precis::ui::ModelCatalog)
public:
    [[nodiscard]] static ClinicalArea area(const QString &modelId);
    [[nodiscard]] static QString areaName(ClinicalArea area);
    /// The models a region's guidelines use first, in display order. Every other registered
    /// model is still shown, one click away.
    [[nodiscard]] static QStringList primaryModels(GuidelineRegion region);
    [[nodiscard]] static bool isPrimary(GuidelineRegion region, const QString &modelId);
    [[nodiscard]] static QString regionName(GuidelineRegion region);
    /// An outcome token ("ascvd", "kidney_failure") in words for a card.
    [[nodiscard]] static QString outcomeName(const QString &outcome);
    /// What happens to "people like you" for the icon array's sentence, e.g. "will have a heart
    /// attack or stroke". Empty when the outcome is not an event (scores, eGFR, heart age).
    [[nodiscard]] static QString outcomeEvent(const QString &outcome);
    /// A category token ("intermediate", "G3a") in words.
    [[nodiscard]] static QString categoryName(const QString &token);
    /// An explanation player token ("blood_pressure") in words.
    [[nodiscard]] static QString playerName(const QString &token);
    /// Why a model differs from others shown beside it: population, outcome and horizon.
    [[nodiscard]] static QString populationNote(const QString &modelId);
    /// Whether the model uses race as an input (shown beside a race-free alternative).
    [[nodiscard]] static bool usesRace(const QString &modelId);
};

} // namespace precis::ui
