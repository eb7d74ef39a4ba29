// SPDX-License-Identifier: GPL-3.0-or-later
// Factories of the shipped models; each is defined in its model's own .cpp file.
#pragma once

#include "core/risk/RiskModel.h"

#include <memory>

namespace precis::risk::models {

// @group-A

// @group-B

// @group-C

} // namespace precis::risk::models
