-- lib/words.lua: reading an event plan. The events rules see this table as lib.words.
--
--   denied(doc, hit)          -> true when one of the four words before the hit, in its clause,
--                                denies it ("no catering", "there won't be a bar") or "-free" follows
--   real(doc, hits)           -> a new list of the hits that are not denied
--   possessive(doc, hit)      -> true when "'s" follows the hit ("Children's Hospice" names a
--                                charity, not children at the event)
--   found(doc, phrases)       -> a new list of the hits of all phrases that are not denied
--   any(doc, phrases)         -> the first of found(doc, phrases), or nil
--   unhandled(plan, doc, hits, handled)
--                             -> the hits that are not denied, or an empty list when the plan is
--                                not an event or says (not denied) one of the phrases in handled
--   is_event(plan, doc, online_ok)
--                             -> true when the plan is about people gathering somewhere: guests,
--                                tickets, a venue, doors, an event word, or an "event"/"venue" channel;
--                                a webinar or other online-only event counts only when online_ok
--   headcount(plan, doc)      -> the number of people expected: audience.expected, else "320 guests",
--                                "expect around 1,500 visitors"; nil when the plan does not say
--   clock(s)                  -> a new list of { at = minutes after midnight, text } for each clock
--                                time in s: "18:30", "7.30pm", "11 pm", "midnight", "noon"
--   label(hit)                -> the hit's text with white space folded, in lower case unless it
--                                holds a capital after its first letter ("DJ", "PA system")
--   name_after(doc, hit)      -> the capitalised name right after the hit in its clause
--                                ("headlined by The Night Owls, ..." -> "The Night Owls"), or nil
--   thousands(n)              -> "1,500"
--   concat(...)               -> a new list: the items of each list argument in turn
--   phrases_of(groups)        -> a new list of every phrase in groups (a list of tables with .phrases)

local M = {}

local NOT = { no = true, ["not"] = true, without = true, never = true, none = true, nor = true, cannot = true }

