-- web.deep-links: links meant to open the app open the store, the homepage or an error instead.

local base = lib.base

-- Links that open the app: risky wherever they come from.
local LINK_TO_APP = { "deep link", "deep links", "deep-link", "deep-links", "universal link", "universal links",
  "app link", "app links", "opens the app", "open the app", "opens in the app", "open in the app" }
-- The offer lives in the app: risky when the plan sends people there by a link.
local IN_APP = { "in our app", "in the app", "download the app", "download our app", "get the app", "via the app",
  "through the app", "app-only", "app only", "app exclusive", "app-exclusive" }
local FROM = { "link", "links", "tap", "button", "qr code", "scan", "push notification", "push notifications",
  "text message", "sms" }


return {
  id = "web.deep-links",
  title = "Links meant to open the app land in the wrong place",
  category = "technical-failure",
  severity = 3, likelihood = 3,
  rationale = "Universal and app links depend on files on the web server, store listings and app versions that differ per phone; email click-tracking and in-app browsers break them routinely, and the team tests only on their own phones with the latest app.",
  triggers = base.join(LINK_TO_APP, IN_APP),
  wrong = "Customers tap the link to the offer in the app and land on the app store, the app's home screen, a web 404 or a login wall, and never reach the offer.",
  causes = {
    "The email tool's click tracking rewraps the link, so iOS opens the browser instead of the app",
    "The apple-app-site-association or assetlinks.json file is missing, out of date or served with the wrong content type on the live domain",
    "Customers with an older app version, or without the app, get no fallback page to the store or the web offer",
    "The link opens the app but the offer screen needs a login, and the app forgets where it was sent after sign-in",
    "Instagram, Facebook and Gmail in-app browsers do not hand links over to installed apps",
  },
  prevent = {
    "Tap every app link from the real sending tools (email with tracking on, SMS, QR, social) on iOS and Android with the app installed, not installed and one version old at T-5d",
    "Check the association files on the live domain with Apple's and Google's validators at T-7d",
    "Give every app link a web fallback page that shows the offer and a store button",
    "Keep the destination after login and test the flow with a logged-out account",
  },
  respond = {
    "Acknowledge on social media at once and give the web address of the offer as a fallback",
    "Switch email links to the web fallback page and turn off click tracking for app links until fixed",
    "Fix the association file or routing and ship the app fix through expedited review if needed",
    "Confirm in writing to the launch lead which link path failed and add the tap-test matrix to the checklist",
  },
  owner = { "engineering", "web" },
  due = "T-5d",
  mitigated_by = { "deep links tested", "app links tested", "universal links tested", "tap test" },
  check = function(plan, doc, hits)
    local pos = base.positive(doc, hits)
    if #pos == 0 then return nil end
    local direct = base.first(doc, LINK_TO_APP)
    local from = base.first(doc, FROM)
    if not direct and not from then return nil end
    return { evidence = { direct or pos[1], from } }
  end,
}
