-- social.out-of-hours: the launch goes live on social media when nobody is moderating.

local text, when = lib.text, lib.when

local SOCIAL_WORDS = { "social media", "paid social", "social channels", "our socials", "facebook", "instagram",
  "tiktok", "linkedin", "youtube", "twitter", "threads", "snapchat" }
local SOCIAL_CHANNELS = { social = true, ["social media"] = true, facebook = true, instagram = true, tiktok = true,
  twitter = true, x = true, linkedin = true, youtube = true }
-- Times when social teams are usually off.
local OFF_HOURS = { "weekend", "this weekend", "bank holiday", "public holiday", "at midnight", "from midnight",
  "00:01", "christmas day", "boxing day", "new year's day", "new year's eve", "easter sunday", "easter monday",
  "good friday", "overnight launch" }
-- Plans that already staff moderation.
local STAFFED = { "24/7", "24 hours a day", "round the clock", "round-the-clock", "moderation rota",
  "moderators on shift", "community manager on shift", "social team on shift", "moderated around the clock" }

local function social(plan, doc)
  for _, c in ipairs(plan.channels or {}) do
    if SOCIAL_CHANNELS[c] then return { source = "channels", text = c } end
  end
  return text.first(doc, SOCIAL_WORDS)
end

return {
  id = "social.out-of-hours",
  title = "Nobody answers on social media out of hours",
  category = "reputation",
  severity = 3, likelihood = 3,
  rationale = "Launch posts draw most replies in the first evening and weekend; unanswered questions and abuse left standing for two days become the story, and the social team works office hours.",
  channels = { "social", "social media", "facebook", "instagram", "tiktok", "twitter", "x", "linkedin", "youtube" },
  triggers = SOCIAL_WORDS,
  wrong = "The launch goes out on social media when nobody is on duty: questions go unanswered, complaints pile up under the launch post, and spam or abuse stays visible until Monday.",
  causes = {
    "The social team works office hours and the launch falls on a weekend, a public holiday or at midnight",
    "Paid posts keep attracting comments all weekend while nobody can reply or hide spam",
    "The agency that schedules the posts is not contracted to moderate replies",
    "Nobody has the answers to the likely questions, so the person on duty cannot reply",
  },
  prevent = {
    "Put a named moderator on a rota for launch day and the following weekend, with logins, a reply guide and a phone number for escalation, at T-7d",
    "Write approved replies to the ten likeliest questions and complaints and share them with the moderator",
    "Switch on the platforms' keyword filters for abuse and spam on the launch posts before they go live",
    "State the hours replies are given in the profile and the launch post, and where to go out of hours",
  },
  respond = {
    "Reply at once to the most visible unanswered complaints with an apology for the wait and an answer or a next step",
    "Hide spam and abuse and pin a short post with answers to the commonest questions",
    "Work through every unanswered comment and message and close each one",
    "Confirm in writing the moderation rota that every future launch outside office hours gets",
  },
  owner = { "marketing", "support" },
  due = "T-7d",
  check = function(plan, doc, hits)
    local soc = social(plan, doc)
    if not soc then return nil end
    for _, p in ipairs(STAFFED) do if doc:has(p) then return nil end end
    local ev, when_text = { soc }, nil
    local y, m, d = when.launch(plan)
    if y then
      local wd = when.weekday(y, m, d)
      if wd == 0 or wd == 6 then
        when_text = ("on %s, %s"):format(when.weekday_name(y, m, d), when.label(m, d))
        ev[#ev + 1] = { source = "launch_date", text = "launch " .. when_text }
      end
    end
    local off = text.first(doc, OFF_HOURS)
    if off then
      ev[#ev + 1] = off
      when_text = when_text or ("out of hours (%s)"):format(off.text)
    end
    if not when_text then return nil end
    return { evidence = ev,
      wrong = ("The launch goes out on social media %s, when the social team is usually off: questions go unanswered, complaints pile up under the launch post, and spam or abuse stays visible until someone is back."):format(when_text) }
  end,
}
