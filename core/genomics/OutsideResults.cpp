// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/genomics/OutsideResults.h"

#include <QRegularExpression>

namespace precis::genomics {

QStringList outsideResultGenes()
{
    return {QStringLiteral("CYP2D6"), QStringLiteral("HLA-B")};
}

namespace {

QString cellField(int line, int column, const QString &header)
{
    return QStringLiteral("line %1, column %2 (%3)").arg(line).arg(column).arg(header);
}

/// The value without an HLA-B prefix when it has the gene's form; empty otherwise.
QString normalisedValue(const QString &gene, QString value)
{
    // Star-allele names as PharmVar writes them: *N, a sub-allele *N.NNN, a copy number xN.
    static const QRegularExpression kCyp2d6(
        QStringLiteral("^\\*\\d+(\\.\\d{3})?(x\\d+|xN)?/\\*\\d+(\\.\\d{3})?(x\\d+|xN)?$"));
    // IPD-IMGT/HLA nomenclature: allele group and protein fields at least (*57:01), optionally
    // more fields and an expression suffix (*57:01:01, *08:01:01N).
    static const QRegularExpression kHla(QStringLiteral(
        "^\\*\\d{2,3}(:\\d{2,3}){1,3}[NLSQ]?(/\\*\\d{2,3}(:\\d{2,3}){1,3}[NLSQ]?)?$"));
    value = value.trimmed();
    if (gene == QLatin1String("HLA-B"))
        value.remove(QStringLiteral("HLA-B"));
    const bool ok = gene == QLatin1String("CYP2D6") ? kCyp2d6.match(value).hasMatch()
                                                    : kHla.match(value).hasMatch();
    return ok ? value : QString();
}

QString valueMessage(const QString &gene)
{
    return gene == QLatin1String("CYP2D6")
               ? QStringLiteral("not a CYP2D6 diplotype (e.g. *1/*4, *2x2/*4)")
               : QStringLiteral("not an HLA-B allele (e.g. *57:01 or *57:01/*08:01)");
}

} // namespace

Result<QString> checkOutsideValue(const QString &gene, const QString &value)
{
    if (!outsideResultGenes().contains(gene))
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("only CYP2D6 and HLA-B are accepted as outside results"),
                    QStringLiteral("gene"),
                    gene);
    const QString normalised = normalisedValue(gene, value);
    if (normalised.isEmpty())
        return fail(ErrorCode::InvalidInput, valueMessage(gene), QStringLiteral("value"), value);
    return normalised;
}

Result<QList<OutsideResult>> parseOutsideResults(const QByteArray &content)
{
    const QStringList lines = QString::fromUtf8(content).split(QLatin1Char('\n'));
    QList<OutsideResult> out;
    QString valueHeader;
    QChar separator;
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        QString text = lines.at(i);
        if (text.endsWith(QLatin1Char('\r')))
            text.chop(1);
        if (text.trimmed().isEmpty() || text.trimmed().startsWith(QLatin1Char('#')))
            continue;
        if (valueHeader.isEmpty()) {
            separator = text.contains(QLatin1Char('\t')) ? QLatin1Char('\t') : QLatin1Char(',');
            const QStringList cells = text.split(separator);
            const QString second = cells.size() == 2 ? cells.at(1).trimmed().toLower() : QString();
            if (cells.size() != 2 || cells.at(0).trimmed().toLower() != QLatin1String("gene")
                || (second != QLatin1String("diplotype") && second != QLatin1String("allele")))
                return fail(ErrorCode::InvalidInput,
                            QStringLiteral("the header must be 'gene' and 'diplotype' or "
                                           "'allele'"),
                            QStringLiteral("line %1").arg(lineNo),
                            text);
            valueHeader = second;
            continue;
        }
        const QStringList cells = text.split(separator);
        if (cells.size() != 2)
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("expected two columns, found %1").arg(cells.size()),
                        QStringLiteral("line %1, columns").arg(lineNo),
                        text);
        const QString gene = cells.at(0).trimmed().toUpper();
        if (!outsideResultGenes().contains(gene))
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("only CYP2D6 and HLA-B are accepted as outside results"),
                        cellField(lineNo, 1, QStringLiteral("gene")),
                        cells.at(0).trimmed());
        for (const OutsideResult &r : std::as_const(out)) {
            if (r.gene == gene)
                return fail(ErrorCode::InvalidInput,
                            QStringLiteral("%1 already given on line %2").arg(gene).arg(r.line),
                            cellField(lineNo, 1, QStringLiteral("gene")),
                            gene);
        }
        const QString value = normalisedValue(gene, cells.at(1));
        if (value.isEmpty())
            return fail(ErrorCode::InvalidInput,
                        valueMessage(gene),
                        cellField(lineNo, 2, valueHeader),
                        cells.at(1).trimmed());
        out.append({gene, value, lineNo});
    }
    if (out.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("the file holds no result"),
                    QStringLiteral("line %1").arg(lines.size()));
    return out;
}

} // namespace precis::genomics
