-- lib/base.lua: reading a plan's words. The safety rules see this table as lib.base.
--
--   denied(doc, hit)          -> true when the words just before the hit in its sentence deny it
--                                ("no queue", "there will not be a tasting", "without food")
--                                or it reads "<hit>-free" ("queue-free")
--   kept(doc, hits)           -> a new list of the hits that are not denied, in order
--   outer(hits)               -> a new list of the hits that do not start inside another hit of
--                                the list ("display units" in "ex-display units" is dropped)
--   near(doc, hit, words)     -> the first of words (plain, lower case) that occurs in the hit's
--                                sentence; nil when none
--   named(hits)               -> the distinct texts of the hits, lower case, as "a", "a and b" or
--                                "a, b and c" (at most three)
--   concat(a, b)              -> a new list: the items of list a, then those of list b
--   note(doc, groups)         -> groups is a list of { words, note }: the note of the first group
--                                one of whose words occurs in the plan's text as whole words;
--                                nil when none does
--   item(doc, hits, wrong)    -> nil when no hit is kept; else { evidence = kept hits,
--                                wrong = wrong:format(named(kept hits)) }

local M = {}

-- A denial is one of these words among the three before the hit, in the same clause.
local DENY = " no not without never nor none cannot instead isn't aren't won't don't doesn't "

local function lead(doc, hit)
  local s = (doc:sentence(hit) or ""):lower()
  local at = s:find(hit.text:lower(), 1, true) or 1
  return lib.clause.tail(s:sub(1, at - 1), ",;:%("):gsub("\226\128\153", "'"), s:sub(at + #hit.text, at + #hit.text + 4)
end

function M.denied(doc, hit)
  local before, after = lead(doc, hit)
  if after == "-free" then return true end
  local seen = {}
  for w in before:gmatch("[%a']+") do seen[#seen + 1] = w end
  for i = #seen, math.max(1, #seen - 2), -1 do
    if DENY:find(" " .. seen[i] .. " ", 1, true) then return true end
  end
  return false
end

function M.kept(doc, hits)
  local out = {}
  for _, h in ipairs(hits) do if not M.denied(doc, h) then out[#out + 1] = h end end
  return out
end

function M.outer(hits)
  local out = {}
  for i, h in ipairs(hits) do
    local inside = false
    for j, o in ipairs(hits) do
      if i ~= j and o.source == h.source and (o.offset < h.offset and h.offset < o.offset + #o.text
         or o.offset == h.offset and #o.text > #h.text) then inside = true end
    end
    if not inside then out[#out + 1] = h end
  end
  return out
end

function M.near(doc, hit, words)
  local s = (doc:sentence(hit) or ""):lower()
  for _, w in ipairs(words) do if s:find(w, 1, true) then return w end end
  return nil
end

function M.named(hits)
  local out, seen = {}, {}
  for _, h in ipairs(hits) do
    local t = h.text:lower():gsub("%s+", " ")
    if not seen[t] and #out < 3 then seen[t] = true; out[#out + 1] = t end
  end
  if #out == 1 then return out[1] end
  return table.concat(out, ", ", 1, #out - 1) .. " and " .. out[#out]
end

function M.concat(a, b)
  local out = { table.unpack(a) }
  for _, v in ipairs(b) do out[#out + 1] = v end
  return out
end

function M.note(doc, groups)
  local text = " " .. doc:text():lower():gsub("[^%w%-' ]", " ") .. " "
  for _, g in ipairs(groups) do
    for _, w in ipairs(g[1]) do
      if text:find(" " .. w .. " ", 1, true) then return g[2] end
    end
  end
  return nil
end

function M.item(doc, hits, wrong)
  local pos = M.kept(doc, hits)
  if #pos == 0 then return nil end
  return { evidence = pos, wrong = wrong:format(M.named(pos)) }
end

return M
