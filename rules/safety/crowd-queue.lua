-- safety.crowd-queue: a queue or crowd at a launch, giveaway or opening becomes unsafe.

local base = lib.base

-- What follows "the first 100" when it is not people at a door.
local ONLINE_NEXT = { orders = true, order = true, bookings = true, downloads = true, subscribers = true,
  registrations = true, users = true, accounts = true, ["sign-ups"] = true, signups = true, entries = true }
-- Places that make a queue virtual.
local ONLINE_PLACES = { "online", "website", "web", "app", "virtual", "queue-it", "waiting room", "call", "calls",
  "hotline", "phone", "chat" }

return {
  id = "safety.crowd-queue",
  title = "The queue or crowd becomes unsafe",
  category = "safety",
  severity = 5, likelihood = 2,
  rationale = "Scarce items, free gifts and first-come offers pull crowds that surge when the doors open; crushes at store openings and giveaways happen somewhere every year, and the brand that promised the freebie is named.",
  triggers = { "queue", "queues", "queuing", "queueing", "first come, first served", "first come first served",
               "first-come, first-served", "first-come-first-served", "midnight opening",
               "midnight launch", "limited to the first", "first 50", "first 100", "first 200", "first 500",
               "first 1,000", "first 1000", "doorbuster", "doorbusters", "door buster", "camp out", "camping out",
               "meet and greet", "meet-and-greet", "book signing", "signing session", "in-store appearance",
               "free to the first", "grand opening", "opening day giveaway" },
  wrong = "More people come than the store or site can hold: the queue spills into the road, people push when the doors open, someone falls or is crushed, and the footage runs on the evening news.",
  causes = {
    "Scarce stock or a free gift for 'the first 100' gives everyone a reason to rush the door",
    "Nobody estimated the crowd from social reach, and the store planned for a normal Saturday",
    "No barriers, stewards or queue route agreed with the landlord or shopping centre",
    "People queue for hours overnight or in heat and cold with no water, toilets or first aid",
  },
  prevent = {
    "Agree a crowd plan with the store, landlord or venue at T-14d: maximum numbers inside, queue route and barriers, stewards per 250 people, and where the overflow goes",
    "Replace first-come-first-served with timed tickets, an online ballot or reservations for scarce items wherever possible",
    "Tell the police, the local authority and centre security when you expect more than a few hundred people",
    "Hand out numbered wristbands along the queue once stock is covered, so people beyond the limit are told early and leave",
    "Provide water, shelter from heat or cold, toilets and first aid for any queue expected to last over an hour",
  },
  respond = {
    "Stop admitting people at once when numbers pass the plan and say so clearly at the door and on social media",
    "Close the event or stop the giveaway if the crowd surges, and call the emergency services for any injury",
    "Offer people turned away the same deal online or by voucher",
    "Confirm in writing the crowd limits and ticketing rule for the next launch",
  },
  owner = { "events", "operations", "sales" },
  due = "T-14d",
  mitigated_by = { "crowd plan", "crowd management", "stewards", "timed tickets", "wristbands", "ballot" },
  check = function(plan, doc, hits)
    local physical = {}
    for _, h in ipairs(hits) do
      -- "the first 1,000 orders" and "200,000 fans in the queue on our website" happen online
      local s = " " .. (doc:sentence(h) or ""):lower():gsub("[^%w%-]", " ") .. " "
      local after = s:sub((s:find(h.text:lower(), 1, true) or #s) + #h.text):match("^%s*(%S+)") or ""
      local online = ONLINE_NEXT[after] ~= nil
      for _, w in ipairs(ONLINE_PLACES) do online = online or s:find(" " .. w .. " ", 1, true) ~= nil end
      if not online then physical[#physical + 1] = h end
    end
    local it = base.item(doc, physical, "The plan draws a crowd (%s). More people come than the store or site can hold: the queue spills into the road, people push when the doors open, someone falls or is crushed, and the footage runs on the evening news.")
    if not it then return nil end
    local expected = plan.audience and tonumber(plan.audience.expected)
    if expected and expected >= 500 then
      it.wrong = it.wrong .. (" The plan expects about %d people."):format(math.floor(expected))
    end
    return it
  end,
}
