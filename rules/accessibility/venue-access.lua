-- accessibility.venue-access: an in-person event whose plan says nothing about access, or says
-- the venue is not accessible. A venue with a named physical barrier and no word on access
-- ("in the cellar bar", "up the stairs") is left to events.accessibility, which reads those
-- barriers; this rule covers the events that look harmless on paper.

local say = lib.say

local EVENT = { "gala", "gala dinner", "launch event", "launch party", "open day", "open evening", "conference",
  "exhibition", "festival", "concert", "hands-on workshop", "free workshop", "workshop session",
  "workshop sessions", "seminar", "roadshow", "meet-up", "meetup",
  "film screening", "ceremony", "awards night", "awards evening", "drinks reception", "supporters' evening",
  "in-store event", "pop-up event", "press event", "showcase", "trade fair", "craft fair", "trade show", "summit" }
-- Access the plan already describes.
local ACCESS = { "step-free", "step free", "wheelchair", "wheelchair-accessible", "accessible entrance",
  "accessible toilet", "accessible toilets", "level access", "ramp", "ramps", "lift", "lifts",
  "hearing loop", "induction loop", "access needs", "accessibility information", "access information",
  "accessible venue", "bsl interpreter", "quiet room" }
-- Named barriers that events.accessibility reads (left to it when the plan says nothing on access).
local BARRIERS = { "stairs", "staircase", "no lift", "basement", "cellar", "cellars", "rooftop", "roof terrace",
  "listed building", "historic building", "historic venue", "first floor", "second floor", "third floor",
  "upstairs", "mezzanine", "vaults", "crypt", "on a boat", "on the boat", "boat party", "riverboat", "castle",
  "in a field", "on the beach", "cobbled", "cobbles", "woodland", "in the woods", "standing only" }
-- Venue features that often mean steps, named in the item.
local STEPS = { "historic", "terrace", "first-floor", "barge", "customs house", "old mill", "chapel",
  "gallery level", "tower", "warehouse", "pier", "marquee" }
-- Words that make an event online, not in person.
local ONLINE = { "online event", "virtual event", "webinar", "online only", "livestream only", "conference call",
  "video conference" }

return {
  id = "accessibility.venue-access",
  title = "Disabled guests cannot get in or around the venue",
  category = "accessibility",
  severity = 3, likelihood = 3,
  rationale = "Many event venues, especially historic and waterside ones, have steps, heavy doors, narrow routes or no accessible toilet; if nobody walks the route and publishes access details, disabled guests find out at the door or do not come.",
  triggers = EVENT,
  wrong = "A guest who uses a wheelchair, walks with difficulty, is deaf or is blind arrives and cannot get in, reach the main room, use a toilet or follow the programme, and leaves or never books.",
  causes = {
    "Nobody walked the guest route with the venue to check steps, door widths, lifts and toilets",
    "The booking page gives no access information, so disabled guests cannot plan or ask",
    "Guests are never asked about access needs, so seating and help are not arranged",
    "Parts of the programme happen on a terrace, upper floor or stage with steps only",
    "The evacuation plan assumes everyone can use the stairs",
  },
  prevent = {
    "Walk the whole guest route with the venue manager at T-3w (drop-off, entrance, bar, main room, toilets, outdoor areas, stage) and note every step, heavy door and narrow passage",
    "Publish access information on the booking page: step-free route, accessible toilet, lift size, parking, seating, hearing loop, quiet space, and whom to ask",
    "Ask every guest about access needs when they book and plan seating, help and timings from the answers",
    "Book what the answers call for: a portable ramp, a hearing loop, a sign-language interpreter or live captions for speeches",
    "Agree personal evacuation plans with the venue for guests who cannot use stairs, and brief stewards and volunteers on them",
  },
  respond = {
    "Help the guest at once with whatever works on the night (another entrance, a moved table, a steward to assist) and apologise plainly",
    "Refund or offer an alternative to any guest who could not take part",
    "Follow up in writing with the guest and the venue about what will change",
    "Confirm in writing that access is checked and published before any future event goes on sale",
  },
  owner = { "events" },
  due = "T-3w",
  mitigated_by = ACCESS,
  check = function(plan, doc, hits)
    local pos = say.affirmed(doc, hits)
    if #pos == 0 then return nil end
    if say.handled(doc, ONLINE) then return nil end
    local denied = say.first_denied(doc, ACCESS)
    if not denied and say.handled(doc, ACCESS) then return nil end
    if not denied and say.handled(doc, BARRIERS) then return nil end
    local ev = { pos[1] }
    local spots = {}
    for _, p in ipairs(STEPS) do
      local h = say.first(doc, { p })
      if h and #spots < 3 then spots[#spots + 1] = h; ev[#ev + 1] = h end
    end
    if denied then
      ev[#ev + 1] = denied
      return { evidence = ev,
        wrong = ("The plan says: \"%s\" Guests who use a wheelchair or walk with difficulty cannot get in or around, and unless the booking page says so plainly and offers an alternative, they find out at the door."):format(doc:sentence(denied) or denied.text) }
    end
    local where = ""
    if #spots > 0 then
      where = (" The plan mentions %s, which often %s steps."):format(say.names(spots, 3), #spots > 1 and "mean" or "means")
    end
    return { evidence = ev,
      wrong = "The plan says nothing about access to the venue. A guest who uses a wheelchair, walks with difficulty, is deaf or is blind arrives and cannot get in, reach the main room, use a toilet or follow the programme, and leaves or never books." .. where }
  end,
}
