// SPDX-License-Identifier: GPL-3.0-or-later
// The treatment-option knowledge base (issue #10): versioned data files, every released version
// shipped read-only as a Qt resource (resources/knowledge/options-VERSION.json), parsed and
// validated here. The eligibility
// logic that applies each option's rules lives in OptionEngine; the file carries everything a
// physician checks: guideline, class and level, the sentence each rule implements, citation and
// effect with its source.
#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace precis::therapy {

/// The schema of options.json this code reads. A file with another number is refused.
inline constexpr int kKnowledgeSchemaVersion = 1;

/// One guideline statement an option implements (or a contraindication).
struct RuleRecord
{
    QString id;        ///< stable token, e.g. "pce_intermediate"
    QString cls;       ///< class of recommendation, e.g. "I", "IIa", "practice point"
    QString level;     ///< level of evidence, e.g. "A", "B-R", "ungraded"
    QString sentence;  ///< the guideline sentence, with its section
    QString guideline; ///< empty = the option's guideline
    QString citation;  ///< empty = the option's citation
};

enum class EffectKind {
    None,                ///< no relative risk (a referral): arr_pct is always blank
    RelativeRiskPerUnit, ///< RR per unit of a lowered input (LDL-C, SBP), applied to the risk
    RelativeRisk,        ///< one RR for taking the drug (aspirin), applied to the risk
    ModelRerun,          ///< the model re-run with one input changed
};

struct EffectRecord
{
    EffectKind kind = EffectKind::None;
    double rr = 1.0; ///< per unit (`per`)
    double ciLow = 1.0;
    double ciHigh = 1.0;
    QString per;                     ///< e.g. "1.0 mmol/L LDL-C lowered"
    QString endpoint;                ///< the trial endpoint the RR is for
    QString harm;                    ///< a harm from the same source, shown, not netted
    double ldlReductionFraction = 0; ///< statins: fraction of LDL-C lowered
    double sbpLoweringMmhg = 0;      ///< BP drugs: SBP lowered in mm[Hg]
    QString change;                  ///< ModelRerun: what changes, e.g. "smoking = former"
    QString rerunInput;              ///< ModelRerun: the input's field name, e.g. "smoking"
    double rerunValue = 0;           ///< ModelRerun: its value (never above the recorded one
                                     ///< for sbp: a target only lowers)
    QString source;
    QString assumption;
};

