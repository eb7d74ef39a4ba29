#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes tumour_knowledge.json (and, given an OncoTree release file, oncotree.json).

Issue #11, "Tumour variants". The knowledge subset is written from the tables below, which are
facts transcribed from their sources (each row names its source); this script only does the
mechanical part, so that nobody types hundreds of alleles by hand:

* a biomarker category ("KRAS codon 12, any missense") expands into every allele that changes the
  codon that way: every single- or multi-base change inside the codon, on the forward strand,
  trimmed to its minimal form (common prefix and suffix removed);
* an in-frame deletion is written at every position it can shift to inside the known reference
  window (so a deletion that is not left-aligned in the VCF still matches);
* the GRCh37 position of each allele is the GRCh38 position minus the region's offset between
  the assemblies (NCBI GRCh37 -> GRCh38 remapping of that region); both are recorded, with the
  second source each codon was checked against.

Usage:
  make_tumour_knowledge.py OUT_DIR [ONCOTREE_RELEASE.json]

Run it again after editing the tables; the output is deterministic (sorted keys, stable order).
"""
import json
import sys
from itertools import product

KNOWLEDGE_VERSION = "2026.12.1"
SCHEMA_VERSION = 1

CODON_TABLE = {}
_bases = "TCAG"
_aas = "FFLLSSSSYY**CC*WLLLLPPPPHHQQRRRRIIIMTTTTNNKKSSRRVVVVAAAADDEEGGGG"
for _i, (_a, _b, _c) in enumerate(product(_bases, repeat=3)):
    CODON_TABLE[_a + _b + _c] = _aas[_i]

COMPLEMENT = {"A": "T", "C": "G", "G": "C", "T": "A", "N": "N", "R": "Y", "Y": "R"}
# A codon base Precis's sources do not give is written as an IUPAC code (N any, R A/G, Y C/T,
# from the amino acid); only the known bases of such a codon are changed.
IUPAC = {"A": "A", "C": "C", "G": "G", "T": "T", "N": "ACGT", "R": "AG", "Y": "CT"}

# --- Codons -------------------------------------------------------------------------------
# gene, chromosome, strand, transcript, codon number, GRCh38 position of the codon's first
# coding base (c. position 3*codon-2), the codon on the coding strand ("N" where the third base
# is not in Precis's sources: only changes at the known bases are generated then), the GRCh38 -
# GRCh37 offset of the region, and the independent check of the GRCh38 position.
#
# Reference codons that no record of a variant gives were read from a GRCh37 reference-sequence
# extract: bialimed/AnaCore-utils, commit 5455e3de457a73106cab6cde14cdebdccf25326e,
# bin/SARDINe/simuAmpliDS.py (a dict of GRCh37 amplicon sequences, left commented out in the
# script), regions 1:115252155-115252414 (NRAS exon 4), 1:115256388-115256700 (NRAS exon 3),
# 7:55241583-55241804 (EGFR exon 18), 7:55248957-55249271 (EGFR exon 20) and
# 7:55259379-55259659 (EGFR exon 21). Each region, read in the frame fixed by a published allele
# (NRAS c.181 at GRCh37 1:115256530 and c.351 at 1:115252289; EGFR c.2155 at 7:55241707, c.2303 at
# 7:55249005, c.2573 at 7:55259515), translates to the UniProt protein (NRAS P01111 residues 38-96
# and 98-150; EGFR P00533 around G719, S768-T790 and L858-L861), so the codons below are the
# reference's. GRCh38 second sources: charlottekyng/cancer_hotspots, commit
# 341b43b21202ca27d96c51dee8185d94da6cda72, resources/hg38.hotspots_changv2_gao_nc.snpeff.tab.gz
# (SnpEff HGVS c. per GRCh38 allele) and NadineWolgast/IntegrateALL, commit
# 55b86357e58b338fafaf7f5cef00577f1ad42d96, scripts/Get_Amino_for_Hotspot_optimized.R (GRCh38
# codon spans of RAS hotspots).
#
# Offsets (GRCh38 position = GRCh37 position + offset), each from one allele whose position is
# published on both assemblies:
#   BRAF  chr7:  +300200  (V600E rs113488022: GRCh37 7:140453136, GRCh38 7:140753336)
#   EGFR  chr7:  -67693   (T790M rs121434569: NC_000007.13:g.55249071C>T = NC_000007.14:g.55181378C>T)
#   KRAS  chr12: -152934  (G12D rs121913529: GRCh37 12:25398284, GRCh38 12:25245350)
#   NRAS  chr1:  -542621  (G12D c.35G>A: GRCh37 1:115258747, GRCh38 1:114716126)
#   PIK3CA chr3: +282212  (H1047R rs121913279: GRCh37 3:178952085, GRCh38 3:179234297)
#   RET   chr10: -495448  (M918T rs74799832: GRCh37 10:43617416, GRCh38 NC_000010.11:g.43121968T>C)
#   ESR1  chr6:  -321135  (rs2234693: GRCh37 6:152163335, GRCh38 6:151842200; D538G GRCh37
#                          6:152419926 A, lifted to GRCh38 6:152098791 in public hotspot lists)
#   AKT1  chr14: -466337  (E17K c.49G>A: GRCh37 14:105246551, GRCh38 NC_000014.9:g.104780214C>T)
OFFSETS = {"BRAF": 300200, "EGFR": -67693, "KRAS": -152934, "NRAS": -542621, "PIK3CA": 282212,
           "RET": -495448, "ESR1": -321135, "AKT1": -466337}
TRANSCRIPTS = {"BRAF": "NM_004333.6", "EGFR": "NM_005228.5", "KRAS": "NM_004985.5",
               "NRAS": "NM_002524.5", "PIK3CA": "NM_006218.4", "RET": "NM_020975.6",
               "ESR1": "NM_000125.4", "AKT1": "NM_005163.2"}
CHROMOSOMES = {"BRAF": "7", "EGFR": "7", "KRAS": "12", "NRAS": "1", "PIK3CA": "3", "RET": "10",
               "ESR1": "6", "AKT1": "14"}
STRANDS = {"BRAF": "-", "EGFR": "+", "KRAS": "-", "NRAS": "-", "PIK3CA": "+", "RET": "+",
           "ESR1": "+", "AKT1": "-"}

# (gene, codon, GRCh38 position of c.(3*codon-2), coding codon, check)
CODONS = [
    ("BRAF", 600, 140753337, "GTG",
     "c.1799T>A = NC_000007.14:g.140753336A>T (dbSNP rs113488022); reference codon GTG and the "
     "V600E candidates GAG/GAA as listed by TransVar for ENST00000288602"),
    ("EGFR", 790, 55181377, "ACG",
     "c.2369C>T = NC_000007.14:g.55181378C>T and NC_000007.13:g.55249071C>T (dbSNP rs121434569)"),
    ("EGFR", 719, 55174014, "GGC",
     "c.2155G>A = NC_000007.13:g.55241707G>A (G719S, CIViC variant 134) and c.2156G>C = "
     "NC_000007.13:g.55241708G>C (G719A, CIViC variant 999); GRCh38 7:55174014 (c.2155G>A/T) "
     "and 7:55174015 (c.2156G>C/A) in cancer_hotspots hg38; codon GGC from the AnaCore-utils "
     "GRCh37 extract of exon 18 (7:55241707-55241709 G G C)"),
    ("EGFR", 768, 55181311, "AGC",
     "c.2303G>T = NC_000007.13:g.55249005G>T (S768I, CIViC variant 562); codon AGC at GRCh37 "
     "7:55249004-55249006 and c.2302-c.2370 contiguous in the AnaCore-utils GRCh37 extract of "
     "exon 20 (it translates to EGFR A767-T790), so c.2302 = GRCh38 55181378 - 67 = 55181311 "
     "(T790M c.2369 = NC_000007.14:g.55181378)"),
    ("EGFR", 858, 55191821, "CTG",
     "c.2573T>G = NC_000007.14:g.55191822T>G (dbSNP rs121434568); GRCh37 7:55259515"),
    ("EGFR", 861, 55191830, "CTG",
     "c.2582T>A (L861Q) = GRCh38 7:55191831 T>A and GRCh37 7:55259524 in cancer_hotspots (hg38 "
     "and hg19 files); codon CTG at GRCh37 7:55259523-55259525 in the AnaCore-utils GRCh37 extract "
     "of exon 21"),
    ("KRAS", 12, 25245351, "GGT",
     "c.35G>A = NC_000012.12:g.25245350C>T (dbSNP rs121913529), c.34G>T = g.25245351C>A "
     "(G12C, rs121913530); codon 12 spans GRCh38 12:25245349-25245351"),
    ("KRAS", 13, 25245348, "GGC",
     "c.38G>A = NC_000012.12:g.25245347C>T (G13D, dbSNP rs112445441); codon 13 spans "
     "12:25245346-25245348"),
    ("KRAS", 59, 25227349, "GCA",
     "same exon as codon 61 (c.175-c.183 contiguous): c.183 = 12:25227341 (Q61H, dbSNP "
     "rs17851045, codon 61 spans 12:25227341-25227343)"),
    ("KRAS", 61, 25227343, "CAA",
     "c.183A>C/T = NC_000012.12:g.25227341T>G/A (Q61H, dbSNP rs17851045); codon 61 spans "
     "12:25227341-25227343"),
    ("KRAS", 117, 25225715, "AAA",
     "same exon as codon 146 (c.349-c.438 contiguous): codon 146 spans 12:25225626-25225628"),
    ("KRAS", 146, 25225628, "GCA",
     "codon 146 spans GRCh38 12:25225626-25225628 (c.436G>A A146T at 12:25225628)"),
    ("NRAS", 12, 114716127, "GGT",
     "c.35G>A = NC_000001.11:g.114716126C>T (G12D, dbSNP rs121913237); codon 12 spans "
     "1:114716125-114716127; codons 10-13 GGA GCA GGT GGT in the NM_002524 coding sequence"),
    ("NRAS", 13, 114716124, "GGT",
     "c.38G>A = NC_000001.11:g.114716123C>T (G13D); codon 13 spans 1:114716122-114716124"),
    ("NRAS", 59, 114713915, "GCT",
     "codon GCT: GRCh37 1:115256536-115256534 read C G A on the forward strand (AnaCore-utils "
     "GRCh37 extract, exon 3 in frame with Q61K c.181C>A at 1:115256530, CIViC variant 427); "
     "GRCh38: c.178 (G60) = 1:114713912 and c.181 = 1:114713909 in cancer_hotspots hg38 "
     "(c.178G>A, c.181C>A), so c.175-c.177 = 1:114713915-114713913"),
    ("NRAS", 61, 114713909, "CAA",
     "c.181C>A = NC_000001.11:g.114713909G>T (Q61K), c.182A>G/T = g.114713908T>C/A (Q61R/L, "
     "dbSNP rs11554290); codon 61 spans 1:114713907-114713909"),
    ("NRAS", 117, 114709670, "AAG",
     "codon AAG (K117N is c.351G>C or c.351G>T): GRCh37 1:115252291-115252289 read T T C on "
     "the forward strand (AnaCore-utils GRCh37 extract of exon 4, which translates to NRAS "
     "residues 98-150 in this frame); c.351 = GRCh37 1:115252289 = GRCh38 1:114709668 "
     "(region offset); exon 4 c.349-c.438 contiguous with codon 146 (GRCh38 1:114709581-114709583, "
     "IntegrateALL hotspot table)"),
    ("NRAS", 146, 114709583, "GCC",
     "codon GCC: GRCh37 1:115252204-115252202 read C G G on the forward strand (AnaCore-utils "
     "GRCh37 extract of exon 4); GRCh38 codon span 1:114709581-114709583 in the IntegrateALL "
     "hotspot table (Ensembl GRCh38), GRCh37 + region offset gives the same"),
    ("PIK3CA", 542, 179218294, "GAA",
     "c.1624G>A = NC_000003.12:g.179218294G>A (E542K, dbSNP rs121913273)"),
    ("PIK3CA", 545, 179218303, "GAG",
     "c.1633G>A = NC_000003.12:g.179218303G>A (E545K, dbSNP rs104886003)"),
    ("PIK3CA", 546, 179218306, "CAG",
     "next codon after E545 (c.1636-c.1638 contiguous with c.1633-c.1635)"),
    ("PIK3CA", 1047, 179234296, "CAT",
     "c.3140A>G = NC_000003.12:g.179234297A>G (H1047R, dbSNP rs121913279)"),
    ("RET", 634, 43114500, "TGC",
     "c.1902C>G (C634W) = NC_000010.10:g.43609950C>G (CIViC variant 112, ClinGen CA008378), so "
     "codon 634 spans GRCh37 10:43609948-43609950 and reads TGC (cysteine with c.1902 C); GRCh38 "
     "by the RET region offset (-495448, published on both builds at M918T rs74799832): "
     "10:43114500-43114502. No independent GRCh38 record of codon 634 was found in the sources "
     "reachable"),
    ("RET", 918, 43121967, "ATG",
     "c.2753T>C = NC_000010.11:g.43121968T>C (M918T, dbSNP rs74799832; GRCh37 10:43617416 "
     "T>C, ClinGen allele CA009082)"),
    ("ESR1", 537, 152098787, "TAT",
     "c.1609-c.1611 contiguous with c.1613 = GRCh38 6:152098791 (D538G); GRCh37 6:152419922 T "
     "and 6:152419923 A (c.1609, c.1610) in a public GRCh37 ESR1 hotspot table; codon TAT: "
     "cancer_hotspots hg38 lists Y537S as c.1610_1611delATinsCA = 6:152098788 AT>CA and "
     "c.1609_1610delTAinsAG = 6:152098787 TA>AG, so c.1611 = T at GRCh38 6:152098789"),
    ("ESR1", 538, 152098790, "GAY",
     "c.1613A>G = GRCh38 6:152098791 A>G (GRCh37 6:152419926 A>G); region offset checked "
     "against rs2234693"),
    ("AKT1", 17, 104780214, "GAG",
     "c.49G>A = NC_000014.9:g.104780214C>T (E17K; GRCh37 14:105246551; CIViC variant AKT1 "
     "E17K gives the same GRCh38 position; cancer_hotspots hg38: c.49G>A at 14:104780214); "
     "codon GAG: GRCh37 14:105246551-105246549 read C T C on the forward strand in the "
     "AnaCore-utils GRCh37 extract (14:105246346-105246627, which translates to AKT1 G16-V57 in "
     "this frame)"),
]

# Biomarkers: id -> (gene, codon, accepted amino acids ("missense" = any other amino acid but a
# stop), label).
CODON_BIOMARKERS = [
    ("BRAF_V600E", "BRAF", 600, "E", "V600E"),
    ("BRAF_V600K", "BRAF", 600, "K", "V600K"),
    ("EGFR_T790M", "EGFR", 790, "M", "T790M"),
    ("EGFR_L858R", "EGFR", 858, "R", "L858R"),
    ("EGFR_G719X", "EGFR", 719, "missense", "G719X"),
    ("EGFR_S768I", "EGFR", 768, "I", "S768I"),
    ("EGFR_L861Q", "EGFR", 861, "Q", "L861Q"),
    ("KRAS_G12C", "KRAS", 12, "C", "G12C"),
    ("PIK3CA_E542K", "PIK3CA", 542, "K", "E542K"),
    ("PIK3CA_E545A", "PIK3CA", 545, "A", "E545A"),
    ("PIK3CA_E545D", "PIK3CA", 545, "D", "E545D"),
    ("PIK3CA_E545G", "PIK3CA", 545, "G", "E545G"),
    ("PIK3CA_E545K", "PIK3CA", 545, "K", "E545K"),
    ("PIK3CA_Q546E", "PIK3CA", 546, "E", "Q546E"),
    ("PIK3CA_Q546R", "PIK3CA", 546, "R", "Q546R"),
    ("PIK3CA_H1047L", "PIK3CA", 1047, "L", "H1047L"),
    ("PIK3CA_H1047R", "PIK3CA", 1047, "R", "H1047R"),
    ("PIK3CA_H1047Y", "PIK3CA", 1047, "Y", "H1047Y"),
    ("RET_M918T", "RET", 918, "T", "M918T"),
    ("RET_C634R", "RET", 634, "R", "C634R"),
    ("RET_C634Y", "RET", 634, "Y", "C634Y"),
    ("RET_C634W", "RET", 634, "W", "C634W"),
    ("RET_C634F", "RET", 634, "F", "C634F"),
    ("RET_C634S", "RET", 634, "S", "C634S"),
    ("RET_C634G", "RET", 634, "G", "C634G"),
    ("ESR1_Y537S", "ESR1", 537, "S", "Y537S"),
    ("ESR1_Y537C", "ESR1", 537, "C", "Y537C"),
    ("ESR1_Y537N", "ESR1", 537, "N", "Y537N"),
    ("ESR1_D538G", "ESR1", 538, "G", "D538G"),
    ("AKT1_E17K", "AKT1", 17, "K", "E17K"),
]
for _gene in ("KRAS", "NRAS"):
    for _codon in (12, 13, 59, 61, 117, 146):
        CODON_BIOMARKERS.append((f"{_gene}_{_codon}_MISSENSE", _gene, _codon, "missense",
                                 f"codon {_codon} missense"))

# MET exon 14 skipping: every SNV of the canonical splice dinucleotides around exon 14
# (NM_000245.4 c.2888 to c.3028, GRCh38 7:116771849-116771989): acceptor AG (c.2888-2, c.2888-1)
# and donor GT (c.3028+1, c.3028+2). Check: NM_000245.4:c.3028+1G>A is GRCh38 7:116771990 and
# GRCh37 7:116412044 (MyVariant.info record; GRCh37 exon 14 7:116411903-116412043), offset +359946.
MET_OFFSET = 359946
MET_SPLICE_SITES = [
    (116771847, "A", "c.2888-2A>{}"),
    (116771848, "G", "c.2888-1G>{}"),
    (116771990, "G", "c.3028+1G>{}"),
    (116771991, "T", "c.3028+2T>{}"),
]

# EGFR exon 19: the coding sequence c.2233-c.2262 (K745-K754, KELREATSPK) and its GRCh38 start.
# Check: c.2235_2249del15 is NC_000007.14:g.55174772_55174786del (deleted bases
# GGAATTAAGAGAAGC; GRCh37 NC_000007.13:g.55242465_55242479del).
EGFR_EX19_START_C = 2233
EGFR_EX19_START_GRCH38 = 55174770
EGFR_EX19_SEQ = "AAGGAATTAAGAGAAGCAACATCTCCGAAA"
EGFR_EX19_DELETIONS = [
    ("c.2235_2249del", "p.E746_A750del"),
    ("c.2236_2250del", "p.E746_A750del"),
    ("c.2240_2254del", "p.L747_T751del"),
    ("c.2240_2257del", "p.L747_P753delinsS"),
    ("c.2239_2247del", "p.L747_E749del"),
    ("c.2239_2256del", "p.L747_S752del"),
    ("c.2236_2253del", "p.E746_T751del"),
    ("c.2237_2251del", "p.E746_T751delinsA"),
    ("c.2238_2255del", "p.E746_S752delinsD"),
    ("c.2240_2251del", "p.L747_T751delinsS"),
]

# --- Evidence -----------------------------------------------------------------------------
LABEL = "FDA label"
EVIDENCE = []


def ev(biomarkers, tumour, therapy, effect, citation, civic=None, amp=None, approval="FDA",
       context="indication", excluded=None, note=None):
    EVIDENCE.append({
        "biomarkers": biomarkers, "tumourType": tumour, "therapy": therapy, "effect": effect,
        "civicLevel": civic, "ampTier": amp, "approval": approval, "context": context,
        "excludedTumourTypes": excluded or [], "citation": citation,
        **({"note": note} if note else {}),
    })


EX19 = "EGFR_EX19DEL"
EGFR_SENS = ["EGFR_L858R", EX19]
# Lung (NSCLC)
ev(EGFR_SENS, "NSCLC", "osimertinib", "sensitivity",
   f"{LABEL}: Tagrisso (osimertinib), NDA 208065, 1 Indications: EGFR exon 19 deletions or "
   "exon 21 L858R")
ev(["EGFR_T790M"], "NSCLC", "osimertinib", "sensitivity",
   f"{LABEL}: Tagrisso (osimertinib), NDA 208065, 1 Indications: EGFR T790M-positive NSCLC "
   "progressing on or after EGFR TKI therapy")
ev(EGFR_SENS, "NSCLC", "erlotinib", "sensitivity",
   f"{LABEL}: Tarceva (erlotinib), NDA 021743, 1 Indications: EGFR exon 19 deletions or "
   "exon 21 L858R")
ev(EGFR_SENS, "NSCLC", "gefitinib", "sensitivity",
   f"{LABEL}: Iressa (gefitinib), NDA 206995, 1 Indications: EGFR exon 19 deletions or "
   "exon 21 L858R")
ev(["EGFR_L858R"], "NSCLC", "afatinib", "sensitivity",
   "CIViC EID2997 (level A) and AID6 (AMP/ASCO/CAP Tier I Level A); FDA label: Gilotrif "
   "(afatinib), NDA 201292", civic="A", amp="Tier I Level A")
ev([EX19], "NSCLC", "afatinib", "sensitivity",
   f"{LABEL}: Gilotrif (afatinib), NDA 201292, 1 Indications: EGFR exon 19 deletions or "
   "exon 21 L858R")
ev(["EGFR_G719X", "EGFR_S768I", "EGFR_L861Q"], "NSCLC", "afatinib", "sensitivity",
   f"{LABEL}: Gilotrif (afatinib), NDA 201292, 1.1 Indications (approved 12 January 2018, "
   "label 201292s014; current label revised April 2022, 201292s017): first-line metastatic NSCLC "
   "with non-resistant EGFR mutations; the 2018 expansion was based on pooled LUX-Lung 2, 3 and 6 "
   "patients (n=32) with S768I, L861Q and/or G719X (label section 14, as reported with the "
   "approval)")
ev(EGFR_SENS, "NSCLC", "dacomitinib", "sensitivity",
   f"{LABEL}: Vizimpro (dacomitinib), NDA 211288, 1 Indications: EGFR exon 19 deletion or "
   "exon 21 L858R")
ev(EGFR_SENS, "NSCLC", "amivantamab + lazertinib", "sensitivity",
   f"{LABEL}: Rybrevant (amivantamab), BLA 761210, with Lazcluze (lazertinib), approved 2024: "
   "first line, EGFR exon 19 deletions or exon 21 L858R")
ev(["KRAS_G12C"], "NSCLC", "sotorasib", "sensitivity",
   f"{LABEL}: Lumakras (sotorasib), NDA 214665, 1 Indications: KRAS G12C-mutated NSCLC after "
   "at least one prior systemic therapy")
ev(["KRAS_G12C"], "NSCLC", "adagrasib", "sensitivity",
   f"{LABEL}: Krazati (adagrasib), NDA 216340, 1 Indications: KRAS G12C-mutated NSCLC after "
   "at least one prior systemic therapy")
ev(["MET_EX14_SPLICE"], "NSCLC", "capmatinib", "sensitivity",
   f"{LABEL}: Tabrecta (capmatinib), approved 2020 (accelerated), 2022 (regular): metastatic "
   "NSCLC with a mutation that leads to MET exon 14 skipping")
ev(["MET_EX14_SPLICE"], "NSCLC", "tepotinib", "sensitivity",
   f"{LABEL}: Tepmetko (tepotinib), approved 2021: metastatic NSCLC harbouring MET exon 14 "
   "skipping alterations")
ev(["BRAF_V600E"], "NSCLC", "dabrafenib + trametinib", "sensitivity",
   "CIViC EID3017 (level A; Planchard 2016, phase 2, n=57); FDA label: Tafinlar (dabrafenib) "
   "NDA 202806 with Mekinist (trametinib) NDA 204114: BRAF V600E NSCLC", civic="A")
ev(["BRAF_V600E"], "NSCLC", "encorafenib + binimetinib", "sensitivity",
   f"{LABEL}: Braftovi (encorafenib), NDA 210496, with Mektovi (binimetinib), NDA 210498, "
   "approved 2023: BRAF V600E NSCLC")
# Colorectal (COADREAD, the parent of COAD and READ)
ev(["BRAF_V600E"], "COADREAD", "encorafenib + cetuximab", "sensitivity",
   f"{LABEL}: Braftovi (encorafenib), NDA 210496, 1 Indications: with cetuximab, BRAF V600E "
   "metastatic colorectal cancer after prior therapy (BEACON CRC)")
ev(["KRAS_G12C"], "COADREAD", "sotorasib + panitumumab", "sensitivity",
   f"{LABEL}: Lumakras (sotorasib), NDA 214665, approved January 2025: with panitumumab, KRAS "
   "G12C-mutated metastatic colorectal cancer after fluoropyrimidine, oxaliplatin and irinotecan")
ev(["KRAS_G12C"], "COADREAD", "adagrasib + cetuximab", "sensitivity",
   f"{LABEL}: Krazati (adagrasib), NDA 216340, approved June 2024: with cetuximab, KRAS "
   "G12C-mutated locally advanced or metastatic colorectal cancer after prior chemotherapy")
RAS = [f"{g}_{c}_MISSENSE" for g in ("KRAS", "NRAS") for c in (12, 13, 59, 61, 117, 146)]
ev(RAS, "COADREAD", "cetuximab", "resistance",
   f"{LABEL}: Erbitux (cetuximab), BLA 125084, 1 Indications, limitation of use: not indicated "
   "for RAS-mutant colorectal cancer (KRAS or NRAS exon 2 codons 12/13, exon 3 codons 59/61, "
   "exon 4 codons 117/146)")
ev(RAS, "COADREAD", "panitumumab", "resistance",
   f"{LABEL}: Vectibix (panitumumab), BLA 125147, 1 Indications, limitation of use: not "
   "indicated for RAS-mutant mCRC (KRAS or NRAS exon 2 codons 12/13, exon 3 codons 59/61, exon 4 "
   "codons 117/146)")
# Melanoma (MEL: cutaneous, acral, mucosal ... melanoma)
V600EK = ["BRAF_V600E", "BRAF_V600K"]
ev(["BRAF_V600E", "BRAF_V600K"], "MEL", "dabrafenib + trametinib", "sensitivity",
   "CIViC AID7 (FDA approval, companion test); FDA label: Tafinlar (dabrafenib), NDA 202806, "
   "with Mekinist (trametinib), NDA 204114: BRAF V600E or V600K melanoma",
   note="CIViC AID7 (an assertion: it carries no evidence level) is for V600E; V600K from the "
        "label")
ev(["BRAF_V600E"], "MEL", "dabrafenib", "sensitivity",
   f"{LABEL}: Tafinlar (dabrafenib), NDA 202806, 1 Indications: single agent, BRAF V600E "
   "melanoma")
ev(V600EK, "MEL", "trametinib", "sensitivity",
   f"{LABEL}: Mekinist (trametinib), NDA 204114, 1 Indications: single agent, BRAF V600E or "
   "V600K melanoma")
ev(["BRAF_V600E"], "MEL", "vemurafenib", "sensitivity",
   f"{LABEL}: Zelboraf (vemurafenib), NDA 202429, 1 Indications: BRAF V600E melanoma")
ev(V600EK, "MEL", "vemurafenib + cobimetinib", "sensitivity",
   f"{LABEL}: Cotellic (cobimetinib), NDA 206192, 1 Indications: with vemurafenib, BRAF V600E "
   "or V600K melanoma")
ev(V600EK, "MEL", "encorafenib + binimetinib", "sensitivity",
   f"{LABEL}: Braftovi (encorafenib), NDA 210496, with Mektovi (binimetinib), NDA 210498: BRAF "
   "V600E or V600K melanoma")
# Breast (BRCA, invasive breast carcinoma; the labels: HR-positive, HER2-negative)
PIK3CA = ["PIK3CA_E542K", "PIK3CA_E545A", "PIK3CA_E545D", "PIK3CA_E545G", "PIK3CA_E545K",
          "PIK3CA_Q546E", "PIK3CA_Q546R", "PIK3CA_H1047L", "PIK3CA_H1047R", "PIK3CA_H1047Y"]
ev(PIK3CA, "BRCA", "alpelisib + fulvestrant", "sensitivity",
   f"{LABEL}: Piqray (alpelisib), NDA 212526, 1 Indications: HR+/HER2- PIK3CA-mutated breast "
   "cancer; the mutations are those of the therascreen PIK3CA RGQ PCR Kit (PMA P190001) except "
   "C420R, which Precis does not yet carry")
ev(PIK3CA, "BRCA", "inavolisib + palbociclib + fulvestrant", "sensitivity",
   f"{LABEL}: Itovebi (inavolisib), approved October 2024: endocrine-resistant HR+/HER2- "
   "PIK3CA-mutated breast cancer (Precis lists the hotspot alleles only)")
ev(PIK3CA, "BRCA", "capivasertib + fulvestrant", "sensitivity",
   f"{LABEL}: Truqap (capivasertib), approved November 2023: HR+/HER2- breast cancer with one "
   "or more PIK3CA/AKT1/PTEN alterations (Precis lists the PIK3CA hotspot alleles only)")
ESR1 = ["ESR1_Y537S", "ESR1_Y537C", "ESR1_Y537N", "ESR1_D538G"]
ev(ESR1, "BRCA", "elacestrant", "sensitivity",
   f"{LABEL}: Orserdu (elacestrant), approved January 2023: ER+/HER2- ESR1-mutated advanced or "
   "metastatic breast cancer after at least one line of endocrine therapy (Precis lists the "
   "Y537 and D538 alleles only)")
ev(["AKT1_E17K"], "BRCA", "capivasertib + fulvestrant", "sensitivity",
   f"{LABEL}: Truqap (capivasertib), approved November 2023: HR+/HER2- breast cancer with one "
   "or more PIK3CA/AKT1/PTEN alterations")
# Thyroid
ev(["BRAF_V600E"], "THAP", "dabrafenib + trametinib", "sensitivity",
   f"{LABEL}: Tafinlar (dabrafenib), NDA 202806, with Mekinist (trametinib), NDA 204114, "
   "approved 2018: BRAF V600E anaplastic thyroid cancer")
RET_MTC = ["RET_M918T", "RET_C634R", "RET_C634Y", "RET_C634W", "RET_C634F", "RET_C634S",
           "RET_C634G"]
ev(RET_MTC, "THME", "selpercatinib", "sensitivity",
   f"{LABEL}: Retevmo (selpercatinib), NDA 213246, 1 Indications (MTC first approved 8 May "
   "2020; age 2 and older since 29 May 2024, label 213246s012): advanced or metastatic medullary "
   "thyroid cancer with a RET mutation requiring systemic therapy (Precis lists M918T and the "
   "codon 634 substitutions only)")
# Tissue-agnostic
ev(["BRAF_V600E"], "TISSUE", "dabrafenib + trametinib", "sensitivity",
   f"{LABEL}: Tafinlar (dabrafenib), NDA 202806, with Mekinist (trametinib), NDA 204114, "
   "approved June 2022: unresectable or metastatic BRAF V600E solid tumours after prior "
   "treatment; not indicated for colorectal cancer (intrinsic resistance to BRAF inhibition)",
   context="tissue-agnostic", excluded=["COADREAD", "MYELOID", "LYMPH"],
   note="solid tumours only: myeloid and lymphoid neoplasms are excluded as well")

OUT_OF_SCOPE = [
    "ALK, ROS1, RET and NTRK fusions (structural variants, not small variants in a VCF)",
    "ERBB2 amplification and other copy-number changes",
    "MSI-H/dMMR and TMB-H (sample-level measures, not variants)",
    "MET exon 14 skipping by deletions or other changes than the canonical splice-site SNVs "
    "(not yet transcribed)",
    "ESR1 ligand-binding-domain mutations other than Y537S/C/N and D538G (not yet transcribed)",
    "EGFR exon 20 insertions, ERBB2 activating mutations, PIK3CA C420R, AKT1 other than E17K "
    "and PTEN (not yet transcribed)",
    "EGFR non-resistant mutations other than exon 19 deletions, L858R, G719X, S768I and L861Q "
    "(the Gilotrif label's wording covers more; not yet transcribed)",
    "RET mutations in medullary thyroid cancer other than M918T and C634R/Y/W/F/S/G (the "
    "Retevmo label covers any RET mutation; e.g. codons 609, 611, 618, 620, 768, 804, 883 not "
    "yet transcribed)",
    "pralsetinib (Gavreto) for RET-mutant medullary thyroid cancer: not in the current label "
    "(revised March 2024, 213721s015: RET fusion-positive NSCLC and thyroid cancer only)",
]


def translate(codon):
    return CODON_TABLE.get(codon)


def possible_aas(codon):
    """Amino acids the codon can encode given its IUPAC (unknown) bases."""
    slots = [list(IUPAC[b]) for b in codon]
    return {translate("".join(c)) for c in product(*slots)}


def genomic_positions(gene, first):
    """GRCh38 positions of the codon's three coding bases, in coding order."""
    step = 1 if STRANDS[gene] == "+" else -1
    return [first + step * i for i in range(3)]


