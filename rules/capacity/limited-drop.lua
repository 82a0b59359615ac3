-- capacity.limited-drop: a limited edition sells to bots and resellers in seconds.

local text = lib.text

return {
  id = "capacity.limited-drop",
  title = "Bots and resellers clear the limited edition in seconds",
  category = "capacity",
  severity = 4, likelihood = 3,
  rationale = "Scarce, collectable stock is a target for bots and resale; refresh storms hit the product page at release and fans who miss out blame the brand publicly.",
  triggers = { "limited edition", "limited-edition", "limited editions", "limited run", "limited release",
               "numbered edition", "collector's edition", "collectors' edition", "collectors edition",
               "exclusive drop", "limited drop", "product drop", "capsule collection", "one-off batch" },
  wrong = "The limited edition goes live and sells out in seconds: bots and resellers take most of it, the product page falls over under refreshes, some orders are oversold, and fans who waited see the stock on resale sites at three times the price.",
  causes = {
    "No bot protection, per-customer limit or address check on the product and checkout",
    "Stock is not reserved at basket, so the last units are sold several times over",
    "The release time is public, so scripts and thousands of refreshing fans hit the page in the same second",
    "Staff and friends buy through the back door and it shows",
  },
  prevent = {
    "Put bot protection and a one-per-customer limit (per account, card and delivery address) on the product by T-14d",
    "Reserve stock at add-to-basket with a short timeout and test that the last unit cannot be sold twice",
    "Consider a ballot or a registered-buyer draw instead of first come, first served, and state the method in the announcement",
    "Load-test the product page and checkout at the expected number of refreshing visitors at release",
  },
  respond = {
    "Acknowledge publicly at once how many units sold, how quickly, and what you are doing about bots and resale",
    "Cancel orders that break the limit or share cards and addresses, and offer the units to genuine waitlisted customers",
    "Refund oversold orders the same day with an apology and first access to any restock",
    "Confirm in writing the allocation method (ballot, limits, bot checks) for the next drop",
  },
  owner = { "web", "engineering", "operations" },
  due = "T-14d",
  mitigated_by = { "ballot", "bot protection", "one per customer", "raffle" },
  check = function(plan, doc, hits)
    return text.item(doc, hits)
  end,
}
