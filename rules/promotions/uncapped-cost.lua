-- promotions.uncapped-cost: a public code or sitewide discount with no ceiling on what it can cost.

local offer, money = lib.offer, lib.money

local WIDE = { "sitewide", "site-wide", "storewide", "store-wide", "everything", "entire order", "whole order",
  "any order", "all orders", "whole basket", "entire basket", "entire range", "whole range" }
-- Limits on the total: unique codes cannot leak; a cap or budget stops the bleeding.
local CAPPED = { "single-use", "single use", "unique code", "unique codes", "personal code", "personal codes",
  "one-time code", "one-time codes", "capped at", "redemption limit", "redemption cap", "redemptions",
  "budget", "maximum discount", "max discount", "up to a maximum" }

local function triggers()
  local t = {}
  for _, p in ipairs(offer.CODES) do t[#t + 1] = p end
  for _, p in ipairs(WIDE) do t[#t + 1] = p end
  return t
end

return {
  id = "promotions.uncapped-cost",
  title = "Nobody has capped what the offer can cost",
  category = "commercial",
  severity = 4, likelihood = 3,
  rationale = "A public code reaches voucher sites within hours; with no cap on redemptions or budget, the cost is set by how far it spreads, and finance hears about it at month end.",
  triggers = triggers(),
  wrong = "The discount has no ceiling: the code is on voucher sites and browser extensions within hours, customers who would have paid full price use it too, and the cost is set by how far it spreads, not by the plan.",
  causes = {
    "One public code was issued instead of unique, single-use codes for the intended audience",
    "No redemption cap or budget is set in the checkout or till system, only in a spreadsheet",
    "Finance signed off an expected cost, not a worst case",
    "Nobody watches redemptions daily, so a leak is found at month end",
  },
  prevent = {
    "Have finance sign off a worst-case cost (three times the expected redemptions times the average discount) at T-14d",
    "Set a redemption cap or budget in the checkout and till system, not only in the terms, and state it in the terms",
    "Issue unique single-use codes to the intended audience instead of one public code where the discount is large",
    "Set a daily redemption report with a threshold at which a named person may pull or change the code",
  },
  respond = {
    "Acknowledge publicly at once if the code is withdrawn early, and honour orders already placed with it",
    "Pull or cap the code in the checkout and tills, and ask voucher sites to remove it",
    "Reconcile the real cost against the sign-off and report it to finance within a week",
    "Confirm in writing the cap, code type and daily monitoring rule for the next promotion",
  },
  owner = { "marketing", "sales", "lead" },
  due = "T-14d",
  mitigated_by = { "redemption cap", "single-use codes", "unique codes", "daily redemption report" },
  check = function(plan, doc, hits)
    if offer.any(doc, CAPPED) then return nil end
    local out = {}
    for _, h in ipairs(offer.live(doc, hits)) do
      local s = offer.around(doc, h)
      if money.top_percent(s) or #money.amounts(s) > 0 or lib.word.framed(s, "off", "%a") or lib.word.framed(s, "free", "%a") then
        out[#out + 1] = h
      end
    end
    if #out == 0 then return nil end
    local pct = money.top_percent(offer.around(doc, out[1]), true)
    if pct then
      return {
        evidence = out,
        wrong = ("The %s%% discount has no ceiling: the code is on voucher sites and browser extensions within hours, customers who would have paid full price use it too, and the cost is set by how far it spreads, not by the plan."):format(money.pct(pct)),
      }
    end
    return { evidence = out }
  end,
}
