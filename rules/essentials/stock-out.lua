-- essentials.stock-out: the offer sells out in the first days.

-- The source text just before and just after a hit, within the hit's own field
-- (doc:text() is the announcement; a hit in the title is read from its sentence).
local function around(doc, hit, n)
  local off, len = hit.offset, #hit.text
  if hit.source == nil or hit.source == "announcement" then
    local text = doc:text()
    if type(off) == "number" and text:sub(off + 1, off + len) == hit.text then
      return text:sub(math.max(1, off - n + 1), off), text:sub(off + len + 1, off + len + n)
    end
  end
  local s = doc:sentence(hit) or hit.text
  local a = s:find(hit.text, 1, true)
  if not a then return "", "" end
  return s:sub(math.max(1, a - n), a - 1), s:sub(a + len, a + len + n - 1)
end

-- A hit is negated when its own clause says there is none of it:
-- "no hotline", "we do not run a hotline", "without a QR code", "hotline-free".
local NEG = { no = true, ["not"] = true, without = true, never = true, nor = true,
  none = true, instead = true, cannot = true, replacing = true, replaces = true }

local function negated(doc, hit)
  local before, after = around(doc, hit, 80)
  if after:sub(1, 5):lower() == "-free" then return true end
  before = before:match("[^%.;:!?,%(%)\n]*$"):lower()
  local words = {}
  for w in before:gmatch("[%a'\226\128\153]+") do words[#words + 1] = w end
  for i = math.max(1, #words - 3), #words do
    local w = words[i]
    if NEG[w] or w:match("n't$") or w:match("n\226\128\153t$") then return true end
  end
  return false
end

local function positive(doc, hits)
  local out = {}
  for _, h in ipairs(hits) do if not negated(doc, h) then out[#out + 1] = h end end
  return out
end

local PROMO = { "price drop", "price drops", "price-drop", "price cut", "price cuts", "price reduction",
  "price reductions", "reduced price", "reduced prices", "lower prices", "new lower price", "new lower prices",
  "promotion", "promotions", "promo code", "discount", "discounts", "discounted", "discount code",
  "special offer", "special offers", "sale price", "sale prices", "half price", "half-price", "percent off",
  "per cent off", "off all", "off selected", "off every", "off rrp", "introductory price", "intro offer",
  "launch offer", "bundle deal", "buy one get one", "two for one", "cashback", "early-bird", "early bird" }

-- How to name the offer in a sentence: "the price drop", "the discount", "the early-bird price".
local OFFER_NAMES = { ["percent off"] = "discount", ["per cent off"] = "discount", ["off all"] = "discount",
  ["off selected"] = "discount", ["off every"] = "discount", ["off rrp"] = "discount", discounted = "discounted prices",
  promo = "promotion", ["early-bird"] = "early-bird price", ["early bird"] = "early-bird price",
  cashback = "cashback offer", ["half price"] = "half-price offer", ["half-price"] = "half-price offer",
  ["price-drop"] = "price drop" }

local function offer_name(hit)
  local t = hit.text:lower():gsub("%s+", " ")
  return OFFER_NAMES[t] or t
end

-- "Promotion" can also mean marketing ("promotion of the event starts in March"):
-- it counts as an offer only when the plan also talks money.
local MONEY = { "price", "prices", "off", "save", "saving", "savings", "discount", "offer", "free", "cheaper" }

local function talks_money(doc)
  for _, p in ipairs(MONEY) do if doc:has(p) then return true end end
  local text = doc:text()
  return text:find("%d%s*%%") ~= nil or text:find("[$\163\172]%s*%d") ~= nil
end

-- The hits that announce a real offer: not negated ("no discount"), and no bare marketing "promotion".
local function offers(doc, hits)
  local out, money = {}, nil
  for _, h in ipairs(positive(doc, hits)) do
    local t = h.text:lower()
    if t == "promotion" or t == "promotions" then
      if money == nil then money = talks_money(doc) end
      if money then out[#out + 1] = h end
    else
      out[#out + 1] = h
    end
  end
  return out
end

local GOODS = { "stock", "stocks", "in stock", "stores", "in-store", "in store", "shops", "branches", "shelves",
  "shelf", "warehouse", "units", "delivery", "deliveries", "models", "while stocks last" }
local GOODS_CHANNELS = { stores = true, store = true, retail = true, ["in-store"] = true, catalogue = true }
local WHILE_STOCKS = { "while stocks last", "while stock lasts", "limited stock", "subject to availability" }

-- "stores" right after "app" or "play" is an app store, not a shop.
local function app_store(doc, hit)
  local before = around(doc, hit, 10):lower()
  return before:match("app%s*$") ~= nil or before:match("play%s*$") ~= nil
end

local function goods(plan, doc)
  for _, p in ipairs(GOODS) do
    for _, h in ipairs(doc:find(p)) do
      if not app_store(doc, h) then return true end
    end
  end
  for _, c in ipairs(plan.channels or {}) do if GOODS_CHANNELS[c] then return true end end
  return false
end

return {
  id = "essentials.stock-out",
  title = "The offer sells out in the first days",
  category = "supply",
  severity = 3, likelihood = 3,
  rationale = "Price drops multiply demand for a few days; stock planned from normal sales runs out, and an advertised offer customers cannot buy is a complaint and possibly a misleading advert.",
  triggers = (function()
    local t = {}
    for _, p in ipairs(PROMO) do t[#t + 1] = p end
    for _, p in ipairs(WHILE_STOCKS) do t[#t + 1] = p end
    return t
  end)(),
  wrong = "The offer sells out in the first days: shelves are empty, online orders are cancelled, and customers who came for the advertised price leave angry.",
  causes = {
    "Stock was ordered for normal sales plus a guess, not from the uplift of the last comparable promotion",
    "Stock sits in the warehouse or the wrong stores because allocation ignored local demand",
    "The supplier delivers late or short in the week before launch",
    "The website keeps selling items the stores no longer have",
  },
  prevent = {
    "Forecast demand from the last comparable promotion's uplift and confirm stock cover per store at T-21d",
    "Get written delivery dates from the supplier and a named contact for launch week",
    "Set up a daily stock report per store and a reorder trigger for the first two weeks",
    "Prepare a rain-check or order-for-delivery process for customers who find the shelf empty",
  },
  respond = {
    "Acknowledge publicly at once which items are sold out and when more arrive",
    "Offer a rain check at the promotional price or a comparable model, and stop ads for sold-out items",
    "Move stock between stores and expedite the supplier's next delivery",
    "Confirm in writing the forecast method and stock-cover rule for the next promotion",
  },
  owner = { "operations", "sales" },
  due = "T-21d",
  mitigated_by = { "stock cover", "extra stock", "rain check", "rain-check", "raincheck", "stock allocated" },
  check = function(plan, doc, hits)
    local pos = offers(doc, hits)
    if #pos == 0 or not goods(plan, doc) then return nil end
    local wrong
    for _, p in ipairs(WHILE_STOCKS) do
      local h = doc:find(p)[1]
      if h then
        wrong = ("The offer sells out in the first days: shelves are empty, online orders are cancelled, and customers who came for the advertised price leave angry. '%s' does not protect you if the stock was plainly too small for the advertising: regulators treat that as bait advertising."):format(h.text)
        pos[#pos + 1] = h
        break
      end
    end
    return { evidence = pos, wrong = wrong }
  end,
}
