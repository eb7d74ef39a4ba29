// SPDX-License-Identifier: GPL-3.0-or-later
// Tumour-guided options (issue #11, "Tumour variants": shown as options a physician can accept
// or decline like any other): rows from the shipped knowledge's findings, resistance as a
// warning against the therapy, no ARR or NNT, and the replay of a decision's recommendation
// from its stored inputs (a changed input, knowledge version or OncoTree release is reported).
// Expected therapies, contexts and levels are those of resources/genomics/tumour/
// tumour_knowledge.json, each entry citing its FDA label or CIViC evidence there.
#include "core/genomics/TumourKnowledge.h"
#include "core/genomics/TumourMatcher.h"
#include "core/therapy/DecisionRecord.h"
#include "core/therapy/TumourOptions.h"

#include <QTest>

using namespace precis;
using namespace precis::therapy;

namespace {

// BRAF c.1799T>A p.V600E = NC_000007.14:g.140753336A>T (dbSNP rs113488022); KRAS c.35G>A
// p.G12D = NC_000012.12:g.25245350C>T (dbSNP rs121913529), both as the knowledge lists them.
const genomics::MinimalAllele kBrafV600E{
    QStringLiteral("7"), 140753336, QStringLiteral("A"), QStringLiteral("T")};
const genomics::MinimalAllele kKrasG12D{
    QStringLiteral("12"), 25245350, QStringLiteral("C"), QStringLiteral("T")};

QString fields(const std::vector<risk::ReplayDifference> &d)
{
    QStringList out;
    for (const auto &x : d)
        out << QStringLiteral("%1 (stored '%2', now '%3')").arg(x.field, x.stored, x.now);
    return out.join(QStringLiteral("; "));
}

bool hasField(const std::vector<risk::ReplayDifference> &d, const QString &field)
{
    return std::any_of(d.begin(), d.end(), [&](const auto &x) { return x.field == field; });
}

const TumourOption *find(const std::vector<TumourOption> &options, const QString &id)
{
    const auto it = std::find_if(
        options.begin(), options.end(), [&](const TumourOption &o) { return o.row.option == id; });
    return it == options.end() ? nullptr : &*it;
}

} // namespace

class TestTumourOptions : public QObject
{
    Q_OBJECT
    genomics::TumourKnowledge m_knowledge;
    genomics::OncoTree m_tree;

    QList<genomics::TumourFinding> place(const QList<genomics::MinimalAllele> &alleles,
                                         const QString &type) const
    {
        QList<genomics::TumourFinding> out;
        for (const auto &a : alleles)
            out += genomics::placeAllele(m_knowledge, m_tree, a, type);
        return out;
    }

    RecommendationRecord record(const TumourOption &o,
                                const QString &type,
                                const QList<genomics::TumourFinding> &findings) const
    {
        const QByteArray inputs = tumourInputsToJson(type, m_tree.release, findings);
        return {o.row.option,
                m_knowledge.knowledgeVersion,
                inputsSha256(inputs),
                inputs,
                recommendationToJson(o.row, QString())};
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto k = genomics::loadTumourKnowledge();
        QVERIFY(k);
        m_knowledge = *k;
        auto t = genomics::loadOncoTree();
        QVERIFY(t);
        m_tree = *t;
    }

    void idForm()
    {
        QCOMPARE(tumourOptionId(QStringLiteral("BRAF"),
                                QStringLiteral("p.V600E"),
                                QStringLiteral("dabrafenib + trametinib")),
                 QStringLiteral("tumour:BRAF:p.V600E:dabrafenib + trametinib"));
        QVERIFY(isTumourOption(u"tumour:BRAF:p.V600E:vemurafenib"));
        QVERIFY(!isTumourOption(u"statin_high"));
        QVERIFY(!isTumourOption(u"review:clopidogrel"));
    }

    // Melanoma (SKCM, below MEL) with BRAF V600E: dabrafenib + trametinib on-label (Tafinlar and
    // Mekinist labels, BRAF V600E or V600K melanoma); encorafenib + cetuximab is a colorectal
    // indication (Braftovi, BEACON CRC), so other-tumour here.
    void melanomaBrafCandidates()
    {
        const auto findings = place({kBrafV600E}, QStringLiteral("SKCM"));
        const auto options = tumourOptions(findings);
        QCOMPARE(options.size(), std::size_t(findings.size())); // all sensitivity, one each
        const TumourOption *dt
            = find(options, QStringLiteral("tumour:BRAF:p.V600E:dabrafenib + trametinib"));
        QVERIFY(dt);
        QVERIFY(dt->row.eligible);
        QCOMPARE(dt->context, genomics::TumourContext::OnLabel);
        QCOMPARE(dt->effect, genomics::TumourEffect::Sensitivity);
        QVERIFY(dt->row.citation.contains(QLatin1String("Tafinlar")));
        QVERIFY(!dt->row.level.isEmpty());
        // No rank, ARR or NNT, and the row says why.
        QVERIFY(!dt->row.rank && !dt->row.arrPct && !dt->row.nnt && dt->row.model.isEmpty());
        QVERIFY(dt->row.reasons.last().startsWith(QLatin1String("no absolute risk reduction")));
        QCOMPARE(dt->row.reasons.first(),
                 QStringLiteral("BRAF p.V600E predicts sensitivity to dabrafenib + trametinib"));
        QCOMPARE(dt->row.reasons.size(), qsizetype(dt->row.reasonSources.size()));
        const TumourOption *ec
            = find(options, QStringLiteral("tumour:BRAF:p.V600E:encorafenib + cetuximab"));
        QVERIFY(ec);
        QCOMPARE(ec->context, genomics::TumourContext::OtherTumour);
        QVERIFY(ec->row.reasons.at(1).startsWith(QLatin1String("other tumour types only")));
    }

