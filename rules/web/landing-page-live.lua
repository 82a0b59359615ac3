-- web.landing-page-live: the page the announcement names is not live when people arrive, is live
-- too early, or still shows last time's content. Fires on an address with a path, or on a plan
-- that says it has a landing page or microsite.

local base, urls = lib.base, lib.urls

local LANDING = { "landing page", "landing pages", "campaign page", "campaign pages", "microsite",
  "campaign site", "event page", "offer page", "offer pages", "launch page", "coming soon page" }

return {
  id = "web.landing-page-live",
  title = "The landing page is not live (or is live too early)",
  category = "technical-failure",
  severity = 4, likelihood = 3,
  rationale = "Pages are published by hand or by a scheduler nobody checks; a 404 at the moment of the announcement wastes the whole send, and a page published early leaks the offer to competitors and press.",
  wrong = "The page the announcement sends people to is not live when they arrive: a 404, a password or 'coming soon' page, or last year's content; or it went live days early and leaked the offer.",
  causes = {
    "The page is built in the CMS but left as a draft, behind preview access, or scheduled for the wrong day or time zone",
    "The address in the announcement differs from the page's real slug (a trailing year, a typo, a changed path)",
    "A recurring page still shows last year's dates, prices and 'sold out' because only the new page was built, not the old one retired",
    "The page is live but marked noindex or missing from the site's navigation, so people who search or browse cannot find it",
    "The scheduler publishes the page early, and the offer is on social media before the announcement",
  },
  prevent = {
    "Type every address exactly as printed into a phone browser on mobile data at T-1d (behind a preview link if not yet public) and record the result",
    "Schedule publication for the announcement time in the CMS, with the time zone written down, and name who checks it within five minutes of going live",
    "Redirect last year's page and every old variant of the address to the new page at T-3d",
    "Check that the live page is linked from the homepage or navigation and is not set to noindex",
  },
  respond = {
    "Acknowledge on social media at once that the link does not work yet and post the working address",
    "Publish the page or redirect the printed address to a working page, and pause paid ads until it loads",
    "If the page leaked early, decide with the launch lead within the hour whether to bring the announcement forward, and brief support",
    "Confirm in writing to the launch lead which step of publishing was missed and add the T-1d address check to the launch checklist",
  },
  owner = { "web", "marketing" },
  due = "T-5d",
  mitigated_by = { "page scheduled", "publication scheduled", "links checked", "link check", "addresses checked" },
  check = function(plan, doc, hits)
    local deep, ev = urls.deep(doc), {}
    local named = base.found(doc, LANDING)
    if #deep == 0 and #named == 0 then return nil end
    for _, u in ipairs(deep) do
      local why = urls.unsafe(u)
      if why then
        return { evidence = { u.hit },
          wrong = ("The announcement sends people to an address that cannot work: %s. Everyone who follows it gets an error."):format(why) }
      end
    end
    ev = #deep > 0 and urls.evidence(deep) or { named[1] }
    local where = #deep > 0 and deep[1].text or "The landing page"
    local wrong = ("%s is not live when people arrive: a 404, a password or 'coming soon' page; or it went live days early and leaked the offer."):format(where)
    -- "Gala 2027": an edition of something recurring, whose address has served earlier editions
    local year = (plan.title or ""):match("%f[%d](20%d%d)%f[%D]")
    if #deep > 0 and year and not deep[1].path:find(year, 1, true) then
      wrong = ("%s is the address of earlier editions too: on the day it still shows the previous edition's dates, prices or 'sold out', or a 404; or the new page goes live early and leaks the details."):format(where)
    end
    return { evidence = ev, wrong = wrong }
  end,
}
