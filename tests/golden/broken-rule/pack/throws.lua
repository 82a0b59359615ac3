return {
  id = "broken.throws", title = "Throws", category = "capacity", severity = 2, likelihood = 2,
  rationale = "Test fixture.",
  triggers = { "hotline" }, wrong = "w", causes = { "c" }, prevent = { "Do p" }, respond = { "Do r" },
  owner = "support", due = "T-7d",
  check = function(plan, doc, hits)
    local n = plan.facts.lines + 1
    return n > 2
  end,
}
