-- dayof.timezone: the launch moment is set in the wrong time zone or on the wrong side of
-- midnight: an ambiguous "12am" or "midnight on", a clock change in launch week, or a time with
-- no zone for an audience spread over several zones. (Demand peaking at night for part of the
-- audience is capacity.timezone-peak.)

local cal, clock, prose = lib.cal, lib.clock, lib.prose

local AMBIGUOUS = { "12am", "12 am", "12:00am", "12:00 am", "12pm", "12 pm", "12:00pm", "12:00 pm",
  "midnight on", "at midnight on", "midnight of", "from midnight on" }

-- Standard offsets in hours; "many" for regions that span several zones themselves.
local ZONE = { uk = 0, gb = 0, ["united kingdom"] = 0, ie = 0, ireland = 0, pt = 0, portugal = 0,
  de = 1, germany = 1, at = 1, austria = 1, nl = 1, netherlands = 1, fr = 1, france = 1, es = 1, spain = 1,
  it = 1, italy = 1, be = 1, belgium = 1, ch = 1, switzerland = 1, pl = 1, poland = 1, se = 1, sweden = 1,
  dk = 1, denmark = 1, no = 1, norway = 1, cz = 1, fi = 2, finland = 2, gr = 2, greece = 2, ro = 2,
  ae = 4, uae = 4, ["in"] = 5.5, india = 5.5, sg = 8, singapore = 8, hk = 8, cn = 8, china = 8, jp = 9,
  japan = 9, nz = 12, ["new zealand"] = 12,
  us = "many", usa = "many", ["united states"] = "many", ca = "many", canada = "many", au = "many",
  australia = "many", br = "many", brazil = "many", mx = "many", ru = "many", eu = "many", europe = "many",
  emea = "many", apac = "many", americas = "many", global = "many", worldwide = "many", international = "many" }
local EU_DST = { uk = true, gb = true, ie = true, pt = true, de = true, at = true, nl = true, fr = true,
  es = true, it = true, be = true, ch = true, pl = true, se = true, dk = true, no = true, fi = true, gr = true,
  eu = true, europe = true }

-- Sentences that set the moment something goes out or goes live.
local MOMENT = { "go live", "goes live", "live at", "launch at", "launches at", "release", "released",
  "publish", "published", "switch", "switches", "opens at", "goes out", "sent at", "embargo", "on sale",
  "available from", "starts at", "unlock", "unlocks", "countdown" }

