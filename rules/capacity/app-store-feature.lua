-- capacity.app-store-feature: featuring in an app store or on a launch site multiplies sign-ups for days.

local text = lib.text

return {
  id = "capacity.app-store-feature",
  title = "Being featured multiplies sign-ups beyond what the backend and its providers allow",
  category = "capacity",
  severity = 4, likelihood = 3,
  rationale = "Store featuring or a front-page launch lifts installs many times over for two or three days; the limits that break first are usually the third-party ones nobody owns (SMS, email, API quotas).",
  triggers = { "app of the day", "game of the day", "featured by apple", "featured by google", "featured on the app store",
               "featured in the app store", "featured on google play", "featured in google play", "app store feature",
               "app store featuring", "editors' choice", "editor's choice", "editors choice", "today tab",
               "product hunt", "show hn", "hacker news" },
  wrong = "The feature goes live and installs and sign-ups jump many times over for two or three days: verification texts and welcome emails hit provider quotas, third-party APIs start refusing calls, sign-up fails for new users, and one-star reviews arrive while the feature is still running.",
  causes = {
    "SMS verification, email sending and third-party APIs have daily quotas or free-tier limits sized for normal growth",
    "The sign-up path was load-tested for existing users' traffic, not for new-account creation",
    "The feature date is set by the store or site and moves, so the team is not watching when it starts",
    "Onboarding depends on a human step (approval, KYC, call-back) that cannot scale in a weekend",
  },
  prevent = {
    "List every third-party quota on the sign-up path (SMS, email, maps, payments, identity checks) and raise each to ten times normal daily volume by T-7d",
    "Load-test new-account creation end to end at ten times the normal sign-up rate",
    "Put a named engineer on call for the whole feature window and set alerts on sign-up errors and provider quota use",
    "Prepare a 'we're busy, we'll email you' fallback for any onboarding step that needs a human",
  },
  respond = {
    "Acknowledge sign-up problems at once in the app, on the status page and in replies to reviews, and say when it will work",
    "Raise provider quotas or switch to a fallback provider, and queue failed sign-ups to retry",
    "Email every user whose sign-up failed once it works, with a direct link back in",
    "Write down which limit broke first and confirm the raised quotas and alerts in writing for the next feature",
  },
  owner = { "engineering", "product" },
  due = "T-7d",
  mitigated_by = { "quotas raised", "quota raised", "raised quotas" },
  check = function(plan, doc, hits)
    return text.item(doc, hits)
  end,
}
