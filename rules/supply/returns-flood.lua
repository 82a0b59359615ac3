-- supply.returns-flood: weeks after a big online promotion the returns arrive, and nobody
-- planned to receive, check and refund them.

local text, trade = lib.text, lib.trade

local GENEROUS = { "free returns", "free return", "easy returns", "no-quibble returns", "extended returns",
  "returns window", "money-back guarantee", "money back guarantee", "try at home", "try before you buy",
  "30-day returns", "60-day returns", "100-day returns", "365-day returns", "100-day trial", "100-night trial" }
local BIG_SALE = { "black friday", "cyber monday", "flash sale", "mega sale", "summer sale", "winter sale",
  "january sale", "boxing day sale", "clearance sale", "warehouse sale", "singles' day", "prime day" }

return {
  id = "supply.returns-flood",
  title = "A wave of returns follows the promotion",
  category = "supply",
  severity = 3, likelihood = 3,
  rationale = "Promotions and generous return promises pull in impulse and bracket buying; the returns come two to five weeks later, when the campaign team has moved on, and late refunds turn into complaints and chargebacks.",
  triggers = text.concat(GENEROUS, BIG_SALE),
  wrong = "Two to five weeks after the promotion a wave of returns arrives: the warehouse cannot receive, check and restock them, refunds go out late, and returned stock misses the rest of the season.",
  causes = {
    "Sale and free-returns buyers order several sizes or colours and keep one, so return rates run far above normal",
    "Returns handling is staffed for an ordinary month, so parcels queue unopened and refunds pass the legal deadline",
    "The returns portal, labels and carrier collections were not set up for the promised returns window or volume",
    "Nobody decided how to refund bundles, free gifts and items bought with a discount code",
  },
  prevent = {
    "Forecast returns from the last comparable sale's return rate and book returns-handling staff for T+1w to T+5w at T-3w",
    "Set up the returns portal, prepaid labels and the returns carrier's collections for that volume, and send one test return end to end",
    "Write the refund rule for bundles, free gifts and discounted items into the offer terms",
    "Track days from return received to refund daily and keep it inside the legal limit (14 days in the UK and EU)",
  },
  respond = {
    "Tell customers at once how long refunds are taking, and confirm by email when each return is received",
    "Refund first and restock later, so that no customer waits past the legal deadline",
    "Add temporary staff or an outsourced returns processor, and grade and resell returned stock in batches",
    "Confirm in writing the returns forecast and staffing rule for the next promotion",
  },
  owner = { "operations", "support" },
  due = "T-3w",
  mitigated_by = { "returns staff booked", "returns forecast", "returns team", "returns processor" },
  check = function(plan, doc, hits)
    local generous = text.find(doc, GENEROUS)
    local sale = text.find(doc, BIG_SALE)
    if not generous[1] and not sale[1] then return nil end
    -- returns are a distance-selling problem: goods sent to customers
    if not trade.shipped(plan, doc) then return nil end
    local ev, what = {}, {}
    if sale[1] then
      ev[#ev + 1] = sale[1]
      local t = sale[1].text
      -- "the summer sale", but "Black Friday" as written
      what[#what + 1] = t:lower():find("sale", 1, true) and ("the " .. t:lower()) or t
    end
    if generous[1] then ev[#ev + 1] = generous[1]; what[#what + 1] = ("the promise of %s"):format(generous[1].text) end
    return {
      evidence = ev,
      wrong = ("Two to five weeks after %s a wave of returns arrives: the warehouse cannot receive, check and restock them, refunds go out late, and returned stock misses the rest of the season."):format(text.join(what)),
    }
  end,
}
