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

-- Every key of MONTH_OF starts with one of these.
local MONTH_STEMS = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" }
local ALNUM = {}
for b = 48, 57 do ALNUM[b] = true end
for b = 65, 90 do ALNUM[b], ALNUM[b + 32] = true, true end

-- Where the words (runs of letters and digits) that name a month start in low, in order: found
-- from a plain find of each month's first three letters, not by reading every word of the text.
local function month_words(low)
  local out = {}
  for _, stem in ipairs(MONTH_STEMS) do
    local a = low:find(stem, 1, true)
    while a do
      if not ALNUM[low:byte(a - 1)] and MONTH_OF[low:match("^%w+", a)] then out[#out + 1] = a end
      a = low:find(stem, a + 1, true)
    end
  end
  table.sort(out)
  return out
end

-- The word before the one that starts at a: where it starts, or nil.
local function word_before(low, a)
  local e = a - 1
  while e >= 1 and not ALNUM[low:byte(e)] do e = e - 1 end
  if e < 1 then return nil end
  while ALNUM[low:byte(e - 1)] do e = e - 1 end
  return e
end

-- The word after the one that starts at a: where it starts, or nil.
local function word_after(low, a)
  local b = low:match("^%w*%W*()", a)
  return b <= #low and b or nil
end

-- A date is a day number next to a month name, so only the word before each month name and the
-- month name itself can start one; the words are taken in order as in a scan of every word.
function M.scan(doc, plan)
  local text = doc:text()
  local low = text:lower()
  local function lw(a) return low:match("^%w+", a) end                 -- the word at a, lower case
  local function w(a) return text:sub(a, a + #lw(a) - 1) end           -- the word at a, as written
  local starts, seen = {}, {}
  for _, m in ipairs(month_words(low)) do
    for _, a in ipairs({ word_before(low, m) or m, m }) do
      if not seen[a] then seen[a] = true; starts[#starts + 1] = a end
    end
  end
  table.sort(starts)
  local out, used = {}, {}
  for _, i in ipairs(starts) do
    local m, d, last, wd
    local b = word_after(low, i)
    if b and MONTH_OF[lw(b)] and day_number(w(i)) then                        -- "1 March", "21st June"
      d, m, last = day_number(w(i)), MONTH_OF[lw(b)], b
    elseif b and MONTH_OF[lw(i)] and day_number(w(b)) and not used[i] then    -- "March 1", "June 12th"
      d, m, last = day_number(w(b)), MONTH_OF[lw(i)], b
    end
    if m and not used[i] then
      local first = i
      local p = word_before(low, i)
      if p and DAY_OF[lw(p)] and text:sub(p + #lw(p), i - 1):match("^[%s,]*$") then
        wd, first = DAY_OF[lw(p)], p
      end
      local y = word_after(low, last)
      local year
      if y and lw(y):match("^%d%d%d%d$") and text:sub(last + #lw(last), y - 1):match("^[%s,]*$") then
        year, last = tonumber(lw(y)), y
      end
      used[i], used[b], used[last] = true, true, true
      out[#out + 1] = { text = text:sub(first, last + #lw(last) - 1), day = d, month = m, weekday = wd,
        year_given = year ~= nil, year = year or guess_year(plan, m, d) }
    end
  end
  return out
end

-- Clock times, tried only where a number stands before ":", "am" or "pm" (lib.word.clock_starts):
-- what the patterns "%f[%d]%d%d?:%d%d%f[%D]" and "%f[%d]%d%d?%s?[aApP]%.?[mM]%f[%A]%.?" give over
-- the whole text, in the same order.
function M.times(doc)
  local out, text = {}, doc:text()
  local colon, am_pm = lib.word.clock_starts(text:lower())
  for _, m in ipairs(lib.word.matches_at(text, "^%d%d?:%d%d%f[%D]", colon)) do out[#out + 1] = text:sub(m[1], m[2]) end
  for _, m in ipairs(lib.word.matches_at(text, "^%d%d?%s?[aApP]%.?[mM]%f[%A]%.?", am_pm)) do
    out[#out + 1] = text:sub(m[1], m[2])
  end
  return out
end

return M
