-- essentials.hotline-training: the people answering customers were never told about the offer.

local lang, channels = lib.lang, lib.channels

-- What customers will be asking about, by the first kind of launch the plan shows.
local TOPICS = {
  { { "price drop", "price cut", "promotion", "discount", "discounted", "special offer", "offer", "warranty" }, "the new offer" },
  { { "new version", "this release", "app update", "software update", "firmware", "release notes" }, "the new version" },
  { { "tickets", "ticket", "gala", "event", "festival", "conference", "concert" }, "the event" },
  { { "launch", "new product", "new range" }, "the new product" },
}

return {
  id = "essentials.hotline-training",
  title = "Operators cannot answer questions about the new offer",
  category = "customer-contact",
  severity = 3, likelihood = 4,
  rationale = "Operators usually hear about a campaign from the first caller; wrong or contradictory answers become complaints and sometimes binding promises.",
  triggers = { "hotline", "hotlines", "helpline", "call centre", "call center", "contact centre", "contact center",
               "customer service team", "customer service", "customer services", "support team", "support email",
               "support inbox", "help desk", "helpdesk", "service desk", "live chat" },
  channels = { "hotline", "phone", "chat" },
  wrong = "Customers contact the hotline about the new offer and get wrong, contradictory or 'I don't know' answers, because the people answering were never trained on it.",
  causes = {
    "Operators learn what is new from the first callers, because the briefing went only to the project team",
    "There is no script or FAQ with the exact prices, dates, conditions and known problems",
    "Temporary, agency, volunteer or weekend operators start on launch day without a briefing",
    "Edge cases (refunds, changes, customers who bought just before the launch) have no agreed answer",
  },
  prevent = {
    "Write a one-page script and FAQ with prices, dates, conditions, known problems and the answers to the five likeliest complaints, signed off by the launch lead",
    "Train every operator, including agency, volunteer and weekend staff, at T-3d and test each with five mock questions",
    "Give operators an escalation contact who can decide edge cases on launch day",
    "Review the first day's questions at close of launch day and update the FAQ overnight",
  },
  respond = {
    "Acknowledge publicly that some customers got wrong answers and post the correct terms on the website and social channels",
    "Send every operator a one-line correction at once and have team leads confirm it was read",
    "Contact the customers who got wrong information and honour what was promised where reasonable",
    "Add the missing answers to the FAQ and confirm in writing that operator training is a launch checklist item",
  },
  owner = "support",
  due = "T-3d",
  mitigated_by = { "operators trained", "operator training", "call script", "hotline script", "operators briefed",
                   "agents trained", "support faq" },
  check = function(plan, doc, hits)
    local pos = lang.positive(doc, hits)
    local label
    if #pos > 0 then label = lang.norm(pos[1].text)
    elseif channels.first(plan, { "hotline", "phone", "chat" }) then label = "the hotline"
    else return nil end
    if not label:match("^the ") then label = "the " .. label end
    local about = "the launch"
    for _, t in ipairs(TOPICS) do
      if lang.any(doc, t[1]) then about = t[2]; break end
    end
    return {
      evidence = pos,
      title = ("Operators cannot answer questions about %s"):format(about),
      wrong = ("Customers contact %s about %s and get wrong, contradictory or 'I don't know' answers, because the people answering were never trained on it."):format(label, about),
    }
  end,
}
