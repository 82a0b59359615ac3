-- legal.reference-price: the offer compares with an earlier or recommended price that may not
-- be genuine ("was £49.99", "from £49.99 to £34.99", "20% off", "RRP").

local clause = lib.clause

-- How each trigger shows a price comparison: the amount comes after it ("was £49.99", "save £10",
-- "down from £60"), before it ("20% off", "£10 off") or the phrase alone says so ("RRP").
local AFTER = { "was", "were", "drops from", "drop from", "dropped from", "reduced from", "down from", "cut from",
  "cuts from", "slashed from", "falls from", "instead of", "save", "saving", "savings of", "worth", "compare at",
  "previously" }
local BEFORE = { "off" }
local ALONE = { "rrp", "recommended retail price", "usual price", "normal price", "regular price", "previous price",
  "original price", "half price", "half-price", "now only", "now just" }

-- The plan shows it applies the prior-price rule.
local SHOWN = { "lowest price in the last 30 days", "lowest price in the previous 30 days",
  "lowest price of the last 30 days", "lowest price in the 30 days", "lowest price charged in the last 30 days" }

local EU = { EU = true, AT = true, BE = true, BG = true, HR = true, CY = true, CZ = true, DK = true, EE = true,
  FI = true, FR = true, DE = true, GR = true, HU = true, IE = true, IT = true, LV = true, LT = true, LU = true,
  MT = true, NL = true, PL = true, PT = true, RO = true, SK = true, SI = true, ES = true, SE = true }

-- uk, eu, other: whether the plan's regions include the UK, an EU country, anything else.
local function regions(plan)
  local uk, eu, other = false, false, false
  for _, r in ipairs((plan.audience and plan.audience.regions) or {}) do
    local u = r:upper()
    if u == "UK" or u == "GB" or u == "UNITED KINGDOM" then uk = true
    elseif EU[u] then eu = true
    else other = true end
  end
  return uk, eu, other
end

-- A bare "N% off" counts when the EU's rule applies to every announced reduction, or when the
-- cut is deep enough to draw scrutiny; an explicit old price always counts.
local DEEP = 30

-- Which price rule to quote: the plan's regions decide ("UK" only: the CMA's; otherwise the EU's).
local function rule_for(plan)
  local uk, eu, other = regions(plan)
  if uk and not eu and not other then
    return "in the UK: a price genuinely charged for a reasonable period just before the cut, as the CMA expects"
  end
  return "in the EU: the lowest price charged in the 30 days before the cut"
end

local function kind_of(phrase)
  for _, p in ipairs(AFTER) do if p == phrase then return "after" end end
  for _, p in ipairs(BEFORE) do if p == phrase then return "before" end end
  return "alone"
end

local function compares(plan, doc, hit)
  local k = kind_of(hit.text:lower():gsub("%s+", " "))
  if k == "after" then
    local rest = clause.tail(doc, hit):gsub("^%s*up to", ""):gsub("^%s*only", "")
    return clause.amount_next(rest)
  elseif k == "before" then
    local lead = clause.lead(doc, hit):gsub("%s+$", "")
    if not clause.amount_last(lead) then return false end
    local _, eu = regions(plan)
    local pct = tonumber(lead:match("(%d+) ?%%$") or lead:match("(%d+) ?per ?cent$") or "")
    return eu or (pct ~= nil and pct >= DEEP)
  end
  return true
end

return {
  id = "legal.reference-price",
  title = "The was-price or saving in the offer is not genuine",
  category = "legal",
  severity = 4, likelihood = 3,
  rationale = "Price comparisons are the most enforced promotional claim: regulators and journalists check price histories, and a 'was' price charged briefly, elsewhere or never makes the whole offer misleading.",
  triggers = clause.phrases({ { phrases = AFTER }, { phrases = BEFORE }, { phrases = ALONE } }),
  wrong = "The offer compares with an earlier or recommended price, and that price was not genuinely charged for a meaningful period just before the offer: the saving is misleading, and a complaint, an enforcement notice or a story about fake discounts follows.",
  causes = {
    "The 'was' price is the RRP, or a price charged only briefly, in a few locations or only online",
    "The price was raised shortly before the cut, so the saving is measured from an inflated price",
    "Ex-display, clearance or bundle items are discounted from a price they were never sold at in that form",
    "Nobody kept the price history, so the previous price cannot be proved when a regulator or journalist asks",
  },
  prevent = {
    "Export the price history of every item in the comparison at T-10d and check the stated previous price against the rule: in the EU the lowest price charged in the 30 days before the cut; in the UK a price genuinely charged for a reasonable period just before, per the CMA's pricing guidance",
    "File the price-history export and the sign-off with the campaign, so you can answer a regulator within days",
    "Use 'RRP' only with the manufacturer's current published RRP and label it as RRP, never as your own former price",
    "Keep percentage savings true for every item they cover ('up to 50% off' needs a fair share of items at 50%)",
  },
  respond = {
    "Correct the comparison at once in every channel (website, shelf, social, ads) and state publicly what the previous price was",
    "Pull ads carrying the comparison until fixed, and answer the regulator or trading standards with the price history by their deadline",
    "Where legal advises, refund the difference to customers who bought on the misleading saving",
    "Confirm in writing that the price-history check is a sign-off step for every future promotion",
  },
  owner = { "legal", "sales", "marketing" },
  due = "T-10d",
  mitigated_by = { "price history checked", "price history", "lowest price in the last 30 days", "was prices verified" },
  check = function(plan, doc, hits)
    if clause.mentions(doc, SHOWN) then return nil end
    local ev = {}
    for _, h in ipairs(clause.kept(doc, hits)) do
      if compares(plan, doc, h) then ev[#ev + 1] = h end
    end
    if #ev == 0 then return nil end
    -- quote the sentence, or for a long one the comparison itself: "drops from £249 to £179"
    local s = doc:sentence(ev[1]) or ev[1].text
    if #s > 160 then
      local h = ev[1]
      s = kind_of(h.text:lower()) == "before" and (clause.lead(doc, h):match("%S+%s*$") or "") .. h.text
        or h.text .. clause.tail(doc, h)
    end
    return {
      evidence = ev,
      wrong = ("The offer compares with an earlier or recommended price (\"%s\"), and unless that price meets the rule (%s), the saving is misleading: a complaint, an enforcement notice or a story about fake discounts follows."):format((s:gsub("%s+", " ")), rule_for(plan)),
    }
  end,
}
