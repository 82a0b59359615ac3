-- contact.agent-lookup: the people answering cannot see the booking, order or claim made in a partner's system.

local reach = lib.reach

return {
  id = "contact.agent-lookup",
  title = "The people answering cannot see the customer's booking or order",
  category = "customer-contact",
  severity = 3, likelihood = 4,
  rationale = "When bookings or orders live in a partner's system, the first question of nearly every call ('is my booking there?') cannot be answered without access nobody arranged.",
  triggers = reach.PARTNER_SYSTEMS,
  wrong = "Customers who booked or ordered through the partner's system contact your line, and the people answering cannot see the booking: they cannot confirm it, resend a ticket, change or refund it, and send the customer back to the partner.",
  causes = {
    "Access to the partner's back office was never requested for the people answering customers",
    "Logins are shared, personal to one organiser, or need two-factor codes on someone else's phone",
    "The partner's data (names, references) does not match what customers quote",
    "Nobody agreed what the first line may do in the partner's system (resend, change, refund)",
  },
  prevent = {
    "Get individual logins to the partner's back office for everyone answering customers, and test a look-up by name and by reference at T-7d",
    "Agree in writing with the partner what your first line may do (resend, change, refund) and what only the partner may do",
    "Write a one-page look-up guide: where to find a booking, how to resend a ticket, when to pass to the partner",
    "Get a partner support contact with a response time for launch week and the day itself",
  },
  respond = {
    "Tell customers at once that you will check and call back, rather than sending them to the partner",
    "Set up the missing access the same day, or have one person with access work through the call-back list",
    "Call back every customer whose question could not be answered",
    "Confirm in writing the access and permissions for the rest of the launch and the next one",
  },
  owner = { "support", "web" },
  due = "T-7d",
  mitigated_by = { "back-office access", "back office access", "partner logins" },
  check = function(plan, doc, hits)
    local live = reach.live(doc, hits)
    if #live == 0 then return nil end
    local line = reach.line(plan, doc)
    if not line then return nil end
    live[#live + 1] = line.hit
    local who = reach.first(doc, { "volunteers", "volunteer" }) and "the volunteers answering" or "the people answering"
    return {
      evidence = live,
      wrong = ("Customers who booked or ordered through the %s contact %s, and %s cannot see the booking: they cannot confirm it, resend a ticket, change or refund it, and send the customer back to the partner."):format(
        live[1].text:lower():gsub("^through our ", ""):gsub("^via our ", ""),
        line.hit.source == "channels" and line.label or "the " .. line.hit.text:lower(), who),
    }
  end,
}
