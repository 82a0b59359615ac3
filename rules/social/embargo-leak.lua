-- social.embargo-leak: press or partners publish the news before launch day.

local text, when = lib.text, lib.when

-- Pre-launch access that is a leak risk whatever its date.
local EARLY = { "embargo", "embargoed", "under embargo", "press preview", "media preview", "press previews",
  "review units", "review samples", "early access for press", "press day", "analyst briefing",
  "analyst briefings", "briefed under embargo" }
-- Press contact that is a leak risk only when it happens before launch day.
local PRESS = { "press release", "press releases", "press kit", "media pack", "press briefing", "journalists",
  "trade press", "consumer press", "the press" }

-- The plan's own public campaign: when it starts before launch day too, the news is public by design
-- and a press release a day or two ahead of it is the announcement, not a leak.
local CAMPAIGN = { "campaign", "paid social", "social ads", "advertising", "adverts", "tv ad", "radio ad",
  "newsletter", "posters", "billboards", "teaser" }
local CLOSE_DAYS = 3   -- the campaign goes public at most this many days after the press has it

-- How many days before launch the plan's own campaign goes public, if it does before launch day.
local function campaign_lead(plan, doc)
  local best
  for _, s in ipairs(doc:sentences()) do
    local low = " " .. s.text:lower():gsub("[^%w]+", " ") .. " "
    local named = false
    for _, w in ipairs(CAMPAIGN) do
      if low:find(" " .. w .. " ", 1, true) then named = true; break end
    end
    local days = named and when.days_before(plan, s.text)
    if days and days > 0 and (not best or days > best) then best = days end
  end
  return best
end

return {
  id = "social.embargo-leak",
  title = "The news leaks before launch day",
  category = "reputation",
  severity = 3, likelihood = 3,
  rationale = "Anything sent to press or partners before launch day is one forwarded email from being public; an early story sets customers' expectations before stores, tills and the website can meet them.",
  triggers = text.join(EARLY, PRESS),
  wrong = "The story is published before launch day: customers ask for a price, product or date that is not live yet, stores and support have not been told, and competitors get days to react.",
  causes = {
    "The release went out with no embargo line, or with a date but no time and time zone",
    "One outlet breaks the embargo on purpose or by a scheduling mistake, and the rest follow within minutes",
    "Preview assets carry the price or launch date in file names or metadata and are indexed by search engines",
    "A partner, agency or retailer puts the news on its own site or newsletter ahead of the date",
  },
  prevent = {
    "Put 'EMBARGOED UNTIL <date> <time> <time zone>' in the subject line and at the top of every press copy at T-7d",
    "Send embargoed material only to named journalists who have agreed to the embargo in writing; send everyone else the release at the embargo time",
    "Stage the launch-day web page, prices and store briefing so they can go live within an hour if the embargo breaks",
    "Strip prices and dates from preview file names, metadata and public URLs, and keep previews behind a login",
    "Write down who decides, and how fast, whether to bring the launch forward if the news breaks early",
  },
  respond = {
    "Confirm the facts publicly at once instead of 'no comment', with the real start date and what customers can do now",
    "Decide within the hour whether stores and the website honour the news early, and tell every store and the hotline the answer",
    "Ask the outlet to correct anything wrong, and log who broke the embargo",
    "Confirm in writing the embargo list for the next launch, without the outlet that broke it",
  },
  owner = { "marketing", "lead" },
  due = "T-7d",
  mitigated_by = { "embargoed until", "embargo until", "under embargo until" },
  check = function(plan, doc, hits)
    local early = {}
    for _, p in ipairs(EARLY) do
      for _, h in ipairs(text.live(doc, doc:find(p))) do early[#early + 1] = h end
    end
    if #early > 0 then
      return { evidence = early,
        wrong = ("The plan gives press or partners the news ahead of launch (%s). If one of them publishes early, customers ask for what is not live yet, stores and support have not been told, and competitors get a head start."):format(text.quote(early, 3)) }
    end
    local lead = campaign_lead(plan, doc)
    for _, h in ipairs(text.live(doc, hits)) do
      local sentence = doc:sentence(h) or ""
      local days, m, d = when.days_before(plan, sentence)
      if days and days > 0 and not (lead and lead >= days - CLOSE_DAYS) then
        local _, lm, ld = when.launch(plan)
        local offer = ""
        if doc:has("price") or doc:has("prices") or doc:has("discount") then
          offer = " customers ask for the new prices at tills that still charge the old ones or put off buying,"
        end
        return { evidence = { h },
          wrong = ("The %s reaches the press on %s, %d day%s before the launch on %s. Unless it is embargoed and the embargo holds, the news is out early:%s stores and support are asked about something that is not live, and competitors get %d day%s to react."):format(
            h.text:lower(), when.label(m, d), days, days == 1 and "" or "s", when.label(lm, ld), offer, days, days == 1 and "" or "s") }
      end
    end
    return nil
  end,
}
