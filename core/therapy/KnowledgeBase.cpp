// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/therapy/KnowledgeBase.h"

#include "core/clinical/Variable.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

namespace precis::therapy {

namespace {

tl::unexpected<Error> invalid(const QString &path, const QString &detail)
{
    return fail(ErrorCode::InvalidInput, detail, path);
}

/// A required, non-empty string member.
Result<QString> text(const QJsonObject &object, const QString &path, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    const QString where = path + QLatin1Char('.') + QLatin1String(key);
    if (!value.isString() || value.toString().trimmed().isEmpty())
        return invalid(where, QStringLiteral("missing or empty"));
    return value.toString();
}

Result<double> number(const QJsonObject &object, const QString &path, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isDouble())
        return invalid(path + QLatin1Char('.') + QLatin1String(key),
                       QStringLiteral("not a number"));
    return value.toDouble();
}

Result<RuleRecord> parseRule(const QJsonObject &object, const QString &path, bool contraindication)
{
    RuleRecord rule;
    Result<QString> id = text(object, path, "id");
    if (!id)
        return tl::unexpected(id.error());
    rule.id = *id;
    Result<QString> sentence = text(object, path, "sentence");
    if (!sentence)
        return tl::unexpected(sentence.error());
    rule.sentence = *sentence;
    if (!contraindication) {
        Result<QString> cls = text(object, path, "class");
        if (!cls)
            return tl::unexpected(cls.error());
        Result<QString> level = text(object, path, "level");
        if (!level)
            return tl::unexpected(level.error());
        rule.cls = *cls;
        rule.level = *level;
        rule.guideline = object.value(QLatin1String("guideline")).toString();
        rule.citation = object.value(QLatin1String("citation")).toString();
    }
    return rule;
}

Result<EffectRecord>
parseEffect(const QJsonObject &object, const QString &path, const EngineBehaviour &behaviour)
{
    EffectRecord effect;
    Result<QString> kind = text(object, path, "kind");
    if (!kind)
        return tl::unexpected(kind.error());
    Result<QString> source = text(object, path, "source");
    if (!source)
        return tl::unexpected(source.error());
    effect.source = *source;
    effect.assumption = object.value(QLatin1String("assumption")).toString();
    if (*kind == QLatin1String("none")) {
        effect.kind = EffectKind::None;
        return effect;
    }
    if (*kind == QLatin1String("model_rerun")) {
        effect.kind = EffectKind::ModelRerun;
        Result<QString> change = text(object, path, "change");
        if (!change)
            return tl::unexpected(change.error());
        effect.change = *change;
        if (behaviour.implicitSmokingRerun && !object.contains(QLatin1String("input"))
            && !object.contains(QLatin1String("value"))) {
            // 2026.1 named no input: its program re-ran every model_rerun with smoking = 1.
            effect.rerunInput = QStringLiteral("smoking");
            effect.rerunValue = 1.0;
            return effect;
        }
        // The input changed: a field of the snapshot vocabulary and its new value.
        Result<QString> input = text(object, path, "input");
        if (!input)
            return tl::unexpected(input.error());
        if (!clinical::varByName(QLatin1StringView(input->toLatin1())))
            return invalid(path + QStringLiteral(".input"), QStringLiteral("unknown input field"));
        Result<double> value = number(object, path, "value");
        if (!value)
            return tl::unexpected(value.error());
        effect.rerunInput = *input;
        effect.rerunValue = *value;
        return effect;
    }
    if (*kind == QLatin1String("relative_risk_per_unit"))
        effect.kind = EffectKind::RelativeRiskPerUnit;
    else if (*kind == QLatin1String("relative_risk"))
        effect.kind = EffectKind::RelativeRisk;
    else
        return invalid(path + QStringLiteral(".kind"), QStringLiteral("unknown effect kind"));
    Result<double> rr = number(object, path, "rr");
    Result<double> low = number(object, path, "ci_low");
    Result<double> high = number(object, path, "ci_high");
    if (!rr)
        return tl::unexpected(rr.error());
    if (!low)
        return tl::unexpected(low.error());
    if (!high)
        return tl::unexpected(high.error());
    if (!(*rr > 0.0 && *rr <= 1.0))
        return invalid(path + QStringLiteral(".rr"), QStringLiteral("must be in (0, 1]"));
    if (!(*low <= *rr && *rr <= *high))
        return invalid(path + QStringLiteral(".rr"),
                       QStringLiteral("must lie within its confidence interval"));
    effect.rr = *rr;
    effect.ciLow = *low;
    effect.ciHigh = *high;
    Result<QString> per = text(object, path, "per");
    if (!per)
        return tl::unexpected(per.error());
    effect.per = *per;
    effect.endpoint = object.value(QLatin1String("endpoint")).toString();
    effect.harm = object.value(QLatin1String("harm")).toString();
    if (effect.kind == EffectKind::RelativeRisk)
        return effect;
    effect.ldlReductionFraction = object.value(QLatin1String("ldl_reduction_fraction")).toDouble();
    effect.sbpLoweringMmhg = object.value(QLatin1String("sbp_lowering_mmhg")).toDouble();
    const bool ldl = effect.ldlReductionFraction > 0.0 && effect.ldlReductionFraction < 1.0;
    const bool sbp = effect.sbpLoweringMmhg > 0.0;
    if (ldl == sbp) {
        return invalid(path,
                       QStringLiteral("needs exactly one of ldl_reduction_fraction (0-1) or "
                                      "sbp_lowering_mmhg (> 0)"));
    }
    return effect;
}

Result<OptionRecord>
parseOption(const QJsonObject &object, const QString &path, const EngineBehaviour &behaviour)
{
    OptionRecord option;
    struct Field
    {
        const char *key;
        QString *target;
    };
    const Field fields[] = {{"id", &option.id},
                            {"what", &option.what},
                            {"model", &option.model},
                            {"outcome", &option.outcome},
                            {"guideline", &option.guideline},
                            {"citation", &option.citation}};
    for (const Field &field : fields) {
        Result<QString> value = text(object, path, field.key);
        if (!value)
            return tl::unexpected(value.error());
        *field.target = *value;
    }
    const QJsonValue horizon = object.value(QLatin1String("horizon_years"));
    if (!horizon.isDouble() || horizon.toInt() <= 0 || horizon.toDouble() != horizon.toInt())
        return invalid(path + QStringLiteral(".horizon_years"),
                       QStringLiteral("must be a whole number of years > 0"));
    option.horizonYears = horizon.toInt();

    const QJsonArray rules = object.value(QLatin1String("rules")).toArray();
    if (rules.isEmpty())
        return invalid(path + QStringLiteral(".rules"), QStringLiteral("no rules"));
    QSet<QString> ruleIds;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QString where = path + QStringLiteral(".rules[%1]").arg(i);
        Result<RuleRecord> rule = parseRule(rules.at(i).toObject(), where, false);
        if (!rule)
            return tl::unexpected(rule.error());
        if (ruleIds.contains(rule->id))
            return invalid(where + QStringLiteral(".id"), QStringLiteral("duplicate rule id"));
        ruleIds.insert(rule->id);
        option.rules.push_back(std::move(*rule));
    }
    const QJsonArray contra = object.value(QLatin1String("contraindications")).toArray();
    for (qsizetype i = 0; i < contra.size(); ++i) {
        const QString where = path + QStringLiteral(".contraindications[%1]").arg(i);
        Result<RuleRecord> rule = parseRule(contra.at(i).toObject(), where, true);
        if (!rule)
            return tl::unexpected(rule.error());
        option.contraindications.push_back(std::move(*rule));
    }
    const QJsonValue effect = object.value(QLatin1String("effect"));
    if (!effect.isObject())
        return invalid(path + QStringLiteral(".effect"), QStringLiteral("missing"));
    Result<EffectRecord> parsed
        = parseEffect(effect.toObject(), path + QStringLiteral(".effect"), behaviour);
    if (!parsed)
        return tl::unexpected(parsed.error());
    option.effect = std::move(*parsed);
    return option;
}

} // namespace

