// SPDX-License-Identifier: GPL-3.0-or-later
// Owners of htslib's C objects, shared by the pharmacogenomic reader (VcfReader) and the tumour
// matcher (TumourMatcher), so that every early return frees what htslib allocated.
#pragma once

#include <cstdint>
#include <cstdlib>
#include <htslib/kstring.h>
#include <htslib/vcf.h>

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

} // namespace precis::genomics::hts
