// SPDX-License-Identifier: GPL-3.0-or-later
// precis-cli models [--markdown]: the registered model cards, as a list or as the body of
// docs/MODELS.md.
#include "CliCommands.h"

#include "core/risk/ModelDocs.h"
#include "core/risk/RiskRegistry.h"

#include <QTextStream>

namespace precis::cli {

int runModels(const QStringList &args)
{
    bool markdown = false;
    for (const QString &arg : args) {
        if (arg == QLatin1String("--markdown")) {
            markdown = true;
        } else {
            QTextStream(stderr) << "precis-cli: unknown argument '" << arg << "'\n"
                                << "usage: precis-cli models [--markdown]\n";
            return ExitError;
        }
    }
    risk::RiskRegistry registry;
    risk::registerStandardModels(registry);
    QTextStream out(stdout);
    out.setEncoding(QStringConverter::Utf8);
    out << (markdown ? risk::modelsMarkdown(registry) : risk::modelList(registry));
    return ExitOk;
}

} // namespace precis::cli
