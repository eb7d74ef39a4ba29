// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped knowledge bases (resources/knowledge/options-VERSION.json) are valid, versioned,
// kept byte for byte as released, and the newest names exactly the options the engine
// implements; malformed variants are refused.
#include "core/therapy/KnowledgeBase.h"
#include "core/therapy/TherapyText.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace precis;
using namespace precis::therapy;

class TestKnowledgeBase : public QObject
{
    Q_OBJECT

    QJsonObject m_root;

    QByteArray variant(const std::function<void(QJsonObject &)> &edit) const
    {
        QJsonObject root = m_root;
        edit(root);
        return QJsonDocument(root).toJson();
    }

    static QJsonObject option(const QJsonObject &root, int i)
    {
        return root.value(QStringLiteral("options")).toArray().at(i).toObject();
    }
    static void setOption(QJsonObject &root, int i, const QJsonObject &o)
    {
        QJsonArray options = root.value(QStringLiteral("options")).toArray();
        options[i] = o;
        root[QStringLiteral("options")] = options;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile file(QLatin1StringView(releasedKnowledgeBases().back().resource));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_root = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY(!m_root.isEmpty());
    }

    // Every released version stays in the program (issue #10), each file byte for byte as it
    // was released: 2026.1 as of commit 9781d51 (the last before 2026.2), 2026.2 as of
    // f57748a (the hashes are `git show COMMIT:resources/knowledge/options.json | sha256sum`
    // at those commits); 2026.3 as added with the verification notes; 2026.4 as added with
    // the statin rows checked against CPIC's recommendation records; 2026.5 as added with the
    // combined TPMT x NUDT15 thiopurine notes.
    void everyReleasedVersionIsHeldUnchanged()
    {
        const std::vector<ReleasedKnowledgeBase> &released = releasedKnowledgeBases();
        QCOMPARE(released.size(), std::size_t{5});
        QCOMPARE(QLatin1StringView(released[0].version), QLatin1StringView("2026.1"));
        QCOMPARE(
            QLatin1StringView(released[0].sha256),
            QLatin1StringView("bc5b5ab94a876984526a8c89ce9dd451b8fbdf09310f7ef02d745d58477dd7e1"));
        QCOMPARE(QLatin1StringView(released[1].version), QLatin1StringView("2026.2"));
        QCOMPARE(
            QLatin1StringView(released[1].sha256),
            QLatin1StringView("a597129257966c134421b1034d0895b48d7f1150b5d1b657144bbd1ca312f44d"));
        QCOMPARE(QLatin1StringView(released[2].version), QLatin1StringView("2026.3"));
        QCOMPARE(
            QLatin1StringView(released[2].sha256),
            QLatin1StringView("3099398c80ae7be4b84d830ad11c72f6e1b45d734a7c2b7c185004849d002b64"));
        QCOMPARE(QLatin1StringView(released[3].version), QLatin1StringView("2026.4"));
        QCOMPARE(
            QLatin1StringView(released[3].sha256),
            QLatin1StringView("9a3e5bebe5344c116e04a16234d50eb86864e47b54847ac4c00ebb08edb65819"));
        QCOMPARE(QLatin1StringView(released[4].version), QLatin1StringView("2026.5"));
        QCOMPARE(
            QLatin1StringView(released[4].sha256),
            QLatin1StringView("9d0c6268cde3e6a8ec23d3be7c2eda6ff8d730f98ea689dba99fac7b7d7e2a01"));
        for (const ReleasedKnowledgeBase &r : released) {
            QFile file(QLatin1StringView(r.resource));
            QVERIFY2(file.open(QIODevice::ReadOnly), r.resource);
            QCOMPARE(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex(),
                     QByteArray(r.sha256));
        }
        const Result<KnowledgeBases> all = loadKnowledgeBases();
        QVERIFY2(all.has_value(), all ? "" : qPrintable(all.error().message()));
        QCOMPARE(all->all().size(), released.size());
        QCOMPARE(all->versionList(), QStringLiteral("2026.1, 2026.2, 2026.3, 2026.4, 2026.5"));
        QCOMPARE(all->current().version, QStringLiteral("2026.5"));
        QCOMPARE(loadKnowledgeBase()->version, all->current().version);
        QVERIFY(all->find(u"2026.1") != nullptr);
        QVERIFY(all->find(u"2025.9") == nullptr);
    }