const RuleRecord *OptionRecord::rule(QStringView ruleId) const
{
    for (const RuleRecord &r : rules) {
        if (r.id == ruleId)
            return &r;
    }
    return nullptr;
}

const OptionRecord *KnowledgeBase::find(QStringView id) const
{
    for (const OptionRecord &o : options) {
        if (o.id == id)
            return &o;
    }
    return nullptr;
}

const QStringList &implementedOptionIds()
{
    static const QStringList ids{QStringLiteral("statin_moderate"),
                                 QStringLiteral("statin_high"),
                                 QStringLiteral("ezetimibe"),
                                 QStringLiteral("bp_one_drug"),
                                 QStringLiteral("bp_two_drugs"),
                                 QStringLiteral("bp_to_target"),
                                 QStringLiteral("smoking_cessation"),
                                 QStringLiteral("aspirin_primary"),
                                 QStringLiteral("oral_anticoagulation"),
                                 QStringLiteral("nephrology_referral"),
                                 QStringLiteral("sglt2_inhibitor"),
                                 QStringLiteral("ras_inhibitor"),
                                 QStringLiteral("dpp_lifestyle"),
                                 QStringLiteral("dpp_metformin"),
                                 QStringLiteral("glp1_ra")};
    return ids;
}

Result<KnowledgeBase> parseKnowledgeBase(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return invalid(QStringLiteral("offset %1").arg(error.offset),
                       QStringLiteral("not a JSON object: %1").arg(error.errorString()));
    }
    const QJsonObject root = document.object();
    KnowledgeBase kb;
    const QJsonValue schema = root.value(QLatin1String("schema_version"));
    if (!schema.isDouble() || schema.toInt() != kKnowledgeSchemaVersion) {
        return invalid(QStringLiteral("schema_version"),
                       QStringLiteral("expected %1").arg(kKnowledgeSchemaVersion));
    }
    kb.schemaVersion = schema.toInt();
    Result<QString> version = text(root, QString(), "knowledge_base_version");
    if (!version)
        return tl::unexpected(version.error());
    kb.version = *version;
    kb.behaviour = behaviourFor(kb.version);
    Result<QString> combination = text(root, QString(), "combination");
    if (!combination)
        return tl::unexpected(combination.error());
    kb.combination = *combination;

    const QJsonArray options = root.value(QLatin1String("options")).toArray();
    if (options.isEmpty())
        return invalid(QStringLiteral("options"), QStringLiteral("no options"));
    for (qsizetype i = 0; i < options.size(); ++i) {
        const QString path = QStringLiteral("options[%1]").arg(i);
        Result<OptionRecord> option = parseOption(options.at(i).toObject(), path, kb.behaviour);
        if (!option)
            return tl::unexpected(option.error());
        if (kb.find(option->id) != nullptr)
            return invalid(path + QStringLiteral(".id"), QStringLiteral("duplicate option id"));
        if (!implementedOptionIds().contains(option->id)) {
            return invalid(path + QStringLiteral(".id"),
                           QStringLiteral("option '%1' has no implementation").arg(option->id));
        }
        kb.options.push_back(std::move(*option));
    }
    for (const QJsonValue id : root.value(QLatin1String("not_implemented")).toArray())
        kb.notImplemented.append(id.toString());
    return kb;
}

