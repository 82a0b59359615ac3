-- events.door-check-in: everyone arrives in the same half hour and the door cannot check them
-- in fast enough: too few lanes, tickets on flat phones, screenshots shared, guests on a table
-- booking with no ticket of their own. The venue's connection failing is essentials.internet-outage.

local words = lib.words

local DOOR = { "e-ticket", "e-tickets", "eticket", "etickets", "mobile ticket", "mobile tickets",
  "tickets on your phone", "ticket on your phone", "scan your ticket", "tickets are scanned", "ticket scanning",
  "scanned at the door", "show them at the door", "show it at the door", "at the door", "on the door",
  "check-in", "check in desk", "registration desk", "guest list", "wristband", "wristbands", "badge collection",
  "collect your badge" }

local HANDLED = { "staggered arrival", "staggered entry", "arrival slots", "timed entry", "check-in lanes",
  "entry lanes", "fast lane", "printed guest list", "offline mode", "offline scanning", "express entry" }

-- Door sizing assumptions, stated in the item so the reader can argue with them.
local ARRIVAL_SHARE = 0.7    -- share of guests who arrive in the first half hour
local ARRIVAL_MINUTES = 30
local SECONDS_PER_GUEST = 20 -- scan, name check, coat or wristband, questions
local SMALL = 100            -- below this a single desk copes

local TABLE_BOOKINGS = { "tables of ten", "tables of 10", "tables of eight", "tables of 8", "tables can be booked",
  "book a table", "group bookings", "group booking", "corporate tables" }

return {
  id = "events.door-check-in",
  title = "The queue at the door: guests cannot be checked in fast enough",
  category = "capacity",
  severity = 3, likelihood = 4,
  rationale = "Most guests arrive in the first half hour; at twenty seconds a guest one lane handles ninety an hour, and every flat phone, forwarded screenshot or missing name slows it further, in the rain, on the first impression.",
  triggers = DOOR,
  wrong = "Guests arrive in the same half hour and the door cannot check them in fast enough: the queue goes round the building, the start is delayed, and the evening begins with the complaint.",
  causes = {
    "Lanes and scanners were planned for the average arrival rate, not the first half hour",
    "Guests cannot find the e-ticket email, their phone is flat, or the ticket is in someone else's inbox",
    "Screenshots of the same ticket are shared, so the second guest is refused in front of the queue",
    "Guests on a table or group booking have no ticket of their own and are not on any list by name",
  },
  prevent = {
    "Size the door for the first half hour: guests x 70% / (30 min x 60 / seconds per guest) lanes, and staff each lane with a scanner and a list, at T-7d",
    "Test every scanner on the venue's network and offline, with real tickets, at the venue at T-1d",
    "Print an alphabetical guest list, including every guest on table and group bookings by name, as the fallback",
    "Set up a 'problem desk' away from the lanes for missing tickets, name changes and disputes",
    "Send the ticket again with the door time and a 'save to wallet' link at T-1d",
  },
  respond = {
    "Open the fallback list at once when the queue passes the agreed length, and check names rather than scans",
    "Send a host along the queue to apologise, give an expected wait and pull problem cases to the problem desk",
    "Delay the start by a stated time rather than begin with half the guests outside, and say so in the room",
    "Record arrival times and lane throughput and confirm the lane count for the next event in writing",
  },
  owner = { "events", "operations" },
  due = "T-7d",
  mitigated_by = HANDLED,
  check = function(plan, doc, hits)
    local pos = words.unhandled(plan, doc, hits, HANDLED)
    if #pos == 0 then return nil end
    local n = words.headcount(plan, doc)
    if n and n < SMALL then return nil end
    local parts = {}
    if n then
      local peak = math.floor(n * ARRIVAL_SHARE + 0.5)
      local per_lane = ARRIVAL_MINUTES * 60 // SECONDS_PER_GUEST
      local lanes = math.ceil(peak / per_lane)
      local one_lane = math.ceil(peak * SECONDS_PER_GUEST / 60)
      parts[#parts + 1] = ("About %s of the %s guests arrive in the first %d minutes; at %d seconds a guest one lane needs %d minutes for them, so the door needs %d staffed lanes to keep the queue under half an hour."):format(
        words.thousands(peak), words.thousands(n), ARRIVAL_MINUTES, SECONDS_PER_GUEST, one_lane, lanes)
    end
    local ev = { pos[1] }
    local tables = words.any(doc, TABLE_BOOKINGS)
    if tables then
      ev[#ev + 1] = tables
      parts[#parts + 1] = ("Guests on table bookings (%s) have no ticket of their own unless the booker forwards one: they arrive unknown to the door."):format(words.label(tables):lower())
    end
    return {
      evidence = ev,
      wrong = (("Guests check in at the door (%s) and the plan does not say how many lanes, scanners or fallback lists there are. %s"):format(
        words.label(pos[1]), table.concat(parts, " ")):gsub("%s+$", "")),
    }
  end,
}
