-- Shared by every pack of the built-in rules root: lib.hits. Each pack says
-- what rules a hit out (its own negation words); these do the filtering.
--   keep(doc, hits, reject)       -> the hits for which reject(doc, hit) is false, in order
--   found(doc, phrases, reject)   -> keep() over doc:find() of each phrase, phrase by phrase
--   fire(doc, hits, reject)       -> { evidence = kept hits }, or nil when none is left
local M = {}

function M.keep(doc, hits, reject)
  local out = {}
  for _, h in ipairs(hits) do
    if not reject(doc, h) then out[#out + 1] = h end
  end
  return out
end

function M.found(doc, phrases, reject)
  local out = {}
  for _, p in ipairs(phrases) do
    for _, h in ipairs(M.keep(doc, doc:find(p), reject)) do out[#out + 1] = h end
  end
  return out
end

function M.fire(doc, hits, reject)
  local k = M.keep(doc, hits, reject)
  if #k == 0 then return nil end
  return { evidence = k }
end

return M
