-- events.venue-capacity: more people are sold tickets, invited or expected than the venue may
-- legally hold, or entry is uncounted (walk-up, no tickets) so nobody knows when it is full.

local words = lib.words

-- Entry nobody counts.
local UNCOUNTED = { "no tickets needed", "no ticket needed", "no tickets required", "no ticket required",
  "no booking needed", "no booking required", "no need to book", "just turn up", "just drop in", "drop-in",
  "walk-ins welcome", "walk-up", "unticketed", "open to all" }

-- Ways the plan states the venue's limit.
local CAPACITY_PATTERNS = { "capacity of (%d[%d,]*)", "holds (%d[%d,]*)", "licensed for (%d[%d,]*)",
  "(%d[%d,]*)%-capacity", "(%d[%d,]*) capacity", "maximum of (%d[%d,]*)", "up to (%d[%d,]*) people",
  "seats (%d[%d,]*)" }

local COUNTED = { "clicker", "clickers", "head count", "headcount", "counted in", "count people in",
  "one in, one out", "one-in-one-out", "capped at", "timed entry", "timed tickets" }

local function stated_capacity(plan, doc)
  local f = tonumber(plan.facts.venue_capacity) or tonumber(plan.facts.capacity)
  if f then return f, { source = "facts", text = ("venue_capacity: %s"):format(words.thousands(f)) } end
  local low = doc:text():lower()
  for _, p in ipairs(CAPACITY_PATTERNS) do
    local n = low:match(p)
    if n then
      local v = tonumber((n:gsub(",", "")))
      local whole = p:gsub("[%(%)]", "")
      if v then return v, { source = "announcement", text = low:match(whole) or n } end
    end
  end
  return nil
end

return {
  id = "events.venue-capacity",
  title = "More people come than the venue may hold",
  category = "capacity",
  severity = 5, likelihood = 2,
  rationale = "Overcrowding is the event failure that injures people and ends with the venue or the police closing the doors; it happens when tickets, invitations and walk-ups are not counted against the licensed capacity.",
  wrong = "More people arrive than the venue may legally hold: the doors are closed on ticket-holders, or the room is overcrowded, unsafe and in breach of the venue's licence.",
  causes = {
    "Tickets, guest-list places, sponsors' passes and staff were counted in different lists and never added up",
    "The capacity used was the seated or standing figure of a different layout",
    "Walk-up or free entry is not counted at the door",
    "Several ticket channels (own site, partner, box office) each sold up to the limit",
  },
  prevent = {
    "Get the licensed capacity for the exact layout from the venue in writing at T-4w",
    "Set one capacity cap across all ticket channels, guest lists, passes, staff and suppliers, and check the combined count every week",
    "Count people in and out at each entrance with clickers or scans and name who closes the doors at the limit",
    "Prepare a 'venue full' message and an overflow plan (second room, screen, later slot) before the day",
  },
  respond = {
    "Stop entry at once when the count reaches the limit and say so at the door and on social media",
    "Offer turned-away ticket-holders a refund, a later slot or a place in the overflow space on the spot",
    "Reconcile the ticket lists after the event and confirm the single capacity cap for the next event in writing",
  },
  owner = { "events", "operations" },
  due = "T-4w",
  mitigated_by = COUNTED,
  check = function(plan, doc, hits)
    if not words.is_event(plan, doc) then return nil end
    local cap, cap_ev = stated_capacity(plan, doc)
    local people = words.headcount(plan, doc)
    local tickets = tonumber(plan.facts.tickets) or tonumber(plan.facts.tickets_sold)
    local demand = math.max(people or 0, tickets or 0)
    if cap and demand > cap then
      return {
        evidence = { cap_ev, { source = "audience", text = ("%s expected"):format(words.thousands(demand)) } },
        wrong = ("The plan expects %s people but the venue holds %s: %s would be turned away at the door or the room would be over its licensed limit."):format(
          words.thousands(demand), words.thousands(cap), words.thousands(demand - cap)),
      }
    end
    if cap or words.any(doc, COUNTED) then return nil end
    local walkup = words.found(doc, UNCOUNTED)
    if #walkup == 0 then return nil end
    return {
      evidence = walkup,
      wrong = ("Entry is uncounted (%s) and the plan states no venue capacity: nobody knows when the venue is full until it is overcrowded, and then the doors close on people who travelled to come."):format(words.label(walkup[1])),
    }
  end,
}
