-- essentials.data-migration: the data migration shipped with the release fails or corrupts records.

-- The source text just before and just after a hit, within the hit's own field
-- (doc:text() is the announcement; a hit in the title is read from its sentence).
local function around(doc, hit, n)
  local off, len = hit.offset, #hit.text
  if hit.source == nil or hit.source == "announcement" then
    local text = doc:text()
    if type(off) == "number" and text:sub(off + 1, off + len) == hit.text then
      return text:sub(math.max(1, off - n + 1), off), text:sub(off + len + 1, off + len + n)
    end
  end
  local s = doc:sentence(hit) or hit.text
  local a = s:find(hit.text, 1, true)
  if not a then return "", "" end
  return s:sub(math.max(1, a - n), a - 1), s:sub(a + len, a + len + n - 1)
end

-- A hit is negated when its own clause says there is none of it:
-- "no hotline", "we do not run a hotline", "without a QR code", "hotline-free".
local NEG = { no = true, ["not"] = true, without = true, never = true, nor = true,
  none = true, instead = true, cannot = true, replacing = true, replaces = true }

local function negated(doc, hit)
  local before, after = around(doc, hit, 80)
  if after:sub(1, 5):lower() == "-free" then return true end
  before = before:match("[^%.;:!?,%(%)\n]*$"):lower()
  local words = {}
  for w in before:gmatch("[%a'\226\128\153]+") do words[#words + 1] = w end
  for i = math.max(1, #words - 3), #words do
    local w = words[i]
    if NEG[w] or w:match("n't$") or w:match("n\226\128\153t$") then return true end
  end
  return false
end

local function positive(doc, hits)
  local out = {}
  for _, h in ipairs(hits) do if not negated(doc, h) then out[#out + 1] = h end end
  return out
end

return {
  id = "essentials.data-migration",
  title = "The data migration fails or corrupts records",
  category = "data-quality",
  severity = 5, likelihood = 2,
  rationale = "A failed migration damages customer data, which is far harder to undo than code; it is rarer than a crash but the worst day a release can have.",
  triggers = { "migration", "migrations", "data migration", "migrate", "migrates", "migrating", "migrated",
               "schema change", "schema changes", "database upgrade", "data conversion", "import your data" },
  wrong = "The data migration that ships with the release fails or silently corrupts records: customers log in to missing or wrong data, and the old version can no longer read the database.",
  causes = {
    "The migration was tested on a small staging database, not on production size and real edge cases",
    "It runs longer than the maintenance window and locks tables while customers are using the service",
    "It cannot be reversed, so rolling back the app does not roll back the data",
    "Nobody compares record counts before and after, so customers notice the damage first",
  },
  prevent = {
    "Run the migration on a restored copy of production at T-7d and time it against the maintenance window",
    "Take a backup immediately before the migration and prove it by restoring it to a spare database",
    "Write and rehearse a reverse migration or a restore procedure",
    "Compare record counts and checksums before and after and block the rollout if they differ",
  },
  respond = {
    "Acknowledge the data problem on the status page at once and say whether customer data is safe",
    "Stop the rollout and the migration jobs and put affected accounts in read-only mode",
    "Restore the affected records from the backup and re-run the corrected migration",
    "Confirm in writing to the launch lead the root cause, the affected accounts and the new migration test",
  },
  owner = { "engineering", "it" },
  due = "T-7d",
  mitigated_by = { "migration rehearsed", "rehearsed the migration", "restore tested", "tested restore",
                   "tested the restore", "migration dry run", "dry run of the migration" },
  check = function(plan, doc, hits)
    local pos = positive(doc, hits)
    if #pos == 0 then return nil end
    return { evidence = pos }
  end,
}
