// SPDX-License-Identifier: GPL-3.0-or-later
// precis-cli patient list|show|risks. Every rule (roles, audit, snapshot assembly) is enforced
// in core; this file parses arguments and prints.
#include "PatientCommands.h"

#include "CliCommands.h"
#include "CliSupport.h"

#include "core/risk/BatchScorer.h"
#include "core/risk/RiskRegistry.h"
#include "core/store/ChartRecords.h"
#include "core/store/PatientRecords.h"

#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>

namespace precis::cli {

Result<PatientAsOf> readPatientAsOf(store::Vault &vault, const QString &recordNumber, QDate asOf)
{
    auto patient = store::findPatientByRecordNumber(vault, recordNumber);
    if (!patient)
        return tl::unexpected(patient.error());
    if (patient->dateOfBirth.isValid() && patient->dateOfBirth > asOf)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("the patient was born after the as-of date"),
                    QStringLiteral("--as-of"),
                    asOf.toString(Qt::ISODate));
    PatientAsOf out;
    out.patient = *patient;
    auto snapshot = store::patientSnapshot(vault, patient->id, asOf, &out.entered);
    if (!snapshot)
        return tl::unexpected(snapshot.error());
    out.snapshot = *snapshot;
    return out;
}

Result<std::string> patientShowText(const PatientAsOf &p)
{
    const QByteArray id = p.patient.recordNumber.toUtf8();
    return clinical::formatPersonCsv(
        std::string_view(id.constData(), static_cast<std::size_t>(id.size())),
        p.snapshot,
        &p.entered);
}

Result<std::string> patientRisksText(const PatientAsOf &p,
                                     const std::vector<const risk::RiskModel *> &models)
{
    if (auto shown = patientShowText(p); !shown)
        return tl::unexpected(shown.error());
    const QByteArray id = p.patient.recordNumber.toUtf8();
    return risk::scoreSnapshot(
        std::string_view(id.constData(), static_cast<std::size_t>(id.size())), p.snapshot, models);
}

namespace {

QStringList patientOptions()
{
    return {QStringLiteral("as"),
            QStringLiteral("patient"),
            QStringLiteral("as-of"),
            QStringLiteral("models")};
}

QString patientUsage()
{
    return QStringLiteral("patient list VAULT --as NAME | patient show VAULT --patient RECORD_NO"
                          " --as NAME [--as-of YYYY-MM-DD] | patient risks VAULT --patient"
                          " RECORD_NO --as NAME [--as-of YYYY-MM-DD] [--models IDS|all]");
}

int writeOut(const std::string &text)
{
    if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size()
        || std::fflush(stdout) != 0) {
        QTextStream(stderr) << "precis-cli: cannot write to stdout\n";
        return ExitError;
    }
    return ExitOk;
}

int listPatients(const ParsedArgs &a)
{
    if (a.options.contains(QStringLiteral("patient")) || a.options.contains(QStringLiteral("as-of"))
        || a.options.contains(QStringLiteral("models")))
        return usage(QStringLiteral("patient list VAULT --as NAME"));
    if (!selfTest())
        return ExitError;
    SecretReader secrets(a.passwordStdin);
    Session s = signIn(a.positional[1], a, secrets);
    if (!s.vault)
        return s.exitCode;
    auto list = s.vault->listPatients();
    if (!list)
        return report(list.error());
    QTextStream out(stdout);
    // The record number is the fourth column so that scripts reading the first three keep
    // working (issue #9).
    for (const store::PatientSummary &p : *list)
        out << p.id << '\t' << p.familyName << ", " << p.givenName << '\t'
            << p.dateOfBirth.toString(Qt::ISODate) << '\t' << p.recordNumber << '\n';
    return ExitOk;
}

int showOrRisks(const ParsedArgs &a, bool risks)
{
    const QString recordNumber = a.option(QStringLiteral("patient"));
    if (recordNumber.trimmed().isEmpty())
        return usage(QStringLiteral("--patient RECORD_NO is required"));
    if (!risks && a.options.contains(QStringLiteral("models")))
        return usage(QStringLiteral("--models belongs to patient risks"));

    const QDate today = QDate::currentDate();
    QDate asOf = today;
    if (a.options.contains(QStringLiteral("as-of"))) {
        const QString text = a.option(QStringLiteral("as-of"));
        static const QRegularExpression kIsoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        asOf = kIsoDate.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
        if (!asOf.isValid())
            return usage(QStringLiteral("--as-of needs a date YYYY-MM-DD, not '%1'").arg(text));
        // A snapshot "as of" a later day would age the patient without any new measurement.
        if (asOf > today)
            return usage(QStringLiteral("--as-of %1 is after today").arg(text));
    }

    // Models are checked before the password is asked for: a typo costs no sign-in.
    risk::RiskRegistry registry;
    std::vector<const risk::RiskModel *> models;
    if (risks) {
        risk::registerStandardModels(registry);
        const QString ids = a.options.value(QStringLiteral("models"), QStringLiteral("all"));
        auto selected = risk::selectModels(registry, ids);
        if (!selected)
            return usage(selected.error().message());
        models = std::move(*selected);
    }

    if (!selfTest())
        return ExitError;
    SecretReader secrets(a.passwordStdin);
    Session s = signIn(a.positional[1], a, secrets);
    if (!s.vault)
        return s.exitCode;
    auto patient = readPatientAsOf(*s.vault, recordNumber, asOf);
    if (!patient)
        return report(patient.error());
    auto text = risks ? patientRisksText(*patient, models) : patientShowText(*patient);
    if (!text)
        return report(text.error());
    return writeOut(*text);
}

} // namespace

int runPatient(const QStringList &args)
{
    const ParsedArgs a = parseArgs(args, patientOptions());
    if (!a.error.isEmpty())
        return usage(a.error);
    if (a.positional.size() != 2)
        return usage(patientUsage());
    const QString sub = a.positional[0];
    if (sub == QLatin1String("list"))
        return listPatients(a);
    if (sub == QLatin1String("show"))
        return showOrRisks(a, false);
    if (sub == QLatin1String("risks"))
        return showOrRisks(a, true);
    return usage(QStringLiteral("unknown patient command '%1'").arg(sub));
}

} // namespace precis::cli
