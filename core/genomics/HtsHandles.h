// SPDX-License-Identifier: GPL-3.0-or-later
// Owners of htslib's C objects, shared by the pharmacogenomic reader (VcfReader) and the tumour
// matcher (TumourMatcher), so that every early return frees what htslib allocated.
#pragma once

#include "core/common/Error.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <cstdlib>
#include <htslib/kstring.h>
#include <htslib/vcf.h>
#include <memory>

namespace precis::genomics::hts {

struct FileCloser
{
    void operator()(htsFile *f) const { hts_close(f); }
};
struct HeaderFree
{
    void operator()(bcf_hdr_t *h) const { bcf_hdr_destroy(h); }
};
struct RecordFree
{
    void operator()(bcf1_t *r) const { bcf_destroy(r); }
};

using FilePtr = std::unique_ptr<htsFile, FileCloser>;

/// Opens `path` for reading (VCF or BCF, plain or bgzipped), with htslib's own warnings off:
/// Precis reports errors itself. NotFound (field "file") when it cannot be opened.
inline Result<FilePtr> openForReading(const QString &path)
{
    hts_set_log_level(HTS_LOG_OFF);
    FilePtr fp(hts_open(path.toLocal8Bit().constData(), "r"));
    if (!fp)
        return fail(ErrorCode::NotFound,
                    QStringLiteral("cannot open the file"),
                    QStringLiteral("file"),
                    path);
    return fp;
}

/// Owns a kstring_t's buffer.
struct KString
{
    kstring_t s = KS_INITIALIZE;
    KString() = default;
    KString(const KString &) = delete;
    KString &operator=(const KString &) = delete;
    ~KString() { ks_free(&s); }
};

/// Owns an htslib-allocated array (bcf_get_* reallocate it).
struct IntBuffer
{
    int32_t *data = nullptr;
    int size = 0;
    IntBuffer() = default;
    IntBuffer(const IntBuffer &) = delete;
    IntBuffer &operator=(const IntBuffer &) = delete;
    ~IntBuffer() { std::free(data); }
};

/// The record's FILTER names joined with ';' when it did not pass ("" for PASS or "."). The
/// record must be unpacked with BCF_UN_FLT.
inline QString failedFilters(const bcf_hdr_t *hdr, const bcf1_t *rec)
{
    QStringList names;
    for (int i = 0; i < rec->d.n_flt; ++i) {
        const char *id = bcf_hdr_int2id(hdr, BCF_DT_ID, rec->d.flt[i]);
        const QString name = id != nullptr ? QString::fromUtf8(id) : QStringLiteral("?");
        if (name != QLatin1String("PASS"))
            names << name;
    }
    return names.join(QLatin1Char(';'));
}

} // namespace precis::genomics::hts
