-- release/lib/dates.lua: the launch date's place in the week and the year. The release rules see it
-- as lib.dates.
--
--   parse(s)        -> year, month, day of a "YYYY-MM-DD" string, or nil
--   weekday(s)      -> 1 (Monday) .. 7 (Sunday) for a "YYYY-MM-DD" string, or nil
--   DAY_NAMES       -> { "Monday", ..., "Sunday" }

local M = {}

M.DAY_NAMES = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" }

function M.parse(s)
  local y, m, d = (s or ""):match("^(%d%d%d%d)%-(%d%d)%-(%d%d)$")
  if not y then return nil end
  return tonumber(y), tonumber(m), tonumber(d)
end

-- Days since 1970-01-01 (a Thursday) by the civil-from-days method.
local function days(y, m, d)
  if m <= 2 then y = y - 1 end
  local era = (y >= 0 and y or y - 399) // 400
  local yoe = y - era * 400
  local doy = (153 * (m + (m > 2 and -3 or 9)) + 2) // 5 + d - 1
  return era * 146097 + yoe * 365 + yoe // 4 - yoe // 100 + doy - 719468
end

function M.weekday(s)
  local y, m, d = M.parse(s)
  if not y then return nil end
  return (days(y, m, d) + 3) % 7 + 1
end


return M
