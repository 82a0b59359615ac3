local items = lib.items

-- A serious item checked this many days or fewer before launch leaves no
-- time to fix what the check finds.
local MARGIN_DAYS = 3

-- Days from 1970-01-01 of a "YYYY-MM-DD" date (civil calendar).
local function days(date)
  local y, m, d = date:match("^(%d%d%d%d)-(%d%d)-(%d%d)$")
  y, m, d = tonumber(y), tonumber(m), tonumber(d)
  if m <= 2 then y = y - 1 end
  local era = y // 400
  local yoe = y - era * 400
  local doy = (153 * (m + (m > 2 and -3 or 9)) + 2) // 5 + d - 1
  local doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
  return era * 146097 + doe - 719468
end

return {
  id = "accountability.late-checks",
  title = "Serious risks are checked too close to launch",
  category = "communication",
  severity = 3, likelihood = 3,
  rationale = "A check that fails two days before launch, or after it, can no longer be fixed in time; for serious risks that is too late.",
  wrong = "Some open items at high or critical risk are due three days or less before launch, or after it: if their check fails there is no time left to fix it.",
  causes = {
    "The rule's default due date is close to launch and nobody brought it forward for this plan",
    "The launch date moved earlier and the checklist was not re-planned",
  },
  prevent = {
    "Bring the checks of serious items forward to at least a week before launch, or agree in writing why they can wait",
    "Re-run premortem after every change of launch date",
  },
  respond = {
    "Run the late checks today and tell the launch lead at once about anything that fails",
    "Confirm in writing which checks move earlier for the next launch",
  },
  owner = { "lead" },
  due = "T-7d",
  phase = "checklist",
  check = function(checklist, plan)
    if not checklist.launch_date then return nil end
    local launch, late = days(checklist.launch_date), {}
    for _, it in ipairs(items.open(checklist)) do
      if items.serious(it) and it.due and launch - days(it.due) <= MARGIN_DAYS then late[#late + 1] = it end
    end
    if #late == 0 then return nil end
    return {
      wrong = ("%d serious open item%s %s due %d days or less before the launch on %s, or after it: %s.")
        :format(#late, #late == 1 and "" or "s", #late == 1 and "is" or "are", MARGIN_DAYS, checklist.launch_date,
                items.ids(late)),
      evidence = items.evidence(late),
    }
  end,
}
