-- contact.email-backlog: the support inbox or contact form builds a backlog of days.

local reach = lib.reach

local INBOX = { "by email", "email us", "e-mail us", "support email", "email support", "support inbox",
  "contact form", "web form", "enquiry form", "inquiry form", "contact us form", "write to us", "email at",
  "mailbox" }
-- Words that make the sentence about customers asking for help, not about sending them something.
local ASKING = { "support", "questions", "question", "queries", "enquiries", "help", "contact", "answers",
  "answer", "answered", "complaints", "problems", "issues", "service", "reply", "replies" }
-- Sizing assumptions, stated in the item so the reader can argue with them.
local EMAIL_RATE = 0.015   -- share of the audience that writes in launch week
local MINUTES = 8          -- handling time per email, including look-ups
local HOURS_A_DAY = 6      -- productive hours an agent spends on email in a day

return {
  id = "contact.email-backlog",
  title = "The support inbox builds a backlog of days",
  category = "customer-contact",
  severity = 3, likelihood = 4,
  rationale = "Email feels cheap to offer, but launch questions arrive in a day and are answered at the usual pace; every unanswered email is followed by a second one, a call and a post.",
  triggers = INBOX,
  wrong = "Launch questions arrive by email and form in one day and are answered at the usual pace: the backlog grows to days, customers write again, call and post publicly, and each chaser adds to the pile.",
  causes = {
    "The inbox is staffed for a normal week and shares agents with phone or chat",
    "There is no auto-reply that says when to expect an answer and links to the FAQ",
    "Duplicates and chasers are not merged, so the same customer is answered three times or not at all",
    "Emails that need another team (refunds, technical faults) wait in a shared mailbox nobody owns",
  },
  prevent = {
    "Estimate launch-week emails from the audience and roster enough agent hours to answer each within one working day, at T-7d",
    "Set an auto-reply with the expected answer time, the FAQ link and the answers to the three likeliest questions",
    "Prepare reply templates for the ten likeliest questions and agree who answers the ones that need another team",
    "Report the backlog and oldest unanswered email twice a day in launch week, with a named person who can add agents",
  },
  respond = {
    "Acknowledge the delay publicly at once (auto-reply, website, social) with a realistic answer time",
    "Move trained staff onto the inbox, merge duplicates and answer the oldest first",
    "Send one bulk answer to everyone who asked the same question, and close those emails",
    "Record the real email volume against the estimate and confirm the staffing rule in writing for the next launch",
  },
  owner = { "support" },
  due = "T-7d",
  mitigated_by = { "auto-reply", "autoreply", "reply templates", "email templates" },
  check = function(plan, doc, hits)
    local out = {}
    for _, h in ipairs(reach.live(doc, hits)) do
      if reach.mentions(reach.sentence(doc, h), ASKING) then out[#out + 1] = h end
    end
    if #out == 0 then return nil end
    local expected = tonumber(plan.audience.expected)
    if expected then
      local emails = math.ceil(expected * EMAIL_RATE)
      local days = math.ceil(emails * MINUTES / 60 / HOURS_A_DAY)
      return {
        evidence = out,
        wrong = ("With about %s expected customers, launch week brings roughly %s emails (at %.1f%%), about %d agent-days of work at %d minutes each; answered at the usual pace, the backlog grows to days, customers write again, call and post publicly, and each chaser adds to the pile."):format(
          reach.grouped(expected), reach.grouped(emails), EMAIL_RATE * 100, days, MINUTES),
      }
    end
    return { evidence = out }
  end,
}