    // Colorectal (COAD, below COADREAD) with BRAF V600E and KRAS G12D: the KRAS codon 12
    // resistance to cetuximab (knowledge entry for COADREAD, cetuximab, resistance) speaks
    // against encorafenib + cetuximab, which is then shown with the warning and not eligible;
    // the resistance to cetuximab and panitumumab alone are rows of their own.
    void resistanceWarnsAgainstTheTherapy()
    {
        const auto findings = place({kBrafV600E, kKrasG12D}, QStringLiteral("COAD"));
        const auto options = tumourOptions(findings);
        const TumourOption *ec
            = find(options, QStringLiteral("tumour:BRAF:p.V600E:encorafenib + cetuximab"));
        QVERIFY(ec);
        QCOMPARE(ec->context, genomics::TumourContext::OnLabel);
        QVERIFY(!ec->row.eligible);
        QCOMPARE(ec->warnings.size(), 1);
        QVERIFY2(ec->warnings.first().startsWith(
                     QLatin1String("warning: KRAS p.G12D predicts resistance to cetuximab")),
                 qPrintable(ec->warnings.first()));
        const TumourOption *cx = find(options, QStringLiteral("tumour:KRAS:p.G12D:cetuximab"));
        QVERIFY(cx);
        QCOMPARE(cx->effect, genomics::TumourEffect::Resistance);
        QVERIFY(!cx->row.eligible);
        QVERIFY(find(options, QStringLiteral("tumour:KRAS:p.G12D:panitumumab")));
        // Candidates come before the resistance-only rows.
        QCOMPARE(options.back().effect, genomics::TumourEffect::Resistance);
        QCOMPARE(options.front().effect, genomics::TumourEffect::Sensitivity);
    }

    void inputsRoundTrip()
    {
        const auto findings = place({kBrafV600E, kKrasG12D}, QStringLiteral("COAD"));
        const QByteArray json
            = tumourInputsToJson(QStringLiteral("COAD"), m_tree.release, findings);
        auto back = tumourInputsFromJson(json);
        QVERIFY(back);
        QCOMPARE(back->tumourType, QStringLiteral("COAD"));
        QCOMPARE(back->oncotreeRelease, m_tree.release);
        QCOMPARE(back->alleles, (QList<genomics::MinimalAllele>{kBrafV600E, kKrasG12D}));
        QVERIFY(!tumourInputsFromJson("[]"));
        QVERIFY(!tumourInputsFromJson(R"({"format":"precis-decision-inputs"})"));
    }

    void replayAgrees()
    {
        const auto findings = place({kBrafV600E, kKrasG12D}, QStringLiteral("COAD"));
        for (const TumourOption &o : tumourOptions(findings)) {
            const auto d
                = replayTumourRecommendation(m_knowledge, m_tree, record(o, "COAD", findings));
            QVERIFY2(d.empty(), qPrintable(o.row.option + QStringLiteral(": ") + fields(d)));
        }
    }

    void replayReportsChanges()
    {
        const auto findings = place({kBrafV600E}, QStringLiteral("SKCM"));
        const auto options = tumourOptions(findings);
        const TumourOption *dt
            = find(options, QStringLiteral("tumour:BRAF:p.V600E:dabrafenib + trametinib"));
        QVERIFY(dt);
        // A stored input changed after the decision: the hash no longer matches.
        RecommendationRecord r = record(*dt, QStringLiteral("SKCM"), findings);
        r.inputs.replace("SKCM", "COAD");
        auto d = replayTumourRecommendation(m_knowledge, m_tree, r);
        QVERIFY2(hasField(d, QStringLiteral("inputs_sha256")), qPrintable(fields(d)));
        // Re-hashed as well: for a colorectal tumour the option is not derived at all (the
        // tissue-agnostic dabrafenib + trametinib label excludes colorectal cancer).
        r.inputsSha256 = inputsSha256(r.inputs);
        d = replayTumourRecommendation(m_knowledge, m_tree, r);
        QVERIFY2(hasField(d, QStringLiteral("option")), qPrintable(fields(d)));
        // For a breast carcinoma (BRCA) it is derived as tissue-agnostic: the reasons differ.
        r = record(*dt, QStringLiteral("SKCM"), findings);
        r.inputs.replace("SKCM", "BRCA");
        r.inputsSha256 = inputsSha256(r.inputs);
        d = replayTumourRecommendation(m_knowledge, m_tree, r);
        QVERIFY2(hasField(d, QStringLiteral("reasons")) && !hasField(d, QStringLiteral("option")),
                 qPrintable(fields(d)));
        // Another knowledge version is not in this program.
        r = record(*dt, QStringLiteral("SKCM"), findings);
        r.knowledgeBaseVersion = QStringLiteral("1999.1.0");
        d = replayTumourRecommendation(m_knowledge, m_tree, r);
        QVERIFY(hasField(d, QStringLiteral("knowledge_base_version")));
        // A stored row that claims an ARR is reported.
        TumourOption changed = *dt;
        changed.row.arrPct = 1.5;
        r = record(changed, QStringLiteral("SKCM"), findings);
        d = replayTumourRecommendation(m_knowledge, m_tree, r);
        QVERIFY(hasField(d, QStringLiteral("arr_pct")));
    }
};

QTEST_GUILESS_MAIN(TestTumourOptions)
#include "tst_tumouroptions.moc"
