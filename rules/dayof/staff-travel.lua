-- dayof.staff-travel: the staff the day depends on cannot get in: a transport strike the plan
-- mentions, or a winter launch that needs people on site before 08:00. (Guests and weather at
-- outdoor events are essentials.event-weather.)

local cal, clock, prose = lib.cal, lib.clock, lib.prose

local DISRUPTION = { "rail strike", "rail strikes", "train strike", "train strikes", "tube strike", "bus strike",
  "transport strike", "strike action", "planned strikes", "industrial action", "walkout", "engineering works",
  "rail replacement", "replacement buses", "no trains", "marathon day", "road closures in the city" }
-- Work that needs people physically there.
local ON_SITE = { "stores", "store", "shops", "branches", "venue", "warehouse", "pop-up", "showroom", "site",
  "on site", "on-site", "depot", "studio", "doors open", "opening", "set-up", "setup", "build", "staff",
  "volunteers", "crew" }
local EARLY = 8 * 60

local COVERED = { "travel contingency", "taxis booked", "taxis for staff", "hotel rooms for staff",
  "staff stay overnight", "stay locally", "remote cover", "work from home", "lift share", "car share" }

-- A sentence needing people on site with a start time before 08:00.
local function early_start(doc)
  for _, s in ipairs(doc:sentences()) do
    local low = " " .. s.text:lower():gsub("[^%w%-]+", " ") .. " "
    for _, w in ipairs(ON_SITE) do
      if low:find(" " .. w .. " ", 1, true) then
        for _, t in ipairs(clock.times(s.text)) do
          if t.at < EARLY then return { source = s.source, text = s.text }, t end
        end
        break
      end
    end
  end
  return nil
end

return {
  id = "dayof.staff-travel",
  title = "Staff cannot get in on the day: strike, snow or no trains",
  category = "people",
  severity = 3, likelihood = 2,
  rationale = "Strikes are announced about two weeks ahead and winter mornings close roads; a launch that needs people on site at a fixed early hour loses a third of them to a single transport failure.",
  wrong = "On launch morning a strike, snow or cancelled trains stop staff getting in: the store, venue or site opens short-handed or late, just as the customers the launch brought arrive.",
  causes = {
    "Strike dates are announced after the launch date is fixed and nobody watches for them",
    "Most of the team relies on one rail line or bus route",
    "Snow and ice on winter mornings, when the first shift starts before public transport runs fully",
  },
  prevent = {
    "Check announced strikes and engineering works for the launch day at T-14d and again at T-3d",
    "List how each launch-day person travels and name an alternative for everyone on the affected routes",
    "Book taxis or hotel rooms for the people who open up, and agree who can work remotely",
    "Plan the minimum crew needed to open and who steps in from nearby sites",
  },
  respond = {
    "Tell customers at once and plainly if opening is delayed or a service is reduced, with the new time",
    "Move staff who did arrive onto the customer-facing jobs first and pull in stand-ins from nearby sites",
    "Confirm in writing the travel check and minimum-crew plan for future launch days",
  },
  owner = { "operations", "hr", "lead" },
  due = "T-14d",
  mitigated_by = COVERED,
  check = function(plan, doc, hits)
    if prose.first(doc, COVERED) then return nil end
    local said = prose.said(doc, DISRUPTION)
    if #said > 0 then
      return {
        evidence = said,
        wrong = ("The plan itself mentions \"%s\": staff who rely on that transport cannot get in, and the site opens short-handed or late just as the customers arrive."):format(prose.clause(doc, said[1])),
      }
    end
    local y, m, d = cal.launch(plan)
    if not y or not (m == 12 or m == 1 or m == 2) then return nil end
    local south = false
    for _, r in ipairs(plan.audience.regions or {}) do
      local k = type(r) == "string" and r:lower() or ""
      if k == "au" or k == "australia" or k == "nz" or k == "new zealand" or k == "za" or k == "south africa" then south = true end
    end
    if south then return nil end
    local ev, t = early_start(doc)
    if not ev then return nil end
    return {
      evidence = { ev, { source = "launch_date", text = plan.launch_date } },
      wrong = ("The launch needs people on site at %s on a winter morning (%s): snow, ice or a cancelled early train stops part of the crew getting in, and the site opens short-handed just as the customers arrive."):format(
        t.text, cal.label(y, m, d)),
    }
  end,
}
