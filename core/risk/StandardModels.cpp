// SPDX-License-Identifier: GPL-3.0-or-later
// The list of shipped models. Order = the order of the issue #4 table, which is the order of
// `precis-cli score --models all`.
#include "core/risk/RiskRegistry.h"
#include "core/risk/models/ModelFactories.h"

namespace precis::risk {

void registerStandardModels(RiskRegistry &registry)
{
    // Cardiovascular, US: ACC/AHA PCE and lifetime strata, AHA PREVENT (auto + forced variants)
    registry.add(models::makePceModel());
    registry.add(models::makePceLifetimeModel());
    registry.add(models::makePreventModel());
    registry.add(models::makePreventBaseModel());
    registry.add(models::makePreventUacrModel());
    registry.add(models::makePreventHba1cModel());
    registry.add(models::makePreventSdiModel());
    registry.add(models::makePreventFullModel());
    // Cardiovascular, UK
    registry.add(models::makeQRisk3Model());
    // Cardiovascular, Europe and Framingham; kidney function and kidney failure
    registry.add(models::makeScore2Model());
    registry.add(models::makeFramingham2008Model());
    registry.add(models::makeFramingham2008BmiModel());
    registry.add(models::makeCkdEpi2021Model());
    registry.add(models::makeKfre4Model());
    registry.add(models::makeKfre8Model());
    // Diabetes onset
    registry.add(models::makeQDiabetes2018Model());
    // Diabetes onset (points); atrial fibrillation: stroke and bleeding
    registry.add(models::makeFindriscModel());
    registry.add(models::makeCha2ds2VascModel());
    registry.add(models::makeCha2ds2VaModel());
    registry.add(models::makeHasBledModel());
}

} // namespace precis::risk
