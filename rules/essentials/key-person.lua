-- essentials.key-person: a team member with no backup is ill or away in launch week.
-- One item for the team, naming every member without a named backup.

local NO_BACKUP = { [""] = true, none = true, ["n/a"] = true, na = true, tbd = true, tbc = true, ["-"] = true, nobody = true }


local function trim(s)
  return (s:gsub("^%s+", ""):gsub("%s+$", ""))
end

return {
  id = "essentials.key-person",
  title = "A key person is ill or away and nobody can stand in",
  category = "people",
  severity = 4, likelihood = 3,
  rationale = "Someone on a launch team is off sick or unreachable in most launch weeks; without a named, briefed backup their decisions and knowledge stop with them.",
  wrong = "A person the launch depends on is ill or away in launch week, and nobody else knows their part.",
  causes = {
    "Passwords, supplier contacts and open decisions live in one person's head or inbox",
    "Launch week overlaps school holidays or leave nobody checked",
    "Illness, a family emergency or travel disruption at short notice",
  },
  prevent = {
    "Name a backup for each role and have them shadow the launch from T-14d",
    "Write a one-page handover per role: contacts, where the passwords are in the shared vault, open decisions",
    "Check the leave calendar for launch week and agree who is on call each day",
  },
  respond = {
    "Tell the team and partners at once who is standing in and how to reach them",
    "Hand the open tasks to the stand-in using the handover page and limit changes to what is essential",
    "Catch up with the absent person as soon as they can and record what the stand-in decided",
    "Confirm the named backup for the role in writing in the launch plan",
  },
  owner = { "lead", "hr" },
  due = "T-14d",
  check = function(plan, doc, hits)
    -- one item for the team: every member without a named backup, with their roles
    local who, evidence = {}, {}
    for i, m in ipairs(plan.team or {}) do
      local name = type(m.name) == "string" and trim(m.name) or ""
      local backup = type(m.backup) == "string" and trim(m.backup) or ""
      if NO_BACKUP[backup:lower()] or backup:lower() == name:lower() then
        local roles = {}
        for _, r in ipairs(m.roles or {}) do
          if type(r) == "string" and trim(r) ~= "" then roles[#roles + 1] = trim(r) end
        end
        local person = name ~= "" and name or ("Team member " .. i)
        local role_text = #roles > 0 and table.concat(roles, ", ") or "no role given"
        who[#who + 1] = ("%s (%s)"):format(person, role_text)
        evidence[#evidence + 1] = { source = "team", text = ("%s (%s), no backup named"):format(person, role_text) }
      end
    end
    if #who == 0 then return nil end
    local list = #who == 1 and who[1] or (table.concat(who, ", ", 1, #who - 1) .. " and " .. who[#who])
    return {
      title = #who == 1 and ("Nobody can stand in for %s"):format(who[1]:match("^(.-) %(")) or
              ("Nobody can stand in for %d key people"):format(#who),
      wrong = ("No backup is named for %s. If one of them is ill, on leave or unreachable in launch week, nobody else can take over their part of the launch or knows where it stands."):format(list),
      prevent = {
        ("Name a backup for each of: %s, and have them shadow the work from T-14d"):format(list),
        "Write a one-page handover for each of those roles: contacts, where the passwords are in the shared vault, open decisions",
        "Check the leave calendar for launch week and agree who is on call each day",
      },
      evidence = evidence,
    }
  end,
}
