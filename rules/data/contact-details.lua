-- data.contact-details: a phone number or email address printed in the announcement is wrong,
-- unreachable or unanswered. Runs on every plan: fires on a number or address that is a placeholder,
-- a drama or premium number or a no-reply address; on one the plan calls new; and on a phone number
-- the launch itself runs through ("book by calling ..."). An established hotline printed for
-- questions is not worth an item of its own (its load and briefing are the hotline rules').

local clauses, contacts = lib.clauses, lib.contacts

local NEW = { "new number", "new phone number", "new email address", "new address", "new hotline number",
  "new contact details", "new mailbox", "dedicated email address", "dedicated address" }

-- Verbs that make the number the way customers take up the launch, not just ask about it.
local ACTION = { "book", "books", "booked", "order", "orders", "ordered", "reserve", "reserves", "register",
  "registers", "claim", "claims", "apply", "applies", "buy", "buys", "pay", "pays", "calling", "subscribe" }

local ACTION_PADDED = lib.word.padded(ACTION)

local function runs_through(doc, hit)
  local s = " " .. (doc:sentence(hit) or ""):lower():gsub("[^%a]+", " ") .. " "
  for _, w in ipairs(ACTION_PADDED) do
    if s:find(w, 1, true) then return true end
  end
  return false
end

return {
  id = "data.contact-details",
  title = "A phone number or email address in the announcement is wrong",
  category = "data-quality",
  severity = 4, likelihood = 2,
  rationale = "One wrong digit in a printed number sends every caller to a stranger or a dead line, and print cannot be corrected; numbers and addresses are copied from drafts and templates and rarely dialled before sign-off.",
  wrong = "A phone number or email address in the announcement does not reach the team: a digit is wrong, it is a placeholder from the draft, the line is not routed yet or the mailbox does not exist, and every customer who tries it gets nowhere.",
  causes = {
    "The number or address was typed by hand into the artwork, or copied from a template or an old campaign",
    "Placeholder numbers from the design draft (drama ranges, 555 numbers, 0000) were never replaced",
    "The new line or mailbox is ordered but not routed, or routes to the wrong queue or voicemail",
    "The number cannot be reached from mobiles, from abroad or from some networks, or costs callers more than they expect",
  },
  prevent = {
    "Call every number and write to every address exactly as printed on the final proof, from a mobile and a landline, at T-7d, and record who answered",
    "Check the line's hours, greeting and queue say the right campaign, and that the mailbox auto-replies with the expected answer time",
    "Compare each number and address on every piece of material (print, website, email, receipt, label) against one master list",
  },
  respond = {
    "Publish the correct number or address at once on the website, social media and in the stores, and own the mistake",
    "Ask the telecom provider to divert the wrong number if it is yours to divert, or buy the misprinted number if it is free",
    "Correct the website, email templates and any material not yet printed the same day, and sticker printed material still on display",
    "Confirm in writing to the launch lead the master contact list and the dial-test sign-off for future material",
  },
  owner = { "support", "marketing", "lead" },
  due = "T-7d",
  mitigated_by = { "numbers dialled", "dialled every number", "test call", "test calls", "contact details checked" },
  check = function(plan, doc, hits)
    local phones, bad, ev = contacts.phones(doc), {}, {}
    local new = clauses.first(doc, NEW)
    local used = 0
    for _, p in ipairs(phones) do
      local f = contacts.phone_flaw(p)
      if f then bad[#bad + 1] = f end
      if f or new or runs_through(doc, p.hit) then
        ev[#ev + 1] = p.hit
        used = used + 1
      end
    end
    for _, e in ipairs(contacts.emails(doc)) do
      local f = contacts.email_flaw(e)
      if f then bad[#bad + 1] = f end
      if f or new then ev[#ev + 1] = e.hit end
    end
    if #ev == 0 then return nil end
    if #bad > 0 then
      return { evidence = ev, title = "A contact number or address in the announcement cannot work",
        wrong = table.concat(bad, "; ") .. ". Every customer who uses it gets nowhere, and printed copies cannot be corrected." }
    end
    local list = {}
    for _, h in ipairs(ev) do list[#list + 1] = h.text end
    local what = used == #ev and "If one digit is wrong or the line is not routed yet, every caller reaches a stranger or a dead line"
      or used == 0 and "If one letter is wrong or the mailbox does not exist yet, every message bounces or goes to a stranger"
      or "If one digit or letter is wrong, or the line or mailbox is not set up yet, every customer who tries it reaches a stranger, a dead line or a bounce"
    return { evidence = ev,
      wrong = ("The announcement prints %s for customers to use. %s, and printed copies cannot be corrected."):format(table.concat(list, " and "), what) }
  end,
}
