-- data/lib/dates.lua: dates and times written in an announcement. The data rules see it as lib.dates.
--
--   scan(doc, plan)   -> a list of { text, day, month, year, weekday, year_given } for every date the
--                        announcement writes with a month name ("Monday 1 March 2027", "Sat, June 12",
--                        "31 April"); weekday is the written day name's number 1 (Monday) .. 7 or nil;
--                        a missing year is taken from plan.launch_date (the next year when the date
--                        would fall more than 60 days before launch), or nil when there is none
--   weekday(y, m, d)  -> 1 (Monday) .. 7 (Sunday)
--   month_days(y, m)  -> days in that month (y nil: February has 29)
--   DAYS, MONTHS      -> full English names, Monday first and January first
--   times(doc)        -> the clock times written in the announcement ("18:30", "7pm", "10 a.m.")

local M = {}

M.DAYS = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" }
M.MONTHS = { "January", "February", "March", "April", "May", "June", "July", "August", "September",
  "October", "November", "December" }

local DAY_OF, MONTH_OF = {}, {}
for i, n in ipairs(M.DAYS) do
  local l = n:lower()
  DAY_OF[l], DAY_OF[l:sub(1, 3)] = i, i
end
DAY_OF.tues, DAY_OF.weds, DAY_OF.thur, DAY_OF.thurs = 2, 3, 4, 4
for i, n in ipairs(M.MONTHS) do
  local l = n:lower()
  MONTH_OF[l], MONTH_OF[l:sub(1, 3)] = i, i
end
MONTH_OF.sept = 9

-- Sakamoto's method.
local OFFSET = { 0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4 }
function M.weekday(y, m, d)
  if m < 3 then y = y - 1 end
  local w = (y + y // 4 - y // 100 + y // 400 + OFFSET[m] + d) % 7   -- 0 = Sunday
  return w == 0 and 7 or w
end

function M.month_days(y, m)
  if m == 2 then
    if not y then return 29 end
    return ((y % 4 == 0 and y % 100 ~= 0) or y % 400 == 0) and 29 or 28
  end
  return (m == 4 or m == 6 or m == 9 or m == 11) and 30 or 31
end

-- "1", "1st", "21st", "3rd": the day number, else nil.
local function day_number(s)
  local n = s:match("^(%d%d?)$") or s:match("^(%d%d?)st$") or s:match("^(%d%d?)nd$") or s:match("^(%d%d?)rd$")
    or s:match("^(%d%d?)th$")
  return n and tonumber(n)
end

local function guess_year(plan, m, d)
  local ly, lm, ld = (plan.launch_date or ""):match("^(%d%d%d%d)%-(%d%d)%-(%d%d)$")
  if not ly then return nil end
  ly, lm, ld = tonumber(ly), tonumber(lm), tonumber(ld)
  if (lm - m) * 31 + (ld - d) > 60 then return ly + 1 end
  return ly
end

function M.scan(doc, plan)
  -- the words of the text: where each starts and its lower case (one lower() for the whole text)
  local text, at, low = doc:text(), {}, {}
  for pos, l in text:lower():gmatch("()(%w+)") do at[#at + 1], low[#low + 1] = pos, l end
  local function word(k) return text:sub(at[k], at[k] + #low[k] - 1) end
  local out, used = {}, {}
  for i = 1, #at do
    local m, d, last, wd
    local b = low[i + 1]
    if b and MONTH_OF[b] and day_number(word(i)) then                         -- "1 March", "21st June"
      d, m, last = day_number(word(i)), MONTH_OF[b], i + 1
    elseif b and MONTH_OF[low[i]] and day_number(word(i + 1)) and not used[i] then   -- "March 1", "June 12th"
      d, m, last = day_number(word(i + 1)), MONTH_OF[low[i]], i + 1
    end
    if m and not used[i] then
      local first = i
      local p = low[i - 1]
      if p and DAY_OF[p] and text:sub(at[i - 1] + #p, at[i] - 1):match("^[%s,]*$") then
        wd, first = DAY_OF[p], i - 1
      end
      local y = low[last + 1]
      local year
      if y and y:match("^%d%d%d%d$") and text:sub(at[last] + #low[last], at[last + 1] - 1):match("^[%s,]*$") then
        year, last = tonumber(y), last + 1
      end
      for k = i, last do used[k] = true end
      local from, to = at[first], at[last] + #low[last] - 1
      out[#out + 1] = { text = text:sub(from, to), day = d, month = m, weekday = wd, year_given = year ~= nil,
        year = year or guess_year(plan, m, d) }
    end
  end
  return out
end

function M.times(doc)
  local out, text = {}, doc:text()
  for t in text:gmatch("%f[%d]%d%d?:%d%d%f[%D]") do out[#out + 1] = t end
  for t in text:gmatch("%f[%d]%d%d?%s?[aApP]%.?[mM]%f[%A]%.?") do out[#out + 1] = t end
  return out
end

return M
