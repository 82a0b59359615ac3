return {
  id = "broken.noload", title = "Does not load", category = "capacity", severity = 9, likelihood = 2,
  rationale = "Test fixture.",
  triggers = { "hotline" }, wrong = "w", causes = { "c" }, prevent = { "Do p" }, respond = { "Do r" },
  owner = "support", due = "T-7d",
}
