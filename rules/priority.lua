-- Action priority (AP) for rules that rate a failure FMEA-style: severity,
-- occurrence and detection on 1..10 scales. After the AIAG-VDA FMEA Handbook
-- (1st edition, 2019) action priority table for design FMEA: the ratings fall
-- into bands, and the table gives H, M or L for each combination of bands.
-- AP is looked up, never computed from S x O x D. Data, not code; the engine
-- checks that the bands cover 1..10 exactly; tests/unit/test_score.c checks
-- all 1,000 cells. See docs/scoring.md.
return {
  severity   = { { 9, 10 }, { 7, 8 }, { 4, 6 }, { 2, 3 }, { 1, 1 } },
  occurrence = { { 8, 10 }, { 6, 7 }, { 4, 5 }, { 2, 3 }, { 1, 1 } },
  detection  = { { 7, 10 }, { 5, 6 }, { 2, 4 }, { 1, 1 } },
  -- table[severity band][occurrence band]: one letter per detection band
  table = {
    { "HHHH", "HHHH", "HHHM", "HMLL", "LLLL" },   -- S 9-10
    { "HHHH", "HHHM", "HMMM", "MMLL", "LLLL" },   -- S 7-8
    { "HHMM", "MMML", "MLLL", "LLLL", "LLLL" },   -- S 4-6
    { "MMLL", "LLLL", "LLLL", "LLLL", "LLLL" },   -- S 2-3
    { "LLLL", "LLLL", "LLLL", "LLLL", "LLLL" },   -- S 1
  },
}
