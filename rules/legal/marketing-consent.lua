-- legal.marketing-consent: the launch sends marketing to people who never agreed to it, or
-- gives them no working way to stop it.

local clause, personal = lib.clause, lib.personal

-- The plan will market to people: sign-ups for offers, SMS marketing, bought lists.
local MARKETING = {
  { key = "signup", phrases = { "sign up to our newsletter", "sign up for our newsletter", "subscribe to our newsletter",
      "join our mailing list", "receive offers", "receive our offers", "receive special offers", "keep you updated",
      "keep them updated", "send you offers", "send them offers", "added to our newsletter", "added to the newsletter",
      "added to our mailing list", "marketing emails", "promotional emails", "follow-up emails", "follow-up email" },
    note = "People who registered or bought are put on a marketing list" },
  { key = "sms", phrases = { "sms campaign", "sms marketing", "marketing texts", "promotional texts",
      "text message offers", "offers by text", "offers by sms", "whatsapp offers", "whatsapp broadcast" },
    note = "Marketing goes out by text message, where consent rules are strictest and complaints fastest" },
  { key = "lists", phrases = { "bought list", "purchased list", "rented list", "list rental", "third-party list",
      "partner list", "partner's list", "partners' customers", "data from our partners", "cold email", "cold emails" },
    note = "The list was bought, rented or shared by a partner, so nobody on it agreed to hear from you" },
}

return {
  id = "legal.marketing-consent",
  title = "Marketing goes to people without consent or a working unsubscribe",
  category = "legal",
  severity = 3, likelihood = 3,
  rationale = "Marketing without valid consent is fined per message under PECR and the ePrivacy rules, and regulators act on volume of complaints; launches are when lists are merged in a hurry.",
  triggers = clause.phrases(MARKETING),
  wrong = "The launch sends marketing to people who never agreed to receive it, or the unsubscribe does not work: complaints reach the regulator, fines are counted per message, and the sender domain lands in spam.",
  causes = {
    "Registration, warranty or ticket buyers are added to the marketing list without a separate opt-in",
    "The opt-in box is pre-ticked, bundled with the terms, or its wording does not name the channels (email, SMS)",
    "Contacts collected for a service (a warranty, a booking, a ticket) are treated as marketing consent",
    "The unsubscribe link or STOP keyword is missing, broken or takes more than one step",
  },
  prevent = {
    "Collect marketing consent with a separate unticked box per channel, and store who agreed, when and to what wording",
    "Check the source of every address on the launch list at T-7d: people who opted in to this channel, or your own customers under the soft opt-in, and nobody else",
    "Test the unsubscribe link and the STOP keyword in the final email and text before sending, and check it takes effect within 48 hours",
    "Use the soft opt-in only for your own customers, for similar products, with an opt-out offered at the point of collection",
  },
  respond = {
    "Stop the send at once if consent is in doubt, and reply to complainants with an apology and confirmation of removal",
    "Remove everyone without recorded consent from the list and suppress them across every tool",
    "Fix the opt-in wording or the unsubscribe route before the next send, and check with legal whether to report",
    "Confirm in writing the consent and suppression rules for future campaigns",
  },
  owner = { "marketing", "legal" },
  due = "T-7d",
  mitigated_by = { "separate opt-in", "unticked box", "suppression list", "double opt-in", "consent recorded" },
  check = function(plan, doc, hits)
    local found = clause.groups(doc, MARKETING)
    if #found == 0 then return nil end
    local notes, ev = clause.notes(found)
    local collected = personal.collected(doc)[1]
    if collected then ev[#ev + 1] = collected end
    return {
      evidence = ev,
      wrong = table.concat(notes, ". ") .. ": the launch sends marketing to people who never agreed to receive it, or the unsubscribe does not work, so complaints reach the regulator, fines are counted per message, and the sender domain lands in spam.",
    }
  end,
}
