local items = lib.items

return {
  id = "accountability.overdue",
  title = "Checklist items are overdue",
  category = "people",
  severity = 4, likelihood = 4,
  rationale = "An item past its due date and still open has usually been forgotten, not delayed.",
  wrong = "Some open items are past their due date.",
  causes = {
    "The owner did not know the item was theirs or when it was due",
    "The item was done but nobody recorded it (premortem mark)",
  },
  prevent = {
    "Review the open items with their owners every week until launch",
    "Record finished items with premortem mark so the checklist shows what is really open",
  },
  respond = {
    "Call each owner of an overdue item today and agree a new date or a stand-in",
    "Tell the launch lead which items threaten the launch date and confirm the decision in writing",
  },
  owner = { "lead" },
  due = "T",
  phase = "checklist",
  check = function(checklist, plan)
    if not checklist.today then return nil end
    local late = {}
    for _, it in ipairs(items.open(checklist)) do
      if it.due and it.due < checklist.today then late[#late + 1] = it end
    end
    if #late == 0 then return nil end
    return {
      wrong = ("%d open item%s %s past due on %s: %s.")
        :format(#late, #late == 1 and "" or "s", #late == 1 and "is" or "are", checklist.today, items.ids(late)),
      evidence = items.evidence(late),
    }
  end,
}
