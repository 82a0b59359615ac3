-- essentials.program-crash: the software, app or update being released crashes, with no way back.

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

local ROLLBACK = { "rollback", "roll back", "roll-back", "kill switch", "feature flag", "feature flags" }

return {
  id = "essentials.program-crash",
  title = "The new version crashes and there is no way back",
  category = "technical-failure",
  severity = 5, likelihood = 3,
  rationale = "Release-day crashes are common because real devices and real data differ from test; without a rehearsed rollback a bad build stays live for hours or days.",
  triggers = { "new version", "app update", "app updates", "software update", "software updates", "firmware update",
               "firmware", "release notes", "staged rollout", "phased rollout", "gradual rollout", "percentage rollout",
               "mobile app", "desktop app", "ios app", "android app", "our app", "the app", "new release",
               "this release", "new build", "hotfix", "beta", "app store", "google play", "play store" },
  wrong = "The new version crashes or has a critical bug for some users (older phones, real data, one payment path), and there is no tested way back to the previous version.",
  causes = {
    "A crash that happens only on older OS versions, low-memory devices or real customer data never seen in testing",
    "Configuration or feature flags differ between staging and production",
    "The rollback was never rehearsed, or a database change makes the old version unusable",
    "Crash reporting is not wired up, so the team learns of the crash from app-store reviews",
  },
  prevent = {
    "Run the release candidate on the oldest supported OS and device models and on a copy of production data at T-7d",
    "Rehearse the rollback (or the kill switch behind a feature flag) on staging and time it before go/no-go",
    "Release to a small percentage first, with crash-rate and error-rate thresholds that pause the rollout automatically",
    "Hold a go/no-go meeting at T-1d with named sign-off from engineering, support and product",
  },
  respond = {
    "Post on the status page and in the app at once that you know about the crash and when the next update is due",
    "Pause the rollout and roll back or switch off the feature flag; withdraw the build from the app stores if needed",
    "Ship a fixed build through expedited store review and tell affected users how to recover their data",
    "Write the post-incident review with the root cause and the test that now catches it, and confirm it to the launch lead in writing",
  },
  owner = { "engineering", "it" },
  due = "T-7d",
  mitigated_by = { "rollback tested", "rollback rehearsed", "rehearsed the rollback", "tested the rollback",
                   "crash-rate threshold", "crash rate threshold" },
  check = function(plan, doc, hits)
    local pos = {}
    for _, h in ipairs(positive(doc, hits)) do
      -- "the app" in "the App Store" is the store, already a hit of its own
      local _, after = around(doc, h, 8)
      if not (h.text:lower():match("app$") and after:lower():match("^%s*store")) then pos[#pos + 1] = h end
    end
    if #pos == 0 then return nil end
    local has_rollback = false
    for _, p in ipairs(ROLLBACK) do if doc:has(p) then has_rollback = true; break end end
    local wrong
    if has_rollback then
      wrong = "The new version crashes or has a critical bug for some users (older phones, real data, one payment path), and the rollback the plan relies on has not been shown to work under pressure."
    end
    return { evidence = pos, wrong = wrong }
  end,
}
