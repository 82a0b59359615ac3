-- web.consent-banner: the cookie or consent banner blocks the flow: it covers the button, or the
-- form, video or payment step waits for a consent most people never give.

local base = lib.base

local CONSENT = { "cookie banner", "cookie consent", "consent banner", "cookie notice", "cookie pop-up",
  "cookie popup", "consent manager", "consent management", "consent pop-up", "embedded form", "embedded video",
  "embedded widget", "booking widget", "ticket widget", "ticketing widget", "chat widget", "donation widget",
  "iframe", "third-party form", "newsletter pop-up", "pop-up form", "embedded map" }

return {
  id = "web.consent-banner",
  title = "The cookie banner blocks the form, video or payment step",
  category = "technical-failure",
  severity = 3, likelihood = 3,
  rationale = "Consent tools block third-party scripts until people say yes; embedded widgets then stay blank, and on phones the banner itself often covers the button customers need, which desktop testing with consent already given never shows.",
  triggers = CONSENT,
  wrong = "Customers reach the page but cannot use it: the consent banner covers the button on small screens, or the embedded form, video, map or payment widget stays blank because it waits for cookie consent they never gave.",
  causes = {
    "The team tests with consent already accepted in their browsers, so they never see the page as a first-time visitor does",
    "The consent tool classifies the booking, form or video provider as marketing and blocks it until consent",
    "On small phones the banner and a chat bubble or sticky footer leave no room for the form's button",
    "The embedded widget sets third-party cookies that Safari and Firefox block regardless of consent",
  },
  prevent = {
    "Open the live page in a private window on an iPhone and an Android phone at T-3d, reject all cookies, and complete the form or purchase",
    "Classify the form, booking, payment and video providers the flow needs as strictly necessary (with legal's agreement) or give them a click-to-load fallback",
    "Check the banner does not cover the main button on a 360-pixel-wide screen",
  },
  respond = {
    "Acknowledge on the page and social media at once and give a direct link to the form or partner page that works without the embed",
    "Reclassify or exempt the blocked widget in the consent tool, or replace the embed with a plain link",
    "Contact people who abandoned the flow during the fault if you have their details",
    "Confirm in writing to the launch lead the consent setting for each embedded tool and add the reject-all test to the checklist",
  },
  owner = { "web", "legal" },
  due = "T-3d",
  mitigated_by = { "reject-all test", "tested with cookies rejected", "private window test" },
  check = function(plan, doc, hits) return base.fire(doc, hits) end,
}
