-- events.parking-transport: guests cannot get there or home: the car park or the last train
-- closes before the event ends, or parking is limited and no alternative is given.

local words = lib.words

-- Where the plan names how guests travel; each may carry a closing or last-service time.
local TRAVEL = { "car park", "car parks", "parking", "park and ride", "park-and-ride", "last train",
  "last trains", "last bus", "last buses", "last tram", "last ferry", "shuttle", "shuttle bus", "night bus" }
local SCARCE = { "no parking", "limited parking", "parking is limited", "no on-site parking", "no onsite parking",
  "parking is very limited", "no car park", "street parking only" }
local ALTERNATIVES = { "shuttle", "shuttle bus", "park and ride", "park-and-ride", "nearest station",
  "train station", "bus route", "buses", "taxi rank", "taxis", "coach", "walk from", "minutes' walk",
  "minutes walk", "public transport" }
-- How the plan says the event ends.
local END_WORDS = { "until", "till", "finishes at", "ends at", "closes at", "carriages at", "last orders" }

local MARGIN = 30 -- minutes guests need between the end of the event and the car park or last service closing

-- Minutes after the event's start day: times before 06:00 belong to the night after.
local function night(t) return t < 6 * 60 and t + 24 * 60 or t end

-- The latest end time the plan gives for the programme (a time right after an END_WORD).
local function event_end(doc)
  local best
  for _, s in ipairs(doc:sentences()) do
    local low = s.text:lower()
    local travel = false
    for _, t in ipairs(TRAVEL) do if low:find(t, 1, true) then travel = true end end
    if not travel then
      for _, w in ipairs(END_WORDS) do
        for tail in lib.word.matches(low, w, "^" .. w .. "%s+([^,;]*)") do
          local c = words.clock(tail)[1]
          if c and tail:find(c.text:lower(), 1, true) == 1 and (not best or night(c.at) > night(best.at)) then best = c end
        end
      end
    end
  end
  return best
end

-- The earliest closing or last-service time of a travel option, with the sentence it is in.
local function travel_close(doc)
  local best
  for _, h in ipairs(words.found(doc, TRAVEL)) do
    local s = doc:sentence(h) or ""
    for _, c in ipairs(words.clock(s)) do
      if not best or night(c.at) < night(best.clock.at) then best = { clock = c, hit = h } end
    end
  end
  return best
end

return {
  id = "events.parking-transport",
  title = "Guests cannot park, or cannot get home",
  category = "venue",
  severity = 3, likelihood = 3,
  rationale = "Car parks and last trains keep their own hours, not the event's; guests who find the car park locked or the last train gone at midnight remember that, not the evening.",
  wrong = "Guests cannot park near the venue, or find the car park locked or the last train gone when the event ends: they arrive late and stressed, leave early, or are stranded at night.",
  causes = {
    "The car park's closing time and the last public transport were never checked against the end of the programme",
    "The venue's own parking is shared with other events or residents that evening",
    "The programme overruns, and the guests' exit, cloakroom and payment queues take longer than planned",
  },
  prevent = {
    "Check the car park's closing time and the last trains and buses against the programme's end plus 45 minutes, and write them in the guest information at T-14d",
    "Book a later closing with the car park operator, or a shuttle or taxi firm for the last hour, if the margin is short",
    "Send guests travel and parking information with their tickets, including the last-service times",
    "Schedule the end of the programme so the last guests leave at least 30 minutes before the earliest closing",
  },
  respond = {
    "Announce in the room well before the end when the car park closes and when the last trains leave",
    "Call the car park operator's emergency number or the taxi firm at once for stranded guests, and pay if need be",
    "Follow up with affected guests the next day, and confirm the travel check for the next event in writing",
  },
  owner = { "events", "operations" },
  due = "T-14d",
  mitigated_by = ALTERNATIVES,
  triggers = words.concat(TRAVEL, SCARCE),
  check = function(plan, doc, hits)
    if not words.is_event(plan, doc) then return nil end
    local close, finish = travel_close(doc), event_end(doc)
    if close and finish and night(close.clock.at) - night(finish.at) < MARGIN then
      return {
        evidence = { close.hit },
        wrong = ("The programme runs until %s but the %s %s at %s: guests who stay to the end, queue for coats or settle their bill find it gone and are stranded."):format(
          finish.text, words.label(close.hit), words.label(close.hit):find("^last") and "leaves" or "closes", close.clock.text),
      }
    end
    local scarce = words.any(doc, SCARCE)
    if scarce and not words.any(doc, ALTERNATIVES) then
      local n = words.headcount(plan, doc)
      return {
        evidence = { scarce },
        wrong = ("Parking is scarce (%s)%s and the plan gives no shuttle, public transport or taxi information: guests circle the streets, arrive late for the start, or do not come."):format(
          words.label(scarce), n and (" for about %s guests"):format(words.thousands(n)) or ""),
      }
    end
    return nil
  end,
}
