-- essentials.hotline-training: the people answering customers were never told about the offer.

-- The source text just before and just after a hit, within the hit's own field
-- (doc:text() is the announcement; a hit in the title is read from its sentence).
local function around(doc, hit, n)
  local off, len = hit.offset, #hit.text
  if hit.source == nil or hit.source == "announcement" then
    local text = doc:text()
    if type(off) == "number" and text:sub(off + 1, off + len) == hit.text then
      return text:sub(math.max(1, off - n + 1), off), text:sub(off + len + 1, off + len + n)
    end
  end
  local s = doc:sentence(hit) or hit.text
  local a = s:find(hit.text, 1, true)
  if not a then return "", "" end
  return s:sub(math.max(1, a - n), a - 1), s:sub(a + len, a + len + n - 1)
end

-- A hit is negated when its own clause says there is none of it:
-- "no hotline", "we do not run a hotline", "without a QR code", "hotline-free".
local NEG = { no = true, ["not"] = true, without = true, never = true, nor = true,
  none = true, instead = true, cannot = true, replacing = true, replaces = true }

local function negated(doc, hit)
  local before, after = around(doc, hit, 80)
  if after:sub(1, 5):lower() == "-free" then return true end
  before = before:match("[^%.;:!?,%(%)\n]*$"):lower()
  local words = {}
  for w in before:gmatch("[%a'\226\128\153]+") do words[#words + 1] = w end
  for i = math.max(1, #words - 3), #words do
    local w = words[i]
    if NEG[w] or w:match("n't$") or w:match("n\226\128\153t$") then return true end
  end
  return false
end

local function positive(doc, hits)
  local out = {}
  for _, h in ipairs(hits) do if not negated(doc, h) then out[#out + 1] = h end end
  return out
end

local function has_channel(plan, wanted)
  for _, c in ipairs(plan.channels or {}) do
    for _, w in ipairs(wanted) do if c == w then return true end end
  end
  return false
end

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
    local pos = positive(doc, hits)
    local label
    if #pos > 0 then label = pos[1].text:lower():gsub("%s+", " ")
    elseif has_channel(plan, { "hotline", "phone", "chat" }) then label = "the hotline"
    else return nil end
    if not label:match("^the ") then label = "the " .. label end
    local about = "the launch"
    for _, t in ipairs(TOPICS) do
      local found = false
      for _, p in ipairs(t[1]) do
        if doc:has(p) then found = true; break end
      end
      if found then about = t[2]; break end
    end
    return {
      evidence = pos,
      title = ("Operators cannot answer questions about %s"):format(about),
      wrong = ("Customers contact %s about %s and get wrong, contradictory or 'I don't know' answers, because the people answering were never trained on it."):format(label, about),
    }
  end,
}
