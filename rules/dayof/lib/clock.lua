-- lib/clock.lua: times of day and opening hours in a plan. The dayof rules see this table as
-- lib.clock.
--
--   times(s)          -> a new list of { at = minutes after midnight, text, zone } for each clock time
--                        in s ("06:00", "7.30 pm", "9am", "12:00 CET"); zone is the time-zone word right
--                        after the time ("CET", "UTC", "local time"), or nil. Amounts of money
--                        ("£5.50") are not times.
--   hhmm(minutes)     -> "06:00"
--   support(doc)      -> what the plan says about when customers can reach someone:
--                        { days = set of weekdays (0 = Sunday), open, close (minutes, or nil),
--                          holidays (true when bank holidays are said to be covered),
--                          said (the days as the plan puts them: "weekdays", "Monday to Saturday"),
--                          sentence (the text of the sentence that says it),
--                          evidence (a hit or sentence), what (how to name it: "the hotline") },
--                        or nil when no sentence about support gives days

local M = {}

local word = lib.word

local ZONES = { "utc", "gmt", "bst", "cet", "cest", "eet", "eest", "wet", "west", "et", "est", "edt", "ct",
  "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "aest", "aedt", "jst", "ist", "sgt", "hkt",
  "local time", "your local time", "uk time", "london time", "central european time", "eastern time",
  "pacific time" }

local function zone_after(low, pos)
  local rest = low:sub(pos, pos + 30):gsub("^%s*%(?", "")
  for _, z in ipairs(ZONES) do
    if rest:sub(1, #z) == z and not rest:sub(#z + 1, #z + 1):find("%a") then return z end
  end
  return nil
end

-- Each pattern is tried only where a number stands before ":", "." or "am"/"pm"
-- (lib.word.clock_starts), as "%f[%d]" patterns over the whole sentence would.
function M.times(s)
  local out, low = {}, s:lower()
  local colon, am_pm = word.clock_starts(low)
  for _, x in ipairs(word.matches_at(low, "^(%d%d?)[:%.](%d%d)%f[%D]", colon)) do   -- "06:00", "7.30 pm"
    local a, b, hour, min = x[1], x[2], tonumber(x[3]), tonumber(x[4])
    local ap, e = low:match("^%s?([ap])%.?m%.?()", b + 1)
    if ap == "p" and hour < 12 then hour = hour + 12 elseif ap == "a" and hour == 12 then hour = 0 end
    if hour < 24 and min < 60 and not low:sub(math.max(1, a - 3), a - 1):find("[$\163\172]") then
      local stop = e and e - 1 or b
      out[#out + 1] = { at = hour * 60 + min, text = s:sub(a, stop), zone = zone_after(low, stop + 1) }
    end
  end
  for _, x in ipairs(word.matches_at(low, "^(%d%d?)%s?([ap])%.?m%.?%f[%A]", am_pm)) do   -- "9am", "7 p.m."
    local a, b, h, ap = x[1], x[2], x[3], x[4]
    if not low:sub(a - 1, a - 1):find("[%d:%.]") and tonumber(h) <= 12 then
      out[#out + 1] = { at = (tonumber(h) % 12 + (ap == "p" and 12 or 0)) * 60, text = s:sub(a, b),
                        zone = zone_after(low, b + 1) }
    end
  end
  return out
end

function M.hhmm(minutes)
  return ("%02d:%02d"):format(minutes // 60 % 24, minutes % 60)
end

-- Support channels, with how to name them.
local CONTACT = { { "hotline", "the hotline" }, { "helpline", "the helpline" }, { "phone line", "the phone line" },
  { "lines", "the phone lines" }, { "call centre", "the call centre" }, { "customer service", "customer service" },
  { "support", "support" }, { "live chat", "live chat" }, { "in-app chat", "in-app chat" }, { "chat", "chat" },
  { "help desk", "the help desk" }, { "helpdesk", "the help desk" }, { "service desk", "the service desk" },
  { "box office", "the box office" } }

local DAY_INDEX = { sunday = 0, monday = 1, tuesday = 2, wednesday = 3, thursday = 4, friday = 5, saturday = 6,
  sun = 0, mon = 1, tue = 2, tues = 2, wed = 3, thu = 4, thur = 4, thurs = 4, fri = 5, sat = 6 }

local NICE = { [0] = "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" }

local ALL_DAYS = { "24/7", "24 hours a day", "seven days a week", "7 days a week", "every day", "daily",
  "365 days", "including weekends", "weekends included", "round the clock", "around the clock" }
local WEEKDAYS = { "weekdays", "on weekdays", "working days", "business days", "office hours", "working hours" }
local HOLIDAYS_COVERED = { "24/7", "365 days", "including bank holidays", "bank holidays included",
  "including public holidays", "every day of the year", "round the clock", "around the clock" }

-- The position of phrase as a whole word in low, or nil.
local function has(low, phrase)
  return (lib.word.at(low, phrase, "%w"))
end

local function day_set(low)
  for _, p in ipairs(ALL_DAYS) do
    if has(low, p) then return { [0] = true, true, true, true, true, true, true }, p end
  end
  local w = {} -- "monday to saturday", "mon-fri", "Mon–Sat": day, "to", day
  for word in low:gsub("\226\128\147", "-"):gsub("%-", " to "):gmatch("%a+") do w[#w + 1] = word end
  for i = 1, #w - 2 do
    local x, y = DAY_INDEX[w[i]], DAY_INDEX[w[i + 2]]
    if x and y and w[i + 1] == "to" then
      local set, k = {}, x
      repeat set[k] = true; k = (k + 1) % 7 until k == (y + 1) % 7
      return set, NICE[x] .. " to " .. NICE[y]
    end
  end
  for _, p in ipairs(WEEKDAYS) do
    if has(low, p) then return { [1] = true, [2] = true, [3] = true, [4] = true, [5] = true }, p end
  end
  return nil
end

function M.support(doc)
  local sentences, lows = doc:sentences(), {}
  for i, s in ipairs(sentences) do lows[i] = s.text:lower() end
  local all, contacts = table.concat(lows, "\n"), {}   -- the contacts the plan names at all
  for _, c in ipairs(CONTACT) do
    if has(all, c[1]) then contacts[#contacts + 1] = c end
  end
  for i, s in ipairs(sentences) do
    local low = lows[i]
    local what, first -- the contact named earliest in the sentence
    for _, c in ipairs(contacts) do
      local at = has(low, c[1])
      if at and (not first or at < first) then what, first = c[2], at end
    end
    local days, phrase = nil, nil
    if what then days, phrase = day_set(low) end
    if days then
      local t = M.times(s.text)
      local covered = false
      for _, p in ipairs(HOLIDAYS_COVERED) do if has(low, p) then covered = true end end
      local hit
      for _, h in ipairs(doc:find(phrase)) do
        if doc:sentence(h) == s.text then hit = h; break end
      end
      return { days = days, open = t[1] and t[1].at, close = t[2] and t[2].at, holidays = covered, what = what, said = phrase,
               sentence = s.text,
               evidence = hit or { source = s.source, text = s.text, line = s.line, column = s.column } }
    end
  end
  return nil
end

return M
