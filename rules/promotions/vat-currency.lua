-- promotions.vat-currency: consumer prices shown without VAT, or in a currency the customer does not pay in.

local offer, money = lib.offer, lib.money

local EX_VAT = { "ex vat", "ex. vat", "excl. vat", "excl vat", "excluding vat", "exclusive of vat", "plus vat",
  "+ vat", "+vat", "net of vat", "before vat", "before tax", "plus tax", "excluding tax", "ex tax", "excl. tax" }
local BUSINESS = { "business customers", "businesses", "trade customers", "trade only", "trade counter", "b2b",
  "for business", "small business", "small businesses", "companies", "vat-registered", "vat registered" }
local CURRENCY = {
  uk = "GBP", gb = "GBP", de = "EUR", at = "EUR", nl = "EUR", be = "EUR", fr = "EUR", es = "EUR", it = "EUR",
  ie = "EUR", pt = "EUR", fi = "EUR", gr = "EUR", eu = "EUR", us = "USD", usa = "USD", ch = "CHF", se = "SEK",
  no = "NOK", dk = "DKK", pl = "PLN", au = "AUD", ca = "CAD", jp = "JPY",
}
-- "$" is read as USD; it also serves as the sign of these dollars.
local DOLLARS = { AUD = true, CAD = true }

local function missing_currency(plan, shown)
  local out, regions = {}, {}
  for _, r in ipairs(plan.audience.regions or {}) do
    local c = CURRENCY[r:lower()]
    if c then
      regions[#regions + 1] = r
      local ok = shown[c] or (DOLLARS[c] and shown.USD)
      if not ok then out[#out + 1] = r .. " (" .. c .. ")" end
    end
  end
  return out, regions
end

return {
  id = "promotions.vat-currency",
  title = "Prices are shown without VAT or in a currency the customer does not pay in",
  category = "legal",
  severity = 3, likelihood = 3,
  rationale = "Consumer prices must be shown as the total to pay, in the customer's currency; ex-VAT or converted prices are charged higher at the checkout and read as a bait price.",
  wrong = "The advertised price is not what the customer pays: VAT or currency conversion is added at the checkout, customers feel baited, and the advert breaks consumer price rules.",
  causes = {
    "Prices were copied from the trade or B2B price list, which is net of VAT",
    "One price list in one currency was used for every country in the campaign",
    "Card issuers add a conversion fee, so even an honest conversion costs more than the advert",
    "VAT rates differ between the countries the offer runs in",
  },
  prevent = {
    "Show consumer prices including VAT in every advert, label and checkout, and check the price file column used at T-14d",
    "Set prices per country in the local currency and check each country's checkout shows the advertised figure",
    "Have legal review price display for each country the campaign runs in",
    "Test one checkout per country from a local address and card before launch",
  },
  respond = {
    "Correct the displayed prices at once and say publicly which price applies",
    "Honour the advertised price, or refund the difference, for customers charged more than it",
    "Fix the price file or checkout setup at the source and check every channel again",
    "Confirm in writing the price-display check per country for the next campaign",
  },
  owner = { "sales", "web", "legal" },
  due = "T-14d",
  check = function(plan, doc, hits)
    local ex = offer.first(doc, EX_VAT)
    if ex and not offer.any(doc, BUSINESS) then
      return {
        evidence = { ex },
        wrong = ("The plan quotes prices '%s' to consumers: the checkout adds VAT, customers pay more than the advertised figure, and consumer price rules require the total price."):format(ex.text),
      }
    end
    local t = doc:text()
    local amounts = money.amounts(t)
    if #amounts == 0 then return nil end
    local shown = money.currencies(t)
    local missing, regions = missing_currency(plan, shown)
    if #missing == 0 then return nil end
    return {
      evidence = { { source = "audience", text = "regions: " .. table.concat(regions, ", ") }, { source = "announcement", text = amounts[1].text } },
      wrong = ("The plan shows prices like %s, but the audience includes %s: those customers see a converted price at the checkout, plus their card's conversion fee, and the advertised figure is not what they pay."):format(
        amounts[1].text, table.concat(missing, ", ")),
    }
  end,
}
