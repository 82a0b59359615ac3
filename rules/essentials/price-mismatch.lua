-- essentials.price-mismatch: the new price is not the same on shelf, till, website and advert.

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

-- Price changes customers check at the till; offers whose price is not on a shelf
-- or a checkout (early-bird tickets, cashback) are left out.
local NOT_SHOWN = { ["early-bird"] = true, ["early bird"] = true, cashback = true, ["promo code"] = true,
  ["discount code"] = true }
local PRICE = { "new price", "new prices", "price change", "price changes", "price increase", "new pricing" }
for _, p in ipairs(PROMO) do
  if not NOT_SHOWN[p] then PRICE[#PRICE + 1] = p end
end

-- Where a price is shown; each found place is named in the item.
local PLACES = {
  { { "shelf", "shelves", "shelf labels", "shelf-edge", "in-store", "in store", "stores", "tills", "at the till" }, "the shelf labels", "the tills" },
  { { "website", "online shop", "online store", "webshop", "checkout", "order online" }, "the website" },
  { { "app store", "google play", "in-app", "billing", "pricing page", "subscription" }, "the pricing page", "the billing system" },
  { { "leaflet", "leaflets", "flyer", "flyers", "poster", "posters", "catalogue", "advert", "adverts", "newspaper" }, "the printed adverts" },
  { { "hotline", "call centre", "call center" }, "the hotline script" },
}

-- "stores" right after "app" or "play" is an app store, not a shop.
local function app_store(doc, hit)
  local before = around(doc, hit, 10):lower()
  return before:match("app%s*$") ~= nil or before:match("play%s*$") ~= nil
end

return {
  id = "essentials.price-mismatch",
  title = "The new price differs between shelf, till, website and advert",
  category = "data-quality",
  severity = 3, likelihood = 3,
  rationale = "Prices are changed in several systems by different people; any mismatch must usually be honoured at the lowest price and is photographed and shared the same day.",
  triggers = PRICE,
  wrong = "The new prices are not the same everywhere on launch day: the advert, the shelf, the till and the website disagree, and customers hold you to the lowest one.",
  causes = {
    "Prices are changed by hand in several systems, by different teams, at different times",
    "Labels and adverts are printed before the final price is approved",
    "The till switches at midnight but the labels and website at opening time, or the other way round",
    "Some variants, colours or bundles are missing from the price file",
  },
  prevent = {
    "Export the final price file from one source and have a second person check every line (item, old price, new price, dates) at T-5d",
    "Spot-check the shelf label, till, website and advert for ten items in three locations on launch morning",
    "Schedule the change in every system for the same moment and write down who switches each one",
    "Agree in advance to honour the lowest displayed price and tell every store and operator",
  },
  respond = {
    "Acknowledge the wrong price publicly at once and honour the lowest price shown to customers who bought",
    "Correct the price at the source first, then labels, tills and website, and confirm each one",
    "Refund the difference to every customer charged more than the displayed price",
    "Confirm the single-price-file rule and the launch-morning spot check in writing for the next campaign",
  },
  owner = { "operations", "sales", "web" },
  due = "T-5d",
  mitigated_by = { "price file checked", "prices double-checked", "prices checked", "price spot-check", "price spot check" },
  check = function(plan, doc, hits)
    local pos = offers(doc, hits)
    if #pos == 0 then return nil end
    local places = {}
    for _, pl in ipairs(PLACES) do
      for _, p in ipairs(pl[1]) do
        local found = false
        for _, h in ipairs(doc:find(p)) do
          if not app_store(doc, h) or pl[2] == "the pricing page" then found = true; break end
        end
        if found then
          for k = 2, #pl do places[#places + 1] = pl[k] end
          break
        end
      end
    end
    if #places == 0 then places = { "the advert", "the shelf", "the till", "the website" }
    elseif #places == 1 then table.insert(places, 1, "the advert") end
    if #places == 1 then places[2] = "the till" end
    local list = table.concat(places, ", ", 1, #places - 1) .. " and " .. places[#places]
    return {
      evidence = pos,
      wrong = ("The new prices are not the same everywhere on launch day: %s disagree, and customers hold you to the lowest one."):format(list),
    }
  end,
}
