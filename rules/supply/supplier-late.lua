-- supply.supplier-late: the product the launch announces is not delivered in time for the date.

local text, trade = lib.text, lib.trade

-- The stock is already on hand: the supplier can no longer make the launch late.
local ON_HAND = { "already in stock", "already in our warehouse", "already in the warehouse", "stock has arrived",
  "stock is in the warehouse", "stock is already", "has been delivered to our warehouse", "goods received",
  "booked in at the warehouse" }

-- "in stores from 1 October" is a date; "ships from our Leeds warehouse" is a place.
local WHEN = { january = 1, february = 1, march = 1, april = 1, may = 1, june = 1, july = 1, august = 1,
  september = 1, october = 1, november = 1, december = 1, monday = 1, tuesday = 1, wednesday = 1, thursday = 1,
  friday = 1, saturday = 1, sunday = 1, today = 1, tomorrow = 1, next = 1, mid = 1, early = 1, late = 1,
  launch = 1, spring = 1, summer = 1, autumn = 1, winter = 1 }

local function dated(doc, hit)
  if not hit.text:lower():find("from$") then return true end
  local w = text.next_words(doc, hit, 2)
  local first = (w[1] == "the" and w[2]) or w[1] or ""
  return WHEN[first] ~= nil or first:find("^%d") ~= nil or first:find("^mid%-") ~= nil
end

return {
  id = "supply.supplier-late",
  title = "The launch stock arrives after the launch date",
  category = "supply",
  severity = 4, likelihood = 3,
  rationale = "A new product's first delivery has no history to judge it by and no slack behind it; one slipped production slot or vessel moves the whole launch, usually after the date is public.",
  triggers = { "pre-order", "pre-orders", "preorder", "preorders", "new range", "new collection", "new model",
               "new models", "first shipment", "first shipments", "first delivery", "first deliveries",
               "in stores from", "in store from", "in shops from", "on shelves from", "available in stores",
               "arrives in stores", "arrive in stores", "hits the shelves", "hit the shelves", "launch stock",
               "ships from", "shipping from", "available to order from" },
  wrong = "The product the announcement promises is not in the warehouse or on the shelf on launch day: the supplier's first delivery is late, short or held, and customers who come for it find nothing while pre-orders slip.",
  causes = {
    "The delivery date is the supplier's estimate, not a confirmed date in the purchase order, and its production slot slipped",
    "The launch date was counted back from the supplier's ex-works date, with no time for transport, goods-in checks, labelling and allocation to stores",
    "One component or packaging item is short, so the whole first lot waits",
    "Nobody on the launch team hears about the slip until the week of the launch",
  },
  prevent = {
    "Get the supplier's confirmed ex-works and delivery dates in the purchase order at T-6w, and set the launch date at least ten working days after the delivery date",
    "Ask the supplier for a weekly production and shipping status from T-6w, with the shipment's booking reference",
    "Set a go/no-go date at T-10d: if the stock is not booked in at the warehouse by then, the launch date moves",
    "Hold the press release and paid media that name the date until goods-in is confirmed",
  },
  respond = {
    "Tell customers at once, on the product page and by email to everyone who pre-ordered, the new availability date, before they find out at the shelf",
    "Pause ads and posters that promise availability, and switch the product page to pre-order or reserve-and-collect",
    "Press the supplier for a part shipment or air freight of a first lot, and send it to pre-orders and the busiest stores first",
    "Confirm the supplier's new dates in writing and add the goods-in buffer to the launch plan template",
  },
  owner = { "operations", "product" },
  due = "T-6w",
  mitigated_by = { "stock received", "goods received", "stock in the warehouse", "delivery confirmed", "buffer stock" },
  check = function(plan, doc, hits)
    local pos = text.keep(text.live(doc, hits), function(h) return dated(doc, h) end)
    if #pos == 0 or not trade.physical(plan, doc) then return nil end
    if text.any(doc, ON_HAND) then return nil end
    return {
      evidence = pos,
      wrong = ("The plan counts on the supplier delivering in time ('%s'), but the first delivery is late, short or held: the product is not in the warehouse or on the shelf on launch day, customers who come for it find nothing, and pre-orders slip."):format(pos[1].text),
    }
  end,
}
