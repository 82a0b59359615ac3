-- contact.complaint-log: complaints arrive through many channels and nobody sees the pattern.
-- Counts the routes the plan offers for questions: three or more.

local reach = lib.reach

local MIN_KINDS = 3

-- Social media counts as a complaint route only where the plan sends customers' questions there;
-- ads on social are a campaign channel (the comments under them are contact.social-dms).
local ASKING = { "question", "questions", "complaint", "complaints", "queries", "enquiries", "ask", "asks",
  "answer", "answers", "answered", "reply", "replies", "dm", "dms", "message us", "contact us", "help" }

local function routes(plan, doc)
  local out = {}
  for _, k in ipairs(reach.kinds(plan, doc)) do
    if k.kind ~= "social" or reach.mentions(reach.sentence(doc, k.hit), ASKING) then out[#out + 1] = k end
  end
  return out
end

return {
  id = "contact.complaint-log",
  title = "Complaints are scattered across channels and nobody sees the pattern",
  category = "customer-contact",
  severity = 3, likelihood = 3,
  rationale = "With three or more contact channels, the same fault arrives as dozens of separate complaints; without one log it is spotted days late and complaint-handling deadlines pass unnoticed.",
  wrong = "Complaints arrive by several routes and each is handled where it lands: nobody sees that forty of them are the same fault, the first sign of a real problem is a newspaper story, and formal complaints pass their response deadline unnoticed.",
  causes = {
    "Each channel keeps its own notes (a call log, an inbox, a store book, social DMs) with no common categories",
    "Store staff and social media replies are not recorded as complaints at all",
    "There is no daily summary of complaint themes during launch week",
    "Nobody owns the deadline for formal complaints and the final response letter",
  },
  prevent = {
    "Set up one complaint log (even a shared form) with five launch categories, used by every channel from launch day, by T-7d",
    "Brief stores and the social team to log every complaint, not only the ones they cannot solve",
    "Send a daily complaint summary by theme to the launch lead for the first two weeks, with the top three themes and counts",
    "Name an owner for formal complaints and their response deadlines",
  },
  respond = {
    "Acknowledge publicly at once when the log shows a common fault, and say what is being done about it",
    "Contact every customer logged with that fault with one consistent answer",
    "Fix the root cause and close the logged complaints with a note of the fix",
    "Confirm the single log and the daily summary in writing as standard for future launches",
  },
  owner = { "support", "lead" },
  due = "T-7d",
  mitigated_by = { "complaint log", "complaints log", "single log", "daily complaint summary" },
  check = function(plan, doc, hits)
    local kinds = routes(plan, doc)
    if #kinds < MIN_KINDS then return nil end
    local labels, ev = {}, {}
    for _, k in ipairs(kinds) do
      labels[#labels + 1] = k.label
      ev[#ev + 1] = k.hit
    end
    local list = table.concat(labels, ", ", 1, #labels - 1) .. " and " .. labels[#labels]
    return {
      evidence = ev,
      wrong = ("Complaints arrive through %s, and each is handled where it lands: nobody sees that forty of them are the same fault, the first sign of a real problem is a newspaper story, and formal complaints pass their response deadline unnoticed."):format(list),
    }
  end,
}
