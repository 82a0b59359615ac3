-- lib/text.lua: reading the plan's words. The people rules see this table as lib.text.
-- (Loads after lib/team.lua: lib files load in file-name order.)
--
--   negated(doc, hit)         -> true when the hit's clause denies it: "no volunteers",
--                                "we do not use agency staff", "without an agency", "agency-free"
--   positive(doc, hits)       -> a new list of the hits that are not negated
--   first(doc, phrases)       -> the first hit, in phrase order, that is not negated; nil if none
--   unhandled(doc, hits, handled) -> the hits that are not negated, or an empty list when the plan
--                                says (not negated) one of the phrases in handled
--   hits(doc, phrases)        -> a new list of all hits of the phrases that are not negated
--   in_sentence(doc, hit, ws) -> the first of the words or phrases ws that stands in the hit's
--                                sentence as a whole word and is not denied there ("trained"
--                                but not "untrained", "no training", "not be trained"); nil when none
--   times(s)                  -> a new list of the clock times in s as minutes after midnight:
--                                "06:00", "7.30", "9am", "11 pm", "midnight"
--   name_of(hit)              -> the hit's text in lower case with white space folded
--   rest_of_clause(doc, hit)  -> the hit and the words after it up to the end of its clause
--                                ("flying to New York that morning for the trade fair")

local M = {}

local DENY = { no = true, ["not"] = true, without = true, never = true, none = true, nor = true, cannot = true }

function M.negated(doc, hit)
  local s = (doc:sentence(hit) or hit.text):lower()
  local at = s:find(hit.text:lower(), 1, true) or 1
  local clause, words = lib.clause.tail(s:sub(1, at - 1), ",;:%(%)"), {}
  for w in clause:gmatch("[%a']+") do words[#words + 1] = w end
  for i = math.max(1, #words - 3), #words do
    if DENY[words[i]] or words[i]:find("n't$") then return true end
  end
  return s:sub(at + #hit.text, at + #hit.text + 4) == "-free"
end

function M.positive(doc, hits)
  return lib.hits.keep(doc, hits, M.negated)
end

function M.hits(doc, phrases)
  return lib.hits.found(doc, phrases, M.negated)
end

function M.first(doc, phrases)
  return lib.hits.first(doc, phrases, M.negated)
end

function M.unhandled(doc, hits, handled)
  if M.first(doc, handled) then return {} end
  return M.positive(doc, hits)
end

function M.in_sentence(doc, hit, ws)
  local s = " " .. (doc:sentence(hit) or ""):lower():gsub("[^%w%-']+", " ") .. " "
  for _, w in ipairs(ws) do
    local at = s:find(" " .. w .. " ", 1, true)
    if at then
      local before = {}
      for b in s:sub(1, at):gmatch("%S+") do before[#before + 1] = b end
      local denied = false
      for i = math.max(1, #before - 1), #before do
        if DENY[before[i]] or before[i]:find("n't$") then denied = true end
      end
      if not denied then return w end
    end
  end
  return nil
end

function M.times(s)
  local out = {}
  local low = s:lower()
  -- tried only where a number stands before ":", "." or "am"/"pm", as "%f[%d]" patterns would
  local colon, am_pm = lib.word.clock_starts(low)
  for _, x in ipairs(lib.word.matches_at(low, "^(%d%d?)[:%.](%d%d)%f[^%d]", colon)) do
    local a, h, m = x[1], x[3], x[4]
    local money = low:sub(math.max(1, a - 3), a - 1):find("[$\163\172]") -- "$5.50", "£5.50", "€5.50"
    if not money and tonumber(h) < 24 and tonumber(m) < 60 then out[#out + 1] = tonumber(h) * 60 + tonumber(m) end
  end
  for _, x in ipairs(lib.word.matches_at(low, "^(%d%d?)%s?([ap])%.?m%f[%A]", am_pm)) do
    local n = tonumber(x[3]) % 12
    out[#out + 1] = (x[4] == "p" and n + 12 or n) * 60
  end
  if lib.word.framed(low, "midnight", "%a") then out[#out + 1] = 0 end
  return out
end

function M.rest_of_clause(doc, hit)
  local s = doc:sentence(hit) or hit.text
  local at = s:lower():find(hit.text:lower(), 1, true)
  if not at then return hit.text end
  return (s:sub(at):match("^[^,;:%.!?%(%)]*"):gsub("%s+$", ""))
end

function M.name_of(hit)
  return (hit.text:lower():gsub("%s+", " "))
end

return M
