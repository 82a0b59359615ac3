-- legal.cookie-consent: campaign pages load tracking (pixels, analytics, retargeting) before
-- visitors agree, or without a real choice.

local clause = lib.clause

-- ("Pixel" alone is also a phone.)
local TRACKING = { "tracking pixel", "tracking pixels", "meta pixel", "facebook pixel", "tiktok pixel", "ad pixel",
  "pinterest tag", "linkedin insight tag",
  "retargeting", "re-targeting", "remarketing", "google analytics", "web analytics", "conversion tracking",
  "tracking cookies", "cookies", "cookie banner", "cookie consent", "personalised ads", "personalized ads",
  "tag manager", "a/b test", "a/b tests", "a/b testing", "heatmaps", "heatmap", "session recording",
  "session recordings", "hotjar", "affiliate tracking", "affiliate network" }

-- "Cookies" can be food: they count only where the plan talks about a site or an app.
local ONLINE = { "website", "web site", "site", "landing page", "online", "app", "page", "pages", "browser", "web" }

-- The plan already runs consent properly.
local HANDLED = { "consent management platform", "consent manager", "cmp", "only after consent",
  "after visitors consent", "reject all" }

return {
  id = "legal.cookie-consent",
  title = "Tracking runs before visitors consent",
  category = "legal",
  severity = 3, likelihood = 3,
  rationale = "Campaigns add pixels and tags at the last minute, often by the agency and straight into the page; regulators fine exactly this pattern, and consent tools are routinely bypassed by hard-coded tags.",
  triggers = TRACKING,
  wrong = "The campaign pages load tracking before visitors agree, or the banner makes refusing harder than accepting: this breaks the cookie rules (PECR in the UK, the ePrivacy rules in the EU), and regulators fine exactly this pattern.",
  causes = {
    "The agency or ad platform adds its pixel straight into the page, outside the consent tool",
    "The banner has 'accept all' on the first layer but 'reject' only behind 'settings'",
    "A new landing page or microsite was built outside the main site and has no consent tool at all",
    "The cookie policy lists last year's tags, not the campaign's",
  },
  prevent = {
    "Scan every campaign page with a cookie scanner at T-7d and check, after clicking 'reject all', that no advertising or analytics cookie or pixel fires",
    "Put 'reject all' on the banner's first layer, as easy to click as 'accept all'",
    "Load every pixel and tag through the consent manager or tag manager with consent conditions, never hard-coded by the agency",
    "Update the cookie policy with the campaign's new tags before launch",
  },
  respond = {
    "Switch the offending tags off at once and correct the banner",
    "Delete data collected without consent from the ad and analytics platforms where they allow it",
    "Answer complaints and any regulator contact with the fix and the date it was made",
    "Confirm in writing the tag-approval step for future campaign pages",
  },
  owner = { "web", "legal" },
  due = "T-7d",
  mitigated_by = { "cookie scan", "consent manager", "consent management platform", "reject all" },
  check = function(plan, doc, hits)
    if clause.mentions(doc, HANDLED) then return nil end
    local online = clause.mentions(doc, ONLINE) ~= nil
    local ev = {}
    for _, h in ipairs(clause.kept(doc, hits)) do
      if h.text:lower() ~= "cookies" or online then ev[#ev + 1] = h end
    end
    if #ev == 0 then return nil end
    return {
      evidence = ev,
      wrong = ("The campaign uses tracking ('%s'), and the pages may load it before visitors agree, or with a banner that makes refusing harder than accepting: this breaks the cookie rules (PECR in the UK, the ePrivacy rules in the EU), and regulators fine exactly this pattern."):format(ev[1].text),
    }
  end,
}
