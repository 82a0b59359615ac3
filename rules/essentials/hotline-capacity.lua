-- essentials.hotline-capacity: too few hotline lines for the calls the launch creates.

local lang, channels = lib.lang, lib.channels

-- Sizing assumptions, stated in the item so the reader can argue with them.
local CALL_RATE = 0.03   -- share of the expected audience that calls in launch week
local PEAK_SHARE = 0.4   -- share of those calls that arrive on the busiest day
local CALL_MINUTES = 6   -- average handling time per call
local OCCUPANCY = 0.7    -- realistic share of an open hour a line is busy
local DEFAULT_HOURS = 8  -- open hours a day, unless facts.hotline_hours says otherwise

local WORDNUM = { one = 1, two = 2, three = 3, four = 4, five = 5, six = 6, seven = 7, eight = 8,
  nine = 9, ten = 10, eleven = 11, twelve = 12, fifteen = 15, twenty = 20, thirty = 30 }
local LINE_WORDS = { phone = true, telephone = true, hotline = true, incoming = true, call = true, support = true }

local function num(w)
  return tonumber(w) or WORDNUM[w]
end

-- Number of lines: plan.facts.hotline_lines, else "4 lines" / "two phone lines" in the text.
local function stated_lines(plan, doc)
  local facts = plan.facts
  local v = facts and tonumber(facts.hotline_lines)
  if v then return v end
  local low = lang.norm(doc:text())
  for w in low:gmatch("(%w+) lines") do
    if num(w) then return num(w) end
  end
  for w, kind in low:gmatch("(%w+) (%a+) lines") do
    if num(w) and LINE_WORDS[kind] then return num(w) end
  end
  return nil
end

local function thousands(n)
  local s = tostring(math.floor(n + 0.5))
  local out = s:reverse():gsub("(%d%d%d)", "%1,"):reverse()
  return (out:gsub("^,", ""))
end

local function plural(n, word)
  return n == 1 and ("1 " .. word) or (thousands(n) .. " " .. word .. "s")
end

return {
  id = "essentials.hotline-capacity",
  title = "The hotline cannot take the calls",
  category = "capacity",
  severity = 4, likelihood = 4,
  rationale = "Launch announcements create a call peak in the first hours; busy tones and long queues are the most visible failure and turn questions into complaints.",
  triggers = { "hotline", "hotlines", "helpline", "call centre", "call center", "phone line", "phone lines",
               "freephone", "toll-free number", "call us", "customer line" },
  channels = { "hotline", "phone" },
  wrong = "The hotline has too few lines for the calls the launch creates: callers get busy tones or wait for half an hour, and hang up angry.",
  causes = {
    "Lines were sized for an ordinary week, not for the peak that the announcement itself creates",
    "The announcement sends every question to the phone because the website has no FAQ",
    "Operators also answer email or chat and are pulled off the phones at the peak",
    "Calls bunch in the first hours after the announcement and at lunchtime instead of spreading over the day",
  },
  prevent = {
    "Estimate launch-week calls from the expected audience and size lines and operators for the peak day, not the average",
    "Arrange overflow before launch: a call-back option, a queue message pointing to the web FAQ, or an overflow agency booked for launch week",
    "Publish a web FAQ and put its short URL in the queue message and in the announcement",
    "Watch queue times and abandoned calls hourly on launch day, with a named person who can add operators",
  },
  respond = {
    "Acknowledge the waiting times at once in the queue message and on social channels, with the FAQ link and the quietest times to call",
    "Open overflow lines or call-back and move trained staff from other desks onto the phones",
    "Call back every number on the missed-call list within one working day",
    "Record the real peak against the estimate and confirm the line count for the next campaign in writing",
  },
  owner = { "support", "lead" },
  due = "T-14d",
  mitigated_by = { "overflow lines", "overflow line", "call-back option", "callback option", "call-back service",
                   "overflow agency", "virtual queue" },
  check = function(plan, doc, hits)
    local pos = lang.positive(doc, hits)
    if #pos == 0 and not channels.first(plan, { "hotline", "phone" }) then return nil end
    local lines = stated_lines(plan, doc)
    local audience = plan.audience
    local expected = audience and tonumber(audience.expected)
    local facts = plan.facts
    local hours = (facts and tonumber(facts.hotline_hours)) or DEFAULT_HOURS
    if not lines then
      local tail = expected and (" for about " .. thousands(expected) .. " expected customers") or ""
      return {
        evidence = pos,
        wrong = "The plan offers a hotline but does not say how many lines it has" .. tail
          .. ", so nobody has checked it against the calls the launch will create. Callers may get busy tones or wait for half an hour and hang up angry.",
      }
    end
    if not expected then
      if lines <= 1 then
        return {
          evidence = pos,
          wrong = "The hotline has a single line: one long call and every other caller gets a busy tone, and one sick operator closes the hotline.",
        }
      end
      return nil
    end
    local calls = math.ceil(expected * CALL_RATE * PEAK_SHARE)
    local per_line = math.floor(hours * 60 / CALL_MINUTES * OCCUPANCY)
    if calls <= lines * per_line then return nil end
    local needed = math.ceil(calls / per_line)
    return {
      evidence = pos,
      wrong = ("The hotline has %s for about %s expected customers. If %d%% of them call in launch week and %d%% of those calls come on the busiest day, that is about %s calls; %s can take about %s a day (%d-minute calls, %d open hours, %d%% occupancy). You need about %s, or callers get busy tones and long queues."):format(
        plural(lines, "line"), thousands(expected), math.floor(CALL_RATE * 100 + 0.5), math.floor(PEAK_SHARE * 100 + 0.5),
        thousands(calls), plural(lines, "line"), thousands(lines * per_line), CALL_MINUTES, hours,
        math.floor(OCCUPANCY * 100 + 0.5), plural(needed, "line")),
    }
  end,
}
