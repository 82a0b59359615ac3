return {
  name = "people",
  version = "1.0.0",
  description = "Who actually carries the launch: overloaded people, leave, temps and volunteers, fatigue, on-call, owners, agencies and handovers.",
  engine = 1,
}
