-- web.stale-cache: caches (CDN, browser, app, search results) keep serving the old price or the
-- old web app after the switch. One item for a price change switched online at a set moment, one
-- for a web-app release.

local base, urls = lib.base, lib.urls

local PRICE = { "price drop", "price drops", "price cut", "price cuts", "cuts the price", "cut the price",
  "cuts prices", "new price", "new prices", "price change", "price changes", "price increase",
  "prices rise", "prices go up", "drops from", "reduced from", "reduced to", "now only", "sale price",
  "sale prices", "half price", "half-price", "special offer", "discount", "discounts", "off all",
  "off every", "off selected", "percent off", "per cent off" }
local WEB = { "website", "web site", "web shop", "webshop", "online shop", "online store", "online",
  "homepage", "product pages", "product page" }
local WEB_CHANNELS = { "website", "web", "online", "ecommerce", "e-commerce", "webshop" }
-- A switch at a set moment: caches then serve both sides of it.
local SWITCH = { "switches at", "switch at", "goes live at", "go live at", "changes at", "switches over",
  "switched at", "updated at", "change at midnight", "changes at midnight", "switch at midnight",
  "switches at midnight", "overnight", "at 00:00", "at midnight" }
local WEBAPP = { "redesigned dashboard", "new dashboard", "web app", "web application", "new web interface",
  "dashboard on the web", "single-page app", "service worker", "progressive web app", "pwa", "web client" }
local RELEASE = { "release", "rolling out", "rollout", "rolls out", "new version", "deploy", "deployment",
  "update", "upgrade" }

local function on_web(plan, doc)
  return #base.found(doc, WEB) > 0 or base.channel(plan, WEB_CHANNELS) ~= nil or #urls.all(doc) > 0
end


return {
  id = "web.stale-cache",
  title = "Caches keep serving the old price or page after the switch",
  category = "technical-failure",
  severity = 3, likelihood = 3,
  rationale = "CDNs, browsers, apps and search snippets hold pages for hours by default; a switch at a set time shows old and new side by side unless someone purges and checks, and customers screenshot the difference.",
  triggers = base.join(PRICE, SWITCH, WEBAPP),
  wrong = "After the switch, some customers still get the old page from a cache: the old price, the old offer or the old web app, next to customers who see the new one.",
  causes = {
    "The CDN or the shop platform caches product and category pages for hours, and nobody purges them at the switch",
    "Prices are baked into cached category pages, search results, product feeds and the mobile app's offline data, which refresh on their own schedules",
    "Browsers keep old scripts and styles because file names do not change between versions, or a service worker serves the old app shell",
    "Google keeps showing the old price in search snippets and Shopping results until it re-crawls",
  },
  prevent = {
    "Write the switch runbook at T-7d: the order of price import, cache purge (CDN, platform, app) and the check, with a named person and time for each step",
    "Lower the cache lifetime of product, category and offer pages to five minutes from T-1d until T+1d",
    "Check ten product pages, the basket and checkout from a clean browser on mobile data within 15 minutes of the switch, and again an hour later",
    "Give every script and stylesheet a versioned file name and make the service worker take over on the next load",
  },
  respond = {
    "Acknowledge on social media and on the page at once that some customers see the old price, and honour the better price",
    "Purge the CDN and platform caches for the affected paths and force the app to refresh its data",
    "Correct orders placed at the wrong price and tell those customers what happens next",
    "Confirm in writing to the launch lead which cache was missed and add it to the switch runbook",
  },
  owner = { "web", "it", "engineering" },
  due = "T-7d",
  mitigated_by = { "cache purge", "purge the cache", "purged the cache", "cache cleared", "clear the cache", "cache-busting" },
  check = function(plan, doc, hits)
    local items = {}
    local price = base.found(doc, PRICE)
    if doc:text():find("%d%s*%%%s*off") then price[#price + 1] = { source = "announcement", text = "% off" } end
    local at = base.first(doc, SWITCH)
    if #price > 0 and at and on_web(plan, doc) then
      local s = doc:sentence(at) or at.text
      local when = s:match(at.text .. "%s+[%d:%.apmAPM]+") or at.text
      items[#items + 1] = { subject = "prices", title = "Caches keep serving the old price after the switch",
        wrong = ("The prices change online at a set moment (\"%s\"), but some customers still get the old pages from a cache: the old price on the product page and the new one in the basket, or the reverse, and screenshots of both circulate."):format(when),
        evidence = { price[1], at } }
    end
    local app = base.found(doc, WEBAPP)
    if #app > 0 and base.has_any(doc, RELEASE) then
      items[#items + 1] = { subject = "web-app", title = "Browsers keep running the old web app after the release",
        wrong = ("After the release, browsers and service workers keep loading the old %s code against the new back end: pages break, buttons do nothing and support hears \"it works in another browser\"."):format((app[1].text:lower():gsub("^redesigned ", ""):gsub("^new ", ""))),
        evidence = { app[1] } }
    end
    if #items == 0 then return nil end
    return #items == 1 and items[1] or items
  end,
}