/// Behaviour in code that changed between released knowledge-base versions without an option or
/// rule id of its own. Each released version is evaluated with the behaviour it was released
/// with, so that a recommendation recorded under it replays unchanged; a released version's
/// entry in releasedKnowledgeBases() never changes (docs/OPTIONS.md, "Released versions").
struct EngineBehaviour
{
    /// CPIC 2022 notes for every statin (SLCO1B1, ABCG2 with rosuvastatin, CYP2C9 with
    /// fluvastatin; an indeterminate phenotype named) and a review row for each current statin.
    /// Off (2026.1): the SLCO1B1 simvastatin note and review:simvastatin only.
    bool allStatinPgx = true;
    /// CYP2C9, VKORC1 and CYP4F2 warfarin notes on oral_anticoagulation and review:warfarin.
    bool warfarinPgx = true;
    /// review:clopidogrel for a current clopidogrel with a CYP2C19 phenotype.
    bool clopidogrelReview = true;
    /// eGFR in reason texts rounded down to one decimal (so a text never crosses a threshold
    /// the value does not). Off (2026.1): the value in its shortest form.
    bool egfrRoundedDown = true;
    /// The rosuvastatin note "<= 10 mg" for ABCG2 poor function with SLCO1B1 decreased (or
    /// possible decreased) function too, as CPIC's row reads; off (2026.1, 2026.2): with SLCO1B1
    /// poor function only, and "<= 20 mg" with decreased function.
    bool rosuvastatinWithSlcoDecreased = true;
    /// Ezetimibe (C10AX09) is a recognised medication. Off (2026.1): it is named among the
    /// unrecognised medications in reasons, in its place in the list, as that program did.
    bool recognisesEzetimibe = true;
    /// Ezetimibe not offered in pregnancy (contraindication `pregnancy` of 2026.3). Off (2026.2):
    /// pregnancy was not read for ezetimibe.
    bool ezetimibeNotInPregnancy = true;
    /// A model_rerun effect without `input` and `value` re-runs the model with smoking = 1
    /// (former), as the 2026.1 program did for its only re-run; later versions name the input.
    bool implicitSmokingRerun = false;
    /// Fluorouracil, capecitabine, the thiopurines and irinotecan are recognised medications
    /// and get DPYD, TPMT, NUDT15 and UGT1A1 review rows (core/therapy/OncologyPgx.h). Off
    /// (2026.1, 2026.2): no such rows, and these drugs are named among the unrecognised
    /// medications in reasons, as those programs did.
    bool oncologyPgx = true;
    /// A blood pressure in a reason text (a mean of readings) with the fewest decimals, from
    /// one, that keep it on its side of every whole number. Off (2026.1, 2026.2): the shortest
    /// form ("105.33333333333333").
    bool bpFewDecimals = true;
    /// Fluvastatin from CPIC's combined SLCO1B1 x CYP2C9 rows: another statin with SLCO1B1
    /// poor function and a CYP2C9 intermediate or poor metabolizer, or SLCO1B1 decreased
    /// function and a poor metabolizer; <= 20 mg/day with decreased function and an
    /// intermediate metabolizer (all optional), one note for both genes. Off (2026.1-2026.3):
    /// each gene's own dose limit, as two notes.
    bool fluvastatinCombinedRows = true;
    /// Lovastatin as CPIC's rows read: SLCO1B1 poor function "another statin" is moderate, and
    /// decreased function adds "if lovastatin is warranted, <= 20 mg/day". Off (2026.1-2026.3):
    /// strong with poor function, and no dose limit with decreased function.
    bool lovastatinCpicRows = true;
    /// Rosuvastatin as CPIC's rows read: ABCG2 poor function with SLCO1B1 normal or increased
    /// function is optional (moderate only when SLCO1B1 is not tested or indeterminate), and
    /// with ABCG2 poor and SLCO1B1 poor function the one <= 10 mg note replaces the SLCO1B1
    /// <= 20 mg note. Off (2026.1-2026.3): moderate, and both notes.
    bool rosuvastatinCpicRows = true;
    /// The thiopurine review notes as checked against CPIC's recommendation records (PharmGKB
    /// guideline annotations shipped in PharmCAT, docs/GENOMICS.md): a thioguanine intermediate
    /// note names its condition (usual start at least 40-60 mg/m2/day), the NUDT15 poor
    /// mercaptopurine dose is for malignancy, and thioguanine poor-metabolizer notes name a
    /// non-thiopurine immunosuppressant and 4-6 weeks to steady state. Off (2026.1 to 2026.3):
    /// the wording those versions released.
    bool thiopurineCellsVerified = true;
    /// TPMT and NUDT15 both intermediate (or possible intermediate): one note per drug as
    /// CPIC's combined recommendation records read after the 2025 guideline update (Clin
    /// Pharmacol Ther 2026, PMID 41618934): 20-50 % of the usual start above each drug's
    /// threshold (azathioprine 2 mg/kg/day, moderate; mercaptopurine 75 mg/m2/day or 1.5
    /// mg/kg/day, strong; thioguanine 40 mg/m2/day, moderate); and one gene poor with the other
    /// intermediate, possible intermediate or poor: one strong note per drug as CPIC's combined
    /// records of that update read (azathioprine a non-thiopurine immunosuppressant;
    /// mercaptopurine tenfold lower three times a week for malignancy, otherwise a
    /// non-thiopurine immunosuppressant; thioguanine tenfold lower three times a week). Off
    /// (2026.1 to 2026.4): the one note "start at 20-50 % of the usual dose" with "strength not
    /// verified" for all three drugs, and the two single-gene notes when one gene is poor, as
    /// those versions released them.
    bool thiopurineCombinedCpic2025 = true;
    /// VKORC1 tested without a determined c.-1639G>A genotype (a stored "GG or GA or AA" or
    /// Indeterminate result, token "indeterminate"): a warfarin note that it was not determined
    /// and no genotype-based action follows, as CYP2C9 and CYP4F2 get (issue #11: missing data
    /// is never shown as normal). Off (2026.1 to 2026.4): no VKORC1 note, as if not tested.
    bool vkorc1IndeterminateNote = true;
    /// TPMT or NUDT15 intermediate (or possible intermediate) with the other gene normal: the
    /// single-gene thiopurine notes as CPIC's records read after the 2025 guideline update
    /// (Clin Pharmacol Ther 2026, PMID 41618934): thioguanine 30-80 % if the usual start is at
    /// least 40 mg/m2/day (records PA166298559, PA166298553, PA166298564, PA166298567),
    /// azathioprine 30-80 % if it is at least 2 mg/kg/day (PA166297271, PA166297264,
    /// PA166297276, PA166297280). TPMT or NUDT15 poor with the other gene normal likewise:
    /// azathioprine a non-thiopurine immunosuppressant only (PA166297284, PA166297279),
    /// mercaptopurine NUDT15 poor the tenfold lower start three times a week for malignancy
    /// (PA166298228), thioguanine tenfold lower three times a week with no non-malignant clause
    /// (PA166298572, PA166298566). Off (2026.1 to 2026.4): thioguanine 50-80 % at 40-60
    /// mg/m2/day (as 2026.4 released it, or unconditioned before), azathioprine at 2-3 mg/kg/day,
    /// and the poor-metabolizer notes of CPIC's 2018 records.
    bool thiopurineSingleGeneCpic2025 = true;
};