    // 2026.1 as released: no ezetimibe or bp_to_target, and a smoking_cessation re-run
    // without `input`, which its program ran as smoking = 1 (former); it is evaluated with the
    // behaviour it was released with (no genotype rules beyond SLCO1B1 and simvastatin).
    void version2026_1IsReadAsReleased()
    {
        const Result<KnowledgeBases> all = loadKnowledgeBases();
        QVERIFY(all.has_value());
        const KnowledgeBase *old = all->find(u"2026.1");
        QVERIFY(old != nullptr);
        QCOMPARE(old->options.size(), std::size_t{13});
        QVERIFY(old->find(u"ezetimibe") == nullptr);
        QVERIFY(old->find(u"bp_to_target") == nullptr);
        QCOMPARE(old->notImplemented,
                 (QStringList{QStringLiteral("ezetimibe"), QStringLiteral("bp_to_target")}));
        const EffectRecord &smoking = old->find(u"smoking_cessation")->effect;
        QCOMPARE(smoking.kind, EffectKind::ModelRerun);
        QCOMPARE(smoking.rerunInput, QStringLiteral("smoking"));
        QCOMPARE(smoking.rerunValue, 1.0);
        QVERIFY(old->behaviour.implicitSmokingRerun);
        QVERIFY(!old->behaviour.allStatinPgx);
        QVERIFY(!old->behaviour.warfarinPgx);
        QVERIFY(!old->behaviour.clopidogrelReview);
        QVERIFY(!old->behaviour.egfrRoundedDown);
        const EngineBehaviour now = all->current().behaviour;
        QVERIFY(now.allStatinPgx && now.warfarinPgx && now.clopidogrelReview && now.egfrRoundedDown
                && now.rosuvastatinWithSlcoDecreased && !now.implicitSmokingRerun);
        QVERIFY(!all->find(u"2026.2")->behaviour.rosuvastatinWithSlcoDecreased);
        // The CPIC statin rows of 2026.4 are off for every earlier version.
        // So are the thiopurine review notes checked against CPIC's records.
        QVERIFY(now.fluvastatinCombinedRows && now.lovastatinCpicRows && now.rosuvastatinCpicRows);
        QVERIFY(now.thiopurineCellsVerified);
        for (const char *v : {"2026.1", "2026.2", "2026.3"}) {
            const EngineBehaviour b = all->find(QString::fromLatin1(v))->behaviour;
            QVERIFY2(!b.fluvastatinCombinedRows && !b.lovastatinCpicRows && !b.rosuvastatinCpicRows,
                     v);
            QVERIFY2(!b.thiopurineCellsVerified, v);
        }
        // The combined TPMT x NUDT15 thiopurine notes of 2026.5 are off for every earlier
        // version, 2026.4 included.
        QVERIFY(now.thiopurineCombinedCpic2025);
        for (const char *v : {"2026.1", "2026.2", "2026.3", "2026.4"})
            QVERIFY2(!all->find(QString::fromLatin1(v))->behaviour.thiopurineCombinedCpic2025, v);
        QVERIFY(all->find(u"2026.5")->behaviour.thiopurineCombinedCpic2025);
        QVERIFY(all->find(u"2026.4")->behaviour.thiopurineCellsVerified);
        // So are the single-gene thiopurine notes as CPIC's records read after the 2025 update.
        QVERIFY(now.thiopurineSingleGeneCpic2025);
        for (const char *v : {"2026.1", "2026.2", "2026.3", "2026.4"})
            QVERIFY2(!all->find(QString::fromLatin1(v))->behaviour.thiopurineSingleGeneCpic2025, v);
        QVERIFY(all->find(u"2026.5")->behaviour.thiopurineSingleGeneCpic2025);
        // A released option's rule ids never change: every 2026.1 rule is still in the newest
        // version under the same id (a changed rule gets a new id).
        for (const OptionRecord &o : old->options) {
            const OptionRecord *newer = all->current().find(o.id);
            QVERIFY2(newer != nullptr, qPrintable(o.id));
            for (const RuleRecord &r : o.rules) {
                const RuleRecord *same = newer->rule(r.id);
                QVERIFY2(same != nullptr, qPrintable(o.id + u'.' + r.id));
                QCOMPARE(same->sentence, r.sentence);
                QCOMPARE(same->cls, r.cls);
                QCOMPARE(same->level, r.level);
            }
        }
    }

