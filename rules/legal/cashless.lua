-- legal.cashless: the launch takes card or app payments only, which shuts out people who rely
-- on cash and, in some places, is unlawful. App-only and QR-only access in general is
-- accessibility.qr-only.

local clause = lib.clause

local CASHLESS = { "cashless", "cash-free", "card only", "card-only", "cards only", "contactless only",
  "contactless-only", "digital payments only", "app payments only", "we don't accept cash", "we do not accept cash",
  "no cash accepted", "cash is not accepted", "cash not accepted", "no cash payments" }

-- The plan keeps a way to pay with cash or without a bank card.
local CASH_ROUTE = { "cash accepted", "cash is accepted", "cash at the", "pay in cash", "pay cash", "cash desk",
  "cash payments are accepted", "prepaid card", "top-up card", "cash top-up", "cash-to-card" }

return {
  id = "legal.cashless",
  title = "Going cashless shuts out customers who rely on cash",
  category = "accessibility",
  severity = 3, likelihood = 3,
  rationale = "Older, disabled, unbanked and budgeting customers rely on cash; refusing it draws complaints and press, and some places require businesses to take it (several US states and cities, and countries where cash is protected legal tender).",
  triggers = CASHLESS,
  wrong = "The launch takes card or app payments only: customers who rely on cash (older and disabled people, people without a bank account, people who budget in cash) are turned away, complaints and press follow, and where the law requires businesses to accept cash it is a breach.",
  causes = {
    "Cashless was chosen for speed and security without asking who pays in cash today",
    "Nobody checked the local rules: some US states and cities (among them New York City, New Jersey, Massachusetts, Philadelphia and San Francisco) and some countries require shops to take cash",
    "Staff have no way to serve someone without a card, so they refuse or improvise",
  },
  prevent = {
    "Check at T-14d with legal whether the rules where you trade require cash acceptance, and record the answer",
    "Keep one cash route (a cash desk, a staffed till, or cash-to-card top-up of a prepaid card) and say so in the announcement",
    "Tell staff exactly how to serve a customer who has no card or cannot use the reader",
    "Count the customers turned away in the first two weeks and review the policy with the numbers",
  },
  respond = {
    "Acknowledge publicly at once and serve the customers who were turned away through the cash route or a staffed alternative",
    "Reopen a cash option where the law requires it, the same day",
    "Reply to complaints with the alternative and record them",
    "Confirm in writing the payment-access policy for future launches",
  },
  owner = { "legal", "operations", "sales" },
  due = "T-14d",
  mitigated_by = { "cash accepted", "cash desk", "cash route", "prepaid card", "cash-to-card" },
  check = function(plan, doc, hits)
    if clause.seek(doc, CASH_ROUTE)[1] then return nil end
    if #hits == 0 then return nil end
    return {
      evidence = hits,
      wrong = ("The launch takes card or app payments only ('%s'): customers who rely on cash (older and disabled people, people without a bank account, people who budget in cash) are turned away, complaints and press follow, and where the law requires businesses to accept cash it is a breach."):format(hits[1].text),
    }
  end,
}