local function zones(plan)
  local set, n, many, names = {}, 0, false, {}
  for _, r in ipairs(plan.audience.regions or {}) do
    local key = type(r) == "string" and r:lower() or ""
    local z = ZONE[key]
    if z == "many" then many = true; names[#names + 1] = r
    elseif z and not set[z] then set[z] = true; n = n + 1; names[#names + 1] = r end
  end
  return many or n >= 2, names
end

-- The first clock time without a zone in a sentence that sets a moment.
local function bare_moment(doc)
  local sentences, lows = doc:sentences(), {}
  for i, s in ipairs(sentences) do lows[i] = s.text:lower() end
  local moments = lib.word.holding(lows, MOMENT)   -- the sentences holding one of MOMENT
  for i, s in ipairs(sentences) do
    if moments[i] then
      for _, t in ipairs(clock.times(s.text)) do
        if not t.zone then return t, s end
      end
    end
  end
  return nil
end

local function last_sunday(y, m) return cal.nth(y, m, 0, -1) end

-- A clock change within the week after the launch date's previous clock change, or the weeks
-- when Europe and the US are an hour closer than usual.
local function dst_trap(plan, y, m, d)
  local n = cal.days(y, m, d)
  local eu, us = false, false
  for _, r in ipairs(plan.audience.regions or {}) do
    local k = type(r) == "string" and r:lower() or ""
    if EU_DST[k] then eu = true end
    if k == "us" or k == "usa" or k == "united states" or k == "ca" or k == "canada" then us = true end
  end
  local checks = {}
  if eu then
    checks[#checks + 1] = { cal.days(y, 3, last_sunday(y, 3)), "the clocks go forward in Europe" }
    checks[#checks + 1] = { cal.days(y, 10, last_sunday(y, 10)), "the clocks go back in Europe" }
  end
  if us then
    checks[#checks + 1] = { cal.days(y, 3, cal.nth(y, 3, 0, 2)), "the clocks go forward in North America" }
    checks[#checks + 1] = { cal.days(y, 11, cal.nth(y, 11, 0, 1)), "the clocks go back in North America" }
  end
  for _, c in ipairs(checks) do
    if n >= c[1] - 1 and n <= c[1] + 7 then return c[2] end
  end
  if eu and us then
    local us_spring, eu_spring = cal.days(y, 3, cal.nth(y, 3, 0, 2)), cal.days(y, 3, last_sunday(y, 3))
    local eu_autumn, us_autumn = cal.days(y, 10, last_sunday(y, 10)), cal.days(y, 11, cal.nth(y, 11, 0, 1))
    if (n >= us_spring and n < eu_spring) or (n >= eu_autumn and n < us_autumn) then
      return "Europe and North America are an hour closer than usual (their clocks change on different dates)"
    end
  end
  return nil
end

return {
  id = "dayof.timezone",
  title = "The launch goes out at the wrong hour",
  category = "communication",
  severity = 3, likelihood = 3,
  rationale = "Schedulers, ad platforms and email tools each default to their own zone (often UTC or the US Pacific time of the vendor); an ambiguous '12am' or a clock change in launch week moves the launch by an hour or a day without anyone noticing.",
  wrong = "The launch, the email or the price switch happens an hour or a day early or late, because the time was ambiguous or set in a different time zone: customers see it before it is ready, or the promised moment passes with nothing.",
  causes = {
    "The scheduler, ad platform or email tool uses UTC or the vendor's home zone, not the one in the plan",
    "'12am' and 'midnight on the 1st' are read as the start of the day by some and its end by others",
    "The clocks change in launch week and a job scheduled in UTC shifts by an hour against local time",
    "Regions in different zones get one moment, so it is the middle of the night somewhere",
  },
  prevent = {
    "Write every launch time with its zone and in 24-hour form ('00:01 UK time on Monday 1 March', '23:59 on Sunday 28 February'), never '12am' or 'midnight on'",
    "Check the zone setting of every scheduler, ad platform, email tool and feature flag that fires at launch, and screenshot it at T-3d",
    "Convert the launch moment into each region's local time in the run sheet and have a second person check it",
    "Recheck every scheduled job in the week the clocks change, when that week is near launch",
  },
  respond = {
    "If something went out early, say so publicly at once, pull it back if you can, and give the correct time",
    "If the moment passed with nothing, publish the item by hand at once and tell customers when it went live",
    "Reset every scheduled job from the corrected run sheet and confirm in writing that launch times carry a zone from now on",
  },
  owner = { "web", "marketing", "engineering", "lead" },
  due = "T-3d",
  mitigated_by = { "local time", "uk time", "utc", "time zone", "timezone" },
  check = function(plan, doc, hits)
    local amb = prose.said(doc, AMBIGUOUS)
    if #amb > 0 then
      return {
        evidence = amb,
        wrong = ("The plan sets a moment as \"%s\", which people, schedulers and ad platforms read differently (the start or the end of the day, midday or midnight): the launch goes out a day or twelve hours early or late."):format(amb[1].text),
      }
    end
    local y, m, d = cal.launch(plan)
    local trap = y and dst_trap(plan, y, m, d)
    local spread, names = zones(plan)
    if not trap and not spread then return nil end   -- a bare time matters only then
    local t, s = bare_moment(doc)
    if t then
      if trap then
        return {
          evidence = { { source = s.source, text = t.text }, { source = "launch_date", text = plan.launch_date } },
          wrong = ("The launch is timed (%s) on %s, in the week %s: a job scheduled in UTC or by a tool in another zone fires an hour early or late against what the plan says."):format(
            t.text, cal.label(y, m, d), trap),
        }
      end
    end
    if t and spread then
      return {
        evidence = { { source = s.source, text = t.text }, { source = "audience", text = table.concat(names, ", ") } },
        wrong = ("The launch moment (%s) has no time zone and the audience spans several (%s): each scheduler, ad platform and email tool applies its own default, and the regions get the launch at different, unplanned hours."):format(
          t.text, table.concat(names, ", ")),
      }
    end
    return nil
  end,
}
