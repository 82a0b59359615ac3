-- security.referral-farming: referral, sign-up and loyalty rewards are farmed with fake accounts
-- and self-referrals.

local spot = lib.spot

local SCHEMES = {
  { key = "referral", phrases = { "refer a friend", "refer-a-friend", "referral", "referrals", "referral code",
      "referral bonus", "referral reward", "invite a friend", "invite friends", "invite your friends" },
    how = "refer themselves again and again with throwaway email addresses, cards and devices" },
  { key = "welcome", phrases = { "sign-up bonus", "signup bonus", "welcome bonus", "welcome offer", "new customer bonus",
      "new customer discount", "first order discount", "off your first order", "first-order discount", "free credit",
      "new member offer" },
    how = "open dozens of 'new customer' accounts to take the welcome reward each time" },
  { key = "points", phrases = { "bonus points", "double points", "triple points", "loyalty points", "reward points",
      "earn points", "cashback", "stamps", "points per" },
    how = "buy to collect points or cashback, then return the goods and keep the reward" },
}

return {
  id = "security.referral-farming",
  title = "Rewards are farmed with fake accounts and self-referrals",
  category = "security",
  severity = 3, likelihood = 4,
  rationale = "Any reward paid per account or per referral is farmed within days by people who share the method on forums; the campaign's figures look like a success while the budget goes to a few farmers.",
  triggers = spot.flatten(SCHEMES),
  wrong = "Bargain hunters and fraudsters farm the reward: they collect it dozens of times with fake accounts or returned goods and resell what they get, while the campaign's numbers look like a success.",
  causes = {
    "Rewards are paid at sign-up or at the first order, before the order has passed its returns period",
    "There is no limit per person, household, card or device, and disposable email addresses are accepted",
    "Points and cashback are not reversed when the order is returned or cancelled",
    "Nobody reports on rewards per referrer or per device, so the pattern is only found at month end",
  },
  prevent = {
    "Pay referral and welcome rewards only after the new customer's first paid order has passed the returns period, configured and tested at T-7d",
    "Limit rewards per customer, address, card and device, and block disposable email domains at sign-up",
    "Reverse points and cashback automatically when an order is returned or cancelled",
    "Report daily on rewards per referrer, device and address, and review anyone above a threshold before paying",
  },
  respond = {
    "Pause the reward at once when farming is found, and say publicly that rewards are being checked",
    "Cancel rewards earned by fake accounts under the terms, and keep genuine customers' rewards",
    "Close the gap (limits, delayed payout) before reopening the scheme",
    "Confirm in writing the limits and checks for future schemes",
  },
  owner = { "marketing", "security", "web" },
  due = "T-7d",
  mitigated_by = { "after the returns period", "one reward per", "per household", "device fingerprint", "fraud check" },
  check = function(plan, doc, hits)
    local hows, ev = {}, {}
    for _, s in ipairs(SCHEMES) do
      local h = spot.one(doc, s.phrases)
      if h then hows[#hows + 1] = s.how; ev[#ev + 1] = h end
    end
    if #hows == 0 then return nil end
    return {
      evidence = ev,
      wrong = ("Bargain hunters and fraudsters farm the reward ('%s'): they %s, and resell what they get, while the campaign's numbers look like a success."):format(ev[1].text, spot.named(hows)),
    }
  end,
}
