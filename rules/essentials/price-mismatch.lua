-- essentials.price-mismatch: the new price is not the same on shelf, till, website and advert.

local lang, offers = lib.lang, lib.offers

-- Price changes customers check at the till; offers whose price is not on a shelf
-- or a checkout (early-bird tickets, cashback) are left out.
local NOT_SHOWN = { ["early-bird"] = true, ["early bird"] = true, cashback = true, ["promo code"] = true,
  ["discount code"] = true }
local PRICE = { "new price", "new prices", "price change", "price changes", "price increase", "new pricing" }
for _, p in ipairs(offers.phrases()) do
  if not NOT_SHOWN[p] then PRICE[#PRICE + 1] = p end
end

-- Where a price is shown; each found place is named in the item.
local PLACES = {
  { { "shelf", "shelves", "shelf labels", "shelf-edge", "in-store", "in store", "stores", "tills", "at the till" }, "the shelf labels", "the tills" },
  { { "website", "online shop", "online store", "webshop", "checkout", "order online" }, "the website" },
  { { "app store", "google play", "in-app", "billing", "pricing page", "subscription" }, "the pricing page", "the billing system" },
  { { "leaflet", "leaflets", "flyer", "flyers", "poster", "posters", "catalogue", "advert", "adverts", "newspaper" }, "the printed adverts" },
  { { "hotline", "call centre", "call center" }, "the hotline script" },
}

return {
  id = "essentials.price-mismatch",
  title = "The new price differs between shelf, till, website and advert",
  category = "data-quality",
  severity = 3, likelihood = 3,
  rationale = "Prices are changed in several systems by different people; any mismatch must usually be honoured at the lowest price and is photographed and shared the same day.",
  triggers = PRICE,
  wrong = "The new prices are not the same everywhere on launch day: the advert, the shelf, the till and the website disagree, and customers hold you to the lowest one.",
  causes = {
    "Prices are changed by hand in several systems, by different teams, at different times",
    "Labels and adverts are printed before the final price is approved",
    "The till switches at midnight but the labels and website at opening time, or the other way round",
    "Some variants, colours or bundles are missing from the price file",
  },
  prevent = {
    "Export the final price file from one source and have a second person check every line (item, old price, new price, dates) at T-5d",
    "Spot-check the shelf label, till, website and advert for ten items in three locations on launch morning",
    "Schedule the change in every system for the same moment and write down who switches each one",
    "Agree in advance to honour the lowest displayed price and tell every store and operator",
  },
  respond = {
    "Acknowledge the wrong price publicly at once and honour the lowest price shown to customers who bought",
    "Correct the price at the source first, then labels, tills and website, and confirm each one",
    "Refund the difference to every customer charged more than the displayed price",
    "Confirm the single-price-file rule and the launch-morning spot check in writing for the next campaign",
  },
  owner = { "operations", "sales", "web" },
  due = "T-5d",
  mitigated_by = { "price file checked", "prices double-checked", "prices checked", "price spot-check", "price spot check" },
  check = function(plan, doc, hits)
    local pos = offers.real(doc, hits)
    if #pos == 0 then return nil end
    local places = {}
    for _, pl in ipairs(PLACES) do
      -- "app stores" is a place only for the pricing page
      local keep = pl[2] ~= "the pricing page" and lang.not_app_store or nil
      if lang.first(doc, pl[1], keep) then
        for k = 2, #pl do places[#places + 1] = pl[k] end
      end
    end
    if #places == 0 then places = { "the advert", "the shelf", "the till", "the website" }
    elseif #places == 1 then table.insert(places, 1, "the advert") end
    if #places == 1 then places[2] = "the till" end
    local list = lang.join(places)
    return {
      evidence = pos,
      wrong = ("The new prices are not the same everywhere on launch day: %s disagree, and customers hold you to the lowest one."):format(list),
    }
  end,
}
