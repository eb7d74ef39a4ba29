// SPDX-License-Identifier: GPL-3.0-or-later
// Card-level checks for every group-C model: the registry holds them under their ids, each
// card's reference profile supports an exact Shapley explanation of every output row, and the
// inputs used are exactly the card's required inputs.
#include "ModelTestSupport.h"

#include "core/risk/Explainer.h"
#include "core/risk/RiskRegistry.h"
#include "core/risk/models/ModelFactories.h"

#include <QTest>

#include <cmath>

using namespace precis::risk;
using namespace precis::risk::testc;

namespace {

// One profile with every group-C input filled, valid for all ten models (age 66 so that
// SCORE2 (40-69), Framingham (30-74), FINDRISC and the AF scores all apply; eGFR < 60 for KFRE).
Snapshot everything()
{
    return snapshotOf({{Var::Age, 66},
                       {Var::Sex, 0},
                       {Var::Smoking, 3},
                       {Var::Sbp, 165},
                       {Var::TotalCholesterol, 240},
                       {Var::HdlCholesterol, 38},
                       {Var::BpTreated, 1},
                       {Var::BpTreatedEver, 1},
                       {Var::Diabetes, 0},
                       {Var::Score2Region, 2},
                       {Var::Cvd, 0},
                       {Var::Bmi, 31},
                       {Var::Waist, 95},
                       {Var::PhysicallyActive, 0},
                       {Var::DailyVegetables, 0},
                       {Var::HighGlucoseHistory, 1},
                       {Var::FamilyHistoryDiabetes, 1},
                       {Var::Creatinine, 1.6},
                       {Var::Egfr, 34},
                       {Var::Uacr, 450},
                       {Var::KfreRegion, 1},
                       {Var::Calcium, 8.9},
                       {Var::Phosphate, 4.6},
                       {Var::Albumin, 3.6},
                       {Var::Bicarbonate, 21},
                       {Var::HeartFailure, 1},
                       {Var::Hypertension, 1},
                       {Var::StrokeTiaTe, 1},
                       {Var::VascularDisease, 1},
                       {Var::PriorStroke, 1},
                       {Var::AbnormalRenalFunction, 1},
                       {Var::AbnormalLiverFunction, 0},
                       {Var::BleedingHistory, 0},
                       {Var::LabileInr, 0},
                       {Var::AntiplateletOrNsaid, 1},
                       {Var::AlcoholExcess, 0}});
}

} // namespace

class TestGroupCCards : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void registryOrder()
    {
        RiskRegistry registry;
        registerStandardModels(registry);
        const QStringList ours = {QStringLiteral("score2"),
                                  QStringLiteral("framingham-cvd-2008"),
                                  QStringLiteral("framingham-cvd-2008-bmi"),
                                  QStringLiteral("ckd-epi-2021"),
                                  QStringLiteral("kfre-4"),
                                  QStringLiteral("kfre-8"),
                                  QStringLiteral("findrisc"),
                                  QStringLiteral("cha2ds2-vasc"),
                                  QStringLiteral("cha2ds2-va"),
                                  QStringLiteral("has-bled")};
        int last = -1;
        for (const QString &id : ours) {
            const RiskModel *m = registry.find(id);
            QVERIFY2(m != nullptr, qPrintable(id));
            QCOMPARE(m->card().id, id);
            int position = -1;
            for (std::size_t i = 0; i < registry.models().size(); ++i) {
                if (registry.models()[i].get() == m)
                    position = static_cast<int>(i);
            }
            QVERIFY2(position > last, qPrintable(id)); // issue #4 table order
            last = position;
        }
    }

    void explanations_data()
    {
        QTest::addColumn<QString>("id");
        for (const char *id : {"score2",
                               "framingham-cvd-2008",
                               "framingham-cvd-2008-bmi",
                               "ckd-epi-2021",
                               "kfre-4",
                               "kfre-8",
                               "findrisc",
                               "cha2ds2-vasc",
                               "cha2ds2-va",
                               "has-bled"})
            QTest::newRow(id) << QString::fromLatin1(id);
    }
    void explanations()
    {
        QFETCH(QString, id);
        RiskRegistry registry;
        registerStandardModels(registry);
        const RiskModel *model = registry.find(id);
        QVERIFY(model != nullptr);
        const ModelCard &card = model->card();
        QVERIFY(card.players.size() <= Explainer::kMaxPlayers);
        QVERIFY(!card.citation.isEmpty() && !card.coefficientSource.isEmpty());
        QVERIFY(!card.validationEvidence.isEmpty());

        const Snapshot patient = everything();
        const Evaluation e = model->evaluate(patient);
        QCOMPARE(e.rows.size(), card.outputs.size());
        std::size_t required = 0;
        for (const InputSpec &spec : card.inputs)
            required += spec.optional ? 0 : 1;
        QVERIFY(e.inputs.size() >= required);

        const Explainer explainer(*model);
        for (std::size_t i = 0; i < e.rows.size(); ++i) {
            const OutcomeRow &row = e.rows[i];
            QCOMPARE(row.outcome, card.outputs[i].outcome);
            QCOMPARE(row.unit, card.outputs[i].unit);
            QCOMPARE(row.horizonYears, card.outputs[i].horizonYears);
            QVERIFY2(row.status != Status::Refused, qPrintable(row.messages.join(u'|')));
            const auto x = explainer.explain(patient, row.outcome, row.horizonYears);
            QVERIFY2(x.has_value(), qPrintable(x ? QString() : x.error().message()));
            double sum = 0;
            for (const Contribution &c : x->contributions)
                sum += c.value;
            QVERIFY(std::abs(sum - (x->patientValue - x->referenceValue)) < 1e-9);
            QCOMPARE(x->patientValue, *row.value);
        }
    }
};

QTEST_GUILESS_MAIN(TestGroupCCards)
#include "tst_groupc_cards.moc"
