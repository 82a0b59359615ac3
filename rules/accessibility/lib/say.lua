-- lib/say.lua: what a plan says and denies. The accessibility rules see this table as lib.say.
--
--   denied(doc, hit)        -> true when the two or three words right before the hit deny it
--                              ("no captcha", "not step-free", "without a lift", "isn't
--                              accessible") or the hit reads "<hit>-free"; else false
--   affirmed(doc, hits)     -> a new list of the hits that are not denied
--   first(doc, phrases)     -> the first affirmed hit of the phrases, in list order; nil if none
--   first_denied(doc, phrases) -> the first denied hit of the phrases ("no lift"); nil if none
--   split(doc, hits)        -> two new lists: the hits that are affirmed, the hits that are denied
--   lists(...)              -> a new list: the items of each list argument in turn
--   names(hits, n)          -> up to n distinct hit texts, lower case, as "a", "a and b", "a, b and c"
--   handled(doc, phrases)   -> the first affirmed hit of any of the phrases: the plan says the
--                              risk is handled ("with captions", "WCAG"); nil when none
--   item(doc, hits, wrong, done) -> nil when the plan says it is handled (handled(doc, done)) or
--                              no hit is affirmed; else { evidence = affirmed hits,
--                              wrong = wrong:format(names(affirmed hits, 2)) }

local M = {}

-- What stands right before a denied hit (the text before it is lower case, ’ made '): "no ",
-- "not ", "without ", "never ", "n't ", "nor ", or "no", "not", "without", "n't" and one word, or
-- "not", "n't" and two words. Written reversed, to be matched at the start of the reversed text:
-- "%f[%a]no%s+$" on the text is "^%s+on%f[%A]" on the text reversed, one anchored try instead of
-- a try at every byte.
local TAILS = { "^%s+on%f[%A]", "^%s+ton%f[%A]", "^%s+tuohtiw%f[%A]", "^%s+reven%f[%A]", "^%s+t'n",
  "^%s+[%a%-]+%s+on%f[%A]", "^%s+[%a%-]+%s+ton%f[%A]", "^%s+[%a%-]+%s+[%a%-]+%s+ton%f[%A]",
  "^%s+[%a%-]+%s+tuohtiw%f[%A]", "^%s+[%a%-]+%s+t'n", "^%s+[%a%-]+%s+[%a%-]+%s+t'n", "^%s+ron%f[%A]" }

-- The 40 bytes before the hit, lower case (short, so that the tail patterns stay cheap).
local function before(doc, hit)
  local s
  if hit.source == "announcement" and type(hit.offset) == "number" then
    s = doc:text():sub(math.max(1, hit.offset - 39), hit.offset)
  else
    local sent = doc:sentence(hit) or ""
    s = sent:sub(1, (sent:lower():find(hit.text:lower(), 1, true) or 1) - 1)
  end
  return " " .. s:sub(-40):lower():gsub("\226\128\153", "'")
end

function M.denied(doc, hit)
  local s = doc:sentence(hit) or ""
  if s:lower():find(hit.text:lower() .. "-free", 1, true) then return true end
  local b = before(doc, hit):reverse()
  for _, t in ipairs(TAILS) do if b:find(t) then return true end end
  return false
end

function M.split(doc, hits)
  local yes, no = {}, {}
  for _, h in ipairs(hits) do
    local side = M.denied(doc, h) and no or yes
    side[#side + 1] = h
  end
  return yes, no
end

function M.affirmed(doc, hits)
  return (M.split(doc, hits))
end

-- The first hit of the phrases, in list order, on the wanted side (1 affirmed, 2 denied).
local function pick(doc, phrases, side)
  for _, p in ipairs(phrases) do
    local h = select(side, M.split(doc, doc:find(p)))[1]
    if h then return h end
  end
  return nil
end

function M.first(doc, phrases) return pick(doc, phrases, 1) end
function M.first_denied(doc, phrases) return pick(doc, phrases, 2) end

function M.lists(...)
  local out = {}
  for _, list in ipairs({ ... }) do table.move(list, 1, #list, #out + 1, out) end
  return out
end

function M.names(hits, n)
  local out, seen = {}, {}
  for _, h in ipairs(hits) do
    local t = h.text:lower():gsub("%s+", " ")
    if not seen[t] and #out < n then seen[t] = true; out[#out + 1] = t end
  end
  if #out <= 1 then return out[1] or "" end
  return table.concat(out, ", ", 1, #out - 1) .. " and " .. out[#out]
end

function M.handled(doc, phrases)
  return M.first(doc, phrases or {})
end

function M.item(doc, hits, wrong, done)
  if M.handled(doc, done) then return nil end
  local pos = M.affirmed(doc, hits)
  if #pos == 0 then return nil end
  return { evidence = pos, wrong = wrong:format(M.names(pos, 2)) }
end

return M
