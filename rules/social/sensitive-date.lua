-- social.sensitive-date: the launch lands on a day of remembrance or plays on a day that hurts
-- part of the audience (Mother's Day, Father's Day).

local text, when = lib.text, lib.when

-- Fixed days of remembrance, "MM-DD" -> name.
local FIXED = {
  ["01-27"] = "Holocaust Memorial Day",
  ["09-11"] = "the anniversary of the 11 September attacks",
  ["11-11"] = "Armistice Day",
}

-- Days that are painful for part of the audience when a brand celebrates them.
local OCCASIONS = { "mother's day", "mothers' day", "mothers day", "mothering sunday", "father's day",
  "fathers' day", "fathers day", "remembrance sunday", "remembrance day", "memorial day", "anniversary of the",
  "pregnancy loss awareness", "baby loss awareness" }

-- Remembrance Sunday (UK): the second Sunday in November.
local function remembrance_sunday(y, m, d)
  if m ~= 11 or when.weekday(y, m, d) ~= 0 then return false end
  return d >= 8 and d <= 14
end

local function sensitive_launch(plan)
  local y, m, d = when.launch(plan)
  if not y then return nil end
  local name = FIXED[("%02d-%02d"):format(m, d)]
  if not name and remembrance_sunday(y, m, d) then name = "Remembrance Sunday" end
  if not name then return nil end
  return name, ("%s, %s"):format(when.weekday_name(y, m, d), when.label(m, d))
end

return {
  id = "social.sensitive-date",
  title = "The launch lands on a sensitive date",
  category = "reputation",
  severity = 3, likelihood = 3,
  rationale = "Upbeat selling on a day of remembrance, or a Mother's Day push to people who have lost a mother or a child, reads as careless; screenshots of it circulate for years.",
  wrong = "Upbeat launch posts and emails land on a day when much of the audience is remembering or grieving, and the brand is shared as the one that did not notice.",
  causes = {
    "The launch date was picked from the sales calendar without a look at days of remembrance",
    "Mother's Day and Father's Day emails go to the whole list, including people who have lost a parent or a child",
    "Posts and emails are scheduled weeks ahead and nobody re-reads them against the day's news",
  },
  prevent = {
    "Check the launch date and the two days around it against a calendar of remembrance days and anniversaries in every market at T-3w",
    "Offer subscribers a one-click opt-out of Mother's Day and Father's Day messages two weeks before, and honour it in every channel",
    "Re-read every scheduled post and email on the morning it goes out and have one person who can hold them all",
    "Keep copy for the day respectful: no jokes, countdowns or 'celebrate' language that could read as making light of it",
  },
  respond = {
    "Pause scheduled posts and ads at once and say plainly that the timing was wrong",
    "Take down or replace the posts that caused offence, without deleting replies that criticise them",
    "Reply to the people who were hurt with an apology, not a defence",
    "Confirm in writing the sensitive-dates check and the opt-out list as part of every campaign calendar",
  },
  owner = { "marketing" },
  due = "T-3w",
  mitigated_by = { "opt out of mother's day", "opt-out of mother's day", "opt out of father's day",
                   "opt-out of father's day", "sensitive dates checked" },
  check = function(plan, doc, hits)
    local ev = {}
    for _, p in ipairs(OCCASIONS) do
      for _, h in ipairs(text.live(doc, doc:find(p))) do ev[#ev + 1] = h end
    end
    local day, label = sensitive_launch(plan)
    if day then
      ev[#ev + 1] = { source = "launch_date", text = ("launch on %s (%s)"):format(label, day) }
      return { evidence = ev,
        wrong = ("The launch is on %s, which is %s. Upbeat launch posts, emails and ads that day read as careless to people who are remembering, and screenshots of them circulate for years."):format(label, day) }
    end
    if #ev == 0 then return nil end
    return { evidence = ev,
      wrong = ("The campaign plays on %s. Messages celebrating it reach people who have lost a parent or a child, or who are marking a loss, and some of them say so in public."):format(text.quote(ev, 2)) }
  end,
}
