-- data.units-currency: the announcement mixes currencies or unit systems, a sign that figures were
-- copied from another market's material. Runs on every plan; fires only when the text shows the
-- mix. (Prices for an audience that pays in another currency are promotions.vat-currency.)

local clauses = lib.clauses
local framed = lib.word.framed

local CURRENCY = { ["\194\163"] = "GBP", ["\226\130\172"] = "EUR", ["$"] = "dollars", ["CHF"] = "CHF",
  ["GBP"] = "GBP", ["EUR"] = "EUR", ["USD"] = "dollars", ["SEK"] = "SEK", ["DKK"] = "DKK", ["PLN"] = "PLN",
  ["NOK"] = "NOK", ["CAD"] = "dollars", ["AUD"] = "dollars" }
local METRIC = { "cm", "mm", "kg", "litre", "litres", "liter", "liters", "metres", "meters", "km", "celsius", "ml" }
local IMPERIAL = { "inch", "inches", "feet", "foot", "lb", "lbs", "pounds weight", "gallon", "gallons", "miles",
  "fahrenheit", "oz", "ounces", "pints" }

-- "$" before an amount ("$ 20", "$20")
local function dollar_amount(text)
  local at = text:find("$", 1, true)
  while at do
    if text:find("^%s*%d", at + 1) then return true end
    at = text:find("$", at + 1, true)
  end
  return false
end

local function currencies(text)
  local found, order = {}, {}
  for sym, cur in pairs(CURRENCY) do
    local seen
    if sym == "$" then seen = dollar_amount(text)
    elseif sym:byte(1) >= 128 then seen = text:find(sym, 1, true) -- "£", "€"
    else seen = framed(text, sym, "%w") end                       -- "CHF", not "CHFS"
    if seen and not found[cur] then
      found[cur] = sym
      order[#order + 1] = cur
    end
  end
  table.sort(order)
  return found, order
end

return {
  id = "data.units-currency",
  title = "Currencies or units are mixed up in the announcement",
  category = "data-quality",
  severity = 3, likelihood = 3,
  rationale = "Copy written for one market is reused for another; a price in the wrong currency or a size in the wrong unit is read literally, honoured or complained about, and regulators treat it as a misleading price.",
  wrong = "Customers read a price in the wrong currency, or a measurement in the wrong unit, and act on it: they expect the wrong amount at checkout, or buy something that does not fit.",
  causes = {
    "Copy and artwork were written for one market and reused in another without changing the currency or the units",
    "Prices were converted at a rounded rate, or the local price list differs from the converted figure",
    "'$' is read as US dollars by some readers and as local dollars by others",
    "Sizes are given in centimetres in one place and inches in another, with a conversion error",
  },
  prevent = {
    "List every price and measurement in each market's material and check each against that market's price list and the product sheet at T-5d",
    "Write currency codes (EUR, CHF, USD) where the audience spans currencies, and one unit system per market with the other in brackets",
    "Have someone in each market read the final material for currency, units and number format",
  },
  respond = {
    "Correct the price or measurement publicly at once in the affected market and state the right figure",
    "Honour the price customers saw where they relied on it, and offer returns where a size was wrong",
    "Fix every channel in that market the same day, including feeds and marketplace listings",
    "Confirm in writing to the launch lead the per-market price and unit check for future material",
  },
  owner = { "marketing", "operations" },
  due = "T-5d",
  mitigated_by = { "prices checked per market", "local price list checked", "units checked" },
  check = function(plan, doc, hits)
    local text = doc:text()
    local _, order = currencies(text)
    local bad, ev = {}, {}
    if #order > 1 then
      bad[#bad + 1] = ("the announcement mixes currencies (%s)"):format(table.concat(order, ", "))
    end
    local metric, imperial = clauses.first(doc, METRIC), clauses.first(doc, IMPERIAL)
    if metric and imperial then
      bad[#bad + 1] = ("measurements mix metric and imperial units ('%s' and '%s')"):format(metric.text, imperial.text)
      ev[#ev + 1], ev[#ev + 2] = metric, imperial
    end
    if #bad == 0 then return nil end
    if #order > 1 then ev[#ev + 1] = { source = "announcement", text = "currencies: " .. table.concat(order, ", ") } end
    local s = table.concat(bad, "; ")
    return { evidence = ev,
      wrong = s:sub(1, 1):upper() .. s:sub(2) .. ". Customers act on what they read: they expect the wrong amount at checkout or buy the wrong size." }
  end,
}
