-- lib/clock.lua: days and opening hours (lib.clock).
--
--   weekday(date)     -> 1 (Monday) .. 7 (Sunday) for "YYYY-MM-DD", or nil
--   day_name(n)       -> "Monday" .. "Sunday"
--   open_days(s)      -> set { [1] = true, ... } of the days a lower-case sentence says a channel is open
--                        ("Monday to Saturday", "Mon-Fri", "weekdays", "7 days a week", "24/7"), or nil
--   hours(s)          -> the opening hours written in s ("8:00-20:00", "10:00 to 16:00", "9am to 5pm"), or nil
--   DAY_PHRASES       -> phrases that state opening days, for rule triggers

local M = {}

local DAYS = { monday = 1, mon = 1, tuesday = 2, tue = 2, tues = 2, wednesday = 3, wed = 3, thursday = 4,
  thu = 4, thurs = 4, friday = 5, fri = 5, saturday = 6, sat = 6, sunday = 7, sun = 7 }
local NAMES = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" }
local EVERY_DAY = { "24/7", "24 hours a day", "7 days a week", "seven days a week", "every day", "daily",
  "365 days", "around the clock" }
local WEEKDAYS = { "weekdays", "weekday", "working days", "working day", "business days", "business hours",
  "office hours" }
local RANGE_WORDS = { to = true, ["until"] = true, through = true, till = true }
local DASHES = { ["-"] = true, ["--"] = true, ["\226\128\147"] = true }

M.DAY_PHRASES = { "monday to friday", "monday to saturday", "monday to sunday", "monday to thursday",
  "tuesday to saturday", "mon-fri", "mon to fri", "mon-sat", "mon to sat", "monday-friday", "monday-saturday",
  "weekdays", "on weekdays", "working days", "business days", "business hours", "office hours",
  "7 days a week", "seven days a week", "24/7", "every day" }

function M.weekday(date)
  local y, m, d = (date or ""):match("^(%d%d%d%d)%-(%d%d)%-(%d%d)$")
  if not y then return nil end
  y, m, d = tonumber(y), tonumber(m), tonumber(d)
  local t = { 0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4 }
  if m < 3 then y = y - 1 end
  local w = (y + y // 4 - y // 100 + y // 400 + t[m] + d) % 7
  return w == 0 and 7 or w
end

function M.day_name(n) return NAMES[n] end

local function add_range(set, a, b)
  local i = a
  for _ = 1, 7 do
    set[i] = true
    if i == b then break end
    i = i % 7 + 1
  end
end

function M.open_days(s)
  local set, any = {}, false
  for _, p in ipairs(EVERY_DAY) do
    if s:find(p, 1, true) then add_range(set, 1, 7); return set end
  end
  for _, p in ipairs(WEEKDAYS) do
    if lib.word.framed(s, p, "%a") then add_range(set, 1, 5); any = true end
  end
  if lib.word.framed(s, "weekend", "%a") or lib.word.framed(s, "weekends", "%a") then set[6], set[7], any = true, true, true end
  -- "monday to friday", "mon-fri", "tuesday – saturday"
  local words = {}
  for at, w in s:gmatch("()(%a+)") do words[#words + 1] = { at = at, w = w } end
  for i = 1, #words - 1 do
    local a, nxt = DAYS[words[i].w], words[i + 1]
    if a then
      local between = s:sub(words[i].at + #words[i].w, nxt.at - 1):gsub("%s", "")
      local b
      if between == "" and RANGE_WORDS[nxt.w] and words[i + 2] then b = DAYS[words[i + 2].w]
      elseif DASHES[between] then b = DAYS[nxt.w] end
      if b then add_range(set, a, b); any = true end
    end
  end
  return any and set or nil
end

function M.hours(s)
  local times = {}
  for at, e in s:gmatch("()%d%d?[:%.]%d%d()") do times[#times + 1] = { at = at, e = e } end
  for at, e in s:gmatch("()%d%d? ?[ap]m()") do times[#times + 1] = { at = at, e = e } end
  table.sort(times, function(x, y) return x.at < y.at end)
  for i = 1, #times - 1 do
    local between = s:sub(times[i].e, times[i + 1].at - 1)
    local bare = between:gsub("%s", "")
    if #between <= 6 and (DASHES[bare] or bare == "to") then return s:sub(times[i].at, times[i + 1].e - 1) end
  end
  return nil
end

return M
