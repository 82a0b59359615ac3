-- supply.card-payments: payments taken in person (card readers at a venue, a pop-up or a stand)
-- fail or are held by the provider just when the money comes in. An outage of an online payment
-- provider is dayof.vendor-outage; this rule is about the readers, the account and its limits.

local text = lib.text

return {
  id = "supply.card-payments",
  title = "Card readers fail or the payment provider holds the money",
  category = "supply",
  severity = 4, likelihood = 3,
  rationale = "Readers and merchant accounts are set up for an ordinary day: a full room kills the signal, a spike in takings trips the provider's risk rules, and borrowed readers pay into someone else's account.",
  triggers = { "card readers", "card reader", "card terminals", "card terminal", "payment terminals",
               "payment terminal", "by card", "card payments", "card payment", "contactless", "tap to pay",
               "chip and pin", "pdq", "take payments", "taking payments", "payouts" },
  wrong = "Card payments fail or are held just when the money comes in: readers lose signal in the room, the provider blocks a sudden spike of transactions or holds the payouts for review, or the money lands in someone else's merchant account.",
  causes = {
    "The provider was not told the expected volume, and its risk team freezes the account or holds payouts when takings jump",
    "Readers depend on Wi-Fi or mobile signal that fails in the room, in a crowd or in an old building",
    "Readers are borrowed from the venue or a partner, so payments go into their merchant account and must be claimed back",
    "Transaction, contactless or offline limits are lower than the amounts people will pay",
  },
  prevent = {
    "Tell the payment provider at T-14d the date, the expected takings and the largest single payment, and get written confirmation that the account and payout limits allow them",
    "Test every reader in the actual room on the actual network at T-3d with a real payment and a refund, and check its offline mode and offline limit",
    "Confirm in writing whose merchant account each reader pays into and when the money reaches yours",
    "Keep a fallback ready: spare readers on another mobile network, a payment link to your own checkout, and a paper pledge form",
  },
  respond = {
    "Tell the people paying at once what is happening and what to do instead (another reader, a payment link, pay within 48 hours)",
    "Switch to the fallback readers or payment link and call the provider's merchant support to lift a hold",
    "Follow up every unpaid or failed payment the next day, and reconcile what reached your account against the sales",
    "Confirm in writing with the provider the limits and contacts agreed for the next launch",
  },
  owner = { "operations", "events", "it" },
  due = "T-14d",
  mitigated_by = { "readers tested", "tested the card readers", "own merchant account", "payment link",
                   "provider informed", "limits confirmed" },
  check = function(plan, doc, hits)
    local pos = text.live(doc, hits)
    if #pos == 0 then return nil end
    local borrowed = text.find(doc, { "venue provides", "provided by the venue", "borrowed", "the venue's",
                                       "hired", "loaned" })[1]
    local wrong = "Card payments fail or are held just when the money comes in: readers lose signal in the room, the provider blocks a sudden spike of transactions or holds the payouts for review"
    if borrowed then
      pos[#pos + 1] = borrowed
      wrong = wrong .. ", and because the readers are not yours ('" .. borrowed.text .. "') the money lands in someone else's merchant account and must be claimed back."
    else
      wrong = wrong .. ", or the money lands in an account nobody on the team can see."
    end
    return { evidence = pos, wrong = wrong }
  end,
}
