-- promotions.cashback-claims: cashback claims pile up, are rejected on technicalities or paid late.

local offer, money = lib.offer, lib.money

local CLAIM = { "cashback", "cash back", "cash-back", "claim back", "money back", "rebate", "rebates",
  "mail-in rebate", "claim form", "claim online", "redemption site" }
local GUARANTEE = { "money-back guarantee", "money back guarantee" }
local DEADLINE = { "claim by", "claims close", "claim within", "within %d+ days", "claims must be" }
local PAYMENT = { "paid within", "payment within", "pay within", "receive it within", "credited within" }

local function has_pattern(doc, list)
  local low = doc:text():lower()
  for _, p in ipairs(list) do if low:find(p) then return true end end
  return false
end

return {
  id = "promotions.cashback-claims",
  title = "Cashback claims pile up, are rejected or are paid late",
  category = "commercial",
  severity = 3, likelihood = 4,
  rationale = "Cashback is paid weeks after the sale by a claims handler the customer has never heard of; backlogs and rejections for trivial errors are the commonest complaint about these offers.",
  triggers = CLAIM,
  wrong = "Customers buy for the cashback and then wait: claims pile up at the handler, some are rejected for a blurred receipt or a missing serial number, payments arrive weeks late, and the complaints come to you, publicly.",
  causes = {
    "The claims handler was sized for the forecast, not for a successful campaign",
    "The claim asks for more proof than needed (serial number, original packaging, printed form)",
    "No claim deadline or payment time was stated, so every customer chases from week one",
    "Customers cannot see their claim's status, so they call the hotline and post online",
  },
  prevent = {
    "Agree in writing with the claims handler a capacity of twice the forecast claims and a payment time (for example within 28 days), by T-14d",
    "Keep proof to the minimum (receipt image and bank details) and let claimants fix a rejected claim instead of starting again",
    "State the claim window, the proof needed and the payment time in the announcement and the terms",
    "Give customers a claim reference and an online status page, and give the hotline access to the same status",
  },
  respond = {
    "Acknowledge delays publicly at once with the date by which every valid claim will be paid",
    "Re-review every rejection for trivial errors and pay the ones that should have passed",
    "Add claims handlers or pay from your own account if the handler cannot meet the date",
    "Confirm in writing the handler's capacity, proof rules and payment time for the next cashback offer",
  },
  owner = { "operations", "marketing" },
  due = "T-14d",
  mitigated_by = { "claims handler", "claim status" },
  check = function(plan, doc, hits)
    if offer.any(doc, GUARANTEE) then return nil end
    local live = offer.live(doc, hits)
    if #live == 0 then return nil end
    local amount = money.amounts(offer.around(doc, live[1]))[1]
    local gaps = {}
    if not has_pattern(doc, DEADLINE) then gaps[#gaps + 1] = "no claim deadline" end
    if not has_pattern(doc, PAYMENT) then gaps[#gaps + 1] = "no payment time" end
    local what = amount and ("the %s cashback"):format(amount.text) or "the cashback"
    local gap = #gaps > 0 and (" The plan states %s."):format(table.concat(gaps, " and ")) or ""
    return {
      evidence = live,
      wrong = ("Customers buy for %s and then wait: claims pile up at the handler, some are rejected for a blurred receipt or a missing serial number, payments arrive weeks late, and the complaints come to you, publicly.%s"):format(what, gap),
    }
  end,
}
