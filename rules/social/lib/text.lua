-- lib/text.lua: reading the words of a plan. The social rules see this table as lib.text.
--
-- doc is the document a check receives; a hit is one of doc:find()'s or the check's hits.
--
--   clause(doc, hit)        -> the words of the hit's own clause before it, lower case
--   negated(doc, hit)       -> true when that clause denies it ("no influencers", "we will not
--                              run a hashtag", "without a live stream") or it reads "<hit>-free"
--   live(doc, hits)         -> a new list of the hits that are not negated, in order
--   first(doc, phrases)     -> the first hit, in phrase order, that is not negated; nil if none
--   quote(hits, n)          -> up to n distinct hit texts as '"a", "b" and "c"'
--   item(doc, hits, wrong, n) -> nil when no hit is live; else { evidence = the live hits,
--                              wrong = wrong:format(quote(live hits, n)) }
--   join(...)               -> a new list: the items of each list argument in turn
--   member(plan, words)     -> name, role of the first team member one of whose roles contains
--                              one of the words (lower case, whole words); nil when none

local M = {}

local NEG = { no = true, ["not"] = true, without = true, never = true, nor = true, none = true,
  cannot = true, instead = true, stop = true, stopped = true, dropped = true, avoid = true }

function M.clause(doc, hit)
  local before
  if hit.source == "announcement" and type(hit.offset) == "number" then
    before = doc:text():sub(math.max(1, hit.offset - 160), hit.offset)
  else
    local s = doc:sentence(hit) or ""
    before = s:sub(1, (s:lower():find(hit.text:lower(), 1, true) or 1) - 1)
  end
  return lib.clause.tail(before:lower(), "%.;:!?,%(%)\n")
end

function M.negated(doc, hit)
  if (doc:sentence(hit) or ""):lower():find(hit.text:lower() .. "-free", 1, true) then return true end
  local words = {}
  for w in M.clause(doc, hit):gsub("\226\128\153", "'"):gmatch("[%a']+") do table.insert(words, 1, w) end
  for i = 1, math.min(4, #words) do
    if NEG[words[i]] or words[i]:find("n't$") then return true end
  end
  return false
end

function M.live(doc, hits)
  local out = {}
  for _, h in ipairs(hits) do if not M.negated(doc, h) then out[#out + 1] = h end end
  return out
end

function M.first(doc, phrases)
  for _, p in ipairs(phrases) do
    local l = M.live(doc, doc:find(p))
    if l[1] then return l[1] end
  end
  return nil
end

function M.quote(hits, n)
  local seen, out = {}, {}
  for _, h in ipairs(hits) do
    local t = h.text:gsub("%s+", " ")
    if not seen[t:lower()] and #out < n then
      seen[t:lower()] = true
      out[#out + 1] = '"' .. t .. '"'
    end
  end
  if #out <= 1 then return out[1] or "" end
  return table.concat(out, ", ", 1, #out - 1) .. " and " .. out[#out]
end

function M.item(doc, hits, wrong, n)
  local pos = M.live(doc, hits)
  if #pos == 0 then return nil end
  return { evidence = pos, wrong = wrong:format(M.quote(pos, n)) }
end

function M.join(...)
  local out = {}
  for _, list in ipairs({ ... }) do table.move(list, 1, #list, #out + 1, out) end
  return out
end

function M.member(plan, words)
  for _, m in ipairs(plan.team or {}) do
    for _, r in ipairs(m.roles or {}) do
      local padded = " " .. tostring(r):lower():gsub("[^%w]+", " ") .. " "
      for _, w in ipairs(words) do
        if padded:find(" " .. w .. " ", 1, true) then return m.name or "a team member", r end
      end
    end
  end
  return nil
end

return M
