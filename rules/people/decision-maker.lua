-- people.decision-maker: the launch waits for one named person's approval or go/no-go, and
-- nobody is named to decide when that person is on a plane, on stage or asleep.

local text, team = lib.text, lib.team

local APPROVALS = { "sign-off", "sign off", "signs off", "signed off by", "final approval", "approval from",
  "approved by", "needs approval", "must approve", "will approve", "approves", "go/no-go", "go-no-go",
  "go / no-go", "final decision", "final say", "final call", "green light", "gives the go-ahead", "give the go-ahead" }

-- What the approver gives, by approval phrase (default "approval").
local NOUN = { ["sign-off"] = "sign-off", ["sign off"] = "sign-off", ["signs off"] = "sign-off",
  ["signed off by"] = "sign-off", ["go/no-go"] = "go/no-go", ["go-no-go"] = "go/no-go", ["go / no-go"] = "go/no-go",
  ["final decision"] = "final decision", ["final say"] = "final decision", ["final call"] = "final decision",
  ["green light"] = "go-ahead", ["gives the go-ahead"] = "go-ahead", ["give the go-ahead"] = "go-ahead" }

-- Who is typically the single approver, and how to name them.
local APPROVERS = { { "ceo", "the CEO" }, { "chief executive", "the chief executive" },
  { "managing director", "the managing director" }, { "md", "the MD" }, { "co-founder", "the co-founder" },
  { "founder", "the founder" }, { "director", "the director" }, { "chairman", "the chairman" },
  { "chairwoman", "the chairwoman" }, { "chair", "the chair" }, { "the board", "the board" },
  { "president", "the president" }, { "vp", "the VP" }, { "general manager", "the general manager" },
  { "the client", "the client" }, { "client", "the client" }, { "owner", "the owner" },
  { "head of", "the head of department" }, { "principal", "the principal" }, { "minister", "the minister" },
  { "mayor", "the mayor" }, { "trustees", "the trustees" } }

-- Reasons the approver is out of reach on the day.
local AWAY = { "travelling", "traveling", "on a flight", "flying to", "flies to", "in the air", "on stage",
  "keynote", "at the trade show", "at the conference", "abroad", "on holiday", "on leave", "offsite",
  "off-site", "in new york", "in singapore", "in another time zone" }

local DEPUTY = { "deputy", "delegate", "delegated", "in their absence", "in his absence", "in her absence",
  "stands in", "stand in", "stand-in", "second approver", "backup approver", "or, if unavailable",
  "if unavailable", "if unreachable" }

-- The approver named in the hit's sentence: a title from APPROVERS or a team member's name.
local function approver(plan, doc, hit)
  local s = " " .. (doc:sentence(hit) or ""):lower():gsub("[^%w%-/]+", " ") .. " "
  for _, m in ipairs(team.members(plan)) do
    local first = m.name:lower():match("^(%S+)")
    if first and (s:find(" " .. m.name:lower() .. " ", 1, true) or s:find(" " .. first .. " ", 1, true)) then
      return m.name
    end
  end
  for _, a in ipairs(APPROVERS) do
    if s:find(" " .. a[1] .. " ", 1, true) then return a[2] end
  end
  return nil
end

return {
  id = "people.decision-maker",
  title = "The one person who must decide is unreachable on the day",
  category = "people",
  severity = 4, likelihood = 3,
  rationale = "Launch-day decisions (go/no-go, pause, wording of an apology) cannot wait hours; a single approver who is travelling, on stage or asleep freezes the whole team.",
  triggers = APPROVALS,
  wrong = "The launch waits for one person's approval, and on the day that person is on a plane, on stage or asleep: the team cannot go, stop or answer the press until they surface.",
  causes = {
    "Approval sits with a senior person whose diary is full of travel and speaking around the launch",
    "Nobody wrote down what the team may decide alone and what needs the approver",
    "The approver's deputy was never told they are the deputy",
  },
  prevent = {
    "Name a deputy with full authority for each launch-day decision and tell both in writing at T-7d",
    "Write down which decisions the launch lead may take alone (pause, delay by a day, publish the holding statement)",
    "Check the approver's diary for the launch day and the day before, and move the sign-off if they are travelling",
    "Agree the go/no-go criteria in advance so the deputy is applying a rule, not guessing",
  },
  respond = {
    "If the approver cannot be reached within 30 minutes, let the deputy decide and note the time and reason",
    "Publish the prepared holding statement rather than wait in silence",
    "Brief the approver as soon as they are reachable and record the decisions taken for them",
    "Confirm the deputy arrangement in writing in the plan for every future launch",
  },
  owner = { "lead" },
  due = "T-7d",
  mitigated_by = DEPUTY,
  check = function(plan, doc, hits)
    if text.first(doc, DEPUTY) then return nil end
    for _, h in ipairs(text.positive(doc, hits)) do
      local who = approver(plan, doc, h)
      if who then
        local Who = who:gsub("^%l", string.upper)
        local away = text.first(doc, AWAY)
        local ev = { h }
        local tail = "and nobody is named to decide in their place"
        if away then
          ev[2] = away
          tail = ("and the plan itself puts them out of reach (\"%s\")"):format(text.rest_of_clause(doc, away))
        end
        return {
          evidence = ev,
          title = ("The launch waits for %s, and nobody can decide in their place"):format(who),
          wrong = ("%s must give the %s, %s. If %s is on a plane, on stage or asleep when a decision is needed, the team cannot go, stop or answer the press until they surface."):format(
            Who, NOUN[text.name_of(h)] or "approval", tail, who),
        }
      end
    end
    return nil
  end,
}
