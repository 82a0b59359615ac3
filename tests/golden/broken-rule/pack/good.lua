return {
  id = "broken.good", title = "The hotline is swamped", category = "capacity", severity = 4, likelihood = 3,
  rationale = "Test fixture.",
  triggers = { "hotline" }, wrong = "Callers wait.", causes = { "Too few lines" },
  prevent = { "Add lines" }, respond = { "Open call-back" }, owner = "support", due = "T-7d",
}