def trim(pos, ref, alt):
    """Minimal allele: common suffix then common prefix removed."""
    while ref and alt and ref[-1] == alt[-1]:
        ref, alt = ref[:-1], alt[:-1]
    while ref and alt and ref[0] == alt[0]:
        ref, alt, pos = ref[1:], alt[1:], pos + 1
    return pos, ref, alt


def codon_alleles(gene, codon, first, ref_codon, accept):
    """Every allele inside the codon whose codon encodes an accepted amino acid."""
    ref_aas = possible_aas(ref_codon)
    assert len(ref_aas) == 1, (gene, codon)
    ref_aa = ref_aas.pop()
    positions = genomic_positions(gene, first)
    out = []
    for alt_codon in ("".join(c) for c in product("ACGT", repeat=3)):
        # Unknown bases stay as they are: only the known bases may change.
        alt_codon = "".join(a if r in "ACGT" else r for r, a in zip(ref_codon, alt_codon))
        if alt_codon == ref_codon:
            continue
        aas = possible_aas(alt_codon)
        if accept == "missense":
            ok = all(a not in (ref_aa, "*") for a in aas)
        else:
            ok = aas == {accept}
        if not ok:
            continue
        # Forward strand over the codon span.
        lo = min(positions)
        fwd_ref = ["?"] * 3
        fwd_alt = ["?"] * 3
        for base_ref, base_alt, p in zip(ref_codon, alt_codon, positions):
            if STRANDS[gene] == "-":
                base_ref, base_alt = COMPLEMENT[base_ref], COMPLEMENT[base_alt]
            fwd_ref[p - lo] = base_ref
            fwd_alt[p - lo] = base_alt
        pos, r, a = trim(lo, "".join(fwd_ref), "".join(fwd_alt))
        if any(b not in "ACGT" for b in r + a):
            continue
        # HGVS c. of the change (coding positions that differ).
        changed = [i for i in range(3) if ref_codon[i] != alt_codon[i]]
        c_first = 3 * codon - 2
        if len(changed) == 1:
            i = changed[0]
            hgvsc = f"c.{c_first + i}{ref_codon[i]}>{alt_codon[i]}"
        else:
            i, j = changed[0], changed[-1]
            hgvsc = (f"c.{c_first + i}_{c_first + j}delins"
                     f"{alt_codon[i:j + 1]}")
        aa = "/".join(sorted(aas))
        out.append({
            "chromosome": CHROMOSOMES[gene], "position": pos, "ref": r, "alt": a,
            "grch37Position": pos - OFFSETS[gene], "hgvsc": hgvsc,
            "protein": f"p.{ref_aa}{codon}{aa}",
        })
    unique = {(a["position"], a["ref"], a["alt"]): a for a in out}
    return sorted(unique.values(), key=lambda x: (x["position"], x["ref"], x["alt"]))


