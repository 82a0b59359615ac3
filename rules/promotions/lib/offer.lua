-- lib/offer.lua: reading a promotion's words (lib.offer). Uses lib.money (which loads first).
--
--   CODES                  -> phrases that announce a discount code or voucher
--   denied(doc, hit)       -> true when "no", "not", "without", "never", "n't" stands within the three
--                             words before the hit in its sentence ("no promo code", "we don't price-match")
--   live(doc, hits)        -> a new list of the hits that are not denied
--   first(doc, phrases)    -> the first hit of the first phrase that is not denied, or nil
--   any(doc, phrases)      -> true when the plan has one of the phrases
--   around(doc, hit)       -> the hit's sentence, then up to 80 bytes after and before the hit, lower case
--   talks_money(doc)       -> true when the plan has a percentage, an amount, or "off", "save", "discount"

local money = lib.money
local M = {}

M.CODES = { "promo code", "promo codes", "discount code", "discount codes", "voucher code", "voucher codes",
  "coupon code", "coupon codes", "coupon", "coupons", "voucher", "vouchers", "e-voucher", "e-vouchers",
  "use code", "with code", "with the code", "enter code", "code at checkout", "checkout code" }

local NEG = { "no", "not", "without", "never", "nor" }

function M.around(doc, hit)
  if hit.source ~= "title" and hit.source ~= "announcement" then return "", "", "" end
  local s = (doc:sentence(hit) or ""):lower()
  if hit.source == "announcement" and type(hit.offset) == "number" then
    local t, e = doc:text():lower(), hit.offset + #hit.text
    return s, t:sub(e + 1, e + 80), t:sub(math.max(1, hit.offset - 79), hit.offset)
  end
  local i = s:find(hit.text:lower(), 1, true)
  if not i then return s, "", "" end
  return s, s:sub(i + #hit.text), s:sub(1, i - 1)
end

function M.denied(doc, hit)
  local _, _, before = M.around(doc, hit)
  local words = {}
  for w in lib.clause.tail(before, "%.;:!?,%(%)\n"):gmatch("[%a']+") do words[#words + 1] = w end
  for i = #words, math.max(1, #words - 2), -1 do
    for _, n in ipairs(NEG) do if words[i] == n then return true end end
    if words[i]:sub(-3) == "n't" then return true end
  end
  return false
end

function M.any(doc, phrases)
  for _, p in ipairs(phrases) do if doc:has(p) then return true end end return false
end

function M.talks_money(doc)
  local t = doc:text()
  return #money.amounts(t) > 0 or #money.percents(t) > 0 or M.any(doc, { "off", "save", "discount", "half price" })
end

function M.first(doc, phrases)
  for _, p in ipairs(phrases) do
    local h = M.live(doc, doc:find(p))[1]
    if h then return h end
  end
  return nil
end

function M.live(doc, hits)
  local kept = {}
  for _, h in ipairs(hits) do
    if not M.denied(doc, h) then kept[#kept + 1] = h end
  end
  return kept
end

return M
