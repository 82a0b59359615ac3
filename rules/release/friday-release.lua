-- release.friday-release: the release goes out on a Friday or at a weekend, when the people who
-- could fix it are away for the days its problems surface. (Holiday seasons and who is on leave
-- are people.holiday-leave.)

local core, scope, dates = lib.core, lib.scope, lib.dates

local OFF = { "friday", "fridays", "saturday", "sunday", "weekend", "over the weekend", "friday evening",
  "friday afternoon", "before the bank holiday", "before the long weekend" }

-- A phrase in the same sentence as a sign of the release.
local function off_with_release(doc, rel)
  for _, h in ipairs(core.seen(doc, OFF)) do
    local s = (doc:sentence(h) or ""):lower()
    for _, r in ipairs(rel) do
      if r.source ~= "channels" and r.source ~= "title" and s:find(r.text:lower(), 1, true) then return h end
    end
  end
  return nil
end

return {
  id = "release.friday-release",
  title = "The release goes out on a Friday or at the weekend",
  category = "people",
  severity = 3, likelihood = 3,
  rationale = "Problems from a release surface over the next one to three days; released on a Friday or at the weekend, they surface when the engineers who know the change are off and support runs on cover.",
  wrong = "The release goes out just before or during a weekend: problems surface over the next days, when the engineers who know the change are away, support runs on cover and fixes wait until everyone is back.",
  causes = {
    "The date was set by the marketing calendar, not by who is on duty in the days after",
    "The on-call rota for the weekend has nobody from the team that built the change",
    "Partners, app store review and payment providers are slower or unreachable at weekends",
    "Customers use the product differently at weekends (batch jobs, month-end, shopping peaks), exposing untested paths",
  },
  prevent = {
    "Move the release to Monday to Wednesday morning, or release to a small cohort before the weekend and widen it after",
    "Name the engineers from the building team who are on call for the three days after the release, with their backups, at T-7d",
    "Get weekend contacts from every third party the release depends on",
    "Freeze non-essential changes for the weekend after the release",
  },
  respond = {
    "Acknowledge the problem on the status page at once with the time of the next update, even if the fix waits",
    "Pause the rollout or switch the new feature off rather than attempt a fix with a thin team",
    "Call in the named on-call engineers, fix on the next working morning, and tell customers when",
    "Confirm in writing to the launch lead the release-day rule (no releases from Thursday afternoon to Monday without sign-off)",
  },
  owner = { "engineering", "lead" },
  due = "T-14d",
  mitigated_by = { "weekend on-call", "on call over the weekend", "on-call rota" },
  check = function(plan, doc, hits)
    local rel = scope.release(plan, doc)
    if #rel == 0 then return nil end
    local wd = dates.weekday(plan.launch_date)
    local when, ev
    if wd and wd >= 5 then
      when = ("on a %s (%s)"):format(dates.DAY_NAMES[wd], plan.launch_date)
    end
    if when then
      ev = { { source = "launch_date", text = plan.launch_date .. " (" .. dates.DAY_NAMES[wd] .. ")" }, rel[1] }
    else
      local off = off_with_release(doc, rel)
      if not off then return nil end
      when = ("at the time the plan gives (\"%s\")"):format(off.text)
      ev = { off }
    end
    return { evidence = ev,
      wrong = ("The release goes out %s: problems surface over the next days, when the engineers who know the change are away, support runs on cover and fixes wait until everyone is back."):format(when) }
  end,
}
