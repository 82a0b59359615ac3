-- dayof.public-holiday: the launch day, the day after it, or the Monday after a Friday launch is
-- a public holiday in one of the plan's regions: support, suppliers, couriers, banks and half the
-- team are off while the launch's first questions and problems arrive. (A contact channel closed
-- at the weekend is contact.closed-at-launch; this rule reads the holiday calendar.)

local cal, clock = lib.cal, lib.clock

-- The first public holiday among the launch day and the days right after it.
local function holiday_near(plan, y, m, d)
  local n = cal.days(y, m, d)
  local span = cal.weekday(y, m, d) == 5 and 3 or 1 -- a Friday launch runs into Monday
  for k = 0, span do
    local yy, mm, dd = cal.date(n + k)
    local name = cal.holiday(yy, mm, dd, plan.audience.regions)
    if name then return name, k, cal.label(yy, mm, dd) end
  end
  return nil
end

return {
  id = "dayof.public-holiday",
  title = "The launch runs into a public holiday",
  category = "customer-contact",
  severity = 3, likelihood = 4,
  rationale = "Launch dates are set from the project plan, not the holiday calendar; on a public holiday support, suppliers, couriers and banks close while the launch's first questions and problems arrive, and half the team is away.",
  wrong = "The launch runs into a public holiday: support, suppliers, couriers and banks are closed and much of the team is away just when the first questions, orders and problems arrive.",
  causes = {
    "The launch date was chosen from the project plan without checking each region's public holidays",
    "Support hours, courier collections and supplier call-outs follow the normal holiday closures",
    "Team members booked the long weekend off months ago",
  },
  prevent = {
    "Check the launch day and the three days after it against the public holidays of every region the launch reaches at T-4w",
    "Move the launch off the holiday, or staff support, the on-call rota and a named supplier contact for it, by T-3w",
    "Ask couriers, payment providers and key suppliers in writing about their holiday cut-offs and collections",
    "State the holiday hours in the announcement and the auto-replies, with a web FAQ for the closed days",
  },
  respond = {
    "Post the holiday hours and the FAQ link at once where customers are asking, and acknowledge the wait",
    "Call in the holiday standby rota and answer every message left while closed on the first working morning",
    "Tell customers affected by courier or supplier delays the new dates",
    "Confirm in writing that the holiday calendar of every region is checked before a launch date is fixed",
  },
  owner = { "support", "lead", "operations" },
  due = "T-4w",
  mitigated_by = { "holiday cover", "holiday rota", "open on the bank holiday", "open on bank holidays",
                   "including bank holidays", "including public holidays" },
  check = function(plan, doc, hits)
    local y, m, d = cal.launch(plan)
    if not y then return nil end
    local name, k, day = holiday_near(plan, y, m, d)
    if not name then return nil end
    local sup = clock.support(doc)
    if sup and sup.holidays then return nil end
    local when = k == 0 and ("The launch day, %s, is %s"):format(day, name)
      or ("The launch on %s runs straight into %s on %s"):format(cal.label(y, m, d), name, day)
    local support = sup and (" %s works %s, and the plan says nothing about public holidays."):format(
      (sup.what:gsub("^%l", string.upper)), sup.said) or ""
    local ev = { { source = "launch_date", text = ("%s (%s)"):format(plan.launch_date, name) } }
    if sup then ev[2] = sup.evidence end
    return {
      evidence = ev,
      title = ("The launch runs into %s"):format(name),
      wrong = ("%s.%s Support, suppliers, couriers and banks keep holiday hours and much of the team is away just when the first questions, orders and problems arrive."):format(
        when, support),
    }
  end,
}
