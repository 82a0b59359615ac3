-- lib/prose.lua: finding what the plan says, and does not deny. The dayof rules see this table
-- as lib.prose.
--
--   denied(doc, hit)       -> true when "no", "not", "without", "never" or a "n't" word stands among
--                             the three words before the hit in the same clause ("we do not run a
--                             phone hotline"), reading the hit's own field by its offset
--   said(doc, phrases)     -> a new list of the hits of the phrases that are not denied, each place
--                             once, in the order they stand in the plan (title first)
--   first(doc, phrases)    -> the first of said(doc, phrases), or nil
--   text_of(hit)           -> the hit's text, white space folded, lower case
--   phrases_of(groups)     -> a new list of every phrase in groups (a list of tables with .phrases)
--   clause(doc, hit)       -> the hit and what follows it up to the end of its clause, as written
--                             ("same day as our biggest competitor's autumn launch event")

local M = {}

local NEGATIONS = { no = true, ["not"] = true, without = true, never = true, nor = true, cannot = true }

function M.denied(doc, hit)
  local field = hit.source == "title" and "" or doc:text()
  local off = type(hit.offset) == "number" and hit.offset or nil
  local before
  if off and field:sub(off + 1, off + #hit.text) == hit.text then
    before = field:sub(math.max(1, off - 60), off)
  else
    local s = doc:sentence(hit) or ""
    before = s:sub(1, (s:find(hit.text, 1, true) or 1) - 1)
  end
  local clause = lib.clause.tail(before:lower(), "%.;:,!?%(%)\n")
  local seen = 0
  for w in clause:reverse():gmatch("[%a']+") do
    w = w:reverse()
    if NEGATIONS[w] or w:sub(-3) == "n't" then return true end
    seen = seen + 1
    if seen == 3 then break end
  end
  return false
end

-- Hits sorted by where they stand in the plan: the title first, then the announcement.
local function before(x, y)
  local sx, sy = x.source == "title" and 0 or 1, y.source == "title" and 0 or 1
  if sx ~= sy then return sx < sy end
  return (x.offset or 0) < (y.offset or 0)
end

function M.said(doc, phrases)
  local out, seen = {}, {}
  for _, p in ipairs(phrases) do
    for _, h in ipairs(doc:find(p)) do
      local key = (h.source or "") .. ":" .. tostring(h.offset) .. ":" .. #h.text
      if not seen[key] and not M.denied(doc, h) then seen[key] = true; out[#out + 1] = h end
    end
  end
  table.sort(out, before)
  return out
end

function M.first(doc, phrases)
  return M.said(doc, phrases)[1]
end

function M.clause(doc, hit)
  local s = doc:sentence(hit) or hit.text
  local at = s:lower():find(hit.text:lower(), 1, true)
  return at and (s:sub(at):match("^[^,;:%.!?%(%)]*"):gsub("%s+$", "")) or hit.text
end

function M.text_of(hit)
  return (hit.text:lower():gsub("%s+", " "))
end

function M.phrases_of(groups)
  local out = {}
  for _, g in ipairs(groups) do
    for _, p in ipairs(g.phrases) do out[#out + 1] = p end
  end
  return out
end

return M
