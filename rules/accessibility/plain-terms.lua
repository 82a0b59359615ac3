-- accessibility.plain-terms: customers commit to terms they cannot understand.

local say = lib.say

local DONE = { "plain english", "plain language", "key facts", "easy read", "easy-read", "summary box" }

return {
  id = "accessibility.plain-terms",
  title = "Customers sign up to terms they cannot understand",
  category = "accessibility",
  severity = 3, likelihood = 3,
  rationale = "One adult in six reads at the level of a primary-school child; renewals, minimum terms and credit written in legal prose are misunderstood by many, and regulators (the Consumer Duty in the UK) expect firms to test that customers understand.",
  triggers = { "subscription", "subscriptions", "auto-renew", "auto-renews", "automatically renews", "auto-renewal",
               "minimum term", "monthly contract", "rolling contract", "phone contract", "contract term",
               "contract length", "12-month contract", "24-month contract", "direct debit", "cancellation fee",
               "early termination", "exit fee", "exit fees", "cooling-off", "0% finance", "interest-free credit",
               "buy now, pay later", "buy now pay later", "pay monthly", "credit agreement", "new terms",
               "updated terms", "changes to our terms", "terms of service", "fair use policy", "membership fee" },
  wrong = "Customers commit to terms they do not understand (when it renews, what it costs in total, how to cancel), and find out when the money leaves their account.",
  causes = {
    "The terms were written by lawyers for lawyers and nobody wrote a plain summary",
    "Key facts (total cost, renewal date, how to cancel) are spread across several pages",
    "Customers with learning disabilities, low literacy, dyslexia or another first language get no help to understand",
    "Sales staff or the sign-up flow stress the first month's price, not what follows",
  },
  prevent = {
    "Write a one-screen key-facts summary in plain English (total cost, when it renews, how to cancel, what happens if a payment is missed) at T-14d",
    "Test the summary with five people outside the company, including someone with a learning disability or another first language, and have them explain it back",
    "Send a reminder at least 7 days before any renewal or price change, with the one-step way to cancel",
    "Offer an easy-read version and explain the terms by phone on request",
  },
  respond = {
    "Acknowledge the problem publicly at once if many customers were caught out, and let them cancel or get a refund without penalty",
    "Rewrite the unclear terms and summary, and send the new version to existing customers",
    "Review complaints and cancellations for the pattern and fix the sign-up flow",
    "Confirm in writing the plain-language test every future set of terms must pass",
  },
  owner = { "legal", "marketing" },
  due = "T-14d",
  mitigated_by = DONE,
  check = function(plan, doc, hits)
    local pos = {}
    for _, h in ipairs(say.affirmed(doc, hits)) do
      -- a free newsletter subscription commits nobody to anything: "subscription" needs money
      local s = (doc:sentence(h) or ""):lower()
      if not h.text:lower():find("^subscription") or s:find("%d") or s:find("month", 1, true)
         or s:find("year", 1, true) or s:find("fee", 1, true) or s:find("pay", 1, true) then
        pos[#pos + 1] = h
      end
    end
    return say.item(doc, pos, "The plan asks customers to commit (%s). Customers who cannot follow the terms (learning disabilities, low literacy, another first language) do not understand when it renews, what it costs in total or how to cancel, and find out when the money leaves their account.", DONE)
  end,
}
