// SPDX-License-Identifier: GPL-3.0-or-later
// The engine's contract with every registered model card (a model-contract checker, like Qt's
// QAbstractItemModelTester): what the batch scorer, the explainer and the docs rely on.
// Model values are validated by the models' own tests, not here.
#include "core/risk/BatchScorer.h"
#include "core/risk/Explainer.h"
#include "core/risk/RiskRegistry.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace precis;
using namespace precis::risk;

namespace {

const RiskRegistry &registry()
{
    static const RiskRegistry instance = [] {
        RiskRegistry r;
        registerStandardModels(r);
        return r;
    }();
    return instance;
}

/// A typical adult with every input known (codes per Variable.h).
Snapshot typicalPatient()
{
    Snapshot s;
    for (std::size_t i = 0; i < clinical::kVarCount; ++i)
        s.values[i] = 0.0; // flags absent
    auto set = [&s](Var v, double x) { s.set(v, x); };
    set(Var::Age, 58);
    set(Var::Sex, 1);
    set(Var::Race, 0);
    set(Var::TotalCholesterol, 210);
    set(Var::HdlCholesterol, 48);
    set(Var::Sbp, 142);
    set(Var::Dbp, 86);
    set(Var::SbpSd, 9);
    set(Var::BpTreated, 1);
    set(Var::Smoking, 1);
    set(Var::Egfr, 52);
    set(Var::Creatinine, 1.45);
    set(Var::Bmi, 29);
    set(Var::Height, 176);
    set(Var::Weight, 90);
    set(Var::Waist, 101);
    set(Var::Hba1c, 5.8);
    set(Var::FastingGlucose, 5.7);
    set(Var::Uacr, 45);
    set(Var::SdiDecile, 4);
    set(Var::Ethnicity, 1);
    set(Var::Townsend, 1.5);
    set(Var::FamilyHistoryDiabetes, 1);
    set(Var::Score2Region, 1);
    set(Var::Af, 1);
    set(Var::Hypertension, 1);
    set(Var::Calcium, 9.3);
    set(Var::Phosphate, 3.9);
    set(Var::Albumin, 4.1);
    set(Var::Bicarbonate, 24);
    return s;
}

const RiskModel *modelFor(const QString &id)
{
    return registry().find(id);
}

} // namespace

