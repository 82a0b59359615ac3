-- lib/lang.lua: reading the words of a plan. The essentials rules see this table as lib.lang.
-- (It is named so that it loads before lib/offers.lua, which uses it: lib files load in
-- file-name order and each sees only the ones before it.)
--
-- doc is the document a check function receives; a hit is one of its hits (doc:find(),
-- the check's own hits): { text, offset, source, ... }; phrases is a list of strings.
--
--   around(doc, hit, n)        -> before, after: up to n bytes of the hit's own field just
--                                 before and just after the hit ("" when it cannot be placed)
--   negated(doc, hit)          -> true when the hit's own clause says there is none of it:
--                                 "no hotline", "we do not run a hotline", "without a QR code",
--                                 "hotline-free"; else false
--   positive(doc, hits)        -> a new list of the hits that are not negated, in order
--   app_store(doc, hit)        -> true when the hit comes right after "app" or "play"
--                                 ("stores" in "app stores" is not a shop); else false
--   not_app_store(doc, hit)    -> not app_store(doc, hit)
--   real_place(doc, hit)       -> true when the hit is neither negated nor an app store
--   filter(doc, hits, keep)    -> a new list of the hits h for which keep(doc, h) is true
--   first(doc, phrases, keep)  -> the first hit h of the first phrase, in list order, for which
--                                 keep(doc, h) is true (keep nil: any hit); nil when none
--   any(doc, phrases)          -> true when the plan has at least one of the phrases (doc:has)
--   norm(s)                    -> s in lower case, each run of white space made one space
--   join(list)                 -> "a", "a and b", "a, b and c" (list must not be empty)
--   concat(list, ...)          -> a new list: the items of each list in turn
--   collect(entries, key)      -> a new list: the items of entries[1][key], entries[2][key], ...

local M = {}

function M.around(doc, hit, n)
  local off, len = hit.offset, #hit.text
  if hit.source == nil or hit.source == "announcement" then
    -- doc:text() is the announcement; a hit in the title is read from its sentence
    local text = doc:text()
    if type(off) == "number" and text:sub(off + 1, off + len) == hit.text then
      return text:sub(math.max(1, off - n + 1), off), text:sub(off + len + 1, off + len + n)
    end
  end
  local s = doc:sentence(hit) or hit.text
  local a = s:find(hit.text, 1, true)
  if not a then return "", "" end
  return s:sub(math.max(1, a - n), a - 1), s:sub(a + len, a + len + n - 1)
end

-- Words that negate a hit when they stand among the four words before it in its clause.
local NEG = { no = true, ["not"] = true, without = true, never = true, nor = true,
  none = true, instead = true, cannot = true, replacing = true, replaces = true }

function M.negated(doc, hit)
  local before, after = M.around(doc, hit, 80)
  if after:sub(1, 5):lower() == "-free" then return true end
  before = lib.clause.tail(before, "%.;:!?,%(%)\n"):lower()
  local words = {}
  for w in before:gmatch("[%a'\226\128\153]+") do words[#words + 1] = w end
  for i = math.max(1, #words - 3), #words do
    local w = words[i]
    if NEG[w] or w:match("n't$") or w:match("n\226\128\153t$") then return true end
  end
  return false
end

function M.positive(doc, hits)
  local out = {}
  for _, h in ipairs(hits) do if not M.negated(doc, h) then out[#out + 1] = h end end
  return out
end

function M.app_store(doc, hit)
  local before = M.around(doc, hit, 10):lower()
  return before:match("app%s*$") ~= nil or before:match("play%s*$") ~= nil
end

function M.not_app_store(doc, hit)
  return not M.app_store(doc, hit)
end

function M.real_place(doc, hit)
  return not M.negated(doc, hit) and not M.app_store(doc, hit)
end

function M.filter(doc, hits, keep)
  local out = {}
  for _, h in ipairs(hits) do if keep(doc, h) then out[#out + 1] = h end end
  return out
end

function M.first(doc, phrases, keep)
  for _, p in ipairs(phrases) do
    for _, h in ipairs(doc:find(p)) do
      if not keep or keep(doc, h) then return h end
    end
  end
  return nil
end

function M.any(doc, phrases)
  for _, p in ipairs(phrases) do if doc:has(p) then return true end end
  return false
end

function M.norm(s)
  return (s:lower():gsub("%s+", " "))
end

function M.join(list)
  if #list == 1 then return list[1] end
  return table.concat(list, ", ", 1, #list - 1) .. " and " .. list[#list]
end

function M.concat(...)
  local out = {}
  for i = 1, select("#", ...) do
    for _, v in ipairs((select(i, ...))) do out[#out + 1] = v end
  end
  return out
end

function M.collect(entries, key)
  local out = {}
  for _, e in ipairs(entries) do
    for _, v in ipairs(e[key]) do out[#out + 1] = v end
  end
  return out
end

return M
