-- people.single-owner: the launch has no single accountable owner: no owner and no lead in the
-- team, two people who both lead, an owner who is not the team's lead, or a plan that says the
-- launch is owned jointly.

local text, team = lib.text, lib.team

local SHARED = { "co-leads", "co-lead", "co-led", "jointly owned", "joint ownership", "shared ownership",
  "jointly run", "jointly responsible", "owned by both", "shared responsibility", "run jointly",
  "owned jointly", "both teams own", "two leads" }

-- What is wrong with the plan's ownership, as { title, wrong, evidence }, or nil.
local function problem(plan, doc)
  local shared = text.first(doc, SHARED)
  if shared then
    return { evidence = { shared },
      wrong = ("The plan says the launch is %s. On the day, when a decision is needed in minutes, each lead waits for the other or both decide differently."):format(text.name_of(shared)) }
  end
  local members = team.members(plan)
  if #members == 0 then return nil end
  local leads = {}
  for _, m in ipairs(members) do
    if team.is_lead(m) then leads[#leads + 1] = m end
  end
  local owner = team.trim(plan.owner)
  if #leads >= 2 then
    local names, ev = {}, {}
    for _, m in ipairs(leads) do
      names[#names + 1] = team.describe(m)
      ev[#ev + 1] = { source = "team", text = team.describe(m) }
    end
    return { evidence = ev,
      wrong = ("The team has %d people in lead roles: %s. Nobody knows whose word is final, so decisions on the day wait for a conversation, or are taken twice."):format(#leads, table.concat(names, "; ")) }
  end
  if #leads == 1 and owner ~= "" and not team.same_person(owner, leads[1].name) then
    return { evidence = { { source = "owner", text = owner }, { source = "team", text = team.describe(leads[1]) } },
      wrong = ("The plan's owner is %s, but %s is the team's lead. Staff, suppliers and the press will get two different answers to 'who decides?'."):format(owner, team.describe(leads[1])) }
  end
  if #leads == 0 and owner == "" then
    return { evidence = { { source = "team", text = ("%d team members, no owner and no lead role"):format(#members) } },
      wrong = ("The plan names %d team members but no owner and nobody in a lead role: each person owns their part, and nobody owns the launch, the trade-offs between parts or the decision to stop."):format(#members) }
  end
  return nil
end

return {
  id = "people.single-owner",
  title = "Nobody is the single owner of the launch",
  category = "people",
  severity = 4, likelihood = 3,
  rationale = "Shared or unclear ownership works until the first trade-off; on the day, a decision that needs one person takes a meeting.",
  wrong = "Nobody is the single accountable owner of the launch: on the day, decisions wait for a meeting, or two people decide differently.",
  causes = {
    "Two departments sponsored the launch and each named their own lead",
    "The owner is senior and absent, while someone else runs the work day to day",
    "Everyone owns a part and the whole was assumed to look after itself",
  },
  prevent = {
    "Name one launch owner in the plan at T-14d, with the authority to delay, pause or stop the launch",
    "Write down which decisions the other leads take alone and which go to the owner",
    "Tell staff, suppliers and agencies in writing who the owner is and who stands in for them",
  },
  respond = {
    "Say in the launch channel at once who decides from now on, and route every decision there",
    "Settle conflicting instructions already given and tell the people affected which one stands",
    "Confirm the single owner and their stand-in in writing in the plan",
  },
  owner = { "lead" },
  due = "T-14d",
  check = function(plan, doc, hits)
    return problem(plan, doc)
  end,
}
