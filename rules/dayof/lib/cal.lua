-- lib/cal.lua: calendar arithmetic for the launch day. The dayof rules see this table as lib.cal.
-- Pure arithmetic on the proleptic Gregorian calendar; no time zones, no os.date.
--
--   parse(s)                  -> y, m, d from "YYYY-MM-DD", or nil
--   launch(plan)              -> y, m, d of plan.launch_date, or nil
--   days(y, m, d)             -> day number (days since 1970-01-01)
--   date(n)                   -> y, m, d of a day number
--   weekday(y, m, d)          -> 0 = Sunday .. 6 = Saturday
--   nth(y, m, wd, n)          -> day of month of the n-th weekday wd in month m (n = -1: the last)
--   easter(y)                 -> m, d of Easter Sunday
--   holiday(y, m, d, regions) -> the name of the public holiday on that date in one of the plan's
--                                regions ("Good Friday (UK)"), or nil; regions as in plan.audience
--   region_keys(regions)      -> a new list of the known region keys ("uk", "de", "us", ...)
--   label(y, m, d)            -> "Saturday 12 June 2027"
--   DAY_NAMES                 -> { [0] = "Sunday", ..., [6] = "Saturday" }

local M = {}

M.DAY_NAMES = { [0] = "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" }
local MONTHS = { "January", "February", "March", "April", "May", "June", "July", "August", "September",
  "October", "November", "December" }

function M.parse(s)
  local y, m, d = (s or ""):match("^(%d%d%d%d)-(%d%d)-(%d%d)$")
  if not y then return nil end
  return tonumber(y), tonumber(m), tonumber(d)
end

function M.launch(plan)
  return M.parse(plan.launch_date)
end

-- Howard Hinnant's days_from_civil / civil_from_days.
function M.days(y, m, d)
  y = m <= 2 and y - 1 or y
  local era = (y >= 0 and y or y - 399) // 400
  local yoe = y - era * 400
  local doy = (153 * (m + (m > 2 and -3 or 9)) + 2) // 5 + d - 1
  local doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
  return era * 146097 + doe - 719468
end

function M.date(n)
  n = n + 719468
  local era = (n >= 0 and n or n - 146096) // 146097
  local doe = n - era * 146097
  local yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
  local doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
  local mp = (5 * doy + 2) // 153
  local d = doy - (153 * mp + 2) // 5 + 1
  local m = mp < 10 and mp + 3 or mp - 9
  return yoe + era * 400 + (m <= 2 and 1 or 0), m, d
end

function M.weekday(y, m, d)
  return (M.days(y, m, d) + 4) % 7 -- 1970-01-01 was a Thursday
end

function M.nth(y, m, wd, n)
  if n > 0 then
    local first = M.weekday(y, m, 1)
    return 1 + (wd - first) % 7 + (n - 1) * 7
  end
  local ny, nm = m == 12 and y + 1 or y, m == 12 and 1 or m + 1
  local _, _, last = M.date(M.days(ny, nm, 1) - 1)
  return last - (M.weekday(y, m, last) - wd) % 7
end

-- Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
function M.easter(y)
  local a, b, c = y % 19, y // 100, y % 100
  local f = (b + 8) // 25
  local g = (b - f + 1) // 3
  local h = (19 * a + b - b // 4 - g + 15) % 30
  local l = (32 + 2 * (b % 4) + 2 * (c // 4) - h - c % 4) % 7
  local m = (a + 11 * h + 22 * l) // 451
  local n = h + l - 7 * m + 114
  return n // 31, n % 31 + 1
end

local ALIASES = { uk = "uk", gb = "uk", ["united kingdom"] = "uk", england = "uk", scotland = "uk", wales = "uk",
  britain = "uk", ["great britain"] = "uk", ie = "ie", ireland = "ie", de = "de", germany = "de",
  at = "at", austria = "at", nl = "nl", netherlands = "nl", ["the netherlands"] = "nl", fr = "fr", france = "fr",
  us = "us", usa = "us", ["united states"] = "us" }

function M.region_keys(regions)
  local out, seen = {}, {}
  for _, r in ipairs(regions or {}) do
    local k = type(r) == "string" and ALIASES[r:lower():gsub("^%s+", ""):gsub("%s+$", "")]
    if k and not seen[k] then seen[k] = true; out[#out + 1] = k end
  end
  return out
end

-- Fixed-date holidays: "MM-DD" -> name; observed on the next Monday (UK, IE) or the nearest weekday
-- (US) when they fall at a weekend.
local FIXED = {
  uk = { ["01-01"] = "New Year's Day", ["12-25"] = "Christmas Day", ["12-26"] = "Boxing Day" },
  ie = { ["01-01"] = "New Year's Day", ["03-17"] = "St Patrick's Day", ["12-25"] = "Christmas Day",
         ["12-26"] = "St Stephen's Day" },
  de = { ["01-01"] = "New Year's Day", ["05-01"] = "Labour Day", ["10-03"] = "German Unity Day",
         ["12-25"] = "Christmas Day", ["12-26"] = "Boxing Day" },
  at = { ["01-01"] = "New Year's Day", ["01-06"] = "Epiphany", ["05-01"] = "Labour Day",
         ["08-15"] = "Assumption Day", ["10-26"] = "National Day", ["11-01"] = "All Saints' Day",
         ["12-08"] = "Immaculate Conception", ["12-25"] = "Christmas Day", ["12-26"] = "St Stephen's Day" },
  nl = { ["01-01"] = "New Year's Day", ["12-25"] = "Christmas Day", ["12-26"] = "Boxing Day" },
  fr = { ["01-01"] = "New Year's Day", ["05-01"] = "Labour Day", ["05-08"] = "Victory in Europe Day",
         ["07-14"] = "Bastille Day", ["08-15"] = "Assumption Day", ["11-01"] = "All Saints' Day",
         ["11-11"] = "Armistice Day", ["12-25"] = "Christmas Day" },
  us = { ["01-01"] = "New Year's Day", ["06-19"] = "Juneteenth", ["07-04"] = "Independence Day",
         ["11-11"] = "Veterans Day", ["12-25"] = "Christmas Day" },
}
-- Days after Easter Sunday.
local EASTER = {
  uk = { [-2] = "Good Friday", [1] = "Easter Monday" },
  ie = { [1] = "Easter Monday" },
  de = { [-2] = "Good Friday", [1] = "Easter Monday", [39] = "Ascension Day", [50] = "Whit Monday" },
  at = { [1] = "Easter Monday", [39] = "Ascension Day", [50] = "Whit Monday", [60] = "Corpus Christi" },
  nl = { [-2] = "Good Friday", [1] = "Easter Monday", [39] = "Ascension Day", [50] = "Whit Monday" },
  fr = { [1] = "Easter Monday", [39] = "Ascension Day", [50] = "Whit Monday" },
  us = {},
}
-- Weekday rules: { month, weekday, n, name }.
local NTH = {
  uk = { { 5, 1, 1, "Early May bank holiday" }, { 5, 1, -1, "Spring bank holiday" },
         { 8, 1, -1, "Summer bank holiday" } },
  ie = { { 5, 1, 1, "May bank holiday" }, { 6, 1, 1, "June bank holiday" }, { 8, 1, 1, "August bank holiday" },
         { 10, 1, -1, "October bank holiday" } },
  us = { { 1, 1, 3, "Martin Luther King Jr. Day" }, { 2, 1, 3, "Presidents' Day" }, { 5, 1, -1, "Memorial Day" },
         { 9, 1, 1, "Labor Day" }, { 10, 1, 2, "Columbus Day" }, { 11, 4, 4, "Thanksgiving" } },
}

local function fixed_on(key, y, m, d)
  local t = FIXED[key]
  local name = t[("%02d-%02d"):format(m, d)]
  if name then return name end
  local wd = M.weekday(y, m, d)
  if key == "us" then -- Saturday holidays are observed on Friday, Sunday ones on Monday
    for _, delta in ipairs({ 1, -1 }) do
      local yy, mm, dd = M.date(M.days(y, m, d) + delta)
      local n = t[("%02d-%02d"):format(mm, dd)]
      local owd = M.weekday(yy, mm, dd)
      if n and ((delta == 1 and owd == 6) or (delta == -1 and owd == 0)) then return n .. " (observed)" end
    end
  elseif key == "uk" or key == "ie" then -- a weekend holiday moves to Monday; two of them to Monday and Tuesday
    local function at(back)
      local yy, mm, dd = M.date(M.days(y, m, d) - back)
      return t[("%02d-%02d"):format(mm, dd)]
    end
    if wd == 1 and (at(1) or at(2)) then return (at(2) or at(1)) .. " (substitute day)" end
    if wd == 2 and at(2) and at(3) then return at(2) .. " (substitute day)" end
  end
  return nil
end

function M.holiday(y, m, d, regions)
  local n = M.days(y, m, d)
  local em, ed = M.easter(y)
  local offset = n - M.days(y, em, ed)
  for _, key in ipairs(M.region_keys(regions)) do
    local name = fixed_on(key, y, m, d) or EASTER[key][offset]
    if key == "nl" and m == 4 and ((d == 27 and M.weekday(y, 4, 27) ~= 0) or (d == 26 and M.weekday(y, 4, 27) == 0)) then
      name = "King's Day"
    end
    for _, r in ipairs(NTH[key] or {}) do
      if r[1] == m and M.nth(y, m, r[2], r[3]) == d then name = r[4] end
    end
    if name then return ("%s (%s)"):format(name, key:upper()) end
  end
  return nil
end

function M.label(y, m, d)
  return ("%s %d %s %d"):format(M.DAY_NAMES[M.weekday(y, m, d)], d, MONTHS[m], y)
end

return M
