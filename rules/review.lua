-- Post-mortem follow-ups: what `premortem review` asks the team to do after an
-- incident. Data, not code. Blameless: every step names a condition and an
-- action, never a culprit. Placeholders: {title} {what} {impact} {date}.
--   id        the follow-up's id (review.<id>)
--   owner     roles, first one the incident's people or the plan's team has wins
--   due       days after the incident date
--   when      "always", or "customers" (only when customers were affected)
return {
  steps = {
    { id = "acknowledge", owner = { "support", "marketing", "lead" }, due = 0, when = "customers",
      title = "Acknowledge the problem to the customers it affected",
      action = "Tell affected customers plainly, in the channels where they met the problem, what happened ({what}), that we are fixing it and when they will hear from us next. Do it the same day ({date})." },
    { id = "contain", owner = { "lead" }, due = 0, when = "always",
      title = "Contain it: stop more customers meeting the problem",
      action = "Put a workaround in place for what happened ({what}): a notice, a redirect, a paused campaign or a manual process, and check that it holds." },
    { id = "fix", owner = { "lead" }, due = 2, when = "always",
      title = "Fix the cause, not only the symptom",
      action = "Fix what made it possible ({causes}) and check the fix the way a customer would meet it." },
    { id = "compensate", owner = { "support", "sales", "lead" }, due = 7, when = "customers",
      title = "Compensate in proportion where it is warranted",
      action = "Decide what the affected customers are owed for {impact}: an apology, a refund, a voucher or the promised offer honoured; keep it in proportion, and record the decision." },
    { id = "confirm", owner = { "lead" }, due = 14, when = "always",
      title = "Confirm the long-term fix in writing",
      action = "Write down what changed so that it cannot happen again, who checked it and when, and share it with everyone who handled the incident." },
    { id = "prevent", owner = { "lead" }, due = 30, when = "always",
      title = "Make the next pre-mortem remember",
      action = "Add a prevention for '{title}' to the next launch's plan (a mitigation, or a rule in your organisation's pack: premortem rules new --from-incident), and record this review in the history file." },
  },
}