def protein_change(before, after, first_codon):
    """p. notation of an in-frame deletion(-insertion) between two in-frame coding sequences."""
    a = "".join(translate(before[i:i + 3]) for i in range(0, len(before), 3))
    b = "".join(translate(after[i:i + 3]) for i in range(0, len(after), 3))
    p = 0
    while p < len(b) and a[p] == b[p]:
        p += 1
    q = 0
    while q < len(b) - p and a[-1 - q] == b[-1 - q]:
        q += 1
    deleted = a[p:len(a) - q]
    inserted = b[p:len(b) - q]
    start = f"{deleted[0]}{first_codon + p}"
    end = f"{deleted[-1]}{first_codon + p + len(deleted) - 1}"
    name = start if len(deleted) == 1 else f"{start}_{end}"
    return f"p.{name}del" + (f"ins{inserted}" if inserted else "")


def ex19_alleles():
    out = []
    seq = EGFR_EX19_SEQ
    for hgvsc, protein in EGFR_EX19_DELETIONS:
        span = hgvsc[2:-3].split("_")
        start, end = int(span[0]) - EGFR_EX19_START_C, int(span[1]) - EGFR_EX19_START_C
        deleted = seq[start:end + 1]
        result = seq[:start] + seq[end + 1:]
        # The stated protein change must be what the deletion does to codons 745-754.
        assert len(deleted) % 3 == 0, hgvsc
        assert protein_change(seq, result, (EGFR_EX19_START_C + 2) // 3) == protein, \
            (hgvsc, protein_change(seq, result, (EGFR_EX19_START_C + 2) // 3))
        # Every shift of the same deletion inside the window (same resulting sequence).
        length = end - start + 1
        shifts = [s for s in range(0, len(seq) - length + 1)
                  if seq[:s] + seq[s + length:] == result]
        for s in shifts:
            pos = EGFR_EX19_START_GRCH38 + s
            out.append({
                "chromosome": "7", "position": pos, "ref": seq[s:s + length], "alt": "",
                "grch37Position": pos - OFFSETS["EGFR"], "hgvsc": hgvsc, "protein": protein,
                "representation": "left-aligned" if s == min(shifts) else
                ("as written (3'-most)" if s == max(shifts) else "shifted"),
            })
        assert deleted == seq[start:end + 1]
    # Unique by allele.
    seen = {}
    for a in out:
        seen.setdefault((a["position"], a["ref"]), a)
    return sorted(seen.values(), key=lambda x: (x["position"], x["ref"]))


def met_alleles():
    out = []
    for pos, ref, hgvs in MET_SPLICE_SITES:
        for alt in "ACGT":
            if alt == ref:
                continue
            out.append({"chromosome": "7", "position": pos, "ref": ref, "alt": alt,
                        "grch37Position": pos - MET_OFFSET, "hgvsc": hgvs.format(alt),
                        "protein": "p.? (exon 14 skipping)"})
    return out


def build():
    codons = {(g, c): (first, seq, check) for g, c, first, seq, check in CODONS}
    biomarkers = []
    for bid, gene, codon, accept, label in CODON_BIOMARKERS:
        first, seq, check = codons[(gene, codon)]
        biomarkers.append({
            "id": bid, "gene": gene, "label": label, "transcript": TRANSCRIPTS[gene],
            "codon": codon, "referenceCodon": seq,
            "grch38CodonPositions": genomic_positions(gene, first),
            "grch37Offset": -OFFSETS[gene], "positionCheck": check,
            "alleles": codon_alleles(gene, codon, first, seq, accept),
        })
    biomarkers.append({
        "id": EX19, "gene": "EGFR", "label": "exon 19 deletion", "transcript": TRANSCRIPTS["EGFR"],
        "referenceWindow": {"grch38Start": EGFR_EX19_START_GRCH38, "sequence": EGFR_EX19_SEQ,
                            "cStart": EGFR_EX19_START_C},
        "grch37Offset": -OFFSETS["EGFR"],
        "positionCheck": "c.2235_2249del15 = NC_000007.14:g.55174772_55174786del "
                         "(GGAATTAAGAGAAGC), GRCh37 NC_000007.13:g.55242465_55242479del; "
                         "the listed deletions only (the common exon 19 deletions), not every "
                         "in-frame exon 19 deletion",
        "alleles": ex19_alleles(),
    })
    biomarkers.append({
        "id": "MET_EX14_SPLICE", "gene": "MET", "label": "exon 14 skipping (splice-site SNV)",
        "transcript": "NM_000245.4", "grch37Offset": MET_OFFSET,
        "positionCheck": "NM_000245.4:c.3028+1G>A = GRCh38 7:116771990, GRCh37 7:116412044 "
                         "(MyVariant.info); exon 14 = GRCh38 7:116771849-116771989 (141 bp, "
                         "c.2888-c.3028)",
        "alleles": met_alleles(),
    })
    for b in biomarkers:
        assert b["alleles"], b["id"]
    ids = {b["id"] for b in biomarkers}
    for e in EVIDENCE:
        for b in e["biomarkers"]:
            assert b in ids, b
    return {
        "schema": "precis.tumour-knowledge",
        "schemaVersion": SCHEMA_VERSION,
        "knowledgeVersion": KNOWLEDGE_VERSION,
        "genomeBuild": "GRCh38",
        "generatedBy": "resources/genomics/tumour/make_tumour_knowledge.py",
        "sources": [
            {"id": "civic", "name": "CIViC - Clinical Interpretation of Variants in Cancer",
             "url": "https://civicdb.org", "licence": "CC0 1.0",
             "used": "evidence items EID2997, EID3017 and assertions AID6, AID7 (levels, "
                     "AMP/ASCO/CAP tier, disease DOIDs); variants 112, 134, 427, 562, 999 "
                     "(GRCh37 positions and HGVS, nightly VariantSummaries.tsv of "
                     "griffithlab/civic-server e408c1f0)"},
            {"id": "fda", "name": "US FDA prescribing information (drug labels), Drugs@FDA",
             "url": "https://www.accessdata.fda.gov/scripts/cder/daf/", "licence":
                 "US government work (public domain)",
             "used": "indications, biomarker definitions and limitations of use, as cited per "
                     "entry"},
            {"id": "dbsnp", "name": "NCBI dbSNP / ClinVar HGVS genomic descriptions",
             "url": "https://www.ncbi.nlm.nih.gov/snp/", "licence": "public domain",
             "used": "second source for the GRCh38 and GRCh37 positions (positionCheck)"},
            {"id": "position-checks", "name": "Public GRCh37 reference extract and GRCh38 "
                                              "hotspot tables",
             "url": "https://github.com/bialimed/AnaCore-utils",
             "licence": "facts (bases and positions) only",
             "used": "reference codons and GRCh38 checks named in positionCheck: "
                     "bialimed/AnaCore-utils 5455e3de457a73106cab6cde14cdebdccf25326e "
                     "bin/SARDINe/simuAmpliDS.py (GRCh37 sequence of NRAS, EGFR and AKT1 "
                     "exons); charlottekyng/cancer_hotspots "
                     "341b43b21202ca27d96c51dee8185d94da6cda72 "
                     "resources/hg38.hotspots_changv2_gao_nc.snpeff.tab.gz and the hg19 file; "
                     "NadineWolgast/IntegrateALL 55b86357e58b338fafaf7f5cef00577f1ad42d96 "
                     "scripts/Get_Amino_for_Hotspot_optimized.R"},
        ],
        "attribution": (
            "Tumour variant knowledge: CIViC (civicdb.org, CC0 1.0) and US FDA drug labels. "
            "Tumour types: OncoTree (oncotree.mskcc.org), Memorial Sloan Kettering Cancer "
            "Center, CC BY 4.0."),
        "levels": {
            "civic": "CIViC evidence level: A validated, B clinical, C case study, D preclinical, "
                     "E inferential",
            "label": "no CIViC item cited: the entry rests on the FDA label alone",
        },
        "outOfScope": OUT_OF_SCOPE,
        "doidToOncotree": [
            {"doid": "DOID:3908", "name": "lung non-small cell carcinoma", "oncotree": "NSCLC",
             "usedBy": ["EID2997", "EID3017", "AID6"]},
            {"doid": "DOID:1909", "name": "melanoma", "oncotree": "MEL", "usedBy": ["AID7"]},
        ],
        "biomarkers": biomarkers,
        "evidence": EVIDENCE,
    }


def oncotree(path):
    tree = json.load(open(path))
    nodes = []

    def walk(n):
        nodes.append({"code": n["code"], "name": n["name"], "parent": n["parent"] or ""})
        for c in n["children"].values():
            walk(c)

    walk(tree["TISSUE"])
    nodes.sort(key=lambda n: n["code"])
    return {
        "schema": "precis.oncotree", "schemaVersion": 1,
        "release": "oncotree_2025_10_03",
        "source": {
            "repository": "https://github.com/cBioPortal/oncotree",
            "file": "trees/oncotree_2025_10_03.json",
            "commit": "b362db70f6472fb6349329d1ef6d8f3dcef7d083",
            "licence": "CC BY 4.0",
            "attribution": "OncoTree (oncotree.mskcc.org), Memorial Sloan Kettering Cancer "
                           "Center, licensed under CC BY 4.0; codes, names and parents only "
                           "(colours, cross-references and history left out).",
        },
        "nodes": nodes,
    }


def main():
    out_dir = sys.argv[1]
    with open(f"{out_dir}/tumour_knowledge.json", "w") as f:
        json.dump(build(), f, indent=1, sort_keys=False)
        f.write("\n")
    if len(sys.argv) > 2:
        with open(f"{out_dir}/oncotree.json", "w") as f:
            json.dump(oncotree(sys.argv[2]), f, indent=0, sort_keys=False)
            f.write("\n")


if __name__ == "__main__":
    main()
