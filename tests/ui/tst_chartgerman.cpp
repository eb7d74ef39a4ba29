// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #9: the chart in German shows core's texts (guideline bands, applicability warnings,
// refusal reasons) in German, translated from core's templates with the shipped German
// translation file.
#include "core/clinical/Snapshot.h"
#include "core/risk/RiskRegistry.h"
#include "ui/chart/RiskCard.h"
#include "ui/chart/RiskFormat.h"

#include <QApplication>
#include <QDate>
#include <QLabel>
#include <QTest>
#include <QTranslator>

using namespace precis;
using clinical::Var;

class TestChartGerman : public QObject
{
    Q_OBJECT

    QTranslator m_translator;
    risk::RiskRegistry m_registry;

    /// A PCE profile (as issue #4's demo cohort has them) recorded with race = other, which
    /// the PCE compute with the white equations and a warning (PceModel.cpp).
    static clinical::Snapshot raceOtherProfile()
    {
        clinical::Snapshot s;
        s.asOf = QDate(2026, 1, 15);
        const QDate d(2025, 11, 3);
        s.set(Var::Age, 59, d);
        s.set(Var::Sex, 1, d);
        s.set(Var::Race, 2, d); // "other" (Variable.cpp: white, black, other)
        s.set(Var::TotalCholesterol, 213, d);
        s.set(Var::HdlCholesterol, 50, d);
        s.set(Var::Sbp, 140, d);
        s.set(Var::BpTreated, 0, d);
        s.set(Var::Diabetes, 0, d);
        s.set(Var::Smoking, 2, d);
        s.set(Var::Cvd, 0, d);
        return s;
    }

    static QString labelText(const QWidget &card, const char *objectName)
    {
        QStringList texts;
        const auto labels = card.findChildren<QLabel *>(QLatin1String(objectName));
        for (const QLabel *l : labels)
            texts << l->text();
        return texts.join(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The same .qm file the application embeds under :/i18n (translations/CMakeLists.txt).
        QVERIFY2(m_translator.load(QStringLiteral("precis_de"), QStringLiteral(PRECIS_QM_DIR)),
                 PRECIS_QM_DIR);
        QVERIFY(QCoreApplication::installTranslator(&m_translator));
        risk::registerStandardModels(m_registry);
    }

    void pceCardCategoryAndWarningInGerman()
    {
        const risk::RiskModel *pce = m_registry.find(QStringLiteral("pce"));
        QVERIFY(pce != nullptr);
        const clinical::Snapshot s = raceOtherProfile();
        const risk::Evaluation e = pce->evaluate(s);
        QVERIFY(!e.rows.empty());
        // Core still returns English (what precis-cli prints).
        QVERIFY2(e.rows[0]
                     .messages.join(QLatin1Char(';'))
                     .contains(QLatin1String("computed with the equations for white adults")),
                 qPrintable(e.rows[0].messages.join(QLatin1Char(';'))));
        QVERIFY(!e.rows[0].category.isEmpty());

        const ui::RiskCard card(*pce, e, s);
        const QString category = labelText(card, "riskCardCategory");
        const QString warning = labelText(card, "riskCardWarning");
        QVERIFY2(!category.isEmpty() && !warning.isEmpty(), qPrintable(category + warning));
        // English phrases of PceModel.cpp's guideline bands and race warning.
        for (const char *english : {"(by ", " low < 5", "borderline", "intermediate", " high >="}) {
            QVERIFY2(
                !category.contains(QLatin1String(english)),
                qPrintable(QStringLiteral("'%1' in: %2").arg(QLatin1String(english), category)));
        }
        for (const char *english :
             {"computed with the equations", "were derived in", "adults only"}) {
            QVERIFY2(
                !warning.contains(QLatin1String(english)),
                qPrintable(QStringLiteral("'%1' in: %2").arg(QLatin1String(english), warning)));
        }
        // And the German words (translations/precis_de.ts).
        QVERIFY2(category.contains(QStringLiteral("niedrig < 5 %")), qPrintable(category));
        QVERIFY2(warning.contains(QStringLiteral("Gleichungen für weiße Erwachsene")),
                 qPrintable(warning));
    }

    void templateArgumentsFilledIntoGermanText()
    {
        // A refusal with a number: one German entry, the value filled in (PreventModel.cpp,
        // 30-year rows refused at ages 60-79).
        const risk::RiskModel *prevent = m_registry.find(QStringLiteral("prevent"));
        QVERIFY(prevent != nullptr);
        clinical::Snapshot s = raceOtherProfile();
        const QDate d(2025, 11, 3);
        s.set(Var::Age, 65, d);
        s.set(Var::Egfr, 80, d);
        s.set(Var::Statin, 0, d);
        s.set(Var::Bmi, 27, d);
        const risk::Evaluation e = prevent->evaluate(s);
        QString german;
        for (const risk::OutcomeRow &row : e.rows) {
            if (row.status == risk::Status::Refused)
                german = ui::RiskFormat::messages(row).join(QLatin1Char(';'));
        }
        QCOMPARE(german,
                 QStringLiteral("Alter = 65 Jahre: Das 30-Jahres-Risiko nach PREVENT wird nur im "
                                "Alter von 30–59 Jahren geschätzt"));
    }
};

QTEST_MAIN(TestChartGerman)
#include "tst_chartgerman.moc"
