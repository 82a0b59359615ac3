-- lib/offers.lua: recognising a price offer or promotion. The essentials rules see this
-- table as lib.offers. Uses lib.lang (which loads first).
--
--   phrases()          -> a new list of the phrases that announce an offer ("price drop",
--                         "discount", "half price", "early bird", ...): a rule's triggers,
--                         or a list to build them from
--   real(doc, hits)    -> a new list of the hits that announce a real offer: not negated
--                         ("no discount"), and "promotion(s)" only when the plan also talks
--                         money (see talks_money)
--   talks_money(doc)   -> true when the plan mentions prices, savings, an offer, a percentage
--                         or an amount in dollars, pounds or euros; else false
--   name(hit)          -> how to name the hit's offer in a sentence, after "the":
--                         "price drop", "discount", "early-bird price", "cashback offer", ...

local lang = lib.lang
local M = {}

local PROMO = { "price drop", "price drops", "price-drop", "price cut", "price cuts", "price reduction",
  "price reductions", "reduced price", "reduced prices", "lower prices", "new lower price", "new lower prices",
  "promotion", "promotions", "promo code", "discount", "discounts", "discounted", "discount code",
  "special offer", "special offers", "sale price", "sale prices", "half price", "half-price", "percent off",
  "per cent off", "off all", "off selected", "off every", "off rrp", "introductory price", "intro offer",
  "launch offer", "bundle deal", "buy one get one", "two for one", "cashback", "early-bird", "early bird" }

function M.phrases()
  return lang.concat(PROMO)
end

-- How to name the offer in a sentence: "the price drop", "the discount", "the early-bird price".
local OFFER_NAMES = { ["percent off"] = "discount", ["per cent off"] = "discount", ["off all"] = "discount",
  ["off selected"] = "discount", ["off every"] = "discount", ["off rrp"] = "discount", discounted = "discounted prices",
  promo = "promotion", ["early-bird"] = "early-bird price", ["early bird"] = "early-bird price",
  cashback = "cashback offer", ["half price"] = "half-price offer", ["half-price"] = "half-price offer",
  ["price-drop"] = "price drop" }

function M.name(hit)
  local t = lang.norm(hit.text)
  return OFFER_NAMES[t] or t
end

-- "Promotion" can also mean marketing ("promotion of the event starts in March"):
-- it counts as an offer only when the plan also talks money.
local MONEY = { "price", "prices", "off", "save", "saving", "savings", "discount", "offer", "free", "cheaper" }

function M.talks_money(doc)
  if lang.any(doc, MONEY) then return true end
  local text = doc:text()
  return text:find("%d%s*%%") ~= nil or text:find("[$\163\172]%s*%d") ~= nil
end

function M.real(doc, hits)
  local out, money = {}, nil
  for _, h in ipairs(lang.positive(doc, hits)) do
    local t = h.text:lower()
    if t == "promotion" or t == "promotions" then
      if money == nil then money = M.talks_money(doc) end
      if money then out[#out + 1] = h end
    else
      out[#out + 1] = h
    end
  end
  return out
end

return M
