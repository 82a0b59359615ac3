-- lib/spot.lua: finding what the plan really says, for the security rules (lib.spot).
--
-- doc is the document a check receives; a hit is { text, offset, source, ... }.
--
--   window(doc, hit)      -> pre, post: the hit's clause before and after the hit, lower case
--   negative(doc, hit)    -> true when the clause says there is none of it: "no promo codes",
--                            "we don't take card payments", "without an account", "QR-free"
--   real(doc, hits)       -> the hits that are not negative, in order
--   all(doc, phrases, most) -> the hits of the phrases that are not negative, phrase by phrase;
--                            at most `most` of them when it is given
--   one(doc, phrases)     -> the first such hit, or nil
--   named(list)           -> "a", "a and b", "a, b and c"
--   crowd(plan)           -> plan.audience.expected as a number, or nil
--   thousands(n)          -> "40,000"
--   flatten(entries, key) -> one new list of the phrase lists entry[key] (key: "phrases" unless
--                            given) of every entry, in turn (to build triggers)

local M = {}

local word = lib.word

local CLAUSE_SET = "%.;:!?,%(%)\n"
local CLAUSE_END = "[" .. CLAUSE_SET .. "]"

function M.window(doc, hit)
  local src, i = doc:text(), hit.offset
  local placed = hit.source ~= "title" and i and src:sub(i + 1, i + #hit.text) == hit.text
  if not placed then
    src = doc:sentence(hit) or hit.text
    i = (src:find(hit.text, 1, true) or 1) - 1
  end
  local pre = lib.clause.tail(src:sub(1, i), CLAUSE_SET)
  local stop = src:find(CLAUSE_END, i + #hit.text + 1)   -- the post part ends before the first clause mark
  local post = src:sub(i + #hit.text + 1, stop and stop - 1 or -1)
  return pre:lower(), post:lower()
end

-- A negation among the last four words before the hit.
local NEGATIONS = { no = true, ["not"] = true, without = true, never = true, none = true, nor = true,
  cannot = true }

function M.negative(doc, hit)
  local pre, post = M.window(doc, hit)
  if post:sub(1, 5) == "-free" then return true end
  local words = {}
  for w in pre:gmatch("%S+") do words[#words + 1] = w end
  local last = table.concat(words, " ", math.max(1, #words - 3))
  if word.ends(last, "n't", "%a") or word.ends(last, "n\226\128\153t", "%a") then return true end
  return word.listed(last, NEGATIONS, "%a") ~= nil
end

function M.real(doc, hits)
  local keep = {}
  for i = 1, #hits do
    if not M.negative(doc, hits[i]) then keep[#keep + 1] = hits[i] end
  end
  return keep
end

function M.all(doc, phrases, most)
  local found = {}
  for _, p in ipairs(phrases) do
    for _, h in ipairs(doc:find(p)) do
      if not M.negative(doc, h) then
        found[#found + 1] = h
        if most and #found >= most then return found end
      end
    end
  end
  return found
end

function M.one(doc, phrases)
  return M.all(doc, phrases, 1)[1]
end

function M.named(list)
  if #list <= 1 then return list[1] or "" end
  return table.concat(list, ", ", 1, #list - 1) .. " and " .. list[#list]
end

function M.crowd(plan)
  return plan.audience and tonumber(plan.audience.expected) or nil
end

function M.thousands(n)
  local digits = tostring(math.floor(n + 0.5))
  local out = digits:sub(1, (#digits - 1) % 3 + 1)
  for i = (#digits - 1) % 3 + 2, #digits, 3 do out = out .. "," .. digits:sub(i, i + 2) end
  return out
end

function M.flatten(entries, key)
  local list, n = {}, 0
  for _, e in ipairs(entries) do
    for _, p in ipairs(e[key or "phrases"]) do
      n = n + 1
      list[n] = p
    end
  end
  return list
end

return M
