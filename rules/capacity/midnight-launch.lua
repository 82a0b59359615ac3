-- capacity.midnight-launch: a countdown or midnight release brings everyone in the same minute.

local text = lib.text

-- Words that say the moment is a launch, not the end of something.
local LAUNCH = { "launch", "launches", "live", "sale", "release", "released", "releases", "available", "opens",
  "open", "drop", "drops", "unlock", "unlocks", "starts", "start", "tickets", "orders", "order", "download",
  "countdown", "begins" }
-- "until midnight", "ends at midnight": an end, which other rules cover.
local ENDING = { "until", "till", "til", "to", "ends", "end", "ending", "closes", "close", "expires", "before", "by" }

local function launch_moment(doc, hit)
  if text.denied(doc, hit) then return false end
  if hit.text:lower():find("count") then return true end
  local words = {}
  for w in text.clause(doc, hit):gmatch("%a+") do words[#words + 1] = w end
  for i = math.max(1, #words - 1), #words do
    if text.has_word(words[i], ENDING) then return false end
  end
  return text.has_word(text.sentence(doc, hit), LAUNCH)
end

return {
  id = "capacity.midnight-launch",
  title = "Everyone arrives in the same minute at a countdown or midnight launch",
  category = "capacity",
  severity = 4, likelihood = 3,
  rationale = "A fixed, advertised release moment turns a day's demand into one minute, at an hour when the team is thin and scheduled jobs run.",
  triggers = { "midnight", "00:00", "00:01", "12:01 am", "12:01am", "countdown", "count down", "counting down" },
  wrong = "The countdown ends and the whole audience hits the site in the same minute: pages time out, payments fail, and it happens at an hour when most of the team is asleep and the night's scheduled jobs are running.",
  causes = {
    "Capacity was planned for a day's orders, not for a day's orders arriving in one minute",
    "Backups, price imports or batch jobs are scheduled for the same midnight",
    "Thousands of people refresh the page in the last seconds, multiplying the load of each real visitor",
    "Only one on-call engineer is awake, with nobody from support, social or the payment provider",
  },
  prevent = {
    "Load-test the release path (landing page, product page, checkout, payment) at the expected first-minute peak by T-7d",
    "Move backups, imports and batch jobs away from the release hour and freeze deployments for 24 hours before it",
    "Open a waiting room 30 minutes before the moment and admit people in random order when it starts, so refreshing and scripts gain nothing",
    "Staff a launch-night rota with engineering, support, social and a contact at the payment provider, awake and online",
  },
  respond = {
    "Post at once on social channels and the site banner that checkout is slow, and say that stock is held for people in the queue",
    "Turn on a virtual queue or hold the release until the site recovers, and say when it reopens",
    "Reconcile failed and duplicate payments in the morning and tell each affected customer by email",
    "Write down the first-minute peak and confirm the launch hour (or a daytime launch) in writing for next time",
  },
  owner = { "engineering", "web" },
  due = "T-7d",
  mitigated_by = { "virtual queue", "launch-night rota", "launch night rota" },
  check = function(plan, doc, hits)
    local out = {}
    for _, h in ipairs(hits) do
      if launch_moment(doc, h) then out[#out + 1] = h end
    end
    if #out == 0 then return nil end
    return { evidence = out }
  end,
}
