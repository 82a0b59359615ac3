return {
  name = "contact",
  version = "1.0.0",
  description = "How customers reach you during a launch, beyond hotline lines and training: opening hours, inbox and chat, social DMs, phone routing, call-back promises, escalation, languages, vulnerable customers, complaint logging and what agents can see.",
  engine = 1,
}
