-- social.autopilot-posts: scheduled posts, ads and countdowns keep running while a tragedy or
-- a crisis of your own dominates the news.

local text = lib.text

return {
  id = "social.autopilot-posts",
  title = "Scheduled posts run on through bad news",
  category = "reputation",
  severity = 3, likelihood = 2,
  rationale = "Pre-scheduled content is written weeks before it goes out; when a disaster or an incident of your own breaks, a cheerful post on autopilot is the one that gets screenshotted.",
  triggers = { "scheduled posts", "scheduled social", "scheduled tweets", "scheduled emails", "pre-scheduled",
               "prescheduled", "countdown posts", "daily countdown", "countdown on social", "auto-post", "autopost",
               "auto-posted", "always-on social", "drip campaign", "posts are scheduled", "posts scheduled",
               "queued posts" },
  wrong = "A disaster, an attack or a failure of your own dominates the news, and the campaign's scheduled posts, countdowns and ads keep going out cheerfully beside it.",
  causes = {
    "Posts, emails and ads are queued in several tools (scheduler, email platform, ad manager) and nobody has a list of all of them",
    "Nobody on the rota has the authority or the logins to pause everything out of hours",
    "Copy with puns such as 'explosive prices' or 'killer deals' reads very differently beside the day's headlines",
  },
  prevent = {
    "Keep one list of every scheduled post, email and ad with the tool it sits in and the login that can pause it, at T-7d",
    "Name one person per day of the campaign, weekends included, who checks the news before each send and may pause everything without asking",
    "Rehearse a full pause once: time how long it takes to stop all queued content in every tool",
    "Strip copy of violent or disaster puns ('explosive', 'killer', 'smashing records') before it is queued",
  },
  respond = {
    "Pause every queued post, email and ad at once, in all tools, and stay silent rather than post a generic message",
    "Delete a post that went out at the wrong moment only after taking a screenshot, and say why if asked",
    "Resume only after the lead has re-read the queue against the news",
    "Confirm in writing the pause list and the rota for the next campaign",
  },
  owner = { "marketing" },
  due = "T-7d",
  mitigated_by = { "pause procedure", "pause plan", "kill switch", "social rota" },
  check = function(plan, doc, hits)
    local pos = text.live(doc, hits)
    if #pos == 0 then return nil end
    return { evidence = pos }
  end,
}
