-- legal.free-claims: "free" offers whose conditions or costs make the word misleading:
-- free gifts with strings, free trials that roll into payment, "free" with hidden charges.

local clause = lib.clause

local KINDS = {
  { key = "trial", phrases = { "free trial", "free trials", "try it free", "try free", "first month free",
      "first month for free", "first box free", "first delivery free", "free for 30 days", "free for the first" },
    note = "A free trial that rolls into a paid plan must say so up front (price, when charging starts, how to cancel) and remind people before the first charge" },
  { key = "gift", phrases = { "free gift", "free gifts", "gift with purchase", "free with every", "free with any",
      "free when you", "get one free", "buy one get one free", "bogof", "3 for 2", "three for two" },
    note = "A free gift or multi-buy is free only if the price of what must be bought is not raised to pay for it, and its conditions (minimum spend, while stocks last, which items) must be in the ad" },
  { key = "costs", phrases = { "for free", "completely free", "totally free", "100% free", "absolutely free",
      "free of charge", "free sample", "free samples", "free entry", "free to enter", "free tickets", "win free" },
    note = "'Free' means the customer pays nothing beyond the unavoidable cost of responding and collecting; a booking fee, delivery charge, premium-rate call or required purchase makes it misleading" },
}

-- The plan states the conditions next to the offer.
local STATED = { "terms apply", "conditions apply", "t&cs apply", "see terms", "full terms at",
  "cancel anytime before", "cancel before the trial ends", "reminder before the first payment",
  "no purchase necessary" }

return {
  id = "legal.free-claims",
  title = "A 'free' offer is not free on its stated terms",
  category = "legal",
  severity = 3, likelihood = 3,
  rationale = "'Free' is the word regulators police hardest: hidden charges, buried conditions and trials that turn into subscriptions are named in the advertising codes and in subscription-trap rules, and complaints are published by name.",
  triggers = clause.phrases(KINDS),
  wrong = "The announcement says 'free', but the customer has to pay something or meet a condition the ad does not show: complaints to the advertising regulator, refunds, and a published ruling.",
  causes = {
    "The condition (minimum spend, subscription after the trial, delivery charge, booking fee) is only in the small print",
    "The price of the item that must be bought was raised to pay for the gift",
    "The trial collects card details and starts charging without a reminder or an easy way to cancel",
    "The free item runs out and customers who met the condition get nothing",
  },
  prevent = {
    "List at T-14d every condition and cost attached to the free offer and put the significant ones in the ad itself, next to the word 'free'",
    "Check that the price of anything customers must buy has not gone up for the offer",
    "Show trial users before sign-up the price after the trial, when charging starts and how to cancel; send a reminder before the first charge, and make cancelling as easy as signing up",
    "Decide what customers who met the conditions get if the free item runs out, and say it in the terms",
  },
  respond = {
    "Correct the ad at once and state the conditions publicly where the offer was promoted",
    "Refund any charge customers did not clearly agree to, such as a trial that rolled over without a reminder",
    "Honour the offer for customers who relied on the wording, and answer the regulator with the corrected copy",
    "Confirm in writing the 'free' wording check for future campaigns",
  },
  owner = { "legal", "marketing" },
  due = "T-14d",
  mitigated_by = { "conditions stated", "conditions in the ad", "terms apply", "trial reminder" },
  check = function(plan, doc, hits)
    if clause.mentions(doc, STATED) then return nil end
    local found = clause.groups(doc, KINDS)
    if #found == 0 then return nil end
    local notes, ev = clause.notes(found)
    return {
      evidence = ev,
      wrong = ("The announcement offers something free ('%s'), but the conditions or costs are not shown with it. %s. Otherwise: complaints to the advertising regulator, refunds, and a published ruling."):format(ev[1].text, table.concat(notes, ". ")),
    }
  end,
}
