-- web.login-wall: the launch makes customers log in or create an account first, and forgotten
-- passwords, reset emails and lockouts stop them at the door.

local base = lib.base

local LOGIN = { "log in", "log into", "log on", "login", "sign in", "sign into", "signed in", "create an account",
  "create your account", "your account", "my account", "member login", "members only", "members-only",
  "account holders", "registered customers", "logged-in", "logged in" }
-- Guest routes around the wall.
local GUEST = { "guest checkout", "as a guest", "without an account", "no account needed", "no login",
  "no account required" }

return {
  id = "web.login-wall",
  title = "Customers are stopped at the login",
  category = "technical-failure",
  severity = 3, likelihood = 4,
  rationale = "Most customers have not logged in for months and have forgotten their password; a launch that starts with a login sends thousands to the password reset at once, where throttled emails, lockouts and captchas stop them.",
  triggers = LOGIN,
  wrong = "Customers who want the offer must log in first and cannot: they have forgotten the password, the reset email arrives late or in spam, repeated attempts lock the account, and many give up or call instead.",
  causes = {
    "Most of the audience last logged in months ago, so the launch becomes a mass password reset",
    "Reset and verification emails are rate-limited by the email provider or the identity service, and arrive after the link has expired",
    "Brute-force protection locks accounts or shows captchas to many honest customers on one day",
    "Customers who bought as guests, or in store, find they have no account and must create one in the middle of the flow",
    "The identity provider or single sign-on has its own rate limits and nobody told it the launch date",
  },
  prevent = {
    "Offer a route that does not need a password (guest checkout, email magic link or one-time code) for the launch flow, decided at T-14d",
    "Check with the email and identity providers that the reset and verification emails can be sent at ten times the normal daily volume, and test delivery to Gmail and Outlook at T-7d",
    "Review the lockout and captcha thresholds for launch day with security, and make the lockout message say what to do next",
    "Remind customers before launch day to check they can log in, with a reset link",
  },
  respond = {
    "Acknowledge on social media and the login page at once that logins are slow, and say the offer will still be there",
    "Raise the throttles or switch on the one-time-code route, and unlock accounts caught by the lockout",
    "Extend the offer for customers who could not get in, and give support a way to complete the order for them",
    "Confirm in writing to the launch lead the login-volume test and lockout settings for the next launch",
  },
  owner = { "web", "it", "security" },
  due = "T-7d",
  mitigated_by = { "guest checkout", "magic link", "one-time code", "passwordless" },
  check = function(plan, doc, hits)
    if base.has_any(doc, GUEST) then return nil end
    return base.fire(doc, hits)
  end,
}
