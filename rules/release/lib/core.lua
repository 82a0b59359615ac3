-- release/lib/core.lua: small helpers for reading a plan. The release rules see it as lib.core.
--
--   denied(doc, hit)        -> true when the few words before the hit, in its clause, deny it:
--                              "no staged rollout", "we will not use feature flags", "without a canary"
--   kept(doc, hits)         -> a new list of the hits that are not denied
--   seen(doc, phrases)      -> a new list of the kept hits of all phrases, in list order
--   first(doc, phrases)     -> seen(doc, phrases)[1], without reading the phrases after it
--   fire(doc, hits)         -> a check's answer for a rule that fires on any kept trigger hit:
--                              { evidence = kept hits }, or nil
--   mentions(doc, phrases)  -> true when any phrase occurs, denied or not (for "is it handled?")
--   merge(...)              -> one new list with the items of each given list in turn

local M = {}

local DENY = { "no", "not", "without", "never", "none", "nor", "cannot", "instead of", "skip", "avoid" }

function M.denied(doc, hit)
  local s = (doc:sentence(hit) or hit.text):lower()
  local i = s:find(hit.text:lower(), 1, true) or 1
  local before = lib.clause.tail(s:sub(math.max(1, i - 32), i - 1), ",;:%(%)")
  for _, w in ipairs(DENY) do
    if lib.word.framed(before, w, "%a") then return true end
  end
  return before:find("n't%s") ~= nil
end

function M.kept(doc, hits)
  return lib.hits.keep(doc, hits, M.denied)
end

function M.seen(doc, phrases)
  return lib.hits.found(doc, phrases, M.denied)
end

function M.first(doc, phrases)
  return lib.hits.first(doc, phrases, M.denied)
end

function M.fire(doc, hits)
  return lib.hits.fire(doc, hits, M.denied)
end

function M.mentions(doc, phrases)
  for _, p in ipairs(phrases) do
    if doc:has(p) then return true end
  end
  return false
end

function M.merge(...)
  local out = {}
  for _, list in ipairs({ ... }) do
    for _, v in ipairs(list) do out[#out + 1] = v end
  end
  return out
end

return M
