-- lib/clause.lua: where a hit stands in its sentence. The legal rules see it as lib.clause.
--
-- doc is the document a check receives; a hit is { text, offset, source, ... }.
--
--   lead(doc, hit)          -> the hit's clause up to the hit, lower case ("only 20% off" -> "only 20% ")
--   tail(doc, hit)          -> the rest of the hit's clause after it, lower case
--   refused(doc, hit)       -> true when the clause denies it: "no prize draw", "we do not collect",
--                              "without cookies", "cookie-free"
--   kept(doc, hits)         -> the hits that are not refused, in order
--   seek(doc, phrases)      -> every hit of the phrases that is not refused, phrase by phrase
--   mentions(doc, phrases)  -> the first hit of any of the phrases, refused or not, or nil
--   list(names)             -> "a", "a and b", "a, b and c"
--   groups(doc, groups)     -> { group = g, hits = {...} } for each entry of groups (tables with
--                              .phrases) that has hits which are not refused (or, for an entry
--                              with raw = true, any hits), in the order of groups
--   phrases(groups)         -> every entry's .phrases in one list (for triggers)
--   append(out, list)       -> out, with the items of list added at its end
--   notes(found)            -> notes, evidence: for each entry of a groups() result, its group's
--                              .note and its first hit
--   items(found, shared)    -> one checklist item per entry of a groups() result: subject = .key,
--                              its group's title, wrong and owner, its hits as evidence, and prevent =
--                              the group's .first followed by the list shared; nil when found is empty
--   amount_next(s)          -> true when s starts with an amount: "£49", "$5", "€10", "49.99 euros"
--   amount_last(s)          -> true when s ends with an amount or a percentage: "£10 ", "20% ", "20 per cent "

local M = {}

local STOP = "[%.;:!?,%(%)\n]"

-- The hit's field on either side of the hit; for a title hit, or when the offset does not
-- point at the hit, its sentence.
local function around(doc, hit)
  local whole, at = doc:text(), hit.offset
  local ok = hit.source ~= "title" and type(at) == "number"
    and whole:sub(at + 1, at + #hit.text) == hit.text
  if not ok then
    whole = doc:sentence(hit) or hit.text
    at = (whole:find(hit.text, 1, true) or 1) - 1
  end
  return whole:sub(1, at), whole:sub(at + #hit.text + 1)
end

local function lead_of(before)
  local cut = before:match(".*" .. STOP .. "()") or 1
  return before:sub(cut):lower()
end

local function tail_of(after)
  return (after:match("^[^%.;:!?,%(%)\n]*") or ""):lower()
end

function M.lead(doc, hit)
  return lead_of((around(doc, hit)))
end

function M.tail(doc, hit)
  local _, after = around(doc, hit)
  return tail_of(after)
end

local DENIAL = { no = 1, ["not"] = 1, without = 1, never = 1, none = 1, nor = 1, neither = 1, cannot = 1 }

function M.refused(doc, hit)
  local before, after = around(doc, hit)   -- once: each around copies the announcement
  if tail_of(after):find("^%-free") then return true end
  local words = {}
  for w in lead_of(before):gmatch("[%a']+") do table.insert(words, 1, w) end
  for i = 1, math.min(4, #words) do
    if DENIAL[words[i]] or words[i]:find("n't$") then return true end
  end
  return false
end

function M.kept(doc, hits)
  local out = {}
  for _, h in ipairs(hits) do
    if not M.refused(doc, h) then table.insert(out, h) end
  end
  return out
end

function M.seek(doc, phrases)
  local out = {}
  for _, p in ipairs(phrases) do
    M.append(out, M.kept(doc, doc:find(p)))
  end
  return out
end

function M.append(out, list)
  return table.move(list, 1, #list, #out + 1, out)
end

function M.mentions(doc, phrases)
  for _, p in ipairs(phrases) do
    local h = doc:find(p)[1]
    if h then return h end
  end
  return nil
end

function M.list(names)
  local n = #names
  if n < 2 then return names[1] or "" end
  return table.concat(names, ", ", 1, n - 1) .. " and " .. names[n]
end

function M.groups(doc, groups)
  local out = {}
  for _, g in ipairs(groups) do
    local hits = {}
    for _, p in ipairs(g.phrases) do
      for _, h in ipairs(doc:find(p)) do
        if g.raw or not M.refused(doc, h) then hits[#hits + 1] = h end
      end
    end
    if #hits > 0 then out[#out + 1] = { group = g, hits = hits } end
  end
  return out
end

function M.notes(found)
  local notes, ev = {}, {}
  for i, f in ipairs(found) do
    notes[i], ev[i] = f.group.note, f.hits[1]
  end
  return notes, ev
end

function M.items(found, shared)
  local out = {}
  for _, f in ipairs(found) do
    local g = f.group
    out[#out + 1] = { subject = g.key, title = g.title, wrong = g.wrong, owner = g.owner, evidence = f.hits,
                      prevent = M.append({ g.first }, shared) }
  end
  if #out == 0 then return nil end
  return out
end

function M.phrases(groups)
  local out = {}
  for _, g in ipairs(groups) do
    for i = 1, #g.phrases do out[#out + 1] = g.phrases[i] end
  end
  return out
end

-- Currency signs as UTF-8 bytes: pound, euro.
local POUND, EURO = "\194\163", "\226\130\172"

-- Words for a currency written after the number: "49.99 euros", "10 pounds", "5 EUR".
local UNITS = { "euro", "eur", "pound", "gbp", "dollar", "usd", "chf" }

function M.amount_next(s)
  s = s:gsub("^%s+", "")
  if s:find("^%$%s*%d") or s:sub(1, 2) == POUND or s:sub(1, 3) == EURO then return true end
  local number = s:match("^%d[%d,%.]*")
  if not number then return false end
  local unit = s:sub(#number + 1):gsub("^%s+", "")
  for _, u in ipairs(UNITS) do
    if unit:sub(1, #u) == u then return true end
  end
  return false
end

function M.amount_last(s)
  s = s:gsub("%s+$", "")
  return s:find("%d%s*%%$") ~= nil or s:find("per%s?cent$") ~= nil or s:find("%d$") ~= nil
end

return M
