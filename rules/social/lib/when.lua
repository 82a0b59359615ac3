-- lib/when.lua: dates in a plan. The social rules see this table as lib.when.
--
--   launch(plan)          -> y, m, d of plan.launch_date; nil when it is missing or malformed
--   day_number(y, m, d)   -> days since 1970-01-01 (proleptic Gregorian), for differences
--   weekday(y, m, d)      -> 0 = Sunday ... 6 = Saturday
--   weekday_name(y, m, d) -> "Sunday" ... "Saturday"
--   in_text(s, year)      -> m, d, y of the first date written in s ("25 February",
--                            "February 25", "1 March 2027", "Tuesday 13 April"); the year
--                            defaults to the given one; nil when s names no date
--   days_before(plan, s)  -> how many days the first date in s lies before the launch date
--                            (negative when after); nil when either date is unknown
--   label(m, d)           -> "25 February"

local M = {}

local MONTHS = { january = 1, february = 2, march = 3, april = 4, may = 5, june = 6, july = 7,
  august = 8, september = 9, october = 10, november = 11, december = 12,
  jan = 1, feb = 2, mar = 3, apr = 4, jun = 6, jul = 7, aug = 8, sep = 9, sept = 9, oct = 10,
  nov = 11, dec = 12 }
local NAMES = { "January", "February", "March", "April", "May", "June", "July", "August",
  "September", "October", "November", "December" }
local DAYS = { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" }

function M.launch(plan)
  local y, m, d = tostring(plan.launch_date or ""):match("^(%d%d%d%d)%-(%d%d)%-(%d%d)$")
  if not y then return nil end
  return tonumber(y), tonumber(m), tonumber(d)
end

function M.day_number(y, m, d)
  -- Howard Hinnant's days_from_civil
  if m <= 2 then y = y - 1 end
  local era = (y >= 0 and y or y - 399) // 400
  local yoe = y - era * 400
  local mp = (m + 9) % 12
  local doy = (153 * mp + 2) // 5 + d - 1
  local doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
  return era * 146097 + doe - 719468
end

function M.weekday(y, m, d)
  return (M.day_number(y, m, d) + 4) % 7
end

function M.weekday_name(y, m, d)
  return DAYS[M.weekday(y, m, d) + 1]
end

-- Reads "25 February", "25th February 2027", "February 25" and "February 25, 2027" from a list
-- of lower-case word tokens; the text is cut into tokens first so that no pattern has to
-- backtrack over it.
local function day(tok)
  local d = tok and tonumber(tok:match("^(%d%d?)%a*$") or "")
  return d and d >= 1 and d <= 31 and d or nil
end

function M.in_text(s, year)
  local t = {}
  for w in s:lower():gmatch("%w+") do t[#t + 1] = w end
  for i = 1, #t do
    local d, m = day(t[i]), MONTHS[t[i + 1] or ""]
    if d and m then
      return m, d, tonumber((t[i + 2] or ""):match("^%d%d%d%d$") or "") or year
    end
    m, d = MONTHS[t[i]], day(t[i + 1])
    if m and d then
      return m, d, tonumber((t[i + 2] or ""):match("^%d%d%d%d$") or "") or year
    end
  end
  return nil
end

function M.days_before(plan, s)
  local y, m, d = M.launch(plan)
  if not y then return nil end
  local m2, d2, y2 = M.in_text(s, y)
  if not m2 then return nil end
  return M.day_number(y, m, d) - M.day_number(y2, m2, d2), m2, d2
end

function M.label(m, d)
  return ("%d %s"):format(d, NAMES[m])
end

return M
