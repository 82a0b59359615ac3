-- social.staff-leak: employees told ahead of the public announcement post it before launch.

local text, when = lib.text, lib.when

local INTERNAL = { "internal announcement", "all-hands", "all hands meeting", "staff preview", "employee preview",
  "staff are told", "staff will be told", "employees are told", "employees will be told", "all staff are told",
  "told internally", "internal launch", "internal briefing", "staff briefing", "briefed internally",
  "staff get early access", "employees get early access", "staff webinar", "team briefing", "staff newsletter",
  "intranet" }
-- Words that place the internal step before the public one.
local AHEAD = { "before the announcement", "before launch", "before the launch", "ahead of launch",
  "ahead of the launch", "ahead of the announcement", "in advance", "the week before", "the day before",
  "a week before", "days before", "early access" }

return {
  id = "social.staff-leak",
  title = "Employees post the news before launch",
  category = "reputation",
  severity = 3, likelihood = 3,
  rationale = "Every employee told before the public is a possible early post; with hundreds of staff one photo of a briefing slide or new shelf label is almost certain, and it is usually innocent pride.",
  triggers = INTERNAL,
  wrong = "Staff who heard the news internally post it on their own accounts, in forums or in community groups before the public announcement, so customers and press learn it from a blurry photo instead of from you.",
  causes = {
    "The internal briefing never says that the news is confidential until a stated date and time",
    "Proud staff share a photo of the new product, price labels or the briefing slide with friends or on TikTok",
    "Briefing material is forwarded to agency staff, partners or former colleagues",
    "Staff forums and unofficial employee groups on Reddit or Facebook are not considered public",
  },
  prevent = {
    "Put 'Confidential until <date> <time>' at the top of every internal briefing, slide and email, and say it out loud in every briefing",
    "Tell staff in one sentence what they may post and from when, and give them an approved post to share after launch",
    "Brief as late as the work allows, and keep prices and product photos out of material that does not need them",
    "Watermark briefing documents per store or team so a leaked copy can be traced",
  },
  respond = {
    "Confirm the news publicly at once if it is out, rather than deny it, and bring forward what can be brought forward",
    "Ask the employee to take the post down, kindly: most leaks are pride, not malice",
    "Tell all staff the same day that the news is now public and what they may say",
    "Confirm in writing the confidentiality line and the briefing timing for the next launch",
  },
  owner = { "marketing", "hr" },
  due = "T-7d",
  mitigated_by = { "confidential until", "embargoed until" },
  check = function(plan, doc, hits)
    for _, h in ipairs(text.live(doc, hits)) do
      local s = doc:sentence(h) or ""
      local days = when.days_before(plan, s)
      local ahead = (days and days > 0) or false
      if not ahead then
        local low = s:lower()
        for _, a in ipairs(AHEAD) do if low:find(a, 1, true) then ahead = true end end
      end
      if ahead then
        return { evidence = { h },
          wrong = ("Staff hear the news before the public (\"%s\"), and some of them post it on their own accounts, in forums or in community groups, so customers and press learn it from a blurry photo instead of from you."):format(s) }
      end
    end
    return nil
  end,
}
