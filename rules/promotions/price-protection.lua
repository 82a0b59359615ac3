-- promotions.price-protection: customers who bought just before the price drop want the difference back.

local offer, money = lib.offer, lib.money

local DROP = { "price drop", "price drops", "price-drop", "price cut", "price cuts", "cuts the price",
  "cut the price", "cuts prices", "cut prices", "cuts its prices", "lower prices", "new lower price",
  "new lower prices", "price reduction", "price reductions", "reduced price", "reduced prices",
  "permanently reduced", "drops from", "drop from", "reduced from", "down from" }
-- The plan already says what happens to recent buyers.
local DECIDED = { "price protection", "price promise", "price guarantee", "refund the difference",
  "refunds the difference", "difference refunded", "refund of the difference", "price adjustment",
  "price adjustments", "bought in the last", "bought in the past", "purchased in the last", "bought before",
  "purchased before", "recent buyers", "recent purchases" }

return {
  id = "promotions.price-protection",
  title = "Customers who bought just before the price drop want the difference",
  category = "commercial",
  severity = 3, likelihood = 3,
  rationale = "Every price cut meets last week's buyers on day one; whether that becomes a cost and a complaint depends on one agreed answer, which most plans leave to stores, the hotline and the website to improvise.",
  triggers = DROP,
  wrong = "Customers who paid the old price last week see the new one and ask for the difference: stores, the hotline and the website each give a different answer, and many simply return the item and buy it again at the new price.",
  causes = {
    "Nobody decided a policy for recent buyers before the announcement",
    "The returns period lets customers return and rebuy, which costs more than refunding the difference",
    "Stores have no till code for a price adjustment, so they process a full return",
    "Online buyers are still inside the statutory cancellation period and can cancel outright",
  },
  prevent = {
    "Decide the policy for recent buyers (for example: refund the difference for purchases in the last 14 or 30 days with proof of purchase) and have finance sign off its cost at T-14d",
    "Estimate that cost from the last 30 days' sales of the reduced items",
    "Put the policy's exact wording in the store briefing, the hotline script and the web FAQ",
    "Set up a price-adjustment code at the tills and in customer service so refunds are not processed as return-and-rebuy",
  },
  respond = {
    "State the one policy publicly at once on the website and social channels, and honour any adjustment staff have already promised",
    "Send stores and the hotline the wording and the till code the same day",
    "Track adjustment and return-and-rebuy volumes daily for the first two weeks",
    "Confirm the recent-buyer policy in writing as a standard part of every price-drop plan",
  },
  owner = { "sales", "support", "lead" },
  due = "T-7d",
  mitigated_by = { "price protection", "price adjustment", "refund the difference" },
  check = function(plan, doc, hits)
    local live = offer.live(doc, hits)
    if #live == 0 or offer.any(doc, DECIDED) then return nil end
    local low = doc:text():lower()
    if low:find("price increase") or low:find("price rise") then return nil end
    local pair = money.pairs(doc:text())[1]
    if pair then
      return {
        evidence = live,
        wrong = ("Customers who paid %s last week see the item at %s and ask for the %s back: stores, the hotline and the website each give a different answer, and many simply return the item and buy it again at the new price."):format(
          money.show(pair.was, pair.symbol), money.show(pair.now, pair.symbol), money.show(pair.was - pair.now, pair.symbol)),
      }
    end
    return { evidence = live }
  end,
}
