-- dayof.news-clash: the launch needs press and social attention and lands on a day that
-- attention is taken: a competitor's launch, a big event the plan itself names, Black Friday,
-- a US election or the dead week between Christmas and New Year. (Days of remembrance and
-- grief are social.sensitive-date.)

local cal, prose = lib.cal, lib.prose

local CLASH = { "same day as", "same week as", "on the same day as", "clashes with", "coincides with",
  "competitor launch", "competitor's launch", "competitors' launches", "rival launch", "rival's launch",
  "competitor is launching", "competitor announces", "industry conference", "trade show", "apple event",
  "wwdc", "ces", "mobile world congress", "mwc", "ifa", "e3", "world cup final", "super bowl", "cup final",
  "election day", "general election", "budget day", "autumn statement" }

-- A clash phrase counts when its sentence is about a launch, an event or the news.
local NEWSY = { "launch", "launches", "launching", "announce", "announces", "announcement", "event", "conference",
  "keynote", "final", "election", "budget", "show", "competitor", "competitors", "rival", "rivals", "unveil" }

local ATTENTION = { "press release", "press", "media", "journalists", "press launch", "press day", "launch event",
  "paid social", "social media", "newsletter", "announce", "announcement", "announces", "unveil", "unveils" }
local ATTENTION_CHANNELS = { press = true, pr = true, social = true, ["social media"] = true, newsletter = true,
  tv = true, radio = true, media = true }

local function wants_attention(plan, doc)
  for _, c in ipairs(plan.channels or {}) do
    if ATTENTION_CHANNELS[c] then return { source = "channels", text = c } end
  end
  return prose.first(doc, ATTENTION)
end

-- Days on which a launch competes with everyone else, or with nobody reading.
local function busy_day(plan, y, m, d)
  local thanks = cal.nth(y, 11, 4, 4)
  local black = cal.days(y, 11, thanks) + 1
  local n = cal.days(y, m, d)
  if n == black then return "Black Friday, when every retailer is shouting at once" end
  if n == black + 3 then return "Cyber Monday, when every retailer is shouting at once" end
  if (m == 12 and d >= 24) or (m == 1 and d == 1) then
    return "the week between Christmas and New Year, when newsrooms run skeleton crews and few people read"
  end
  local us = false
  for _, k in ipairs(cal.region_keys(plan.audience.regions)) do if k == "us" then us = true end end
  if us and y % 2 == 0 and m == 11 and d == cal.nth(y, 11, 1, 1) + 1 then
    return "US election day, which fills every news slot"
  end
  return nil
end

return {
  id = "dayof.news-clash",
  title = "The launch is drowned out by a competitor or a big news day",
  category = "communication",
  severity = 3, likelihood = 2,
  rationale = "Press and social attention are a fixed budget per day; a competitor's launch or a big event on the same day takes the journalists, the feed and the customers' attention, and a launch nobody heard of cannot be repeated.",
  wrong = "On launch day the press, social feeds and customers are busy with something bigger: a competitor's launch, a major event or a news day. The announcement gets no coverage and the first week's numbers fall short.",
  causes = {
    "The date was fixed by internal deadlines without checking the industry and news calendar",
    "A competitor's launch or a major event was known but considered unrelated",
    "Journalists were pitched for a day on which they are already committed elsewhere",
  },
  prevent = {
    "Check the industry calendar, competitors' announced dates, major sport, elections and budget days for the launch week at T-4w",
    "Ask two friendly journalists at T-3w whether the date works for them and what else they are covering",
    "Keep a fallback date and decide by T-7d whether to move, with the owner named",
    "Prepare an angle that works next to the clashing story rather than against it",
  },
  respond = {
    "If a big story breaks, pause paid promotion and scheduled posts for the day rather than spend into a feed nobody reads",
    "Re-pitch the story to journalists for the following days with a new angle or data",
    "Record coverage against the plan and confirm the calendar check as a standard launch step in writing",
  },
  owner = { "marketing", "lead" },
  due = "T-4w",
  mitigated_by = { "news calendar", "calendar check", "fallback date", "embargo agreed" },
  check = function(plan, doc, hits)
    local attention = wants_attention(plan, doc)
    if not attention then return nil end
    local said = {}
    for _, h in ipairs(prose.said(doc, CLASH)) do
      local sentence = " " .. (doc:sentence(h) or ""):lower():gsub("[^%w]+", " ") .. " "
      for _, w in ipairs(NEWSY) do
        if sentence:find(" " .. w .. " ", 1, true) then said[#said + 1] = h; break end
      end
    end
    if #said > 0 then
      return {
        evidence = { said[1], attention },
        wrong = ("The plan itself names something that competes for attention on launch day (\"%s\"), and the launch relies on press and social (%s): journalists, feeds and customers are busy with the bigger story, and the announcement gets little coverage."):format(
          prose.clause(doc, said[1]), attention.text:lower()),
      }
    end
    local y, m, d = cal.launch(plan)
    local busy = y and busy_day(plan, y, m, d)
    if not busy then return nil end
    return {
      evidence = { { source = "launch_date", text = plan.launch_date }, attention },
      wrong = ("The launch is on %s, %s. An announcement that relies on press and social (%s) gets little coverage and the first week's numbers fall short."):format(
        cal.label(y, m, d), busy, attention.text:lower()),
    }
  end,
}
