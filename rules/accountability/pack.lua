return {
  name = "accountability",
  version = "1.0.0",
  description = "Checklist-level rules: items nobody owns, people who own too much, dates that cannot work",
  engine = 1,
}
