-- people.holiday-leave: the launch or its last two weeks of preparation fall in a holiday
-- season (Christmas and New Year, the August peak) or the plan itself says it runs over the
-- holidays, and nobody checked who is away.

local text, team = lib.text, lib.team

-- Plan words that put the launch work itself in a holiday period ("goes live over Christmas"),
-- not a campaign that sells to people on holiday ("our summer holidays range").
local SEASON_WORDS = { "over christmas", "over the christmas period", "between christmas and new year",
  "over new year", "over the festive period", "during the festive period", "over the holidays",
  "during the holidays", "during the school holidays", "over the school holidays",
  "during the summer holidays", "over the summer holidays", "over easter", "over the easter weekend",
  "during half term", "during half-term", "over half term", "over half-term", "over the bank holiday weekend",
  "during golden week", "over thanksgiving" }

-- Phrases that show leave was checked.
local CHECKED = { "leave calendar", "leave checked", "leave freeze", "holiday cover", "leave cover",
  "cover agreed", "no leave", "leave is frozen", "leave has been checked", "annual leave checked" }

local SOUTH = { au = true, australia = true, nz = true, ["new zealand"] = true, za = true,
  ["south africa"] = true, br = true, brazil = true, ar = true, argentina = true, cl = true, chile = true }

-- "MM-DD" windows on the launch date: the launch or the two weeks before it overlap the season.
local function season(plan)
  local y, m, d = (plan.launch_date or ""):match("^(%d+)-(%d+)-(%d+)$")
  if not y then return nil end
  local md = tonumber(m) * 100 + tonumber(d)
  if md >= 1220 or md <= 110 then
    return "Christmas and New Year", "the two weeks before it are Christmas and New Year, when most people take leave and suppliers close"
  end
  local south = #(plan.audience.regions or {}) > 0
  for _, r in ipairs(plan.audience.regions or {}) do
    if not SOUTH[team.trim(r):lower()] then south = false end
  end
  if md >= 725 and md <= 903 and not south then
    return "the August holidays", "its preparation weeks fall in the late-July and August holiday peak, when half the team and suppliers' key contacts are away"
  end
  return nil
end

return {
  id = "people.holiday-leave",
  title = "Launch falls in the holiday season and nobody checked who is away",
  category = "people",
  severity = 3, likelihood = 4,
  rationale = "In holiday weeks several team members and supplier contacts are away at once; the gaps show only when something breaks and the person who knows is on a beach.",
  wrong = "The launch or its final preparation falls in a holiday period: several team members and supplier contacts are on leave at once, and the gaps show only when something breaks.",
  causes = {
    "Leave was booked months ago, before the launch date was set, and nobody cross-checked the calendar",
    "Suppliers, agencies and printers close or run skeleton crews over the same weeks",
    "Sign-offs wait for a manager who is away, so the last week's work piles up",
  },
  prevent = {
    "Pull the leave calendar for T-14d to T+7d at T-4w and list who is away each day, including suppliers' contacts",
    "Agree a leave freeze or named cover for every launch role for launch week and write it in the plan",
    "Ask every supplier and agency in writing for their opening days and an emergency contact over the period",
  },
  respond = {
    "Tell the team at once who is covering each absent role and how to reach them",
    "Move the decisions of absent people to their named cover and postpone what only they can do",
    "Confirm in writing that the leave check is a standing item of the launch plan for holiday periods",
  },
  owner = { "hr", "lead" },
  due = "T-4w",
  mitigated_by = CHECKED,
  check = function(plan, doc, hits)
    if text.first(doc, CHECKED) or plan.facts.leave_checked == true then return nil end
    local said = text.first(doc, SEASON_WORDS)
    local name, why = season(plan)
    if said then
      return {
        evidence = { said },
        wrong = ("The plan runs %s: several team members and supplier contacts are on leave at once, and the gaps show only when something breaks and the person who knows is away."):format(text.name_of(said)),
      }
    end
    if not name then return nil end
    return {
      title = ("The launch falls in %s and nobody checked who is away"):format(name),
      evidence = { { source = "launch_date", text = ("%s (%s)"):format(plan.launch_date, name) } },
      wrong = ("The launch is on %s and %s. Nobody has checked who is away, so the gaps show only when something breaks."):format(plan.launch_date, why),
    }
  end,
}
