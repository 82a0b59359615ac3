-- promotions.code-stacking: a code combines with other codes, sale prices or schemes into a discount nobody priced.

local offer = lib.offer

-- Other discounts a code may land on top of, and how to name each.
local OTHERS = {
  { { "sale prices", "sale price", "sale items", "already reduced", "reduced items", "clearance" }, "sale prices" },
  { { "price drop", "price cut", "half price", "half-price", "multibuy", "bundle", "bundles" }, "other offers" },
  { { "student discount", "staff discount", "blue light", "nhs discount", "trade discount" }, "staff and group discounts" },
  { { "loyalty points", "reward points", "cashback", "gift card", "gift cards" }, "points, cashback and gift cards" },
  { { "price match", "price-match", "price promise" }, "the price match" },
}
-- "an extra 10% off", "a further 15% off": a discount on top of a discount, by design.
local ON_TOP = { "extra", "further", "additional" }
local EXCLUSIVE = { "cannot be combined", "can't be combined", "not to be combined", "not valid with",
  "not valid in conjunction", "cannot be used with", "can't be used with", "cannot be used in conjunction",
  "not combinable", "excludes sale", "excluding sale", "full-price items only", "full price items only",
  "one code per order", "one code per basket", "one code per transaction", "one offer per" }

-- Two different codes written in capitals, like SPRING20 and WELCOME10.
local function two_codes(doc)
  local seen, n = {}, 0
  for c in doc:text():gmatch("%f[%w](%u%u%u[%u%d]*)%f[%W]") do
    if c:find("%d$") and not seen[c] then seen[c], n = true, n + 1 end
  end
  return n >= 2
end

return {
  id = "promotions.code-stacking",
  title = "Codes and offers stack into a discount nobody priced",
  category = "commercial",
  severity = 3, likelihood = 3,
  rationale = "Checkouts and tills combine discounts unless told not to; stacked codes are found by deal hunters on day one and posted within the hour.",
  triggers = offer.CODES,
  wrong = "The code combines with other discounts at the checkout or till: customers stack it on sale prices, other codes and staff or student discounts, and some items sell below cost before anyone notices.",
  causes = {
    "The checkout and till apply every valid discount by default, and nobody set the code as exclusive",
    "The terms say 'cannot be combined' but the system was never configured to enforce it",
    "Staff at the till apply price matches or goodwill discounts on top of the code",
    "Percentage codes are calculated on the already-reduced price in one system and on the full price in another",
  },
  prevent = {
    "Decide which discounts the code may combine with, write it in the terms, and configure the checkout and tills to enforce it by T-7d",
    "Test a basket with the code plus each other live discount (sale item, second code, staff discount, price match) online and at one till",
    "Check the margin on the lowest possible stacked price for the ten best-selling eligible items",
    "Tell store staff in the briefing which discounts may and may not be combined with the code",
  },
  respond = {
    "Acknowledge publicly at once if a stacking error is found, and honour orders already placed unless the price is an obvious error",
    "Fix the combination rule in the checkout and tills the same day and confirm it with a test basket",
    "Tell stores and the hotline what to say to customers whose second attempt is refused",
    "Confirm the stacking test basket as a standard step of promotion setup, in writing",
  },
  owner = { "web", "sales" },
  due = "T-7d",
  mitigated_by = { "test basket", "stacking test" },
  check = function(plan, doc, hits)
    local live = offer.live(doc, hits)
    if #live == 0 or offer.any(doc, EXCLUSIVE) then return nil end
    for _, o in ipairs(OTHERS) do
      local h = offer.first(doc, o[1])
      if h then
        live[#live + 1] = h
        return {
          evidence = live,
          wrong = ("The code combines with %s at the checkout or till: customers stack it with other discounts, and some items sell below cost before anyone notices."):format(o[2]),
        }
      end
    end
    local low = doc:text():lower():gsub("%s+", " ")
    for _, w in ipairs(ON_TOP) do
      if low:find("%f[%a]" .. w .. " [%d%.]+ ?%%") then
        return {
          evidence = live,
          wrong = ("The code gives an %s discount on top of prices that are already reduced: the checkout and the tills each calculate it their own way, it also lands on top of staff discounts and price matches, and some items sell below cost before anyone notices."):format(w),
        }
      end
    end
    if two_codes(doc) then
      return {
        evidence = live,
        wrong = "The plan publishes more than one code, and nothing stops customers using them together: the checkout applies both, and some items sell below cost before anyone notices.",
      }
    end
    return nil
  end,
}