    // The knowledge-base texts the engine passes into reasons (and the combination rule the
    // Options view shows) are translatable templates in core/therapy (TherapyText.cpp), word for
    // word, in every released version: none reaches a German screen in English.
    void reasonTextsOfTheKnowledgeBaseAreTranslatable()
    {
        const Result<KnowledgeBases> all = loadKnowledgeBases();
        QVERIFY(all.has_value());
        for (const KnowledgeBase &kb : all->all()) {
            QVERIFY2(knowledgeTextSource(kb.combination) != nullptr, qPrintable(kb.version));
            for (const OptionRecord &o : kb.options) {
                const EffectRecord &e = o.effect;
                QStringList texts;
                if (e.kind == EffectKind::RelativeRiskPerUnit)
                    texts << e.per;
                if (e.kind == EffectKind::RelativeRisk)
                    texts << e.endpoint;
                if (e.kind == EffectKind::ModelRerun)
                    texts << e.change;
                if (e.kind == EffectKind::None && !e.assumption.isEmpty())
                    texts << e.assumption;
                if (!e.harm.isEmpty())
                    texts << e.harm;
                for (const QString &t : texts)
                    QVERIFY2(knowledgeTextSource(t) != nullptr,
                             qPrintable(QStringLiteral("%1 %2: %3").arg(kb.version, o.id, t)));
            }
        }
        QVERIFY(knowledgeTextSource(u"not a knowledge-base text") == nullptr);
    }

    // Only a released version may leave `input` out of a re-run; the newest must name it.
    void newestNeedsTheRerunInput()
    {
        const Result<KnowledgeBase> kb = parseKnowledgeBase(variant([](QJsonObject &r) {
            QJsonArray options = r[QStringLiteral("options")].toArray();
            for (qsizetype i = 0; i < options.size(); ++i) {
                QJsonObject o = options.at(i).toObject();
                if (o[QStringLiteral("id")].toString() != QLatin1String("smoking_cessation"))
                    continue;
                QJsonObject e = o[QStringLiteral("effect")].toObject();
                e.remove(QStringLiteral("input"));
                e.remove(QStringLiteral("value"));
                o[QStringLiteral("effect")] = e;
                options[i] = o;
            }
            r[QStringLiteral("options")] = options;
        }));
        QVERIFY(!kb);
        QVERIFY2(kb.error().field.endsWith(QLatin1String(".effect.input")),
                 qPrintable(kb.error().field));
    }

    void shippedIsValid()
    {
        const Result<KnowledgeBase> kb = loadKnowledgeBase();
        QVERIFY2(kb.has_value(), kb ? "" : qPrintable(kb.error().message()));
        QCOMPARE(kb->schemaVersion, kKnowledgeSchemaVersion);
        QVERIFY(!kb->version.isEmpty());
        QStringList ids;
        for (const OptionRecord &o : kb->options) {
            ids << o.id;
            QVERIFY2(!o.rules.empty(), qPrintable(o.id));
            for (const RuleRecord &r : o.rules)
                QVERIFY2(!r.sentence.isEmpty() && !r.cls.isEmpty(), qPrintable(r.id));
            QVERIFY(!o.effect.source.isEmpty());
        }
        // Every implemented option is in the file, and nothing else.
        QCOMPARE(ids, implementedOptionIds());
        for (const QString &id : kb->notImplemented)
            QVERIFY2(!ids.contains(id), qPrintable(id));
    }

    // The option names shown in the GUI are translatable templates in core/therapy
    // (TherapyText.cpp); they must be the knowledge base's `what`, word for word.
    void optionNamesAreTranslatableTemplates()
    {
        const KnowledgeBase kb = *loadKnowledgeBase();
        for (const OptionRecord &o : kb.options) {
            const char *source = optionNameSource(o.id);
            QVERIFY2(source != nullptr, qPrintable(o.id));
            QCOMPARE(QString::fromUtf8(source), o.what);
        }
        QVERIFY(optionNameSource(u"review:clopidogrel") == nullptr);
    }

