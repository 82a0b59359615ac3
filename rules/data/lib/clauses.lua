-- data/lib/clauses.lua: reading phrases in their clause. The data rules see it as lib.clauses.
--
--   off(doc, hit)         -> true when the text just before the hit denies it ("no newsletter",
--                            "we do not send a mailing", "without translations")
--   on(doc, hits)         -> a new list of the hits that are not denied
--   all(doc, phrases)     -> a new list of the not-denied hits of every phrase, in list order
--   first(doc, phrases)   -> all(doc, phrases)[1], without reading the phrases after it
--   fire(doc, hits)       -> a check's answer for a rule that fires on any not-denied trigger hit
--   any(doc, phrases)     -> true when a phrase occurs at all (denied or not)

local M = {}

-- Words that deny what follows when they stand among the four words before it in its clause
-- (four more past each "or" / "and", so a denial covers a short list).
local DENY = { no = true, ["not"] = true, without = true, never = true, nor = true, none = true, cannot = true }

function M.off(doc, hit)
  local s = (doc:sentence(hit) or ""):lower()
  local i = s:find(hit.text:lower(), 1, true)
  if not i then return false end
  local words = {}
  for w in lib.clause.tail(s:sub(1, i - 1), ",;:%(%)"):gmatch("[%a']+") do words[#words + 1] = w end
  local stop = math.max(1, #words - 3)
  for k = #words, 1, -1 do
    if k < stop then break end
    local w = words[k]
    if DENY[w] or w:sub(-3) == "n't" then return true end
    -- "no newsletter or mailing": a denial carries over a list
    if (w == "or" or w == "and") then stop = math.max(1, k - 4) end
  end
  return false
end

function M.on(doc, hits)
  local out = {}
  for _, h in ipairs(hits) do
    if not M.off(doc, h) then out[#out + 1] = h end
  end
  return out
end

function M.all(doc, phrases)
  local out = {}
  for _, p in ipairs(phrases) do
    for _, h in ipairs(M.on(doc, doc:find(p))) do out[#out + 1] = h end
  end
  return out
end

function M.first(doc, phrases)
  return lib.hits.first(doc, phrases, M.off)
end

function M.fire(doc, hits)
  local on = M.on(doc, hits)
  if #on > 0 then return { evidence = on } end
  return nil
end

function M.any(doc, phrases)
  for _, p in ipairs(phrases) do
    if doc:has(p) then return true end
  end
  return false
end

return M
