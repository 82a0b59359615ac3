-- essentials.promo-end-date: the promotion or price drop never says when it ends.

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

-- Words that introduce an end; they count only when a date follows within four words.
local END_WORDS = { "until", "ends", "ends on", "ending", "end date", "runs to", "runs through", "runs till",
  "valid to", "valid through", "valid till", "expires", "expiring", "closing date", "last day",
  "offer closes", "closes on", "finishes", "up to and including" }
local MONTHS = { january = 1, february = 1, march = 1, april = 1, may = 1, june = 1, july = 1, august = 1,
  september = 1, october = 1, november = 1, december = 1, jan = 1, feb = 1, mar = 1, apr = 1, jun = 1, jul = 1,
  aug = 1, sep = 1, sept = 1, oct = 1, nov = 1, dec = 1 }
local DAYWORDS = { monday = 1, tuesday = 1, wednesday = 1, thursday = 1, friday = 1, saturday = 1, sunday = 1,
  midnight = 1, christmas = 1, easter = 1, tomorrow = 1, tonight = 1 }
local TIME_UNITS = { am = 1, pm = 1, h = 1, hrs = 1, hours = 1, mins = 1, minutes = 1 }
-- A price change meant to last has no end date by design.
local PERMANENT = { "permanent", "permanently", "for good", "new everyday price", "new everyday prices",
  "everyday low price", "everyday low prices", "new regular price", "new regular prices", "new standard price",
  "new list price", "new list prices" }
local VAGUE = { "while stocks last", "while stock lasts", "limited time", "limited-time", "until further notice" }
local SPANS = { "for %w+ days", "for %w+ weeks", "for a week", "for a fortnight", "for %w+ weekends",
  "%a+day only", "weekend only", "one day only", "on the night", "on the evening" }
local DASH = "%s*[%-\226\128\147]+%s*"

-- "until 31 March", "ends Sunday", "until the end of April" count; "open until 8pm" does not.
local function date_follows(after)
  local words = {}
  for w in after:gmatch("[%w:]+") do
    words[#words + 1] = w
    if #words > 5 then break end
  end
  for i = 1, math.min(4, #words) do
    local w = words[i]
    if w == "further" or w == "notice" then return false end
    -- a clock time means opening hours, not the end of the offer
    if w:match("^%d+:%d+$") or w:match("^%d+[ap]m$") or (w:match("^%d+$") and TIME_UNITS[words[i + 1] or ""]) then
      return false
    end
    if MONTHS[w] or DAYWORDS[w] then return true end
    if w:match("^%d+$") or w:match("^%d+st$") or w:match("^%d+nd$") or w:match("^%d+rd$") or w:match("^%d+th$") then
      return true
    end
  end
  return false
end

local function end_stated(doc)
  for _, p in ipairs(END_WORDS) do
    for _, h in ipairs(doc:find(p)) do
      local _, after = around(doc, h, 60)
      if date_follows(after:lower()) then return true end
    end
  end
  local low = doc:text():lower():gsub("%s+", " ")
  -- date ranges: "1-14 March", "1 March - 14 March", "1 March to 14 March", "March 1 to March 14", "March 1-14"
  for m in low:gmatch("%f[%w]%d%d?%a*" .. DASH .. "%d%d?%a* (%a+)") do if MONTHS[m] then return true end end
  for m in low:gmatch("%f[%w]%d%d?%a* (%a+)" .. DASH .. "%d") do if MONTHS[m] then return true end end
  for m in low:gmatch("%f[%w]%d%d?%a* (%a+) to %d") do if MONTHS[m] then return true end end
  for m in low:gmatch("(%a+) %d%d?%a* to %a+ %d") do if MONTHS[m] then return true end end
  for m in low:gmatch("(%a+) %d%d?" .. DASH .. "%d") do if MONTHS[m] then return true end end
  for _, pat in ipairs(SPANS) do if low:find(pat) then return true end end
  return false
end

local function first_hit(doc, phrases)
  for _, p in ipairs(phrases) do
    local h = doc:find(p)
    if h[1] then return h[1] end
  end
  return nil
end

return {
  id = "essentials.promo-end-date",
  title = "Nobody knows when the offer ends",
  category = "commercial",
  severity = 3, likelihood = 3,
  rationale = "An offer with no stated end runs on at a loss or ends in arguments at the till; consumer law treats unclear promotional terms against the seller.",
  triggers = PROMO,
  wrong = "The plan announces a promotion but never says when it ends: customers argue over whether it still applies, it runs on at a loss, or ending it looks like a bait advert.",
  causes = {
    "The end date was agreed internally but left out of the announcement and the small print",
    "'While stocks last' or 'for a limited time' was written instead of a date",
    "The advert, the website and the till system carry different dates",
    "Nobody decided whether the new price is permanent or temporary",
  },
  prevent = {
    "Decide the exact start and end date and time (with time zone) and sign them off with finance at T-14d",
    "State 'until <date>' in the announcement, on shelf labels, on the website and in the terms",
    "Schedule the price reversal in the till and web systems when the promotion is set up, not afterwards",
    "Say in the terms what happens to orders placed before the end and delivered after it",
  },
  respond = {
    "Announce the end date publicly at once and honour the offer for customers who relied on the unclear wording",
    "Correct the advert, website and shelf labels the same day so every channel shows one end date",
    "Check that tills and the website switch back on time and refund anyone charged the wrong price",
    "Confirm the end-date rule in writing in the campaign template for future promotions",
  },
  owner = { "marketing", "sales" },
  due = "T-14d",
  check = function(plan, doc, hits)
    local pos = offers(doc, hits)
    if #pos == 0 then return nil end
    if first_hit(doc, PERMANENT) then return nil end
    if end_stated(doc) then return nil end
    local offer = offer_name(pos[1])
    local vague = first_hit(doc, VAGUE)
    local note = ""
    local ev = { pos[1] }
    if vague then
      note = (" (it only says '%s', which is not a date)"):format(vague.text:lower():gsub("%s+", " "))
      ev[2] = vague
    end
    return {
      evidence = ev,
      wrong = ("The plan announces the %s but never says when it ends%s: customers argue over whether it still applies, it runs on at a loss, or ending it looks like a bait advert."):format(offer, note),
    }
  end,
}