const std::vector<ReleasedKnowledgeBase> &releasedKnowledgeBases()
{
    // Append only. A released entry (its file, hash and behaviour) never changes: a change to
    // the data or to what the engine does with it is a new version (docs/OPTIONS.md).
    static const std::vector<ReleasedKnowledgeBase> released = {
        // Released with the first option engine (commits 1206ec0..9781d51): no ezetimibe or
        // bp_to_target; the SLCO1B1 simvastatin note was its only genotype rule.
        {"2026.1",
         ":/precis/knowledge/options-2026.1.json",
         "bc5b5ab94a876984526a8c89ce9dd451b8fbdf09310f7ef02d745d58477dd7e1",
         EngineBehaviour{.allStatinPgx = false,
                         .warfarinPgx = false,
                         .clopidogrelReview = false,
                         .egfrRoundedDown = false,
                         .rosuvastatinWithSlcoDecreased = false,
                         .recognisesEzetimibe = false,
                         .ezetimibeNotInPregnancy = false,
                         .implicitSmokingRerun = true,
                         .oncologyPgx = false,
                         .bpFewDecimals = false,
                         .fluvastatinCombinedRows = false,
                         .lovastatinCpicRows = false,
                         .rosuvastatinCpicRows = false,
                         .thiopurineCellsVerified = false,
                         .thiopurineCombinedCpic2025 = false,
                         .vkorc1IndeterminateNote = false,
                         .thiopurineSingleGeneCpic2025 = false}},
        // Released with f57748a: ezetimibe, bp_to_target, CPIC statin, clopidogrel and warfarin
        // notes.
        {"2026.2",
         ":/precis/knowledge/options-2026.2.json",
         "a597129257966c134421b1034d0895b48d7f1150b5d1b657144bbd1ca312f44d",
         EngineBehaviour{.rosuvastatinWithSlcoDecreased = false,
                         .ezetimibeNotInPregnancy = false,
                         .oncologyPgx = false,
                         .bpFewDecimals = false,
                         .fluvastatinCombinedRows = false,
                         .lovastatinCpicRows = false,
                         .rosuvastatinCpicRows = false,
                         .thiopurineCellsVerified = false,
                         .thiopurineCombinedCpic2025 = false,
                         .vkorc1IndeterminateNote = false,
                         .thiopurineSingleGeneCpic2025 = false}},
        // 2026.2 with what was checked against the primary sources and what was not
        // (`verification` of the aspirin, ezetimibe and GLP-1 RA effects), the CPIC
        // rosuvastatin row for ABCG2 poor with SLCO1B1 decreased function, ezetimibe not in
        // pregnancy, and the DPYD/TPMT/NUDT15/UGT1A1 review rows of the oncology drugs.
        {"2026.3",
         ":/precis/knowledge/options-2026.3.json",
         "3099398c80ae7be4b84d830ad11c72f6e1b45d734a7c2b7c185004849d002b64",
         EngineBehaviour{.fluvastatinCombinedRows = false,
                         .lovastatinCpicRows = false,
                         .rosuvastatinCpicRows = false,
                         .thiopurineCellsVerified = false,
                         .thiopurineCombinedCpic2025 = false,
                         .vkorc1IndeterminateNote = false,
                         .thiopurineSingleGeneCpic2025 = false}},
        // 2026.3 with the statin rows checked cell by cell against CPIC's recommendation
        // records (PharmGKB annotations of Cooper-DeHoff 2022 as shipped in PharmCAT v2.12.0):
        // fluvastatin from the combined SLCO1B1 x CYP2C9 rows, lovastatin's strength and dose
        // limit, rosuvastatin's strength with ABCG2 poor function; the `verification` of the
        // aspirin, ezetimibe and GLP-1 RA effects searched again (numbers unchanged); the
        // thiopurine review notes as CPIC's recommendation records read them.
        {"2026.4",
         ":/precis/knowledge/options-2026.4.json",
         "9a3e5bebe5344c116e04a16234d50eb86864e47b54847ac4c00ebb08edb65819",
         EngineBehaviour{.thiopurineCombinedCpic2025 = false,
                         .vkorc1IndeterminateNote = false,
                         .thiopurineSingleGeneCpic2025 = false}},
        // 2026.4 with the combined TPMT x NUDT15 thiopurine notes as CPIC's recommendation
        // records read after the 2025 guideline update (strength and threshold per drug; one note
        // for one gene poor with the other intermediate or poor), the single-gene intermediate
        // and poor notes of that update, and a warfarin note for a VKORC1 result without a
        // determined
        // genotype.
        {"2026.5",
         ":/precis/knowledge/options-2026.5.json",
         "9d0c6268cde3e6a8ec23d3be7c2eda6ff8d730f98ea689dba99fac7b7d7e2a01",
         EngineBehaviour{}},
    };
    return released;
}

