-- people.temp-staff: temporary, agency or borrowed staff face customers on launch day without
-- having been trained on the launch (or on the tills, the venue, the systems).

local text = lib.text

local TEMPS = { "agency staff", "agency workers", "agency temps", "temporary staff", "temporary workers",
  "temp staff", "temps", "seasonal staff", "seasonal workers", "casual staff", "casual workers",
  "extra staff", "additional staff", "contract staff", "staff from other stores", "staff from other branches",
  "borrowed staff", "brand ambassadors", "promo staff", "promotional staff", "event staff from",
  "staffing agency", "drafted in", "brought in from" }

-- Words that, in the same sentence, show the temporary staff are trained or inducted.
local TRAINED = { "trained", "training", "induction", "inducted", "shadow", "shadowing", "shadows",
  "briefed", "briefing", "onboarded", "onboarding", "rehearsal", "dry run" }

return {
  id = "people.temp-staff",
  title = "Temporary or agency staff meet customers untrained",
  category = "people",
  severity = 3, likelihood = 4,
  rationale = "Temporary staff are booked for the launch peak and arrive the same morning; without an induction they give wrong answers, cannot work the tills or systems, and have no idea whom to ask.",
  triggers = TEMPS,
  wrong = "Temporary, agency or borrowed staff start on launch day without training on the offer, the systems or the site: they give wrong answers, cannot process customers and pull regular staff off their own work to help.",
  causes = {
    "The agency sends whoever is free that morning, not the people who came to the induction",
    "System logins, till codes and radios for temporary staff are requested too late",
    "The briefing is written for regular staff and assumes knowledge temporary staff do not have",
  },
  prevent = {
    "Book temporary staff to arrive at least one shift before launch day for a paid induction at T-2d and record who attended",
    "Ask the agency in writing at T-14d for named people and make the induction a condition of the booking",
    "Set up logins, till codes, badges and radios for each temporary worker and test them at the induction",
    "Pair each temporary worker with a named regular colleague on launch day and give them a one-page crib sheet",
  },
  respond = {
    "Pull untrained temporary staff off customer-facing tasks at once and put them on queueing, stock or runners' jobs",
    "Correct any wrong information they gave at the counter or on the phone, in person or by a short public note",
    "Brief them in a ten-minute huddle before the next shift with the crib sheet",
    "Confirm in writing that temporary staff induction is a fixed step of the launch plan, with the agency's agreement",
  },
  owner = { "hr", "operations", "sales", "events" },
  due = "T-7d",
  mitigated_by = { "induction for temporary staff", "agency staff are trained", "temporary staff are trained" },
  check = function(plan, doc, hits)
    local pos = text.positive(doc, hits)
    local untrained = {}
    for _, h in ipairs(pos) do
      if not text.in_sentence(doc, h, TRAINED) then untrained[#untrained + 1] = h end
    end
    if #untrained == 0 then return nil end
    return {
      evidence = untrained,
      wrong = ("The plan relies on %s on launch day, with no training or induction for them in the plan: they give wrong answers, cannot process customers and pull regular staff off their own work to help."):format(text.name_of(untrained[1])),
    }
  end,
}
