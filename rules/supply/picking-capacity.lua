-- supply.picking-capacity: the warehouse cannot pick, pack and dispatch the orders the launch brings.

local text, trade = lib.text, lib.trade

local function thousands(n)
  local s = tostring(math.floor(n + 0.5)):reverse():gsub("(%d%d%d)", "%1,"):reverse()
  return (s:gsub("^,", ""))
end

return {
  id = "supply.picking-capacity",
  title = "The warehouse cannot pick and pack the launch orders",
  category = "capacity",
  severity = 3, likelihood = 3,
  rationale = "Launch orders arrive in the first days, not spread over the month; a warehouse staffed for its average falls behind on day one and every day of backlog is a broken dispatch promise.",
  triggers = { "online orders", "online order", "order online", "orders online", "buy online", "online shop",
               "online store", "webshop", "web shop", "e-shop", "dispatched", "same-day dispatch",
               "next-day dispatch", "dispatch within", "dispatched within", "ships within", "shipped within",
               "ships the same day", "fulfilment centre", "fulfillment center", "fulfilment partner",
               "mail order", "gift wrapping", "personalised", "personalized", "engraving", "engraved" },
  wrong = "Orders arrive faster than the warehouse can pick, pack and dispatch them: a backlog builds from the first day, dispatch promises are broken, and customers cancel or chase.",
  causes = {
    "The order forecast was never compared with the warehouse's proven picks per day, only with its nominal capacity",
    "Temporary pickers are booked too late or arrive without site induction and system logins",
    "Personalised, engraved or gift-wrapped orders take several times longer to pack than standard ones",
    "The launch product arrives at goods-in on the launch day itself and has to be booked in before it can be picked",
  },
  prevent = {
    "Forecast orders per day for the first two weeks and compare them at T-3w with the warehouse's proven picks per day, not its nominal capacity",
    "Book extra shifts and agency pickers for launch week, with induction and system logins done by T-3d",
    "Pre-pack the launch product in labelled, ready-to-ship boxes for single-item orders",
    "Set the dispatch promise on the site to what the warehouse can keep at the forecast peak",
  },
  respond = {
    "Tell customers at once the real dispatch time, on the product page and by email to the orders already waiting",
    "Change the site's dispatch promise and pause paid ads until the backlog is under one day",
    "Run extra shifts, pick the oldest orders first and move simple orders to a second site or partner if there is one",
    "Confirm in writing the proven picking rate and the staffing rule for the next launch",
  },
  owner = { "operations" },
  due = "T-3w",
  mitigated_by = { "extra shifts", "agency pickers", "pre-packed", "picking capacity", "warehouse capacity confirmed" },
  check = function(plan, doc, hits)
    local pos = text.live(doc, hits)
    if #pos == 0 or not trade.physical(plan, doc) then return nil end
    local orders, capacity = trade.orders(plan), text.fact(plan, "picks_per_day")
    if orders and capacity then
      if orders <= capacity then return nil end
      return {
        evidence = pos,
        wrong = ("About %s orders a day are expected at the peak, but the warehouse picks about %s a day: a backlog of %s orders builds every day of the peak, dispatch promises are broken, and customers cancel or chase."):format(
          thousands(orders), thousands(capacity), thousands(orders - capacity)),
      }
    end
    return { evidence = pos }
  end,
}