EngineBehaviour behaviourFor(QStringView version)
{
    for (const ReleasedKnowledgeBase &r : releasedKnowledgeBases()) {
        if (version == QLatin1StringView(r.version))
            return r.behaviour;
    }
    return releasedKnowledgeBases().back().behaviour;
}

const KnowledgeBase *KnowledgeBases::find(QStringView version) const
{
    for (const KnowledgeBase &kb : m_versions) {
        if (kb.version == version)
            return &kb;
    }
    return nullptr;
}

QString KnowledgeBases::versionList() const
{
    QStringList versions;
    for (const KnowledgeBase &kb : m_versions)
        versions << kb.version;
    return versions.join(QStringLiteral(", "));
}

namespace {

Result<KnowledgeBase> loadReleased(const ReleasedKnowledgeBase &released)
{
    const QString version = QLatin1StringView(released.version);
    QFile file(QLatin1StringView(released.resource));
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Internal,
                    QStringLiteral("knowledge base %1 is missing from the program").arg(version),
                    file.fileName());
    }
    const QByteArray bytes = file.readAll();
    const QByteArray sha = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    if (sha != QByteArray(released.sha256)) {
        return fail(ErrorCode::Internal,
                    QStringLiteral("knowledge base %1 is not the file as released (SHA-256 %2)")
                        .arg(version, QString::fromLatin1(sha)),
                    file.fileName());
    }
    Result<KnowledgeBase> kb = parseKnowledgeBase(bytes);
    if (!kb) {
        Error e = kb.error();
        e.field = version + QLatin1Char(':') + e.field;
        return tl::unexpected(e);
    }
    if (kb->version != version) {
        return fail(ErrorCode::Internal,
                    QStringLiteral("the file names knowledge_base_version %1").arg(kb->version),
                    file.fileName());
    }
    return kb;
}

} // namespace

Result<KnowledgeBases> loadKnowledgeBases()
{
    KnowledgeBases all;
    for (const ReleasedKnowledgeBase &released : releasedKnowledgeBases()) {
        Result<KnowledgeBase> kb = loadReleased(released);
        if (!kb)
            return tl::unexpected(kb.error());
        all.m_versions.push_back(std::move(*kb));
    }
    return all;
}

Result<KnowledgeBase> loadKnowledgeBase()
{
    return loadReleased(releasedKnowledgeBases().back());
}

} // namespace precis::therapy
