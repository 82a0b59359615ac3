-- Shared by every pack of the built-in rules root: lib.hits. Each pack says
-- what rules a hit out (its own negation words); these do the filtering.
--   keep(doc, hits, reject)       -> the hits for which reject(doc, hit) is false, in order
--   found(doc, phrases, reject)   -> keep() over doc:find() of each phrase, phrase by phrase
--   first(doc, phrases, reject)   -> found()[1], without reading the phrases after it
--   fire(doc, hits, reject)       -> { evidence = kept hits }, or nil when none is left
local M = {}

-- (Numbered loops: ipairs costs a function call an item, and these run for every phrase.)
function M.keep(doc, hits, reject)
  local out = {}
  for i = 1, #hits do
    if not reject(doc, hits[i]) then out[#out + 1] = hits[i] end
  end
  return out
end

function M.found(doc, phrases, reject)
  local out = {}
  for i = 1, #phrases do
    local hits = doc:find(phrases[i])
    for k = 1, #hits do
      if not reject(doc, hits[k]) then out[#out + 1] = hits[k] end
    end
  end
  return out
end

function M.first(doc, phrases, reject)
  for i = 1, #phrases do
    local hits = doc:find(phrases[i])
    for k = 1, #hits do
      if not reject(doc, hits[k]) then return hits[k] end
    end
  end
  return nil
end

function M.fire(doc, hits, reject)
  local k = M.keep(doc, hits, reject)
  if #k == 0 then return nil end
  return { evidence = k }
end

return M
