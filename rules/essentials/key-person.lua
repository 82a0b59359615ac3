-- essentials.key-person: a team member with no backup is ill or away in launch week.
-- One item per team member without a named backup.

local NO_BACKUP = { [""] = true, none = true, ["n/a"] = true, na = true, tbd = true, tbc = true, ["-"] = true, nobody = true }

local function slug(s)
  local t = s:lower():gsub("[^%w]+", "-"):gsub("^%-+", ""):gsub("%-+$", "")
  return t
end

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
    local items, seen = {}, {}
    for i, m in ipairs(plan.team or {}) do
      local name = type(m.name) == "string" and trim(m.name) or ""
      local backup = type(m.backup) == "string" and trim(m.backup) or ""
      if NO_BACKUP[backup:lower()] or backup:lower() == name:lower() then
        local roles = {}
        for _, r in ipairs(m.roles or {}) do
          if type(r) == "string" and trim(r) ~= "" then roles[#roles + 1] = trim(r) end
        end
        local who = name ~= "" and name or ("Team member " .. i)
        local subject = who
        if seen[slug(subject)] then subject = subject .. " " .. i end
        seen[slug(subject)] = true
        local role_text = #roles > 0 and table.concat(roles, ", ") or "no role given"
        items[#items + 1] = {
          subject = subject,
          evidence = { { source = "team", text = ("%s (%s), no backup named"):format(who, role_text) } },
          title = ("Nobody can stand in for %s"):format(who),
          wrong = ("%s (%s) has no named backup. If %s is ill, on leave or unreachable in launch week, nobody else can take over their part of the launch or knows where it stands."):format(who, role_text, who),
          prevent = {
            ("Name a backup for %s (%s) and have them shadow the work from T-14d"):format(who, role_text),
            ("Write a one-page handover of %s's part: contacts, where the passwords are in the shared vault, open decisions"):format(who),
            "Check the leave calendar for launch week and agree who is on call each day",
          },
          respond = {
            ("Tell the team and partners at once who is standing in for %s and how to reach them"):format(who),
            ("Hand %s's open tasks to the stand-in using the handover page and limit changes to what is essential"):format(who),
            ("Catch up with %s as soon as they can and record what the stand-in decided"):format(who),
            "Confirm the named backup for the role in writing in the launch plan",
          },
        }
      end
    end
    if #items == 0 then return nil end
    return items
  end,
}
