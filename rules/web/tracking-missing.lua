-- web.tracking-missing: the campaign's results cannot be measured: tags missing on the new pages,
-- links without campaign parameters, consent mode swallowing the data.

local base = lib.base

local MEASURE = { "utm", "utm tags", "utm parameters", "analytics", "conversion rate", "conversion rates",
  "conversions", "attribution", "roi", "roas", "return on ad spend", "cost per acquisition", "cost per sign-up",
  "click-through rate", "kpi", "kpis", "measure success", "measure the success", "tracking pixel",
  "tracking links", "campaign tracking", "tracking codes", "ad spend", "paid search", "google ads", "meta ads",
  "affiliate", "affiliates", "influencer", "influencers" }

return {
  id = "web.tracking-missing",
  title = "The campaign cannot be measured",
  category = "technical-failure",
  severity = 2, likelihood = 4,
  rationale = "Tags and campaign parameters are the last thing added and the first thing broken by a new page or consent banner; the money is spent either way, but nobody can say which channel worked or stop the one that did not.",
  triggers = MEASURE,
  wrong = "After launch nobody can tell which channel brought the sales or sign-ups: the new pages have no analytics tag or conversion event, links carry no campaign parameters, and the ad platforms optimise on nothing.",
  causes = {
    "The new landing or thank-you page was built outside the site template and has no tag manager container",
    "Links in the newsletter, ads, QR codes and press release carry no or inconsistent UTM parameters, so everything shows as direct traffic",
    "The conversion event fires on the form's button click, not on a successful submission, or not at all on the partner's checkout",
    "Tags wait for cookie consent, and most visitors never answer the banner, so the data is a fraction of reality",
  },
  prevent = {
    "Write one UTM convention (source, medium, campaign) and the full tagged link for every send, ad and printed code at T-7d",
    "Make a test conversion on the live pages at T-2d and see it arrive in analytics and each ad platform",
    "Agree at T-7d the three numbers the campaign is judged by and build the dashboard before launch, not after",
  },
  respond = {
    "Tell the launch lead and the budget holder at once which numbers are missing and for which period",
    "Fix the tag or parameter and mark the gap in the reports, using sales or order data by day as the fallback",
    "Pause spend on channels that cannot be measured until the tags work",
    "Confirm the tagging checklist in writing to the launch lead for the next campaign",
  },
  owner = { "marketing", "web" },
  due = "T-7d",
  mitigated_by = { "utm convention", "test conversion", "tracking tested", "tags tested" },
  check = function(plan, doc, hits) return base.fire(doc, hits) end,
}
