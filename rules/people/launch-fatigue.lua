-- people.launch-fatigue: the plan asks for round-the-clock cover, midnight launches or long
-- shifts in launch week, and nobody planned the rest: tired people make the second incident.

local text = lib.text

local LONG_HOURS = { "around the clock", "round the clock", "round-the-clock", "around-the-clock", "24/7",
  "24 hours a day", "midnight launch", "launch at midnight", "live at midnight", "all-nighter",
  "overtime", "extra shifts", "double shifts", "12-hour shifts", "twelve-hour shifts", "long shifts",
  "work through the weekend", "working through the weekend", "weekend working", "seven days a week",
  "late nights", "overnight shift", "overnight shifts", "night shift", "overnight build",
  "overnight set-up", "overnight setup", "crunch" }

-- Phrases that show rest was planned.
local RESTED = { "shift rota", "rest breaks", "rest periods", "relief team", "relief crew", "in shifts",
  "rotating shifts", "rotation", "maximum of 10 hours", "no shift longer than", "handover between shifts" }

return {
  id = "people.launch-fatigue",
  title = "Launch week runs on overtime and tired people",
  category = "people",
  severity = 3, likelihood = 4,
  rationale = "Round-the-clock launches are staffed by the same few people; after 14 hours awake error rates climb, and the fix of the first incident causes the second.",
  triggers = LONG_HOURS,
  wrong = "Launch week asks the same people for overtime, night work and long shifts: by day two they are exhausted, make mistakes in fixes and customer answers, and someone goes off sick in week two.",
  causes = {
    "Cover was planned as 'the team will be around' instead of a rota with start and end times",
    "The people who built the launch also take every evening and night shift because they know it best",
    "Launch-night celebrations and late fixes run straight into an early start the next day",
  },
  prevent = {
    "Write a rota for T-1d to T+3d with start and end times, no shift over 10 hours and at least 11 hours between shifts, at T-7d",
    "Name a second person for each night or weekend shift so nobody covers two in a row",
    "Agree a rule that non-urgent changes after 22:00 wait for the morning shift, and put it in the run sheet",
    "Book taxis home and meals for anyone working past 22:00 or before 06:00",
  },
  respond = {
    "Send anyone past 12 hours on shift home at once and hand over to the next person on the rota",
    "Freeze non-urgent changes until a rested person has reviewed them",
    "Check in with the team after launch week and give time off in lieu before the next milestone",
    "Confirm in writing the shift limits for the next launch in the plan template",
  },
  owner = { "hr", "lead" },
  due = "T-7d",
  mitigated_by = RESTED,
  check = function(plan, doc, hits)
    local pos = text.unhandled(doc, hits, RESTED)
    if #pos == 0 then return nil end
    return {
      evidence = pos,
      wrong = ("The plan asks for \"%s\" in launch week with no rota or rest planned: by day two the same few people are exhausted, make mistakes in fixes and customer answers, and someone goes off sick in week two."):format(text.name_of(pos[1])),
    }
  end,
}