struct OptionRecord
{
    QString id;
    QString what;
    QString model;   ///< default model id (`precis-cli models`)
    QString outcome; ///< the model's outcome token
    int horizonYears = 0;
    QString guideline;
    QString citation;
    std::vector<RuleRecord> rules;
    std::vector<RuleRecord> contraindications; ///< id and sentence only
    EffectRecord effect;

    [[nodiscard]] const RuleRecord *rule(QStringView ruleId) const;
};

struct KnowledgeBase
{
    int schemaVersion = 0;
    QString version;     ///< knowledge_base_version, recorded with every recommendation
    QString combination; ///< how several options combine, in words
    std::vector<OptionRecord> options;
    QStringList notImplemented; ///< option ids of issue #10 not yet in the engine
    EngineBehaviour behaviour;  ///< the released version's (releasedKnowledgeBases()), or the
                                ///< newest behaviour for a version not released

    [[nodiscard]] const OptionRecord *find(QStringView id) const;
};

/// The option ids OptionEngine implements. A knowledge base naming any other option is refused
/// (no row is ever emitted for an option without its rules in code).
[[nodiscard]] const QStringList &implementedOptionIds();

/// Parses and validates options.json. Errors (InvalidInput, field = JSON path, e.g.
/// "options[2].rules[0].sentence"): not JSON, wrong schema_version, a missing or empty
/// required field, duplicate option or rule id, an option id without an implementation, a
/// relative risk outside (0, 1] or outside its confidence interval, an effect without its source.
[[nodiscard]] Result<KnowledgeBase> parseKnowledgeBase(const QByteArray &json);

/// A released knowledge-base version: its file in the program, the SHA-256 of that file as
/// released (a released file never changes; a change is a new version) and the code behaviour
/// it is evaluated with.
struct ReleasedKnowledgeBase
{
    const char *version;  ///< knowledge_base_version inside the file
    const char *resource; ///< Qt resource path
    const char *sha256;   ///< lower-case hex SHA-256 of the file's bytes
    EngineBehaviour behaviour;
};

/// Every released version, oldest first; the last is the one new recommendations use.
[[nodiscard]] const std::vector<ReleasedKnowledgeBase> &releasedKnowledgeBases();

/// The behaviour a version is evaluated with: its released entry, or the newest for any other
/// version (a file under development).
[[nodiscard]] EngineBehaviour behaviourFor(QStringView version);

/// Every knowledge-base version in the program, oldest first.
class KnowledgeBases
{
public:
    /// The version a recommendation is recorded with, or nullptr when this program does not
    /// hold it.
    [[nodiscard]] const KnowledgeBase *find(QStringView version) const;
    /// The newest version: the one new recommendations use.
    [[nodiscard]] const KnowledgeBase &current() const { return m_versions.back(); }
    [[nodiscard]] const std::vector<KnowledgeBase> &all() const { return m_versions; }
    /// "2026.1, 2026.2, 2026.3": the versions held, for messages.
    [[nodiscard]] QString versionList() const;

private:
    friend Result<KnowledgeBases> loadKnowledgeBases();
    std::vector<KnowledgeBase> m_versions;
};

/// Loads and validates every released version (Internal when a file is missing, its bytes are
/// not the released ones, or its knowledge_base_version is not the table's; parse errors as
/// parseKnowledgeBase, with the version prefixed to the field).
[[nodiscard]] Result<KnowledgeBases> loadKnowledgeBases();

/// The newest knowledge base in the program (the last of releasedKnowledgeBases()).
[[nodiscard]] Result<KnowledgeBase> loadKnowledgeBase();

} // namespace precis::therapy
