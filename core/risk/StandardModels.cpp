// SPDX-License-Identifier: GPL-3.0-or-later
// The list of shipped models. Order = the order of the issue #4 table, which is the order of
// `precis-cli score --models all`.
#include "core/risk/RiskRegistry.h"
#include "core/risk/models/ModelFactories.h"

namespace precis::risk {

void registerStandardModels(RiskRegistry &registry)
{
    // @group-A (pce, pce-lifetime, prevent + forced variants)
    registry.add(models::makePceModel());
    registry.add(models::makePceLifetimeModel());
    registry.add(models::makePreventModel());
    registry.add(models::makePreventBaseModel());
    registry.add(models::makePreventUacrModel());
    registry.add(models::makePreventHba1cModel());
    registry.add(models::makePreventSdiModel());
    registry.add(models::makePreventFullModel());
    // @group-B (qrisk3)
    registry.add(models::makeQRisk3Model());
    // @group-C (score2, framingham-cvd-2008, framingham-cvd-2008-bmi, ckd-epi-2021, kfre-4, kfre-8)
    registry.add(models::makeScore2Model());
    registry.add(models::makeFramingham2008Model());
    registry.add(models::makeFramingham2008BmiModel());
    registry.add(models::makeCkdEpi2021Model());
    registry.add(models::makeKfre4Model());
    registry.add(models::makeKfre8Model());
    // @group-B2 (qdiabetes-2018)
    registry.add(models::makeQDiabetes2018Model());
    // @group-C2 (findrisc, cha2ds2-vasc, cha2ds2-va, has-bled)
    registry.add(models::makeFindriscModel());
    registry.add(models::makeCha2ds2VascModel());
    registry.add(models::makeCha2ds2VaModel());
    registry.add(models::makeHasBledModel());
    (void)registry;
}

} // namespace precis::risk
