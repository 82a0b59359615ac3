-- lib/text.lua: reading the plan's words for the supply rules (they see it as lib.text).
--
-- doc is the document a check receives; a hit is one of its hits ({ text, offset, source, ... }).
--
--   split(doc, hit)        -> before, after: the text of the hit's field before and after the hit
--                             (for a title hit: of its sentence)
--   clause(doc, hit)       -> the hit's own clause up to the hit, in lower case
--   next_words(doc, hit, n)-> the first n words after the hit, in lower case, as a list
--   denied(doc, hit)       -> true when the clause says there is none of it: "no home delivery",
--                             "we do not import", "without a second supplier", "plastic-free"
--   live(doc, hits)        -> the hits that are not denied, in order
--   find(doc, phrases)     -> every live hit of the phrases, phrase by phrase
--   any(doc, phrases)      -> true when one of the phrases has a live hit
--   keep(list, test)       -> a new list of the items of list for which test(item) is true
--   join(list)             -> "a", "a and b", "a, b and c" (list must not be empty)
--   kinds(doc, kinds)      -> the entries of kinds (tables with a .phrases list) that have live
--                             hits, each as { kind = entry, hits = { ... } }, in the order of kinds
--   fact(plan, key)        -> plan.facts[key] as a number, or nil
--   concat(...)            -> a new list: the items of each list given, in turn
--   phrases(kinds)         -> a new list: the .phrases of every entry of kinds, in turn (triggers)
--   items(doc, kinds)      -> one checklist item per entry of kinds that has live hits: subject =
--                             entry.key, its title, wrong, causes, prevent, respond and owner when
--                             given, and its hits as evidence; nil when there is none

local M = {}

function M.split(doc, hit)
  local off, len = hit.offset, #hit.text
  if hit.source ~= "title" then
    local text = doc:text()
    if type(off) == "number" and text:sub(off + 1, off + len) == hit.text then
      return text:sub(1, off), text:sub(off + len + 1)
    end
  end
  local s = doc:sentence(hit) or hit.text
  local at = s:find(hit.text, 1, true) or 1
  return s:sub(1, at - 1), s:sub(at + len)
end

function M.clause(doc, hit)
  local before = M.split(doc, hit)
  return lib.clause.tail(before, "%.;:!?,%(%)\n"):lower()
end

function M.next_words(doc, hit, n)
  local _, after = M.split(doc, hit)
  local out = {}
  for w in after:lower():gmatch("[%w'%-]+") do
    if #out >= n then break end
    out[#out + 1] = w
  end
  return out
end

-- Words that deny what follows when they stand among the last four words before it.
local DENY = { no = true, ["not"] = true, without = true, never = true, none = true, nor = true,
  instead = true, cannot = true }

function M.denied(doc, hit)
  local before, after = M.split(doc, hit)   -- once: each split copies the announcement
  if after:sub(1, 5):lower() == "-free" then return true end
  local words = {}
  for w in lib.clause.tail(before, "%.;:!?,%(%)\n"):lower():gmatch("[%a']+") do words[#words + 1] = w end
  for i = math.max(1, #words - 3), #words do
    if DENY[words[i]] or words[i]:match("n't$") then return true end
  end
  return false
end

function M.keep(list, test)
  local out = {}
  for i = 1, #list do
    if test(list[i]) then table.insert(out, list[i]) end
  end
  return out
end

function M.live(doc, hits)
  return M.keep(hits, function(h) return not M.denied(doc, h) end)
end

function M.find(doc, phrases)
  local raw = {}
  for _, p in ipairs(phrases) do
    local found = doc:find(p)
    table.move(found, 1, #found, #raw + 1, raw)
  end
  return M.live(doc, raw)
end

function M.any(doc, phrases)
  return lib.hits.first(doc, phrases, M.denied) ~= nil
end

function M.join(list)
  if #list == 1 then return list[1] end
  return table.concat(list, ", ", 1, #list - 1) .. " and " .. list[#list]
end

function M.kinds(doc, kinds)
  local out = {}
  for _, k in ipairs(kinds) do
    local hits = M.find(doc, k.phrases)
    if hits[1] then out[#out + 1] = { kind = k, hits = hits } end
  end
  return out
end

function M.fact(plan, key)
  local facts = plan.facts
  return facts and tonumber(facts[key]) or nil
end

function M.concat(...)
  local out = {}
  for _, list in ipairs({ ... }) do table.move(list, 1, #list, #out + 1, out) end
  return out
end

function M.phrases(kinds)
  local out = {}
  for _, k in ipairs(kinds) do table.move(k.phrases, 1, #k.phrases, #out + 1, out) end
  return out
end

local ITEM_FIELDS = { "title", "wrong", "causes", "prevent", "respond", "owner" }

function M.items(doc, kinds)
  local out = {}
  for _, k in ipairs(M.kinds(doc, kinds)) do
    local item = { subject = k.kind.key, evidence = k.hits }
    for _, f in ipairs(ITEM_FIELDS) do item[f] = k.kind[f] end
    out[#out + 1] = item
  end
  if #out == 0 then return nil end
  return out
end

return M
