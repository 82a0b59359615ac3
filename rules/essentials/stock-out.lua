-- essentials.stock-out: the offer sells out in the first days.

local lang, offers, channels = lib.lang, lib.offers, lib.channels

local GOODS = { "stock", "stocks", "in stock", "stores", "in-store", "in store", "shops", "branches", "shelves",
  "shelf", "warehouse", "units", "delivery", "deliveries", "models", "while stocks last" }
-- Plan channels that mean physical goods.
local GOODS_CHANNELS = { "stores", "store", "retail", "in-store", "catalogue" }
local WHILE_STOCKS = { "while stocks last", "while stock lasts", "limited stock", "subject to availability" }

local function goods(plan, doc)
  return lang.first(doc, GOODS, lang.not_app_store) ~= nil or channels.first(plan, GOODS_CHANNELS) ~= nil
end

return {
  id = "essentials.stock-out",
  title = "The offer sells out in the first days",
  category = "supply",
  severity = 3, likelihood = 3,
  rationale = "Price drops multiply demand for a few days; stock planned from normal sales runs out, and an advertised offer customers cannot buy is a complaint and possibly a misleading advert.",
  triggers = lang.concat(offers.phrases(), WHILE_STOCKS),
  wrong = "The offer sells out in the first days: shelves are empty, online orders are cancelled, and customers who came for the advertised price leave angry.",
  causes = {
    "Stock was ordered for normal sales plus a guess, not from the uplift of the last comparable promotion",
    "Stock sits in the warehouse or the wrong stores because allocation ignored local demand",
    "The supplier delivers late or short in the week before launch",
    "The website keeps selling items the stores no longer have",
  },
  prevent = {
    "Forecast demand from the last comparable promotion's uplift and confirm stock cover per store at T-21d",
    "Get written delivery dates from the supplier and a named contact for launch week",
    "Set up a daily stock report per store and a reorder trigger for the first two weeks",
    "Prepare a rain-check or order-for-delivery process for customers who find the shelf empty",
  },
  respond = {
    "Acknowledge publicly at once which items are sold out and when more arrive",
    "Offer a rain check at the promotional price or a comparable model, and stop ads for sold-out items",
    "Move stock between stores and expedite the supplier's next delivery",
    "Confirm in writing the forecast method and stock-cover rule for the next promotion",
  },
  owner = { "operations", "sales" },
  due = "T-21d",
  mitigated_by = { "stock cover", "extra stock", "rain check", "rain-check", "raincheck", "stock allocated" },
  check = function(plan, doc, hits)
    local pos = offers.real(doc, hits)
    if #pos == 0 or not goods(plan, doc) then return nil end
    local wrong
    local h = lang.first(doc, WHILE_STOCKS)
    if h then
      wrong = ("The offer sells out in the first days: shelves are empty, online orders are cancelled, and customers who came for the advertised price leave angry. '%s' does not protect you if the stock was plainly too small for the advertising: regulators treat that as bait advertising."):format(h.text)
      pos[#pos + 1] = h
    end
    return { evidence = pos, wrong = wrong }
  end,
}
