-- security.account-takeover: attackers replay leaked passwords against the login while the
-- launch peak hides them, or mass-create accounts for the sign-up offer.

local spot = lib.spot

local ACCOUNTS = { "create an account", "create your account", "log in", "login", "log-in", "sign in", "sign-in",
  "member login", "your account", "my account", "customer account", "customer accounts", "loyalty account",
  "member account", "members' area", "member area", "existing account", "registered users" }
-- What an attacker gains from an account.
local VALUE = {
  { "points or credit", { "points", "loyalty points", "bonus points", "account credit", "store credit", "wallet", "points balance",
      "vouchers", "rewards", "cashback", "gift card" } },
  { "stored cards", { "saved cards", "saved card", "stored cards", "stored card", "one-click", "card on file" } },
  { "scarce items", { "limited edition", "presale", "pre-sale", "early access", "members-only", "exclusive access" } },
  { "a sign-up offer", { "sign-up bonus", "signup bonus", "welcome bonus", "welcome offer", "new member offer",
      "first order discount", "new customer discount" } },
}
local LARGE = 20000

return {
  id = "security.account-takeover",
  title = "Accounts are taken over or mass-created at the launch peak",
  category = "security",
  severity = 4, likelihood = 3,
  rationale = "Credential stuffing hides inside launch traffic: failed logins that would alarm on a normal day look like demand, and accounts holding points, cards or access to scarce items are worth the effort.",
  triggers = ACCOUNTS,
  wrong = "Attackers replay leaked passwords against the login during the launch peak, when failed logins drown in real traffic: customer accounts are taken over and what they hold is spent, or thousands of fake accounts farm the offer.",
  causes = {
    "Customers reuse passwords that leaked elsewhere, and the login has no rate limit or breached-password check",
    "Login failures are not monitored, or the alert threshold is set for a quiet day",
    "Changing the email address, the delivery address or the payout details needs no re-authentication",
    "Sign-up accepts disposable email addresses and has no bot check, so one person can create hundreds of accounts",
  },
  prevent = {
    "Turn on bot and credential-stuffing protection for login and sign-up (rate limits per IP and account, breached-password check, a challenge on risky attempts) and test it by T-7d",
    "Alert on the login failure rate and on new-device logins that change email, password, address or payout details",
    "Require a one-time code or re-entered password to spend points, change the address or use a stored card",
    "Offer and promote two-factor sign-in for customer accounts before the launch",
  },
  respond = {
    "Tell affected customers at once, force a password reset on their accounts, and say publicly what happened if accounts were taken over",
    "Block the attacking sources and switch on challenges at login and sign-up for the peak",
    "Restore stolen points and credit, refund fraudulent orders and delete fake accounts",
    "Confirm in writing the controls added and the alert thresholds kept for the next launch",
  },
  owner = { "security", "engineering", "web" },
  due = "T-7d",
  mitigated_by = { "credential stuffing protection", "bot protection", "rate limiting", "breached-password check",
                   "two-factor", "2fa", "mfa" },
  check = function(plan, doc, hits)
    local pos = spot.real(doc, hits)
    if #pos == 0 then return nil end
    local stakes, ev = {}, { pos[1] }
    for _, v in ipairs(VALUE) do
      local h = spot.one(doc, v[2])
      if h then stakes[#stakes + 1] = v[1]; ev[#ev + 1] = h end
    end
    local crowd = spot.crowd(plan)
    if #stakes == 0 and not (crowd and crowd >= LARGE) then return nil end
    local gain = #stakes > 0 and spot.named(stakes) or "personal data and order history"
    return {
      evidence = ev,
      wrong = ("Attackers replay leaked passwords against the login during the launch peak, when failed logins drown in real traffic: customer accounts are taken over for their %s, or fake accounts are created by the thousand to farm the offer."):format(gain),
    }
  end,
}
