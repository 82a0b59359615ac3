-- legal.cooling-off: the launch sells subscriptions, sells at a distance or off premises, or
-- says "no refunds", and the cancellation rights are missing or contradicted.

local clause = lib.clause

local KINDS = {
  { key = "subscription", raw = false, phrases = { "subscription", "subscriptions", "subscribe and save",
      "free trial", "auto-renew", "auto-renews", "auto-renewal", "renews automatically", "automatically renews",
      "automatic renewal", "monthly plan", "annual plan", "monthly subscription", "membership fee",
      "cancel anytime", "cancel at any time", "rolling contract", "minimum term" },
    title = "The subscription is hard to cancel or renews without warning",
    wrong = "Customers sign up to a subscription and find they cannot cancel as easily as they joined, or are charged on renewal without a reminder: chargebacks, complaints, and action under the subscription rules (the DMCC Act 2024 in the UK, the EU consumer rules, the FTC and state auto-renewal laws in the US).",
    first = "Show the price, the renewal date and how to cancel before sign-up, send a reminder before every renewal after a trial or a long term, and make cancelling online as easy as signing up; have legal sign it off at T-14d" },
  { key = "no-refunds", raw = true, phrases = { "no refunds", "no refund", "non-refundable", "all sales final",
      "all sales are final", "no returns", "cannot be returned", "exchange only", "credit note only",
      "no cancellations" },
    title = "'No refunds' contradicts customers' legal rights",
    wrong = "The announcement says there are no refunds, but customers keep their legal rights (faulty goods, goods not as described, and usually 14 days to cancel online and phone orders): the wording is itself misleading, staff refuse refunds the law requires, and complaints and chargebacks follow.",
    first = "Rewrite 'no refunds' at T-14d to what the law allows (for example 'no refunds for change of mind on event tickets; your statutory rights are not affected'), and have legal check it for every channel you sell through" },
  { key = "off-premises", raw = false, phrases = { "doorstep", "door-to-door", "door to door", "home visit",
      "home visits", "in-home demonstration", "sold at home", "at your home", "street stand", "pop-up stand",
      "roadshow", "party plan" },
    title = "Sales made away from the shop give no cancellation notice",
    wrong = "Sales are made at customers' homes or away from your premises without the written cancellation notice the law requires: customers can then cancel for up to a year (UK and EU rules on off-premises contracts), and failing to give the notice can be a criminal offence in the UK.",
    first = "Give every customer signed away from your premises a written cancellation notice and form at the point of sale (14 days in the UK and EU), train the sellers on it, and have legal check the paperwork at T-14d" },
}

local PREVENT = {
  "Make the terms, the order confirmation and the staff script say the same thing about cancellation and refunds",
  "Brief customer service and staff on what customers are entitled to, and on the exceptions that really apply (personalised items, event dates, unsealed hygiene goods)",
  "Log every refund and cancellation request for the first month and review refusals with legal",
}

return {
  id = "legal.cooling-off",
  title = "Cancellation and refund rights are missing or contradicted",
  category = "legal",
  severity = 3, likelihood = 3,
  rationale = "Cancellation rights are mandatory, and launches copy 'no refunds' or sign-up flows from templates; regulators and card schemes side with the customer, and subscription rules now carry direct fines.",
  triggers = clause.phrases(KINDS),
  wrong = "The launch's cancellation and refund terms are missing or contradict customers' legal rights, and complaints, chargebacks and regulator action follow.",
  causes = {
    "The wording was copied from another channel or country whose rules differ",
    "The sign-up flow was designed for conversion, and cancelling was never designed at all",
    "Staff and customer service were not told what the law allows, so they refuse or promise the wrong thing",
  },
  prevent = PREVENT,
  respond = {
    "Correct the wording publicly at once and honour the legal right for every customer who asked",
    "Refund or cancel for customers who were refused, and reverse charges taken after a missed reminder",
    "Fix the cancellation route (online cancel button, reminder email) before taking more sign-ups",
    "Confirm in writing the cancellation and refund wording approved for future launches",
  },
  owner = { "legal", "product", "support" },
  due = "T-14d",
  mitigated_by = { "statutory rights", "cancellation form", "cancel online", "renewal reminder", "cooling-off period",
                   "14-day cancellation" },
  check = function(plan, doc, hits)
    return clause.items(clause.groups(doc, KINDS), PREVENT)
  end,
}
