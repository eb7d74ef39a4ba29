#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the seed corpora of tests/fuzz/corpus/ (tiny synthetic files, committed).

  python3 tests/fuzz/make_seeds.py      (from the top of the checkout; rewrites the seeds)

No seed holds real data or real keys: key-slot files carry fixed filler bytes where keys,
salts and MACs go (the parser checks sizes and checksums, not cryptography); CSV rows are
invented people. Byte layouts follow the comments in core/security/KeySlotFile.cpp,
core/store/Backup.cpp (restore marker) and core/security/UnlockThrottle.cpp.
"""
import hashlib
import os
import struct

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")


def write(target, name, data):
    os.makedirs(os.path.join(ROOT, target), exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(ROOT, target, name), "wb") as f:
        f.write(data)


# --- key-slot file (format 1) -----------------------------------------------------------------
def u32(v):
    return struct.pack(">I", v)


def blob(b):
    return u32(len(b)) + b


def record(rtype, payload):
    covered = bytes([rtype]) + u32(len(payload)) + payload
    return covered + hashlib.sha256(covered).digest()


def slot(name, fill):
    return (blob(name.encode()) + blob(bytes([fill]) * 32)          # name, X25519 public key
            + u32(19456) + u32(2) + u32(1)                          # Argon2id m (KiB), t, p
            + blob(bytes([fill + 1]) * 16) + blob(bytes([fill + 2]) * 12)   # salt, GCM nonce
            + blob(bytes([fill + 3]) * 48) + blob(bytes([fill + 4]) * 92)   # sealed key, wrap
            + blob(bytes([fill + 5]) * 32))                         # slot MAC


def keyslot_file(records_after_header, pending=False):
    count = 1 + len(records_after_header)
    header = u32(1) + u32(count) + u32(4096) + u32(3) + bytes([1]) + blob(b"\x11" * 32)
    out = b"PRCSKEYS" + u32(1) + record(1, header)
    for r in records_after_header:
        out += r
    return out


# The fuzzer reads byte 0 as a mode (odd: recompute checksums); seeds are already consistent.
one_user = keyslot_file([record(2, slot("alice", 0x20))])
write("fuzz_keyslotfile", "one-user", b"\x00" + one_user)
write("fuzz_keyslotfile", "demo-label-recovery",
      b"\x00" + keyslot_file([record(5, u32(1)), record(2, slot("demo-admin", 0x30)),
                              record(3, slot("", 0x40))]))
pending = (blob(b"\x22" * 32) + u32(2) + blob(b"alice") + blob(b"\x50" * 92) + blob(b"\x51" * 32)
           + blob(b"") + blob(b"\x52" * 92) + blob(b"\x53" * 32))
write("fuzz_keyslotfile", "rotation-pending",
      b"\x00" + keyslot_file([record(2, slot("alice", 0x20)), record(3, slot("", 0x40)),
                              record(4, pending)]))
write("fuzz_keyslotfile", "bad-checksum-fixed-by-mode", b"\x01" + one_user[:-1] + b"\x00")
write("fuzz_keyslotfile", "truncated", b"\x00" + one_user[:40])

# --- CSV reader -------------------------------------------------------------------------------
write("fuzz_csvreader", "simple", "id,age\r\np1,50\r\np2,61\r\n")
write("fuzz_csvreader", "quoted", 'a,"b,c","d""e"\n"two\nlines",x\n')
write("fuzz_csvreader", "bom-cr", b"\xef\xbb\xbfname\rvalue")
write("fuzz_csvreader", "blank-lines", "a\n\nb\n")
write("fuzz_csvreader", "unterminated-quote", 'a,"b\n')
write("fuzz_csvreader", "quote-inside", 'a,b"c\n')
# Found by fuzz_csvreader: invalid UTF-8 that reads back as a UTF-16 mark once unquoted.
write("fuzz_csvreader", "utf16-mark-in-quotes", b"\"\xfe\xff\xff\xff\xff\xff\xff\x03b\"")

# --- person CSV of precis-cli score -----------------------------------------------------------
write("fuzz_snapshotcsv", "pce-prevent",
      "id,age,sex,race,total_cholesterol[mmol/L],hdl_cholesterol,sbp[mm[Hg]],bp_treated,"
      "diabetes,smoking,egfr\r\np1,55,female,white,5.2,50,120,0,none,never,90\r\n"
      "p2,67,male,black,210,38,152,1,type2,current,\r\n")
write("fuzz_snapshotcsv", "kfre-units",
      "id,age,sex,creatinine[umol/L],uacr[mg/mmol],calcium[mmol/L],phosphate[mmol/L],"
      "albumin[g/L],bicarbonate,kfre_region\n"
      "k1,70,male,180,35,2.3,1.3,38,22,other\n")
write("fuzz_snapshotcsv", "qrisk-derive-bmi",
      "id,age,sex,ethnicity,townsend,weight,height,hba1c[mmol/mol],fasting_glucose[mg/dL],"
      "family_history_diabetes,af,migraine\n"
      "q1,48,female,indian,-1.5,70,165,48,99,first_degree,0,1\n")
write("fuzz_snapshotcsv", "errors", "age,sex\n50.5,female\n1e400,male\n")
write("fuzz_snapshotcsv", "unknown-unit", "sbp[mmHg]\n120\n")

# --- unlock throttle file VAULT.auth ------------------------------------------------------------
write("fuzz_unlockthrottle", "two-failures",
      '{"failures":[{"at":"2026-01-01T00:00:00.000Z","user":"nurse"},'
      '{"at":"2026-01-01T00:00:05.000Z","user":"nobody"}],"format":1}')
write("fuzz_unlockthrottle", "six-failures",
      '{"failures":[' + ",".join(
          '{"at":"2025-12-31T23:59:5%d.000Z","user":"alice"}' % i for i in range(6)) +
      '],"format":1}')
write("fuzz_unlockthrottle", "future-time",
      '{"failures":[{"at":"2099-01-01T00:00:00.000Z","user":"x"}],"format":1}')
write("fuzz_unlockthrottle", "empty", '{"failures":[],"format":1}')
write("fuzz_unlockthrottle", "wrong-format", '{"failures":[],"format":2}')

# --- restore marker VAULT.restoring -------------------------------------------------------------
# Byte 0: bit 0 VAULT, 1 VAULT.keys, 2 VAULT.restore, 3 VAULT.restore.keys exist (with the
# harness's fixed contents), bit 4 set = no marker, bit 5 = VAULT.keys holds the staged keys.
# Must match fuzz_restoremarker.cpp.
def hexsha(s):
    return hashlib.sha256(s.encode()).hexdigest()


staged = "precis-restore 1\n%s\n%s\n" % (hexsha("synthetic staged vault"),
                                         hexsha("synthetic staged keys"))
old = "precis-restore 1\n%s\n%s\n" % (hexsha("synthetic old vault"), hexsha("synthetic old keys"))
write("fuzz_restoremarker", "roll-forward-both", b"\x0f" + staged.encode())
write("fuzz_restoremarker", "keys-already-moved", b"\x27" + staged.encode())
write("fuzz_restoremarker", "already-finished", b"\x03" + old.encode())
write("fuzz_restoremarker", "no-marker-discard-staging", b"\x1f")
write("fuzz_restoremarker", "damaged-marker", b"\x0fprecis-restore 1\nabc\n")

# --- tumour VCF of precis-cli genomics tumour ----------------------------------------------------
# Byte 0 picks the OncoTree code (index into kTumourTypes of fuzz_tumourmatcher.cpp: 0 NSCLC,
# 1 LUAD, 2 COADREAD, 3 COAD, 4 SKCM, 5 MEL, 6 BRCA, 7 THPA, 8 TISSUE, 9 READ, 10 unknown); the
# rest is the VCF. Positions: GRCh38 BRAF V600E, KRAS G12C, NRAS Q61, an EGFR exon 19 deletion.
TUMOUR_HEADER = ("##fileformat=VCFv4.2\n"
                 "##contig=<ID=chr1,length=248956422>\n"
                 "##contig=<ID=chr7,length=159345973>\n"
                 "##contig=<ID=chr12,length=133275309>\n"
                 "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n")
TUMOUR_COLUMNS = "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tTUMOR\n"


def tumour(name, type_index, text):
    write("fuzz_tumourmatcher", name, bytes([type_index]) + text.encode())


tumour("braf-v600e-luad", 1, TUMOUR_HEADER + TUMOUR_COLUMNS
       + "chr7\t140753336\t.\tA\tT\t.\tPASS\t.\tGT\t0/1\n")
tumour("braf-vep-skcm", 4, TUMOUR_HEADER
       + "##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Consequence annotations from "
         "Ensembl VEP. Format: Allele|SYMBOL|HGVSp\">\n" + TUMOUR_COLUMNS
       + "chr7\t140753336\t.\tA\tT\t.\tPASS\tCSQ=T|BRAF|p.Val600Glu\tGT\t0/1\n")
tumour("braf-snpeff-read", 9, TUMOUR_HEADER
       + "##INFO=<ID=ANN,Number=.,Type=String,Description=\"Functional annotations: "
         "'Allele | Annotation | Gene_Name'\">\n" + TUMOUR_COLUMNS
       + "chr7\t140753336\t.\tA\tT\t.\tPASS\tANN=T|missense_variant|BRAF\tGT\t0/1\n")
tumour("kras-nras-multiallelic-coad", 3, TUMOUR_HEADER + TUMOUR_COLUMNS
       + "chr1\t114713909\t.\tG\tT,C\t.\tPASS\t.\tGT\t0/2\n"
       + "chr12\t25245351\t.\tC\tA\t.\tPASS\t.\tGT\t0/1\n")
tumour("egfr-deletion-sites-only", 0, TUMOUR_HEADER
       + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n"
       + "chr7\t55174776\t.\tTTAAGAGAAGCAACAT\tT\t.\tPASS\t.\n")
tumour("reference-call-unknown-type", 10, TUMOUR_HEADER + TUMOUR_COLUMNS
       + "chr7\t140753336\t.\tA\tT\t.\tPASS\t.\tGT\t0/0\n")
tumour("grch37", 6, "##fileformat=VCFv4.2\n##contig=<ID=7,length=159138663>\n"
       + "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n" + TUMOUR_COLUMNS
       + "7\t140453136\t.\tA\tT\t.\tPASS\t.\tGT\t0/1\n")
tumour("bad-pos", 2, TUMOUR_HEADER + TUMOUR_COLUMNS + "chr7\tx\t.\tA\tT\t.\tPASS\t.\tGT\t0/1\n")