class TestModelContract : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (registry().models().empty())
            QSKIP("no models are registered yet");
        QSet<QString> ids;
        for (const auto &model : registry().models()) {
            const QString &id = model->card().id;
            QVERIFY2(!ids.contains(id), qPrintable(QStringLiteral("duplicate id ") + id));
            ids.insert(id);
        }
    }

    void card_data()
    {
        QTest::addColumn<QString>("id");
        for (const auto &model : registry().models())
            QTest::newRow(qPrintable(model->card().id)) << model->card().id;
    }
    void card()
    {
        QFETCH(QString, id);
        const ModelCard &c = modelFor(id)->card();
        QVERIFY(!c.version.isEmpty());
        QVERIFY(!c.name.isEmpty());
        QVERIFY(!c.citation.isEmpty());
        QVERIFY(!c.coefficientSource.isEmpty());
        QVERIFY(!c.outputs.empty());
        QVERIFY(!c.inputs.empty());
        for (const OutputSpec &o : c.outputs) {
            QVERIFY(!o.outcome.isEmpty());
            QVERIFY(!o.unit.isEmpty());
        }
        // Explanation players: at most 14, each input in at most one, none held, all inputs.
        QVERIFY2(c.players.size() <= Explainer::kMaxPlayers,
                 qPrintable(QString::number(c.players.size())));
        QSet<int> seen;
        for (const PlayerGroup &g : c.players) {
            QVERIFY(!g.name.isEmpty());
            QVERIFY(!g.vars.empty());
            for (const Var v : g.vars) {
                const QString name = QString(clinical::varInfo(v).name);
                QVERIFY2(!seen.contains(static_cast<int>(v)),
                         qPrintable(name + QStringLiteral(" in two players")));
                seen.insert(static_cast<int>(v));
                bool isInput = false;
                for (const InputSpec &spec : c.inputs)
                    isInput = isInput || spec.var == v;
                QVERIFY2(isInput,
                         qPrintable(name + QStringLiteral(" is a player but not an input")));
            }
        }
        for (const Var v : c.heldForExplanation)
            QVERIFY2(!seen.contains(static_cast<int>(v)),
                     qPrintable(QString(clinical::varInfo(v).name)));
    }

    void rowsFollowTheCard_data() { card_data(); }
    void rowsFollowTheCard()
    {
        // Refused or not, an evaluation has one row per card output, in the card's order,
        // with the card's outcome, unit and horizon (the result CSV depends on it).
        QFETCH(QString, id);
        const RiskModel *model = modelFor(id);
        const ModelCard &c = model->card();
        for (const Snapshot &s : {Snapshot(), typicalPatient()}) {
            const Evaluation e = model->evaluate(s);
            QVERIFY(!e.modelId.isEmpty());
            QVERIFY(!e.modelVersion.isEmpty());
            QCOMPARE(e.rows.size(), c.outputs.size());
            for (std::size_t i = 0; i < e.rows.size(); ++i) {
                QCOMPARE(e.rows[i].outcome, c.outputs[i].outcome);
                QCOMPARE(e.rows[i].unit, c.outputs[i].unit);
                QCOMPARE(e.rows[i].horizonYears, c.outputs[i].horizonYears);
                if (e.rows[i].status == Status::Refused) {
                    QVERIFY(!e.rows[i].value);
                    QVERIFY(!e.rows[i].messages.isEmpty());
                } else {
                    QVERIFY(e.rows[i].value.has_value());
                }
            }
        }
        // Nothing is known: every row refuses.
        for (const OutcomeRow &row : model->evaluate(Snapshot()).rows)
            QCOMPARE(row.status, Status::Refused);
    }

    void intakeOnlyLabsChangeNoResult_data() { card_data(); }
    void intakeOnlyLabsChangeNoResult()
    {
        // LDL cholesterol and potassium are recorded at intake (issue #9) and read by no model:
        // neither is a card input, and no value of theirs moves a row or an input used.
        QFETCH(QString, id);
        const RiskModel *model = modelFor(id);
        for (const InputSpec &spec : model->card().inputs) {
            QVERIFY(spec.var != Var::LdlCholesterol);
            QVERIFY(spec.var != Var::Potassium);
        }
        Snapshot without = typicalPatient();
        without.clear(Var::LdlCholesterol);
        without.clear(Var::Potassium);
        const Evaluation reference = model->evaluate(without);
        for (const auto &[ldl, potassium] : {std::pair{130.0, 4.3}, std::pair{1500.0, 10.0}}) {
            Snapshot with = without;
            with.set(Var::LdlCholesterol, ldl);
            with.set(Var::Potassium, potassium);
            const Evaluation e = model->evaluate(with);
            QCOMPARE(e.modelId, reference.modelId);
            QCOMPARE(e.rows.size(), reference.rows.size());
            for (std::size_t i = 0; i < e.rows.size(); ++i) {
                QCOMPARE(e.rows[i].value, reference.rows[i].value);
                QCOMPARE(e.rows[i].status, reference.rows[i].status);
                QCOMPARE(e.rows[i].category, reference.rows[i].category);
                QCOMPARE(e.rows[i].messages, reference.rows[i].messages);
            }
            QCOMPARE(e.inputs.size(), reference.inputs.size());
            for (std::size_t i = 0; i < e.inputs.size(); ++i)
                QCOMPARE(e.inputs[i].var, reference.inputs[i].var);
        }
    }

    void fractionalCodeRefused_data() { card_data(); }
    void fractionalCodeRefused()
    {
        // A code or 0/1 flag is a whole number: 0.5 is never rounded or truncated into a
        // category. Every code input the model reads for the typical patient refuses it,
        // naming the field (InputReader::requireCode).
        QFETCH(QString, id);
        const RiskModel *model = modelFor(id);
        const Evaluation typical = model->evaluate(typicalPatient());
        int checked = 0;
        for (const InputSpec &spec : model->card().inputs) {
            const clinical::VarKind kind = clinical::varInfo(spec.var).kind;
            if (kind == clinical::VarKind::Number || spec.optional)
                continue;
            bool read = false;
            for (const UsedInput &used : typical.inputs)
                read = read || used.var == spec.var;
            if (!read)
                continue;
            Snapshot s = typicalPatient();
            s.set(spec.var, spec.min + 0.5);
            const QString name = QString(clinical::varInfo(spec.var).name);
            for (const OutcomeRow &row : model->evaluate(s).rows) {
                QVERIFY2(row.status == Status::Refused, qPrintable(name));
                QVERIFY2(row.messages.join(QString()).contains(
                             name + QStringLiteral(" = ") + QString::number(spec.min + 0.5)
                             + QStringLiteral(" is not a valid code")),
                         qPrintable(name + QStringLiteral(": ") + row.messages.join(QString())));
            }
            ++checked;
        }
        QVERIFY(checked > 0);
    }

    void explainsTypicalPatient_data() { card_data(); }
    void explainsTypicalPatient()
    {
        QFETCH(QString, id);
        const RiskModel *model = modelFor(id);
        const Snapshot patient = typicalPatient();
        const Evaluation e = model->evaluate(patient);
        for (const OutcomeRow &row : e.rows) {
            if (row.status == Status::Refused)
                continue;
            const Result<Explanation> x
                = Explainer(*model).explain(patient, row.outcome, row.horizonYears);
            if (!x && x.error().code == ErrorCode::Unsupported)
                continue; // a reference coalition the model refuses: reported, never wrong
            QVERIFY2(x, qPrintable(x ? QString() : x.error().message()));
            double sum = 0;
            for (const Contribution &contribution : x->contributions)
                sum += contribution.value;
            QVERIFY(std::abs(sum - (x->patientValue - x->referenceValue)) <= 1e-9);
            QCOMPARE(x->patientValue, *row.value);
        }
    }

    void batchIsThreadIndependent()
    {
        // RiskModel::evaluate must be thread-safe: the batch scorer runs models on several
        // people at once. Same input, 1 or 4 threads: byte-identical output.
        QRandomGenerator rng(77);
        QByteArray csv = "id,age,sex,race,total_cholesterol,hdl_cholesterol,sbp,bp_treated,"
                         "diabetes,smoking,egfr,uacr,hba1c,bmi,cvd,statin,kfre_region\n";
        for (int i = 0; i < 1200; ++i) {
            csv += QByteArray::number(i) + ',' + QByteArray::number(35 + rng.bounded(45)) + ','
                   + (rng.bounded(2) ? "male" : "female") + ",white,"
                   + QByteArray::number(140 + rng.bounded(160)) + ','
                   + QByteArray::number(25 + rng.bounded(70)) + ','
                   + QByteArray::number(95 + rng.bounded(80)) + ",0,none,never,"
                   + QByteArray::number(20 + rng.bounded(110)) + ",30,5.5,27,0,0,other\n";
        }
        std::vector<const RiskModel *> all;
        for (const auto &model : registry().models())
            all.push_back(model.get());
        auto run = [&](int threads) {
            QByteArray in = csv;
            QBuffer inBuffer(&in);
            inBuffer.open(QIODevice::ReadOnly);
            QByteArray out;
            QBuffer outBuffer(&out);
            outBuffer.open(QIODevice::WriteOnly);
            const Result<BatchSummary> r
                = scoreCsv(inBuffer, outBuffer, all, BatchOptions{threads});
            return r ? out : QByteArray("error");
        };
        const QByteArray one = run(1);
        QVERIFY(one.size() > 1000);
        QCOMPARE(run(4), one);
    }
};

QTEST_GUILESS_MAIN(TestModelContract)
#include "tst_modelcontract.moc"
