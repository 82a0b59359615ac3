-- The risk matrix: an item's level from its severity (rows, 1..5) and its
-- likelihood (columns, 1..5). Data, not code; see docs/scoring.md.
-- Levels are listed lowest first.
return {
  levels = { "low", "medium", "high", "critical" },
  matrix = {
    --  likelihood: 1         2         3         4           5
    [1] = { "low",    "low",    "low",    "low",      "medium"   },  -- severity 1: a nuisance
    [2] = { "low",    "low",    "medium", "medium",   "medium"   },  -- severity 2: minor
    [3] = { "low",    "medium", "medium", "high",     "high"     },  -- severity 3: moderate
    [4] = { "medium", "medium", "high",   "high",     "critical" },  -- severity 4: major
    [5] = { "medium", "high",   "high",   "critical", "critical" },  -- severity 5: severe
  },
}
