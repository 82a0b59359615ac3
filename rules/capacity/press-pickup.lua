-- capacity.press-pickup: press coverage sends a spike at a moment the plan does not control.
-- (News that comes out before launch day is social.embargo-leak; this rule is the load it brings.
-- Next to the plan's own paid ads or a send to 100,000 or more, only national press or TV counts.)

local text = lib.text

-- Outlets whose pickup is biggest and least predictable, named in the item when the plan names them.
local WIDE = { "national press", "consumer press", "national newspapers", "national news", "tv news", "bbc",
  "deal sites", "money-saving", "consumer pages" }
-- Outlets whose pickup can outgrow anything the plan sends itself.
local NATIONAL = { "national press", "national newspapers", "national news", "tv news", "bbc", "national tv",
  "national radio", "breakfast tv" }

-- The plan's own mass push: paid ads, or a send to a very large list. Its spike is planned (and is
-- capacity.email-blast's); next to it, trade and consumer press add a small, spread-out one.
local PAID = { "paid social", "social ads", "tv ad", "tv ads", "tv advert", "tv adverts", "radio ad", "radio ads",
  "display ads", "google ads", "billboards" }
local SEND = { "newsletter", "newsletters", "email", "e-mail", "mailing" }
local LIST_NOUNS = { "subscribers", "customers", "members", "recipients", "contacts", "readers" }
local BIG_SEND = 100000

local function own_push(doc)
  local paid = text.first(doc, PAID)
  if paid then return paid end
  for _, w in ipairs(SEND) do
    for _, h in ipairs(text.live(doc, doc:find(w))) do
      local n = text.count(text.sentence(doc, h), LIST_NOUNS)
      if n and n >= BIG_SEND then return h end
    end
  end
  return nil
end

return {
  id = "capacity.press-pickup",
  title = "Press pickup sends a spike nobody scheduled",
  category = "capacity",
  severity = 3, likelihood = 3,
  rationale = "Once a release is out, outlets and deal sites decide when customers arrive; a consumer story that lands at 7am or is republished by a deal site can bring more traffic in an hour than the paid campaign brings in a day.",
  triggers = { "press release", "press releases", "news release", "media release", "press launch",
               "press coverage", "media coverage", "press conference", "trade press", "consumer press",
               "national press", "press embargo", "under embargo" },
  wrong = "The press release is picked up by news sites, consumer pages and deal forums at moments you do not control: customers arrive all at once, on the website, the hotline and in stores, often early in the morning before anyone is watching the site.",
  causes = {
    "Coverage lands when each outlet publishes (often 6-8am), not when the campaign team starts work",
    "A deal site or a national outlet republishes the story within the hour and the landing page was sized for normal traffic",
    "The article links to the homepage or a product page that was never load-tested, not to the campaign page",
    "Stores and the hotline have not seen the release when the first customers quote it",
  },
  prevent = {
    "Ask the PR team or agency which outlets are likely to run the story and when, and put those times in the launch-day runbook by T-7d",
    "Load-test the campaign page, the homepage and the product pages named in the release at five times the normal peak and put them behind a CDN",
    "Send the final release and a one-page Q&A to the hotline, stores and social team the day before it goes out",
    "Set up news and deal-site alerts for the brand and product names, with a named person watching traffic from 6am on publication day",
  },
  respond = {
    "Acknowledge at once on the website and social channels if the site slows or lines are busy, and give the short URL of a static page with the key facts",
    "Switch the landing page to a static, cached version and turn on a queue if the site degrades",
    "Ask outlets that linked to the wrong page or printed a wrong price or URL to correct it, and log each correction",
    "Write down when the coverage landed and the peak it caused, and confirm in writing how the next release is load-tested",
  },
  owner = { "marketing", "web", "lead" },
  due = "T-7d",
  mitigated_by = { "load-tested", "load test", "load tested", "cdn" },
  check = function(plan, doc, hits)
    local live = text.live(doc, hits)
    if #live == 0 then return nil end
    if own_push(doc) and not text.first(doc, NATIONAL) then return nil end
    local wide = text.first(doc, WIDE)
    if wide then
      return {
        evidence = live,
        wrong = ("The release goes to %s: the stories it runs, and the deal forums that copy them, send customers all at once, at the hour each outlet publishes (often 6-8am), to the website, the hotline and the stores, before anyone is watching the site."):format(
          wide.text:lower()),
      }
    end
    return { evidence = live }
  end,
}
