// SPDX-License-Identifier: GPL-3.0-or-later
// Factories of the shipped models; each is defined in its model's own .cpp file.
#pragma once

#include "core/risk/RiskModel.h"

#include <memory>

namespace precis::risk::models {

std::unique_ptr<RiskModel> makePceModel();
std::unique_ptr<RiskModel> makePceLifetimeModel();
std::unique_ptr<RiskModel> makePreventModel();
std::unique_ptr<RiskModel> makePreventBaseModel();
std::unique_ptr<RiskModel> makePreventUacrModel();
std::unique_ptr<RiskModel> makePreventHba1cModel();
std::unique_ptr<RiskModel> makePreventSdiModel();
std::unique_ptr<RiskModel> makePreventFullModel();

std::unique_ptr<RiskModel> makeQRisk3Model();
std::unique_ptr<RiskModel> makeQDiabetes2018Model();

std::unique_ptr<RiskModel> makeScore2Model();
std::unique_ptr<RiskModel> makeFramingham2008Model();
std::unique_ptr<RiskModel> makeFramingham2008BmiModel();
std::unique_ptr<RiskModel> makeCkdEpi2021Model();
std::unique_ptr<RiskModel> makeKfre4Model();
std::unique_ptr<RiskModel> makeKfre8Model();
std::unique_ptr<RiskModel> makeFindriscModel();
std::unique_ptr<RiskModel> makeCha2ds2VascModel();
std::unique_ptr<RiskModel> makeCha2ds2VaModel();
std::unique_ptr<RiskModel> makeHasBledModel();

} // namespace precis::risk::models