    void shippedNumbers()
    {
        const KnowledgeBase kb = *loadKnowledgeBase();
        // CTT, Lancet 2010;376:1670: RR 0.78 (0.76-0.80) per 1.0 mmol/L LDL-C.
        const EffectRecord &statin = kb.find(u"statin_high")->effect;
        QCOMPARE(statin.rr, 0.78);
        QCOMPARE(statin.ciLow, 0.76);
        QCOMPARE(statin.ciHigh, 0.80);
        // 2018 guideline Table 3: high intensity >= 50 %, moderate 30-49 % LDL-C lowering.
        QCOMPARE(statin.ldlReductionFraction, 0.50);
        QCOMPARE(kb.find(u"statin_moderate")->effect.ldlReductionFraction, 0.30);
        // Ettehad, Lancet 2016;387:957: RR 0.80 (0.77-0.83) per 10 mm Hg SBP; Law, BMJ
        // 2003;326:1427: 9.1 mm Hg per standard-dose drug, additive.
        const EffectRecord &bp = kb.find(u"bp_one_drug")->effect;
        QCOMPARE(bp.rr, 0.80);
        QCOMPARE(bp.ciLow, 0.77);
        QCOMPARE(bp.ciHigh, 0.83);
        QCOMPARE(bp.sbpLoweringMmhg, 9.1);
        QCOMPARE(kb.find(u"bp_two_drugs")->effect.sbpLoweringMmhg, 18.2);
        // ATT, Lancet 2009;373:1849: primary prevention, serious vascular events RR 0.88
        // (0.82-0.94); major extracranial bleeding RR 1.54 (1.30-1.82), shown as the harm.
        const EffectRecord &aspirin = kb.find(u"aspirin_primary")->effect;
        QCOMPARE(aspirin.kind, EffectKind::RelativeRisk);
        QCOMPARE(aspirin.rr, 0.88);
        QCOMPARE(aspirin.ciLow, 0.82);
        QCOMPARE(aspirin.ciHigh, 0.94);
        QVERIFY(aspirin.harm.contains(QLatin1String("RR 1.54 (95% CI 1.30-1.82)")));
        QCOMPARE(kb.find(u"nephrology_referral")->effect.kind, EffectKind::None);
        QCOMPARE(kb.find(u"smoking_cessation")->effect.kind, EffectKind::ModelRerun);
        QCOMPARE(kb.find(u"smoking_cessation")->effect.rerunInput, QStringLiteral("smoking"));
        QCOMPARE(kb.find(u"smoking_cessation")->effect.rerunValue, 1.0); // former
        // 2017 BP guideline 8.1.5 / 9.6: target < 130/80; re-run at SBP 130, bp_treated as is.
        const EffectRecord &target = kb.find(u"bp_to_target")->effect;
        QCOMPARE(target.kind, EffectKind::ModelRerun);
        QCOMPARE(target.rerunInput, QStringLiteral("sbp"));
        QCOMPARE(target.rerunValue, 130.0);
        // Ezetimibe: the CTT RR per mmol/L, LDL-C lowered 13 % (lower bound of the 13-20 % the
        // 2018 cholesterol guideline gives).
        const EffectRecord &ezetimibe = kb.find(u"ezetimibe")->effect;
        QCOMPARE(ezetimibe.rr, 0.78);
        QCOMPARE(ezetimibe.ldlReductionFraction, 0.13);
        QVERIFY(ezetimibe.source.contains(QLatin1String("N Engl J Med 2015;372:2387")));
        // DPPOS, Lancet 2009;374:1677: diabetes incidence over 10 years reduced by 34 % (24-42)
        // with lifestyle and 18 % (7-28) with metformin -> RR 0.66 (0.58-0.76), 0.82 (0.72-0.93);
        // not the 2.8-year DPP figures (58 %, 31 %).
        const EffectRecord &lifestyle = kb.find(u"dpp_lifestyle")->effect;
        QCOMPARE(lifestyle.rr, 0.66);
        QCOMPARE(lifestyle.ciLow, 0.58);
        QCOMPARE(lifestyle.ciHigh, 0.76);
        const EffectRecord &metformin = kb.find(u"dpp_metformin")->effect;
        QCOMPARE(metformin.rr, 0.82);
        QCOMPARE(metformin.ciLow, 0.72);
        QCOMPARE(metformin.ciHigh, 0.93);
        QCOMPARE(kb.find(u"dpp_lifestyle")->model, QStringLiteral("qdiabetes-2018"));
        // SMART-C (Lancet 2022) RR 0.63 (0.58-0.69) is for kidney-disease progression, not the
        // KFRE's kidney failure: named in the source, not applied (no ARR).
        const OptionRecord *sglt2 = kb.find(u"sglt2_inhibitor");
        QCOMPARE(sglt2->effect.kind, EffectKind::None);
        QVERIFY(sglt2->effect.source.contains(QLatin1String("RR 0.63 (95% CI 0.58-0.69)")));
        QCOMPARE(sglt2->model, QStringLiteral("kfre-4"));
        QCOMPARE(kb.find(u"ras_inhibitor")->effect.kind, EffectKind::None);
        // Sattar, Lancet Diabetes Endocrinol 2021;9:653: GLP-1 RA MACE HR 0.86.
        QCOMPARE(kb.find(u"glp1_ra")->effect.rr, 0.86);
    }

