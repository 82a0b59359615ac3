-- essentials.staff-briefing: store and sales staff never heard about the price drop or promotion.

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

-- Where staff meet customers.
local PLACES = { "in-store", "in store", "in stores", "stores", "our shops", "shops", "branches", "showroom",
  "showrooms", "at the till", "tills", "counter", "counters", "sales team", "sales staff", "sales reps",
  "dealers", "resellers", "retail partners", "stockists", "franchisees", "shop floor", "store staff" }
local PLACE_CHANNELS = { stores = true, store = true, retail = true, ["in-store"] = true, dealers = true, sales = true }
-- How to name the staff in a sentence.
local PLACE_NAMES = { ["sales team"] = "the sales team", ["sales staff"] = "the sales team", ["sales reps"] = "the sales team",
  sales = "the sales team", dealers = "partner shops", resellers = "partner shops", ["retail partners"] = "partner shops",
  stockists = "partner shops", franchisees = "partner shops", showroom = "the showrooms", showrooms = "the showrooms",
  counter = "the counters", counters = "the counters" }

-- "stores" right after "app" or "play" is an app store, not a shop.
local function app_store(doc, hit)
  local before = around(doc, hit, 10):lower()
  return before:match("app%s*$") ~= nil or before:match("play%s*$") ~= nil
end

local function first_place(plan, doc)
  for _, p in ipairs(PLACES) do
    for _, h in ipairs(doc:find(p)) do
      if not negated(doc, h) and not app_store(doc, h) then return h end
    end
  end
  for _, c in ipairs(plan.channels or {}) do
    if PLACE_CHANNELS[c] then return { text = c } end
  end
  return nil
end

return {
  id = "essentials.staff-briefing",
  title = "Staff first hear about the offer from customers",
  category = "communication",
  severity = 3, likelihood = 4,
  rationale = "Price and promotion changes reach the advert before the shop floor; contradicting answers at the till cost the sale and get posted online the same day.",
  triggers = PROMO,
  wrong = "Customers arrive asking about the offer and the staff in front of them have not been told: they quote the old price, contradict the advert or each other, and turn customers away at the till.",
  causes = {
    "The briefing went out by email the evening before and was never read on the shop floor",
    "Part-time, weekend and agency staff were not on shift when the briefing was given",
    "Tills, shelf labels and the website switch at different times, so staff cannot check what the customer saw",
    "Nobody told staff the conditions: dates, eligible models, warranty, returns, and what to say to last week's buyers",
  },
  prevent = {
    "Send a one-page briefing with prices, dates, eligible products and conditions to every store and sales team at T-5d, and get each manager to confirm receipt",
    "Brief every shift in a five-minute huddle on launch morning, including part-time and weekend staff",
    "Put the five likeliest customer questions and their answers on the till screen or staff noticeboard",
    "Name a contact who can settle disputed prices on launch day and give every store the number",
  },
  respond = {
    "Acknowledge the confusion on social media and in store at once and state the correct terms in one short message",
    "Tell staff to honour the advertised price when in doubt and log each case, so no customer is turned away",
    "Phone every store manager with the corrected briefing and confirm each has passed it on to the shop floor",
    "Confirm in writing that the staff-briefing sign-off is now a launch checklist item with a named owner",
  },
  owner = { "sales", "marketing" },
  due = "T-3d",
  mitigated_by = { "staff briefing", "staff briefed", "briefing pack", "store briefing", "briefed all stores",
                   "store managers briefed", "sales team briefed" },
  check = function(plan, doc, hits)
    local pos = offers(doc, hits)
    if #pos == 0 then return nil end
    local place = first_place(plan, doc)
    if not place then return nil end
    local offer = offer_name(pos[1])
    local ev = { pos[1] }
    if place.line then ev[2] = place end
    return {
      evidence = ev,
      wrong = ("Customers arrive asking about the %s and the staff in %s have not been told: they quote the old price, contradict the advert or each other, and turn customers away at the till."):format(
        offer, PLACE_NAMES[place.text:lower():gsub("%s+", " ")] or "the stores"),
    }
  end,
}
