-- promotions.loyalty-interaction: the offer and the loyalty scheme combine in ways nobody priced or explained.

local offer, money = lib.offer, lib.money

local LOYALTY = { "loyalty", "loyalty card", "loyalty points", "loyalty scheme", "loyalty programme",
  "loyalty program", "loyalty members", "reward points", "rewards points", "bonus points", "double points",
  "triple points", "points", "member price", "member prices", "members' price", "members' prices",
  "member-only", "members only", "members-only", "rewards card", "rewards members", "club members" }
-- "points" counts only in a loyalty sentence ("data points" and "price points" do not).
local POINT_WORDS = { "earn", "earns", "collect", "redeem", "spend", "double", "triple", "bonus", "loyalty",
  "member", "members", "card", "reward", "rewards" }
-- The plan already says how the two combine.
local DECIDED = { "points are earned on", "earn points on the", "points on the discounted", "points on the sale",
  "points on the reduced", "points cannot", "points can't", "points are not", "not earn points",
  "do not earn points", "don't earn points" }
local BOOST = { "double points", "triple points", "bonus points" }

local function loyal(doc, h)
  if h.text:lower() ~= "points" then return true end
  local s = offer.around(doc, h)
  for _, w in ipairs(POINT_WORDS) do
    if lib.word.framed(s, w, "%a") then return true end
  end
  return false
end

return {
  id = "promotions.loyalty-interaction",
  title = "The offer and the loyalty scheme combine in ways nobody priced",
  category = "commercial",
  severity = 3, likelihood = 3,
  rationale = "Loyalty systems are configured separately from prices; whether points are earned on the discount, or redeemed on top of it, is usually decided by a default nobody chose.",
  triggers = LOYALTY,
  wrong = "Nobody decided how the offer and the loyalty scheme combine: points are earned on the full price, or redeemed on top of the discount, members see a different price from the shelf, and the offer costs more than planned while the hotline cannot explain it.",
  causes = {
    "The loyalty system calculates points from the list price, not the price paid",
    "Points can be redeemed on top of the discount, taking the price below cost",
    "Member prices and the promotion price are set in different systems",
    "The hotline and stores do not know whether the offer earns points",
  },
  prevent = {
    "Decide whether the offer earns points and whether points can be redeemed on it, write it in the terms, and configure the loyalty system to match by T-7d",
    "Make a test purchase with a member card, online and at one till, and check the points and the price",
    "Add the combined cost (discount plus points) to the finance sign-off",
    "Put the answer in the store briefing and the hotline FAQ",
  },
  respond = {
    "Say publicly at once how points work on the offer, and honour points already shown on members' accounts",
    "Correct the loyalty configuration the same day and credit or adjust points in one batch",
    "Tell stores and the hotline the corrected answer before the next opening",
    "Confirm in writing that the loyalty test purchase is part of every promotion's setup",
  },
  owner = { "marketing", "sales" },
  due = "T-7d",
  mitigated_by = { "points test purchase", "member card test" },
  check = function(plan, doc, hits)
    if offer.any(doc, DECIDED) then return nil end
    local out = {}
    for _, h in ipairs(offer.live(doc, hits)) do
      if loyal(doc, h) then out[#out + 1] = h end
    end
    if #out == 0 then return nil end
    local boost = offer.first(doc, BOOST)
    if not boost and not offer.talks_money(doc) then return nil end
    local pct = money.top_percent(doc:text())
    if pct then
      return {
        evidence = out,
        wrong = ("Nobody decided how the %s%% offer and the loyalty scheme combine: points are earned on the full price, or redeemed on top of the discount, members see a different price from the shelf, and the offer costs more than planned while the hotline cannot explain it."):format(money.pct(pct)),
      }
    end
    return { evidence = out }
  end,
}