    void refusesWrongSchema()
    {
        const Result<KnowledgeBase> kb = parseKnowledgeBase(
            variant([](QJsonObject &r) { r[QStringLiteral("schema_version")] = 2; }));
        QVERIFY(!kb);
        QCOMPARE(kb.error().field, QStringLiteral("schema_version"));
    }

    void refusesUnknownRerunInput()
    {
        const Result<KnowledgeBase> kb = parseKnowledgeBase(variant([](QJsonObject &r) {
            QJsonArray options = r[QStringLiteral("options")].toArray();
            for (qsizetype i = 0; i < options.size(); ++i) {
                QJsonObject o = options.at(i).toObject();
                if (o[QStringLiteral("id")].toString() != QLatin1String("smoking_cessation"))
                    continue;
                QJsonObject e = o[QStringLiteral("effect")].toObject();
                e[QStringLiteral("input")] = QStringLiteral("smokes");
                o[QStringLiteral("effect")] = e;
                options[i] = o;
            }
            r[QStringLiteral("options")] = options;
        }));
        QVERIFY(!kb);
        QVERIFY2(kb.error().field.endsWith(QLatin1String(".effect.input")),
                 qPrintable(kb.error().field));
    }

    void refusesUnimplementedOption()
    {
        const Result<KnowledgeBase> kb = parseKnowledgeBase(variant([](QJsonObject &r) {
            QJsonObject o = option(r, 0);
            o[QStringLiteral("id")] = QStringLiteral("pcsk9_inhibitor"); // no rules in code
            setOption(r, 0, o);
        }));
        QVERIFY(!kb);
        QCOMPARE(kb.error().field, QStringLiteral("options[0].id"));
    }

    void refusesRrOutsideItsInterval()
    {
        const Result<KnowledgeBase> kb = parseKnowledgeBase(variant([](QJsonObject &r) {
            QJsonObject o = option(r, 0);
            QJsonObject e = o.value(QStringLiteral("effect")).toObject();
            e[QStringLiteral("rr")] = 0.9; // CI 0.76-0.80
            o[QStringLiteral("effect")] = e;
            setOption(r, 0, o);
        }));
        QVERIFY(!kb);
        QCOMPARE(kb.error().field, QStringLiteral("options[0].effect.rr"));
    }

    void refusesRuleWithoutSentence()
    {
        const Result<KnowledgeBase> kb = parseKnowledgeBase(variant([](QJsonObject &r) {
            QJsonObject o = option(r, 1);
            QJsonArray rules = o.value(QStringLiteral("rules")).toArray();
            QJsonObject rule = rules.at(0).toObject();
            rule.remove(QStringLiteral("sentence"));
            rules[0] = rule;
            o[QStringLiteral("rules")] = rules;
            setOption(r, 1, o);
        }));
        QVERIFY(!kb);
        QCOMPARE(kb.error().field, QStringLiteral("options[1].rules[0].sentence"));
    }

    void refusesDuplicateOption()
    {
        const Result<KnowledgeBase> kb
            = parseKnowledgeBase(variant([](QJsonObject &r) { setOption(r, 1, option(r, 0)); }));
        QVERIFY(!kb);
        QCOMPARE(kb.error().field, QStringLiteral("options[1].id"));
    }
};

QTEST_GUILESS_MAIN(TestKnowledgeBase)
#include "tst_knowledgebase.moc"
