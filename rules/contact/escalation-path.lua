-- contact.escalation-path: complaints bounce between you and a partner, or the first line cannot decide.

local reach = lib.reach

local PARTNERS = { "ticketing partner", "booking partner", "delivery partner", "fulfilment partner",
  "fulfillment partner", "installation partner", "service partner", "repair partner", "claims handler",
  "outsourced", "third-party", "third party", "reseller", "resellers", "franchisee", "franchisees",
  "marketplace sellers", "marketplace seller" }
local FIRST_LINE = { "volunteers", "volunteer", "temporary staff", "temps", "agency staff", "agency team" }
-- The sentence must show the third party in front of customers.
local FACING = { "book", "booked", "booking", "bookings", "ticket", "tickets", "order", "orders", "answer",
  "answered", "answers", "call", "calls", "support", "customers", "deliver", "delivers", "delivery", "refund",
  "refunds", "claims", "claim", "questions", "hotline", "sell", "sells", "sold", "sale", "install", "lines" }

-- "partner" inside "installation partner" is the same mention.
local function inside(h, list)
  for _, o in ipairs(list) do
    if o.source == h.source and h.offset >= o.offset and h.offset + #h.text <= o.offset + #o.text then return true end
  end
  return false
end

-- First-line people count only where they answer customers, not where they stand at a door.
local ANSWERING = { "answer", "answers", "answered", "answering", "call", "calls", "hotline", "phone", "lines",
  "questions", "queries", "support", "bookings", "complaints", "refunds", "chat", "email" }

local function facing(doc, phrases, words)
  local out = {}
  for _, p in ipairs(phrases) do
    for _, h in ipairs(doc:find(p)) do
      if not inside(h, out) and not reach.denied(doc, h) and reach.mentions(reach.sentence(doc, h), words) then
        out[#out + 1] = h
      end
    end
  end
  return out
end

return {
  id = "contact.escalation-path",
  title = "Complaints bounce between you and the partner, and nobody can decide",
  category = "customer-contact",
  severity = 3, likelihood = 3,
  rationale = "When a partner, an agency or volunteers face customers, each side assumes the other handles complaints; the customer is passed back and forth until they go public.",
  triggers = (function()
    local t = {}
    for _, p in ipairs(PARTNERS) do t[#t + 1] = p end
    for _, p in ipairs(FIRST_LINE) do t[#t + 1] = p end
    return t
  end)(),
  wrong = "A customer with a complaint is sent from you to the partner and back, and the people answering have nobody with authority to decide a refund or an exception: the complaint goes to social media or the press before anyone owns it.",
  causes = {
    "The contract with the partner does not say who handles which complaints, or how fast",
    "First-line staff, agents or volunteers have no authority for even small goodwill gestures",
    "There is no named second line, or the second line is the launch lead, who is busy launching",
    "Complaints that mention the press, a regulator or a vulnerable circumstance are treated like any other",
  },
  prevent = {
    "Write a one-page escalation path: first line, a named second line with authority to refund up to a stated amount, and the partner's contact and response time; hand it to everyone answering customers at T-7d",
    "Agree in writing with the partner who handles refunds, lost or wrong orders and complaints, and their response time",
    "Give the first line authority for small goodwill gestures up to a stated amount without asking",
    "Route any complaint that mentions the press, a regulator, a solicitor or a vulnerable circumstance to the second line the same day",
  },
  respond = {
    "Own the complaint publicly at once, whoever caused it: one reply that says who will contact the customer and when",
    "Have the second line call the customer the same day with a decision, and settle with the partner afterwards",
    "Tell the first line and the partner what was decided, so the next customer gets the same answer",
    "Confirm the escalation path and the partner's responsibilities in writing for the rest of the launch",
  },
  owner = { "support", "lead" },
  due = "T-14d",
  mitigated_by = { "escalation path", "escalation contact", "second line" },
  check = function(plan, doc, hits)
    local partner = facing(doc, PARTNERS, FACING)
    local first = facing(doc, FIRST_LINE, ANSWERING)
    -- Customers of a partner's booking system asking your line is contact.agent-lookup's item, which
    -- names the people answering: passing them back to the partner is the same problem. What is
    -- left here are other partners (installers, resellers) and first lines with no such system.
    if #reach.partner_systems(doc) > 0 and reach.line(plan, doc) then
      local kept = {}
      for _, h in ipairs(partner) do
        if not reach.mentions(h.text:lower(), reach.PARTNER_SYSTEMS) then
          kept[#kept + 1] = h
        end
      end
      partner, first = kept, {}
    end
    if #partner == 0 and #first == 0 then return nil end
    local who = {}
    if #partner > 0 then who[#who + 1] = "the " .. partner[1].text:lower():gsub("^our ", "") end
    if #first > 0 then who[#who + 1] = first[1].text:lower() end
    local ev = {}
    for _, h in ipairs(partner) do ev[#ev + 1] = h end
    for _, h in ipairs(first) do ev[#ev + 1] = h end
    local wrong
    if #partner > 0 and #first > 0 then
      wrong = ("Customers deal with %s and with %s: a customer with a complaint is passed from one to the other, nobody answering has authority to decide a refund or an exception, and the complaint goes to social media before anyone owns it."):format(who[1], who[2])
    elseif #partner > 0 then
      wrong = ("Customers deal with %s as well as with you: a customer with a complaint is sent from you to the partner and back, and the complaint goes to social media before anyone owns it."):format(who[1])
    else
      wrong = ("Customers are answered by %s who have nobody with authority to decide a refund or an exception: complaints wait, answers differ, and the complaint goes to social media before anyone owns it."):format(who[1])
    end
    return { evidence = ev, wrong = wrong }
  end,
}
