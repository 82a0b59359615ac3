-- Risk data: levels, the level matrix, and how levels turn into readiness
-- points and the gate. Data, not code; see docs/scoring.md.
-- The engine refuses a matrix that is not monotone (a higher severity or
-- likelihood may never give a lower level) and points that fall as levels rise,
-- so that mitigating a risk can never lower a plan's score.
return {
  levels = { "low", "medium", "high", "critical" },   -- lowest first
  matrix = {
    --  likelihood: 1         2         3         4           5
    [1] = { "low",    "low",    "low",    "low",      "medium"   },  -- severity 1: a nuisance
    [2] = { "low",    "low",    "medium", "medium",   "medium"   },  -- severity 2: minor
    [3] = { "low",    "medium", "medium", "high",     "high"     },  -- severity 3: moderate
    [4] = { "medium", "medium", "high",   "high",     "critical" },  -- severity 4: major
    [5] = { "medium", "high",   "high",   "critical", "critical" },  -- severity 5: severe
  },
  -- readiness points an OPEN item loses, by its residual level
  points = { low = 1, medium = 2, high = 5, critical = 8 },
  -- extra points an open item without an owner loses
  unowned_points = 3,
  -- open items at or above this residual level block the gate
  blocking_level = "high",
  -- grades by readiness, highest first
  grades = {
    { min = 90, grade = "A" },
    { min = 75, grade = "B" },
    { min = 60, grade = "C" },
    { min = 40, grade = "D" },
    { min = 0,  grade = "F" },
  },
}
