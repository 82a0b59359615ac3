-- data.date-time: a date or time in the announcement is wrong or ambiguous: the weekday does not
-- match the date, the date does not exist, "midnight on" a day, or times without a time zone for an
-- audience that spans several. Runs on every plan; fires only on a found error.

local clauses, dates = lib.clauses, lib.dates

-- UTC offset in winter, by region as plans write it; "multi" for countries with several zones.
local ZONE = { uk = 0, gb = 0, ["united kingdom"] = 0, ie = 0, ireland = 0, pt = 0, portugal = 0, is = 0,
  de = 1, germany = 1, at = 1, austria = 1, nl = 1, netherlands = 1, be = 1, belgium = 1, fr = 1, france = 1,
  es = 1, spain = 1, it = 1, italy = 1, ch = 1, switzerland = 1, dk = 1, denmark = 1, se = 1, sweden = 1,
  no = 1, norway = 1, pl = 1, poland = 1, cz = 1, lu = 1, fi = 2, finland = 2, gr = 2, greece = 2, ro = 2,
  bg = 2, ee = 2, lv = 2, lt = 2, tr = 3, ["in"] = 5.5, india = 5.5, sg = 8, singapore = 8, jp = 9, japan = 9,
  nz = 12, us = "multi", usa = "multi", ["united states"] = "multi", ca = "multi", canada = "multi",
  au = "multi", australia = "multi", br = "multi", mx = "multi", ru = "multi", global = "multi",
  worldwide = "multi", emea = "multi", europe = "multi", eu = "multi", apac = "multi" }
local ONLINE = { "webinar", "virtual event", "online event", "worldwide", "globally", "international audience",
  "wherever you are", "across time zones" }
local ZONED = { "cet", "cest", "gmt", "bst", "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "et", "pt", "ct",
  "aest", "aedt", "ist", "local time", "uk time", "time zone", "timezone", "your time", "london time",
  "berlin time", "new york time" }

-- true when the plan's regions span more than one time zone.
local function many_zones(plan)
  local seen, n = {}, 0
  for _, r in ipairs(plan.audience.regions or {}) do
    local z = ZONE[r:lower()]
    if z == "multi" then return true end
    if z and not seen[z] then seen[z], n = true, n + 1 end
  end
  return n > 1
end

local function hit_of(doc, text)
  return doc:find(text)[1] or { source = "announcement", text = text }
end

return {
  id = "data.date-time",
  title = "A date or time in the announcement is wrong or ambiguous",
  category = "data-quality",
  severity = 3, likelihood = 3,
  rationale = "Dates are retyped in every draft and copied from last year's material; a weekday that does not match its date or a time without a zone sends customers on the wrong day, and printed dates cannot be corrected.",
  wrong = "A date or time in the announcement is wrong or can be read two ways, so customers come on the wrong day or at the wrong hour, or miss the deadline.",
  causes = {
    "The date was changed in one draft and the weekday next to it was not",
    "Last year's material was reused and the weekday or year was not updated",
    "Times are written for the team's time zone while customers read them in their own",
    "'Midnight on 30 April' means the start of the day to some readers and the end to others",
  },
  prevent = {
    "Check every date in the final copy against a calendar (weekday, date, year) and have a second person repeat it at T-5d",
    "Write every time with its time zone when the audience spans more than one, and deadlines as '23:59 on 30 April'",
    "Keep one master list of dates and times for the launch and compare every piece of material against it",
  },
  respond = {
    "Publish the correct date or time at once on every channel and say plainly which one was wrong",
    "Honour the customer's reading for anyone who acted on the wrong date (late entries, early arrivals, missed deadlines)",
    "Correct the website, emails and unprinted material the same day, and tell support and staff what to say",
    "Confirm in writing to the launch lead the dates master list and the calendar check for future material",
  },
  owner = { "marketing", "lead" },
  due = "T-5d",
  mitigated_by = { "dates checked", "dates double-checked", "calendar check" },
  check = function(plan, doc, hits)
    local bad, ev = {}, {}
    for _, d in ipairs(dates.scan(doc, plan)) do
      if d.day < 1 or d.day > dates.month_days(d.year, d.month) then
        bad[#bad + 1] = ("'%s' does not exist: %s has %d days%s"):format(d.text, dates.MONTHS[d.month],
          dates.month_days(d.year, d.month), d.year and (" in " .. d.year) or "")
        ev[#ev + 1] = hit_of(doc, d.text)
      elseif d.weekday and d.year then
        local real = dates.weekday(d.year, d.month, d.day)
        if real ~= d.weekday then
          bad[#bad + 1] = ("'%s' is wrong: %d %s %d is a %s"):format(d.text, d.day, dates.MONTHS[d.month], d.year, dates.DAYS[real])
          ev[#ev + 1] = hit_of(doc, d.text)
        end
      end
    end
    for _, h in ipairs(doc:find("midnight")) do
      local s = (doc:sentence(h) or ""):lower()
      local i = s:find("midnight", 1, true)
      local after = i and s:sub(i + 8, i + 40) or ""
      if after:find("^%s*on%s") or after:find("^%s*,?%s*%a+day") or after:find("^%s*,?%s*%d") then
        bad[#bad + 1] = "'midnight' next to a date can mean the start or the end of that day"
        ev[#ev + 1] = h
        break
      end
    end
    local times = dates.times(doc)
    if #times > 0 and not clauses.any(doc, ZONED) then
      local online = clauses.first(doc, ONLINE)
      if many_zones(plan) or online then
        bad[#bad + 1] = ("times such as %s are given without a time zone, for an audience %s"):format(times[1],
          online and "that joins from several time zones" or "in several time zones")
        ev[#ev + 1] = hit_of(doc, times[1])
        if online then ev[#ev + 1] = online end
        if not online then ev[#ev + 1] = { source = "audience.regions", text = table.concat(plan.audience.regions, ", ") } end
      end
    end
    if #bad == 0 then return nil end
    local text = table.concat(bad, "; ")
    return { evidence = ev,
      wrong = text:sub(1, 1):upper() .. text:sub(2) .. ". Customers act on what is printed: they come on the wrong day or at the wrong hour, or miss the deadline." }
  end,
}
