-- social.spokesperson: the launch puts the company in front of journalists, and nobody is named
-- to speak when something goes wrong.

local text = lib.text

-- Live contact with the press (a mailed release alone is covered by the embargo and press rules).
local PRESS = { "press conference", "media launch", "press launch", "journalists attend", "journalists are invited",
  "invited journalists", "journalists ride", "journalists join", "journalists visit", "press event", "press day",
  "photo call", "photocall", "media day", "radio interview", "radio interviews", "tv interview",
  "tv interviews", "press interviews", "media interviews", "broadcast interview", "camera crews", "tv crews" }
local NAMED = { "spokesperson", "spokeswoman", "spokesman", "press office", "press officer", "media enquiries",
  "press enquiries", "media contact", "press contact", "media relations", "speaks for" }
-- Team roles that answer the press.
local PRESS_ROLES = { "pr", "press", "press officer", "spokesperson", "media relations", "communications", "comms",
  "public relations" }

return {
  id = "social.spokesperson",
  title = "No one is named to speak when things go wrong",
  category = "reputation",
  severity = 3, likelihood = 3,
  rationale = "A launch that courts the press also gets the press's calls when it goes wrong; if no spokesperson is named, whoever picks up the phone speaks for the company, and 'no comment' becomes the headline.",
  triggers = PRESS,
  wrong = "A journalist calls about a fault, a complaint or an angry customer, and nobody is authorised to answer: a store manager or receptionist guesses, or says 'no comment', and that is the quote that runs.",
  causes = {
    "The press plan covers the good-news release only, not what happens when something goes wrong",
    "Journalists reach stores, the switchboard or staff on social media instead of the press office",
    "The person who wrote the release is away or cannot be reached in the evening and at the weekend",
    "Nobody agreed who may say what without legal review",
  },
  prevent = {
    "Name one spokesperson and a deputy for the launch and put their contact on every press release at T-7d",
    "Tell stores, the switchboard, support and staff with public profiles to pass every press call to the spokesperson, with a one-line script",
    "Prepare the spokesperson with the five hardest questions and agreed answers, and brief them on the crisis escalation route",
    "Agree in writing what the spokesperson may confirm without legal review and how fast legal answers otherwise",
  },
  respond = {
    "Return every journalist's call within their deadline with at least a holding line, never 'no comment'",
    "Make sure only the spokesperson gives quotes and that stores and staff refer callers on",
    "Correct factual errors in published stories the same day, in writing",
    "Confirm in writing the spokesperson and deputy for future launches and keep the contact sheet current",
  },
  owner = { "marketing", "lead" },
  due = "T-7d",
  mitigated_by = NAMED,
  check = function(plan, doc, hits)
    local pos = text.live(doc, hits)
    if #pos == 0 then return nil end
    for _, p in ipairs(NAMED) do if doc:has(p) then return nil end end
    local who = text.member(plan, PRESS_ROLES)
    if who then return nil end
    return { evidence = { pos[1] } }
  end,
}
