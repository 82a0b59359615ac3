-- accessibility.contact-routes: customers can reach you only by phone (shutting out deaf and
-- speech-impaired people) or only online (shutting out people who are not online).

local ways = lib.ways

return {
  id = "accessibility.contact-routes",
  title = "Some customers cannot reach you at all",
  category = "accessibility",
  severity = 3, likelihood = 3,
  rationale = "A single contact route always excludes someone: phone-only shuts out deaf and speech-impaired customers, online-only shuts out the several million adults who are not online, and both groups are over-represented among those who need help most.",
  triggers = { "hotline", "helpline", "phone line", "call us", "call our", "freephone", "call centre", "call center",
               "email us", "by email", "contact form", "live chat", "in-app chat", "webchat", "web chat",
               "phone hotline", "email only", "online only", "chat only" },
  channels = { "hotline", "phone" },
  wrong = "The plan gives customers one way to get in touch, and the people who cannot use it have no way at all.",
  causes = {
    "The contact route was chosen for cost or convenience without asking who cannot use it",
    "Deaf, hard-of-hearing and speech-impaired customers are not offered text relay, email or chat",
    "Customers who are not online, or cannot use chat, are not offered a phone number or call-back",
    "Printed material gives a single phone number or a single web address and nothing else",
  },
  prevent = {
    "Offer at least two contact routes of different kinds (voice and written) and print both wherever one appears, at T-14d",
    "Accept calls through Relay UK or text relay and brief operators on handling relay calls",
    "Offer a call-back request or a limited-hours phone line where support is otherwise online only",
    "Publish a postal address for customers who use neither phone nor internet",
  },
  respond = {
    "Acknowledge the gap at once to any customer who reports it, and resolve their case by whatever route works for them",
    "Open the missing route within days, even in a simple form (a monitored email address or a call-back form)",
    "Update the printed material and web pages with the new route",
    "Confirm in writing that every launch offers at least one voice and one written contact route",
  },
  owner = { "support" },
  due = "T-14d",
  mitigated_by = { "relay uk", "text relay", "textphone", "call-back", "callback" },
  check = function(plan, doc, hits)
    local c = ways.contact(plan, doc)
    if c.phone and not c.written and not c.person then
      return { evidence = { c.phone },
        title = "Deaf and speech-impaired customers cannot reach you",
        wrong = ("The only contact route is the phone (%s): deaf, hard-of-hearing and speech-impaired customers have no way to ask a question or complain, and the plan offers no email, chat, text or text relay."):format(c.phone.text) }
    end
    if c.written and c.phone_denied and not c.phone and not c.person then
      -- an online product's customers are online; a shop's, a council's or an event's may not be
      if ways.digital(doc) then return nil end
      return { evidence = { c.written, c.phone_denied },
        title = "Customers who are not online cannot reach you",
        wrong = ("The only contact routes are online (%s): customers who are not online, or who cannot use email or chat because of sight, dexterity or literacy, have no way to ask a question or complain."):format(c.written.text) }
    end
    return nil
  end,
}
