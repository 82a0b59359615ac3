-- people.on-call: something changes by itself outside working hours (an overnight price load,
-- a 06:00 switch, a rollout over several days and nights) and no on-call rota is named.

local text = lib.text
local word = lib.word

-- A system change that will happen with or without people watching.
local CHANGES = { "switches", "switch over", "switches over", "goes live", "go live", "go-live", "deploy",
  "deployed", "deployment", "pick up the new prices", "picks up the new prices", "price load", "price file",
  "migration", "migrates", "batch", "sync", "import", "cutover", "cut-over", "goes out automatically" }

-- Multi-day rollouts: they keep running through nights and weekends.
local ROLLOUTS = { "staged rollout", "phased rollout", "gradual rollout", "percentage rollout", "phased release",
  "staged release", "rolling out over", "canary release" }

local COVERED = { "on-call", "on call", "on-call rota", "pager", "paging", "standby engineer", "on standby",
  "out-of-hours cover", "out of hours cover", "out-of-hours support", "24/7 monitoring", "night shift" }

local DAY_START, DAY_END = 8 * 60, 19 * 60

-- The out-of-hours changes in the plan: clauses that name a change and either "overnight",
-- "at midnight", "over the weekend" or a clock time outside 08:00-19:00.
local function off_hours(doc)
  local found = {}
  local sentences, lows = doc:sentences(), {}
  for i, s in ipairs(sentences) do lows[i] = s.text:lower() end
  local changes = word.present(table.concat(lows, "\n"), CHANGES, "%w")   -- the change words in the plan
  for i, s in ipairs(sentences) do
    if word.first(lows[i], changes, "%w") then   -- a clause names a change only when its sentence does
      for clause in (s.text .. ","):gmatch("([^,;]+)[,;]") do
        local low = clause:lower()
        local change = word.first(low, changes, "%w") ~= nil
        local when = change and (low:find("overnight", 1, true) or low:find("at midnight", 1, true)
          or low:find("over the weekend", 1, true))
        if change and not when then
          for _, t in ipairs(text.times(clause)) do
            if t < DAY_START or t >= DAY_END then when = ("%02d:%02d"):format(t // 60, t % 60); break end
          end
        end
        if when then
          found[#found + 1] = { source = s.source, text = (clause:gsub("^%s*and%s+", ""):gsub("^%s+", ""):gsub("[%s%.!?]+$", "")) }
        end
      end
    end
  end
  return found
end

return {
  id = "people.on-call",
  title = "Nobody is on call when the launch changes out of hours",
  category = "people",
  severity = 4, likelihood = 3,
  rationale = "Overnight loads, early switches and multi-day rollouts fail at the hours nobody is at work; without a named on-call person the first to notice are customers at opening time.",
  wrong = "Part of the launch changes outside working hours and nobody is named to watch it or fix it: if it fails, the first to notice are customers and front-line staff at opening time.",
  causes = {
    "The change is scheduled for the night to avoid customers, which also avoids the team",
    "Everyone assumes the supplier or IT is watching; IT assumes the project team is",
    "The people who can fix it have no laptop, access or phone signal out of hours",
  },
  prevent = {
    "Write an on-call rota for every out-of-hours change and every night of the rollout, with names, phone numbers and a second line, at T-7d",
    "Give each on-call person tested remote access and the runbook before their shift",
    "Set an alert or a named check at a fixed time (for example 30 minutes after the switch) that confirms the change worked",
    "Agree with each supplier in writing who answers their phone at the time of the change",
  },
  respond = {
    "Tell staff and customers at once what is affected and when it will be fixed, before they find out at the till or on the site",
    "Wake the on-call person and the supplier's emergency contact, roll back or switch to the manual fallback",
    "Check the affected sites or accounts one by one once it is fixed",
    "Confirm the on-call rota and the post-change check in writing for every future out-of-hours change",
  },
  owner = { "engineering", "it", "lead" },
  due = "T-7d",
  mitigated_by = COVERED,
  check = function(plan, doc, hits)
    if text.first(doc, COVERED) then return nil end
    local changes = off_hours(doc)
    local rollout = text.first(doc, ROLLOUTS)
    if #changes == 0 and not rollout then return nil end
    local ev, parts = {}, {}
    for _, c in ipairs(changes) do
      ev[#ev + 1] = c
      parts[#parts + 1] = ("\"%s\""):format(c.text)
    end
    if rollout then
      ev[#ev + 1] = rollout
      parts[#parts + 1] = ("a %s that keeps running through nights and weekends"):format(text.name_of(rollout))
    end
    return {
      evidence = ev,
      wrong = ("Part of the launch happens out of hours (%s), and no on-call person is named. If it fails, the first to notice are customers and front-line staff at opening time, and nobody with access is awake to fix it."):format(table.concat(parts, "; ")),
    }
  end,
}
