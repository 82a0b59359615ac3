local items = lib.items

-- A person owning this many serious open items is a bottleneck; with no
-- backup, fewer are enough. (Who has no backup at all is essentials.key-person.)
local LIMIT, LIMIT_NO_BACKUP = 6, 4

return {
  id = "accountability.owner-overload",
  title = "One person is accountable for too much",
  category = "people",
  severity = 4, likelihood = 3,
  rationale = "Serious items pile onto the one person who knows the system; if they are ill or swamped in launch week, all of them slip.",
  wrong = "One person owns several serious open items; in launch week they cannot do them all, and if they are away nobody can.",
  causes = {
    "The team lists one person for a role many risks need",
    "Nobody is named as backup for that person",
  },
  prevent = {
    "Move some of the person's items to a second owner before sign-off",
    "Name a backup who shadows the person's items from T-14d",
  },
  respond = {
    "Tell the team at once which items move to whom while the person is overloaded or away",
    "Confirm the new split of owners in writing in the plan",
  },
  owner = { "lead" },
  due = "T-14d",
  phase = "checklist",
  check = function(checklist, plan)
    local by_person, order = {}, {}
    for _, it in ipairs(items.open(checklist)) do
      local name = it.owner.name
      if name and items.serious(it) then
        if not by_person[name] then
          by_person[name] = { items = {}, backup = it.owner.backup }
          order[#order + 1] = name
        end
        local p = by_person[name]
        p.items[#p.items + 1] = it
      end
    end
    -- one item for the whole team: who is overloaded, and with what
    local over, all, parts = {}, {}, {}
    for _, name in ipairs(order) do
      local p = by_person[name]
      if #p.items >= (p.backup and LIMIT or LIMIT_NO_BACKUP) then
        over[#over + 1] = name
        parts[#parts + 1] = ("%s owns %d (%s)%s"):format(name, #p.items, items.ids(p.items, 3),
                                                          p.backup and "" or ", with no backup")
        for _, it in ipairs(p.items) do all[#all + 1] = it end
      end
    end
    if #over == 0 then return nil end
    return {
      title = #over == 1 and ("%s is accountable for too many serious items"):format(over[1])
                          or "Some people are accountable for too many serious items",
      wrong = ("Open items at high or critical risk pile up on few people: %s. In launch week they cannot do them all, and if one of them is away nobody can.")
        :format(table.concat(parts, "; ")),
      evidence = items.evidence(all),
    }
  end,
}