function M.denied(doc, hit)
  local s = (doc:sentence(hit) or hit.text):lower()
  local start = s:find(hit.text:lower(), 1, true) or 1
  if s:sub(start + #hit.text, start + #hit.text + 4) == "-free" then return true end
  local last = {}
  for w in lib.clause.tail(s:sub(1, start - 1), ",;:%(%)"):gmatch("[%a']+") do table.insert(last, 1, w) end
  for i = 1, math.min(4, #last) do
    if NOT[last[i]] or last[i]:find("n't$") then return true end
  end
  return false
end

function M.possessive(doc, hit)
  local s = doc:sentence(hit) or ""
  local at = s:lower():find(hit.text:lower(), 1, true)
  local after = at and s:sub(at + #hit.text, at + #hit.text + 3) or ""
  return after:find("^'s") ~= nil or after:find("^\226\128\153s") ~= nil
end

function M.real(doc, hits)
  return lib.hits.keep(doc, hits, M.denied)
end

function M.found(doc, phrases)
  return lib.hits.found(doc, phrases, M.denied)
end

function M.any(doc, phrases)
  return lib.hits.first(doc, phrases, M.denied)
end

local EVENT_WORDS = { "guests", "attendees", "delegates", "visitors", "spectators", "tickets", "ticket",
  "venue", "doors open", "event", "events", "gala", "festival", "conference", "concert", "party", "drinks reception",
  "evening reception", "wedding reception", "ceremony", "craft fair", "trade fair", "summer fair", "christmas fair",
  "job fair", "funfair", "fete", "fête", "fun day", "exhibition", "trade show", "roadshow", "fashion show",
  "match day", "screening", "launch party", "open day", "summit", "seminar", "workshop", "masterclass", "webinar",
  "breakfast briefing", "gig", "winter ball", "summer ball", "charity ball", "quiz night", "awards night",
  "awards ceremony", "street party", "fun run" }

-- Events that happen only on screens: no room, no door, no catering.
local ONLINE = { "webinar", "online event", "virtual event", "online-only", "on zoom", "via zoom", "on teams",
  "livestream only", "online workshop" }
local PLACE = { "venue", "hall", "room", "centre", "center", "hotel", "in person", "in-person", "on site", "park" }

-- Any mention counts, even a denied one: "no tickets needed" is still an event. An online-only
-- event counts only when online_ok is true.
function M.is_event(plan, doc, online_ok)
  for _, c in ipairs(plan.channels or {}) do
    if c == "event" or c == "events" or c == "venue" then return true end
  end
  local event = false
  for _, w in ipairs(EVENT_WORDS) do
    if doc:has(w) then event = true; break end
  end
  if not event or online_ok then return event end
  for _, w in ipairs(ONLINE) do
    if doc:has(w) then
      for _, p in ipairs(PLACE) do if doc:has(p) then return true end end
      return false
    end
  end
  return true
end

local PEOPLE = { "guests", "attendees", "delegates", "visitors", "people", "fans", "runners", "spectators",
  "participants", "customers", "families", "children", "ticket-holders", "ticketholders", "members", "players",
  "diners", "walkers", "riders", "students", "parents" }

function M.unhandled(plan, doc, hits, handled)
  if not M.is_event(plan, doc) or M.any(doc, handled or {}) then return {} end
  return M.real(doc, hits)
end

function M.headcount(plan, doc)
  local n = tonumber(plan.audience.expected)
  if n then return n end
  local low = doc:text():lower()
  for num, who in low:gmatch("(%d[%d,]*) ([%a%-]+)") do
    for _, p in ipairs(PEOPLE) do
      if who == p then return tonumber((num:gsub(",", ""))) end
    end
  end
  return nil
end

-- The patterns are tried only where a number stands before ":", "." or "am"/"pm"
-- (lib.word.clock_starts), as "%f[%d]" patterns over the whole of s would.
function M.clock(s)
  local out, low = {}, s:lower()
  local colon, am_pm = lib.word.clock_starts(low)
  for _, x in ipairs(lib.word.matches_at(low, "^(%d%d?)[:%.](%d%d)%f[%D]", colon)) do -- "18:30", "7.30pm", "00:30"
    local a, b, hour, min = x[1], x[2], tonumber(x[3]), tonumber(x[4])
    local ap, e = low:match("^%s*([ap])%.?m%.?()%f[%A]", b + 1)
    if ap == "p" and hour < 12 then hour = hour + 12 elseif ap == "a" and hour == 12 then hour = 0 end
    local money = low:sub(math.max(1, a - 3), a - 1):find("[$\163\172]") -- "£5.50" is not a time
    if not money and hour < 24 and min < 60 then out[#out + 1] = { at = hour * 60 + min, text = s:sub(a, e and e - 1 or b) } end
  end
  for _, x in ipairs(lib.word.matches_at(low, "^(%d%d?)%s?([ap])%.?m%.?%f[%A]", am_pm)) do -- "9am", "11 pm"
    local a, b, h, ap = x[1], x[2], x[3], x[4]
    if not low:sub(a - 1, a - 1):find("[:%.]") then
      out[#out + 1] = { at = (tonumber(h) % 12 + (ap == "p" and 12 or 0)) * 60, text = s:sub(a, b) }
    end
  end
  if lib.word.framed(low, "midnight", "%a") then out[#out + 1] = { at = 24 * 60, text = "midnight" } end
  if lib.word.framed(low, "noon", "%a") then out[#out + 1] = { at = 12 * 60, text = "noon" } end
  return out
end

function M.label(hit)
  local t = hit.text:gsub("%s+", " ")
  if t:sub(2):find("%u") then return t end
  return t:lower()
end

function M.name_after(doc, hit)
  local s = doc:sentence(hit) or ""
  local at = s:lower():find(hit.text:lower(), 1, true)
  if not at then return nil end
  local names = {}
  for w in (s:sub(at + #hit.text):match("^[%s:]*([^,;%.%(%)]*)") or ""):gmatch("%S+") do
    if not w:find("^%u") then break end
    names[#names + 1] = w
  end
  return #names > 0 and table.concat(names, " ") or nil
end

function M.thousands(n)
  local s = tostring(math.floor(n + 0.5))
  return (s:reverse():gsub("(%d%d%d)", "%1,"):reverse():gsub("^,", ""))
end

function M.concat(...)
  local out = {}
  for _, list in ipairs({ ... }) do
    for _, v in ipairs(list) do out[#out + 1] = v end
  end
  return out
end

function M.phrases_of(groups)
  local out = {}
  for _, g in ipairs(groups) do out = M.concat(out, g.phrases) end
  return out
end

return M
