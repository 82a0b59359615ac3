-- capacity.broadcast-mention: a TV or radio mention sends a spike within minutes of airing.

local text = lib.text

return {
  id = "capacity.broadcast-mention",
  title = "A TV or radio mention floods the website in minutes",
  category = "capacity",
  severity = 4, likelihood = 3,
  rationale = "Broadcast traffic arrives within two to five minutes of airing at many times the normal peak; sites sized for daily traffic fall over while the audience is still watching.",
  triggers = { "tv ad", "tv ads", "tv advert", "tv adverts", "tv advertising", "tv campaign", "tv spot", "tv spots",
               "tv commercial", "tv interview", "tv appearance", "on tv", "on television", "television advert",
               "television campaign", "breakfast tv", "radio ad", "radio ads", "radio advert", "radio adverts",
               "radio campaign", "radio spot", "radio spots", "radio interview", "on the radio", "on air",
               "breakfast show", "morning show", "dragons' den", "dragons den", "shark tank" },
  wrong = "The programme or advert airs and within minutes thousands of people type the URL or call the number at once: the site slows or falls over while the audience is still watching, and the moment is gone.",
  causes = {
    "The air time is known only to the media agency and not in the launch-day runbook",
    "Servers and CDN are scaled for the daily peak, not for a two-minute burst at many times that",
    "The URL or number said on air is long, hard to spell or points at a page that was never load-tested",
    "A repeat, a regional split or a live interview overrun moves the spike to a time nobody is watching",
  },
  prevent = {
    "Get every air time (including repeats and regional splits) from the broadcaster or agency and put them in the launch-day runbook by T-7d",
    "Load-test the URL said or shown on air at ten times the normal peak arriving within five minutes",
    "Pre-scale servers and warm the CDN 30 minutes before each air time and keep an engineer watching until 30 minutes after",
    "Check that the on-air URL or number is short, live and lands on a mobile-friendly page with the offer on it",
  },
  respond = {
    "Post at once on social channels that the site is busy, with a short URL to a static page carrying the key facts",
    "Switch to the static holding page or a queue and add capacity until traffic falls back",
    "Ask the broadcaster to read the corrected URL or number at the next airing if the first one was wrong",
    "Record the real spike against the forecast and confirm the scaling rule for broadcast slots in writing",
  },
  owner = { "web", "engineering", "marketing" },
  due = "T-7d",
  mitigated_by = { "pre-scaled", "prescaled", "air times", "load-tested", "load tested" },
  check = function(plan, doc, hits)
    return text.item(doc, hits)
  end,
}
