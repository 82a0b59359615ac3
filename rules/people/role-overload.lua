-- people.role-overload: one person holds roles in three or more areas on launch day, or in two
-- while also standing in for people in two more. One item per such person. (How many checklist
-- items one person owns is accountability.owner-overload; this rule reads the roster itself.)

local team = lib.team

local OWN_LIMIT = 3   -- distinct areas of one person's own roles that make them a bottleneck
local TOTAL_LIMIT = 4 -- distinct areas including the people they stand in for

return {
  id = "people.role-overload",
  title = "One person holds too many launch-day jobs",
  category = "people",
  severity = 4, likelihood = 3,
  rationale = "Jobs in different areas peak in the same launch hours; one person holding three of them is a bottleneck on a good day and a single point of failure on a bad one.",
  wrong = "One person holds jobs in several areas on launch day: while they deal with one, the others wait, and if they are ill nobody holds any of them.",
  causes = {
    "Roles were handed out by who knows the subject, not by who is free in the launch hours",
    "Backups were named from the same small group, so the stand-in already has a full job",
    "The run sheet was never walked through hour by hour, so the clashes were never seen",
  },
  prevent = {
    "Walk through the launch day hour by hour at T-14d and mark every hour where one person is needed in two places",
    "Move at least one of the overloaded person's jobs to a named deputy and write it in the run sheet",
    "Name backups who have no launch-day job of their own in the same hours",
  },
  respond = {
    "Say in the launch channel at once which job the person is doing now and who decides the others in the meantime",
    "Hand the waiting decisions to the named deputy and drop everything that can wait a day",
    "After launch, record where the person was the bottleneck and confirm the new split of jobs in writing",
  },
  owner = { "lead", "hr" },
  due = "T-14d",
  check = function(plan, doc, hits)
    local items = {}
    local members = team.members(plan)
    for _, m in ipairs(members) do
      local own = team.areas(m.roles)
      local all, seen = {}, {}
      for _, a in ipairs(own) do seen[a] = true; all[#all + 1] = a end
      local covers, extra = team.backs_up(plan, m.name, members), {}
      for _, c in ipairs(covers) do
        local added = false
        for _, a in ipairs(team.areas(c.roles)) do
          if not seen[a] then seen[a] = true; all[#all + 1] = a; added = true end
        end
        if added then extra[#extra + 1] = team.describe(c) end
      end
      if #own >= OWN_LIMIT or (#own >= 2 and #all >= TOTAL_LIMIT) then
        local jobs = table.concat(m.roles, ", ")
        local text = ("%s: %s"):format(m.name, jobs)
        local wrong = ("On launch day %s holds %d jobs at once (%s)"):format(m.name, #m.roles, jobs)
        if #extra > 0 then
          text = text .. "; backup for " .. table.concat(extra, "; ")
          wrong = wrong .. (" and is the named stand-in for %s"):format(table.concat(extra, " and "))
        end
        items[#items + 1] = {
          subject = m.name,
          title = ("%s holds too many launch-day jobs"):format(m.name),
          evidence = { { source = "team", text = text } },
          wrong = wrong .. (". These jobs peak in the same hours: while %s deals with one, the others wait, and if %s is ill or stuck on the phone nobody holds any of them."):format(m.name, m.name),
          prevent = {
            ("Walk through the launch day hour by hour with %s at T-14d and mark every hour where they are needed in two places"):format(m.name),
            ("Move at least one of %s's jobs to a named deputy for launch day and write it in the run sheet"):format(m.name),
            ("Name backups for %s's jobs who have no launch-day job of their own in the same hours"):format(m.name),
          },
        }
      end
    end
    if #items == 0 then return nil end
    return items
  end,
}
