// SPDX-License-Identifier: GPL-3.0-or-later
// The list of shipped models. Order = the order of the issue #4 table, which is the order of
// `precis-cli score --models all`.
#include "core/risk/RiskRegistry.h"
#include "core/risk/models/ModelFactories.h"

namespace precis::risk {

void registerStandardModels(RiskRegistry &registry)
{
    // @group-A (pce, pce-lifetime, prevent + forced variants)
    // @group-B (qrisk3)
    // @group-C (score2, framingham-cvd-2008, framingham-cvd-2008-bmi, ckd-epi-2021, kfre-4, kfre-8)
    // @group-B2 (qdiabetes-2018)
    // @group-C2 (findrisc, cha2ds2-vasc, cha2ds2-va, has-bled)
    (void)registry;
}

} // namespace precis::risk
