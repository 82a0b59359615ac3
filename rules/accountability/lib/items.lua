-- Helpers over the checklist view that checklist-phase rules receive.
--   open(checklist)            -> the items whose status is "open"
--   serious(item)              -> true when the item's residual level is high or critical
--   evidence(items, limit)     -> evidence entries naming the items (at most 'limit', default 10)
--   ids(items, limit)          -> "a, b and c" of the items' ids (at most 'limit', then "and N more")
local M = {}

function M.open(checklist)
  local out = {}
  for _, it in ipairs(checklist.items) do
    if it.status == "open" then out[#out + 1] = it end
  end
  return out
end

function M.serious(it)
  return it.residual_level == "high" or it.residual_level == "critical"
end

function M.evidence(items, limit)
  local ev = {}
  for i = 1, math.min(#items, limit or 10) do
    ev[#ev + 1] = { source = "checklist", text = items[i].id }
  end
  return ev
end

function M.ids(items, limit)
  limit = limit or 5
  local names = {}
  for i = 1, math.min(#items, limit) do names[#names + 1] = items[i].id end
  local s = table.concat(names, ", ")
  if #items > limit then s = s .. (" and %d more"):format(#items - limit) end
  return s
end

return M
