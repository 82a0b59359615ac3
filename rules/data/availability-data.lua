-- data.availability-data: the stock or delivery information customers see (in stock at your store,
-- delivery dates, collect times) does not match reality.

local clauses = lib.clauses

local AVAIL = { "click and collect", "click & collect", "click-and-collect", "reserve and collect", "reserve online",
  "check availability", "check stock", "stock checker", "in stock at", "available in store", "available in stores",
  "store stock", "next-day delivery", "next day delivery", "same-day delivery", "delivery dates", "delivery date",
  "ships within", "dispatched within", "collect in store", "collect from store", "order for collection",
  "available to order", "back in stock" }

return {
  id = "data.availability-data",
  title = "Stock and delivery information online does not match reality",
  category = "data-quality",
  severity = 3, likelihood = 3,
  rationale = "Store stock is synced to the website in batches and delivery promises are static text; in a launch rush they go stale within hours, and a customer who travels to collect an item that is not there is the angriest kind.",
  triggers = AVAIL,
  wrong = "The website or app tells customers an item is in stock at their store, or will arrive by a date, and it is not true: they travel to collect it and find nothing, or their order is cancelled after the promised date.",
  causes = {
    "Store stock is sent to the website in a nightly batch, so launch-day sales leave it hours behind",
    "Display, damaged and reserved units are counted as available",
    "Delivery promises are fixed text or rules that ignore the launch surge at the warehouse and carriers",
    "Click-and-collect orders are accepted for stores that do not have the item or staff to pick it",
  },
  prevent = {
    "Increase the stock sync to at least hourly for the launch products from T-1d to T+7d, and confirm it with IT at T-7d",
    "Hold back a safety buffer per store (for example two units) from online availability for launch products",
    "Agree the real dispatch capacity with the warehouse and carriers and set the delivery promise from it at T-5d",
    "Check the availability shown online against a physical count in three stores on launch morning",
  },
  respond = {
    "Apologise at once to customers who came for an item that was not there, and give them priority delivery or a reservation",
    "Switch the affected products to 'check with store' or a longer delivery promise until the data is right",
    "Call or email customers whose collections or deliveries will be missed before they set off",
    "Confirm in writing to the launch lead the sync frequency and buffers now in place",
  },
  owner = { "operations", "web" },
  due = "T-7d",
  mitigated_by = { "stock sync", "safety buffer", "hourly sync" },
  check = function(plan, doc, hits) return clauses.fire(doc, hits) end,
}
