-- lib/text.lua: reading a plan's words for the capacity rules (lib.text).
--
-- doc is the document a check receives; a hit is one of its hits ({ text, offset, source, ... }).
--
--   clause(doc, hit)          -> the hit's clause up to the hit (at most 200 bytes), lower case
--   denied(doc, hit)          -> true when that clause negates the hit within four words
--                                ("no presale", "we will not run a presale", "without a countdown",
--                                "presale-free"); hits from plan channels are never denied
--   live(doc, hits)           -> a new list of the hits that are not denied, in order
--   item(doc, hits)           -> { evidence = live hits } when any hit is live, else nil
--   first(doc, phrases)       -> the first hit of the first phrase that is not denied, or nil
--   any(doc, phrases)         -> true when the plan has at least one of the phrases
--   sentence(doc, hit)        -> the hit's sentence in lower case ("" for a channel hit)
--   has_word(s, words)        -> true when lower-case string s holds one of words as a whole word
--   count(s, nouns)           -> the largest number standing right before one of nouns in s
--                                ("380,000 subscribers", "2 million followers"), or nil
--   thousands(n)              -> "380,000"

local M = {}

local NEG = { no = true, ["not"] = true, never = true, without = true, nor = true, none = true,
  cannot = true, instead = true }

function M.clause(doc, hit)
  local s
  if hit.source == "announcement" and type(hit.offset) == "number" then
    s = doc:text():sub(math.max(1, hit.offset - 199), hit.offset)
  elseif hit.source == "title" then
    local whole = doc:sentence(hit) or ""
    local i = whole:find(hit.text, 1, true)
    s = i and whole:sub(1, i - 1) or ""
  else
    return ""
  end
  return lib.clause.tail(s, "%.;:!?,%(%)\n"):lower()
end

function M.denied(doc, hit)
  if hit.source ~= "announcement" and hit.source ~= "title" then return false end
  local words = {}
  for w in M.clause(doc, hit):gmatch("[%a'\226\128\153]+") do words[#words + 1] = w end
  for i = math.max(1, #words - 3), #words do
    if NEG[words[i]] or words[i]:find("n't$") or words[i]:find("n\226\128\153t$") then return true end
  end
  local s = M.sentence(doc, hit)
  local at = s:find(hit.text:lower(), 1, true)
  return at ~= nil and s:sub(at + #hit.text, at + #hit.text + 4) == "-free"
end

function M.live(doc, hits)
  local out = {}
  for i = 1, #hits do
    if not M.denied(doc, hits[i]) then table.insert(out, hits[i]) end
  end
  return out
end

-- A check that only needs one live trigger hit: the item, or nil.
function M.item(doc, hits)
  local live = M.live(doc, hits)
  return live[1] and { evidence = live } or nil
end

function M.first(doc, phrases)
  local found = {}
  for _, p in ipairs(phrases) do
    found = M.live(doc, doc:find(p))
    if found[1] then break end
  end
  return found[1]
end

function M.any(doc, phrases)
  for _, p in ipairs(phrases) do if doc:has(p) then return true end end return false
end

function M.sentence(doc, hit)
  if hit.source ~= "announcement" and hit.source ~= "title" then return "" end
  return (doc:sentence(hit) or ""):lower()
end

function M.has_word(s, words)
  for _, w in ipairs(words) do
    if lib.word.framed(s, w, "%w") then return true end
  end
  return false
end

local SCALE = { million = 1000000, m = 1000000, k = 1000, thousand = 1000 }

function M.count(s, nouns)
  local want = {}
  for _, n in ipairs(nouns) do want[n] = true end
  local best
  local low = s:lower():gsub("%s+", " ")
  for at, num in low:gmatch("()(%d[%d,%.]*)") do
    local w1, w2 = low:sub(at + #num, at + #num + 40):match("^ ?(%a*) ?(%a*)")
    local v = tonumber((num:gsub("[,%.]$", ""):gsub(",", "")))
    if v then
      local noun = w1
      if SCALE[w1] then v, noun = v * SCALE[w1], w2 end
      if want[noun] and (not best or v > best) then best = v end
    end
  end
  return best
end

function M.thousands(n)
  local s = tostring(math.floor(n + 0.5)):reverse():gsub("(%d%d%d)", "%1,"):reverse()
  return (s:gsub("^,", ""))
end

return M
