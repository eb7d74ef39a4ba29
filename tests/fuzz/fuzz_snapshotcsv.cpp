// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the person CSV of `precis-cli score` (core/clinical/SnapshotCsv.cpp): header parsing
// with UCUM units, strict numbers and codes, one snapshot per row, eGFR/BMI derivation.
// Properties: no crash, undefined behaviour or leak; an accepted header's layout has one column
// per header field; an accepted id is valid UTF-8; parseStrictNumber accepts only finite values.
#include "FuzzSupport.h"

#include "core/clinical/SnapshotCsv.h"

#include <QBuffer>

#include <cmath>

using namespace precis::clinical;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using precis::fuzz::require;
    QByteArray input = precis::fuzz::bytes(data, size);
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    auto header = reader.next();
    if (!header || !*header)
        return 0;
    for (std::size_t i = 0; i < reader.fieldCount(); ++i) {
        (void)parseColumnHeader(reader.field(i));
        if (auto number = parseStrictNumber(reader.field(i)))
            require(std::isfinite(*number), "parseStrictNumber returns finite values only");
    }
    auto layout = SnapshotCsvLayout::fromHeader(reader);
    if (!layout)
        return 0;
    require(layout->columnCount() == reader.fieldCount(), "one column per header field");
    // At most one record per input byte: the loop ends.
    for (qsizetype guard = 0; guard <= input.size(); ++guard) {
        auto next = reader.next();
        if (!next || !*next)
            return 0;
        for (std::size_t i = 0; i < reader.fieldCount(); ++i)
            if (auto number = parseStrictNumber(reader.field(i)))
                require(std::isfinite(*number), "parseStrictNumber returns finite values only");
        Snapshot snapshot;
        std::string id;
        if (layout->parseRecord(reader, snapshot, id))
            require(isValidUtf8(id), "an accepted id is UTF-8");
    }
    require(false, "the reader ends");
    return 0;
}
