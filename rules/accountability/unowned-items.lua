local items = lib.items

return {
  id = "accountability.unowned-items",
  title = "Checklist items nobody owns",
  category = "people",
  severity = 4, likelihood = 4,
  rationale = "An item without a name on it is the one nobody checks; it is found on launch day.",
  wrong = "Some checklist items have no owner: nobody in the team has their role and the plan names no owner, so nobody will do them.",
  causes = {
    "The plan's team does not list the roles the risks need (web, support, legal, ...)",
    "The plan names no overall owner to fall back on",
  },
  prevent = {
    "Add the missing roles to the plan's team, or name the plan's owner",
    "Re-run premortem and confirm that no item is unowned before sign-off",
  },
  respond = {
    "Assign every unowned item to a named person in the launch meeting today",
    "Record who took each item in the plan and confirm it in writing",
  },
  owner = { "lead" },
  due = "T-14d",
  phase = "checklist",
  check = function(checklist, plan)
    local unowned = {}
    for _, it in ipairs(items.open(checklist)) do
      if it.owner.via == "unowned" then unowned[#unowned + 1] = it end
    end
    if #unowned == 0 then return nil end
    return {
      wrong = ("%d open item%s ha%s no owner: %s. Nobody in the team has the role and the plan names no owner.")
        :format(#unowned, #unowned == 1 and "" or "s", #unowned == 1 and "s" or "ve", items.ids(unowned)),
      evidence = items.evidence(unowned),
    }
  end,
}
