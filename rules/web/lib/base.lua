-- web/lib/base.lua: reading phrases in a plan. The web rules see this table as lib.base.
-- doc is the document a check receives; a hit is one of doc:find()'s hits.
--
--   negated(doc, hit)        -> true when the words just before the hit, in its own clause, deny it:
--                               "no landing page", "we do not use a cookie banner", "QR-free",
--                               "not using a microsite or a separate domain"
--   positive(doc, hits)      -> a new list of the hits that are not negated
--   fire(doc, hits)          -> a check's answer for a rule that fires on any positive trigger hit:
--                               { evidence = the positive hits }, or nil when every hit is negated
--   found(doc, phrases)      -> a new list of the positive hits of every phrase, in list order
--   first(doc, phrases)      -> found(doc, phrases)[1], without reading the phrases after it
--   has_any(doc, phrases)    -> true when at least one phrase occurs (negated or not)
--   channel(plan, names)     -> the first of the plan's channels that is in names, or nil
--   join(...)                -> one new list with the items of each given list in turn

local M = {}

local DENY = { no = true, ["not"] = true, without = true, never = true, none = true, nor = true,
  cannot = true, instead = true, skip = true, skipping = true, dropped = true }

function M.negated(doc, hit)
  local s = (doc:sentence(hit) or hit.text):lower()
  local at = s:find(hit.text:lower(), 1, true)
  if not at then return false end
  if s:sub(at + #hit.text, at + #hit.text + 4) == "-free" then return true end
  local clause, recent = lib.clause.tail(s:sub(1, at - 1), ",;:%(%)"), {}
  for w in clause:gmatch("[%a']+") do table.insert(recent, 1, w) end
  -- four words back; a list ("no microsite or separate domain") carries the denial further
  local reach, i = 4, 1
  while i <= math.min(reach, #recent) do
    local w = recent[i]
    if DENY[w] or w:match("n't$") then return true end
    if (w == "or" or w == "and") and reach < 8 then reach = reach + 4 end
    i = i + 1
  end
  return false
end

function M.positive(doc, hits)
  return lib.hits.keep(doc, hits, M.negated)
end

function M.fire(doc, hits)
  return lib.hits.fire(doc, hits, M.negated)
end

function M.found(doc, phrases)
  return lib.hits.found(doc, phrases, M.negated)
end

function M.first(doc, phrases)
  return lib.hits.first(doc, phrases, M.negated)
end

function M.has_any(doc, phrases)
  for _, p in ipairs(phrases) do
    if doc:has(p) then return true end
  end
  return false
end

function M.channel(plan, names)
  for _, c in ipairs(plan.channels or {}) do
    for _, n in ipairs(names) do
      if c == n then return c end
    end
  end
  return nil
end

function M.join(...)
  local out = {}
  for _, l in ipairs({ ... }) do
    for _, v in ipairs(l) do out[#out + 1] = v end
  end
  return out
end

return M
